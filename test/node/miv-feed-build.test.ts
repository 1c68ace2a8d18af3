/** `miv-feed build`: CSV tables in, a validated feed out, with district and unit sums done right. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feed } from '../../src/feed/schema.js';
import { testMeta } from '../fixtures/feeds.js';

const CLI = new URL('../../src/cli/miv-feed.ts', import.meta.url).pathname;
const CATALOGUE = new URL('../../examples/data/', import.meta.url).pathname;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const INDICATORS = `id,title,theme,unit,kind,polarity,lowest_level,frequency,chain_step,source,decimals
inbraak,Woninginbraak,buurt,per 1.000 inwoners,rate,higher-is-worse,gemeente,jaar,repressie,Politie,1
labs,Drugslabs,buurt,aantal,count,higher-is-worse,gemeente,jaar,repressie,Politie,
`;

const AREAS = `id,name,level,parent,valid_from,valid_to,predecessors
NL01,Nederland,nederland,,,,
unit,Eenheid,eenheid,NL01,,,
noord,Noord,district,unit,,,
zuid,Zuid,district,unit,,,
GM1,Grootstad,gemeente,noord,,,
GM2,Dorp,gemeente,noord,,,
GM3,Oud,gemeente,zuid,,2018-12-31,
GM4,Nieuw,gemeente,zuid,2019-01-01,,GM3
`;

const META = {
  meta: testMeta('Testfeed'),
  themes: [{ id: 'buurt', title: 'Veilige buurt', order: 1 }],
};

async function folder(values: string, extra: Record<string, string> = {}): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'miv-build-'));
  const files = { 'indicators.csv': INDICATORS, 'areas.csv': AREAS, 'meta.json': JSON.stringify(META), ...extra };
  for (const [name, content] of Object.entries({ ...files, 'values.csv': values }))
    await writeFile(join(dir, name), content);
  return dir;
}

async function buildFeed(values: string, extra?: Record<string, string>) {
  const dir = await folder(values, extra);
  const out = join(dir, 'feed.json');
  const result = await run('build', dir, '--out', out);
  const feed = result.code === 0 ? (JSON.parse(await readFile(out, 'utf8')) as Feed) : undefined;
  return { ...result, feed, out };
}

const valuesOf = (feed: Feed | undefined, indicator: string, area: string) => {
  const s = feed?.series.find((x) => x.indicator === indicator && x.area === area);
  return s && Object.fromEntries(s.periods.map((p, i) => [p, s.values[i]]));
};

test('district and unit rates are Σcounts / Σdenominators, never the average of the rates', async () => {
  // Grootstad 90 of 100.000 = 0,9; Dorp 40 of 10.000 = 4,0. Average of rates: 2,45; the sum: 1,2.
  const { code, stdout, stderr, feed } = await buildFeed(`indicator,area,period,value,status,count,denominator
inbraak,GM1,2024,,,90,100000
inbraak,GM2,2024,,,40,10000
inbraak,GM4,2024,,provisional,30,20000
inbraak,NL01,2024,2.1,,,
`);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /geschreven — 2 indicatoren, 8 gebieden, 7 reeksen/);
  assert.deepEqual(valuesOf(feed, 'inbraak', 'GM1'), { 2024: 0.9 });
  assert.deepEqual(valuesOf(feed, 'inbraak', 'GM2'), { 2024: 4 });
  assert.deepEqual(valuesOf(feed, 'inbraak', 'noord'), { 2024: 1.2 });
  assert.deepEqual(valuesOf(feed, 'inbraak', 'zuid'), { 2024: 1.5 });
  // (90 + 40 + 30) / (100.000 + 10.000 + 20.000) × 1.000 = 1,23…
  assert.deepEqual(valuesOf(feed, 'inbraak', 'unit'), { 2024: 1.2 });
  const unit = feed!.series.find((s) => s.indicator === 'inbraak' && s.area === 'unit')!;
  assert.deepEqual(unit.status, { 2024: 'provisional' }, 'a provisional part makes the sum provisional');
  assert.deepEqual(valuesOf(feed, 'inbraak', 'NL01'), { 2024: 2.1 }, 'Nederland is never summed');
});

test('a rate from counts at an exact half is rounded up, as the widgets print it and a reader works it out', async () => {
  // 49 and 59 of 20.000 are 2,45 and 2,95 per 1.000: 2,5 and 3,0, where 49 / 20.000 × 1.000 in binary
  // is 2,4499999… (and was held as 2,4). Noord: 108 of 40.000 is 2,7.
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,status,count,denominator
inbraak,GM1,2024,,,49,20000
inbraak,GM2,2024,,,59,20000
inbraak,NL01,2024,2.1,,,
`);
  assert.equal(code, 0, stderr);
  assert.deepEqual(valuesOf(feed, 'inbraak', 'GM1'), { 2024: 2.5 });
  assert.deepEqual(valuesOf(feed, 'inbraak', 'GM2'), { 2024: 3 });
  assert.deepEqual(valuesOf(feed, 'inbraak', 'noord'), { 2024: 2.7 });
});

test('suppressed counts are summed but not published; areas count only while they exist', async () => {
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,status,count
labs,GM1,2018,12,,12
labs,GM2,2018,,x,3
labs,GM3,2018,7,,7
labs,GM1,2019,10,,10
labs,GM2,2019,5,,5
labs,GM4,2019,9,,9
`);
  assert.equal(code, 0, stderr);
  assert.deepEqual(valuesOf(feed, 'labs', 'GM2'), { 2018: null, 2019: 5 });
  // Noord minus Grootstad would give Dorp away, so Grootstad is hidden in 2018 as well.
  assert.deepEqual(valuesOf(feed, 'labs', 'GM1'), { 2018: null, 2019: 10 });
  assert.deepEqual(feed!.series.find((s) => s.area === 'GM2')!.status, { 2018: 'suppressed' });
  assert.deepEqual(valuesOf(feed, 'labs', 'noord'), { 2018: 15, 2019: 15 });
  assert.deepEqual(valuesOf(feed, 'labs', 'zuid'), { 2018: 7, 2019: 9 });
  assert.deepEqual(valuesOf(feed, 'labs', 'unit'), { 2018: 22, 2019: 24 });
  assert.deepEqual(
    feed!.areas.find((a) => a.id === 'GM4'),
    {
      id: 'GM4',
      name: 'Nieuw',
      level: 'gemeente',
      parent: 'zuid',
      validFrom: '2019-01-01',
      predecessors: ['GM3'],
    },
  );
});

test('build hides a second cell where a total would give a secret away, and reports which and why', async () => {
  const { code, stderr, feed, out } = await buildFeed(`indicator,area,period,value,status,count
labs,GM1,2024,,,12
labs,GM2,2024,,x,3
labs,GM4,2024,,,4
labs,GM1,2025,,,9
labs,GM2,2025,,,8
labs,GM4,2025,,x,2
`);
  assert.equal(code, 0, stderr);
  // 2024: noord = 15 and Grootstad 12 would give Dorp's 3 away. 2025: Nieuw is all of zuid, so zuid
  // goes; the unit would then give zuid away, and noord adds up from its gemeenten, so the unit goes.
  assert.deepEqual(valuesOf(feed, 'labs', 'GM1'), { 2024: null, 2025: 9 });
  assert.deepEqual(valuesOf(feed, 'labs', 'noord'), { 2024: 15, 2025: 17 });
  assert.deepEqual(valuesOf(feed, 'labs', 'zuid'), { 2024: 4, 2025: null });
  assert.deepEqual(valuesOf(feed, 'labs', 'unit'), { 2024: 19, 2025: null });
  const grootstad = feed!.series.find((s) => s.indicator === 'labs' && s.area === 'GM1')!;
  // The feed does not tell Grootstad's secret from Dorp's: only the report names it.
  assert.equal(grootstad.notes, undefined);
  assert.deepEqual(stderr.trim().split('\n'), [
    'afgeschermd: labs 2024: Grootstad (naast Dorp)',
    'afgeschermd: labs 2025: Zuid (totaal boven Nieuw), Eenheid (totaal boven Zuid)',
    'secundaire onderdrukking: 3 cellen extra afgeschermd',
  ]);
  const check = await run('validate', out);
  assert.equal(check.code, 0, check.stderr);
});

test('--secret-below names the source’s rule: two secrets adding up to twice its most are each that most', async () => {
  // Dorp and Grootstad are secret, 4 each, so Noord is 8. Without the rule that is 1 + 7 to 7 + 1;
  // with counts from 1 to 4 secret it is 4 + 4, so Noord goes, and then the unit above it.
  const values = `indicator,area,period,value,status,count
labs,GM1,2024,,x,4
labs,GM2,2024,,x,4
labs,GM4,2024,,,6
`;
  const dir = await folder(values);
  const plain = await buildFeed(values);
  assert.equal(plain.code, 0, plain.stderr);
  assert.deepEqual(valuesOf(plain.feed, 'labs', 'noord'), { 2024: 8 });
  const out = join(dir, 'feed.json');
  const ruled = await run('build', dir, '--secret-below', '5', '--out', out);
  assert.equal(ruled.code, 0, ruled.stderr);
  const feed = JSON.parse(await readFile(out, 'utf8')) as Feed;
  assert.deepEqual(valuesOf(feed, 'labs', 'noord'), { 2024: null });
  assert.deepEqual(valuesOf(feed, 'labs', 'unit'), { 2024: null });
  assert.match(
    ruled.stderr,
    /afgeschermd: labs 2024: Noord \(totaal boven (Grootstad|Dorp)\), Eenheid \(totaal boven Noord\)/,
  );

  const wrong = await run('build', dir, '--secret-below', '1');
  assert.equal(wrong.code, 1);
  assert.equal(wrong.stderr.trim(), '--secret-below vraagt een heel getal van 2 of meer, niet "1"');
});

test("a merged area's history is recomputed from its predecessors' counts, with a note", async () => {
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,count,denominator
labs,GM3,2017,,6,
labs,GM3,2018,,7,
labs,GM4,2019,,9,
inbraak,GM3,2018,,30,12000
inbraak,GM4,2019,,33,12500
`);
  assert.equal(code, 0, stderr);
  assert.deepEqual(valuesOf(feed, 'labs', 'GM4'), { 2017: 6, 2018: 7, 2019: 9 });
  assert.deepEqual(valuesOf(feed, 'inbraak', 'GM4'), { 2018: 2.5, 2019: 2.6 });
  const nieuw = feed!.series.find((s) => s.indicator === 'labs' && s.area === 'GM4')!;
  assert.equal(nieuw.notes?.['2018'], 'Herberekend op de gemeentelijke indeling van 2019: het cijfer van Oud.');
  assert.deepEqual(valuesOf(feed, 'labs', 'zuid'), { 2017: 6, 2018: 7, 2019: 9 }, 'summed once, not twice');
});

test('a merger across districts: the merged gemeente is recomputed, the districts that each lost or gained a part break', async () => {
  // Oud (noord) and Ouder (zuid) form Nieuw (zuid) in 2019: noord loses 15 drugslabs, zuid gains 15.
  const areas = AREAS.replace('GM3,Oud,gemeente,zuid', 'GM3,Oud,gemeente,noord')
    .replace(',,GM3\n', ',,GM3;GM7\n')
    .concat('GM7,Ouder,gemeente,zuid,,2018-12-31,\n');
  const { code, stderr, feed } = await buildFeed(
    `indicator,area,period,value,count
labs,GM1,2018,,20
labs,GM1,2020,,20
labs,GM2,2018,,20
labs,GM2,2020,,20
labs,GM3,2018,,15
labs,GM7,2018,,15
labs,GM4,2020,,30
`,
    { 'areas.csv': areas },
  );
  assert.equal(code, 0, stderr);
  assert.deepEqual(valuesOf(feed, 'labs', 'noord'), { 2018: 55, 2020: 40 });
  assert.deepEqual(valuesOf(feed, 'labs', 'zuid'), { 2018: 15, 2020: 30 });
  assert.deepEqual(valuesOf(feed, 'labs', 'GM4'), { 2018: 30, 2020: 30 });
  assert.deepEqual(feed!.indicators.find((i) => i.id === 'labs')!.breaks, [
    {
      period: '2019',
      reason: 'Herindeling: Nieuw gevormd uit Oud en Ouder (1 januari 2019).',
      areas: ['zuid', 'noord'],
    },
  ]);
});

test('a break for every area takes in a break of some areas on its day with the same reason; another reason stays', async () => {
  const breaks = `indicator,period,reason,areas
*,2021,Nieuwe registratie bij de politie,GM3 GM4
inbraak,2021-H1,Nieuwe registratie bij de politie,GM1
*,2021,Nieuwe registratie bij de politie,
labs,2021,Herindeling van Oud tot Nieuw,GM3 GM4
labs,2019,Andere bron in Dorp,GM2
`;
  const { code, stderr, feed } = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'breaks.csv': breaks,
  });
  assert.equal(code, 0, stderr);
  const breaksOf = (id: string) => feed!.indicators.find((i) => i.id === id)!.breaks;
  assert.deepEqual(breaksOf('inbraak'), [{ period: '2021', reason: 'Nieuwe registratie bij de politie' }]);
  // In Oud and Nieuw both reasons hold; said once for every area, the herindeling would reach Dorp too.
  assert.deepEqual(breaksOf('labs'), [
    { period: '2019', reason: 'Andere bron in Dorp', areas: ['GM2'] },
    { period: '2021', reason: 'Nieuwe registratie bij de politie' },
    { period: '2021', reason: 'Herindeling van Oud tot Nieuw', areas: ['GM3', 'GM4'] },
  ]);
});

test('a delivered district value wins; an incomplete sum is left out with a warning', async () => {
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,count
labs,GM1,2024,4,4
labs,GM2,2024,,
labs,noord,2023,11,
labs,GM1,2023,5,5
labs,GM2,2023,5,5
`);
  assert.equal(code, 0, stderr);
  assert.deepEqual(valuesOf(feed, 'labs', 'noord'), { 2023: 11 });
  assert.match(stderr, /^let op: labs noord 2024: niet opgeteld, telling ontbreekt voor GM2$/m);
});

test('a sum is as final as its least final part: * before **, ** before definitive', async () => {
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,status,count
labs,GM1,2023,4,*,4
labs,GM2,2023,3,**,3
labs,GM1,2024,4,**,4
labs,GM2,2024,3,,3
labs,GM1,2025,4,,4
labs,GM2,2025,3,,3
`);
  assert.equal(code, 0, stderr);
  const noord = feed!.series.find((s) => s.indicator === 'labs' && s.area === 'noord')!;
  assert.deepEqual(valuesOf(feed, 'labs', 'noord'), { 2023: 7, 2024: 7, 2025: 7 });
  assert.deepEqual(noord.status, { 2023: 'provisional', 2024: 'revised-provisional' });
});

test('rates delivered without their counts get a warning: the small-numbers rule cannot hold there', async () => {
  const { code, stderr } = await buildFeed(`indicator,area,period,value,count,denominator
inbraak,GM1,2023,0.9,90,100000
inbraak,GM1,2024,1.1,,
inbraak,GM2,2024,4.0,,
inbraak,noord,2024,1.2,,
inbraak,NL01,2024,2.1,,
labs,GM1,2024,4,,
`);
  assert.equal(code, 0, stderr);
  // Only the gemeente figures count: a district or Nederland rests on many cases, and a count is its own count.
  assert.deepEqual(
    stderr.split('\n').filter((line) => line.includes('zonder telling')),
    [
      'let op: inbraak: 2 gemeentecijfers zonder telling (kolom count); zonder telling krijgt een verandering tussen minder dan 10 gevallen toch een percentage en een kleur',
    ],
  );
});

test('semicolons and decimal commas from Dutch spreadsheets are read', async () => {
  const { code, stderr, feed } = await buildFeed('indicator;area;period;value;margin\ninbraak;NL01;2024;2,5;0,3\n');
  assert.equal(code, 0, stderr);
  const s = feed!.series[0]!;
  assert.deepEqual([s.periods, s.values, s.margins], [['2024'], [2.5], [0.3]]);
});

test('bad rows are reported by file, row and column, with exit 1 and no stack trace', async () => {
  const { code, stderr } = await buildFeed(
    `indicator,area,period,value,status
inbraak,GM1,2024,veel,
inbraak,GM9,2024,1.5,
inbraak,GM1,24,1.5,
inbraak,GM2,2024,,voorlopig
labs,GM2,2024,3,suppressed
labs,GM2,2024,4,
`,
  );
  assert.equal(code, 1);
  assert.match(stderr, /^values\.csv, regel 2, kolom value: "veel" is geen getal$/m);
  assert.match(stderr, /^values\.csv, regel 4, kolom period: "24" is geen periode/m);
  assert.doesNotMatch(stderr, /at .*\.ts:\d+/);

  const refs = await buildFeed(`indicator,area,period,value,status
inbraak,GM9,2024,1.5,
onbekend,GM1,2024,1,
inbraak,GM2,2024,,provisional
labs,GM2,2024,3,suppressed
labs,GM1,2024,4,
labs,GM1,2024,5,
Inbraak,gm1,2025,1,
`);
  assert.equal(refs.code, 1);
  for (const line of [
    'values.csv, regel 2, kolom area: gebied "GM9" bestaat niet',
    'values.csv, regel 3, kolom indicator: indicator "onbekend" bestaat niet',
    'values.csv, regel 4, kolom value: status provisional vraagt een getal (of een telling met noemer)',
    'values.csv, regel 5, kolom value: status suppressed hoort zonder getal: laat value leeg',
    'values.csv, regel 7, kolom period: deze waarde staat er al eerder in (values.csv, regel 6)',
    // An id typed in another case is named as meant.
    'values.csv, regel 8, kolom indicator: indicator "Inbraak" bestaat niet; bedoelt u "inbraak"?',
    'values.csv, regel 8, kolom area: gebied "gm1" bestaat niet; bedoelt u "GM1"?',
  ])
    assert.ok(refs.stderr.split('\n').includes(line), `${line}\n---\n${refs.stderr}`);
});

test('bad indicator and area rows name the column and the allowed values', async () => {
  const { code, stderr } = await buildFeed('indicator,area,period,value\n', {
    'indicators.csv': INDICATORS.replace('rate,higher-is-worse', 'tarief,slecht'),
    'areas.csv': AREAS.replace('GM2,Dorp,gemeente', 'GM2,,stad'),
  });
  assert.equal(code, 1);
  assert.match(stderr, /^indicators\.csv, regel 2, kolom kind: "tarief" moet een van deze waarden zijn: count, rate/m);
  assert.match(stderr, /^indicators\.csv, regel 2, kolom polarity: "slecht" moet een van deze waarden zijn/m);
  assert.match(stderr, /^areas\.csv, regel 7, kolom name: mag niet leeg zijn$/m);
  assert.match(stderr, /^areas\.csv, regel 7, kolom level: "stad" moet een van deze waarden zijn/m);
});

test('the words for sentences pass from the indicators table into the feed, checked for {value}', async () => {
  const withWords = INDICATORS.replace('decimals\n', 'decimals,in_sentence,in_sentence_one\n')
    .replace('Politie,1\n', 'Politie,1,{value} woninginbraken per 1.000 inwoners,\n')
    .replace('Politie,\n', 'Politie,,{value} drugslabs,{value} drugslab\n');
  const { code, stderr, feed } = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'indicators.csv': withWords,
  });
  assert.equal(code, 0, stderr);
  const [inbraak, labs] = feed!.indicators;
  assert.deepEqual(
    [inbraak!.inSentence, inbraak!.inSentenceOne],
    ['{value} woninginbraken per 1.000 inwoners', undefined],
  );
  assert.deepEqual([labs!.inSentence, labs!.inSentenceOne], ['{value} drugslabs', '{value} drugslab']);

  const bad = await buildFeed('indicator,area,period,value\n', {
    'indicators.csv': withWords
      .replace('{value} woninginbraken', 'woninginbraken')
      .replace(',{value} drugslabs,', ',,'),
  });
  assert.equal(bad.code, 1);
  assert.match(
    bad.stderr,
    /^indicators\.csv, regel 2, kolom in_sentence: "woninginbraken per 1\.000 inwoners" mist \{value\}, de plaats van het getal$/m,
  );
  assert.match(bad.stderr, /^indicators\.csv, regel 3, kolom in_sentence_one: werkt alleen samen met in_sentence$/m);
});

test('a source named twice in other order, case or spacing gets the name of its first row', async () => {
  const { code, stderr, feed } = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'indicators.csv': INDICATORS.replace(',Politie,1\n', ',Aedes / corporaties,1\n').replace(
      ',Politie,\n',
      ',"corporaties  /aedes ",\n',
    ),
  });
  assert.equal(code, 0, stderr);
  assert.deepEqual(
    feed!.indicators.map((i) => i.source.name),
    ['Aedes / corporaties', 'Aedes / corporaties'],
  );
});

test('meta.json problems come back with the file and their JSON path', async () => {
  const meta = { ...META, meta: { ...META.meta, published: '1-1-2026' } };
  const { code, stderr } = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'meta.json': JSON.stringify(meta),
  });
  assert.equal(code, 1);
  assert.match(stderr, /\/meta\.json: meta\.published: verwacht een datum als JJJJ-MM-DD$/m);
  // Saved by Notepad or Excel with a byte-order mark, it is read all the same.
  const bom = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'meta.json': '\uFEFF' + JSON.stringify(META),
  });
  assert.equal(bom.code, 0, bom.stderr);
});

test('a broken CSV file, a missing file and a 50 MB file each get one clear line', async () => {
  // The quote opens on line 3; csv-parse only notices at the end of the file.
  const broken = await buildFeed(
    'indicator,area,period,value\ninbraak,NL01,2023,2\ninbraak,"GM1,2024,2\nlabs,GM1,2024,3\n',
  );
  assert.equal(broken.code, 1);
  assert.equal(broken.stderr.trim(), 'values.csv, regel 3: een aanhalingsteken (") gaat open maar nergens meer dicht');
  const fields = await buildFeed('indicator,area,period,value\ninbraak,NL01,2023,2\ninbraak,GM1,2024,2,3\n');
  assert.equal(
    fields.stderr.trim(),
    'values.csv, regel 3: 5 velden, de kopregel heeft er 4; staat er een scheidingsteken te veel of te weinig?',
  );
  const closing = await buildFeed('indicator,area,period,value\ninbraak,"GM1"x,2024,2\n');
  assert.match(
    closing.stderr,
    /^values\.csv, regel 2: na een sluitend aanhalingsteken \("\) hoort een scheidingsteken/,
  );

  const dir = await folder('indicator,area,period,value\n');
  const missing = await run('build', dir, '--values', join(dir, 'nergens.csv'));
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /nergens\.csv: bestand niet gevonden/);
  // A folder where a file belongs, and a feed written where it cannot go, in Dutch and by name.
  const asFolder = await run('build', dir, '--values', dir);
  assert.equal(asFolder.stderr, `${dir}: is een map, geen bestand\n`);
  const valid = await folder('indicator,area,period,value\ninbraak,NL01,2024,2.1\n');
  const nowhere = await run('build', valid, '--out', join(valid, 'geen-map', 'feed.json'));
  assert.equal(nowhere.code, 1);
  assert.equal(nowhere.stderr, `--out ${join(valid, 'geen-map', 'feed.json')}: de map bestaat niet\n`);

  const huge = join(dir, 'huge.json');
  await writeFile(huge, '');
  await truncate(huge, 50 * 1024 * 1024);
  for (const args of [
    ['validate', huge],
    ['build', dir, '--values', huge],
  ]) {
    const result = await run(...args);
    assert.equal(result.code, 1);
    assert.equal(result.stderr.trim(), `${huge}: 50 MB is te groot; miv-feed leest bestanden tot 20 MB`);
  }
  // Just over the cap: the size shown is over it too, never "20 MB is te groot".
  await truncate(huge, 20 * 1024 * 1024 + 30_000);
  const over = await run('validate', huge);
  assert.equal(over.stderr.trim(), `${huge}: 20,1 MB is te groot; miv-feed leest bestanden tot 20 MB`);
});

test('the catalogue files from examples/data are valid build input as they are', async () => {
  const dir = await folder('indicator,area,period,value\nwoninginbraak,NL01,2024,1.4\n');
  const out = join(dir, 'feed.json');
  const { code, stderr } = await run(
    'build',
    dir,
    '--indicators',
    join(CATALOGUE, 'indicators.csv'),
    '--areas',
    join(CATALOGUE, 'areas.csv'),
    '--meta',
    join(dir, 'meta.json'),
    '--out',
    out,
  );
  // The catalogue uses four themes; this meta.json names one, so the references fail, by path.
  assert.equal(code, 1);
  assert.match(
    stderr,
    /^indicators\.csv, regel 2, kolom theme: thema "georganiseerde-criminaliteit" bestaat niet in meta\.json$/m,
  );
  const themes = [
    'georganiseerde-criminaliteit',
    'zorg-en-veiligheid',
    'digitale-veiligheid',
    'veilige-buurt-en-omgeving',
  ];
  await writeFile(
    join(dir, 'meta.json'),
    JSON.stringify({ ...META, themes: themes.map((id, order) => ({ id, title: id, order })) }),
  );
  const ok = await run(
    'build',
    dir,
    '--indicators',
    join(CATALOGUE, 'indicators.csv'),
    '--areas',
    join(CATALOGUE, 'areas.csv'),
  );
  assert.equal(ok.code, 0, ok.stderr);
  const feed = JSON.parse(ok.stdout) as Feed;
  assert.equal(feed.indicators.length, 66);
  assert.equal(feed.areas.find((a) => a.id === 'NL01')!.level, 'land');
  assert.equal(feed.indicators.find((i) => i.id === 'fraude-phishing')!.lowestLevel, 'land');
  assert.equal(feed.indicators.find((i) => i.id === 'drugsdumpingen')!.inSentenceOne, '{value} drugsafvaldumping');
});

test('every subcommand explains itself with --help', async () => {
  for (const [command, expected] of [
    ['build', /Σcounts \/ Σdenominators/],
    ['validate', /JSON-pad/],
    ['schema', /JSON Schema/],
  ] as const) {
    const { code, stdout } = await run(command, '--help');
    assert.equal(code, 0);
    assert.match(stdout, expected);
  }
});

test('an unknown option is named in Dutch', async () => {
  const { code, stderr } = await run('build', '--uit', 'feed.json');
  assert.equal(code, 1);
  assert.equal(stderr.trim(), 'Onbekende optie of ontbrekende waarde: --uit. Zie: miv-feed build --help');
});

test('values.csv takes CBS symbols for the status: x geheim, . gegevens ontbreken, * and ** voorlopig, – nihil', async () => {
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,status
labs,GM1,2021,,x
labs,GM1,2022,,.
labs,GM1,2023,4,*
labs,GM1,2024,5,**
labs,GM1,2025,,–
labs,GM2,2021,3,
labs,GM2,2022,2,
labs,GM2,2023,1,
labs,GM2,2024,2,
labs,GM2,2025,0,nihil
`);
  assert.equal(code, 0, stderr);
  const series = feed!.series.find((s) => s.indicator === 'labs' && s.area === 'GM1')!;
  // No data is what an empty value means anyway: it needs no status of its own in the feed.
  assert.equal(series.values[series.periods.indexOf('2022')], null);
  assert.deepEqual(series.status, {
    '2021': 'suppressed',
    '2023': 'provisional',
    '2024': 'revised-provisional',
    '2025': 'nil',
  });
  assert.equal(feed!.series.find((s) => s.indicator === 'labs' && s.area === 'GM2')!.status?.['2025'], 'nil');
});

test('a sum of nihil parts is nihil; beside a zero delivered as a number, which may be rounded, it is 0', async () => {
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,status,count
labs,GM1,2024,,nihil,0
labs,GM2,2024,,–,0
labs,GM1,2025,,nihil,0
labs,GM2,2025,0,,0
`);
  assert.equal(code, 0, stderr);
  const noord = feed!.series.find((s) => s.indicator === 'labs' && s.area === 'noord')!;
  assert.deepEqual(valuesOf(feed, 'labs', 'noord'), { 2024: 0, 2025: 0 });
  assert.deepEqual(noord.status, { 2024: 'nil' });
});

const SOURCES = `id,name,publisher,url,table_id,table_title,table_url,published,next_update,frequency,lowest_level,contact_name,contact_email,contact_url,links
politie-open-data,Politie Open Data,Politie,https://data.politie.nl/,47022NED,"Geregistreerde misdrijven; soort misdrijf, wijk, buurt",https://data.politie.nl/,2026-02-16,2026-05-15,kwartaal,gemeente,Team Open Data,opendata@politie.nl,,Handleiding|https://data.politie.nl/;Politie|https://www.politie.nl/
vm,Veiligheidsmonitor,CBS,,,Veiligheidsmonitor 2025,,12-3-2026,,tweejaarlijks,gemeente,,,https://www.veiligheidsmonitor.nl/contact,
`;

const DUIDING = `indicator,area,period,text,author,partner,date
inbraak,,,"Minder inbraken, ook landelijk.",Wijkagent Noord,Politie,2026-04-14
inbraak,GM1,2024,Vooral in het centrum.,Analist Grootstad,Gemeente Grootstad,6-5-2026
`;

const OPVALLENDHEDEN = `id,district,title,text,indicators,date,shared,author,partner,area,period
noord-labs,noord,Meer drugslabs,Vooral in het buitengebied.,labs;inbraak,2026-04-20,ja,Districtsanalist,Politie,GM2,2024
noord-intern,noord,Alleen voor ons,Nog niet delen.,inbraak,2026-04-21,nee,,,,
`;

const withSourceIds = INDICATORS.replace('decimals\n', 'decimals,source_id\n')
  .replace('Politie,1\n', 'Politie,1,politie-open-data\n')
  .replace('Politie,\n', 'Politie,,\n');

test('sources, duiding and opvallendheden come from their own CSV files into the feed', async () => {
  const { code, stderr, stdout, feed } = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'indicators.csv': withSourceIds,
    'sources.csv': SOURCES,
    'duiding.csv': DUIDING,
    'opvallendheden.csv': OPVALLENDHEDEN,
  });
  assert.equal(code, 0, stderr);
  assert.match(stdout, /2 duidingen, 2 opvallendheden, 2 bronnen$/m);
  assert.deepEqual(feed!.sources![0], {
    id: 'politie-open-data',
    name: 'Politie Open Data',
    publisher: 'Politie',
    url: 'https://data.politie.nl/',
    table: {
      title: 'Geregistreerde misdrijven; soort misdrijf, wijk, buurt',
      id: '47022NED',
      url: 'https://data.politie.nl/',
    },
    published: '2026-02-16',
    nextUpdate: '2026-05-15',
    frequency: 'kwartaal',
    lowestLevel: 'gemeente',
    contact: { name: 'Team Open Data', email: 'opendata@politie.nl' },
    links: [
      { title: 'Handleiding', url: 'https://data.politie.nl/' },
      { title: 'Politie', url: 'https://www.politie.nl/' },
    ],
  });
  // A Dutch spreadsheet date is read as the day it names.
  assert.equal(feed!.sources![1]!.published, '2026-03-12');
  assert.deepEqual(feed!.indicators[0]!.source, { name: 'Politie', id: 'politie-open-data' });
  assert.equal(feed!.indicators[1]!.source.id, undefined);
  assert.deepEqual(feed!.duiding[1], {
    indicator: 'inbraak',
    area: 'GM1',
    period: '2024',
    text: 'Vooral in het centrum.',
    author: 'Analist Grootstad',
    partner: 'Gemeente Grootstad',
    date: '2026-05-06',
  });
  assert.deepEqual(
    feed!.opvallendheden.map((o) => [o.id, o.shared, o.indicators, o.area, o.period, o.partner]),
    [
      ['noord-labs', true, ['labs', 'inbraak'], 'GM2', '2024', 'Politie'],
      ['noord-intern', false, ['inbraak'], undefined, undefined, undefined],
    ],
  );
});

test('without the optional files the feed has no sources, and duiding from meta.json still counts', async () => {
  const duiding = [{ indicator: 'inbraak', text: 'Uit meta.json.', author: 'Team', date: '2026-01-02' }];
  const { code, stderr, feed } = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'meta.json': JSON.stringify({ ...META, duiding }),
    'duiding.csv': DUIDING,
  });
  assert.equal(code, 0, stderr);
  assert.equal(feed!.sources, undefined);
  assert.deepEqual(
    feed!.duiding.map((d) => d.text),
    ['Uit meta.json.', 'Minder inbraken, ook landelijk.', 'Vooral in het centrum.'],
  );
});

test('bad rows in sources, duiding and opvallendheden are named by file, row and column', async () => {
  const { code, stderr } = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'indicators.csv': withSourceIds.replace('politie-open-data\n', 'politie\n'),
    'sources.csv': SOURCES.replace('2026-05-15,kwartaal', '2026-13-01,maandelijks').replace(
      'opendata@politie.nl',
      'opendata-politie.nl',
    ),
    'duiding.csv': DUIDING.replace('inbraak,GM1,2024', 'diefstal,GM9,24').replace('6-5-2026', 'mei 2026'),
    'opvallendheden.csv': OPVALLENDHEDEN.replace('noord,Meer', 'GM1,Meer')
      .replace('2026-04-21,nee', '2026-04-21,misschien')
      .replace('labs;inbraak', 'Labs;brand'),
  });
  assert.equal(code, 1);
  for (const line of [
    'indicators.csv, regel 2, kolom source_id: bron "politie" bestaat niet',
    'sources.csv, regel 2, kolom next_update: "2026-13-01" is geen datum (JJJJ-MM-DD of D-M-JJJJ)',
    'sources.csv, regel 2, kolom frequency: "maandelijks" moet een van deze waarden zijn: jaar, halfjaar, kwartaal, tweejaarlijks, onregelmatig',
    'sources.csv, regel 2, kolom contact_email: "opendata-politie.nl" is geen e-mailadres',
    'duiding.csv, regel 3, kolom indicator: indicator "diefstal" bestaat niet',
    'duiding.csv, regel 3, kolom area: gebied "GM9" bestaat niet',
    'duiding.csv, regel 3, kolom period: "24" is geen periode (2024, 2024-H1 of 2024-Q1)',
    'duiding.csv, regel 3, kolom date: "mei 2026" is geen datum (JJJJ-MM-DD of D-M-JJJJ)',
    'opvallendheden.csv, regel 2, kolom district: "GM1" is geen district maar een gemeente',
    'opvallendheden.csv, regel 2, kolom indicators: indicator "Labs" bestaat niet; bedoelt u "labs"?',
    'opvallendheden.csv, regel 2, kolom indicators: indicator "brand" bestaat niet',
    'opvallendheden.csv, regel 3, kolom shared: "misschien" moet ja of nee zijn',
  ])
    assert.ok(stderr.split('\n').includes(line), `${line}\n---\n${stderr}`);
  assert.doesNotMatch(stderr, /at .*\.ts:\d+/);

  const missing = await buildFeed('indicator,area,period,value\n', { 'duiding.csv': 'indicator,text\ninbraak,x\n' });
  assert.equal(missing.code, 1);
  assert.match(missing.stderr, /^duiding\.csv: kolom ontbreekt: author, date$/m);
});

test('the practice folder of the README builds and validates, and a duiding row added to it ends up in the feed', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'miv-practice-'));
  const practice = new URL('../../examples/duiding/', import.meta.url).pathname;
  for (const name of ['indicators.csv', 'areas.csv', 'values.csv', 'meta.json', 'sources.csv', 'opvallendheden.csv'])
    await writeFile(join(dir, name), await readFile(join(practice, name)));
  // The row of the README's walkthrough, as an analyst adds it.
  const row =
    'woninginbraak,GM0758,2025,"In Breda daalde het aantal inbraken het sterkst in Haagse Beemden, na de inbraakpreventieweek.",Analist gemeente Breda,Gemeente Breda,15-6-2026\n';
  await writeFile(join(dir, 'duiding.csv'), (await readFile(join(practice, 'duiding.csv'), 'utf8')) + row);
  const out = join(dir, 'feed.json');
  const built = await run('build', dir, '--out', out);
  assert.equal(built.code, 0, built.stderr);
  assert.match(built.stdout, /— 1 indicator, 6 gebieden, 6 reeksen, 2 duidingen, 1 opvallendheid, 1 bron$/m);
  // Its gemeente figures carry their counts: an analyst following the guide meets no warning.
  assert.equal(built.stderr, '');
  const feed = JSON.parse(await readFile(out, 'utf8')) as Feed;
  assert.deepEqual(feed.duiding.at(-1), {
    indicator: 'woninginbraak',
    area: 'GM0758',
    period: '2025',
    text: 'In Breda daalde het aantal inbraken het sterkst in Haagse Beemden, na de inbraakpreventieweek.',
    author: 'Analist gemeente Breda',
    partner: 'Gemeente Breda',
    date: '2026-06-15',
  });
  const checked = await run('validate', out);
  assert.equal(checked.code, 0, checked.stderr);
});

test('a column build does not know is refused, naming the column meant: a misspelt status would publish a secret', async () => {
  // With "staus" ignored, Dorp's x was lost and its count of 4 published as the value.
  const values = 'indicator,area,period,value,staus,count\nlabs,GM1,2024,,,9\nlabs,GM2,2024,,x,4\n';
  const { code, stderr, stdout, out } = await buildFeed(values);
  assert.equal(code, 1);
  assert.equal(stderr, 'values.csv: onbekende kolom: staus; bedoelt u status?\nbuild: 1 fout\n');
  assert.equal(stdout, '');
  await assert.rejects(readFile(out), /ENOENT/);
  const margin = await buildFeed('indicator,area,period,value,marge\ninbraak,NL01,2024,2,"0,3"\n');
  assert.match(margin.stderr, /^values\.csv: onbekende kolom: marge; bedoelt u margin\?$/m);

  // Every table checks its columns; one without a near name lists those it knows.
  const extra = (csv: string) =>
    csv
      .trim()
      .split('\n')
      .map((line, i) => `${line},${i === 0 ? 'opmerking' : 'zie mail'}\n`)
      .join('');
  const all = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
    'indicators.csv': extra(withSourceIds),
    'areas.csv': extra(AREAS),
    'sources.csv': extra(SOURCES),
    'duiding.csv': extra(DUIDING),
    'opvallendheden.csv': extra(OPVALLENDHEDEN),
    'groups.csv': extra('id,name,rule,members\nnoord-zuid,Noord en zuid,Buren,GM1;GM4\n'),
  });
  assert.equal(all.code, 1);
  assert.deepEqual(
    all.stderr.split('\n').map((line) => line.replace(/;.*/, '')),
    [
      'sources.csv: onbekende kolom: opmerking',
      'indicators.csv: onbekende kolom: opmerking',
      'areas.csv: onbekende kolom: opmerking',
      'groups.csv: onbekende kolom: opmerking',
      'duiding.csv: onbekende kolom: opmerking',
      'opvallendheden.csv: onbekende kolom: opmerking',
      'build: 6 fouten',
      '',
    ],
  );
  assert.match(
    all.stderr,
    /^areas\.csv: onbekende kolom: opmerking; bekend zijn id, name, level, parent, valid_from, valid_to, predecessors, approx_population, note$/m,
  );
  // Excel keeps nameless columns where cells once were: harmless while they are empty.
  const nameless = await buildFeed('indicator,area,period,value,,\ninbraak,NL01,2024,2,,\n');
  assert.equal(nameless.code, 0, nameless.stderr);
  assert.deepEqual(valuesOf(nameless.feed, 'inbraak', 'NL01'), { 2024: 2 });
});

test('a nameless column that holds something is refused by its number, also beside another nameless column', async () => {
  // Read by name, the second nameless column stood in for the first and its note was dropped unseen.
  const filled = await buildFeed('indicator,area,period,value,,\ninbraak,NL01,2023,2,,\ninbraak,NL01,2024,2,let op,\n');
  assert.equal(filled.code, 1);
  assert.equal(
    filled.stderr,
    'values.csv, regel 3, kolom 5 (E): deze kolom heeft geen naam in de kopregel maar bevat gegevens; geef haar een naam of haal haar weg\nbuild: 1 fout\n',
  );
  const both = await buildFeed('indicator,,area,period,value,\ninbraak,x,NL01,2024,2,y\n');
  assert.deepEqual(
    both.stderr
      .split('\n')
      .filter((line) => line.includes('geen naam'))
      .map((line) => line.replace(/:.*/, '')),
    ['values.csv, regel 2, kolom 2 (B)', 'values.csv, regel 2, kolom 6 (F)'],
  );
});

test('a cell with a line break stays one row: what follows is named at its row in LF and CRLF files alike', async () => {
  for (const newline of ['\n', '\r\n']) {
    const lines = (...rows: string[]) => rows.join(newline) + newline;
    const duiding = lines(
      'indicator,text,author,date',
      'inbraak,"Minder inbraken.',
      'Vooral in de winter.",Wijkagent,2026-04-14',
      'inbraak,Meer inbraken,Wijkagent,mei 2026',
    );
    const bad = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', { 'duiding.csv': duiding });
    assert.match(bad.stderr, /^duiding\.csv, regel 3, kolom date: "mei 2026" is geen datum/m, JSON.stringify(newline));
    const good = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,2\n', {
      'duiding.csv': duiding.replace('mei 2026', '2026-05-01'),
    });
    assert.equal(good.code, 0, good.stderr);
    assert.equal(
      good.feed!.duiding[0]!.text,
      'Minder inbraken.\nVooral in de winter.',
      'the same text from either file',
    );
    const fields = await buildFeed(
      lines('indicator,area,period,value', 'inbraak,"NL', '01",2023,2', 'inbraak,NL01,2024,2,3'),
    );
    assert.equal(
      fields.stderr.trim(),
      'values.csv, regel 3: 5 velden, de kopregel heeft er 4; staat er een scheidingsteken te veel of te weinig?',
    );
  }
});

test('numbers follow the file: in a ; file a dot groups thousands, in a , file it is the decimal point', async () => {
  // Dutch Excel: 1.500 is fifteen hundred and 69.000 inhabitants are not 69.
  const dutch = await buildFeed(
    'indicator;area;period;value;count;denominator\nlabs;NL01;2024;1.500;;\ninbraak;GM1;2024;;138;69.000\ninbraak;GM2;2024;1.234,5;;\n',
  );
  assert.equal(dutch.code, 0, dutch.stderr);
  assert.deepEqual(valuesOf(dutch.feed, 'labs', 'NL01'), { 2024: 1500 });
  assert.deepEqual(valuesOf(dutch.feed, 'inbraak', 'GM1'), { 2024: 2 });
  assert.deepEqual(valuesOf(dutch.feed, 'inbraak', 'GM2'), { 2024: 1234.5 });

  const ambiguous = await buildFeed('indicator;area;period;value;count\ninbraak;NL01;2024;1.5;\nlabs;GM1;2024;;1,5\n');
  assert.equal(ambiguous.code, 1);
  assert.deepEqual(ambiguous.stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom value: "1.5" is dubbelzinnig: een punt scheidt hier duizendtallen; schrijf 1,5',
    'values.csv, regel 3, kolom count: "1,5" moet een geheel getal van 0 of meer zijn',
    'build: 2 fouten',
  ]);

  // A , file: the dot is the decimal point; a quoted Dutch number is read as Dutch.
  const english = await buildFeed('indicator,area,period,value\ninbraak,NL01,2024,1.500\ninbraak,GM1,2024,"1.234,5"\n');
  assert.equal(english.code, 0, english.stderr);
  assert.deepEqual(valuesOf(english.feed, 'inbraak', 'NL01'), { 2024: 1.5 });
  assert.deepEqual(valuesOf(english.feed, 'inbraak', 'GM1'), { 2024: 1234.5 });
  // A count there cannot be 69 with three decimals: refused rather than read as 69.
  const count = await buildFeed(
    'indicator,area,period,value,count,denominator\ninbraak,GM1,2024,,138,69.000\nlabs,GM1,2024,,-2,\n',
  );
  assert.deepEqual(count.stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom denominator: "69.000" is dubbelzinnig: schrijf 69000 (zonder punt)',
    'values.csv, regel 3, kolom count: "-2" moet een geheel getal van 0 of meer zijn',
    'build: 2 fouten',
  ]);
  // So is the value of a count: 1.500 drugslabs are not 1,5, quoted or not.
  const labs = await buildFeed(
    'indicator,area,period,value\nlabs,GM1,2024,"1.500"\nlabs,GM2,2024,1.500\nlabs,NL01,2024,"2,5"\n',
  );
  assert.deepEqual(labs.stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom value: "1.500" is dubbelzinnig: schrijf 1500 (zonder punt)',
    'values.csv, regel 3, kolom value: "1.500" is dubbelzinnig: schrijf 1500 (zonder punt)',
    'values.csv, regel 4, kolom value: "2,5" moet een geheel getal van 0 of meer zijn',
    'build: 3 fouten',
  ]);
});

test('a number is digits with at most one decimal sign: no hexadecimal, exponent or trailing comma', async () => {
  const english = await buildFeed(
    'indicator,area,period,value,margin\ninbraak,GM1,2024,0x1F,\ninbraak,GM2,2024,"0,",1e-1\n',
  );
  assert.deepEqual(english.stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom value: "0x1F" is geen getal',
    'values.csv, regel 3, kolom value: "0," is geen getal',
    'values.csv, regel 3, kolom margin: "1e-1" is geen getal',
    'build: 3 fouten',
  ]);
  // In a ; file 1.5 is refused as ambiguous, and so is 1.5e3, which JavaScript would read as 1500.
  const dutch = await buildFeed('indicator;area;period;value\ninbraak;GM1;2024;1.5e3\ninbraak;GM2;2024;00.500\n');
  assert.deepEqual(dutch.stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom value: "1.5e3" is geen getal',
    'values.csv, regel 3, kolom value: "00.500" is geen getal',
    'build: 2 fouten',
  ]);
});

test('a column named twice is refused: the last would win, and a secret be published', async () => {
  for (const header of ['indicator,area,period,value,status,status', 'indicator,area,period,value,status, Status '])
    for (const row of ['labs,GM1,2024,4,x,', 'labs,GM1,2024,4,,x']) {
      const { code, stderr, feed } = await buildFeed(`${header}\n${row}\n`);
      assert.equal(code, 1, JSON.stringify(feed));
      assert.equal(
        stderr.trim(),
        'values.csv, regel 1: de kolom status staat meer dan één keer in de kopregel; laat er één staan',
      );
    }
});

test('Excel leftovers: rows of only separators are skipped, a Windows-1252 file is refused with how to save it', async () => {
  const excel = await buildFeed('indicator;area;period;value\r\ninbraak;NL01;2024;2,5\r\n;;;\r\n;;;\r\n');
  assert.equal(excel.code, 0, excel.stderr);
  assert.deepEqual(valuesOf(excel.feed, 'inbraak', 'NL01'), { 2024: 2.5 });

  const dir = await folder('indicator,area,period,value\ninbraak,NL01,2024,2\n');
  // "Eén" as Excel's plain "CSV (gescheiden door lijstscheidingsteken)" saves it: é is the byte E9.
  const cp1252 = Buffer.from('indicator,text,author,date\ninbraak,E\xe9n gemeente,Analist,2026-04-14\n', 'latin1');
  await writeFile(join(dir, 'duiding.csv'), cp1252);
  const { code, stderr } = await run('build', dir);
  assert.equal(code, 1);
  // Named as every other message about a CSV file names it: by its name alone.
  assert.equal(
    stderr.trim(),
    `duiding.csv, regel 2: geen UTF-8-tekst; bewaar het bestand in Excel als "CSV UTF-8 (door komma's gescheiden)"`,
  );
  // Below a cell with a line break, at the row Excel shows.
  const below = 'indicator,text,author,date\r\ninbraak,"Minder.\r\nMeer.",Analist,2026-04-14\r\n';
  await writeFile(join(dir, 'duiding.csv'), Buffer.concat([Buffer.from(below), cp1252.subarray(27)]));
  assert.match((await run('build', dir)).stderr, /^duiding\.csv, regel 3: geen UTF-8-tekst/);
  // Below a stray quote, which opens no cell: the file does not parse from there, and each line is a row.
  const stray =
    'indicator,text,author,date\ninbraak,Zie "rapport,Analist,2026-04-14\ninbraak,Twee,Analist,2026-04-14\n';
  await writeFile(join(dir, 'duiding.csv'), Buffer.concat([Buffer.from(stray), cp1252.subarray(27)]));
  assert.match((await run('build', dir)).stderr, /^duiding\.csv, regel 4: geen UTF-8-tekst/);
});

test('a provisional survey value, a wrong parent, predecessor or theme are named at their row', async () => {
  const indicators = `${INDICATORS}vm,Onveilig,buurt,%,survey,higher-is-worse,gemeente,tweejaarlijks,preventie,CBS,1
brand,Brand,brandweer,aantal,count,higher-is-worse,gemeente,jaar,repressie,Brandweer,0
`;
  const { code, stderr } = await buildFeed('indicator,area,period,value,status,margin\nvm,GM1,2023,17.1,*,2.0\n', {
    'indicators.csv': indicators,
    'areas.csv': AREAS.replace('GM2,Dorp,gemeente,noord', 'GM2,Dorp,gemeente,nord')
      .replace('zuid,Zuid,district,unit', 'zuid,Zuid,district,GM1')
      .replace(',,GM3\n', ',,GM33\n'),
  });
  assert.equal(code, 1);
  assert.deepEqual(stderr.trim().split('\n'), [
    'indicators.csv, regel 5, kolom theme: thema "brandweer" bestaat niet in meta.json',
    'areas.csv, regel 5, kolom parent: "GM1" (gemeente) kan niet boven een district staan',
    'areas.csv, regel 7, kolom parent: gebied "nord" bestaat niet',
    'areas.csv, regel 9, kolom predecessors: gebied "GM33" bestaat niet',
    'build: 4 fouten',
  ]);
  // So is a figure for an area in a year after it ended.
  const survey = await buildFeed(
    'indicator,area,period,value,status,margin\nvm,GM1,2023,17.1,*,2.0\nlabs,GM3,2020,3,,\n',
    {
      'indicators.csv': indicators.replace(',brandweer,', ',buurt,'),
    },
  );
  assert.deepEqual(survey.stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom status: vm is een enquêtecijfer; enquêtecijfers zijn nooit voorlopig',
    'values.csv, regel 3, kolom period: GM3 bestaat tot 2018-12-31; geen cijfer mogelijk voor 2020',
    'build: 2 fouten',
  ]);
  // A date in areas.csv may be written as a Dutch spreadsheet does.
  const dated = await buildFeed('indicator,area,period,value\nlabs,GM4,2024,3\n', {
    'areas.csv': AREAS.replace('2019-01-01', '1-1-2019'),
  });
  assert.equal(dated.feed?.areas.find((a) => a.id === 'GM4')?.validFrom, '2019-01-01', dated.stderr);
});

test('status errors list the CBS symbols and words too', async () => {
  const { stderr } = await buildFeed('indicator,area,period,value,status\nlabs,GM1,2024,,afgeschermd\n');
  assert.match(
    stderr,
    /^values\.csv, regel 2, kolom status: "afgeschermd" moet een van deze waarden zijn: definitive \(definitief\), provisional \(\*, voorlopig\), suppressed \(x, geheim\), .*nil \(–, -, nihil\)$/m,
  );
});

test('a margin of 0 beside a figure is warned of at its row of values.csv, and the feed is still built', async () => {
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,margin
inbraak,GM1,2023,0.9,0.3
inbraak,GM1,2024,1.1,0
inbraak,GM2,2024,4.0,0.00000000000000000000001
inbraak,GM2,2023,,0
`);
  assert.equal(code, 0, stderr);
  assert.deepEqual(valuesOf(feed, 'inbraak', 'GM1'), { 2023: 0.9, 2024: 1.1 });
  const warning = 'een steekproef heeft altijd een marge; het cijfer geldt als niet getoetst';
  // GM2's 2023 has no figure: a margin there stands beside nothing, and is no matter.
  assert.deepEqual(
    stderr.split('\n').filter((line) => line.includes('marge')),
    [
      `let op: values.csv, regel 3, kolom margin: marge 0 — ${warning}`,
      `let op: values.csv, regel 4, kolom margin: marge 1e-23 — ${warning}`,
    ],
  );
});

/** The catalogue with a percentage, a survey share and a count that goes no lower than the district. */
const MORE_INDICATORS = `${INDICATORS}aandeel,Recidive,buurt,%,percentage,higher-is-worse,gemeente,jaar,repressie,Politie,1
veilig,Onveilig,buurt,% 15+,survey,higher-is-worse,gemeente,tweejaarlijks,preventie,CBS,1
zaken,Zaken,buurt,aantal,count,higher-is-worse,district,jaar,repressie,OM,
`;

test('impossible figures, periods and areas are refused by row; an unlikely figure is named', async () => {
  const impossible = await buildFeed(
    `indicator,area,period,value,status,count,denominator
inbraak,GM1,2024,-1.4,,,
aandeel,GM1,2024,-3,,,
veilig,GM1,2023,117.8,,,
inbraak,GM2,2024-H1,2.5,,,
inbraak,GM1,0824,2.5,,,
inbraak,GM1,2099,2.5,,,
labs,GM1,2024,120,,12,
zaken,GM1,2024,,,7,
`,
    { 'indicators.csv': MORE_INDICATORS },
  );
  assert.equal(impossible.code, 1);
  assert.deepEqual(impossible.stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom value: -1,4: een cijfer per 1.000 inwoners kan niet negatief zijn',
    'values.csv, regel 3, kolom value: -3: een percentage kan niet negatief zijn',
    'values.csv, regel 4, kolom value: 117,8 ligt buiten 0–100, het bereik van "% 15+"',
    'values.csv, regel 5, kolom period: "2024-H1" past niet bij frequentie jaar van inbraak; verwacht een jaar (2024)',
    'values.csv, regel 6, kolom period: "0824" ligt buiten 1900–2026 (tot het jaar van de update van de feed)',
    'values.csv, regel 7, kolom period: "2099" ligt buiten 1900–2026 (tot het jaar van de update van de feed)',
    'values.csv, regel 8, kolom count: count 12 verschilt van value 120; laat een van beide leeg',
    'values.csv, regel 9, kolom area: zaken gaat niet lager dan district (lowest_level); Grootstad is een gemeente',
    'build: 8 fouten',
  ]);

  // Possible, so written; but each is mostly a slip: a share above the whole, a denominator in
  // thousands, a rate beside a count that makes another one (the district adds the counts).
  const unlikely = await buildFeed(
    `indicator,area,period,value,status,count,denominator
aandeel,GM1,2024,135,,,
aandeel,GM2,2024,,,70,60
inbraak,GM1,2024,,,318,187
inbraak,GM2,2024,9.9,,318,187000
`,
    { 'indicators.csv': MORE_INDICATORS },
  );
  assert.equal(unlikely.code, 0, unlikely.stderr);
  assert.deepEqual(
    unlikely.stderr.split('\n').filter((line) => line.startsWith('let op: values.csv')),
    [
      'let op: values.csv, regel 2, kolom value: 135 % is meer dan het geheel; klopt de noemer?',
      'let op: values.csv, regel 3, kolom denominator: 116,7 % is meer dan het geheel; klopt de noemer?',
      'let op: values.csv, regel 4, kolom denominator: 1.700,5 per 1.000 inwoners: meer gevallen dan de noemer telt; staat de noemer in duizenden?',
      'let op: values.csv, regel 5, kolom count: value 9.9 is niet count / denominator (1.7); district en eenheid tellen de counts op',
    ],
  );
  assert.deepEqual(valuesOf(unlikely.feed, 'aandeel', 'GM2'), { 2024: 116.7 });
});

test('a count grouped by English commas is refused as ambiguous, in either kind of file', async () => {
  for (const values of [
    'indicator,area,period,value,count,denominator\ninbraak,GM1,2024,,318,"187,000"\nlabs,GM2,2024,"1,000",,\n',
    'indicator;area;period;value;count;denominator\ninbraak;GM1;2024;;318;187,000\nlabs;GM2;2024;1,000;;\n',
  ]) {
    const { code, stderr } = await buildFeed(values);
    assert.equal(code, 1);
    assert.deepEqual(stderr.trim().split('\n'), [
      'values.csv, regel 2, kolom denominator: "187,000" is dubbelzinnig: schrijf 187000 of 187',
      'values.csv, regel 3, kolom value: "1,000" is dubbelzinnig: schrijf 1000 of 1',
      'build: 2 fouten',
    ]);
  }
});

test('a note the source put on its own secret is named, since it tells the cells hidden beside it apart', async () => {
  // Dorp's note marks it as the source's secret, below 5 by its rule; Grootstad, hidden beside it
  // without that note, is then above it, and Noord minus the two leaves one way to split them.
  const { code, stderr } = await buildFeed(`indicator,area,period,value,status,count,note
labs,GM1,2024,,,12,
labs,GM2,2024,,x,3,Minder dan 5 gevallen
labs,GM4,2024,,,4,
`);
  assert.equal(code, 0, stderr);
  assert.equal(
    stderr.split('\n')[0],
    'let op: values.csv, regel 3, kolom note: de noot bij dit geheime cijfer onderscheidt het van wat ernaast is afgeschermd (Grootstad), en zo is dat terug te rekenen; laat de noot weg',
  );
});

test('a count delivered in value alone is its own count: the district and the unit add it up', async () => {
  const { code, stderr, feed } = await buildFeed(`indicator,area,period,value,status
labs,GM1,2024,12,
labs,GM2,2024,,nihil
labs,GM4,2024,3,
`);
  assert.equal(code, 0, stderr);
  assert.deepEqual(valuesOf(feed, 'labs', 'noord'), { 2024: 12 });
  assert.deepEqual(valuesOf(feed, 'labs', 'unit'), { 2024: 15 });
});

test('a count and denominator that make no figure say what stops them, at that column', async () => {
  const perNothing = INDICATORS.replace('per 1.000 inwoners', 'per duizend inwoners');
  const { code, stderr } = await buildFeed(
    `indicator,area,period,value,status,count,denominator
inbraak,GM1,2024,,,90,100000
inbraak,GM2,2024,,,4,0
`,
    { 'indicators.csv': perNothing },
  );
  assert.equal(code, 1);
  assert.deepEqual(stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom count: de eenheid van inbraak ("per duizend inwoners") noemt geen getal, dus maken count en denominator geen cijfer; schrijf haar in indicators.csv als "per 1.000 …", of vul value in',
    'values.csv, regel 3, kolom denominator: 0 kan geen noemer zijn',
    'build: 2 fouten',
  ]);
});

test('an id twice or with a space, and a negative margin, are named at their row', async () => {
  const { code, stderr } = await buildFeed(
    `indicator,area,period,value,margin
inbraak,GM1,2024,2.5,-0.3
`,
    {
      'indicators.csv': `${INDICATORS}inbraak,Woninginbraak,buurt,per 1.000 inwoners,rate,higher-is-worse,gemeente,jaar,repressie,Politie,1\n`,
      'areas.csv': `${AREAS}GM 5,Spatie,gemeente,zuid,,,\n`,
    },
  );
  assert.equal(code, 1);
  assert.deepEqual(stderr.trim().split('\n'), [
    'indicators.csv, regel 4, kolom id: "inbraak" staat al op regel 2',
    'areas.csv, regel 10, kolom id: "GM 5" is geen id: alleen letters, cijfers, - en _ (zonder spaties)',
    'values.csv, regel 2, kolom margin: "-0.3" mag niet negatief zijn',
    'build: 3 fouten',
  ]);
});

test('a CBS symbol copied into the value column is sent to the status column; a typed dash is nihil', async () => {
  const { code, stderr } = await buildFeed(`indicator,area,period,value,status
inbraak,GM1,2024,x,
inbraak,GM2,2024,1.7*,
labs,GM1,2024,12**,
`);
  assert.equal(code, 1);
  assert.deepEqual(stderr.trim().split('\n'), [
    'values.csv, regel 2, kolom value: "x" is een status, geen getal: zet het in kolom status en laat value leeg',
    'values.csv, regel 3, kolom value: "1.7*" is geen getal: zet 1.7 in value en * in kolom status',
    'values.csv, regel 4, kolom value: "12**" is geen getal: zet 12 in value en ** in kolom status',
    'build: 3 fouten',
  ]);
  // An em dash or a minus sign, as a word processor makes of "-", means nihil too.
  const dashes = await buildFeed('indicator,area,period,value,status\nlabs,GM1,2024,,—\nlabs,GM2,2024,,−\n');
  assert.equal(dashes.code, 0, dashes.stderr);
  for (const area of ['GM1', 'GM2'])
    assert.deepEqual(dashes.feed!.series.find((s) => s.area === area)!.status, { 2024: 'nil' });
});

test('build and validate refuse what they would pass over: a second folder or feed, and --out onto an input', async () => {
  const dir = await folder('indicator,area,period,value\ninbraak,NL01,2024,2.1\n');
  const twoFolders = await run('build', dir, 'tweede-map');
  assert.equal(twoFolders.code, 1);
  assert.equal(twoFolders.stderr, `build leest één map, niet 2: ${dir} tweede-map. Zie: miv-feed build --help\n`);
  const ontoInput = await run('build', dir, '--out', join(dir, 'values.csv'));
  assert.equal(ontoInput.code, 1);
  assert.match(ontoInput.stderr, /values\.csv is een van de invoerbestanden; kies een ander bestand voor de feed/);
  assert.equal(await readFile(join(dir, 'values.csv'), 'utf8'), 'indicator,area,period,value\ninbraak,NL01,2024,2.1\n');
  const twoFeeds = await run('validate', join(dir, 'a.json'), join(dir, 'b.json'));
  assert.equal(twoFeeds.code, 1);
  assert.match(twoFeeds.stderr, /^validate leest één feed, niet 2: /);
});

/** The `miv-feed` command as a data team runs it: exit codes and what it prints. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const CLI = new URL('../../src/cli/miv-feed.ts', import.meta.url).pathname;
const SMALL_FEED = new URL('../fixtures/small-feed.json', import.meta.url).pathname;
const SAMPLE_FEED = new URL('../../examples/data/sample-feed.json', import.meta.url).pathname;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

/** Hides, next to each secret of the small feed, the sibling that the district total would give away. */
async function protectedSmallFeed(): Promise<string> {
  const feed = JSON.parse(await readFile(SMALL_FEED, 'utf8'));
  const hide = (area: string, periods: string[]) => {
    const s = feed.series.find(
      (x: { indicator: string; area: string }) => x.indicator === 'woninginbraak' && x.area === area,
    );
    for (const p of periods) {
      s.values[s.periods.indexOf(p)] = null;
      s.status = { ...s.status, [p]: 'suppressed' };
    }
  };
  hide('GM0777', ['2016', '2018', '2021', '2025']);
  hide('GM1674', ['2020']);
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
  await writeFile(file, JSON.stringify(feed));
  return file;
}

test('validate accepts a good feed and summarises it', async () => {
  const { code, stdout, stderr } = await run('validate', await protectedSmallFeed());
  assert.equal(code, 0, stderr);
  assert.match(stdout, /geldig \(schemaVersion 1\) — 4 indicatoren, 13 gebieden, 31 reeksen/);
});

test('validate reports every suppressed cell that published totals give away, by path, and exits 1', async () => {
  // The small feed shows one suppressed gemeente beside a published district and its other gemeenten.
  const { code, stderr } = await run('validate', SMALL_FEED);
  assert.equal(code, 1);
  const lines = stderr.trim().split('\n');
  assert.deepEqual(
    lines.map((l) => l.split(':')[0]),
    [
      'series[5].values[5]',
      'series[16].values[1]',
      'series[16].values[3]',
      'series[16].values[6]',
      'series[16].values[10]',
      `${SMALL_FEED}`,
    ],
  );
  assert.equal(
    lines[1],
    'series[16].values[1]: Baarle-Nassau in 2016 is geheim, maar af te leiden uit het totaal van De Baronie en de andere gepubliceerde cijfers met hun noemers (zoals het aantal inwoners). Scherm nog een cijfer of het totaal af (secundaire onderdrukking).',
  );
  assert.equal(lines.at(-1), `${SMALL_FEED}: 5 fouten`);
});

test('a recoverable secret count is reported without its value: the report may land in a public CI log', async () => {
  const feed = JSON.parse(await readFile(await protectedSmallFeed(), 'utf8'));
  const count = (area: string, value: number | null) => ({
    indicator: 'mensenhandel-seksuele-uitbuiting',
    area,
    periods: ['2024'],
    values: [value],
    ...(value === null ? { status: { 2024: 'suppressed' } } : {}),
  });
  // De Markiezaten 10 = Bergen op Zoom 6 + Roosendaal: Roosendaal is 4 for anyone who subtracts.
  // The count is national in the small feed; here it goes down to the gemeenten.
  feed.indicators.find((i: { id: string }) => i.id === 'mensenhandel-seksuele-uitbuiting').lowestLevel = 'gemeente';
  feed.series.push(count('de-markiezaten', 10), count('GM0748', 6), count('GM1674', null));
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
  await writeFile(file, JSON.stringify(feed));
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.equal(
    stderr.split('\n')[0],
    `series[${feed.series.length - 1}].values[0]: Roosendaal in 2024 is geheim, maar af te leiden uit het totaal van De Markiezaten en de andere gepubliceerde cijfers. Scherm nog een cijfer of het totaal af (secundaire onderdrukking).`,
  );
});

test('validate refuses an impossible figure or period by its path, and names an unlikely one', async () => {
  const changed = async (change: (feed: { series: { periods: string[]; values: (number | null)[] }[] }) => void) => {
    const feed = JSON.parse(await readFile(await protectedSmallFeed(), 'utf8'));
    change(feed);
    const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
    await writeFile(file, JSON.stringify(feed));
    return { file, ...(await run('validate', file)) };
  };
  const impossible = await changed((feed) => {
    feed.series[4]!.values[0] = -1; // woninginbraak, Breda, 2015
    feed.series[8]!.values[0] = 117.8; // onveilig in eigen buurt (% 15+), Breda, 2019
    feed.series[18]!.periods[0] = '2014-H2'; // woninginbraak, Tilburg: a yearly indicator
  });
  assert.equal(impossible.code, 1);
  assert.deepEqual(impossible.stderr.trim().split('\n').slice(0, 4), [
    'series[4].values[0]: -1: een cijfer per 1.000 inwoners kan niet negatief zijn',
    'series[8].values[0]: 117,8 ligt buiten 0–100, het bereik van "% 15+"',
    'series[18].periods[0]: "2014-H2" past niet bij frequentie jaar van woninginbraak; verwacht een jaar (2024)',
    `${impossible.file}: 3 fouten`,
  ]);
  const unlikely = await changed((feed) => {
    feed.series[4]!.values[0] = 1700.5;
  });
  assert.equal(unlikely.code, 0, unlikely.stderr);
  assert.equal(
    unlikely.stderr,
    'let op: series[4].values[0]: 1.700,5 per 1.000 inwoners: meer gevallen dan de noemer telt; staat de noemer in duizenden?\n',
  );
});

test('validate names a field it does not know, and the field meant: a misspelt status publishes a secret', async () => {
  const feed = JSON.parse(await readFile(await protectedSmallFeed(), 'utf8'));
  feed.$schema = 'https://miv-widgets.nl/schema/feed-v1.json';
  feed.indicators[0].bron = 'Politie';
  const breda = feed.series[4]; // woninginbraak, Breda: 2025 voorlopig, which the misspelling loses
  breda.stauts = breda.status;
  delete breda.status;
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
  await writeFile(file, JSON.stringify(feed));
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 0, stderr);
  assert.equal(
    stderr,
    'let op: indicators[0].bron: onbekend veld\nlet op: series[4].stauts: onbekend veld; bedoelt u "status"?\n',
  );
});

test('a feed broken the same way in many places gets ten lines of it and a count of the rest', async () => {
  const feed = JSON.parse(await readFile(SMALL_FEED, 'utf8'));
  // Numbers written as Dutch text, as a spreadsheet export may: 22 values in two series.
  for (const s of feed.series.slice(0, 2)) s.values = s.values.map((v: number) => String(v).replace('.', ','));
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
  await writeFile(file, JSON.stringify(feed));
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  const lines = stderr.trim().split('\n');
  assert.deepEqual(lines.slice(0, 10), [
    ...feed.series[0].values.map((_: string, j: number) => `series[0].values[${j}]: verwacht een getal`).slice(0, 10),
  ]);
  assert.deepEqual(lines.slice(10, 12), ['… en nog 12 keer: verwacht een getal', `${file}: 22 fouten`]);
});

test('validate passes the sample feed: no suppressed cell in it can be recovered', async () => {
  const { code, stdout, stderr } = await run('validate', SAMPLE_FEED);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /geldig/);
});

test('validate lists each problem with its path and exits 1', async () => {
  const feed = JSON.parse(await readFile(SMALL_FEED, 'utf8'));
  feed.indicators[0].polarity = 'slecht';
  feed.series[0].area = 'GM9999';
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
  await writeFile(file, JSON.stringify(feed));
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.match(
    stderr,
    /^indicators\[0\]\.polarity: moet een van deze waarden zijn: "higher-is-worse", "higher-is-better", "neutral"$/m,
  );
  // The unknown area is a reference, checked once the shape is right: the report says more may follow.
  assert.doesNotMatch(stderr, /GM9999/);
  assert.equal(
    stderr.trim().split('\n').at(-1),
    'Verwijzingen tussen de delen van de feed en geheime cijfers die af te leiden zijn, worden pas ' +
      'gecontroleerd als de fouten hierboven zijn opgelost.',
  );

  // With the shape right, the references were checked: only the secret cells are still to come.
  feed.indicators[0].polarity = 'neutral';
  await writeFile(file, JSON.stringify(feed));
  const references = await run('validate', file);
  assert.equal(references.code, 1);
  assert.deepEqual(references.stderr.trim().split('\n').slice(-2), [
    `${file}: 1 fout`,
    'Geheime cijfers die af te leiden zijn, worden pas gecontroleerd als de fouten hierboven zijn opgelost.',
  ]);
  assert.match(references.stderr, /^series\[0\]\.area: gebied of groep "GM9999" bestaat niet in de feed/m);
});

test('validate reports malformed JSON in Dutch, at its line and column, without a stack trace', async () => {
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'broken.json');
  await writeFile(file, '{"schemaVersion": 1, "meta": ');
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.equal(stderr.trim(), `${file}: geen geldige JSON; het bestand houdt midden in de JSON op`);
  assert.doesNotMatch(stderr, /at .*\.ts:\d+/);
  // A comma too many, as hand-edited JSON has it: V8 names only the position in the text.
  await writeFile(file, '{\n  "schemaVersion": 1,\n  "meta": {"title": "x",}\n}\n');
  const comma = await run('validate', file);
  assert.equal(
    comma.stderr.trim(),
    `${file}, regel 3, kolom 25: geen geldige JSON (verwacht een naam tussen aanhalingstekens; staat er een komma te veel?)`,
  );
});

test('a byte-order mark before the JSON is passed over, as browsers do; text that is not UTF-8 is refused', async () => {
  const dir = await mkdtemp(join(tmpdir(), 'miv-'));
  const file = join(dir, 'feed.json');
  await writeFile(file, '\uFEFF' + (await readFile(await protectedSmallFeed(), 'utf8')));
  const bom = await run('validate', file);
  assert.equal(bom.code, 0, bom.stderr);
  const feed = JSON.parse(await readFile(await protectedSmallFeed(), 'utf8'));
  feed.meta.publisher = 'Eén district';
  await writeFile(file, Buffer.from(JSON.stringify(feed), 'latin1'));
  const latin = await run('validate', file);
  assert.equal(latin.code, 1);
  assert.equal(latin.stderr.trim(), `${file}, regel 1: geen UTF-8-tekst; bewaar het bestand als UTF-8`);
});

test('schema prints a JSON Schema for the feed', async () => {
  const { code, stdout } = await run('schema');
  assert.equal(code, 0);
  const schema = JSON.parse(stdout);
  assert.equal(schema.$schema, 'https://json-schema.org/draft/2020-12/schema');
  assert.deepEqual(schema.properties.indicators.items.properties.polarity.enum, [
    'higher-is-worse',
    'higher-is-better',
    'neutral',
  ]);
  // Publishers read the meaning of a field in their editor.
  assert.match(schema.properties.series.items.properties.margins.description, /95 %/);
  // The publisher's significance flags are optional: old feeds stay valid under schema version 1.
  const series = schema.properties.series.items;
  assert.match(series.properties.significance.description, /not tested/);
  assert.equal(series.required.includes('significance'), false);
  assert.match(schema.properties.areas.items.properties.predecessors.description, /merger/);
});

test('an unknown command exits 1 with the help text', async () => {
  const { code, stderr } = await run('publiceer');
  assert.equal(code, 1);
  assert.match(stderr, /Onbekende opdracht "publiceer"/);
});

test('sources are optional; a source id that is not in sources, or a contact without address, is named by path', async () => {
  const feed = JSON.parse(await readFile(await protectedSmallFeed(), 'utf8'));
  feed.sources = [
    { id: 'cbs-83648NED', name: 'CBS StatLine', published: '2026-04-20', contact: { name: 'Infoservice' } },
    { id: 'vm', name: 'Veiligheidsmonitor', published: '2026-03-12', nextUpdate: '2025-03-01' },
  ];
  feed.indicators[0].source.id = 'cbs-83648NED';
  feed.indicators[1].source.id = 'politie';
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
  await writeFile(file, JSON.stringify(feed));
  const { code, stderr } = await run('validate', file);
  assert.equal(code, 1);
  assert.deepEqual(stderr.trim().split('\n').slice(0, -2), [
    'indicators[1].source.id: bron "politie" bestaat niet in de feed',
    'sources[0].contact: geef een e-mailadres (email) of een webpagina (url)',
    'sources[1].nextUpdate: valt vóór published (2026-03-12)',
  ]);
  feed.indicators[1].source.id = 'vm';
  feed.sources[0].contact.email = 'infoservice@cbs.nl';
  delete feed.sources[1].nextUpdate;
  await writeFile(file, JSON.stringify(feed));
  const ok = await run('validate', file);
  assert.equal(ok.code, 0, ok.stderr);
});

test('validate warns of a margin of 0 beside a value, by path, and still accepts the feed', async () => {
  const feed = JSON.parse(await readFile(await protectedSmallFeed(), 'utf8'));
  const at = (area: string) =>
    feed.series.findIndex(
      (s: { indicator: string; area: string }) => s.indicator === 'onveilig-eigen-buurt' && s.area === area,
    );
  feed.series[at('GM0758')].margins = [1.9, 1.8, 0, 1e-25];
  // Baarle-Nassau has no figure for 2021: a margin there stands beside nothing, and is no matter.
  feed.series[at('GM0744')].margins = [4.8, 0, 4.9, null];
  const file = join(await mkdtemp(join(tmpdir(), 'miv-')), 'feed.json');
  await writeFile(file, JSON.stringify(feed));
  const { code, stdout, stderr } = await run('validate', file);
  assert.equal(code, 0, stderr);
  assert.match(stdout, /geldig/);
  const warning = 'een steekproef heeft altijd een marge; het cijfer geldt als niet getoetst';
  assert.deepEqual(stderr.trim().split('\n'), [
    `let op: series[${at('GM0758')}].margins[2]: marge 0 — ${warning}`,
    `let op: series[${at('GM0758')}].margins[3]: marge 1e-25 — ${warning}`,
  ]);
});

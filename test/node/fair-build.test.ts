/** `miv-feed build` for fair comparisons: denominators of counts, rate units, and groups of comparable areas. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feed } from '../../src/feed/schema.js';
import { parseFeed } from '../../src/feed/validate.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { changeSincePhrase } from '../../src/model/summary.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { testMeta } from '../fixtures/feeds.js';

const CLI = new URL('../../src/cli/miv-feed.ts', import.meta.url).pathname;

function run(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(process.execPath, ['--import', 'tsx', CLI, ...args], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    );
  });
}

const INDICATORS = `id,title,theme,unit,kind,polarity,lowest_level,frequency,chain_step,source,decimals,rate_unit
labs,Drugslabs,buurt,aantal,count,higher-is-worse,gemeente,jaar,repressie,Politie,,per 1.000 inwoners
inbraak,Woninginbraak,buurt,per 1.000 inwoners,rate,higher-is-worse,gemeente,jaar,repressie,Politie,1,
veilig,Voelt zich onveilig,buurt,%,survey,higher-is-worse,gemeente,tweejaarlijks,preventie,CBS,1,
`;

const AREAS = `id,name,level,parent
NL01,Nederland,nederland,
unit,Eenheid,eenheid,NL01
noord,Noord,district,unit
zuid,Zuid,district,unit
GM1,Grootstad,gemeente,noord
GM2,Dorp,gemeente,noord
GM4,Middenstad,gemeente,zuid
`;

const GROUPS = `id,name,rule,members,partial
groot,Grote gemeenten in de eenheid,gemeenten met 20.000 inwoners of meer,GM1;GM4,
nl-groot,Grote gemeenten in Nederland,alle gemeenten met 20.000 inwoners of meer,GM1 GM4,ja
`;

const META = {
  meta: testMeta('Testfeed'),
  themes: [{ id: 'buurt', title: 'Veilige buurt', order: 1 }],
};

const VALUES = `indicator,area,period,value,status,margin,count,denominator
labs,GM1,2023,,,,80,99000
labs,GM2,2023,,,,12,10000
labs,GM4,2023,,x,,3,19000
labs,GM1,2024,,,,90,100000
labs,GM2,2024,,,,12,10000
labs,GM4,2024,,,,30,20000
inbraak,GM1,2024,,,,90,100000
inbraak,GM2,2024,,,,40,10000
inbraak,GM4,2024,,,,30,20000
veilig,GM1,2024,20,,2,,
veilig,GM4,2024,30,,3,,
veilig,nl-groot,2024,25,,0.5,,
inbraak,nl-groot,2024,1.4,,,,
`;

async function build(files: Record<string, string>) {
  const dir = await mkdtemp(join(tmpdir(), 'miv-fair-'));
  const all = {
    'indicators.csv': INDICATORS,
    'areas.csv': AREAS,
    'values.csv': VALUES,
    'groups.csv': GROUPS,
    'meta.json': JSON.stringify(META),
    ...files,
  };
  for (const [name, content] of Object.entries(all)) await writeFile(join(dir, name), content);
  const out = join(dir, 'feed.json');
  const result = await run('build', dir, '--out', out);
  const feed = result.code === 0 ? (JSON.parse(await readFile(out, 'utf8')) as Feed) : undefined;
  return { ...result, feed };
}

const seriesOf = (feed: Feed | undefined, indicator: string, area: string) =>
  feed?.series.find((s) => s.indicator === indicator && s.area === area);

test('a count with a rate unit keeps its denominators, summed for districts and the unit', async () => {
  const { code, stderr, feed } = await build({});
  assert.equal(code, 0, stderr);
  assert.deepEqual(feed!.indicators.find((i) => i.id === 'labs')!.rate, { unit: 'per 1.000 inwoners', per: 1000 });
  const gm1 = seriesOf(feed, 'labs', 'GM1')!;
  assert.deepEqual(gm1.values, [80, 90]);
  assert.deepEqual(gm1.denominators, [99000, 100000]);
  // Noord = Grootstad + Dorp: 100.000 + 10.000 inhabitants in 2024.
  assert.deepEqual(seriesOf(feed, 'labs', 'noord')!.denominators, [109000, 110000]);
  assert.deepEqual(seriesOf(feed, 'labs', 'unit')!.denominators, [128000, 130000]);
  // A rate indicator has its own values; it carries no denominators.
  assert.equal(seriesOf(feed, 'inbraak', 'GM1')!.denominators, undefined);
});

test('a rate keeps the counts behind it where one is below 10, never a secret one, and the rule reads them', async () => {
  const values = `indicator,area,period,value,status,margin,count,denominator
inbraak,GM1,2022,,,,80,99000
inbraak,GM2,2022,,x,,4,10000
inbraak,GM4,2022,,,,30,19000
inbraak,GM1,2023,,,,85,99000
inbraak,GM2,2023,,,,8,10000
inbraak,GM4,2023,,x,,3,19000
inbraak,GM1,2024,,,,90,100000
inbraak,GM2,2024,,,,40,10000
inbraak,GM4,2024,,,,30,20000
`;
  const { code, stderr, feed } = await build({ 'values.csv': values });
  assert.equal(code, 0, stderr);
  // Dorp: 8 burglaries in 2023, its secret 4 of 2022 left out.
  const dorp = seriesOf(feed, 'inbraak', 'GM2')!;
  assert.deepEqual(
    [dorp.values, dorp.counts],
    [
      [null, 0.8, 4],
      [null, 8, 40],
    ],
  );
  // Grootstad's counts are all 80 or more; Middenstad's only small one is secret.
  assert.equal(seriesOf(feed, 'inbraak', 'GM1')!.counts, undefined);
  assert.equal(seriesOf(feed, 'inbraak', 'GM4')!.counts, undefined);
  // From 8 to 40 burglaries: no percentage and no colour, as for a count.
  const model = buildIndicatorModel(parseFeed(feed), { indicator: 'inbraak', area: 'GM2' });
  const change = model.changePrevious!;
  assert.deepEqual([change.relative, change.judgement], [null, 'neutral']);
  assert.equal(
    changeSincePhrase(change, model.indicator, dictionaries.nl),
    '3,2 hoger dan in 2023 (van 0,8 naar 4,0; minder dan 10 gevallen)',
  );
});

test('a group gets Σcounts / Σdenominators of its members, survey values never', async () => {
  const { code, stderr, feed } = await build({});
  assert.equal(code, 0, stderr);
  assert.deepEqual(feed!.areaGroups, [
    {
      id: 'groot',
      name: 'Grote gemeenten in de eenheid',
      rule: 'gemeenten met 20.000 inwoners of meer',
      members: ['GM1', 'GM4'],
    },
    {
      id: 'nl-groot',
      name: 'Grote gemeenten in Nederland',
      rule: 'alle gemeenten met 20.000 inwoners of meer',
      members: ['GM1', 'GM4'],
      partial: true,
    },
  ]);
  // (90 + 30) / (100.000 + 20.000) × 1.000 = 1,0; the mean of the rates 0,9 and 1,5 would be 1,2.
  assert.deepEqual(seriesOf(feed, 'inbraak', 'groot')!.values, [1]);
  const labs = seriesOf(feed, 'labs', 'groot')!;
  assert.deepEqual(labs.periods, ['2023', '2024']);
  // 2023: Middenstad's count is secret, and the group minus Grootstad would give it back.
  assert.deepEqual(labs.values, [null, 120]);
  assert.deepEqual(labs.status, { 2023: 'suppressed' });
  assert.equal(labs.notes, undefined, 'hidden like any secret, with no note that tells it apart');
  assert.deepEqual(labs.denominators, [118000, 120000]);
  // Survey values are never averaged: the group has none of its own, the partial group has its source's.
  assert.equal(seriesOf(feed, 'veilig', 'groot'), undefined);
  assert.deepEqual(seriesOf(feed, 'veilig', 'nl-groot')!.values, [25]);
  assert.deepEqual(seriesOf(feed, 'inbraak', 'nl-groot')!.values, [1.4], 'a partial group is never summed');
});

test('rate columns that do not make a rate are named by file, row and column', async () => {
  const indicators = `id,title,theme,unit,kind,polarity,lowest_level,frequency,chain_step,source,rate_unit,rate_per
labs,Drugslabs,buurt,aantal,count,higher-is-worse,gemeente,jaar,repressie,Politie,per inwoner,
inbraak,Woninginbraak,buurt,per 1.000 inwoners,rate,higher-is-worse,gemeente,jaar,repressie,Politie,per 1.000 inwoners,
veilig,Onveilig,buurt,%,survey,higher-is-worse,gemeente,tweejaarlijks,preventie,CBS,,1000
`;
  const { code, stderr } = await build({ 'indicators.csv': indicators });
  assert.equal(code, 1);
  assert.match(stderr, /indicators\.csv, regel 2, kolom rate_unit: "per inwoner" noemt geen getal: vul rate_per in/);
  assert.match(stderr, /indicators\.csv, regel 3, kolom rate_unit: alleen een telling \(kind count\) krijgt een rate/);
  assert.match(stderr, /indicators\.csv, regel 4, kolom rate_per: werkt alleen samen met rate_unit/);
});

test('a group must name areas that exist, and a memberless group must be partial', async () => {
  const groups = `id,name,rule,members,partial
groot,Groot,regel,GM1;GM9,
leeg,Leeg,regel,,nee
`;
  const { code, stderr } = await build({ 'groups.csv': groups });
  assert.equal(code, 1);
  assert.match(stderr, /groups\.csv, regel 3, kolom members: een groep zonder leden heeft partial = ja nodig/);
  const unknown = await build({ 'groups.csv': `${GROUPS.replace('GM1;GM4', 'GM1;GM9')}` });
  assert.equal(unknown.code, 1);
  assert.match(unknown.stderr, /areaGroups\[0\]\.members\[1\]: gebied "GM9" bestaat niet/);
});

test('validate finds a secret that a group and its other members give away', async () => {
  const { disclosureIssues } = await import('../../src/feed/disclosure.js');
  const { parseFeed } = await import('../../src/feed/validate.js');
  const { feed } = await build({});
  // Publish the group's 2023 value again: 83 minus Grootstad's 80 gives Middenstad's secret 3.
  const leaky = structuredClone(feed!);
  const group = leaky.series.find((s) => s.indicator === 'labs' && s.area === 'groot')!;
  group.values[0] = 83;
  delete group.status;
  delete group.notes;
  const issues = disclosureIssues(parseFeed(leaky));
  assert.ok(
    issues.some((i) =>
      /Middenstad in 2023 is geheim, maar af te leiden uit het cijfer van de groep Grote gemeenten in de eenheid/.test(
        i.message,
      ),
    ),
    JSON.stringify(issues),
  );
  assert.deepEqual(disclosureIssues(parseFeed(feed)), [], 'the built feed gives nothing away');
});

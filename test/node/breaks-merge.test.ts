/**
 * `miv-feed build` writes a series break once per day and reason: the break a herindeling implies
 * stays beside a break for every area with another reason, and rows of some areas with the same
 * reason become one. Read in the notes under Oisterwijk's chart, as a reader meets them.
 *
 * The CLI is run here as in miv-feed-build.test.ts; its helpers are not imported from there, since
 * importing a test file runs all of its tests again.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Feed } from '../../src/feed/schema.js';
import { nl } from '../../src/i18n/strings.js';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { chartNotes } from '../../src/model/summary.js';
import { testMeta } from '../fixtures/feeds.js';

const CLI = new URL('../../src/cli/miv-feed.ts', import.meta.url).pathname;

// Hart van Brabant with Haaren, split on 1 January 2021; Oisterwijk and Tilburg each received a part.
const FILES = {
  'meta.json': JSON.stringify({
    meta: testMeta('Oefenfeed Hart van Brabant'),
    themes: [{ id: 'buurt', title: 'Veilige buurt', order: 1 }],
  }),
  'indicators.csv': `id,title,theme,unit,kind,polarity,lowest_level,frequency,chain_step,source,decimals
onveilig-eigen-buurt,Voelt zich weleens onveilig in eigen buurt,buurt,%,survey,higher-is-worse,gemeente,tweejaarlijks,preventie,CBS Veiligheidsmonitor,1
`,
  'areas.csv': `id,name,level,parent,valid_from,valid_to,predecessors
NL01,Nederland,land,,,,
zeeland-west-brabant,Eenheid Zeeland-West-Brabant,eenheid,NL01,,,
hart-van-brabant,Hart van Brabant,district,zeeland-west-brabant,,,
GM0855,Tilburg,gemeente,hart-van-brabant,,,GM0788
GM0824,Oisterwijk,gemeente,hart-van-brabant,,,GM0788
GM0785,Goirle,gemeente,hart-van-brabant,,,
GM0788,Haaren,gemeente,hart-van-brabant,,2020-12-31,
`,
  'values.csv': `indicator,area,period,value,margin
${['GM0855', 'GM0824', 'GM0785']
  .flatMap((id) => ['2019', '2021', '2023'].map((period) => `onveilig-eigen-buurt,${id},${period},17.5,2.1`))
  .join('\n')}
onveilig-eigen-buurt,GM0788,2019,12.5,3.4
`,
};

/** The feed `miv-feed build` makes of the folder with this `breaks.csv`. */
async function built(breaks: string): Promise<Feed> {
  const dir = await mkdtemp(join(tmpdir(), 'miv-breaks-'));
  for (const [name, content] of Object.entries({ ...FILES, 'breaks.csv': breaks }))
    await writeFile(join(dir, name), content);
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) =>
    execFile(process.execPath, ['--import', 'tsx', CLI, 'build', dir], (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code) : 0, stdout, stderr }),
    ),
  );
  assert.equal(code, 0, stderr);
  return JSON.parse(stdout) as Feed;
}

/** The series breaks among the notes under the chart of `area`. */
const breakNotes = (feed: Feed, area: string) =>
  chartNotes(buildIndicatorModel(feed, { indicator: 'onveilig-eigen-buurt', area }), nl).filter((n) =>
    n.startsWith('Trendbreuk'),
  );

const METHOD = 'Vernieuwde Veiligheidsmonitor: andere vragenlijst en weging.';
const HAAREN = 'Herindeling: Haaren opgeheven (1 januari 2021); delen gingen onder meer naar Oisterwijk en Tilburg.';

test("a method break for every area leaves the herindeling's break beside it; with the herindeling's reason it is one", async () => {
  const feed = await built(`indicator,period,reason,areas\nonveilig-eigen-buurt,2021,${METHOD},\n`);
  // Oisterwijk's series changed twice on 1 January 2021: its reader is told both reasons.
  assert.deepEqual(breakNotes(feed, 'GM0824'), [`Trendbreuk 2021: ${METHOD}`, `Trendbreuk 2021: ${HAAREN}`]);
  // Goirle got no part of Haaren.
  assert.deepEqual(breakNotes(feed, 'GM0785'), [`Trendbreuk 2021: ${METHOD}`]);

  // The herindeling written down for every area, in the very words build uses: said once.
  const same = await built(`indicator,period,reason,areas\n*,2021,"${HAAREN}",\n`);
  assert.deepEqual(same.indicators[0]!.breaks, [{ period: '2021', reason: HAAREN }]);
  assert.deepEqual(breakNotes(same, 'GM0824'), [`Trendbreuk 2021: ${HAAREN}`]);
});

test('two breaks of some areas on one day with the same reason become one break of all their areas', async () => {
  const reason = 'Andere steekproefopzet in een deel van Hart van Brabant.';
  const feed = await built(`indicator,period,reason,areas
onveilig-eigen-buurt,2023,${reason},GM0855;GM0824
*,2023,${reason},GM0824 GM0785
`);
  assert.deepEqual(
    feed.indicators[0]!.breaks?.find((b) => b.period === '2023'),
    { period: '2023', reason, areas: ['GM0855', 'GM0824', 'GM0785'] },
  );
  assert.deepEqual(breakNotes(feed, 'GM0824'), [`Trendbreuk 2021: ${HAAREN}`, `Trendbreuk 2023: ${reason}`]);
});

test('two breaks the data team gives for the same areas on one day, for other reasons, are one break with both', async () => {
  const feed = await built(`indicator,period,reason,areas
onveilig-eigen-buurt,2023,Nieuwe vragenlijst,
*,2023,Andere weging,
onveilig-eigen-buurt,2023,Nieuwe vragenlijst.,
`);
  // The chart cuts once, and its one break gives both reasons, each once.
  assert.deepEqual(breakNotes(feed, 'GM0785'), ['Trendbreuk 2023: Nieuwe vragenlijst. Andere weging.']);
});

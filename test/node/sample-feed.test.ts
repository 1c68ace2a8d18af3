/** The committed sample feed: reproducible from its generator, valid, and realistic where it matters. */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { parseFeed } from '../../src/feed/validate.js';
import { disclosureIssues } from '../../src/feed/disclosure.js';
import { existsIn } from '../../src/feed/periods.js';
import { readCsvFile } from '../../src/cli/csv.js';
import type { Feed, Series } from '../../src/feed/schema.js';
import { indexFeed } from '../../src/model/series.js';
import { compareInFeed, type Direction } from '../../src/model/trend.js';
import { breakBetween } from '../../src/model/breaks.js';

const GENERATOR = new URL('../../examples/data/generate-sample-feed.js', import.meta.url).pathname;
const SAMPLE = new URL('../../examples/data/sample-feed.json', import.meta.url).pathname;
const AREAS = new URL('../../examples/data/areas.csv', import.meta.url).pathname;
const MAX_GZIP_BYTES = 150 * 1024;

const text = await readFile(SAMPLE, 'utf8');
const feed: Feed = parseFeed(JSON.parse(text));
const seriesOf = (indicator: string, area: string): Series | undefined =>
  feed.series.find((s) => s.indicator === indicator && s.area === area);
const valueAt = (s: Series | undefined, period: string) => s?.values[s.periods.indexOf(period)] ?? null;
/** The number a reader takes from a cell: its value, or 0 for nihil (`–`, a true zero). */
const numberAt = (s: Series | undefined, period: string) => (s?.status?.[period] === 'nil' ? 0 : valueAt(s, period));
const areasOf = (level: string) => feed.areas.filter((a) => a.level === level);

test('a fresh run of the generator gives the committed bytes', async () => {
  const out = join(await mkdtemp(join(tmpdir(), 'miv-sample-')), 'sample-feed.json');
  await new Promise<void>((resolve, reject) =>
    execFile(process.execPath, ['--import', 'tsx', GENERATOR, '--out', out], (error) =>
      error ? reject(error) : resolve(),
    ),
  );
  assert.ok((await readFile(out, 'utf8')) === text, 'sample-feed.json is stale: run `npm run sample-feed`');
});

test('it is marked as sample data and stays within 150 KB gzip', () => {
  assert.equal(feed.meta.sample, true);
  assert.match(feed.meta.title, /voorbeeld/);
  assert.ok(gzipSync(text, { level: 9 }).length <= MAX_GZIP_BYTES);
});

test('it covers the whole catalogue and every area', () => {
  assert.equal(feed.indicators.length, 66);
  assert.equal(areasOf('district').length, 4);
  assert.equal(areasOf('gemeente').filter((a) => !a.validTo).length, 37);
  assert.deepEqual(
    ['land', 'eenheid'].map((level) => areasOf(level).map((a) => a.id)),
    [['NL01'], ['zeeland-west-brabant']],
  );
  const withSeries = new Set(feed.series.map((s) => s.indicator));
  assert.equal(withSeries.size, 66);
});

test('it names each source once: none in two spellings that differ only in order, case or spacing', () => {
  const spelling = (name: string) =>
    name
      .split('/')
      .map((p) => p.trim().toLowerCase())
      .sort()
      .join('/');
  const named = [...new Set(feed.indicators.filter((i) => !i.source.id).map((i) => i.source.name))];
  assert.equal(new Set(named.map(spelling)).size, named.length, named.join(', '));
  // The catalogue writes "Aedes / corporaties" for one eviction figure and "corporaties / Aedes" for the other.
  const aedes = ['ontruimingen-corporaties', 'ontruimingen-overlast-drugs'].map(
    (id) => feed.indicators.find((i) => i.id === id)!.source.name,
  );
  assert.deepEqual(aedes, ['Aedes / corporaties', 'Aedes / corporaties']);
});

test('national crime falls from about 58 to about 45 per 1.000 inhabitants', () => {
  const nl = seriesOf('misdrijven-totaal', 'NL01');
  assert.ok(Math.abs(valueAt(nl, '2015')! - 58) < 1.5);
  assert.ok(Math.abs(valueAt(nl, '2023')! - 45) < 1.5);
});

test('district and unit counts are the sums of the areas below them', () => {
  const indicator = 'ondermijning-signalen';
  let checked = 0;
  for (const district of areasOf('district')) {
    const members = feed.areas.filter((a) => a.parent === district.id);
    for (const period of seriesOf(indicator, district.id)!.periods) {
      // Altena's history on today's boundaries is not part of the district before Altena existed.
      const parts = members
        .filter((m) => existsIn(m, period))
        .map((m) => seriesOf(indicator, m.id))
        .filter((s) => s?.periods.includes(period));
      // Suppressed cells count in the sum but are not published, so only complete years can be re-added.
      if (parts.some((s) => s!.status?.[period] === 'suppressed')) continue;
      const sum = parts.reduce((total, s) => total + numberAt(s, period)!, 0);
      assert.equal(numberAt(seriesOf(indicator, district.id), period), sum, `${district.id} ${period}`);
      checked++;
    }
  }
  assert.ok(checked > 20);
  const unit = seriesOf(indicator, 'zeeland-west-brabant')!;
  for (const period of unit.periods) {
    const sum = areasOf('district').reduce((total, d) => total + numberAt(seriesOf(indicator, d.id), period)!, 0);
    assert.equal(numberAt(unit, period), sum, period);
  }
});

test('district rates lie between the rates of their gemeenten', () => {
  for (const district of areasOf('district')) {
    const members = feed.areas.filter((a) => a.parent === district.id);
    const rates = members.map((m) => valueAt(seriesOf('misdrijven-totaal', m.id), '2024')).filter((v) => v !== null);
    const value = valueAt(seriesOf('misdrijven-totaal', district.id), '2024')!;
    assert.ok(value >= Math.min(...rates) && value <= Math.max(...rates), district.id);
  }
});

test('small gemeenten have suppressed counts; the last year is provisional, except for surveys', async () => {
  const suppressed = feed.series.filter((s) => Object.values(s.status ?? {}).includes('suppressed'));
  assert.ok(suppressed.length > 10);
  const kinds = new Set(suppressed.map((s) => feed.indicators.find((i) => i.id === s.indicator)!.kind));
  // A rate or percentage with its public denominator gives its count back: it is suppressed as the count is.
  assert.deepEqual([...kinds].sort(), ['count', 'percentage', 'rate']);
  assert.ok(
    suppressed.some((s) => s.area === 'GM1695'),
    'Noord-Beveland',
  );
  // No small gemeente publishes a count of 1 to 4 beside a rate or percentage (self-evaluations,
  // whose counts are norm elements, excepted).
  const { rows } = await readCsvFile(AREAS);
  const small = new Set(
    rows
      .filter((r) => r.record.level === 'gemeente' && Number(r.record.approx_population) < 25_000)
      .map((r) => r.record.id),
  );
  assert.ok(small.size > 5);
  const published = feed.series.filter((s) => small.has(s.area) && s.counts && !s.indicator.startsWith('weerbaar-'));
  assert.ok(published.length > 10, 'small gemeenten still publish counts of 5 to 9 behind a rate');
  for (const s of published)
    s.counts!.forEach((count, i) =>
      assert.ok(count === null || count === 0 || count >= 5, `${s.indicator} ${s.area} ${s.periods[i]}: ${count}`),
    );
  const surveys = new Set(feed.indicators.filter((i) => i.kind === 'survey').map((i) => i.id));
  const withLastYear = feed.series.filter((s) => s.periods.at(-1)?.startsWith('2025'));
  assert.ok(withLastYear.filter((s) => !surveys.has(s.indicator)).length > 1000);
  for (const s of withLastYear) {
    const last = s.periods.at(-1)!;
    // CBS never publishes a survey result as voorlopig.
    const expected = surveys.has(s.indicator) ? [''] : ['provisional', 'suppressed'];
    assert.ok(expected.includes(s.status?.[last] ?? ''), `${s.indicator} ${s.area}`);
  }
});

test('survey indicators come every two years since 2019, with wider margins for smaller areas', () => {
  const surveys = feed.indicators.filter((i) => i.kind === 'survey');
  assert.ok(surveys.length >= 10);
  for (const indicator of surveys) {
    for (const s of feed.series.filter((x) => x.indicator === indicator.id)) {
      // Haaren, dissolved in 2021, has 2019 only.
      const expected = s.area === 'GM0788' ? ['2019'] : ['2019', '2021', '2023', '2025'];
      assert.deepEqual(s.periods, expected);
      assert.equal(s.margins?.length, expected.length);
    }
  }
  const margin = (area: string) => seriesOf('onveilig-eigen-buurt', area)!.margins![0]!;
  assert.ok(margin('NL01') < margin('zeeland-west-brabant'));
  assert.ok(margin('zeeland-west-brabant') < margin('zeeland'));
  assert.ok(margin('zeeland') < margin('GM0687'));
  assert.ok(margin('GM0758') < margin('GM1695'), 'Breda has more respondents than Noord-Beveland');
});

test('national-only indicators have only a Nederland series; district-only ones no gemeente series', () => {
  const national = feed.indicators.filter((i) => i.lowestLevel === 'land');
  assert.ok(national.map((i) => i.id).includes('mensenhandel-arbeidsuitbuiting'));
  for (const indicator of national)
    assert.deepEqual(
      feed.series.filter((s) => s.indicator === indicator.id).map((s) => s.area),
      ['NL01'],
    );
  const districtOnly = feed.indicators.filter((i) => i.lowestLevel === 'district');
  assert.ok(districtOnly.length >= 5);
  const gemeenten = new Set(areasOf('gemeente').map((a) => a.id));
  for (const indicator of districtOnly) {
    const areas = feed.series.filter((s) => s.indicator === indicator.id).map((s) => s.area);
    assert.ok(areas.includes('zeeland'));
    assert.ok(!areas.some((a) => gemeenten.has(a)), indicator.id);
  }
});

test('half-year indicators use periods like 2024-H1', () => {
  const s = seriesOf('veilig-thuis-meldingen', 'GM0758')!;
  assert.deepEqual(s.periods.slice(-2), ['2025-H1', '2025-H2']);
  assert.equal(s.periods.length, 22);
});

test("Altena has history on today's boundaries; the Haaren split keeps its break", () => {
  const altena = feed.areas.find((a) => a.id === 'GM1959')!;
  assert.deepEqual(altena.predecessors, ['GM0738', 'GM0870', 'GM0874']);
  assert.equal(altena.validFrom, '2019-01-01');
  for (const id of altena.predecessors!) {
    assert.equal(feed.areas.find((a) => a.id === id)!.validTo, '2018-12-31');
    assert.equal(seriesOf('woninginbraak', id)!.periods.at(-1), '2018');
  }
  const history = seriesOf('woninginbraak', 'GM1959')!;
  assert.equal(history.periods[0], '2015');
  assert.match(
    history.notes!['2018']!,
    /^Herberekend op de gemeentelijke indeling van 2025: Aalburg, Werkendam en Woudrichem samen\.$/,
  );
  // A count shows the sum itself, in every year before 2019 where all three parts are published.
  let summed = 0;
  for (const indicator of feed.indicators.filter((i) => i.kind === 'count' && i.lowestLevel === 'gemeente')) {
    for (const period of ['2015', '2016', '2017', '2018']) {
      const parts: (Series | undefined)[] = altena.predecessors!.map((id) => seriesOf(indicator.id, id));
      if (parts.some((s) => numberAt(s, period) === null)) continue;
      const sum: number = parts.reduce((total, s) => total + numberAt(s, period)!, 0);
      assert.equal(numberAt(seriesOf(indicator.id, 'GM1959'), period), sum, `${indicator.id} ${period}`);
      summed++;
    }
  }
  assert.ok(summed > 10);
  assert.equal(feed.areas.find((a) => a.id === 'GM0788')!.validTo, '2020-12-31');
  assert.equal(seriesOf('woninginbraak', 'GM0824')!.periods[0], '2015');
  assert.equal(seriesOf('woninginbraak', 'GM0824')!.notes?.['2015'], undefined);
  const breaks = feed.indicators.find((i) => i.id === 'woninginbraak')!.breaks!;
  assert.deepEqual(
    breaks.map((b) => b.period),
    // Only the Haaren split: Altena's history is recomputed, and COVID is a special period.
    ['2021'],
  );
  assert.ok(breaks.find((b) => b.period === '2021')!.areas!.includes('GM0824'));
  assert.ok(!breaks.some((b) => b.areas?.includes('GM1959')));
});

test('no suppressed cell can be recovered, and no note tells the cells hidden for another apart', () => {
  assert.deepEqual(disclosureIssues(feed), []);
  // A note on a secret cell is one that published cells of the same area and period carry too
  // (Altena recomputed, Tilburg with part of Haaren). A note on the cells hidden for another alone
  // would mark them as not the source's own, so at least 5 in a small gemeente.
  const openNotes = new Set(
    feed.series.flatMap((s) =>
      s.periods.filter((p) => valueAt(s, p) !== null && s.notes?.[p]).map((p) => `${s.area} ${p} ${s.notes![p]}`),
    ),
  );
  for (const s of feed.series)
    for (const period of s.periods.filter((p) => s.status?.[p] === 'suppressed' && s.notes?.[p]))
      assert.ok(openNotes.has(`${s.area} ${period} ${s.notes![period]}`), `${s.indicator} ${s.area} ${period}`);
  // Bibob De Markiezaten 2020: Rucphen's cell is no longer the total minus the published gemeenten.
  const markiezaten = feed.areas.filter((a) => a.parent === 'de-markiezaten');
  const hidden = markiezaten.filter((a) => seriesOf('bibob-weigeringen', a.id)?.status?.['2020'] === 'suppressed');
  assert.ok(hidden.map((a) => a.id).includes('GM0840'));
  assert.ok(hidden.length >= 2 || valueAt(seriesOf('bibob-weigeringen', 'de-markiezaten'), '2020') === null);
});

test('the COVID years are a special period, never a break', () => {
  const marked = feed.indicators.filter((i) => i.specialPeriods?.length);
  assert.ok(marked.map((i) => i.id).includes('woninginbraak'));
  for (const indicator of marked)
    assert.deepEqual(
      indicator.specialPeriods!.map(({ from, to, label }) => ({ from, to, label })),
      [{ from: '2020', to: '2021', label: 'Corona' }],
    );
  for (const indicator of feed.indicators)
    for (const b of indicator.breaks ?? []) assert.doesNotMatch(b.reason, /corona|covid/i, indicator.id);
});

test('partners interpret many indicators, and every district has its own opvallendheden', () => {
  assert.ok(new Set(feed.duiding.map((d) => d.indicator)).size >= 30);
  for (const district of areasOf('district')) {
    const own = feed.opvallendheden.filter((o) => o.district === district.id);
    assert.ok(own.length >= 2, district.id);
  }
  assert.deepEqual(new Set(feed.opvallendheden.map((o) => o.shared)), new Set([true, false]));
});

/**
 * What each sample opvallendheid says goes up or down, as a phrase of its title or text and the figures
 * that phrase is about: `[indicator, area, from, to]`. Every direction word of a note must sit in one
 * of these phrases, so a note cannot say "meer" where its own figures fell.
 */
const CLAIMS: Record<string, { says: string; figures: [string, string, string, string][] }[]> = {
  'markiezaten-2025-drugsafval': [
    {
      says: '10 dumpingen van drugsafval gevonden, minder dan in 2023 (13)',
      figures: [['drugsdumpingen', 'de-markiezaten', '2023', '2025']],
    },
    { says: 'minder drugslabs en opslagplaatsen', figures: [['drugslabs-opslag', 'de-markiezaten', '2024', '2025']] },
  ],
  'markiezaten-2025-explosies': [
    {
      says: 'meer explosies bij panden in het district',
      figures: [['explosies-panden', 'de-markiezaten', '2024', '2025']],
    },
    { says: 'meer panden gesloten', figures: [['damocles-sluitingen', 'de-markiezaten', '2024', '2025']] },
  ],
  'baronie-2025-inbraak': [
    { says: 'Sinds 2015 daalde woninginbraak', figures: [['woninginbraak', 'de-baronie', '2015', '2025']] },
  ],
  'baronie-2025-verward': [
    { says: 'De meldingen E33 stegen', figures: [['e33-verward-gedrag', 'de-baronie', '2015', '2025']] },
    { says: 'na 2023 (8,1) daalden ze', figures: [['e33-verward-gedrag', 'de-baronie', '2023', '2025']] },
    { says: 'meer complexe casussen', figures: [['zvh-casussen', 'de-baronie', '2024', '2025']] },
  ],
  'hvb-2025-messen': [
    { says: 'minder steekincidenten', figures: [['steekincidenten', 'hart-van-brabant', '2024', '2025']] },
    {
      says: 'minder minderjarigen aangehouden voor wapenbezit',
      figures: [['wapenbezit-minderjarigen', 'hart-van-brabant', '2024', '2025']],
    },
  ],
  'hvb-2025-haaren': [],
  'zeeland-2025-zomer': [],
  'zeeland-2025-online': [
    {
      says: 'ook in Zeeland vaker',
      figures: [['slachtoffer-online-oplichting', 'zeeland', '2021', '2025']],
    },
    {
      says: 'steeg het slachtofferschap van online oplichting',
      figures: [
        ['slachtoffer-online-oplichting', 'zeeland', '2021', '2025'],
        ['slachtoffer-online-oplichting', 'NL01', '2021', '2025'],
      ],
    },
    { says: 'bleef in 2025 gelijk aan 2024', figures: [['registratie-online-fraude', 'zeeland', '2024', '2025']] },
  ],
};

const DIRECTION_WORDS: [Direction, RegExp][] = [
  ['up', /\b(stijgt|stijgen|steeg|stegen|meer|hoger|vaker|neemt toe|nemen toe)\b/gi],
  ['down', /\b(daalt|dalen|daalde|daalden|minder|lager|neemt af|nemen af)\b/gi],
  ['same', /\b(gelijk)\b/gi],
];
/**
 * Words of a record or a ranking ("laagste", "het sterkst"): true only if every other figure or area is
 * further off by more than rounding, and a league table besides; no sample note uses them.
 */
const EXTREMES = /\b(laagste|hoogste|grootste|kleinste|sterkst|meest)\b/i;
const directionsIn = (text: string): Direction[] =>
  DIRECTION_WORDS.filter(([, words]) => text.match(words)).map(([direction]) => direction);

test('the sample opvallendheden say up where their figures went up, and never read a geheim cell', () => {
  const index = indexFeed(feed);
  assert.deepEqual(Object.keys(CLAIMS).sort(), feed.opvallendheden.map((o) => o.id).sort());
  for (const note of feed.opvallendheden) {
    let unchecked = `${note.title} ${note.text}`;
    assert.doesNotMatch(unchecked, EXTREMES, `${note.id} ranks or claims a record`);
    for (const { says, figures } of CLAIMS[note.id]!) {
      assert.ok(unchecked.includes(says), `${note.id}: “${says}”`);
      unchecked = unchecked.replace(says, '');
      const [direction, ...more] = directionsIn(says);
      assert.ok(direction && more.length === 0, `${note.id}: “${says}” says one direction`);
      for (const [id, area, from, to] of figures) {
        const indicator = index.indicator(id)!;
        assert.ok(note.indicators.includes(id), `${note.id} names ${id}`);
        assert.ok(!breakBetween(indicator, area, from, to), `${note.id}: ${id} ${area} ${from}–${to} across a break`);
        const point = (period: string) => index.points(id, area).find((p) => p.period === period);
        const [a, b] = [point(from), point(to)];
        assert.ok(a?.value != null && b?.value != null, `${note.id}: ${id} ${area} ${from}, ${to} are numbers`);
        const change = compareInFeed(index, indicator, { area, point: a }, { area, point: b })!;
        assert.equal(change.direction, direction, `${note.id}: ${id} ${area} ${from}–${to}`);
        // A survey's rise or fall is one the margins bear out.
        if (indicator.kind === 'survey') assert.equal(change.significance, 'significant', `${note.id}: ${id} ${area}`);
      }
    }
    assert.deepEqual(directionsIn(unchecked), [], `${note.id}: a direction word no claim checks in “${unchecked}”`);
  }
});

test('most indicators name a source with a publication date before the feed; some keep only a name', () => {
  const sources = new Map(feed.sources!.map((s) => [s.id, s]));
  const dated = feed.indicators.filter((i) => i.source.id && sources.get(i.source.id)?.published);
  assert.ok(dated.length >= 40, `${dated.length}`);
  for (const i of dated) assert.ok(sources.get(i.source.id!)!.published! <= feed.meta.updated, i.id);
  // Without a source entry a citation gives the source's name and no date: the demo shows both.
  assert.ok(feed.indicators.some((i) => !i.source.id));
  assert.ok(feed.sources!.some((s) => !s.published));
  for (const s of feed.sources!)
    if (s.nextUpdate) assert.ok(s.nextUpdate > feed.meta.updated, `${s.id} was due before the feed date`);
  assert.ok(feed.opvallendheden.every((o) => o.author && o.partner && o.period));
});

test('Zicht op Ondermijning is the link of its theme, not a line under single indicators', () => {
  const theme = feed.themes.find((t) => t.id === 'georganiseerde-criminaliteit')!;
  assert.equal(theme.link?.url, 'https://www.zichtopondermijning.nl/');
  assert.match(theme.link.title, /^Zicht op Ondermijning/);
  assert.deepEqual(
    feed.themes.filter((t) => t.link).map((t) => t.id),
    ['georganiseerde-criminaliteit'],
  );
  assert.ok(!feed.indicators.some((i) => i.instruments?.some((l) => l.url === theme.link!.url)));
});

test('the catalogue follows the evaluation: themes, enforcement-driven polarities, the awareness part', () => {
  const indicator = (id: string) => feed.indicators.find((i) => i.id === id);
  for (const id of ['mensenhandel-seksuele-uitbuiting', 'mensenhandel-criminele-uitbuiting', 'steekincidenten'])
    assert.equal(indicator(id)!.theme, 'zorg-en-veiligheid', id);
  for (const id of ['ontruimingen-corporaties', 'ontruimingen-overlast-drugs', 'woonoverlast-meldingen'])
    assert.equal(indicator(id)!.theme, 'veilige-buurt-en-omgeving', id);
  // Aedes publishes evictions nationally only: the monitor shows the national trend and says so.
  assert.equal(indicator('ontruimingen-corporaties')!.lowestLevel, 'land');
  for (const id of ['huiselijk-geweld-politie', 'drugslabs-opslag', 'wapenbezit-minderjarigen'])
    assert.equal(indicator(id)!.polarity, 'neutral', id);
  assert.equal(indicator('weerbaar-bewustwording-training'), undefined);
  assert.match(indicator('weerbaar-awareness')!.unit, /awareness/);
});

test('every indicator has its words for a sentence, and counts their singular', () => {
  for (const indicator of feed.indicators) {
    assert.match(indicator.inSentence ?? '', /\{value\}/, indicator.id);
    if (indicator.kind === 'count') assert.match(indicator.inSentenceOne ?? '', /\{value\}/, indicator.id);
  }
  assert.equal(feed.indicators.find((i) => i.id === 'drugsdumpingen')!.inSentence, '{value} drugsafvaldumpingen');
});

test('high impact crime is woninginbraak plus the rarer overvallen and straatroven', () => {
  let checked = 0;
  for (const area of feed.areas) {
    const inbraak = seriesOf('woninginbraak', area.id);
    const hic = seriesOf('high-impact-crimes', area.id);
    if (!inbraak || !hic) continue;
    assert.deepEqual(hic.periods, inbraak.periods);
    hic.periods.forEach((period, i) => {
      const [all, part] = [hic.values[i], inbraak.values[i]];
      if (all == null || part == null) return;
      assert.ok(all >= part && all <= part * 1.5 + 0.5, `${area.id} ${period}: ${all} against ${part}`);
      checked++;
    });
  }
  assert.ok(checked > 400);
  const national = (id: string) => valueAt(seriesOf(id, 'NL01'), '2024')!;
  assert.ok(national('high-impact-crimes') / national('woninginbraak') < 1.25);
});

test('survey margins shrink up the levels: a district pools its gemeenten, the unit its districts', () => {
  const parentOf = new Map(feed.areas.map((a) => [a.id, a.parent]));
  let checked = 0;
  for (const s of feed.series.filter((x) => x.margins)) {
    const parent = seriesOf(s.indicator, parentOf.get(s.area) ?? '');
    if (!parent || parent.area === 'NL01') continue;
    s.periods.forEach((period, i) => {
      const own = s.margins![i];
      const pooled = parent.margins![parent.periods.indexOf(period)];
      if (own == null || pooled == null) return;
      assert.ok(pooled < own, `${s.indicator} ${period}: ${parent.area} ± ${pooled}, ${s.area} ± ${own}`);
      checked++;
    });
  }
  assert.ok(checked > 500);
  // De Baronie pools Breda's respondents with those of its other gemeenten: several times as many.
  const margin = (area: string) => seriesOf('onveilig-eigen-buurt', area)!.margins![0]!;
  assert.ok(margin('de-baronie') < margin('GM0758') / 2);
});

test('every gemeente of 1 January 2024 is in exactly one size class, so a class value sums all its members', () => {
  const classes = (feed.areaGroups ?? []).filter((g) => g.id.startsWith('grootteklasse-') && !g.partial);
  const gemeenten = areasOf('gemeente').filter((a) => existsIn(a, '2024'));
  assert.equal(gemeenten.length, 37);
  for (const gemeente of gemeenten)
    assert.deepEqual(
      classes.filter((c) => c.members.includes(gemeente.id)).length,
      1,
      `${gemeente.name} is in ${classes.filter((c) => c.members.includes(gemeente.id)).length} size classes`,
    );
});

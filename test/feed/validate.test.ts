import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/validate.js';
import { parseFeedInSteps } from '../../src/feed/validate-core.js';
import { MivError } from '../../src/feed/errors.js';
import { smallFeed } from '../fixtures/feeds.js';

function issuesOf(json: unknown) {
  try {
    parseFeed(json);
  } catch (error) {
    expect(error).to.be.instanceOf(MivError);
    return error as MivError;
  }
  throw new Error('expected the feed to be rejected');
}

describe('parseFeed', () => {
  it('accepts the small sample feed', async () => {
    const feed = parseFeed(await smallFeed());
    expect(feed.indicators.map((i) => i.id)).to.include('woninginbraak');
  });

  it('reports a wrong enum value with its JSON path and the allowed values', async () => {
    const feed = await smallFeed();
    (feed.indicators[1] as { polarity: string }).polarity = 'worse';
    const error = issuesOf(feed);
    expect(error.kind).to.equal('schema');
    expect(error.detail.issues![0]!.path).to.equal('indicators[1].polarity');
    expect(error.detail.issues![0]!.message).to.contain('"higher-is-worse"');
  });

  it('reports references that do not exist', async () => {
    const feed = await smallFeed();
    feed.indicators[0]!.theme = 'onbekend-thema';
    feed.areas[4]!.parent = 'GM9999';
    const breda = feed.series.findIndex((s) => s.area === 'GM0758');
    feed.series[breda]!.area = 'gm0758';
    const paths = issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`);
    expect(paths).to.include('indicators[0].theme: thema "onbekend-thema" bestaat niet in de feed');
    expect(paths).to.include('areas[4].parent: gebied "GM9999" bestaat niet in de feed');
    // An id in another case: the message names the one meant.
    expect(paths).to.include(
      `series[${breda}].area: gebied of groep "gm0758" bestaat niet in de feed; bedoelt u "GM0758"?`,
    );
  });

  it('reports duplicate ids', async () => {
    const feed = await smallFeed();
    feed.areas.push({ ...feed.areas[0]! });
    expect(issuesOf(feed).detail.issues![0]).to.deep.equal({
      path: 'areas[13].id',
      message: 'id "NL01" komt al eerder voor',
    });
  });

  it('rejects a suppressed value that still carries a number', async () => {
    const feed = await smallFeed();
    const series = feed.series.find((s) => s.area === 'GM0748')!;
    series.values[5] = 4.2;
    const issue = issuesOf(feed).detail.issues!.find((i) => i.path.endsWith('.status.2020'));
    expect(issue?.message).to.equal('status suppressed hoort zonder getal (waarde moet null zijn)');
  });

  it('accepts the newer statuses: nader voorlopig with a number, nihil as 0 or null', async () => {
    const feed = await smallFeed();
    const breda = feed.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    breda.values[8] = 0;
    breda.values[9] = null;
    breda.status = { '2023': 'nil', '2024': 'nil', '2025': 'revised-provisional' };
    expect(parseFeed(feed).series.find((s) => s.area === 'GM0758')!.status).to.deep.equal(breda.status);
  });

  it('rejects a nihil that carries another number than 0, and a nader voorlopig without one', async () => {
    const feed = await smallFeed();
    const index = feed.series.findIndex((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758');
    feed.series[index]!.values[9] = null;
    feed.series[index]!.status = { '2023': 'nil', '2024': 'revised-provisional' };
    expect(issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      `series[${index}].status.2023: status nil betekent nihil: de waarde moet 0 of null zijn`,
      `series[${index}].status.2024: status revised-provisional vraagt een getal, maar de waarde is null`,
    ]);
    // CBS's `0 (0,0)`, less than half the unit, is a figure: not nihil, however close to 0.
    const small = await smallFeed();
    small.series[index]!.status = { '2023': 'nil' };
    small.series[index]!.values[8] = 0.3;
    expect(issuesOf(small).detail.issues!.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      `series[${index}].status.2023: status nil betekent nihil: de waarde moet 0 of null zijn`,
    ]);
  });

  it('rejects a period given twice in a series, and an opvallendheid of a gemeente, at their paths', async () => {
    const feed = await smallFeed();
    const index = feed.series.findIndex((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758');
    // 2015 to 2025, with 2023 where 2024 should be.
    feed.series[index]!.periods[9] = '2023';
    feed.opvallendheden[0]!.district = 'GM0758';
    expect(issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      `series[${index}].periods[9]: periode 2023 staat niet in oplopende volgorde`,
      'opvallendheden[0].district: "GM0758" is geen district',
    ]);
  });

  it('rejects a provisional survey value: survey results are never voorlopig', async () => {
    const feed = await smallFeed();
    const index = feed.series.findIndex((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758');
    feed.series[index]!.status = { '2023': 'revised-provisional', '2025': 'provisional' };
    expect(issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      `series[${index}].status.2023: onveilig-eigen-buurt is een enquêtecijfer; enquêtecijfers zijn nooit voorlopig (status revised-provisional)`,
      `series[${index}].status.2025: onveilig-eigen-buurt is een enquêtecijfer; enquêtecijfers zijn nooit voorlopig (status provisional)`,
    ]);
    // A count may be provisional, as the rest of the feed shows.
    expect(parseFeed(await smallFeed()).series.some((s) => s.status?.['2025'] === 'provisional')).to.equal(true);
  });

  it('rejects a special period that ends before it starts', async () => {
    const feed = await smallFeed();
    feed.indicators[0]!.specialPeriods = [{ from: '2021', to: '2020', label: 'Corona' }];
    expect(issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`)).to.deep.equal([
      'indicators[0].specialPeriods[0].to: valt vóór from (2021)',
    ]);
  });

  it('rejects values and periods of different lengths', async () => {
    const feed = await smallFeed();
    feed.series[0]!.values.pop();
    expect(issuesOf(feed).detail.issues![0]!.message).to.equal('10 waarden bij 11 perioden');
  });

  it('rejects counts of another length, and a count beside a figure that is not published', async () => {
    const feed = await smallFeed();
    // Bergen op Zoom's burglaries: 2020 is geheim.
    const series = feed.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0748')!;
    const index = feed.series.indexOf(series);
    series.counts = series.values.map(() => 30);
    expect(issuesOf(structuredClone(feed)).detail.issues).to.deep.equal([
      { path: `series[${index}].counts[5]`, message: 'status suppressed hoort zonder aantal (aantal moet null zijn)' },
    ]);
    series.counts[5] = null;
    expect(parseFeed(structuredClone(feed)).series[index]!.counts![5]).to.equal(null);
    // Counts of another length have no periods to be checked against: one message says so, even with
    // a count where the periods put 2020.
    series.counts = series.values.map(() => 30).slice(1);
    expect(issuesOf(feed).detail.issues).to.deep.equal([
      { path: `series[${index}].counts`, message: '10 aantallen bij 11 perioden' },
    ]);
  });

  it('rejects a schemaVersion from the future with kind "version"', async () => {
    const feed = { ...(await smallFeed()), schemaVersion: 2 };
    expect(issuesOf(feed).kind).to.equal('version');
  });

  it('rejects a malformed period and a non-web link', async () => {
    const feed = await smallFeed();
    feed.series[0]!.periods[0] = '15';
    feed.indicators[0]!.source.url = 'javascript:alert(1)';
    const paths = issuesOf(feed).detail.issues!.map((i) => i.path);
    expect(paths).to.include.members(['series[0].periods[0]', 'indicators[0].source.url']);
  });

  it('rejects something that is not a feed at all', () => {
    const error = issuesOf([1, 2, 3]);
    expect(error.kind).to.equal('schema');
    expect(error.detail.issues![0]!.path).to.equal('(feed)');
  });
  it('tells by the field what a malformed text should look like', async () => {
    const feed = await smallFeed();
    feed.series[0]!.periods[0] = '2015-H3';
    feed.areas[4]!.id = 'GM 0748';
    feed.indicators[0]!.inSentence = 'woninginbraken per 1.000 inwoners';
    const messages = issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include.members([
      'series[0].periods[0]: verwacht een periode als 2024, 2024-H1 of 2024-Q3',
      'areas[4].id: verwacht een id met alleen letters, cijfers, - en _ (zonder spaties)',
      'indicators[0].inSentence: verwacht tekst met {value} waar het getal komt',
    ]);
  });

  it('says that a field left out is missing, not of another type', async () => {
    const feed = await smallFeed();
    delete (feed.indicators[1] as { unit?: string }).unit;
    (feed.indicators[2] as { unit: unknown }).unit = null;
    const messages = issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.deep.equal(['indicators[1].unit: ontbreekt', 'indicators[2].unit: verwacht tekst']);
  });

  it('rejects a parent that is not a higher level, and validity dates the wrong way round', async () => {
    const feed = await smallFeed();
    const district = feed.areas.findIndex((a) => a.id === 'de-baronie');
    const gemeente = feed.areas.findIndex((a) => a.id === 'GM0758');
    feed.areas[district]!.parent = 'GM0748';
    feed.areas[gemeente] = { ...feed.areas[gemeente]!, validFrom: '2021-01-01', validTo: '2019-12-31' };
    const messages = issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include.members([
      `areas[${district}].parent: "GM0748" (gemeente) kan niet boven een district staan`,
      `areas[${gemeente}].validTo: valt vóór validFrom (2021-01-01)`,
    ]);
  });

  it('rejects an area as its own predecessor, and numbers after an area ended', async () => {
    const feed = await smallFeed();
    const gemeente = feed.areas.findIndex((a) => a.id === 'GM0748');
    feed.areas[gemeente] = { ...feed.areas[gemeente]!, validTo: '2018-12-31', predecessors: ['GM0748'] };
    const index = feed.series.findIndex((s) => s.area === 'GM0748' && s.periods.includes('2019'));
    const j = feed.series[index]!.periods.indexOf('2019');
    const messages = issuesOf(feed).detail.issues!.map((i) => `${i.path}: ${i.message}`);
    expect(messages).to.include(`areas[${gemeente}].predecessors[0]: een gebied kan niet zijn eigen voorganger zijn`);
    expect(messages).to.include(
      `series[${index}].values[${j}]: GM0748 bestaat tot 2018-12-31; geen cijfer mogelijk voor 2019`,
    );
  });
});

describe('parseFeedInSteps', () => {
  /** The small feed with 2,500 extra gemeenten and a series each: many chunks of a hundred. */
  async function largeFeed() {
    const feed = await smallFeed();
    for (let i = 0; i < 2500; i++) {
      const id = `GM${String(9000 + i)}`;
      feed.areas.push({ id, name: `Gemeente ${i}`, level: 'gemeente', parent: 'de-baronie' });
      feed.series.push({ indicator: 'woninginbraak', area: id, periods: ['2024', '2025'], values: [3.1, 2.9] });
    }
    return feed;
  }

  /** The issues `parseFeedInSteps` refuses `json` with, pausing after every slice, and how often it paused. */
  async function refusedInSteps(json: unknown) {
    let pauses = 0;
    const issues = await parseFeedInSteps(json, async () => void pauses++, 0).then(
      () => expect.fail('expected the feed to be rejected'),
      (error: MivError) => error.detail.issues!,
    );
    return { issues, pauses };
  }

  it('gives the same feed as parseFeed, pausing between slices', async () => {
    const json = await largeFeed();
    let pauses = 0;
    const feed = await parseFeedInSteps(json, async () => void pauses++, 0);
    expect(feed).to.deep.equal(parseFeed(json));
    expect(pauses).to.be.greaterThan(2);
  });

  it('reports the same issues with their paths in the whole feed', async () => {
    const json = await largeFeed();
    const last = json.series.length - 1;
    (json.series[last]!.values as unknown[])[1] = 'veel';
    json.indicators[0]!.decimals = -1;
    const inSteps = await parseFeedInSteps(json, async () => undefined).then(
      () => expect.fail('expected the feed to be rejected'),
      (error: MivError) => error.detail.issues!,
    );
    const paths = inSteps.map((i) => i.path);
    expect(paths).to.include.members([`series[${last}].values[1]`, 'indicators[0].decimals']);
    expect([...inSteps].sort((a, b) => a.path.localeCompare(b.path))).to.deep.equal(
      [...issuesOf(json).detail.issues!].sort((a, b) => a.path.localeCompare(b.path)),
    );
  });

  it('cross-checks the series slice by slice, with the issues and their order of parseFeed', async () => {
    const json = await largeFeed();
    const last = json.series.length - 1;
    json.series[last]!.area = 'GM9999x';
    json.series[3]!.periods = ['2025', '2024'];
    json.duiding.push({ indicator: 'onbekend', text: 'Tekst', author: 'Analist', date: '2026-01-01' });
    const { issues: inSteps, pauses } = await refusedInSteps(json);
    expect(pauses).to.be.greaterThan(2);
    expect(inSteps.map((i) => i.path)).to.include.members([
      `series[${last}].area`,
      'series[3].periods[1]',
      `duiding[${json.duiding.length - 1}].indicator`,
    ]);
    expect(inSteps).to.deep.equal(issuesOf(json).detail.issues);
  });

  it('tells what is wrong with a feed it refuses in steps too, with the issues and their order of parseFeed', async () => {
    const json = await largeFeed();
    // Refused at the first slice; the head is wrong before and after the series in the schema's order.
    (json.series[0]!.values as unknown[])[0] = 'veel';
    (json.series[2400]!.periods as unknown[])[1] = '2025-H3';
    json.indicators[0]!.decimals = -1;
    json.duiding.push({ indicator: 'woninginbraak', text: '', author: 'Analist', date: '2026-01-01' });
    const { issues: inSteps, pauses } = await refusedInSteps(json);
    expect(pauses).to.be.greaterThan(2);
    expect(inSteps.map((i) => i.path)).to.deep.equal([
      'indicators[0].decimals',
      'series[0].values[0]',
      'series[2400].periods[1]',
      `duiding[${json.duiding.length - 1}].text`,
    ]);
    expect(inSteps).to.deep.equal(issuesOf(json).detail.issues);
  });

  it('stops when pause throws (the element left the page)', async () => {
    const json = await largeFeed();
    const stop = new DOMException('afgebroken', 'AbortError');
    const error = await parseFeedInSteps(json, () => Promise.reject(stop), 0).catch((e: unknown) => e);
    expect(error).to.equal(stop);
  });
});

import { expect } from '@open-wc/testing';
import { buildCompareModel, describeComparison } from '../../src/model/compare.js';
import { compareGrid } from '../../src/model/compare-grid.js';
import { buildMapModel, describeMap, provisionalWords } from '../../src/model/map.js';
import { gridTable } from '../../src/model/grid.js';
import { parseFeed } from '../../src/feed/validate.js';
import { MivError } from '../../src/feed/errors.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Feed } from '../../src/feed/schema.js';
import { smallFeed } from '../fixtures/feeds.js';
import { useSampleFeed } from '../helpers.js';

const names = (model: ReturnType<typeof buildCompareModel>) => model.rows.map((r) => r.area.name);

function thrown(run: () => unknown): MivError {
  try {
    run();
  } catch (error) {
    expect(error).to.be.instanceOf(MivError);
    return error as MivError;
  }
  throw new Error('expected a MivError');
}

describe('buildCompareModel', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  it('shows a duiding dated to a half-year of the year compared, not one of another year', () => {
    const about = (period: string) => ({
      indicator: 'woninginbraak',
      period,
      text: `Over ${period}.`,
      author: 'Analist',
      date: '2026-01-01',
    });
    const dated = { ...feed, duiding: [about('2025-H1'), about('2024-H2')] };
    const model = buildCompareModel(dated, { indicator: 'woninginbraak', period: '2025' });
    expect(model.duiding.map((d) => d.text)).to.deep.equal(['Over 2025-H1.']);
  });

  it('compares the four districts in the latest period, in the order of the feed: no league table', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak' });
    expect(model.level).to.equal('district');
    expect(model.parent.id).to.equal('zeeland-west-brabant');
    expect(model.period).to.equal('2025');
    expect(model.previousPeriod).to.equal('2024');
    expect(names(model)).to.deep.equal(['De Markiezaten', 'De Baronie', 'Hart van Brabant', 'Zeeland']);
    expect(model.rows.map((r) => r.point.value)).to.deep.equal([2.7, 2.7, 1.9, 1.6]);
    expect(model.rows[0]!.point.status).to.equal('provisional');
    expect(names(buildCompareModel(feed, { indicator: 'woninginbraak', sort: 'nonsense' }))).to.deep.equal(
      names(model),
    );
  });

  it('lists gemeenten by district, in the feed’s order of the districts, then by name', () => {
    // The feed lists Breda before Baarle-Nassau and De Markiezaten's Roosendaal after De Baronie's gemeenten.
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', period: '2024' });
    expect(names(model)).to.deep.equal([
      'Bergen op Zoom',
      'Roosendaal',
      'Baarle-Nassau',
      'Breda',
      'Etten-Leur',
      'Tilburg',
      'Middelburg',
    ]);
  });

  it('sorts highest first on request, equal values by name and areas without a number last', () => {
    const districts = buildCompareModel(feed, { indicator: 'woninginbraak', sort: 'value' });
    expect(names(districts)).to.deep.equal(['De Baronie', 'De Markiezaten', 'Hart van Brabant', 'Zeeland']);
    const gemeenten = buildCompareModel(feed, {
      indicator: 'woninginbraak',
      level: 'gemeente',
      within: 'de-baronie',
      sort: 'value',
    });
    expect(names(gemeenten)).to.deep.equal(['Breda', 'Etten-Leur', 'Baarle-Nassau']);
  });

  it('ranks no counts: highest first gives the fixed order for them, and only the rate is ranked', async () => {
    const copy = await smallFeed();
    copy.indicators.find((i) => i.id === 'woninginbraak')!.kind = 'count';
    const counts = buildCompareModel(parseFeed(copy), { indicator: 'woninginbraak', sort: 'value' });
    expect(names(counts)).to.deep.equal(['De Markiezaten', 'De Baronie', 'Hart van Brabant', 'Zeeland']);
    expect(counts).to.include({ sort: 'fixed' });
    expect(counts.sorts).to.deep.equal(['fixed', 'name']);
    const rates = buildCompareModel(feed, { indicator: 'woninginbraak', sort: 'value' });
    expect(rates).to.include({ sort: 'value' });
    expect(rates.sorts).to.deep.equal(['fixed', 'value', 'name']);
  });

  it('reads ties, the range and the changes from the figures as printed, not from decimals never shown', async () => {
    const raw = await smallFeed();
    const set = (area: string, values: [number, number]) => {
      const series = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === area)!;
      series.values.splice(-2, 2, ...values);
    };
    // Breda 12,04 then 12,06: printed 12,0 and 12,1. Etten-Leur 12,05 then 12,149: 12,1 both times.
    set('GM0758', [12.04, 12.06]);
    set('GM0777', [12.05, 12.149]);
    const query = { indicator: 'woninginbraak', within: 'de-baronie' };
    const model = buildCompareModel(parseFeed(raw), query);
    const { nl } = dictionaries;
    // The gemeenten compared, not "alle gebieden": De Baronie and Nederland beside them differ.
    expect(describeComparison(model, nl)).to.match(
      /^In 2025 hadden alle gemeenten met een cijfer dezelfde waarde: 12,1\* woninginbraken per 1\.000 inwoners\. /,
    );
    expect(describeComparison(model, dictionaries.en)).to.match(
      /^In 2025 all municipalities with a figure had the same value: 12\.1\* /,
    );
    const table = gridTable(compareGrid(model, nl), nl);
    expect(table.rows.slice(1, 3).map((r) => [r.header, ...r.cells])).to.deep.equal([
      ['Breda', '12,1*', '12,0', '+0,1'],
      ['Etten-Leur', '12,1*', '12,1', '0,0'],
    ]);
    expect(names(buildCompareModel(parseFeed(raw), { ...query, sort: 'value' })), 'a tie, by name').to.deep.equal([
      'Breda',
      'Etten-Leur',
      'Baarle-Nassau',
    ]);
  });

  it('sorts by name on request', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', sort: 'name', period: '2024' });
    expect(names(model)).to.deep.equal(['De Baronie', 'De Markiezaten', 'Hart van Brabant', 'Zeeland']);
    expect(model.rows.map((r) => r.point.value)).to.deep.equal([2.7, 3.3, 2, 1.8]);
  });

  it('gives the unit and Nederland as references at district level, and the district too at gemeente level', () => {
    const districts = buildCompareModel(feed, { indicator: 'woninginbraak' });
    expect(districts.references.map((r) => [r.area.id, r.point.value])).to.deep.equal([
      ['zeeland-west-brabant', 2.2],
      ['NL01', 2],
    ]);
    const gemeenten = buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    // `within` alone, without the level, asks for the same gemeenten.
    const withinAlone = buildCompareModel(feed, { indicator: 'woninginbraak', within: 'de-baronie' });
    expect(withinAlone.level).to.equal('gemeente');
    expect(withinAlone.rows.map((r) => r.area.id)).to.deep.equal(gemeenten.rows.map((r) => r.area.id));
    expect(gemeenten.references.map((r) => r.area.id)).to.deep.equal(['de-baronie', 'zeeland-west-brabant', 'NL01']);
    expect(gemeenten.national?.area.id).to.equal('NL01');
  });

  it('lists the gemeenten of a district, a suppressed one in its place and without a number', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' });
    expect(names(model)).to.deep.equal(['Baarle-Nassau', 'Breda', 'Etten-Leur']);
    expect(model.rows[0]!.point).to.include({ value: null, status: 'suppressed' });
    expect(model.rows[0]!.change, 'no change without a number').to.equal(null);
    expect(model.highest.map((r) => r.area.name)).to.deep.equal(['Breda']);
    expect(model.lowest.map((r) => r.area.name)).to.deep.equal(['Etten-Leur']);
  });

  it('takes the district of a highlighted gemeente when no district is given', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', highlight: 'GM0748' });
    expect(model.parent.id).to.equal('de-markiezaten');
    expect(names(model), '3,3 before 2,8').to.deep.equal(['Bergen op Zoom', 'Roosendaal']);
    expect(model.highlight?.area.id).to.equal('GM0748');
  });

  it('highlights the district of a gemeente when districts are compared', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', highlight: 'GM0758' });
    expect(model.rows.filter((r) => r.highlighted).map((r) => r.area.id)).to.deep.equal(['de-baronie']);
  });

  it("gives each area's change since the previous period, read through the polarity", () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak' });
    const zeeland = model.rows.find((r) => r.area.id === 'zeeland')!;
    expect(zeeland.previous?.value).to.equal(1.8);
    expect(zeeland.change).to.include({ delta: -0.2, direction: 'down', judgement: 'favourable' });
    const markiezaten = model.rows.find((r) => r.area.id === 'de-markiezaten')!;
    expect(markiezaten.vsNational).to.include({ direction: 'up', judgement: 'unfavourable' });
    const halt = buildCompareModel(feed, { indicator: 'halt-verwijzingen' });
    expect(
      halt.rows.every((r) => r.change?.judgement === 'neutral'),
      'a neutral indicator is never good or bad',
    ).to.be.true;
  });

  it('uses the survey periods and judges survey differences by their margins', () => {
    const model = buildCompareModel(feed, { indicator: 'onveilig-eigen-buurt' });
    expect(model.periods).to.deep.equal(['2019', '2021', '2023', '2025']);
    expect(model.previousPeriod).to.equal('2023');
    const baronie = model.rows.find((r) => r.area.id === 'de-baronie')!;
    expect(baronie.point.margin).to.equal(1.5);
    expect(baronie.change, '16,0 ± 1,5 against 17,8 ± 1,4: 1,8 < √(1,5² + 1,4²)').to.include({
      direction: 'same',
      significance: 'not-significant',
      judgement: 'equal',
    });
    expect(model.spread, '17,1 ± 1,6 against 13,8 ± 1,6').to.equal('significant');
    const gemeenten = buildCompareModel(feed, {
      indicator: 'onveilig-eigen-buurt',
      level: 'gemeente',
      within: 'de-baronie',
    });
    // The intervals overlap, yet 3,6 > √(2,0² + 2,8²) ≈ 3,44: the two samples differ.
    expect(gemeenten.spread, '18,7 ± 2,0 against 15,1 ± 2,8').to.equal('significant');
    expect(gemeenten.spreadSignificant, 'the deprecated flag follows').to.equal(true);
  });

  it('leaves an area against Nederland untested, unless the publisher flags it', async () => {
    const model = buildCompareModel(feed, { indicator: 'onveilig-eigen-buurt' });
    const baronie = model.rows.find((r) => r.area.id === 'de-baronie')!;
    // De Baronie's respondents are part of Nederland's sample: the margins cannot test this.
    expect(baronie.vsNational, '16,0 ± 1,5 against 15,9 ± 0,3').to.include({
      direction: 'up',
      significance: 'not-tested',
      judgement: 'neutral',
    });
    const zeeland = model.rows.find((r) => r.area.id === 'zeeland')!;
    expect(zeeland.vsNational, '13,8 ± 1,6 against 15,9 ± 0,3: far apart, still untested').to.include({
      significance: 'not-tested',
      judgement: 'neutral',
    });
    const raw = await smallFeed();
    raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'zeeland')!.significance = {
      '2025': { areas: { NL01: true } },
    };
    const flagged = buildCompareModel(parseFeed(raw), { indicator: 'onveilig-eigen-buurt' });
    expect(flagged.rows.find((r) => r.area.id === 'zeeland')!.vsNational).to.include({
      direction: 'down',
      significance: 'significant',
      judgement: 'favourable',
    });
  });

  it('compares a half-year with the same half-year a year earlier, and says the period in the unit', async () => {
    const raw = await smallFeed();
    for (const s of raw.series.filter((s) => s.indicator === 'woninginbraak')) {
      s.periods = ['2024-H1', '2024-H2', '2025-H1'];
      s.values = s.values.slice(-3);
      s.status = Object.fromEntries(
        Object.entries(s.status ?? {}).flatMap(([p, status]) =>
          p === '2025' ? [['2025-H1', status]] : p === '2024' ? [['2024-H2', status]] : [],
        ),
      );
      delete s.notes;
    }
    const model = buildCompareModel(parseFeed(raw), { indicator: 'woninginbraak' });
    expect(model.period).to.equal('2025-H1');
    expect(model.previousPeriod, 'never the 2e halfjaar 2024 just before').to.equal('2024-H1');
    expect(model.rows.every((r) => r.change === null || r.change.from.period === '2024-H1')).to.equal(true);
    expect(model.indicator.unit).to.equal('per 1.000 inwoners, per halfjaar');
  });

  it('has no rows for an indicator published nationally only, but keeps the national figure', () => {
    const model = buildCompareModel(feed, { indicator: 'mensenhandel-seksuele-uitbuiting' });
    expect(model.noAreaData).to.equal(true);
    expect(model.rows).to.deep.equal([]);
    expect(model.national?.point).to.include({ period: '2025', value: 1110 });
    const gemeenten = buildCompareModel(feed, { indicator: 'halt-verwijzingen', level: 'gemeente', within: 'zeeland' });
    expect(gemeenten.noAreaData).to.equal(true);
  });

  it('measures no change across a series break, and the table says why', async () => {
    const copy = await smallFeed();
    copy.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [
      { period: '2025', reason: 'Nieuwe registratie', areas: ['zeeland'] },
    ];
    const model = buildCompareModel(parseFeed(copy), { indicator: 'woninginbraak' });
    const zeeland = model.rows.find((r) => r.area.id === 'zeeland')!;
    expect(zeeland).to.include({ change: null, acrossBreak: true });
    expect(zeeland.previous?.value, 'the earlier figure is still shown').to.equal(1.8);
    expect(model.rows.find((r) => r.area.id === 'de-markiezaten')!.change).to.include({ direction: 'down' });
    const table = gridTable(compareGrid(model, dictionaries.nl), dictionaries.nl);
    expect(table.rows.find((r) => r.header === 'Zeeland')!.cells).to.deep.equal(['1,6*', '1,8', 'Trendbreuk']);
  });

  it('calls the range untested when one pair at its ends was not tested, though another was and did not differ', async () => {
    const raw = await smallFeed();
    // Zeeland 17,1 without a margin ties De Markiezaten's 17,1 ± 1,6 at the top; Hart van Brabant's
    // 15,2 ± 1,5 is the lowest: 1,9 < √(1,6² + 1,5²) against De Markiezaten, untested against Zeeland.
    const zeeland = raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'zeeland')!;
    zeeland.values[3] = 17.1;
    zeeland.margins![3] = null;
    const model = buildCompareModel(parseFeed(raw), { indicator: 'onveilig-eigen-buurt' });
    expect(model.highest.map((r) => r.area.id)).to.deep.equal(['de-markiezaten', 'zeeland']);
    expect(model.spread).to.equal('not-tested');
    const text = describeComparison(model, dictionaries.nl);
    expect(text).to.contain('Of het hoogste en het laagste cijfer significant verschillen, is niet getoetst.');
    expect(text).not.to.contain('verschillen niet significant');
    expect(compareGrid(model, dictionaries.nl).notes, 'under the exported image').to.include(
      'Of het hoogste en het laagste cijfer significant verschillen, is niet getoetst.',
    );
  });

  it("measures no change of a reference across its own series break: Nederland's row says Trendbreuk", async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [
      { period: '2025', reason: 'Nieuwe registratie', areas: ['NL01'] },
    ];
    const model = buildCompareModel(parseFeed(raw), { indicator: 'woninginbraak' });
    const national = model.references.find((r) => r.area.id === 'NL01')!;
    expect(national).to.include({ change: null, acrossBreak: true });
    const table = gridTable(compareGrid(model, dictionaries.nl), dictionaries.nl);
    expect(table.rows.find((r) => r.header === 'Nederland')!.cells.at(-1)).to.equal('Trendbreuk');
    expect(table.rows.find((r) => r.header === 'Eenheid Zeeland-West-Brabant')!.cells.at(-1)).not.to.equal(
      'Trendbreuk',
    );
  });

  it('compares an earlier period, and the latest in place of a period without figures, keeping the one asked', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', period: '2020' });
    expect(model.previousPeriod).to.equal('2019');
    expect(model.missingPeriod).to.equal(undefined);
    expect(model.rows.find((r) => r.area.id === 'de-markiezaten')!.change).to.include({ direction: 'up' });
    const missing = buildCompareModel(feed, { indicator: 'woninginbraak', period: '2010' });
    expect(missing).to.include({ period: '2025', missingPeriod: '2010', previousPeriod: '2024' });
    expect(missing.rows.every((r) => r.point.period === '2025')).to.be.true;
  });

  it('draws no reference lines for a count: the unit is the sum of its districts, Nederland far larger', async () => {
    const copy = await smallFeed();
    copy.indicators.find((i) => i.id === 'woninginbraak')!.kind = 'count';
    const model = buildCompareModel(parseFeed(copy), { indicator: 'woninginbraak' });
    expect(model.rows).to.have.length(4);
    expect(model.references).to.deep.equal([]);
  });

  it('leaves out areas that did not exist in the period', async () => {
    const copy = await smallFeed();
    copy.areas.push({ id: 'GM0738', name: 'Aalburg', level: 'gemeente', parent: 'de-baronie', validTo: '2018-12-31' });
    copy.series.push({ indicator: 'woninginbraak', area: 'GM0738', periods: ['2017', '2018'], values: [3.9, 3.7] });
    const old = parseFeed(copy);
    const query = { indicator: 'woninginbraak', level: 'gemeente', within: 'de-baronie' };
    expect(names(buildCompareModel(old, { ...query, period: '2018' }))).to.include('Aalburg');
    expect(names(buildCompareModel(old, query))).not.to.include('Aalburg');
  });

  it('reports unknown ids with their kind', () => {
    expect(thrown(() => buildCompareModel(feed, { indicator: 'bestaat-niet' })).kind).to.equal('unknown-indicator');
    expect(
      thrown(() => buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'GM0758' })).kind,
    ).to.equal('unknown-area');
    expect(thrown(() => buildCompareModel(feed, { indicator: 'woninginbraak', highlight: 'GM9999' })).kind).to.equal(
      'unknown-area',
    );
  });

  it("shows shared opvallendheden newest first, and a district's own notes only among its gemeenten", () => {
    const districts = buildCompareModel(feed, { indicator: 'woninginbraak' });
    expect(districts.opvallendheden.map((o) => o.id)).to.deep.equal(['zeeland-2025-inbraak', 'baronie-2025-inbraak']);
    const own = buildCompareModel(feed, { indicator: 'woninginbraak', level: 'gemeente', within: 'de-markiezaten' });
    expect(own.opvallendheden.map((o) => o.id)).to.include('markiezaten-intern-inbraak');
    expect(buildCompareModel(feed, { indicator: 'halt-verwijzingen' }).opvallendheden).to.deep.equal([]);
  });
});

describe('a special period', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });
  const { nl, en } = dictionaries;

  it('is noted under the comparison of a period in it, or of changes from or into it', () => {
    // The small feed marks 2020–2021; 2020 is compared with 2019, 2022 with 2021.
    for (const period of ['2020', '2021', '2022']) {
      const model = buildCompareModel(feed, { indicator: 'woninginbraak', period });
      expect(compareGrid(model, nl).notes, period).to.deep.equal([
        'Bijzondere periode 2020–2021 (Corona): COVID-19: minder mensen van huis',
      ]);
      expect(describeComparison(model, nl), period).to.match(
        / Bijzondere periode 2020–2021 \(Corona\): COVID-19: minder mensen van huis\.$/,
      );
      expect(describeComparison(model, en), period).to.match(
        / Special period 2020–2021 \(Corona\): COVID-19: minder mensen van huis\.$/,
      );
    }
    const after = buildCompareModel(feed, { indicator: 'woninginbraak', period: '2023' });
    expect(compareGrid(after, nl).notes).to.deep.equal([]);
    expect(describeComparison(after, nl)).not.to.contain('Bijzondere periode');
  });

  it('is named in the map’s description', () => {
    const text = describeMap(buildMapModel(feed, { indicator: 'woninginbraak', period: '2020' }), nl);
    expect(text).to.match(/ Bijzondere periode 2020–2021 \(Corona\): COVID-19: minder mensen van huis\.$/);
    const after = describeMap(buildMapModel(feed, { indicator: 'woninginbraak', period: '2023' }), nl);
    expect(after).not.to.contain('Bijzondere periode');
  });
});

describe('describeComparison', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  it('gives the range without ranking areas, the unit against Nederland, and provisional figures', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak' });
    // The first figure carries the indicator's words; the figures after it need only their numbers.
    // Each voorlopig figure carries its *, which the last sentence explains.
    const text = describeComparison(model, dictionaries.nl);
    expect(text).to.equal(
      'In 2025 lagen de cijfers tussen 1,6* en 2,7* woninginbraken per 1.000 inwoners. ' +
        'Eenheid Zeeland-West-Brabant (2,2*) ligt hoger dan Nederland (2,0*). ' +
        'De cijfers voor 2025 met een * zijn voorlopig.',
    );
    expect(text, 'no league table').not.to.match(/hoogst|laagst|Zeeland \(/);
  });

  it('explains ** as nader voorlopig, as it explains * as voorlopig', async () => {
    const raw = await smallFeed();
    for (const s of raw.series.filter((s) => s.indicator === 'woninginbraak' && s.status?.['2025'] === 'provisional'))
      s.status!['2025'] = 'revised-provisional';
    const text = describeComparison(buildCompareModel(parseFeed(raw), { indicator: 'woninginbraak' }), dictionaries.nl);
    expect(text).to.contain('Eenheid Zeeland-West-Brabant (2,2**) ligt hoger dan Nederland (2,0**).');
    expect(text).to.match(/De cijfers voor 2025 met een \*\* zijn nader voorlopig\.$/);
  });

  it('writes a figure areas share as voorlopig when any of them has it voorlopig', async () => {
    const raw = await smallFeed();
    // De Markiezaten and De Baronie share the highest figure, 2,7; the first of them is now definitive.
    const markiezaten = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'de-markiezaten')!;
    markiezaten.status = { ...markiezaten.status, '2025': 'definitive' };
    const model = buildCompareModel(parseFeed(raw), { indicator: 'woninginbraak' });
    expect(model.highest.map((r) => r.point.status)).to.deep.equal(['definitive', 'provisional']);
    expect(describeComparison(model, dictionaries.nl)).to.match(/^In 2025 lagen de cijfers tussen 1,6\* en 2,7\* /);
  });

  it('gives the words to the first figure, whichever sentence comes first', async () => {
    const raw = await smallFeed();
    // One district with a figure: no highest and lowest, so the unit against Nederland opens the text.
    raw.series = raw.series.filter(
      (s) => s.indicator !== 'woninginbraak' || ['NL01', 'zeeland-west-brabant', 'zeeland'].includes(s.area),
    );
    const model = buildCompareModel(parseFeed(raw), { indicator: 'woninginbraak' });
    expect(describeComparison(model, dictionaries.nl)).to.match(
      /^Eenheid Zeeland-West-Brabant \(2,2\* woninginbraken per 1\.000 inwoners\) ligt hoger dan Nederland \(2,0\*\)\./,
    );
  });

  it('compares the highlighted gemeente with Nederland and names the suppressed one', () => {
    const model = buildCompareModel(feed, {
      indicator: 'woninginbraak',
      level: 'gemeente',
      within: 'de-baronie',
      highlight: 'GM0758',
    });
    const text = describeComparison(model, dictionaries.nl);
    expect(text).to.contain('Breda (3,0*) ligt hoger dan Nederland (2,0*).');
    expect(text).to.contain('Voor Baarle-Nassau is geen cijfer beschikbaar (geheim).');
  });

  it('says when the highest or the lowest figure of the range rests on fewer than 10 cases, as the map does', async () => {
    /** The districts' burglary rates of 2025, each delivered with the count of burglaries under it. */
    const withCounts = async (counts: Record<string, number>) => {
      const raw = await smallFeed();
      for (const s of raw.series.filter((s) => s.indicator === 'woninginbraak' && s.area in counts))
        s.counts = s.values.map((v) => (v === null ? null : counts[s.area]!));
      return buildCompareModel(parseFeed(raw), { indicator: 'woninginbraak' });
    };
    const many = { 'de-markiezaten': 900, 'de-baronie': 1200, 'hart-van-brabant': 800, zeeland: 600 };
    expect(describeComparison(await withCounts(many), dictionaries.nl)).not.to.contain('gevallen');
    // De Markiezaten shares the highest figure, 2,7*, with De Baronie: one of them on 9 cases is enough.
    const high = await withCounts({ ...many, 'de-markiezaten': 9 });
    expect(describeComparison(high, dictionaries.nl)).to.contain(
      'In 2025 lagen de cijfers tussen 1,6* en 2,7* woninginbraken per 1.000 inwoners. ' +
        'Het hoogste cijfer berust op minder dan 10 gevallen. Eenheid Zeeland-West-Brabant',
    );
    const both = await withCounts({ ...many, 'de-markiezaten': 9, zeeland: 4 });
    expect(describeComparison(both, dictionaries.nl)).to.contain(
      'Het hoogste en het laagste cijfer berusten op minder dan 10 gevallen.',
    );
    expect(describeComparison(both, dictionaries.en)).to.contain(
      'In 2025 the figures ranged from 1.6* to 2.7* woninginbraken per 1.000 inwoners. ' +
        'The highest and lowest figures rest on fewer than 10 cases.',
    );
    // The exported image shows the bars without the text: its notes say it too.
    expect(compareGrid(both, dictionaries.nl).notes).to.include(
      'Het hoogste en het laagste cijfer berusten op minder dan 10 gevallen.',
    );
    expect(compareGrid(await withCounts(many), dictionaries.nl).notes!.join(' ')).not.to.contain('gevallen');
  });

  it('says when survey differences are not significant, and when they were not tested', async () => {
    const raw = await smallFeed();
    const ettenLeur = raw.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0777')!;
    // 18,7 ± 2,0 against 15,5 ± 2,8: 3,2 < 3,44.
    ettenLeur.values[3] = 15.5;
    const query = { indicator: 'onveilig-eigen-buurt', level: 'gemeente', within: 'de-baronie', highlight: 'GM0777' };
    const text = describeComparison(buildCompareModel(parseFeed(raw), query), dictionaries.nl);
    expect(text).to.contain('Het hoogste en het laagste cijfer verschillen niet significant.');
    expect(text).to.contain(
      'Het verschil tussen Etten-Leur (15,5\u00a0%) en Nederland (15,9\u00a0%) is niet getoetst.',
    );
    expect(text).not.to.contain('verschilt niet significant van Nederland');

    ettenLeur.significance = { '2025': { areas: { NL01: false } } };
    const flagged = describeComparison(buildCompareModel(parseFeed(raw), query), dictionaries.nl);
    expect(flagged).to.contain('Etten-Leur (15,5\u00a0%) verschilt niet significant van Nederland (15,9\u00a0%).');

    for (const s of raw.series) delete s.margins;
    const untested = describeComparison(buildCompareModel(parseFeed(raw), query), dictionaries.en);
    expect(untested).to.contain('Whether the highest and lowest figures differ significantly has not been tested.');
    expect(untested).not.to.contain('not significant');
  });

  it('says plainly that no district figures exist for a national-only indicator', () => {
    const model = buildCompareModel(feed, { indicator: 'mensenhandel-seksuele-uitbuiting' });
    expect(describeComparison(model, dictionaries.nl)).to.equal(
      'Voor deze indicator bestaan geen cijfers per district. Alleen het landelijke cijfer is beschikbaar: ' +
        '1.110 gemelde mogelijke slachtoffers van seksuele uitbuiting in Nederland in 2025 (voorlopig cijfer).',
    );
  });

  it('gives the nearest higher figure when the gemeenten have none', () => {
    const model = buildCompareModel(feed, { indicator: 'halt-verwijzingen', level: 'gemeente', within: 'zeeland' });
    expect(describeComparison(model, dictionaries.nl)).to.equal(
      'Voor deze indicator bestaan geen cijfers per gemeente. Het cijfer van district Zeeland is wel beschikbaar: ' +
        '86,0 per 10.000 jongeren 12–17 jaar in 2025 (voorlopig cijfer).',
    );
    expect(describeComparison(model, dictionaries.en)).to.equal(
      'There are no figures per municipality for this indicator. The figure for the Zeeland district is available, ' +
        'though: 86.0 per 10.000 jongeren 12–17 jaar in 2025 (provisional figure).',
    );
  });

  it('speaks English', () => {
    const model = buildCompareModel(feed, { indicator: 'woninginbraak', sort: 'name', locale: 'en-GB' });
    expect(describeComparison(model, dictionaries.en)).to.match(
      /^In 2025 the figures ranged from 1\.6\* to 2\.7\* woninginbraken per 1\.000 inwoners\. /,
    );
  });
});

describe('provisionalWords: the provisional figures an exported map colours', () => {
  const sampleFeed = useSampleFeed();

  /** The sample feed's 2025 burglary rates of the gemeenten, final but for those named. */
  function withProvisional(count: number): { feed: Feed; provisional: string[] } {
    const feed = structuredClone(sampleFeed());
    const names = new Map(feed.areas.map((a) => [a.id, a.name]));
    const provisional: string[] = [];
    for (const s of feed.series.filter((s) => s.indicator === 'woninginbraak' && s.area.startsWith('GM'))) {
      const at = s.periods.indexOf('2025');
      if (at < 0 || s.values[at] === null) continue;
      const status = provisional.length < count ? 'provisional' : 'definitive';
      if (status === 'provisional') provisional.push(names.get(s.area)!);
      s.status = { ...s.status, '2025': status };
    }
    return { feed, provisional };
  }
  const words = (feed: Feed, lang: 'nl' | 'en' = 'nl') =>
    provisionalWords(buildMapModel(feed, { indicator: 'woninginbraak', period: '2025' }), dictionaries[lang]);

  it('names the one gemeente whose figure is provisional, as one figure', () => {
    const { feed, provisional } = withProvisional(1);
    expect(words(feed)).to.deep.equal([`Het cijfer van ${provisional[0]} over 2025 is voorlopig en kan nog wijzigen.`]);
    expect(words(feed, 'en')).to.deep.equal([
      `The figure for ${provisional[0]} in 2025 is provisional and may still change.`,
    ]);
  });

  it('names every one of seven, as the image travels without the table that would', () => {
    const { feed, provisional } = withProvisional(7);
    const [sentence] = words(feed);
    expect(sentence).to.match(/^De cijfers van .* over 2025 zijn voorlopig en kunnen nog wijzigen\.$/);
    for (const name of provisional) expect(sentence).to.contain(name);
  });

  it('says nothing where every coloured figure is final', () => {
    expect(words(withProvisional(0).feed)).to.deep.equal([]);
  });
});

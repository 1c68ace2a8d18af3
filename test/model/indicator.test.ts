import { expect } from '@open-wc/testing';
import { buildIndicatorModel } from '../../src/model/indicator.js';
import { describeIndicator, fallbackSentence, missingAfterLatestInWords } from '../../src/model/summary.js';
import { gridTable, indicatorGrid } from '../../src/model/grid.js';
import { parseFeed } from '../../src/feed/validate.js';
import { MivError } from '../../src/feed/errors.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import type { Feed } from '../../src/feed/schema.js';
import { smallFeed, withHaarenFeed } from '../fixtures/feeds.js';
import { withAltenaFeed } from './formed-area-feed.js';

describe('buildIndicatorModel', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  it('compares a gemeente with its district, the unit and Nederland by default', () => {
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758' });
    expect(model.series.map((s) => s.area.id)).to.deep.equal(['GM0758', 'de-baronie', 'zeeland-west-brabant', 'NL01']);
    expect(model.fallback).to.equal(false);
  });

  it("lists the partners' duiding of the district before the general ones, each newest first, notes of one day in the feed's order", () => {
    const note = (text: string, date: string) => ({ indicator: 'woninginbraak', text, author: 'Gemeente Breda', date });
    const withNotes = {
      ...feed,
      duiding: [
        ...feed.duiding,
        note('Oud', '2025-12-31'),
        note('Nieuw', '2026-11-02'),
        note('Eerst op dezelfde dag', '2026-04-10'),
        note('Dan op dezelfde dag', '2026-04-10'),
      ],
    };
    const model = buildIndicatorModel(withNotes, { indicator: 'woninginbraak', area: 'GM0758' });
    expect(model.duiding.map((d) => `${d.date} ${d.text.slice(0, 12)}`)).to.deep.equal([
      '2026-04-10 De daling ze',
      '2026-11-02 Nieuw',
      '2026-04-10 Eerst op dez',
      '2026-04-10 Dan op dezel',
      '2025-12-31 Oud',
    ]);
  });

  it('takes comparison lines by level or id, and none', () => {
    expect(
      buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', compare: 'land' }).series.map(
        (s) => s.area.id,
      ),
    ).to.deep.equal(['GM0758', 'NL01']);
    expect(
      buildIndicatorModel(feed, {
        indicator: 'woninginbraak',
        area: 'GM0758',
        compare: 'de-markiezaten, district',
      }).series.map((s) => s.area.id),
    ).to.deep.equal(['GM0758', 'de-markiezaten', 'de-baronie']);
    expect(
      buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', compare: 'none' }).series,
    ).to.have.length(1);
  });

  it("gives a count comparison lines only when asked: a larger area's count is no yardstick", async () => {
    const copy = await smallFeed();
    copy.indicators.find((i) => i.id === 'woninginbraak')!.kind = 'count';
    const counts = parseFeed(copy);
    expect(buildIndicatorModel(counts, { indicator: 'woninginbraak', area: 'GM0758' }).series).to.have.length(1);
    const asked = buildIndicatorModel(counts, { indicator: 'woninginbraak', area: 'GM0758', compare: 'district' });
    expect(asked.series.map((s) => s.area.id)).to.deep.equal(['GM0758', 'de-baronie']);
  });

  it('keeps a suppressed value as a gap without a number', () => {
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0748' });
    const point = model.series[0]!.points.find((p) => p.period === '2020')!;
    expect(point).to.include({ value: null, status: 'suppressed' });
  });

  it('falls back to the national trend for a national-only indicator and says so', () => {
    const model = buildIndicatorModel(feed, { indicator: 'mensenhandel-seksuele-uitbuiting', area: 'GM0758' });
    expect(model.fallback).to.equal(true);
    expect(model.shownArea.id).to.equal('NL01');
    expect(model.series.map((s) => s.area.id)).to.deep.equal(['NL01']);
    expect(fallbackSentence(model, dictionaries.nl)).to.equal(
      'Voor Breda is geen cijfer beschikbaar; u ziet het landelijke cijfer (Nederland).',
    );
  });

  it('judges a fall of a higher-is-worse rate as favourable', () => {
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758' });
    expect(model.changeFirst).to.include({ direction: 'down', judgement: 'favourable' });
  });

  it('never judges a neutral indicator', () => {
    const model = buildIndicatorModel(feed, { indicator: 'mensenhandel-seksuele-uitbuiting', area: 'NL01' });
    expect(model.changePrevious).to.include({ direction: 'up', judgement: 'neutral' });
  });

  it('calls a survey change "gelijk" when the margins overlap, and lower when they do not', () => {
    const breda = buildIndicatorModel(feed, { indicator: 'onveilig-eigen-buurt', area: 'GM0758' });
    expect(breda.changePrevious).to.include({ direction: 'same', significant: false, judgement: 'equal' });
    const nl = buildIndicatorModel(feed, { indicator: 'onveilig-eigen-buurt', area: 'NL01' });
    expect(nl.changeFirst).to.include({ direction: 'down', significant: true, judgement: 'favourable' });
  });

  it('limits periods to from/to', () => {
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'NL01', from: '2018', to: '2022' });
    expect(model.periods).to.deep.equal(['2018', '2019', '2020', '2021', '2022']);
    expect(model.missingRange).to.equal(undefined);
  });

  it('shows the whole series when from/to hold no figures, and keeps what was asked', () => {
    const whole = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758' });
    const later = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', from: '2031' });
    expect(later.missingRange).to.deep.equal({ from: '2031' });
    expect(later.periods).to.deep.equal(whole.periods);
    expect(later.shownArea.id).to.equal('GM0758');
    const reversed = buildIndicatorModel(feed, {
      indicator: 'woninginbraak',
      area: 'GM0758',
      from: '2024',
      to: '2018',
    });
    expect(reversed.missingRange).to.deep.equal({ from: '2024', to: '2018' });
    expect(reversed.latest).to.deep.equal(whole.latest);
  });

  it('names unknown ids in its errors', () => {
    const attempt = (query: { indicator: string; area: string }) => {
      try {
        buildIndicatorModel(feed, query);
      } catch (error) {
        return error as MivError;
      }
      throw new Error('expected an error');
    };
    expect(attempt({ indicator: 'nope', area: 'NL01' })).to.include({
      kind: 'unknown-indicator',
      message: 'Onbekende indicator: "nope"',
    });
    expect(attempt({ indicator: 'woninginbraak', area: 'GM0000' })).to.include({
      kind: 'unknown-area',
      message: 'Onbekend gebied: "GM0000"',
    });
  });

  it('writes a Dutch summary with the number, the changes and the comparisons', () => {
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0758', compare: 'land' });
    expect(describeIndicator(model, dictionaries.nl)).to.equal(
      'In 2025: 3,0 woninginbraken per 1.000 inwoners in Breda (voorlopig cijfer). Dat is even hoog als in 2024. ' +
        'Over de hele reeks: 3,4 lager dan in 2015 (-53\u00a0%). Ter vergelijking in 2025: Nederland (2,0*). ' +
        'De cijfers voor 2025 met een * zijn voorlopig.',
    );
  });

  it('says which kind of provisional the latest figure is: nader voorlopig, in Dutch and English', async () => {
    const raw = await smallFeed();
    const breda = raw.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    breda.status = { ...breda.status, '2025': 'revised-provisional' };
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'GM0758', compare: 'land' });
    expect(describeIndicator(model, dictionaries.nl)).to.match(
      /^In 2025: 3,0 woninginbraken per 1\.000 inwoners in Breda \(nader voorlopig cijfer\)\. /,
    );
    expect(describeIndicator(model, dictionaries.en)).to.match(
      /^In 2025: 3\.0 woninginbraken per 1\.000 inwoners in Breda \(revised provisional figure\)\. /,
    );
  });
});

describe('an area in periods it did not exist in', () => {
  /** The small feed with Etten-Leur merged away at the end of 2022: its series stop there. */
  async function mergedAway(): Promise<Feed> {
    const raw = await smallFeed();
    raw.areas.find((a) => a.id === 'GM0777')!.validTo = '2022-12-31';
    for (const s of raw.series.filter((s) => s.area === 'GM0777')) {
      const kept = s.periods.filter((p) => p <= '2022').length;
      s.periods = s.periods.slice(0, kept);
      s.values = s.values.slice(0, kept);
      if (s.margins) s.margins = s.margins.slice(0, kept);
      delete s.status;
    }
    return parseFeed(raw);
  }

  it('gives those periods the blank of "niet van toepassing", not "gegevens ontbreken", in words and in the table', async () => {
    const { nl, en } = dictionaries;
    const model = buildIndicatorModel(await mergedAway(), { indicator: 'woninginbraak', area: 'GM0777' });
    expect(missingAfterLatestInWords(model.missingAfterLatest, nl)).to.deep.equal([
      'Etten-Leur bestaat sinds 1 januari 2023 niet meer als gemeente.',
    ]);
    expect(describeIndicator(model, nl)).to.contain(
      'In 2022: 3,2 woninginbraken per 1.000 inwoners in Etten-Leur. Dat is 0,3 lager dan in 2021 (-9\u00a0%). ' +
        'Over de hele reeks: 2,0 lager dan in 2015 (-38\u00a0%). Etten-Leur bestaat sinds 1 januari 2023 niet meer als gemeente.',
    );
    expect(describeIndicator(model, en)).to.contain(
      'Etten-Leur has not existed as a municipality since 1 January 2023.',
    );
    const table = gridTable(indicatorGrid(model, nl), nl);
    expect(table.rows.slice(-4).map((r) => [r.header, r.cells[0]])).to.deep.equal([
      ['2022', '3,2'],
      ['2023', ''],
      ['2024', ''],
      ['2025', ''],
    ]);
    expect(table.legend).to.deep.equal(['* voorlopig', '(leeg) niet van toepassing']);
  });

  it('says that a former gemeente no longer exists, not that its figures are missing', async () => {
    const feed = parseFeed(await withHaarenFeed());
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0788' });
    expect(model.shownArea.id).to.equal('GM0788');
    expect(missingAfterLatestInWords(model.missingAfterLatest, dictionaries.nl)).to.deep.equal([
      'Haaren bestaat sinds 1 januari 2021 niet meer als gemeente.',
    ]);
    expect(describeIndicator(model, dictionaries.nl)).to.match(
      / Haaren bestaat sinds 1 januari 2021 niet meer als gemeente\. Ter vergelijking in 2020: /,
    );
  });

  it('shows no district in place of a former gemeente after it ended: its own figures, and why there are no later ones', async () => {
    const feed = parseFeed(await withHaarenFeed());
    const model = buildIndicatorModel(feed, { indicator: 'woninginbraak', area: 'GM0788', from: '2022' });
    expect(model.shownArea.id, 'not Hart van Brabant').to.equal('GM0788');
    expect(model.fallback).to.equal(false);
    expect(fallbackSentence(model, dictionaries.nl)).to.equal(undefined);
    expect(model.missingRange).to.deep.equal({ from: '2022' });
    expect(model.latest?.period).to.equal('2020');
    expect(missingAfterLatestInWords(model.missingAfterLatest, dictionaries.nl)).to.deep.equal([
      'Haaren bestaat sinds 1 januari 2021 niet meer als gemeente.',
    ]);
    expect(missingAfterLatestInWords(model.missingAfterLatest, dictionaries.en)).to.deep.equal([
      'Haaren has not existed as a municipality since 1 January 2021.',
    ]);
  });

  it('lets a higher level stand in for a former gemeente only in the periods it existed in', async () => {
    const feed = parseFeed(await withHaarenFeed());
    const model = buildIndicatorModel(feed, { indicator: 'mensenhandel-seksuele-uitbuiting', area: 'GM0788' });
    expect(model.shownArea.id).to.equal('NL01');
    expect(fallbackSentence(model, dictionaries.nl)).to.equal(
      'Voor Haaren is geen cijfer beschikbaar; u ziet het landelijke cijfer (Nederland).',
    );
    expect(model.periods.at(-1)).to.equal('2020');
    expect(model.latest?.period).to.equal('2020');
    expect(missingAfterLatestInWords(model.missingAfterLatest, dictionaries.nl)).to.deep.equal([
      'Haaren bestaat sinds 1 januari 2021 niet meer als gemeente.',
    ]);
  });

  it('lets no higher level stand in for a gemeente before it was formed either', async () => {
    const raw = await smallFeed();
    // Etten-Leur formed in 2019, without its history recomputed: its own series starts then.
    raw.areas.find((a) => a.id === 'GM0777')!.validFrom = '2019-01-01';
    for (const s of raw.series.filter((s) => s.area === 'GM0777')) {
      const from = s.periods.findIndex((p) => p >= '2019');
      s.periods = s.periods.slice(from);
      s.values = s.values.slice(from);
      if (s.margins) s.margins = s.margins.slice(from);
      delete s.status;
    }
    const model = buildIndicatorModel(parseFeed(raw), { indicator: 'woninginbraak', area: 'GM0777', to: '2017' });
    expect(model.shownArea.id, 'not De Baronie').to.equal('GM0777');
    expect(model.missingRange).to.deep.equal({ to: '2017' });
    expect(model.series[0]!.points.find((p) => p.period === '2017')).to.include({ status: 'not-applicable' });
  });

  it('offers a period control the periods of the lines drawn: each end of the chart is a choice, and no other', async () => {
    const haaren = parseFeed(await withHaarenFeed());
    const alone = buildIndicatorModel(haaren, { indicator: 'woninginbraak', area: 'GM0788', compare: 'none' });
    expect(alone.allPeriods.at(-1), 'Haaren alone ends when it ended').to.equal('2020');
    const beside = buildIndicatorModel(haaren, { indicator: 'woninginbraak', area: 'GM0788' });
    expect(beside.allPeriods.at(-1), 'its district runs on').to.equal('2025');
    const altena = buildIndicatorModel(parseFeed(await withAltenaFeed()), {
      indicator: 'woninginbraak',
      area: 'GM1959',
    });
    const drawn = altena.series.flatMap((s) => s.points.map((p) => p.period)).sort();
    expect(altena.allPeriods[0], 'Altena, formed in 2019, beside lines from before').to.equal(drawn[0]);
    expect(drawn[0]).to.not.equal('2019');
  });
});

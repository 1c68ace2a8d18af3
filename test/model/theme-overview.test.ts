import { expect } from '@open-wc/testing';
import { parseFeed } from '../../src/feed/validate.js';
import { MivError } from '../../src/feed/errors.js';
import { buildThemeOverview } from '../../src/model/theme-overview.js';
import type { Feed } from '../../src/feed/schema.js';
import { missingAfterLatestInWords } from '../../src/model/summary.js';
import { dictionaries } from '../../src/i18n/dictionaries.js';
import { smallFeed, withHaarenFeed } from '../fixtures/feeds.js';

describe('buildThemeOverview', () => {
  let feed: Feed;
  before(async () => {
    feed = parseFeed(await smallFeed());
  });

  it('has a card per indicator of the theme, in feed order, with latest value and change', () => {
    const overview = buildThemeOverview(feed, { theme: 'veilige-buurt-en-omgeving', area: 'GM0758' });
    expect(overview.cards.map((c) => c.indicator.id)).to.deep.equal(['woninginbraak', 'onveilig-eigen-buurt']);
    const [burglary] = overview.cards;
    expect(burglary!.latest!.period).to.equal('2025');
    expect(burglary!.change!.from.period).to.equal('2024');
    expect(burglary!.points).to.have.length(11);
  });

  it('cuts the sparkline at a break of the area and measures no change across it', async () => {
    const raw = await smallFeed();
    raw.indicators.find((i) => i.id === 'woninginbraak')!.breaks = [
      { period: '2019', reason: 'Nieuwe methode', areas: ['GM0758'] },
      { period: '2025', reason: 'Nog een', areas: ['GM0748'] },
    ];
    const [breda] = buildThemeOverview(parseFeed(raw), { theme: 'veilige-buurt-en-omgeving', area: 'GM0758' }).cards;
    expect(breda!.breaks).to.deep.equal([4]);
    const [bergen] = buildThemeOverview(parseFeed(raw), { theme: 'veilige-buurt-en-omgeving', area: 'GM0748' }).cards;
    expect(bergen!.change).to.equal(null);
  });

  it('falls back to the nearest level with numbers and says so', () => {
    const [card] = buildThemeOverview(feed, { theme: 'georganiseerde-criminaliteit', area: 'GM0758' }).cards;
    expect(card!.fallback).to.equal(true);
    expect(card!.shownArea!.id).to.equal('NL01');
  });

  it('says on the cards of a former gemeente that it no longer exists, with or without figures of its own', async () => {
    const haaren = parseFeed(await withHaarenFeed());
    const [burglary, survey] = buildThemeOverview(haaren, { theme: 'veilige-buurt-en-omgeving', area: 'GM0788' }).cards;
    const ended = ['Haaren bestaat sinds 1 januari 2021 niet meer als gemeente.'];
    expect(burglary!.latest!.period).to.equal('2020');
    expect(missingAfterLatestInWords(burglary!.missing, dictionaries.nl)).to.deep.equal(ended);
    // No survey figure of its own: its district's, for 2019 only, when Haaren still existed.
    expect(survey!.shownArea!.id).to.equal('hart-van-brabant');
    expect(survey!.latest!.period).to.equal('2019');
    expect(missingAfterLatestInWords(survey!.missing, dictionaries.nl)).to.deep.equal(ended);
  });

  it('sorts by the size of the relative change, putting "no change" last', () => {
    const copy = structuredClone(feed);
    // Make the survey's change significant and larger than burglary's.
    const survey = copy.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758')!;
    survey.values = [20, 18, 10, 30];
    const overview = buildThemeOverview(copy, { theme: 'veilige-buurt-en-omgeving', area: 'GM0758', sort: 'change' });
    expect(overview.cards.map((c) => c.indicator.id)).to.deep.equal(['onveilig-eigen-buurt', 'woninginbraak']);

    // The survey's 2023 geheim: its card still names the change since 2021, but a change over four
    // years is not ranked among changes over two.
    survey.values = [20, 18, null, 30];
    survey.status = { '2023': 'suppressed' };
    const across = buildThemeOverview(copy, { theme: 'veilige-buurt-en-omgeving', area: 'GM0758', sort: 'change' });
    expect(across.cards[1]!.change).to.include({ significance: 'significant', direction: 'up' });
    expect(across.cards[1]!.change!.from.period).to.equal('2021');
    expect(across.cards.map((c) => c.indicator.id)).to.deep.equal(['woninginbraak', 'onveilig-eigen-buurt']);
  });

  it('throws unknown-theme and unknown-area', () => {
    expect(() => buildThemeOverview(feed, { theme: 'x', area: 'GM0758' }))
      .to.throw(MivError)
      .with.property('kind', 'unknown-theme');
    expect(() => buildThemeOverview(feed, { theme: 'zorg-en-veiligheid', area: 'x' }))
      .to.throw(MivError)
      .with.property('kind', 'unknown-area');
  });
});

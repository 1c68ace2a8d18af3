import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivTheme } from '../../../src/components/miv-theme/miv-theme.js';
import type { MivSelectDetail } from '../../../src/components/miv-data-element.js';
import type { MivErrorDetail } from '../../../src/components/miv-chart-element.js';
import { secretSurveyFeed, SMALL_FEED_URL, smallFeed } from '../../fixtures/feeds.js';
import { accessibleName, feedUrl, SAMPLE_FEED_URL } from '../../helpers.js';
import { MANY, manyIndicatorsUrl } from './many-indicators.js';

const cards = (el: MivTheme) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part~="card"]')];

async function ready(el: Promise<MivTheme>): Promise<MivTheme> {
  const theme = await el;
  await waitUntil(() => cards(theme).length > 0, 'the cards are drawn');
  return theme;
}

describe('<miv-theme>', () => {
  it('has a card button per indicator with name, sparkline, latest value, status and change', async () => {
    const el = await ready(
      fixture<MivTheme>(
        html`<miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`,
      ),
    );
    expect(el.shadowRoot!.querySelector('[part="title"]')!.textContent).to.equal(
      'Veilige buurt en Risico’s & Omgeving',
    );
    const [burglary, survey] = cards(el);
    expect(burglary!.tagName).to.equal('BUTTON');
    expect(burglary!.querySelector('.name')!.textContent).to.equal('Woninginbraak');
    expect(burglary!.querySelector('[part="value"]')!.textContent).to.match(/^\d+,\d\*$/);
    expect(burglary!.querySelector('.period')!.textContent).to.equal('2025 (voorlopig)');
    expect(burglary!.querySelector('.missing'), 'a figure in the last period').to.equal(null);
    expect(burglary!.querySelectorAll('svg[aria-hidden="true"] path').length, 'a drawn sparkline').to.be.greaterThan(1);
    // A survey difference within the margins is "gelijk" and stays neutral.
    expect(survey!.querySelector('[part="change"]')!.getAttribute('data-judgement')).to.equal('equal');
    expect(survey!.querySelector('[part="change"]')!.textContent).to.contain(
      'gelijk aan 2023 (verschil niet significant)',
    );
    expect(el.shadowRoot!.querySelector('[part="link"]'), 'a theme without a link shows none').to.equal(null);
  });

  it("writes a card's figure in the indicator's words, never the table's unit ('aantal')", async () => {
    const [rates, counts] = await Promise.all(
      ['veilige-buurt-en-omgeving', 'georganiseerde-criminaliteit'].map((theme) =>
        ready(fixture<MivTheme>(html`<miv-theme src=${SMALL_FEED_URL} theme=${theme} area="GM0758"></miv-theme>`)),
      ),
    );
    const latest = (card: HTMLElement) => card.querySelector('.latest')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(latest(cards(rates!)[0]!)).to.match(/^\d+,\d\* woninginbraken per 1\.000 inwoners$/);
    // As a screen reader names the card: the words apart from the figure.
    const card = await accessibleName('button', (name) => name.startsWith('Woninginbraak'));
    expect(card).to.match(/^Woninginbraak \d+,\d\*\swoninginbraken per 1\.000 inwoners\s/);
    const trafficking = cards(counts!)[0]!;
    expect(trafficking.querySelector('.name')!.textContent).to.contain('uitbuiting');
    expect(latest(trafficking)).to.match(/^[\d.]+\*? gemelde mogelijke slachtoffers van seksuele uitbuiting$/);
  });

  it('words the figures of Goes as the beleidsdialoog reads them: rapportcijfer 7,5, ± 2,93 procentpunt', async () => {
    const [neighbourhood, digital] = await Promise.all(
      ['veilige-buurt-en-omgeving', 'digitale-veiligheid'].map((theme) =>
        ready(fixture<MivTheme>(html`<miv-theme src=${SAMPLE_FEED_URL} theme=${theme} area="GM0664"></miv-theme>`)),
      ),
    );
    const text = (node: Element | null) => node!.textContent!.replace(/\s+/g, ' ').trim();
    const card = (el: MivTheme, name: string) => cards(el).find((c) => text(c.querySelector('.name')) === name)!;
    const figures = (el: MivTheme, name: string) =>
      ['.latest', '.period'].map((part) => text(card(el, name).querySelector(part)));
    expect(figures(neighbourhood!, 'Rapportcijfer veiligheid buurt')).to.deep.equal([
      'rapportcijfer 7,5',
      '2025, marge ± 0,1 (95 %)',
    ]);
    // Margins as delivered, as they were tested: 0,13 and 2,93, not 0,1 and 2,9.
    expect(figures(neighbourhood!, 'Sociale overlast')).to.deep.equal(['schaalscore 1,3', '2025, marge ± 0,13 (95 %)']);
    expect(figures(neighbourhood!, 'Onveilig in eigen buurt')).to.deep.equal([
      '17,6 % van de inwoners van 15 jaar en ouder',
      '2025, marge ± 2,93 procentpunt (95 %)',
    ]);
    // Counts in a table's unit of their own ("aantal meldingen/slachtoffers") read in words too.
    expect(text(card(digital!, 'Vriend-in-noodfraude').querySelector('.latest'))).to.equal(
      '2.822* meldingen van vriend-in-noodfraude',
    );
    expect(text(card(digital!, 'Bankhelpdeskfraude').querySelector('.latest'))).to.equal(
      '2.477* meldingen van bankhelpdeskfraude',
    );
  });

  it('says on a card when the periods after its latest figure have none', async () => {
    const el = await ready(
      fixture<MivTheme>(
        html`<miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0744"></miv-theme>`,
      ),
    );
    const burglary = cards(el)[0]!;
    expect(burglary.querySelector('.period')!.textContent).to.equal('2024');
    expect(burglary.querySelector('.missing')!.textContent).to.equal('2025: geen cijfer (geheim)');
  });

  it('says on a card when its change compares with a year of a special period', async () => {
    const feed = await smallFeed();
    // Breda's burglary without figures for 2022–2024: 2025 is compared with 2021, a Corona year.
    const breda = feed.series.find((s) => s.indicator === 'woninginbraak' && s.area === 'GM0758')!;
    breda.values = breda.values.map((v, i) => (['2022', '2023', '2024'].includes(breda.periods[i]!) ? null : v));
    breda.status = { ...breda.status, '2022': 'suppressed', '2023': 'suppressed', '2024': 'suppressed' };
    const [corona, usual] = await Promise.all(
      [feedUrl(feed), SMALL_FEED_URL].map((url) =>
        ready(
          fixture<MivTheme>(html`<miv-theme src=${url} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`),
        ),
      ),
    );
    const notes = (el: MivTheme) => [...cards(el)[0]!.querySelectorAll('.note')].map((n) => n.textContent);
    expect(cards(corona!)[0]!.querySelector('[part="change"]')!.textContent).to.contain('lager dan in 2021');
    expect(notes(corona!)).to.deep.equal(['Bijzondere periode 2020–2021 (Corona)']);
    expect(notes(usual!), '2025 against 2024: no special period in the change').to.deep.equal([]);
  });

  it('names the source on every card and the feed’s Stand once', async () => {
    const el = await ready(
      fixture<MivTheme>(
        html`<miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`,
      ),
    );
    expect(cards(el).map((c) => c.querySelector('.source')!.textContent)).to.deep.equal([
      'Bron: CBS (Bbv) / Politie',
      'Bron: CBS Veiligheidsmonitor',
    ]);
    const text = el.shadowRoot!.textContent!.replace(/\s+/g, ' ');
    expect(text.match(/Stand: 15 juni 2026/g)).to.have.length(1);
    expect(el.shadowRoot!.querySelector('[part="header"]')!.textContent, 'above the cards').to.contain(
      'Stand: 15 juni 2026',
    );
  });

  it("shows the theme's link under its title", async () => {
    const feed = await smallFeed();
    feed.themes.find((t) => t.id === 'georganiseerde-criminaliteit')!.link = {
      title: 'Zicht op Ondermijning (CBS / ministerie van BZK)',
      url: 'https://www.zichtopondermijning.nl/',
    };
    const el = await ready(
      fixture<MivTheme>(html`<miv-theme src=${feedUrl(feed)} theme="georganiseerde-criminaliteit"></miv-theme>`),
    );
    const link = el.shadowRoot!.querySelector<HTMLAnchorElement>('[part="header"] [part="link"] a')!;
    expect([link.textContent, link.href]).to.deep.equal([
      'Zicht op Ondermijning (CBS / ministerie van BZK)',
      'https://www.zichtopondermijning.nl/',
    ]);
    expect(el.shadowRoot!.querySelector('[part="link"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Zie ook: Zicht op Ondermijning (CBS / ministerie van BZK)',
    );
  });

  it('colours a change by polarity and keeps neutral indicators neutral', async () => {
    const el = await ready(
      fixture<MivTheme>(html`<miv-theme src=${SMALL_FEED_URL} theme="zorg-en-veiligheid" area="GM0758"></miv-theme>`),
    );
    const change = cards(el)[0]!.querySelector('[part="change"]')!;
    expect(change.textContent).to.contain('hoger dan in 2024');
    expect(change.getAttribute('data-judgement')).to.equal('neutral');
    const neutral = getComputedStyle(change).color;
    const burglary = await ready(
      fixture<MivTheme>(
        html`<miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0748"></miv-theme>`,
      ),
    );
    const favourable = cards(burglary)[0]!.querySelector('[part="change"]')!;
    expect(favourable.getAttribute('data-judgement'), 'burglary rose in Bergen op Zoom').to.equal('unfavourable');
    expect(getComputedStyle(favourable).color).not.to.equal(neutral);
    // Not by its colour alone (WCAG 1.4.1): a neutral change has no such word.
    expect(favourable.textContent!.trim()).to.match(/, ongunstig$/);
    expect(change.textContent).not.to.match(/gunstig/);
  });

  it('marks the years at both ends of a sparkline, also for half-years', async () => {
    const feed = await smallFeed();
    const breda = feed.series.find((x) => x.indicator === 'woninginbraak' && x.area === 'GM0758')!;
    // The same eleven numbers as half-years: 2020-H1 to 2025-H1.
    breda.periods = breda.periods.map((_, n) => `${2020 + Math.floor(n / 2)}-H${(n % 2) + 1}`);
    delete breda.status;
    delete breda.notes;
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    try {
      const el = await ready(
        fixture<MivTheme>(html`<miv-theme src=${url} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`),
      );
      const range = cards(el)[0]!.querySelector('.range')!;
      expect([...range.children].map((c) => c.textContent)).to.deep.equal(['2020', '2025']);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('says when a card shows a higher level’s numbers', async () => {
    const el = await ready(
      fixture<MivTheme>(
        html`<miv-theme src=${SMALL_FEED_URL} theme="georganiseerde-criminaliteit" area="GM0758"></miv-theme>`,
      ),
    );
    expect(cards(el)[0]!.querySelector('.note')!.textContent).to.equal('Geen eigen cijfer; Nederland getoond');
    expect(cards(el)[0]!.querySelector('svg[data-fallback]'), 'drawn dashed').to.exist;
    const feed = await smallFeed();
    feed.series = feed.series.filter((s) => !(s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758'));
    const district = await ready(
      fixture<MivTheme>(
        html`<miv-theme src=${feedUrl(feed)} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`,
      ),
    );
    expect(cards(district)[1]!.querySelector('.note')!.textContent).to.equal(
      'Geen eigen cijfer; district De Baronie getoond',
    );
    // Breda's survey figures all geheim: the card says so, as a comparison of the same figures does.
    const withheld = await ready(
      fixture<MivTheme>(
        html`<miv-theme
          src=${feedUrl(await secretSurveyFeed())}
          theme="veilige-buurt-en-omgeving"
          area="GM0758"
        ></miv-theme>`,
      ),
    );
    expect(cards(withheld)[1]!.querySelector('.note')!.textContent).to.equal(
      'Geen eigen cijfer (geheim); district De Baronie getoond',
    );
  });

  it('fires miv-select with the indicator on click and on Enter', async () => {
    const el = await ready(
      fixture<MivTheme>(
        html`<miv-theme src=${SMALL_FEED_URL} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`,
      ),
    );
    let event = oneEvent(el, 'miv-select');
    cards(el)[1]!.click();
    expect(((await event) as CustomEvent<MivSelectDetail>).detail).to.deep.equal({
      area: 'GM0758',
      indicator: 'onveilig-eigen-buurt',
    });
    cards(el)[0]!.focus();
    event = oneEvent(el, 'miv-select');
    await sendKeys({ press: 'Enter' });
    expect(((await event) as CustomEvent<MivSelectDetail>).detail.indicator).to.equal('woninginbraak');
  });

  it('marks the card of the indicator open on the page as the current one', async () => {
    const el = await ready(
      fixture<MivTheme>(
        html`<miv-theme
          src=${SMALL_FEED_URL}
          theme="veilige-buurt-en-omgeving"
          area="GM0758"
          indicator="onveilig-eigen-buurt"
        ></miv-theme>`,
      ),
    );
    expect(cards(el).map((c) => c.getAttribute('aria-current'))).to.deep.equal([null, 'true']);
    expect(
      cards(el).map((c) => getComputedStyle(c).outlineStyle),
      'marked by a ring, not by colour alone',
    ).to.deep.equal(['none', 'solid']);
    el.indicator = 'woninginbraak';
    await el.updateComplete;
    expect(cards(el).map((c) => c.getAttribute('aria-current'))).to.deep.equal(['true', null]);
  });

  it('makes the cards links with href-template', async () => {
    const el = await ready(
      fixture<MivTheme>(
        html`<miv-theme
          src=${SMALL_FEED_URL}
          theme="veilige-buurt-en-omgeving"
          area="GM0758"
          href-template=${'detail.html?indicator={indicator}&area={area}'}
        ></miv-theme>`,
      ),
    );
    const link = cards(el)[0] as HTMLAnchorElement;
    expect(link.tagName).to.equal('A');
    expect(link.getAttribute('href')).to.equal('detail.html?indicator=woninginbraak&area=GM0758');
  });

  it('shows all 66 indicators as 66 cards with sparklines and no chart engine', async () => {
    const url = await manyIndicatorsUrl();
    try {
      const el = await ready(
        fixture<MivTheme>(html`<miv-theme src=${url} theme="veilige-buurt-en-omgeving" area="GM0758"></miv-theme>`),
      );
      expect(cards(el)).to.have.length(MANY);
      expect(el.shadowRoot!.querySelectorAll('svg.spark')).to.have.length(MANY);
      expect(el.shadowRoot!.querySelector('[part="header"] p')!.textContent).to.equal('Breda · 66 indicatoren');
      expect(el.shadowRoot!.querySelector('canvas, [_echarts_instance_]'), 'no ECharts instance').to.equal(null);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('orders by the size of the change with sort="change"', async () => {
    const feed = await smallFeed();
    // A significant jump of the survey, larger than burglary's change (none) in Breda.
    feed.series.find((s) => s.indicator === 'onveilig-eigen-buurt' && s.area === 'GM0758')!.values = [20, 18, 10, 30];
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    try {
      const names = async (sort: string) => {
        const el = await ready(
          fixture<MivTheme>(
            html`<miv-theme src=${url} theme="veilige-buurt-en-omgeving" area="GM0758" sort=${sort}></miv-theme>`,
          ),
        );
        return cards(el).map((c) => c.querySelector('.name')!.textContent);
      };
      expect(await names('feed')).to.deep.equal(['Woninginbraak', 'Onveilig in buurt']);
      expect(await names('change')).to.deep.equal(['Onveilig in buurt', 'Woninginbraak']);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('reports an unknown theme in Dutch and with miv-error', async () => {
    const el = document.createElement('miv-theme');
    el.src = SMALL_FEED_URL;
    el.theme = 'bestaat-niet';
    const event = oneEvent(el, 'miv-error');
    document.body.append(el);
    try {
      expect(((await event) as CustomEvent<MivErrorDetail>).detail.kind).to.equal('unknown-theme');
      expect(el.shadowRoot!.querySelector('[role="alert"] p')!.textContent).to.equal('Thema niet gevonden.');
      // A theme given by its title: the message names the id to use.
      el.theme = 'Zorg en Veiligheid';
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"] p')?.textContent !== 'Thema niet gevonden.');
      expect(el.shadowRoot!.querySelector('[role="alert"] p')!.textContent).to.equal(
        'Thema niet gevonden. Bedoelt u „zorg-en-veiligheid” (Zorg en Veiligheid)?',
      );
      // No theme at all: said so, not that it was not found.
      el.theme = '';
      await waitUntil(() => el.shadowRoot!.querySelector('[role="alert"] p')?.textContent?.startsWith('Er is'));
      expect(el.shadowRoot!.querySelector('[role="alert"] p')!.textContent).to.equal(
        'Er is geen thema opgegeven (het attribuut theme ontbreekt).',
      );
    } finally {
      el.remove();
    }
  });
});

import { expect, fixture, html, nextFrame, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivFeed } from '../../../src/components/miv-feed/miv-feed.js';
import type { MivTheme } from '../../../src/components/miv-theme/miv-theme.js';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { MivDistrictCompare } from '../../../src/components/miv-district-compare/miv-district-compare.js';
import { SMALL_FEED_URL } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, query, text } from '../../helpers.js';

const params = () => new URL(location.href).searchParams;
const subtitle = (el: MivTheme) => text(el, '[part="header"] p');
const title = (el: Element) => text(el, '[part="title"]');
const status = (el: Element) => text(el, '[part="status"]');
const periodSelect = (el: MivDistrictCompare) => query<HTMLSelectElement>(el, 'select[part="period"]');
const areaSelect = (feed: MivFeed) => query<HTMLSelectElement>(feed.querySelector('miv-area-picker')!, 'select');

/** Picks an option of a native select as a reader does: its value, then its change event. */
function choose(select: HTMLSelectElement, value: string): void {
  select.value = value;
  select.dispatchEvent(new Event('change', { bubbles: true }));
}

/**
 * The page's session history as Back and Forward see it: the entries this page wrote, recorded from
 * its own `pushState`/`replaceState` calls. Stepping through them sets the URL and fires `popstate`,
 * as the browser does. The browser's own traversal is not used here: the test runner reuses its tabs,
 * whose history is capped at 50 entries and runs into other test pages; a real Back on the demo is
 * tested in `test/node/demo-link.test.ts`.
 */
const session = { entries: [] as string[], index: 0 };
const { pushState, replaceState } = History.prototype;

function recordHistory(): void {
  session.entries = [location.href];
  session.index = 0;
  history.pushState = function (data: unknown, unused: string, url?: string | URL | null) {
    pushState.call(this, data, unused, url);
    session.entries.splice(++session.index, Infinity, location.href);
  };
  history.replaceState = function (data: unknown, unused: string, url?: string | URL | null) {
    replaceState.call(this, data, unused, url);
    session.entries[session.index] = location.href;
  };
}

function restoreHistory(): void {
  history.pushState = pushState;
  history.replaceState = replaceState;
}

/** Goes one step back or forward in the page's history, as the browser's Back and Forward do. */
async function go(step: -1 | 1): Promise<void> {
  const target = session.index + step;
  expect(target, 'an entry this page wrote').to.be.within(0, session.entries.length - 1);
  session.index = target;
  replaceState.call(history, null, '', session.entries[target]);
  window.dispatchEvent(new PopStateEvent('popstate', { state: null }));
  await nextFrame();
}

/** A page with a URL-keeping feed, opened from `?<query>`: an area picker, a theme and a detail pair. */
async function openPage(query: string): Promise<MivFeed> {
  history.replaceState(null, '', `${location.pathname}${query}`);
  return fixture<MivFeed>(
    html`<miv-feed src=${SMALL_FEED_URL} area="zeeland-west-brabant" url-state>
      <miv-area-picker></miv-area-picker>
      <miv-theme url-view theme="veilige-buurt-en-omgeving"></miv-theme>
      <miv-indicator url-view indicator="woninginbraak"></miv-indicator>
      <miv-district-compare url-view indicator="woninginbraak"></miv-district-compare>
      <miv-indicator id="other" indicator="halt-verwijzingen"></miv-indicator>
    </miv-feed>`,
  );
}

describe('<miv-feed url-state>', () => {
  failOnConsoleErrors();
  let original: string;
  beforeEach(() => {
    original = location.href;
    recordHistory();
  });
  afterEach(() => {
    restoreHistory();
    history.replaceState(null, '', original);
  });

  it('opens the view a link names, on the elements marked url-view only', async () => {
    const feed = await openPage('?gebied=GM0758&indicator=onveilig-eigen-buurt&periode=2021&vergelijk=none&x=1');
    const theme = feed.querySelector('miv-theme')!;
    const [indicator, other] = [...feed.querySelectorAll('miv-indicator')] as [MivIndicator, MivIndicator];
    const compare = feed.querySelector('miv-district-compare')!;
    await waitUntil(() => subtitle(theme).startsWith('Breda'), 'the link’s area');
    await waitUntil(() => title(indicator) && title(other) && periodSelect(compare), 'the detail is shown');
    expect(title(indicator)).to.contain('onveilig');
    expect(compare.indicator).to.equal('onveilig-eigen-buurt');
    // The theme marks the card of the indicator open beside it.
    const current = [...theme.shadowRoot!.querySelectorAll('[part="card"][aria-current="true"]')];
    expect(current.map((c) => c.querySelector('.name')!.textContent)).to.deep.equal(['Onveilig in buurt']);
    // The reader's period, with the picker still there to choose another.
    expect(periodSelect(compare)!.value).to.equal('2021');
    expect(indicator.compare, 'the comparison mode').to.equal('none');
    expect(other.indicator, 'an element without url-view keeps its own').to.equal('halt-verwijzingen');
    expect(other.compare).to.equal('');
    expect(params().get('x'), 'other parameters are left alone').to.equal('1');
  });

  it('opens an index on the base a link names, as a citation of it writes', async () => {
    const feed = await openPage('?schaal=index&basis=2019');
    const [indicator, other] = [...feed.querySelectorAll('miv-indicator')] as [MivIndicator, MivIndicator];
    await waitUntil(() => title(indicator) && title(other), 'the charts are shown');
    expect(indicator.base).to.equal('2019');
    await waitUntil(() => indicator.shadowRoot!.textContent!.includes('index, 2019 = 100'), 'the index on 2019');
    expect(other.base, 'an element without url-view keeps its own').to.equal('');
  });

  it('writes each choice as a history entry that Back and Forward step through', async () => {
    const feed = await openPage('');
    const theme = feed.querySelector('miv-theme')!;
    const compare = feed.querySelector('miv-district-compare')!;
    await waitUntil(() => areaSelect(feed) && periodSelect(compare), 'the controls are shown');
    const latest = periodSelect(compare)!.value;

    choose(areaSelect(feed)!, 'GM0758');
    await waitUntil(() => subtitle(theme).startsWith('Breda'), 'the chosen area is shown');
    choose(periodSelect(compare)!, '2020');
    await compare.updateComplete;
    expect(params().get('gebied')).to.equal('GM0758');
    expect(params().get('periode')).to.equal('2020');

    // Two choices, two entries: the second Back is the page as it opened. (Not `history.length`: the
    // browser caps it at 50, and a test page may already have that many.)
    await go(-1);
    expect(params().get('periode')).to.equal(null);
    await waitUntil(() => periodSelect(compare)?.value === latest, 'Back shows the latest period again');
    expect(feed.area, 'the area of that entry').to.equal('GM0758');

    await go(-1);
    await waitUntil(() => subtitle(theme).startsWith('Eenheid Zeeland-West-Brabant'), 'Back restores the page’s area');
    expect(areaSelect(feed)!.value).to.equal('zeeland-west-brabant');

    await go(1);
    await waitUntil(() => subtitle(theme).startsWith('Breda'), 'Forward brings the area back');
    await go(1);
    await waitUntil(() => periodSelect(compare)?.value === '2020', 'and the period');
  });

  it('replaces the entry for quick repeats of the same choice, such as arrowing through a select', async () => {
    const feed = await openPage('');
    await waitUntil(() => areaSelect(feed), 'the picker is shown');
    choose(areaSelect(feed)!, 'de-baronie');
    choose(areaSelect(feed)!, 'GM0758');
    expect(params().get('gebied')).to.equal('GM0758');
    await go(-1);
    expect(params().get('gebied'), 'one Back returns to before both choices').to.equal(null);
  });

  it('shows the usual message for unknown values in the link, and the rest of the page keeps working', async () => {
    const feed = await openPage('?indicator=bestaat-niet&thema=ook-niet');
    const theme = feed.querySelector('miv-theme')!;
    const indicator = feed.querySelector('miv-indicator')!;
    const other = feed.querySelector<MivIndicator>('#other')!;
    await waitUntil(() => status(indicator) && status(theme) && title(other), 'every element has drawn');
    expect(status(indicator)).to.contain('Indicator „bestaat-niet” niet gevonden.');
    expect(status(theme)).to.contain('Thema niet gevonden.');
    choose(areaSelect(feed)!, 'GM0758');
    await waitUntil(() => feed.area === 'GM0758', 'the picker still chooses');
    expect(params().get('gebied')).to.equal('GM0758');
    expect(title(other)).to.contain('Halt');
  });

  it('keeps choices of elements without url-view out of the URL, and writes what a page script announces', async () => {
    history.replaceState(null, '', location.pathname);
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} url-state>
        <div role="tablist"></div>
        <miv-theme url-view theme="veilige-buurt-en-omgeving"></miv-theme>
        <miv-district-compare indicator="woninginbraak"></miv-district-compare>
      </miv-feed>`,
    );
    const compare = feed.querySelector('miv-district-compare')!;
    await waitUntil(() => periodSelect(compare), 'the picker is shown');
    choose(periodSelect(compare)!, '2020');
    expect(params().get('periode')).to.equal(null);

    const theme = feed.querySelector('miv-theme')!;
    feed
      .querySelector('[role="tablist"]')!
      .dispatchEvent(new CustomEvent('miv-view-change', { detail: { theme: 'zorg-en-veiligheid' }, bubbles: true }));
    expect(params().get('thema')).to.equal('zorg-en-veiligheid');
    await waitUntil(() => title(theme) === 'Zorg en Veiligheid', 'the follower shows the announced theme');
  });

  it('follows only the keys a url-view lists', async () => {
    history.replaceState(null, '', `${location.pathname}?indicator=halt-verwijzingen&periode=2020`);
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} url-state>
        <miv-district-compare url-view="period" indicator="woninginbraak"></miv-district-compare>
      </miv-feed>`,
    );
    const compare = feed.querySelector('miv-district-compare')!;
    await waitUntil(() => periodSelect(compare)?.value === '2020', 'the period of the link');
    expect(compare.indicator).to.equal('woninginbraak');
  });

  it('keeps the area picker’s url-param working beside it, one history entry per choice', async () => {
    history.replaceState(null, '', location.pathname);
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} area="NL01" url-state>
        <miv-area-picker url-param="gebied"></miv-area-picker>
      </miv-feed>`,
    );
    await waitUntil(() => areaSelect(feed), 'the picker is shown');
    choose(areaSelect(feed)!, 'GM0748');
    expect(params().get('gebied')).to.equal('GM0748');
    await go(-1);
    expect(params().get('gebied')).to.equal(null);
    await waitUntil(() => feed.area === 'NL01', 'Back returns to the page’s area');
  });
});

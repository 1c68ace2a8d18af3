import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivFeed } from '../../../src/components/miv-feed/miv-feed.js';
import type { MivAreaPicker } from '../../../src/components/miv-area-picker/miv-area-picker.js';
import type { MivErrorDetail, MivSelectDetail } from '../../../src/components/miv-data-element.js';
import { dictionaries } from '../../../src/i18n/dictionaries.js';
import { SMALL_FEED_URL, smallFeed, withHaarenFeed } from '../../fixtures/feeds.js';
import { feedUrl } from '../../helpers.js';
import { serveSmallFeed } from '../../reliability/helpers.js';

const select = (picker: MivAreaPicker) => picker.shadowRoot!.querySelector('select');

async function loaded(picker: MivAreaPicker): Promise<HTMLSelectElement> {
  await waitUntil(() => select(picker), 'the picker has its options');
  return select(picker)!;
}

describe('<miv-area-picker>', () => {
  it('while its feed loads, takes the height it will have, so that nothing below it moves', async () => {
    // Served late, so that the loading state is there to measure.
    const { url } = await serveSmallFeed('picker-height');
    const picker = await fixture<MivAreaPicker>(html`<miv-area-picker src=${`${url}?delay=400`}></miv-area-picker>`);
    const status = picker.shadowRoot!.querySelector('[part~="status"]')!;
    expect(status.textContent).to.contain(dictionaries.nl.loading);
    expect(status.getAttribute('aria-busy')).to.equal('true');
    const loadingHeight = picker.getBoundingClientRect().height;
    expect(select(picker), 'no list yet').to.equal(null);
    await loaded(picker);
    expect(picker.getBoundingClientRect().height).to.be.closeTo(loadingHeight, 0.5);
  });

  it('is a labelled native select with the areas grouped by level and by district', async () => {
    const picker = await fixture<MivAreaPicker>(html`<miv-area-picker src=${SMALL_FEED_URL}></miv-area-picker>`);
    const el = await loaded(picker);
    expect(el.labels[0]!.textContent).to.equal('Gebied');
    const groups = [...el.querySelectorAll('optgroup')].map(
      (g) => `${g.label}: ${[...g.querySelectorAll('option')].map((o) => o.textContent).join(', ')}`,
    );
    expect(groups[0]).to.equal('Nederland: Nederland');
    expect(groups[1]).to.equal('Eenheid: Eenheid Zeeland-West-Brabant');
    expect(groups[2]).to.match(/^Districten: De Markiezaten, De Baronie/);
    expect(groups, 'gemeenten in alphabetical order').to.include(
      'Gemeenten in De Baronie: Baarle-Nassau, Breda, Etten-Leur',
    );
  });

  it('changes the area of every element in the same <miv-feed> and fires miv-select', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} area="GM0758">
        <miv-area-picker></miv-area-picker>
        <miv-theme theme="veilige-buurt-en-omgeving"></miv-theme>
      </miv-feed>`,
    );
    const picker = feed.querySelector('miv-area-picker')!;
    const theme = feed.querySelector('miv-theme')!;
    const el = await loaded(picker);
    expect(el.value, 'shows the feed’s area').to.equal('GM0758');
    el.value = 'de-markiezaten';
    const event = oneEvent(picker, 'miv-select');
    const viewChange = oneEvent(picker, 'miv-view-change');
    el.dispatchEvent(new Event('change'));
    expect(((await event) as CustomEvent<MivSelectDetail>).detail).to.deep.equal({ area: 'de-markiezaten' });
    expect((await viewChange).detail, 'the same choice as a view, for a URL-keeping feed').to.deep.equal({
      area: 'de-markiezaten',
    });
    expect(feed.area).to.equal('de-markiezaten');
    expect(feed.getAttribute('area')).to.equal('de-markiezaten');
    await waitUntil(() =>
      theme.shadowRoot!.querySelector('[part="header"] p')?.textContent?.startsWith('De Markiezaten'),
    );
  });

  it('works with the keyboard', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${SMALL_FEED_URL} area="NL01"><miv-area-picker></miv-area-picker></miv-feed>`,
    );
    const picker = feed.querySelector('miv-area-picker')!;
    const el = await loaded(picker);
    el.focus();
    const event = oneEvent(picker, 'miv-select');
    await sendKeys({ press: 'ArrowDown' });
    expect(((await event) as CustomEvent<MivSelectDetail>).detail.area).to.equal('zeeland-west-brabant');
    expect(feed.area).to.equal('zeeland-west-brabant');
  });

  describe('with url-param', () => {
    let original: string;
    beforeEach(() => (original = location.href));
    afterEach(() => history.replaceState(history.state, '', original));

    /** A feed at Nederland with a URL-reflecting picker, opened from a link with `?gebied=<area>`. */
    async function openedWith(area: string): Promise<{ feed: MivFeed; select: HTMLSelectElement }> {
      const url = new URL(location.href);
      url.searchParams.set('gebied', area);
      history.replaceState(history.state, '', url);
      const feed = await fixture<MivFeed>(
        html`<miv-feed src=${SMALL_FEED_URL} area="NL01"
          ><miv-area-picker url-param="gebied"></miv-area-picker
        ></miv-feed>`,
      );
      const picker = feed.querySelector('miv-area-picker')!;
      const select = await loaded(picker);
      await picker.updateComplete;
      return { feed, select };
    }

    it('opens the area named in the page URL, and writes the choice back', async () => {
      const { feed, select: el } = await openedWith('GM0748');
      await waitUntil(() => feed.area === 'GM0748', 'the URL’s area is applied');
      await waitUntil(() => el.value === 'GM0748', 'and shown');
      el.value = 'de-baronie';
      el.dispatchEvent(new Event('change'));
      expect(new URL(location.href).searchParams.get('gebied')).to.equal('de-baronie');
    });

    it('ignores an area the feed does not know', async () => {
      const { feed, select: el } = await openedWith('GM9999');
      expect(feed.area).to.equal('NL01');
      expect(el.value).to.equal('NL01');
    });
  });

  it('says when the area is none of the feed, and asks for one instead of showing Nederland', async () => {
    const feed = document.createElement('miv-feed');
    Object.assign(feed, { src: SMALL_FEED_URL, area: 'breda' });
    feed.innerHTML = '<miv-area-picker></miv-area-picker>';
    const picker = feed.querySelector('miv-area-picker')!;
    const errors: string[] = [];
    picker.addEventListener('miv-error', (e) => errors.push((e as CustomEvent<MivErrorDetail>).detail.kind));
    await fixture(html`${feed}`);
    const el = await loaded(picker);
    await picker.updateComplete;
    expect(el.selectedOptions[0]!.textContent, 'no area of the list claimed').to.equal('Kies een gebied');
    const notice = () => picker.shadowRoot!.querySelector('[part~="status"]')?.textContent!.replace(/\s+/g, ' ').trim();
    expect(notice()).to.equal('Gebied „breda” niet gevonden. Bedoelt u „GM0758” (Breda)?');
    expect(errors).to.deep.equal(['unknown-area']);
    // The reader still chooses, and the notice and the stand-in option go.
    el.value = 'GM0758';
    el.dispatchEvent(new Event('change'));
    await waitUntil(() => notice() === undefined, 'the notice is gone');
    expect([...el.options].map((o) => o.textContent)).to.not.include('Kies een gebied');
    expect(el.value).to.equal('GM0758');
    expect(errors).to.have.length(1);
  });

  it('offers no area that ended before the feed’s last update', async () => {
    const feed = await smallFeed();
    // The feed is of 15 June 2026: one gemeente ended the day before, one ends that very day.
    feed.areas.push(
      { id: 'GM0001', name: 'Opgeheven', level: 'gemeente', parent: 'de-baronie', validTo: '2026-06-14' },
      { id: 'GM0002', name: 'Laatste dag', level: 'gemeente', parent: 'de-baronie', validTo: '2026-06-15' },
    );
    const url = URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
    try {
      const el = await loaded(await fixture<MivAreaPicker>(html`<miv-area-picker src=${url}></miv-area-picker>`));
      const baronie = [...el.querySelectorAll('optgroup')].find((g) => g.label === 'Gemeenten in De Baronie')!;
      expect([...baronie.querySelectorAll('option')].map((o) => o.textContent)).to.deep.equal([
        'Baarle-Nassau',
        'Breda',
        'Etten-Leur',
        'Laatste dag',
      ]);
    } finally {
      URL.revokeObjectURL(url);
    }
  });

  it('shows an ended area the page is about as the choice, marked as ended, and keeps it to come back to', async () => {
    // A link to Haaren, split on 1 January 2021: the page shows Haaren, and so must the list.
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${feedUrl(await withHaarenFeed())} area="GM0788"
        ><miv-area-picker></miv-area-picker
      ></miv-feed>`,
    );
    const picker = feed.querySelector('miv-area-picker')!;
    const el = await loaded(picker);
    const chosen = () => el.selectedOptions[0]!;
    expect([el.value, chosen().textContent]).to.deep.equal(['GM0788', 'Haaren (opgeheven per 1 januari 2021)']);
    expect((chosen().parentElement as HTMLOptGroupElement).label).to.equal('Gemeenten in Hart van Brabant');
    expect([...el.options].map((o) => o.textContent)).to.not.include('Kies een gebied');
    expect(picker.shadowRoot!.querySelector('[part~="status"]'), 'a known area: no notice').to.equal(null);
    // Arrowing on to the next gemeente and back again finds Haaren where it was.
    el.focus();
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => feed.area !== 'GM0788', 'the next gemeente is chosen');
    await picker.updateComplete;
    await sendKeys({ press: 'ArrowUp' });
    await waitUntil(() => feed.area === 'GM0788', 'Haaren is chosen again');
    expect(chosen().textContent).to.equal('Haaren (opgeheven per 1 januari 2021)');
  });

  it('names its groups in the language and the strings it is given, also after loading', async () => {
    const picker = await fixture<MivAreaPicker>(html`<miv-area-picker src=${SMALL_FEED_URL}></miv-area-picker>`);
    const el = await loaded(picker);
    const labels = () => [...el.querySelectorAll('optgroup')].slice(0, 3).map((g) => g.label);
    expect(labels()).to.deep.equal(['Nederland', 'Eenheid', 'Districten']);
    picker.lang = 'en';
    await picker.updateComplete;
    expect(labels()).to.deep.equal(['The Netherlands', 'Police unit', 'Districts']);
    const { picker: english } = dictionaries.en;
    picker.strings = { picker: { ...english, groups: { ...english.groups, eenheid: 'Police region' } } };
    await picker.updateComplete;
    expect(labels()).to.deep.equal(['The Netherlands', 'Police region', 'Districts']);
  });

  it('keeps its own area when standing alone', async () => {
    const picker = await fixture<MivAreaPicker>(
      html`<miv-area-picker src=${SMALL_FEED_URL} area="de-baronie"></miv-area-picker>`,
    );
    const el = await loaded(picker);
    expect(el.value).to.equal('de-baronie');
    el.value = 'GM0758';
    el.dispatchEvent(new Event('change'));
    expect(picker.area).to.equal('GM0758');
  });
});

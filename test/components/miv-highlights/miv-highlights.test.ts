import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import '../../../src/define.js';
import type { MivHighlights } from '../../../src/components/miv-highlights/miv-highlights.js';
import type { MivFeed } from '../../../src/components/miv-feed/miv-feed.js';
import type { MivErrorDetail, MivSelectDetail } from '../../../src/components/miv-data-element.js';
import { DEFAULT_DETECTION_LIMIT } from '../../../src/model/highlights.js';
import { dictionaries } from '../../../src/i18n/dictionaries.js';
import { SMALL_FEED_URL, smallFeed } from '../../fixtures/feeds.js';
import { accessibleName, feedUrl as urlOf, SAMPLE_FEED_URL } from '../../helpers.js';

const root = (el: Element) => el.shadowRoot!;
const authoredTitles = (el: MivHighlights) =>
  [...root(el).querySelectorAll('[part="authored"] h4')].map((h) => h.textContent);
const detected = (el: MivHighlights) => [...root(el).querySelectorAll('[part="detected"] li')];
/**
 * A finding as a screen reader reads it: its words, then the name of its link, from its `aria-label`
 * or, where the feed's words in it are marked (an English page), the hidden element that names it.
 */
const said = (li: Element) => {
  const copy = li.cloneNode(true) as Element;
  const link = copy.querySelector('a')!;
  const label = copy.querySelector(`[id="${link.getAttribute('aria-labelledby')}"]`);
  label?.remove();
  link.textContent = label ? label.textContent : link.getAttribute('aria-label');
  return copy.textContent!.replace(/\s+/g, ' ').trim();
};

async function ready(el: Promise<HTMLElement>): Promise<MivHighlights> {
  const host = await el;
  const highlights =
    host.localName === 'miv-highlights' ? (host as MivHighlights) : host.querySelector('miv-highlights')!;
  await waitUntil(() => root(highlights).querySelector('[part="authored"]'), 'the highlights are shown');
  return highlights;
}

/** The small feed with two notes of its own: one shared from De Baronie, one unshared from Zeeland. */
async function feedUrl(): Promise<string> {
  const feed = await smallFeed();
  feed.opvallendheden = [
    {
      id: 'baronie-inbraak',
      district: 'de-baronie',
      title: 'Woninginbraak op laagste niveau in tien jaar',
      text: 'Vooral in Breda daalt het aantal inbraken sterk.',
      indicators: ['woninginbraak'],
      date: '2026-04-12',
      shared: true,
    },
    {
      id: 'zeeland-halt',
      district: 'zeeland',
      title: 'Minder Halt-verwijzingen',
      text: 'Komt door een andere werkwijze.',
      indicators: ['halt-verwijzingen'],
      date: '2026-05-20',
      shared: false,
    },
  ];
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

describe('<miv-highlights>', () => {
  let url: string;
  before(async () => (url = await feedUrl()));
  after(() => URL.revokeObjectURL(url));

  it('shows the districts’ own notes with district, date, sharing and indicators', async () => {
    const el = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${url} district="zeeland"></miv-highlights>`),
    );
    const [district] = [...root(el).querySelectorAll<HTMLSelectElement>('[part="filters"] select')];
    district!.value = '';
    district!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(authoredTitles(el)).to.deep.equal([
      'Minder Halt-verwijzingen',
      'Woninginbraak op laagste niveau in tien jaar',
    ]);
    const meta = root(el).querySelector('[part="authored"] .meta')!.textContent!.replace(/\s+/g, ' ').trim();
    expect(meta).to.equal('Zeeland · 20 mei 2026 · alleen binnen het district');
    expect(root(el).querySelector('[part="authored"] .links a')!.textContent!.trim()).to.equal('Halt-verwijzingen');
  });

  it('filters by district and by theme with native selects', async () => {
    const el = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${url} district="zeeland"></miv-highlights>`),
    );
    const [district, theme] = [...root(el).querySelectorAll<HTMLSelectElement>('[part="filters"] select')];
    expect(district!.closest('label')!.textContent).to.contain('District');
    district!.value = 'de-baronie';
    district!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(authoredTitles(el)).to.deep.equal(['Woninginbraak op laagste niveau in tien jaar']);
    district!.value = '';
    district!.dispatchEvent(new Event('change'));
    theme!.value = 'zorg-en-veiligheid';
    theme!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(authoredTitles(el)).to.deep.equal(['Minder Halt-verwijzingen']);
    expect(
      detected(el).every((li) => li.textContent!.includes('Halt')),
      'detected ones follow the theme too',
    ).to.equal(true);
  });

  it('lists a note not shared only where its district is the element’s own', async () => {
    // Zeeland's note is kept within Zeeland: not on De Baronie's page, not on a page of no district.
    const baronie = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${url} district="de-baronie"></miv-highlights>`),
    );
    const [district] = [...root(baronie).querySelectorAll<HTMLSelectElement>('[part="filters"] select')];
    for (const [choice, titles] of [
      ['zeeland', []],
      ['', ['Woninginbraak op laagste niveau in tien jaar']],
    ] as const) {
      district!.value = choice;
      district!.dispatchEvent(new Event('change'));
      await baronie.updateComplete;
      expect(authoredTitles(baronie), choice || 'every district').to.deep.equal(titles);
    }
    expect(root(baronie).querySelector('[part="authored"]')!.textContent).not.to.contain('Halt');
    const none = await ready(fixture<MivHighlights>(html`<miv-highlights src=${url}></miv-highlights>`));
    expect(authoredTitles(none)).to.deep.equal(['Woninginbraak op laagste niveau in tien jaar']);
    const zeeland = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${url} district="zeeland"></miv-highlights>`),
    );
    expect(authoredTitles(zeeland)).to.deep.equal(['Minder Halt-verwijzingen']);
  });

  it('says in one polite status line what the lists hold after the reader changes a filter', async () => {
    const el = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${url} district="zeeland"></miv-highlights>`),
    );
    const status = root(el).querySelector('[role="status"]')!;
    const said = () => status.textContent!.replace(/\s+/g, ' ').trim();
    expect(said(), 'nothing on the first render').to.equal('');
    const [district, theme] = [...root(el).querySelectorAll<HTMLSelectElement>('[part="filters"] select')];
    district!.value = 'de-baronie';
    district!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(said()).to.equal(`1 opvallendheid en ${detected(el).length} gevonden cijfers voor De Baronie, alle thema’s`);
    theme!.value = 'zorg-en-veiligheid';
    theme!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(authoredTitles(el)).to.deep.equal([]);
    expect(said()).to.equal('0 opvallendheden en 1 gevonden cijfer voor De Baronie, Zorg en Veiligheid');
    expect(detected(el)).to.have.length(1);
    expect(root(el).querySelectorAll('[role="status"]'), 'one line').to.have.length(1);
  });

  it('on an English page marks the feed’s Dutch words as Dutch, and its own words not', async () => {
    const el = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${url} district="de-baronie" lang="en"></miv-highlights>`),
    );
    const dutch = (node: Element) => node.matches(':lang(nl)');
    // The filter's themes are the feed's; "All themes" and the labels are the element's.
    const theme = root(el).querySelectorAll<HTMLSelectElement>('[part="filters"] select')[1]!;
    expect([...theme.options].map(dutch)).to.deep.equal([false, true, true, true]);
    expect(dutch(theme.closest('label')!)).to.equal(false);
    // A note's title, text and indicator are the district's words; its date and sharing the element's.
    const note = root(el).querySelector('[part="authored"] article')!;
    expect([...note.querySelectorAll('[lang="nl"]')].map((e) => e.textContent)).to.deep.equal([
      'Woninginbraak op laagste niveau in tien jaar',
      'Vooral in Breda daalt het aantal inbraken sterk.',
      'Woninginbraak',
    ]);
    const meta = note.querySelector('.meta')!;
    expect(meta.textContent).to.contain('shared with all districts');
    expect(dutch(meta)).to.equal(false);
    // The line said after a filter change: English, with the theme's title in Dutch.
    theme.value = 'zorg-en-veiligheid';
    theme.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const status = root(el).querySelector('[role="status"]')!;
    expect(status.textContent).to.match(/detected figures? for De Baronie, Zorg en Veiligheid/);
    expect([...status.querySelectorAll('[lang="nl"]')].map((e) => e.textContent)).to.deep.equal(['Zorg en Veiligheid']);
    expect(dutch(status)).to.equal(false);

    const dutchPage = await ready(fixture<MivHighlights>(html`<miv-highlights src=${url}></miv-highlights>`));
    expect(root(dutchPage).querySelector('[lang]'), 'no marks where the page speaks the feed’s language').to.equal(
      null,
    );
  });

  it('on an English page marks the feed’s Dutch words in a detected figure and its link’s name, and its own words not', async () => {
    const el = await ready(
      fixture<MivHighlights>(
        html`<miv-highlights src=${SMALL_FEED_URL} district="zeeland" lang="en"></miv-highlights>`,
      ),
    );
    const finding = [...root(el).querySelectorAll('[data-rule="largest-change"] .finding')].find((f) =>
      f.textContent!.includes('in Zeeland'),
    )!;
    // The sentence: the indicator's name and its words for a value are the feed's, the rest English.
    const marks = [...finding.querySelectorAll(':scope > [lang]')];
    expect(marks.map((e) => [e.getAttribute('lang'), e.textContent])).to.deep.equal([
      ['nl', 'Woninginbraak'],
      ['nl', 'woninginbraken per 1.000 inwoners'],
    ]);
    const own = [...finding.childNodes].filter((n) => n.nodeType === Node.TEXT_NODE).map((n) => n.textContent);
    expect(own.join('').replace(/\s+/g, ' ').trim()).to.equal(
      'in Zeeland: 1.6 in 2025 (provisional figure), 0.2 lower than in 2024 (-11%), favourable.',
    );
    expect(finding.matches(':lang(en)'), 'its own words are English').to.equal(true);
    // The link's name, from an element in which the indicator's name is marked too.
    const link = finding.querySelector('a')!;
    const label = root(el).getElementById(link.getAttribute('aria-labelledby')!)!;
    expect([...label.querySelectorAll('[lang="nl"]')].map((e) => e.textContent)).to.deep.equal(['Woninginbraak']);
    expect(label.matches(':lang(en)')).to.equal(true);
    expect(link.hasAttribute('aria-label'), 'no name of one language').to.equal(false);
    expect(await accessibleName('link', (name) => name.endsWith('Woninginbraak, Zeeland'))).to.equal(
      'View: Woninginbraak, Zeeland',
    );
  });

  it('on an English page marks the theme it probably meant as Dutch in the notice of one it does not know', async () => {
    const el = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${url} theme="zorg en veiligheid" lang="en"></miv-highlights>`),
    );
    const notice = root(el).querySelector('.unknown-preset')!;
    expect(notice.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
      'Theme not found. Did you mean “zorg-en-veiligheid” (Zorg en Veiligheid)? Showing all themes.',
    );
    expect([...notice.querySelectorAll('[lang="nl"]')].map((e) => e.textContent)).to.deep.equal(['Zorg en Veiligheid']);
    expect(notice.matches(':lang(nl)'), 'its own words are English').to.equal(false);
  });

  it('gives the feed’s date once, and the source with each figure found by rule', async () => {
    const el = await ready(fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL}></miv-highlights>`));
    const dated = [...root(el).querySelectorAll('p')].filter((p) => p.textContent!.includes('Stand'));
    expect(dated.map((p) => p.textContent!.trim())).to.deep.equal(['Stand: 15 juni 2026']);
    const items = detected(el);
    expect(items.length).to.be.greaterThan(0);
    for (const li of items) expect(li.querySelector('.source')!.textContent!.trim()).to.match(/^Bron: \S/);
  });

  it('starts at the district of the inherited area', async () => {
    const el = await ready(
      fixture<MivFeed>(html`<miv-feed src=${url} area="GM0758"><miv-highlights></miv-highlights></miv-feed>`),
    );
    expect(root(el).querySelector<HTMLSelectElement>('[part="filters"] select')!.value).to.equal('de-baronie');
    expect(authoredTitles(el)).to.deep.equal(['Woninginbraak op laagste niveau in tien jaar']);
  });

  it('says which district or theme it does not know, and starts its filters at all of them', async () => {
    const el = document.createElement('miv-highlights');
    Object.assign(el, { src: url, district: 'nope', theme: 'zorg en veiligheid' });
    const errors: string[] = [];
    el.addEventListener('miv-error', (e) => errors.push((e as CustomEvent<MivErrorDetail>).detail.kind));
    await ready(fixture(html`${el}`));
    const notices = () =>
      [...root(el).querySelectorAll('[part~="status"]')].map((p) => p.textContent!.replace(/\s+/g, ' ').trim());
    expect(notices()).to.deep.equal([
      'Gebied „nope” niet gevonden. U ziet alle districten.',
      'Thema niet gevonden. Bedoelt u „zorg-en-veiligheid” (Zorg en Veiligheid)? U ziet alle thema’s.',
    ]);
    const filters = [...root(el).querySelectorAll<HTMLSelectElement>('[part="filters"] select')];
    expect(
      filters.map((f) => f.value),
      'the filters say all',
    ).to.deep.equal(['', '']);
    // Every note the districts shared; Zeeland's own one stays within Zeeland.
    expect(authoredTitles(el), 'and show all shared').to.deep.equal(['Woninginbraak op laagste niveau in tien jaar']);
    expect(errors).to.deep.equal(['unknown-area', 'unknown-theme']);
    filters[1]!.value = 'zorg-en-veiligheid';
    filters[1]!.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(notices(), 'the reader chose a theme').to.deep.equal([
      'Gebied „nope” niet gevonden. U ziet alle districten.',
    ]);
    expect(errors, 'each mistake announced once').to.have.length(2);
  });

  it('names a gemeente given as its district, by its id or its name, and an inherited area the feed does not know', async () => {
    const feed = await fixture<MivFeed>(
      html`<miv-feed src=${url} area="GM9999">
        <miv-highlights district="GM0758"></miv-highlights>
        <miv-highlights></miv-highlights>
        <miv-highlights district="breda"></miv-highlights>
      </miv-feed>`,
    );
    const [gemeente, inherited, byName] = [...feed.querySelectorAll('miv-highlights')];
    for (const el of [gemeente!, inherited!, byName!]) await ready(Promise.resolve(el));
    for (const el of [gemeente!, byName!])
      expect(root(el).querySelector('[part~="status"]')!.textContent!.trim()).to.equal(
        'Breda („GM0758”) is geen district. U ziet alle districten.',
      );
    expect(root(inherited!).querySelector('[part~="status"]')!.textContent!.trim()).to.equal(
      'Gebied „GM9999” niet gevonden. U ziet alle districten.',
    );
  });

  it('labels detected figures as found by rule, and explains each rule in one line', async () => {
    const el = await ready(fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL}></miv-highlights>`));
    const section = root(el).querySelector('[part="detected"]')!;
    expect(section.querySelector('h3')!.textContent).to.equal('Automatisch gevonden in de cijfers');
    const items = detected(el);
    expect(items.length).to.be.greaterThan(0);
    expect(items.every((li) => li.querySelector('.badge')!.textContent === 'Rekenregel')).to.equal(true);
    const rules = [...section.querySelectorAll('[part="rule"]')].map((p) => p.textContent);
    expect(rules.length).to.equal(section.querySelectorAll('[data-rule]').length);
    const change = section.querySelector('[data-rule="largest-change"] [part="rule"]');
    expect(change, 'Zeeland’s burglary fell by 11 %').to.exist;
    expect(change!.textContent).to.contain('minstens 10\u00a0%');
    // Never mixed: the authored section holds no rule badges, the detected one no authored notes.
    expect(root(el).querySelector('[part="authored"] .badge')).to.equal(null);
    expect(section.querySelector('article')).to.equal(null);
  });

  it('states each finding in words, with the rule’s numbers', async () => {
    // In the small feed, Bergen op Zoom's burglary rose from 3,1 to 3,3 (+6 %), below the 10 % rule;
    // Zeeland's fell from 1,8 to 1,6 (−11 %), above it.
    const el = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL} district="zeeland"></miv-highlights>`),
    );
    const texts = detected(el).map(said);
    expect(texts).to.include.members([
      'Rekenregel ↓ Woninginbraak in Zeeland: 1,6 woninginbraken per 1.000 inwoners in 2025 (voorlopig cijfer), 0,2 lager dan in 2024 (-11 %), gunstig. Bekijk: Woninginbraak, Zeeland Bron: CBS (Bbv) / Politie',
    ]);
    // The link's name as Chromium gives it to a screen reader, starting with the word it shows.
    const link = await accessibleName('link', (name) => name.endsWith('Woninginbraak, Zeeland'));
    expect(link).to.equal('Bekijk: Woninginbraak, Zeeland');
  });

  it('says in words whether a change is good or bad news, right after the change and before the run it breaks', async () => {
    // Not by the arrow's colour alone (WCAG 1.4.1); a neutral indicator's change is neither.
    const feed = await smallFeed();
    const burglary = feed.series.find((x) => x.indicator === 'woninginbraak' && x.area === 'de-baronie')!;
    burglary.values.splice(-5, 5, 2.0, 2.4, 2.8, 3.2, 2.6);
    const el = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${urlOf(feed)} district="de-baronie"></miv-highlights>`),
    );
    const reversals = [...root(el).querySelectorAll('[data-rule="trend-reversal"] li')].map(said);
    expect(reversals).to.include(
      'Rekenregel ↓ Woninginbraak in De Baronie: 2,6 woninginbraken per 1.000 inwoners in 2025 (voorlopig cijfer), 0,6 lager dan in 2024 (-19 %), gunstig, na 3 stijgingen op rij. Eerdere cijfers van de reeks vallen in de bijzondere periode 2020–2021 (Corona). Bekijk: Woninginbraak, De Baronie Bron: CBS (Bbv) / Politie',
    );
    const sample = await ready(
      fixture<MivHighlights>(html`<miv-highlights src=${SAMPLE_FEED_URL} district="de-baronie"></miv-highlights>`),
    );
    expect([...root(sample).querySelectorAll('[data-rule="trend-reversal"] li')].map(said)).to.include(
      'Rekenregel ↑ Geruimde hennepkwekerijen in De Baronie: 108 geruimde hennepkwekerijen in 2025 (voorlopig cijfer), 26 meer dan in 2024 (+32 %), na 3 dalingen op rij. Bekijk: Geruimde hennepkwekerijen, De Baronie Bron: Politie: Basisvoorziening Handhaving (BVH)',
    );
  });

  it('follows a change of language, limit or strings with the findings it shows', async () => {
    const el = await ready(fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL}></miv-highlights>`));
    const texts = () => detected(el).map(said);
    const dutch = texts();
    expect(dutch.length, 'more than one finding for a rule').to.be.greaterThan(2);
    el.lang = 'en';
    await el.updateComplete;
    expect(texts()).to.include(
      'Rule ↓ Woninginbraak in Zeeland: 1.6 woninginbraken per 1.000 inwoners in 2025 (provisional figure), 0.2 lower than in 2024 (-11%), favourable. View: Woninginbraak, Zeeland Source: CBS (Bbv) / Politie',
    );
    el.limit = 1;
    await el.updateComplete;
    expect(texts().length, 'one per rule that found any').to.equal(
      el.shadowRoot!.querySelectorAll('[data-rule]').length,
    );
    el.lang = 'nl';
    el.limit = DEFAULT_DETECTION_LIMIT;
    await el.updateComplete;
    expect(texts()).to.deep.equal(dutch);
    el.strings = {
      highlights: { ...dictionaries.nl.highlights, finding: (indicator, area) => `${area}: ${indicator}` },
    };
    await el.updateComplete;
    expect(texts()).to.include(
      'Rekenregel ↓ Zeeland: Woninginbraak. Bekijk: Woninginbraak, Zeeland Bron: CBS (Bbv) / Politie',
    );
  });

  it('fires a cancelable miv-select for a finding’s link, so a page can show the view in place', async () => {
    const el = await ready(fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL}></miv-highlights>`));
    const link = root(el).querySelector<HTMLAnchorElement>('[part="detected"] li a')!;
    const page = location.href;
    const event = oneEvent(el, 'miv-select');
    el.addEventListener('miv-select', (e) => e.preventDefault(), { once: true });
    link.click();
    const detail = ((await event) as CustomEvent<MivSelectDetail>).detail;
    expect(new URL(link.href).searchParams.get('indicator')).to.equal(detail.indicator);
    expect(new URL(link.href).searchParams.get('gebied')).to.equal(detail.area);
    expect(new URL(link.href).searchParams.get('thema')).to.equal(detail.theme);
    expect(location.href, 'the link was not followed').to.equal(page);
  });

  describe('shared and links to the view', () => {
    const shared = (el: MivHighlights) => root(el).querySelector('[part="shared"]');

    it('lists beside a district’s own notes what the other districts shared, with name and date', async () => {
      const el = await ready(
        fixture<MivHighlights>(
          html`<miv-highlights src=${SMALL_FEED_URL} district="de-baronie" shared></miv-highlights>`,
        ),
      );
      expect(authoredTitles(el)).to.deep.equal(['Woninginbraak op laagste niveau in tien jaar']);
      const section = shared(el)!;
      expect(section.querySelector('h3')!.textContent).to.equal('Gedeeld door andere districten');
      expect(section.querySelector('.intro')!.textContent).to.contain('De Baronie');
      // De Markiezaten kept its note within the district; De Baronie's own is not repeated.
      expect([...section.querySelectorAll('h4')].map((h) => h.textContent)).to.deep.equal([
        'Minste woninginbraken van de eenheid',
      ]);
      expect(section.querySelector('.meta')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        'Zeeland · 20 mei 2026 · gedeeld met alle districten',
      );
    });

    it('says apart in its status line what the chosen district wrote and what the others shared', async () => {
      const el = await ready(
        fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL} district="zeeland" shared></miv-highlights>`),
      );
      const district = root(el).querySelector<HTMLSelectElement>('[part="filters"] select')!;
      district.value = 'de-baronie';
      district.dispatchEvent(new Event('change'));
      await el.updateComplete;
      expect(authoredTitles(el)).to.have.length(1);
      expect(shared(el)!.querySelectorAll('h4')).to.have.length(1);
      expect(root(el).querySelector('[role="status"]')!.textContent!.replace(/\s+/g, ' ').trim()).to.equal(
        `1 opvallendheid, 1 gedeeld door andere districten en ${detected(el).length} gevonden cijfers voor De Baronie, alle thema’s`,
      );
    });

    it('shows nothing shared without the attribute, or with every district chosen', async () => {
      const plain = await ready(
        fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL} district="de-baronie"></miv-highlights>`),
      );
      expect(shared(plain)).to.equal(null);
      const all = await ready(
        fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL} shared></miv-highlights>`),
      );
      expect(shared(all)).to.equal(null);
    });

    it('links each finding to its indicator’s view on the page view-href names', async () => {
      const el = await ready(
        fixture<MivHighlights>(
          html`<miv-highlights
            src=${SMALL_FEED_URL}
            district="de-baronie"
            shared
            view-href=${'https://example.org/monitor?bron=nieuwsbrief&periode=2019'}
          ></miv-highlights>`,
        ),
      );
      const href = (selector: string) => new URL(root(el).querySelector<HTMLAnchorElement>(selector)!.href);
      const own = href('[part="authored"] .links a');
      expect(own.origin + own.pathname).to.equal('https://example.org/monitor');
      expect(Object.fromEntries(own.searchParams)).to.deep.equal({
        bron: 'nieuwsbrief',
        gebied: 'de-baronie',
        thema: 'veilige-buurt-en-omgeving',
        indicator: 'woninginbraak',
      });
      expect(href('[part="shared"] .links a').searchParams.get('gebied')).to.equal('zeeland');
      const found = href('[part="detected"] li a');
      expect(found.searchParams.get('periode'), 'a detected figure opens at its period').to.match(/^\d{4}/);
    });

    it('links to the current page without view-href', async () => {
      const el = await ready(fixture<MivHighlights>(html`<miv-highlights src=${SMALL_FEED_URL}></miv-highlights>`));
      const link = new URL(root(el).querySelector<HTMLAnchorElement>('[part="authored"] .links a')!.href);
      expect(link.pathname).to.equal(location.pathname);
      expect(link.searchParams.get('indicator')).to.equal('woninginbraak');
    });
  });
});

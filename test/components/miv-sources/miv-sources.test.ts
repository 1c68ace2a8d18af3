import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivSources } from '../../../src/components/miv-sources/miv-sources.js';
import type { ViewState } from '../../../src/view/view-state.js';
import type { MivErrorDetail } from '../../../src/components/miv-data-element.js';
import { SMALL_FEED_URL } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, query, SAMPLE_FEED_URL, text, useSampleFeed } from '../../helpers.js';

async function sources(template = html`<miv-sources src=${SAMPLE_FEED_URL}></miv-sources>`): Promise<MivSources> {
  const el = await fixture<MivSources>(template);
  await waitUntil(() => query(el, '[part="source"]') || query(el, '[part="count"]'), 'no sources shown', {
    timeout: 8000,
  });
  return el;
}

const articles = (el: Element) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[part="source"]')];

/** Each source's facts as its definition list says them: term → text. */
function facts(article: HTMLElement): Record<string, string> {
  return Object.fromEntries(
    [...article.querySelectorAll('dl > div')].map((row) => [
      row.querySelector('dt')!.textContent!.trim(),
      row.querySelector('dd')!.textContent!.replace(/\s+/g, ' ').trim(),
    ]),
  );
}

const byName = (el: Element, name: string) =>
  articles(el).find((a) => a.querySelector('h3')!.textContent!.trim() === name)!;

describe('<miv-sources>', () => {
  failOnConsoleErrors();
  const feed = useSampleFeed();

  it('lists every source of the sample feed once, each with the indicators that come from it', async () => {
    const el = await sources();
    const names = articles(el).map((a) => a.querySelector('h3')!.textContent!.trim());
    const listed = feed().sources!.map((s) => s.name);
    // The feed's own list first, in its order; then the sources indicators only name.
    expect(names.slice(0, listed.length)).to.deep.equal(listed);
    expect(new Set(names).size).to.equal(names.length);
    expect(text(el, '[part="count"]')).to.equal(`${names.length} bronnen`);
    // Every indicator appears under exactly one source.
    const shown = articles(el).flatMap((a) =>
      [...a.querySelectorAll('dt + dd li')].map((li) => li.textContent!.trim()),
    );
    const indicatorTitles = feed().indicators.map((i) => i.title);
    expect(shown.filter((t) => indicatorTitles.includes(t)).sort()).to.deep.equal([...indicatorTitles].sort());
  });

  it('shows a source with its table, dates, level, frequency, publisher, contact and links', async () => {
    const el = await sources();
    const cbs = byName(el, 'CBS StatLine: geregistreerde criminaliteit');
    expect(cbs.querySelector('h2, h3')!.tagName).to.equal('H3');
    const f = facts(cbs);
    expect(f['Uitgever']).to.equal('CBS');
    // As the footer, the profile and the citation name it: `Tabel: tabel …` would say it twice.
    expect(f['Cijfers uit']).to.equal('tabel 83648NED “Geregistreerde criminaliteit; soort misdrijf, regio”');
    expect(f['Laagste niveau']).to.equal('gemeente');
    expect(f['Frequentie']).to.equal('jaarlijks');
    expect(f['Laatste update']).to.equal('24 april 2026');
    expect(f['Volgende update verwacht']).to.equal('23 april 2027');
    expect(f['Contact']).to.equal('CBS Infoservice, www.cbs.nl');
    expect(f['Indicatoren']).to.contain('Geweldsmisdrijven');
    const table = cbs.querySelector<HTMLAnchorElement>('dd a[href*="83648NED"]');
    expect(table?.textContent).to.contain('83648NED');
    const riec = byName(el, 'RIEC Zeeland-West-Brabant');
    expect(riec.querySelector<HTMLAnchorElement>('a[href^="mailto:"]')!.href).to.equal(
      'mailto:analyse@riec-zwb.example',
    );
  });

  it('states the lowest level and the frequencies of the indicators it lists, where the source says otherwise', async () => {
    const el = await sources();
    // The RIEC's entry says district, but Breda's own Bibob refusals come from it.
    expect(feed().sources!.find((s) => s.id === 'riec-zwb')!.lowestLevel).to.equal('district');
    expect(facts(byName(el, 'RIEC Zeeland-West-Brabant'))['Laagste niveau']).to.equal('gemeente');
    // The police deliver per half-year; most of the indicators from them are yearly.
    expect(facts(byName(el, 'Politie: Basisvoorziening Handhaving (BVH)'))['Frequentie']).to.equal(
      'jaarlijks en per halfjaar',
    );
    const digital = await sources(
      html`<miv-sources src=${SAMPLE_FEED_URL} theme="digitale-veiligheid" lang="en"></miv-sources>`,
    );
    expect(facts(byName(digital, 'Politie: Basisvoorziening Handhaving (BVH)'))['Frequency']).to.equal('yearly');
  });

  it('links each source to its theme links, such as Zicht op Ondermijning', async () => {
    const el = await sources();
    const link = (name: string) =>
      [...byName(el, name).querySelectorAll<HTMLAnchorElement>('dd a')].map((a) => a.textContent!.trim());
    expect(link('RIEC Zeeland-West-Brabant')).to.include('Zicht op Ondermijning (CBS / ministerie van BZK)');
    expect(link('Veiligheidsmonitor')).not.to.include('Zicht op Ondermijning (CBS / ministerie van BZK)');
  });

  it('says a date is not known rather than guessing one', async () => {
    const el = await sources();
    const f = facts(byName(el, "Veiligheidsregio's Midden- en West-Brabant en Zeeland"));
    expect([f['Laatste update'], f['Volgende update verwacht']]).to.deep.equal(['niet bekend', 'niet bekend']);
    // A source the feed does not list: its name and indicators, nothing invented.
    expect(facts(byName(el, 'Meld Misdaad Anoniem'))['Laatste update']).to.equal('niet bekend');
  });

  it('filters by theme from the attribute and from the keyboard, and announces the chosen theme', async () => {
    const el = await sources(
      html`<miv-sources src=${SAMPLE_FEED_URL} theme="georganiseerde-criminaliteit"></miv-sources>`,
    );
    const themeOf = new Map(feed().indicators.map((i) => [i.title, i.theme]));
    const shownThemes = () =>
      new Set(
        articles(el).flatMap((a) =>
          [...a.querySelectorAll('dt + dd li')].map((li) => themeOf.get(li.textContent!.trim())),
        ),
      );
    expect([...shownThemes()].filter(Boolean)).to.deep.equal(['georganiseerde-criminaliteit']);
    expect(articles(el).map((a) => a.querySelector('h3')!.textContent!.trim())).not.to.include('Veiligheidsmonitor');

    const select = query<HTMLSelectElement>(el, '[part="filters"] select')!;
    expect(select.labels![0]!.textContent).to.contain('Thema');
    select.focus();
    const change = oneEvent(el, 'miv-view-change') as Promise<CustomEvent<ViewState>>;
    // From "Georganiseerde criminaliteit" one down: "Zorg en Veiligheid".
    await sendKeys({ press: 'ArrowDown' });
    expect((await change).detail).to.deep.equal({ theme: 'zorg-en-veiligheid' });
    await el.updateComplete;
    expect([...shownThemes()].filter(Boolean)).to.deep.equal(['zorg-en-veiligheid']);
    const count = articles(el).length;
    expect(text(el, '[part="count"]')).to.equal(`${count} bronnen`);
  });

  it('says so when its theme is none of the feed, and lists the sources of every theme', async () => {
    const el = document.createElement('miv-sources');
    Object.assign(el, { src: SAMPLE_FEED_URL, theme: 'georganiseerde criminaliteit' });
    const errors: string[] = [];
    el.addEventListener('miv-error', (e) => errors.push((e as CustomEvent<MivErrorDetail>).detail.kind));
    const shown = await sources(html`${el}`);
    const all = (await sources()).shadowRoot!.querySelectorAll('[part="source"]').length;
    expect(text(shown, '[part~="status"]')).to.equal(
      'Thema niet gevonden. Bedoelt u „georganiseerde-criminaliteit” (Georganiseerde criminaliteit)? U ziet de bronnen van alle thema’s.',
    );
    expect(query<HTMLSelectElement>(shown, '[part="filters"] select')!.value, 'the filter says all').to.equal('');
    expect(articles(shown)).to.have.length(all);
    expect(text(shown, '[part="count"]')).to.equal(`${all} bronnen`);
    expect(errors).to.deep.equal(['unknown-theme']);
    // The reader's choice ends the notice; the mistake is not announced again.
    const select = query<HTMLSelectElement>(shown, '[part="filters"] select')!;
    select.value = 'zorg-en-veiligheid';
    select.dispatchEvent(new Event('change'));
    await shown.updateComplete;
    expect(query(shown, '[part~="status"]')).to.equal(null);
    expect(errors).to.have.length(1);
  });

  it('on an English page marks the feed’s Dutch words as Dutch, and its own words not', async () => {
    const el = await sources(
      html`<miv-sources src=${SAMPLE_FEED_URL} theme="georganiseerde-criminaliteit" lang="en"></miv-sources>`,
    );
    const cbs = byName(el, 'CBS StatLine: geregistreerde criminaliteit');
    const marked = [...cbs.querySelectorAll('[lang="nl"]')].map((e) => e.textContent!.trim());
    // Name, publisher, the table's title, the indicators, the contact and the links: the feed's words.
    expect(marked).to.deep.equal([
      'CBS StatLine: geregistreerde criminaliteit',
      'CBS',
      'Geregistreerde criminaliteit; soort misdrijf, regio',
      'Geregistreerde drugsmisdrijven',
      '(Vuur)wapenmisdrijven',
      'CBS Infoservice',
      'CBS StatLine',
      'Zicht op Ondermijning (CBS / ministerie van BZK)',
    ]);
    // The element's own words around them stay English: the terms, `table 83648NED “…”`, a level.
    const dutch = (node: Element) => node.matches(':lang(nl)');
    expect([...cbs.querySelectorAll('dt')].some(dutch)).to.equal(false);
    const table = cbs.querySelector('dd a[href*="83648NED"]')!;
    expect(table.textContent).to.equal('table 83648NED “Geregistreerde criminaliteit; soort misdrijf, regio”');
    expect(dutch(table)).to.equal(false);
    expect(facts(cbs)['Lowest level']).to.equal('municipality');
    // The filter's themes are the feed's; "All themes" is the element's.
    const options = [...el.shadowRoot!.querySelectorAll('[part="filters"] option')];
    expect(options.map(dutch)).to.deep.equal([false, ...options.slice(1).map(() => true)]);

    const dutchPage = await sources();
    expect(
      dutchPage.shadowRoot!.querySelector('[lang]'),
      'no marks where the page speaks the feed’s language',
    ).to.equal(null);
  });

  it('reads a feed without a sources list, showing the sources its indicators name', async () => {
    const el = await sources(html`<miv-sources src=${SMALL_FEED_URL}></miv-sources>`);
    expect(articles(el).length).to.be.greaterThan(0);
    for (const a of articles(el)) expect(facts(a)['Laatste update']).to.equal('niet bekend');
  });
});

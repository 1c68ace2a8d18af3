/**
 * A profile card's reference to its theme's numbered notes (`Trendbreuk 2021, zie noot 1`): a link
 * that takes focus to the note in the shadow root, by click and by keyboard, named so that it makes
 * sense alone, and plain text on paper.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivProfile } from '../../../src/components/miv-profile/miv-profile.js';
import { failOnConsoleErrors, feedUrl, SAMPLE_FEED_URL, useSampleFeed } from '../../helpers.js';

const text = (node: Element) => node.textContent!.replace(/\s+/g, ' ').trim();

/** Tilburg's profile: Tilburg took part of Haaren in 2021, so nearly every series breaks there. */
async function tilburg(lang = 'nl'): Promise<MivProfile> {
  const el = await fixture<MivProfile>(
    html`<miv-profile src=${SAMPLE_FEED_URL} area="GM0855" lang=${lang}></miv-profile>`,
  );
  await waitUntil(() => el.shadowRoot!.querySelector('[part="rules"]'), 'the profile is drawn', { timeout: 8000 });
  return el;
}

/** The names of the page's links, as Chromium gives them to a screen reader. */
async function linkNames(): Promise<string[]> {
  type Node = { role: string; name: string; children: Node[] };
  const names: string[] = [];
  findAccessibilityNode<Node>((await a11ySnapshot({})) as unknown as Node, (node) => {
    if (node.role === 'link') names.push(node.name);
    return false;
  });
  return names;
}

/** Whether an element lies within the window. */
function inView(el: Element): boolean {
  const box = el.getBoundingClientRect();
  return box.top >= 0 && box.bottom <= window.innerHeight;
}

describe('<miv-profile> references to notes', () => {
  failOnConsoleErrors();
  const sampleFeed = useSampleFeed();
  afterEach(() => emulateMedia({ media: 'screen' }));

  /** A card of the profile by indicator id, its theme's section and its note list items. */
  const cardOf = (el: MivProfile, id: string) => {
    const title = sampleFeed().indicators.find((i) => i.id === id)!.shortTitle;
    const card = [...el.shadowRoot!.querySelectorAll('[part~="card"]')].find(
      (c) => c.querySelector('h4')!.textContent === title,
    )!;
    const notes = [...card.closest('[part="theme"]')!.querySelectorAll<HTMLElement>('[part="theme-notes"] li')];
    return { card, notes, links: [...card.querySelectorAll<HTMLAnchorElement>('[part="notes"] a')] };
  };

  it('takes the reader who clicks "zie noot 1" to note 1 of the theme', async () => {
    const el = await tilburg();
    const { card, notes, links } = cardOf(el, 'bibob-weigeringen');
    expect(text(card.querySelector('[part="notes"] li')!), 'the text as before').to.equal(
      'Trendbreuk 2021, zie noot 1',
    );
    expect(links.map(text), 'the whole note is the link').to.deep.equal(['Trendbreuk 2021, zie noot 1']);
    expect(await linkNames()).to.include('Trendbreuk 2021, zie noot 1');

    window.scrollTo(0, 0);
    links[0]!.scrollIntoView({ block: 'center' });
    const box = links[0]!.getBoundingClientRect();
    await sendMouse({
      type: 'click',
      position: [Math.round(box.x + box.width / 2), Math.round(box.y + box.height / 2)],
    });
    expect(document.activeElement).to.equal(el);
    expect(el.shadowRoot!.activeElement, 'focus on the note').to.equal(notes[0]);
    expect(text(notes[0]!)).to.equal(
      sampleFeed().indicators.find((i) => i.id === 'drugsdumpingen')!.breaks![0]!.reason,
    );
    expect(inView(notes[0]!), 'the note in view').to.equal(true);
    expect(location.hash, 'the page’s address unchanged').to.equal('');
  });

  it('goes there by keyboard too, and links each of several notes by its number, named in full', async () => {
    const el = await tilburg();
    // A survey's new method and Haaren's end, both in 2021: one break, two notes.
    // (Note 2 is the feed's note on Tilburg's 2021, which a card before referred to first.)
    const { card, notes, links } = cardOf(el, 'onveilig-eigen-buurt');
    expect(text(card.querySelector('[part="notes"] li')!)).to.equal('Trendbreuk 2021, zie noten 1 en 3');
    expect(links.map(text)).to.deep.equal(['1', '3', 'Cijfer 2021, zie noot 2']);
    expect(links.map((a) => a.getAttribute('aria-label'))).to.deep.equal([
      'Trendbreuk 2021, zie noot 1',
      'Trendbreuk 2021, zie noot 3',
      null,
    ]);

    links[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement, 'focus on note 3').to.equal(notes[2]);
    expect(getComputedStyle(notes[2]!).outlineStyle, 'where focus went is seen').to.equal('solid');
    // From the note, Tab goes on through the page from there.
    expect(notes[2]!.tabIndex).to.equal(-1);
  });

  it('prints the reference as the text it is, without a link’s colour, line or address', async () => {
    const el = await tilburg();
    const { card, links } = cardOf(el, 'bibob-weigeringen');
    await emulateMedia({ media: 'print' });
    const note = card.querySelector('[part="notes"] li')!;
    const style = getComputedStyle(links[0]!);
    expect(style.color).to.equal(getComputedStyle(note).color);
    expect(style.textDecorationLine).to.equal('none');
    expect(getComputedStyle(links[0]!, '::after').content).to.be.oneOf(['none', 'normal']);
    expect(text(note)).to.equal('Trendbreuk 2021, zie noot 1');
  });

  it('links the reference in English too', async () => {
    const el = await tilburg('en');
    expect(cardOf(el, 'bibob-weigeringen').links.map(text)).to.deep.equal(['Series break 2021, see note 1']);
    const { links } = cardOf(el, 'onveilig-eigen-buurt');
    expect(links.map((a) => a.getAttribute('aria-label'))).to.deep.equal([
      'Series break 2021, see note 1',
      'Series break 2021, see note 3',
      null,
    ]);
  });

  describe('to the feed’s note on a figure a card states', () => {
    /** Altena's profile: Altena exists since 2019; the feed gives its earlier figures recomputed, with a note. */
    async function altena(lang = 'nl'): Promise<MivProfile> {
      const el = await fixture<MivProfile>(
        html`<miv-profile src=${SAMPLE_FEED_URL} area="GM1959" lang=${lang}></miv-profile>`,
      );
      await waitUntil(() => el.shadowRoot!.querySelector('[part="rules"]'), 'the profile is drawn', { timeout: 8000 });
      return el;
    }
    const recomputed = 'Herberekend op de gemeentelijke indeling van 2025: Aalburg, Werkendam en Woudrichem samen.';

    it('says that a figure a change compares with is recomputed, in a note the card takes the reader to; not where none is', async () => {
      const el = await altena();
      // `↓ 16 minder dan in 2015 (van 19 naar 3)`: Altena did not exist in 2015.
      const { card, notes, links } = cardOf(el, 'tijdelijk-huisverbod');
      expect(text(card.querySelectorAll('[part="change"]')[1]!)).to.contain('16 minder dan in 2015 (van 19 naar 3)');
      expect([...card.querySelectorAll('[part="notes"] li')].map(text)).to.deep.equal(['Cijfer 2015, zie noot 1']);
      expect(links.map(text), 'the whole reference is the link').to.deep.equal(['Cijfer 2015, zie noot 1']);
      expect(text(notes[0]!)).to.equal(recomputed);
      // Once in the theme, however many of its cards refer to it.
      const theme = card.closest('[part="theme"]')!;
      expect(text(theme).split(recomputed)).to.have.length(2);
      expect(theme.querySelectorAll('[part="notes"] a[href$="-1"]').length).to.be.greaterThan(5);

      links[0]!.focus();
      await sendKeys({ press: 'Enter' });
      expect(el.shadowRoot!.activeElement, 'focus on the note').to.equal(notes[0]);

      // A card whose figures carry no note has no such reference: on trafficking the national
      // figures stand in, and the feed has no note on them. Given a note on Breda's secret figures
      // only, the drug labs' card refers to it for 2024 and 2025, which it names without a figure.
      const trafficking = cardOf(el, 'mensenhandel-seksuele-uitbuiting');
      expect(trafficking.card.querySelector('[part="notes"]')).to.equal(null);
      expect(trafficking.links).to.deep.equal([]);
      const secretNote = 'Vertrouwelijk: het onderzoek loopt nog.';
      const noted = structuredClone(sampleFeed());
      for (const s of noted.series.filter((s) => s.area === 'GM0758'))
        for (const [period, status] of Object.entries(s.status ?? {}))
          if (status === 'suppressed') s.notes = { ...s.notes, [period]: secretNote };
      const breda = await fixture<MivProfile>(html`<miv-profile src=${feedUrl(noted)} area="GM0758"></miv-profile>`);
      await waitUntil(() => breda.shadowRoot!.querySelector('[part="rules"]'), 'the profile is drawn', {
        timeout: 8000,
      });
      const references = [...breda.shadowRoot!.querySelectorAll('[part="notes"] li')].map(text);
      expect(references.length).to.be.greaterThan(0);
      expect(references.filter((r) => /^Cijfers? /.test(r))).to.deep.equal(['Cijfers 2024 en 2025, zie noot 1']);
      const labs = cardOf(breda, 'drugslabs-opslag');
      expect(text(labs.card)).to.contain('2024 en 2025: geen cijfer (geheim)');
      expect(labs.links.map(text)).to.deep.equal(['Cijfers 2024 en 2025, zie noot 1']);
      expect(text(labs.notes[0]!)).to.equal(secretNote);
    });

    it('says it in English, the feed’s note in the feed’s Dutch', async () => {
      const el = await altena('en');
      const { card, notes, links } = cardOf(el, 'tijdelijk-huisverbod');
      expect([...card.querySelectorAll('[part="notes"] li')].map(text)).to.deep.equal(['Figure for 2015, see note 1']);
      expect(links.map(text)).to.deep.equal(['Figure for 2015, see note 1']);
      expect(notes[0]!.querySelector('[lang]')?.getAttribute('lang')).to.equal('nl');
      expect(text(notes[0]!.querySelector('[lang]')!)).to.equal(recomputed);
      expect(cardOf(el, 'mensenhandel-seksuele-uitbuiting').card.querySelector('[part="notes"]')).to.equal(null);
    });
  });
});

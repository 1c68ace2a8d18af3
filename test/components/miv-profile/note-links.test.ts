/**
 * A profile card's reference to its theme's numbered notes (`Trendbreuk 2021, zie noot 1`): a link
 * that takes focus to the note in the shadow root, by click and by keyboard, named so that it makes
 * sense alone, and plain text on paper.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { a11ySnapshot, emulateMedia, findAccessibilityNode, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../../../src/define.js';
import type { MivProfile } from '../../../src/components/miv-profile/miv-profile.js';
import { failOnConsoleErrors, SAMPLE_FEED_URL, useSampleFeed } from '../../helpers.js';

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
    const { card, notes, links } = cardOf(el, 'onveilig-eigen-buurt');
    expect(text(card.querySelector('[part="notes"] li')!)).to.equal('Trendbreuk 2021, zie noten 1 en 2');
    expect(links.map(text)).to.deep.equal(['1', '2']);
    expect(links.map((a) => a.getAttribute('aria-label'))).to.deep.equal([
      'Trendbreuk 2021, zie noot 1',
      'Trendbreuk 2021, zie noot 2',
    ]);

    links[1]!.focus();
    await sendKeys({ press: 'Enter' });
    expect(el.shadowRoot!.activeElement, 'focus on note 2').to.equal(notes[1]);
    expect(getComputedStyle(notes[1]!).outlineStyle, 'where focus went is seen').to.equal('solid');
    // From the note, Tab goes on through the page from there.
    expect(notes[1]!.tabIndex).to.equal(-1);
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
      'Series break 2021, see note 2',
    ]);
  });
});

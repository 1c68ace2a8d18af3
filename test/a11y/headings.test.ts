/**
 * Headings fit the page's outline (WCAG 1.3.1): `heading-level` sets the level of an element's title,
 * and every other heading in the element follows below it without skipping a level.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import '../../src/define.js';
import { SMALL_FEED_URL } from '../fixtures/feeds.js';
import { SAMPLE_FEED_URL, shadow } from '../helpers.js';

/** Each element with a title, at a heading level, with the parts that bring headings of their own. */
const elements = (level: string): Record<string, TemplateResult> => ({
  // The duiding's heading.
  'miv-indicator': html`<miv-indicator
    heading-level=${level}
    src=${SMALL_FEED_URL}
    indicator="woninginbraak"
    area="GM0758"
  ></miv-indicator>`,
  // Opvallendheden with their titles, and the duiding.
  'miv-district-compare': html`<miv-district-compare
    heading-level=${level}
    src=${SMALL_FEED_URL}
    indicator="woninginbraak"
    level="gemeente"
    within="de-baronie"
  ></miv-district-compare>`,
  // The legend's heading.
  'miv-map': html`<miv-map heading-level=${level} src=${SAMPLE_FEED_URL} indicator="woninginbraak"></miv-map>`,
  'miv-theme': html`<miv-theme
    heading-level=${level}
    src=${SMALL_FEED_URL}
    theme="veilige-buurt-en-omgeving"
    area="GM0758"
  ></miv-theme>`,
  // Themes, cards, the cards' duiding, shared opvallendheden and the rules.
  'miv-profile': html`<miv-profile heading-level=${level} src=${SAMPLE_FEED_URL} area="GM0758"></miv-profile>`,
  // Groups and their notes and rules.
  'miv-highlights': html`<miv-highlights heading-level=${level} src=${SAMPLE_FEED_URL}></miv-highlights>`,
  'miv-sources': html`<miv-sources heading-level=${level} src=${SAMPLE_FEED_URL}></miv-sources>`,
});

const TITLE = ':is(h1, h2, h3, h4, h5, h6).title';

/** The levels of the element's headings, in the order they are read. */
async function headingLevels(template: TemplateResult): Promise<number[]> {
  const el = await fixture<HTMLElement>(template);
  await waitUntil(() => shadow(el).querySelector(TITLE), 'the element shows its title', { timeout: 8000 });
  return [...shadow(el).querySelectorAll('h1, h2, h3, h4, h5, h6')].map((h) => Number(h.localName[1]));
}

/** Where a heading comes more than one level below the one before it. */
const skips = (levels: number[]) => levels.filter((level, i) => i > 0 && level > levels[i - 1]! + 1);

describe('heading-level', () => {
  for (const name of Object.keys(elements('2'))) {
    it(`${name}: the title at the level set, the other headings below it without a skip`, async () => {
      const levels = await headingLevels(elements('3')[name]!);
      expect(levels[0], 'the title').to.equal(3);
      // The theme's cards are links, not sections: its title is its one heading.
      if (name !== 'miv-theme') expect(levels.length, 'headings of its parts').to.be.above(1);
      expect(Math.min(...levels.slice(1)), 'nothing at or above the title').to.be.above(3);
      expect(skips(levels)).to.deep.equal([]);
    });
  }

  it('is 2 without the attribute, and where it is not a level from 1 to 6', async () => {
    for (const level of ['', '0', '7', 'drie']) {
      const el = await fixture<HTMLElement>(
        level
          ? html`<miv-sources heading-level=${level} src=${SAMPLE_FEED_URL}></miv-sources>`
          : html`<miv-sources src=${SAMPLE_FEED_URL}></miv-sources>`,
      );
      await waitUntil(() => shadow(el).querySelector(TITLE), 'the title', { timeout: 8000 });
      expect(shadow(el).querySelector(TITLE)!.localName, level).to.equal('h2');
    }
  });

  it('makes a page title of the profile with level 1', async () => {
    const levels = await headingLevels(elements('1')['miv-profile']!);
    expect(levels.slice(0, 3)).to.deep.equal([1, 2, 3]);
    expect(skips(levels)).to.deep.equal([]);
  });
});

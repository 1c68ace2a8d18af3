/**
 * WCAG 3.1.2 in the parts that an element's template passes the feed's words to by a `mark`
 * function (`markFeedWords`): the duiding region's name and the number-or-rate toggle. An English
 * widget names them with the feed's Dutch title and unit, which are marked Dutch there too.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { feedPhrases, renderDuiding } from '../../src/components/parts.js';
import { renderToggle } from '../../src/components/view-controls.js';
import type { Duiding } from '../../src/feed/schema.js';
import { en } from '../../src/i18n/en.js';
import { accessibleName } from '../helpers.js';

const TITLE = 'Diefstal uit woning (woninginbraak)';
const UNIT = 'per 1.000 inwoners';
const ENTRY: Duiding = {
  indicator: 'woninginbraak',
  text: 'De daling zet door.',
  author: 'District De Baronie',
  date: '2026-04-10',
};

/** Marks the feed's `words` Dutch in an English sentence, as `markFeedWords` does. */
const dutch =
  (...words: string[]) =>
  (text: string) =>
    feedPhrases(text, words, 'nl');

/** The element that holds `text` in one of its own text nodes, within `root`. */
function holderOf(root: Node, text: string): Element {
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode())
    if (node.textContent!.includes(text)) return node.parentElement!;
  throw new Error(`"${text}" is not shown`);
}

describe("the feed's words in the names of parts", () => {
  it('the duiding region of an English widget is named with the title marked Dutch, in the same words', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="en">${renderDuiding([ENTRY], en, 'nl', `${TITLE}, Breda`, 3, { mark: dutch(TITLE) })}</div>`,
    );
    const region = box.querySelector('[part="duiding"]')!;
    expect(region.hasAttribute('aria-label')).to.equal(false);
    const label = box.querySelector(`#${region.getAttribute('aria-labelledby')}`)!;
    expect(holderOf(label, TITLE).matches(':lang(nl)')).to.equal(true);
    expect(holderOf(label, 'Interpretation of').matches(':lang(en)')).to.equal(true);
    expect(await accessibleName('region', (name) => name.startsWith('Interpretation'))).to.equal(
      `Interpretation of ${TITLE}, Breda`,
    );
  });

  it('the duiding region with nothing to mark (the interface speaks the feed language) keeps its aria-label', async () => {
    const box = await fixture<HTMLElement>(
      html`<div>${renderDuiding([ENTRY], en, undefined, `${TITLE}, Breda`, 3, { mark: (text) => text })}</div>`,
    );
    const region = box.querySelector('[part="duiding"]')!;
    expect(region.getAttribute('aria-label')).to.equal(`Interpretation of ${TITLE}, Breda`);
    expect([region.hasAttribute('aria-labelledby'), box.querySelectorAll('[id]').length]).to.deep.equal([false, 0]);
  });

  it('the rate button of an English widget says the unit, capitalised, marked Dutch', async () => {
    const box = await fixture<HTMLElement>(
      html`<div lang="en">
        ${renderToggle({
          label: en.fair.measureLabel,
          part: 'measure',
          options: [
            { value: 'count', label: en.fair.count },
            { value: 'rate', label: en.fair.rate(UNIT) },
          ],
          selected: 'count',
          onSelect: () => undefined,
          mark: dutch(TITLE, UNIT),
        })}
      </div>`,
    );
    const [count, rate] = [...box.querySelectorAll('button')];
    expect(holderOf(rate!, 'Per 1.000 inwoners').matches(':lang(nl)')).to.equal(true);
    expect(holderOf(count!, 'Number').matches(':lang(en)')).to.equal(true);
    expect(holderOf(box, 'Show as').matches(':lang(en)')).to.equal(true);
    expect(await accessibleName('button', (name) => name.startsWith('Per'))).to.equal('Per 1.000 inwoners');
  });
});

import { expect, html } from '@open-wc/testing';
import '../../../src/define.js';
import { SMALL_FEED_URL } from '../../fixtures/feeds.js';
import { failOnConsoleErrors, rendered } from './helpers.js';

interface AxeResults {
  violations: { id: string; help: string; nodes: { target: unknown[] }[] }[];
  passes: { id: string }[];
}
declare global {
  interface Window {
    axe?: { run(context: Element, options: object): Promise<AxeResults> };
  }
}

/** axe-core ships as a script, not a module: load it once as a script tag. */
async function loadAxe(): Promise<NonNullable<Window['axe']>> {
  if (!window.axe) {
    const script = document.createElement('script');
    script.src = new URL('../../../node_modules/axe-core/axe.min.js', import.meta.url).href;
    const loaded = new Promise((resolve, reject) => {
      script.onload = resolve;
      script.onerror = reject;
    });
    document.head.append(script);
    await loaded;
  }
  return window.axe!;
}

describe('<miv-indicator> accessibility', () => {
  failOnConsoleErrors();

  const cases = {
    'a rate with comparisons and the table shown': html`<miv-indicator
      src=${SMALL_FEED_URL}
      indicator="woninginbraak"
      area="GM0748"
      show-table
    ></miv-indicator>`,
    'a survey with margins': html`<miv-indicator
      src=${SMALL_FEED_URL}
      indicator="onveilig-eigen-buurt"
      area="GM0758"
    ></miv-indicator>`,
    'a national stand-in': html`<miv-indicator
      src=${SMALL_FEED_URL}
      indicator="mensenhandel-seksuele-uitbuiting"
      area="GM0758"
    ></miv-indicator>`,
  };

  for (const [name, template] of Object.entries(cases)) {
    it(`meets WCAG 2.1 AA as far as axe can tell: ${name}`, async () => {
      const axe = await loadAxe();
      const el = await rendered(template);
      const { violations, passes } = await axe.run(el, {
        runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
      });
      expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.length})`)).to.deep.equal([]);
      // The checks reached into the shadow root: its table and its text contrast were examined.
      expect(passes.map((p) => p.id))
        .to.include('th-has-data-cells')
        .and.include('color-contrast');
    });
  }
});

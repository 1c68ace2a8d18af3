/**
 * The demo page's tabs (examples/demo.css) keep the chosen one apart under forced colours, where the
 * browser drops its fill and every tab would look alike but for its weight (WCAG 1.4.11).
 */
import { expect, fixture, html } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';

/** The opacity of a computed colour, `rgb(…)` or `rgba(…, a)`. */
const alpha = (colour: string) => Number(/rgba\([^)]*,\s*([\d.]+)\)/.exec(colour)?.[1] ?? 1);

async function tabs(): Promise<[HTMLElement, HTMLElement]> {
  const link = document.createElement('link');
  link.rel = 'stylesheet';
  link.href = '/examples/demo.css';
  const loaded = new Promise((resolve, reject) => {
    link.onload = resolve;
    link.onerror = reject;
  });
  document.head.append(link);
  await loaded;
  const list = await fixture<HTMLElement>(html`
    <div class="tabs" role="tablist">
      <button type="button" role="tab" aria-selected="true">Grafieken</button>
      <button type="button" role="tab" aria-selected="false">Kaart</button>
    </div>
  `);
  return [...list.querySelectorAll<HTMLElement>('[role="tab"]')] as [HTMLElement, HTMLElement];
}

describe('demo page tabs', () => {
  afterEach(async () => {
    await executeServerCommand('emulate-forced-colors', { active: false });
    document.querySelectorAll('link[href="/examples/demo.css"]').forEach((l) => l.remove());
  });

  it('marks the chosen tab with the colours of a selection under forced colours', async () => {
    await executeServerCommand('emulate-forced-colors', { active: true });
    const [chosen, other] = await tabs();
    const [a, b] = [getComputedStyle(chosen), getComputedStyle(other)];
    // Left to the browser, the chosen tab's fill turned transparent: it looked like the others.
    expect(alpha(a.backgroundColor), 'the chosen tab has a fill').to.be.above(0.5);
    expect(a.backgroundColor, 'unlike the other tabs').to.not.equal(b.backgroundColor);
    expect(a.color, 'its label readable on it').to.not.equal(a.backgroundColor);
  });
});

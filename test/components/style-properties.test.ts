/**
 * The inline style properties of the elements' templates (a tooltip's mark, a chart's height, a
 * legend's swatches) apply under a strict Content Security Policy, from the first render on, and an
 * update takes back what it no longer sets. `examples/csp.html` checks the elements themselves
 * (`test/tools/example-checks.js`).
 */
import { expect } from '@open-wc/testing';
import { html, render } from 'lit';
import { styleProperties, type StyleProperties } from '../../src/components/style-properties.js';

/** A page of its own under `style-src 'self'`, and the directives its policy refused. */
async function strictPage(): Promise<{ body: HTMLElement; violations: string[]; close: () => void }> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="style-src 'self'"><body></body>`;
  const loaded = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  await loaded;
  const page = frame.contentDocument!;
  const violations: string[] = [];
  page.addEventListener('securitypolicyviolation', (e) => violations.push(e.effectiveDirective));
  return { body: page.body, violations, close: () => frame.remove() };
}

describe('styleProperties', () => {
  it('sets properties under a strict style-src on the first render, and takes back the ones left out', async () => {
    const { body, violations, close } = await strictPage();
    try {
      // Made in the frame's document, as an element's shadow root makes them in the page's.
      const draw = (properties: StyleProperties) =>
        render(html`<div ${styleProperties(properties)}></div>`, body, { creationScope: body.ownerDocument });
      draw({ width: '40px', '--_chart-height': '120px' });
      const div = body.querySelector('div')!;
      expect(div.offsetWidth).to.equal(40);
      expect(div.style.getPropertyValue('--_chart-height')).to.equal('120px');
      draw({ height: '8px' });
      expect([div.style.width, div.style.getPropertyValue('--_chart-height'), div.offsetHeight]).to.deep.equal([
        '',
        '',
        8,
      ]);
      // A violation is reported in a task of its own.
      await new Promise((resolve) => setTimeout(resolve));
      expect(violations).to.deep.equal([]);
    } finally {
      close();
    }
  });
});

/**
 * Screenshots of the fair comparisons on the sample feed: Breda beside its CBS size class, and the
 * index view. Baselines in `test/visual/baselines/`; see `elements.test.ts` for how to update them.
 */
import { html, render, type TemplateResult } from 'lit';
import { emulateMedia, setViewport } from '@web/test-runner-commands';
import { visualDiff } from '@web/test-runner-visual-regression';
import '../../src/define.js';
import { SAMPLE_FEED_URL } from '../helpers.js';

const FRAME = 'background: #fff; padding: 8px; width: 640px; --miv-font-family: "DejaVu Sans", sans-serif;';

let host: HTMLElement | undefined;

async function shoot(template: TemplateResult): Promise<HTMLElement> {
  host = document.createElement('div');
  host.style.cssText = FRAME;
  document.body.append(host);
  const done = new Promise((resolve) => host!.addEventListener('miv-rendered', resolve, { once: true }));
  render(template, host);
  await done;
  await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
  return host;
}

describe('visual regression: fair comparisons', () => {
  before(async () => {
    await setViewport({ width: 1000, height: 1600 });
    await emulateMedia({ reducedMotion: 'reduce' });
  });

  afterEach(() => {
    host?.remove();
    host = undefined;
  });

  it('Breda beside its size class in the unit and in Nederland, per 1.000 inwoners', async () => {
    const frame = await shoot(
      html`<miv-indicator
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        compare="group:grootteklasse-150000-250000 group:grootteklasse-150000-250000-nl"
        period-control
      ></miv-indicator>`,
    );
    await visualDiff(frame, 'fair-breda-size-class');
  });

  it('the index view: Breda, its size class and Nederland, 2019 = 100', async () => {
    const frame = await shoot(
      html`<miv-indicator
        src=${SAMPLE_FEED_URL}
        indicator="woninginbraak"
        area="GM0758"
        compare="group:grootteklasse-150000-250000-nl land"
        scale="index"
        base="2019"
      ></miv-indicator>`,
    );
    await visualDiff(frame, 'fair-index');
  });

  it('a count per 100.000 inwoners beside its size class, with the toggle to the number', async () => {
    const frame = await shoot(
      html`<miv-indicator
        src=${SAMPLE_FEED_URL}
        indicator="explosies-panden"
        area="GM0758"
        compare="group:grootteklasse-150000-250000-nl"
      ></miv-indicator>`,
    );
    await visualDiff(frame, 'fair-count-per-inwoner');
  });

  it("a size class's members in the unit, per inwoner, and why they belong together", async () => {
    const frame = await shoot(
      html`<miv-district-compare
        src=${SAMPLE_FEED_URL}
        indicator="explosies-panden"
        within="group:grootteklasse-50000-100000"
      ></miv-district-compare>`,
    );
    await visualDiff(frame, 'fair-size-class-members');
  });
});

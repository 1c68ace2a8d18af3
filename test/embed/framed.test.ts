/**
 * The iframe page (`embed.html`): when its element's code cannot be loaded it says what any page
 * says in that element's place, fires the same `miv-error`, and tells the host its height, as it
 * does for a widget that loaded.
 */
import { expect } from '@open-wc/testing';
import { isHeightMessage } from '../../src/embed/protocol.js';
import type { MivErrorDetail } from '../../src/components/miv-data-element.js';
import { until } from '../reliability/helpers.js';

/** Ends the listening of each test's frames for their heights. */
const stopListening: (() => void)[] = [];

interface Framed {
  doc: Document;
  errors: MivErrorDetail[];
  logged: string[];
  heights: number[];
}

/**
 * The body of `embed.html` in a frame, showing what `query` names with `loaders` (JavaScript source):
 * its own script would load the built chunks, which a test cannot make fail.
 */
async function framed(query: string, loaders: string): Promise<Framed> {
  const page = await (await fetch(new URL('../../src/embed/embed.html', import.meta.url))).text();
  const body = page.slice(page.indexOf('<body>') + 6, page.indexOf('</body>'));
  const frame = document.createElement('iframe');
  const heights: number[] = [];
  const listen = (e: MessageEvent) => {
    if (e.source === frame.contentWindow && isHeightMessage(e.data)) heights.push(e.data.height);
  };
  addEventListener('message', listen);
  stopListening.push(() => removeEventListener('message', listen));
  frame.srcdoc = `<!doctype html><html lang="nl"><body>${body}
    <script>
      window.errors = []; window.logged = [];
      addEventListener('miv-error', (e) => errors.push(e.detail));
      console.error = (...args) => logged.push(String(args[0]));
    </script>
    <script type="module">
      import { showFramed } from '/src/embed/framed.ts';
      showFramed(${loaders}, new URLSearchParams(${JSON.stringify(query)}));
    </script>
  </body></html>`;
  document.body.append(frame);
  await until(() => heights.length > 0, 'the height posted to the host');
  const win = frame.contentWindow as Window & { errors: MivErrorDetail[]; logged: string[] };
  return { doc: frame.contentDocument!, errors: win.errors, logged: win.logged, heights };
}

const MISSING = `{ 'miv-map': () => import('/no-such-chunk.js') }`;

describe('the iframe page', () => {
  afterEach(() => {
    document.querySelectorAll('iframe').forEach((frame) => frame.remove());
    for (const stop of stopListening.splice(0)) stop();
  });

  it('says in place of the element that its code could not be loaded, fires miv-error, and posts its height', async () => {
    const { doc, errors, logged, heights } = await framed('element=miv-map&src=feed.json&indicator=x', MISSING);
    const element = doc.querySelector('#miv-embed > miv-map')!;
    expect(element.textContent).to.equal('Dit onderdeel kon niet worden geladen. Probeer het later opnieuw.');
    expect(element.querySelector('p')!.getAttribute('role')).to.equal('alert');
    expect(doc.getElementById('miv-embed-error')!.hidden, 'not the line about an unknown element').to.equal(true);
    expect(errors.map((e) => e.kind)).to.deep.equal(['element']);
    expect(errors[0]!.message).to.match(/^<miv-map> kon niet worden geladen: /);
    expect(logged).to.deep.equal(['miv-widgets: <miv-map> kon niet worden geladen']);
    // As tall as its line (and the page's padding), so that the host's frame shows it whole.
    expect(heights.at(-1)).to.be.within(20, 100);
  });

  it('says it in the language of the address', async () => {
    const { doc } = await framed('element=miv-map&lang=en', MISSING);
    expect(doc.querySelector('miv-map')!.textContent).to.equal(
      'This part could not be loaded. Please try again later.',
    );
  });

  it('still names the mistake when the address names no element of ours', async () => {
    const { doc, errors, heights } = await framed('element=miv-bestaat-niet', MISSING);
    expect(doc.getElementById('miv-embed-error')!.hidden).to.equal(false);
    expect(doc.getElementById('miv-embed')!.childElementCount).to.equal(0);
    expect(errors).to.deep.equal([]);
    expect(heights.at(-1)).to.be.above(20);
  });
});

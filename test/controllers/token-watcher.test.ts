/**
 * A token watcher tells its element of a change on the element or any ancestor once a frame; an
 * element that left is told nothing, while the others under the same ancestors still are, and one
 * that moved hears from its new ancestors only.
 */
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { TokenWatcher } from '../../src/controllers/token-watcher.js';

/** An element that counts what its watcher tells it. */
class Watched extends LitElement {
  told = 0;
  readonly watcher = new TokenWatcher(this, () => this.told++);
}
customElements.define('watched-tokens', Watched);

const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

describe('token watcher', () => {
  afterEach(() => document.documentElement.classList.remove('house-style', 'other-style'));

  it('tells each element under a changed ancestor once a frame, and not one that left', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <section><watched-tokens></watched-tokens><watched-tokens></watched-tokens></section>
      </div>`,
    );
    const [first, second] = page.querySelectorAll<Watched>('watched-tokens');
    document.documentElement.classList.add('house-style');
    document.documentElement.classList.add('other-style');
    await waitUntil(() => first!.told && second!.told, 'both told of a class on <html>');
    await frame();
    expect([first!.told, second!.told], 'two changes of one frame told once').to.deep.equal([1, 1]);

    first!.remove();
    page.querySelector('section')!.setAttribute('data-theme', 'dark');
    await waitUntil(() => second!.told === 2, 'the one that stayed is told of its shared parent');
    document.documentElement.classList.remove('house-style');
    await waitUntil(() => second!.told === 3, 'and of <html>');
    await frame();
    expect(first!.told, 'the one that left').to.equal(1);
  });

  it('follows an element that moves: its new ancestors tell it, its old ones do not', async () => {
    const page = await fixture<HTMLElement>(
      html`<div>
        <section class="old"><watched-tokens></watched-tokens></section>
        <section class="new"></section>
      </div>`,
    );
    const [old, now] = page.querySelectorAll('section');
    const el = page.querySelector<Watched>('watched-tokens')!;
    now!.append(el);
    old!.style.color = 'red';
    // A change the element would not be told of, then one it would: only the second counts.
    await frame();
    await frame();
    now!.style.color = 'blue';
    await waitUntil(() => el.told > 0, 'told of its new parent');
    await frame();
    expect(el.told).to.equal(1);
  });
});

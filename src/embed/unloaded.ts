/**
 * An element whose code could not be loaded has no shadow root and no styles of its own: it says so
 * with a line of text in the page's own DOM, in the page's own type, and fires one `miv-error`, as
 * every other failure of a widget does.
 */
import { elementFailed } from '../i18n/element-failed.js';
import type { MivErrorDetail } from '../components/miv-data-element.js';

/**
 * The slot of the line: none that an element renders, so that the line goes out of sight by itself
 * if the element's code loads after all (`<miv-feed>`'s default slot takes only unslotted content).
 */
const SLOT = 'miv-unloaded';

/**
 * The failures already announced: the loss of a kind's code once, however many elements of that
 * kind a page holds (each says so, but only the first in a live region), and once more when an
 * element added later tries again and fails again.
 */
const announced = new WeakSet<object>();

/** Tells the page's developer, in the console, that `tag`'s code could not be loaded and why. */
export function logUnloaded(tag: string, cause: unknown): void {
  console.error(`miv-widgets: <${tag}> kon niet worden geladen`, cause);
}

/** Shows the failure in `element`'s place, in its language (`lang` on it or around it), and fires `miv-error`. */
export function showUnloaded(element: Element, cause: unknown): void {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
  const line = document.createElement('p');
  line.slot = SLOT;
  const once = typeof cause === 'object' && cause !== null;
  if (!once || !announced.has(cause)) line.setAttribute('role', 'alert');
  if (once) announced.add(cause);
  line.textContent = /^en(-|$)/i.test(lang) ? elementFailed.en : elementFailed.nl;
  element.prepend(line);
  const reason = cause instanceof Error ? cause.message : String(cause);
  element.dispatchEvent(
    new CustomEvent<MivErrorDetail>('miv-error', {
      detail: { kind: 'element', message: `<${element.localName}> kon niet worden geladen: ${reason}` },
      bubbles: true,
      composed: true,
    }),
  );
}

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

/** Shows the failure in `element`'s place, in its language (`lang` on it or around it), and fires `miv-error`. */
export function showUnloaded(element: Element, cause: unknown): void {
  const lang = element.closest('[lang]')?.getAttribute('lang') ?? '';
  const line = document.createElement('p');
  line.slot = SLOT;
  line.setAttribute('role', 'alert');
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

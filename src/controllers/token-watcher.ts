/**
 * Tells an element when its tokens may have changed without the element seeing it: the reader's
 * colour scheme, forced colours, motion or contrast preference, and a `class`, `style`,
 * `color-scheme` or `data-theme` attribute on the element or any ancestor (a dark-mode class on
 * `<html>`, a `<miv-feed color-scheme>`).
 * Changes of one frame are reported once. What it cannot see (a stylesheet swapped, a token set
 * from script on a `:root` rule) is covered by the element's public `refreshTokens()`.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';

const MEDIA_QUERIES = [
  '(prefers-color-scheme: dark)',
  '(forced-colors: active)',
  '(prefers-reduced-motion: reduce)',
  '(prefers-contrast: more)',
];
const WATCHED_ATTRIBUTES = ['class', 'style', 'color-scheme', 'data-theme'];

/** One set of media listeners for the whole page, however many elements listen. */
const mediaListeners = new Set<() => void>();
let queries: MediaQueryList[] = [];
const onMediaChange = () => mediaListeners.forEach((listener) => listener());

function listenToMedia(listener: () => void): void {
  if (mediaListeners.size === 0) {
    queries = MEDIA_QUERIES.map((q) => matchMedia(q));
    queries.forEach((q) => q.addEventListener('change', onMediaChange));
  }
  mediaListeners.add(listener);
}

function stopListeningToMedia(listener: () => void): void {
  mediaListeners.delete(listener);
  if (mediaListeners.size > 0) return;
  queries.forEach((q) => q.removeEventListener('change', onMediaChange));
  queries = [];
}

/** The element and its ancestors, across shadow roots, up to `<html>`. */
function selfAndAncestors(element: Element): Element[] {
  const chain: Element[] = [];
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) chain.push(node);
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return chain;
}

export class TokenWatcher implements ReactiveController {
  private observer: MutationObserver | undefined;
  private frame = 0;
  private readonly schedule = () => {
    if (this.frame) return;
    this.frame = requestAnimationFrame(() => {
      this.frame = 0;
      this.onChange();
    });
  };

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly onChange: () => void,
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    listenToMedia(this.schedule);
    this.observer = new MutationObserver(this.schedule);
    for (const element of selfAndAncestors(this.host))
      this.observer.observe(element, { attributes: true, attributeFilter: WATCHED_ATTRIBUTES });
  }

  hostDisconnected(): void {
    stopListeningToMedia(this.schedule);
    this.observer?.disconnect();
    this.observer = undefined;
    cancelAnimationFrame(this.frame);
    this.frame = 0;
  }
}

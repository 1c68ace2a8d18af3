/**
 * The embed scripts start the feed request of every element they see with a `src` at once, before
 * the element's code has arrived, so that the feed and the code load side by side instead of one
 * after the other. `loadFeed` (src/feed/load.ts) takes the request over, found under the same
 * global key by URL and credentials; the element code is a separate chunk that the loader must not
 * import, hence a key rather than a shared module.
 */
const requests: Map<string, Promise<Response>> = ((globalThis as unknown as Record<symbol, unknown>)[
  Symbol.for('miv-widgets.early-feeds')
] ??= new Map<string, Promise<Response>>()) as Map<string, Promise<Response>>;
/** Requests started by this script: each feed once, also after `loadFeed` has taken it. */
const started = new Set<string>();

export function requestFeedEarly(element: Element): void {
  const src = element.getAttribute('src');
  if (!src) return;
  // The element's own defaults (miv-data-element.ts): no cookies unless asked for.
  const credentials: RequestCredentials = element.getAttribute('credentials') === 'include' ? 'include' : 'omit';
  const key = `${credentials} ${new URL(src, document.baseURI).href}`;
  if (started.has(key)) return;
  started.add(key);
  const request = fetch(src, { credentials, headers: { accept: 'application/json' } });
  // A failure is `loadFeed`'s to report, when it takes the request over.
  request.catch(() => {});
  requests.set(key, request);
  // With the page's first feed, its first number format. That starts ICU's number formatting (13–20
  // ms here, the same for any locale; a second one then costs 0,1 ms), which would otherwise fall in
  // the first widget's build; made now, it mostly fills time the page waits for the feed and the
  // element code anyway. In a task of its own, not lengthening the one that scans the page.
  if (started.size === 1) setTimeout(() => new Intl.NumberFormat('nl-NL').format(0));
}

/**
 * Feeds for the state stories, without a network: a URL whose request never answers, one whose
 * request fails like an unreachable server, and variants of the small test feed with one thing
 * changed, served from blob URLs so the elements load them exactly like a published feed.
 */
import { SMALL_FEED_URL } from '../../test/fixtures/feeds.js';
import type { Feed } from '../../src/feed/schema.js';

/** `.invalid` is reserved (RFC 2606): these hosts can never be reached, stubbed or not. */
export const PENDING_FEED_URL = 'https://pending.miv.invalid/feed.json';
export const OFFLINE_FEED_URL = 'https://offline.miv.invalid/feed.json';

let stubbed = false;

/**
 * Makes `PENDING_FEED_URL` hang until its request is aborted, and `OFFLINE_FEED_URL` fail as
 * `fetch` does for a refused connection. Every other request goes to the real `fetch`.
 */
export function stubUnreachableFeeds(): void {
  if (stubbed) return;
  stubbed = true;
  const realFetch = window.fetch.bind(window);
  window.fetch = (input, init) => {
    const url = input instanceof Request ? input.url : String(input);
    if (url === OFFLINE_FEED_URL) return Promise.reject(new TypeError('Failed to fetch'));
    if (url !== PENDING_FEED_URL) return realFetch(input, init);
    return new Promise<Response>((_, reject) => {
      init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError')), {
        once: true,
      });
    });
  };
}

const variants = new Map<string, Promise<string>>();

/**
 * A blob URL of the small feed after `change`, made once per `name` so that re-rendering a story
 * reuses the URL (and the feed cache of the elements) instead of creating a new one.
 */
export function feedVariant(name: string, change: (feed: Feed & Record<string, unknown>) => void): Promise<string> {
  let url = variants.get(name);
  if (!url) {
    url = fetch(SMALL_FEED_URL)
      .then((response) => response.json() as Promise<Feed & Record<string, unknown>>)
      .then((feed) => {
        change(feed);
        return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
      });
    variants.set(name, url);
  }
  return url;
}

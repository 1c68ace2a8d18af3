/**
 * The last feed that loaded and validated, kept in `localStorage` per feed URL, so that a widget can
 * still show figures (marked as out of date) when the feed cannot be loaded later. Storage is a
 * courtesy: when it is blocked (sandboxed iframes, privacy settings), full or tampered with, the
 * widget simply behaves as if nothing was kept.
 */
import type { Feed } from './schema.js';
import { whenIdle } from '../scheduling.js';
import { validFeedOrNothing } from './validate-core.js';
import type { MivError } from './errors.js';

const PREFIX = 'miv-widgets:last-good:';

/**
 * Feeds larger than this (in characters) are not kept: browsers give an origin about 5 million
 * characters of `localStorage`, shared with the host page, and writing it blocks the main thread.
 */
export const MAX_KEPT_CHARS = 2_000_000;

/** Why a feed is shown from storage, and when it was last loaded. */
export interface StaleInfo {
  /** The failure that made the widget fall back on kept data. */
  error: MivError;
  /** ISO time at which the kept copy was loaded. */
  savedAt: string;
}

interface Kept {
  savedAt: string;
  body: string;
}

const staleFeeds = new WeakMap<Feed, StaleInfo>();

/** Set when `feed` comes from storage because loading the feed failed. */
export function staleInfo(feed: Feed): StaleInfo | undefined {
  return staleFeeds.get(feed);
}

function storage(): Storage | undefined {
  try {
    return globalThis.localStorage;
  } catch {
    // Reading `localStorage` itself throws where the host or the browser blocks storage.
    return undefined;
  }
}

function keptKeys(store: Storage): string[] {
  return Array.from({ length: store.length }, (_, i) => store.key(i)).filter(
    (key): key is string => key?.startsWith(PREFIX) ?? false,
  );
}

/** Copies waiting to be written, by storage key: read from here until they are. */
const waiting = new Map<string, string>();

/**
 * Keeps `body` (the text of a feed that has just validated) for `url`; `undefined` stands for a feed
 * too large to keep. Written in idle time: writing a large feed to storage blocks the page, and the
 * copy is a courtesy the figures on screen do not wait for. Never throws.
 */
export function keepLastGood(url: string, body: string | undefined): void {
  const key = PREFIX + url;
  const first = waiting.size === 0;
  waiting.set(key, body === undefined || body.length > MAX_KEPT_CHARS ? '' : body);
  if (first) whenIdle(writeWaiting);
}

function writeWaiting(): void {
  for (const [key, body] of waiting) write(key, body);
  waiting.clear();
}

function write(key: string, body: string): void {
  const store = storage();
  if (!store) return;
  if (!body) {
    // An older copy would be older than the data the reader has just seen: drop it.
    try {
      store.removeItem(key);
    } catch {
      // Blocked storage holds nothing of ours.
    }
    return;
  }
  const value = JSON.stringify({ savedAt: new Date().toISOString(), body } satisfies Kept);
  try {
    store.setItem(key, value);
  } catch {
    // Full: make room by dropping the other kept feeds (never the host's own entries), then try once more.
    try {
      for (const other of keptKeys(store)) store.removeItem(other);
      store.setItem(key, value);
    } catch {
      // Still no room: the widget works without a kept copy.
    }
  }
}

/**
 * The kept feed for `url`, validated again (storage can be edited, and the library may have moved
 * on), and marked stale with `error`; undefined when there is none that is still valid.
 */
export function lastGood(url: string, error: MivError): Feed | undefined {
  // A copy still waiting for idle time is the latest.
  writeWaiting();
  const store = storage();
  if (!store) return undefined;
  const key = PREFIX + url;
  try {
    const text = store.getItem(key);
    if (text === null) return undefined;
    const kept = JSON.parse(text) as Kept;
    if (typeof kept.savedAt !== 'string' || Number.isNaN(Date.parse(kept.savedAt))) throw new TypeError('savedAt');
    const feed = validFeedOrNothing(JSON.parse(kept.body));
    if (!feed) throw new TypeError('no longer valid');
    staleFeeds.set(feed, { error, savedAt: kept.savedAt });
    return feed;
  } catch {
    try {
      store.removeItem(key);
    } catch {
      // Blocked storage: nothing to clean up.
    }
    return undefined;
  }
}

/** Forgets every kept feed (tests, and hosts that want to clear what the widgets stored). */
export function clearLastGood(): void {
  waiting.clear();
  const store = storage();
  if (!store) return;
  try {
    for (const key of keptKeys(store)) store.removeItem(key);
  } catch {
    // Blocked storage holds nothing of ours.
  }
}

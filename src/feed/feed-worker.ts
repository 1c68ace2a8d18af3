/**
 * The module Web Worker that decodes, parses and validates a large feed away from the page (see
 * `parse-in-worker.ts`). It answers `ready` once loaded; then, for the bytes of one feed, either an
 * `error` with the same kind, message and detail as on the page, or the feed in pieces: the feed
 * with its lists emptied, the items of each list in slices, and `done`. Each piece is a message of
 * its own, so that the page deserialises it in a short task of its own.
 */
import { MivError } from './errors.js';
import { jsonError } from './json-text.js';
import { MAX_KEPT_CHARS } from './last-good.js';
import { parseFeed } from './validate.js';
import type { Feed } from './schema.js';

/** What the page sends: the feed's bytes (transferred) and its address, for error details. */
export interface FeedWorkerRequest {
  bytes: ArrayBuffer;
  url: string;
}

export type FeedWorkerMessage =
  | { type: 'ready' }
  | { type: 'error'; kind: MivError['kind']; message: string; detail: MivError['detail'] }
  | { type: 'head'; head: Feed }
  | { type: 'items'; key: keyof Feed; items: unknown[] }
  /** `body` is the feed's text when it is small enough to keep as the last good copy. */
  | { type: 'done'; body: string | undefined };

/**
 * Items per message. A slice of the largest items (indicators with their metadata, about 1 KB of
 * JSON each) deserialises on the page in a few milliseconds.
 */
const ITEMS_PER_MESSAGE = 1000;

const send = (message: FeedWorkerMessage) => postMessage(message);

function answer({ bytes, url }: FeedWorkerRequest): void {
  const text = new TextDecoder().decode(bytes);
  let feed: Feed;
  try {
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch {
      throw jsonError(text, url);
    }
    feed = parseFeed(json);
  } catch (error) {
    if (!(error instanceof MivError)) throw error;
    send({ type: 'error', kind: error.kind, message: error.message, detail: error.detail });
    return;
  }
  const head: Record<string, unknown> = { ...feed };
  const lists = (Object.entries(feed) as [keyof Feed, unknown][]).filter((entry): entry is [keyof Feed, unknown[]] =>
    Array.isArray(entry[1]),
  );
  for (const [key] of lists) head[key] = [];
  send({ type: 'head', head: head as Feed });
  for (const [key, items] of lists)
    for (let start = 0; start < items.length; start += ITEMS_PER_MESSAGE)
      send({ type: 'items', key, items: items.slice(start, start + ITEMS_PER_MESSAGE) });
  send({ type: 'done', body: text.length <= MAX_KEPT_CHARS ? text : undefined });
}

addEventListener('message', (event: MessageEvent<FeedWorkerRequest>) => answer(event.data));
send({ type: 'ready' });

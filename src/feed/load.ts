/**
 * Fetches and validates feeds: one request per URL per page, however many widgets ask for it.
 * HTTP caching (ETag, Cache-Control) is left to the browser on purpose: no cache-busting here.
 */
import { MivError } from './errors.js';
import { parseFeed } from './validate.js';
import type { Feed } from './schema.js';

/** How long a feed request may take before it fails with kind `timeout`. */
export const DEFAULT_TIMEOUT_MS = 15_000;

export interface LoadOptions {
  /** Aborts this caller's wait; the request itself stops once nobody waits for it any more. */
  signal?: AbortSignal;
  timeoutMs?: number;
  /** `include` sends cookies (intranets that need them); by default none are sent. */
  credentials?: RequestCredentials;
}

interface Pending {
  promise: Promise<Feed>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
}

const requests = new Map<string, Pending>();

function keyOf(url: string, credentials: RequestCredentials): string {
  return `${credentials} ${new URL(url, document.baseURI).href}`;
}

async function fetchFeed(
  url: string,
  controller: AbortController,
  timeoutMs: number,
  credentials: RequestCredentials,
): Promise<Feed> {
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  try {
    let response: Response;
    try {
      response = await fetch(url, { signal: controller.signal, credentials, headers: { accept: 'application/json' } });
    } catch (cause) {
      if (timedOut) throw new MivError('timeout', `Geen antwoord binnen ${timeoutMs / 1000} s`, { url });
      throw cause instanceof DOMException && cause.name === 'AbortError'
        ? cause
        : new MivError('network', 'De feed kon niet worden opgehaald', { url });
    }
    if (!response.ok) throw new MivError('http', `HTTP ${response.status}`, { status: response.status, url });
    let body: string;
    try {
      body = await response.text();
    } catch (cause) {
      if (timedOut) throw new MivError('timeout', `Geen antwoord binnen ${timeoutMs / 1000} s`, { url });
      throw cause;
    }
    let json: unknown;
    try {
      json = JSON.parse(body);
    } catch {
      throw new MivError('not-json', 'De feed is geen geldige JSON', { url });
    }
    return parseFeed(json);
  } finally {
    clearTimeout(timer);
  }
}

function abortError(): DOMException {
  return new DOMException('Het laden is afgebroken', 'AbortError');
}

/**
 * Loads and validates the feed at `url`. Concurrent and later calls for the same URL share one
 * request and one validated result; a failed request is forgotten so that a later call retries.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<Feed> {
  const { signal, timeoutMs = DEFAULT_TIMEOUT_MS, credentials = 'same-origin' } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const key = keyOf(url, credentials);
  let pending = requests.get(key);
  if (!pending) {
    const controller = new AbortController();
    const entry: Pending = {
      controller,
      waiters: 0,
      settled: false,
      promise: fetchFeed(url, controller, timeoutMs, credentials),
    };
    entry.promise.then(
      () => (entry.settled = true),
      () => {
        entry.settled = true;
        if (requests.get(key) === entry) requests.delete(key);
      },
    );
    requests.set(key, entry);
    pending = entry;
  }
  const entry = pending;
  // A caller without a signal keeps the request alive for good.
  entry.waiters++;
  if (!signal) return entry.promise;
  return new Promise<Feed>((resolve, reject) => {
    let done = false;
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      entry.waiters--;
      signal.removeEventListener('abort', onAbort);
      return true;
    };
    const onAbort = () => {
      if (!finish()) return;
      // Nobody else waits for an unfinished request: stop it and let a later call start afresh.
      if (entry.waiters === 0 && !entry.settled) {
        entry.controller.abort();
        if (requests.get(key) === entry) requests.delete(key);
      }
      reject(abortError());
    };
    signal.addEventListener('abort', onAbort, { once: true });
    entry.promise.then(
      (feed) => finish() && resolve(feed),
      (error: unknown) => finish() && reject(error),
    );
  });
}

/** Forgets every loaded feed, so the next call fetches again (tests, and hosts that refresh data). */
export function clearFeedCache(): void {
  requests.clear();
}

/**
 * Fetches and validates feeds: one request per URL per page, however many widgets ask for it, and
 * however far apart in time they ask (each kind of element upgrades when its own code arrives).
 * HTTP caching (ETag, Cache-Control) is left to the browser on purpose: no cache-busting here.
 */
import { MivError } from './errors.js';
import { parseFeedInSteps } from './validate-core.js';
import { keepLastGood, lastGood, staleInfo } from './last-good.js';
import type { Feed } from './schema.js';
import { yieldToPage } from '../scheduling.js';

/** How long a feed request may take before it fails with kind `timeout`. */
export const DEFAULT_TIMEOUT_MS = 15_000;

/**
 * Waits before the second and third try after a network failure or a 5xx answer. Bounded: a feed
 * that keeps failing is tried three times, then the widget shows its last good copy or the error.
 */
export const DEFAULT_RETRY_DELAYS_MS: readonly number[] = [500, 2_000];

/**
 * Feeds of at least this many bytes are decoded, parsed and validated in a Web Worker. Measured on
 * the 2-core development machine: decoding and parsing cost the page about 10 ms per MB in one task
 * (some 40 ms on a phone four times slower), while a worker takes about 0.2 s to start (its script,
 * 17 KB gzip, fetched and compiled) before it can begin. Below 1 MB the page's own task stays short
 * even on a slow phone and the chart appears sooner; above it the worker's start-up pays off.
 */
export const DEFAULT_WORKER_MIN_BYTES = 1_000_000;

/**
 * How long a failure that may pass (no connection, a server fault after its three tries, a time-out,
 * JSON cut off) stays the answer for later calls of the same URL, before one asks the server again.
 * The elements of a page call when their own code has arrived, each kind in a chunk of its own:
 * seconds apart on a slow connection (a line chart alone is some 190 KB of script, `npm run
 * check:size`: about 5 s on a slow 3G line of 400 kbit/s, more for each further kind), and a server
 * that failed a moment ago should not get three more tries for each kind. Half a minute covers such
 * a page load, and the 2,5 s of back-off or the 15 s time-out of the failure itself, with room to
 * spare; and it is far shorter than a visit, so that an element added later (a page that swaps its
 * content, a host that sets `src` again) asks again once an outage, mostly a matter of seconds or
 * minutes, may be over. Failures that asking again will not change (`lastsForGood`) stay until
 * `clearFeedCache()`, as a loaded feed does.
 */
export const TRANSIENT_FAILURE_MS = 30_000;

export interface LoadOptions {
  /** Aborts this caller's wait; the request itself stops once nobody waits for it any more. */
  signal?: AbortSignal;
  /**
   * Per try, and this caller's own: a caller that shares the request with others gives up after its
   * own time-out, whatever the others asked for. Not a positive number: `DEFAULT_TIMEOUT_MS`.
   */
  timeoutMs?: number;
  /** `include` sends cookies (intranets that need them); by default none are sent. */
  credentials?: RequestCredentials;
  /** Back-off before each retry; an empty list never retries. */
  retryDelaysMs?: readonly number[];
  /**
   * Feeds of at least this many bytes are parsed in a Web Worker (where the page allows workers);
   * `Infinity` keeps all work on the page. Calls that share a request share the first call's value.
   */
  workerMinBytes?: number;
}

/**
 * The longest a timer waits: browsers run a timer of a longer delay (over 24,8 days) at once, which
 * would make a huge time-out fail at the first try.
 */
const MAX_TIMER_MS = 2_147_483_647;

interface Pending {
  promise: Promise<Feed>;
  controller: AbortController;
  waiters: number;
  settled: boolean;
  /**
   * Until when (`performance.now()`) later calls share this request and its outcome: forever while
   * it runs, and once it loaded the feed or failed for good; `TRANSIENT_FAILURE_MS` after a failure
   * that may pass (also where a kept copy stands in for the feed).
   */
  until: number;
  /**
   * The longest time-out that ran out for a caller of this request, and its error. Once the request
   * is stopped (nobody waits any more), later callers that would not wait longer get that time-out
   * (or the kept copy) until `until`.
   */
  timedOut?: { ms: number; error: MivError };
  /** Whether a try is on its way: each caller times every try itself. */
  readonly tries: Tries;
  /**
   * The kept copy that callers who time out fall back on, by time-out: read and validated once, not
   * once for each of sixty widgets that give up at the same moment.
   */
  readonly keptOnTimeout: Map<number, Feed | undefined>;
}

const requests = new Map<string, Pending>();

function keyOf(url: string, credentials: RequestCredentials): string {
  return `${credentials} ${absolute(url)}`;
}

function absolute(url: string): string {
  return new URL(url, document.baseURI).href;
}

/**
 * The request an embed script started for this feed before this code arrived
 * (src/embed/early-feeds.ts), taken over once.
 */
function takeEarlyRequest(url: string, credentials: RequestCredentials): Promise<Response> | undefined {
  const early = (globalThis as unknown as Record<symbol, Map<string, Promise<Response>> | undefined>)[
    Symbol.for('miv-widgets.early-feeds')
  ];
  const key = `${credentials} ${absolute(url)}`;
  const request = early?.get(key);
  early?.delete(key);
  return request;
}

/** `promise`, or the abort of `signal` if that comes first (a request started early has no signal of its own). */
function untilAborted<T>(promise: Promise<T>, signal: AbortSignal): Promise<T> {
  let stop = () => {};
  const aborted = new Promise<never>((_, reject) => (stop = () => reject(signal.reason)));
  if (signal.aborted) stop();
  else signal.addEventListener('abort', stop, { once: true });
  // The signal is the shared request's, which a loaded feed keeps: no listener stays behind on it.
  return Promise.race([promise, aborted]).finally(() => signal.removeEventListener('abort', stop));
}

/**
 * One try: the feed and its text (kept as the last good copy; undefined when too large to keep),
 * or a typed failure. Without a time-out of its own: each caller that waits for it has one.
 */
async function fetchOnce(
  url: string,
  signal: AbortSignal,
  credentials: RequestCredentials,
  workerMinBytes: number,
): Promise<{ feed: Feed; body: string | undefined }> {
  const failed = (cause: unknown, otherwise: MivError): unknown =>
    signal.aborted ? abortError() : cause instanceof MivError ? cause : otherwise;
  let response: Response;
  try {
    const early = takeEarlyRequest(url, credentials);
    response = await (early
      ? untilAborted(early, signal)
      : fetch(url, { signal, credentials, headers: { accept: 'application/json' } }));
  } catch (cause) {
    throw failed(cause, new MivError('network', 'De feed kon niet worden opgehaald', { url }));
  }
  if (!response.ok) throw new MivError('http', `HTTP ${response.status}`, { status: response.status, url });
  let bytes: ArrayBuffer;
  try {
    bytes = await untilAborted(response.arrayBuffer(), signal);
  } catch (cause) {
    throw failed(cause, new MivError('network', 'De verbinding brak af tijdens het laden', { url }));
  }
  if (bytes.byteLength >= workerMinBytes) {
    // Loaded when first needed: pages with small feeds never pay for it.
    const parsed = await import('./parse-in-worker.js').then(
      ({ parseInWorker }) => parseInWorker(bytes, url, signal),
      () => undefined,
    );
    if (parsed) return parsed;
  }
  // As `response.text()` decodes: UTF-8, a byte order mark dropped, bad bytes replaced.
  const body = new TextDecoder().decode(bytes);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    // Told apart by code loaded only then: a page whose feeds parse never pays for it.
    throw (await import('./json-text.js')).jsonError(body, url);
  }
  // A large feed is validated in slices, each in a task of its own, so the page can handle input
  // and paint in between; an element that leaves the page stops the work at the next slice.
  const feed = await parseFeedInSteps(json, async () => {
    await yieldToPage();
    if (signal.aborted) throw abortError();
  });
  return { feed, body };
}

/** Network failures and server faults may pass in seconds; a 4xx, a time-out or a bad feed will not. */
function worthRetrying(error: unknown): boolean {
  return (
    error instanceof MivError &&
    (error.kind === 'network' || (error.kind === 'http' && (error.detail.status ?? 0) >= 500))
  );
}

/**
 * Failures that asking again during the page's life will not change: a refusal (4xx), an answer that
 * is no JSON (a login page), a feed of another schema. Not a 408 or 429 (a server that asks to be
 * asked again later), and not JSON cut off midway (read while the publisher was writing it).
 */
function lastsForGood(error: unknown): boolean {
  if (!(error instanceof MivError)) return false;
  const status = error.detail.status ?? 0;
  if (error.kind === 'http') return status >= 400 && status < 500 && status !== 408 && status !== 429;
  return error.kind === 'not-json' || error.kind === 'schema' || error.kind === 'version';
}

function wait(ms: number, signal: AbortSignal): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      signal.removeEventListener('abort', stop);
      resolve();
    }, ms);
    const stop = () => {
      clearTimeout(timer);
      reject(abortError());
    };
    signal.addEventListener('abort', stop, { once: true });
  });
}

/**
 * Tries, retries with back-off, keeps what validated, and falls back on the last good copy (marked
 * stale) when every try failed. `tries` learns when a try is on its way.
 */
async function fetchFeed(
  url: string,
  signal: AbortSignal,
  credentials: RequestCredentials,
  retryDelaysMs: readonly number[],
  workerMinBytes: number,
  tries: Tries,
): Promise<Feed> {
  for (let attempt = 0; ; attempt++) {
    tries.set(true);
    try {
      const { feed, body } = await fetchOnce(url, signal, credentials, workerMinBytes);
      keepLastGood(absolute(url), body);
      return feed;
    } catch (error) {
      tries.set(false);
      const delay = retryDelaysMs[attempt];
      if (delay !== undefined && worthRetrying(error)) {
        await wait(delay, signal);
        continue;
      }
      if (!(error instanceof MivError)) throw error;
      const kept = lastGood(absolute(url), error);
      if (kept) return kept;
      throw error;
    }
  }
}

function abortError(): DOMException {
  return new DOMException('Het laden is afgebroken', 'AbortError');
}

/** Whether a try of a shared request is on its way, and who wants to know when that changes. */
class Tries {
  running = false;
  readonly watchers = new Set<() => void>();
  set(running: boolean): void {
    this.running = running;
    for (const watcher of this.watchers) watcher();
  }
}

/** Starts the request for `key` that every caller of that URL and those credentials shares. */
function startRequest(
  url: string,
  key: string,
  credentials: RequestCredentials,
  retryDelaysMs: readonly number[],
  workerMinBytes: number,
): Pending {
  const controller = new AbortController();
  const tries = new Tries();
  const entry: Pending = {
    controller,
    waiters: 0,
    settled: false,
    until: Infinity,
    tries,
    keptOnTimeout: new Map(),
    promise: fetchFeed(url, controller.signal, credentials, retryDelaysMs, workerMinBytes, tries),
  };
  const settle = (failure: unknown) => {
    entry.settled = true;
    // A stopped request's outcome is settled where it was stopped (`waitFor`).
    if (controller.signal.aborted) return;
    // A stale copy stands in for a failure, and is shared as long as that failure is.
    if (failure !== undefined && !lastsForGood(failure)) entry.until = performance.now() + TRANSIENT_FAILURE_MS;
  };
  entry.promise.then((feed) => settle(staleInfo(feed)?.error), settle);
  requests.set(key, entry);
  return entry;
}

/**
 * The request that a call with a time-out of `timeoutMs` shares, if any: the one on its way, or one
 * whose outcome still holds; after a time-out, only for calls that would not wait longer.
 */
function sharedRequest(key: string, timeoutMs: number): Pending | undefined {
  const entry = requests.get(key);
  if (!entry) return undefined;
  const stopped = entry.controller.signal.aborted;
  if (performance.now() < entry.until && !(stopped && timeoutMs > (entry.timedOut?.ms ?? 0))) return entry;
  requests.delete(key);
  return undefined;
}

/** The kept copy for callers whose time-out of `timeoutMs` passed, marked stale with `error`. */
function keptOnTimeout(entry: Pending, url: string, timeoutMs: number, error: MivError): Feed | undefined {
  if (!entry.keptOnTimeout.has(timeoutMs)) entry.keptOnTimeout.set(timeoutMs, lastGood(absolute(url), error));
  return entry.keptOnTimeout.get(timeoutMs);
}

/**
 * One caller's wait for a shared request, with its own time-out and its own abort: another caller's
 * shorter time-out never ends this wait, nor a longer one lengthens it. The request itself stops
 * once nobody waits for it any more.
 */
function waitFor(
  entry: Pending,
  key: string,
  url: string,
  timeoutMs: number,
  signal: AbortSignal | undefined,
): Promise<Feed> {
  entry.waiters++;
  return new Promise<Feed>((resolve, reject) => {
    let done = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // Afresh for each try, and not during the back-off between tries: the time-out is per try.
    const time = () => {
      clearTimeout(timer);
      if (entry.tries.running) timer = setTimeout(onTimeout, timeoutMs);
    };
    const finish = (): boolean => {
      if (done) return false;
      done = true;
      clearTimeout(timer);
      entry.tries.watchers.delete(time);
      signal?.removeEventListener('abort', onAbort);
      entry.waiters--;
      // Nobody else waits for an unfinished request: stop it. A call soon after that would not wait
      // longer than the callers who timed out shares their time-out; any other starts afresh.
      if (entry.waiters === 0 && !entry.settled) {
        entry.controller.abort();
        if (requests.get(key) !== entry) return true;
        if (entry.timedOut) entry.until = performance.now() + TRANSIENT_FAILURE_MS;
        else requests.delete(key);
      }
      return true;
    };
    const onAbort = () => finish() && reject(abortError());
    function onTimeout(): void {
      if (done) return;
      const error = new MivError('timeout', `Geen antwoord binnen ${timeoutMs / 1000} s`, { url });
      if (timeoutMs > (entry.timedOut?.ms ?? 0)) entry.timedOut = { ms: timeoutMs, error };
      finish();
      const kept = keptOnTimeout(entry, url, timeoutMs, error);
      if (kept) resolve(kept);
      else reject(error);
    }
    signal?.addEventListener('abort', onAbort, { once: true });
    entry.tries.watchers.add(time);
    time();
    entry.promise.then(
      (feed) => finish() && resolve(feed),
      (error: unknown) => finish() && reject(error),
    );
  });
}

/**
 * Loads and validates the feed at `url`. Concurrent and later calls for the same URL share one
 * request and one validated result, until `clearFeedCache()`; so they do a failure that asking again
 * will not change (a 4xx, an answer that is no JSON, a feed of another schema). A failure that may
 * pass (no connection, a 5xx after the retries, a time-out) is shared for `TRANSIENT_FAILURE_MS`,
 * after which a call asks the server again; a time-out only with calls that would not wait longer.
 * When every try fails and a good copy was kept from an earlier load, that copy is returned (and
 * shared as the failure is) and `staleInfo(feed)` says why and from when.
 */
export function loadFeed(url: string, options: LoadOptions = {}): Promise<Feed> {
  const {
    signal,
    timeoutMs = DEFAULT_TIMEOUT_MS,
    credentials = 'omit',
    retryDelaysMs = DEFAULT_RETRY_DELAYS_MS,
    workerMinBytes = DEFAULT_WORKER_MIN_BYTES,
  } = options;
  if (signal?.aborted) return Promise.reject(abortError());
  const key = keyOf(url, credentials);
  // Not a positive number (NaN, 0, below): the default; and no longer than a timer can wait.
  const ms = timeoutMs > 0 ? Math.min(timeoutMs, MAX_TIMER_MS) : DEFAULT_TIMEOUT_MS;
  const entry = sharedRequest(key, ms) ?? startRequest(url, key, credentials, retryDelaysMs, workerMinBytes);
  if (entry.controller.signal.aborted && entry.timedOut) {
    const { ms: timedOutMs, error } = entry.timedOut;
    const kept = keptOnTimeout(entry, url, timedOutMs, error);
    return kept ? Promise.resolve(kept) : Promise.reject(error);
  }
  return waitFor(entry, key, url, ms, signal);
}

/**
 * Forgets every loaded feed and every failure, so the next call fetches again (tests, and hosts that
 * refresh data).
 */
export function clearFeedCache(): void {
  requests.clear();
}

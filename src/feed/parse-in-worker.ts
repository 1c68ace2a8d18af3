/**
 * Parses and validates a large feed in a module Web Worker (`feed-worker.ts`), so that the page
 * never spends one long task on it: decoding and parsing 20 MB blocked the page for about half a
 * second. Where workers are blocked (a Content Security Policy that allows neither the script's
 * origin nor `blob:` for workers, a worker that fails to load) the caller is told so before the
 * bytes leave the page, and parses them on the page as before.
 */
import { MivError } from './errors.js';
import type { FeedWorkerMessage, FeedWorkerRequest } from './feed-worker.js';
import type { Feed } from './schema.js';

/** Set once a worker could not start: the page does not try again (and report again) for each feed. */
let blocked = false;

function abortError(): DOMException {
  return new DOMException('Het laden is afgebroken', 'AbortError');
}

/** The worker's own script, next to this module. */
function direct(): Worker {
  // In this very form, options included, so that rollup's embed build and bundlers (Vite, webpack)
  // find the worker and build it as a module.
  return new Worker(new URL('./feed-worker.js', import.meta.url), { type: 'module', name: 'miv-feed' });
}

let shim: string | undefined;

/**
 * A script from another origin (a CDN) may not be a page's worker, but a module of the page's own (a
 * blob) may import it, with CORS like every module script from there. Also a way in under a policy
 * that allows `worker-src blob:` only.
 */
function viaBlob(): Worker {
  const source = `import ${JSON.stringify(new URL('./feed-worker.js', import.meta.url).href)};`;
  shim ??= URL.createObjectURL(new Blob([source], { type: 'text/javascript' }));
  return new Worker(shim, { type: 'module', name: 'miv-feed' });
}

/** The worker `create` makes once it has said `ready`; undefined when it cannot be made or fails first. */
function attempt(create: () => Worker, signal: AbortSignal): Promise<Worker | undefined> {
  let worker: Worker;
  try {
    worker = create();
  } catch {
    return Promise.resolve(undefined);
  }
  return new Promise((resolve, reject) => {
    const settle = () => {
      worker.removeEventListener('message', onReady);
      worker.removeEventListener('error', onError);
      signal.removeEventListener('abort', onAbort);
    };
    const onReady = () => {
      settle();
      resolve(worker);
    };
    const onError = (event: Event) => {
      // Handled here: the fallback is silent, no uncaught error in the console.
      event.preventDefault();
      settle();
      worker.terminate();
      resolve(undefined);
    };
    const onAbort = () => {
      settle();
      worker.terminate();
      reject(abortError());
    };
    worker.addEventListener('message', onReady);
    worker.addEventListener('error', onError);
    signal.addEventListener('abort', onAbort, { once: true });
  });
}

/** A started worker that has said `ready`, or undefined where workers are blocked. */
async function start(signal: AbortSignal): Promise<Worker | undefined> {
  if (blocked) return undefined;
  for (const create of [direct, viaBlob]) {
    const worker = await attempt(create, signal);
    if (worker) return worker;
  }
  blocked = true;
  return undefined;
}

/**
 * The feed in `bytes`, validated in a worker, with its text when small enough to keep as the last
 * good copy; undefined when no worker could start (`bytes` are then still the caller's). Fails
 * with the same `MivError` as the page would; an abort of `signal` ends the worker.
 */
export async function parseInWorker(
  bytes: ArrayBuffer,
  url: string,
  signal: AbortSignal,
): Promise<{ feed: Feed; body: string | undefined } | undefined> {
  const worker = await start(signal);
  if (!worker) return undefined;
  if (signal.aborted) {
    worker.terminate();
    throw abortError();
  }
  return new Promise((resolve, reject) => {
    let feed: Record<string, unknown[]> | undefined;
    const stop = () => {
      worker.terminate();
      signal.removeEventListener('abort', onAbort);
    };
    const onAbort = () => {
      stop();
      reject(abortError());
    };
    // The bytes are gone with the worker: a failure counts as a network failure, so that the feed
    // is fetched again, and parsed on the page this time.
    const onFailure = (event: Event) => {
      event.preventDefault();
      stop();
      blocked = true;
      reject(new MivError('network', 'De feed kon niet worden verwerkt', { url }));
    };
    worker.addEventListener('message', ({ data }: MessageEvent<FeedWorkerMessage>) => {
      switch (data.type) {
        case 'head':
          feed = data.head as unknown as Record<string, unknown[]>;
          break;
        case 'items':
          feed![data.key]!.push(...data.items);
          break;
        case 'error':
          stop();
          reject(new MivError(data.kind, data.message, data.detail));
          break;
        case 'done':
          stop();
          resolve({ feed: feed as unknown as Feed, body: data.body });
          break;
      }
    });
    worker.addEventListener('error', onFailure);
    worker.addEventListener('messageerror', onFailure);
    signal.addEventListener('abort', onAbort, { once: true });
    worker.postMessage({ bytes, url } satisfies FeedWorkerRequest, [bytes]);
  });
}

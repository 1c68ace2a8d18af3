import { expect } from '@open-wc/testing';
import { loadFeed, clearFeedCache, type LoadOptions } from '../../src/feed/load.js';
import { MivError } from '../../src/feed/errors.js';
import { clearLastGood, MAX_KEPT_CHARS, staleInfo } from '../../src/feed/last-good.js';
import type { Feed } from '../../src/feed/schema.js';
import { smallFeed } from '../fixtures/feeds.js';
import { serveFeed, setMode, uniqueId } from '../reliability/helpers.js';

/** Low enough that the generated feeds (about 0.5 MB) go to the worker; the default is 1 MB. */
const WORKER_MIN_BYTES = 100_000;

/** The small feed with `extra` more gemeenten and a series each: many messages back from the worker. */
async function largeFeed(extra = 5000): Promise<Feed> {
  const feed = await smallFeed();
  for (let i = 0; i < extra; i++) {
    const id = `GM${String(10000 + i)}`;
    feed.areas.push({ id, name: `Gemeente ${i}`, level: 'gemeente', parent: 'de-baronie' });
    feed.series.push({ indicator: 'woninginbraak', area: id, periods: ['2024', '2025'], values: [3.1, 2.9] });
  }
  return feed;
}

async function failure(promise: Promise<unknown>): Promise<MivError> {
  const error = await promise.then(
    () => expect.fail('expected the load to fail'),
    (e: unknown) => e,
  );
  expect(error).to.be.instanceOf(MivError);
  return error as MivError;
}

/** What the page and the worker say of the same bad text: kind, message and issues with their paths. */
async function bothWays(body: string): Promise<[MivError, MivError]> {
  const url = await serveFeed(uniqueId('bad-feed'), body);
  const onPage = await failure(loadFeed(url, { workerMinBytes: Infinity, retryDelaysMs: [] }));
  clearFeedCache();
  const inWorker = await failure(loadFeed(url, { workerMinBytes: WORKER_MIN_BYTES, retryDelaysMs: [] }));
  return [onPage, inWorker];
}

describe('loadFeed with a large feed', () => {
  const RealWorker = window.Worker;
  let started: { url: string; messages: number; terminated: boolean }[];

  beforeEach(() => {
    clearFeedCache();
    clearLastGood();
    started = [];
    window.Worker = class extends RealWorker {
      constructor(url: string | URL, options?: WorkerOptions) {
        super(url, options);
        const record = { url: String(url), messages: 0, terminated: false };
        started.push(record);
        this.addEventListener('message', () => record.messages++);
        this.terminate = () => {
          record.terminated = true;
          super.terminate();
        };
      }
    };
  });
  afterEach(() => {
    window.Worker = RealWorker;
  });

  it('parses it in the feed worker, to the same feed as the page gives', async () => {
    const url = await serveFeed(uniqueId('large'), await largeFeed());
    const options: LoadOptions = { workerMinBytes: WORKER_MIN_BYTES };
    const inWorker = await loadFeed(url, options);
    expect(started).to.have.length(1);
    expect(new URL(started[0]!.url).pathname).to.match(/\/feed-worker\.(js|ts)$/);
    // ready, the head, the lists in slices of a thousand and done: the feed came in pieces.
    expect(started[0]!.messages).to.be.greaterThan(6);
    expect(started[0]!.terminated).to.equal(true);

    clearFeedCache();
    const onPage = await loadFeed(url, { workerMinBytes: Infinity });
    expect(started).to.have.length(1);
    expect(inWorker).to.deep.equal(onPage);
    expect(inWorker.series).to.have.length(onPage.series.length).and.to.have.length.greaterThan(5000);
  });

  it('keeps a small feed on the page', async () => {
    const url = await serveFeed(uniqueId('small'), await smallFeed());
    const feed = await loadFeed(url, { workerMinBytes: 10_000_000 });
    expect(feed.schemaVersion).to.equal(1);
    expect(started).to.have.length(0);
  });

  it('reports a bad large feed as the page does: kind "schema", every issue with its JSON path', async () => {
    const feed = await largeFeed();
    const last = feed.series.length - 1;
    (feed.series[last]!.values as unknown[])[1] = 'veel';
    feed.indicators[0]!.decimals = -1;
    const [onPage, inWorker] = await bothWays(JSON.stringify(feed));
    expect(started).to.have.length(1);
    expect(inWorker.kind).to.equal('schema');
    expect(inWorker.detail.issues!.map((i) => i.path)).to.include.members([
      `series[${last}].values[1]`,
      'indicators[0].decimals',
    ]);
    expect(inWorker.message).to.equal(onPage.message);
    expect(inWorker.detail.issues).to.deep.equal(onPage.detail.issues);
  });

  it('reports a large answer that is no JSON with kind "not-json", one cut off with kind "truncated"', async () => {
    const page = `<!doctype html><title>Inloggen</title>${'<p>Log eerst in.</p>'.repeat(10_000)}`;
    const [pageOnPage, pageInWorker] = await bothWays(page);
    expect(pageInWorker.kind).to.equal('not-json');
    expect(pageInWorker.message).to.equal(pageOnPage.message);

    const text = JSON.stringify(await largeFeed());
    const [cutOnPage, cutInWorker] = await bothWays(text.slice(0, text.length >> 1));
    expect(cutInWorker.kind).to.equal('truncated');
    expect(cutInWorker.message).to.equal(cutOnPage.message);
    expect(started).to.have.length(2);
  });

  it('reports an unsupported schemaVersion with kind "version"', async () => {
    const feed = { ...(await largeFeed()), schemaVersion: 2 };
    const [onPage, inWorker] = await bothWays(JSON.stringify(feed));
    expect(inWorker.kind).to.equal('version');
    expect(inWorker.message).to.equal(onPage.message);
  });

  it('keeps a feed parsed in the worker as the last good copy', async () => {
    const id = uniqueId('kept');
    const url = await serveFeed(id, await largeFeed());
    const loaded = await loadFeed(url, { workerMinBytes: WORKER_MIN_BYTES });
    clearFeedCache();
    await setMode(id, 'status=404');
    const kept = await loadFeed(url, { workerMinBytes: WORKER_MIN_BYTES });
    expect(staleInfo(kept)?.error.kind).to.equal('http');
    expect(kept).to.deep.equal(loaded);
    expect(started).to.have.length(1);
  });

  it('drops the kept copy when a newer feed is too large to keep', async () => {
    const id = uniqueId('too-large');
    const url = await serveFeed(id, await largeFeed());
    await loadFeed(url, { workerMinBytes: WORKER_MIN_BYTES });
    const text = JSON.stringify(await largeFeed(25_000));
    expect(text.length).to.be.greaterThan(MAX_KEPT_CHARS);
    await serveFeed(id, text);
    clearFeedCache();
    expect((await loadFeed(url, { workerMinBytes: WORKER_MIN_BYTES })).series).to.have.length.greaterThan(25_000);
    clearFeedCache();
    await setMode(id, 'status=404');
    expect((await failure(loadFeed(url, { workerMinBytes: WORKER_MIN_BYTES }))).kind).to.equal('http');
    expect(started).to.have.length(2);
  });

  it('ends the worker when the only caller aborts', async () => {
    const url = await serveFeed(uniqueId('abort'), await largeFeed());
    const controller = new AbortController();
    const loading = loadFeed(url, { workerMinBytes: WORKER_MIN_BYTES, signal: controller.signal });
    // Aborted as soon as the worker exists, before it can answer with the feed.
    await new Promise<void>((resolve) => {
      const poll = () => (started.length > 0 ? resolve() : setTimeout(poll));
      poll();
    });
    controller.abort();
    const error = await loading.then(
      () => expect.fail('expected the load to be aborted'),
      (e: unknown) => e as DOMException,
    );
    expect(error.name).to.equal('AbortError');
    expect(started[0]!.terminated).to.equal(true);
  });
});

interface FrameLoad {
  feed: Feed;
  /** What was reported as an error on the page meanwhile: console.error, uncaught errors. */
  errors: string[];
  /** The directives of the policy that refused something. */
  violations: string[];
  /** How many messages each worker started answered with, where `setup` counts them. */
  workers?: number[];
}

/**
 * A page of its own (a same-origin iframe), with `csp` as its policy and `setup` run first, that
 * loads `url` with the worker threshold of these tests.
 */
async function loadInFrame(url: string, csp: string, setup = ''): Promise<FrameLoad> {
  const frame = document.createElement('iframe');
  frame.srcdoc = `<!doctype html><meta http-equiv="Content-Security-Policy" content="${csp}">
    <script>
      window.errors = [];
      window.violations = [];
      addEventListener('securitypolicyviolation', (e) => window.violations.push(e.effectiveDirective));
      const log = console.error;
      console.error = (...args) => { window.errors.push(args.join(' ')); log(...args); };
      addEventListener('error', (e) => window.errors.push(String(e.message)));
      addEventListener('unhandledrejection', (e) => window.errors.push(String(e.reason)));
      ${setup}
    </script>
    <script type="module">
      const { loadFeed } = await import('/src/feed/load.ts');
      window.loaded = loadFeed(${JSON.stringify(url)}, { workerMinBytes: ${WORKER_MIN_BYTES} });
    </script>`;
  const ready = new Promise((resolve) => frame.addEventListener('load', resolve, { once: true }));
  document.body.append(frame);
  try {
    await ready;
    const win = frame.contentWindow as Window & Omit<FrameLoad, 'feed'> & { loaded?: Promise<Feed> };
    while (!win.loaded) await new Promise((resolve) => setTimeout(resolve, 20));
    const feed = await win.loaded;
    return { feed, errors: win.errors, violations: win.violations, workers: win.workers };
  } finally {
    frame.remove();
  }
}

describe('loadFeed where workers are blocked', () => {
  const SCRIPTS = "script-src 'self' 'unsafe-inline'";
  let url: string;
  let expected: Feed;

  before(async () => {
    url = await serveFeed(uniqueId('blocked'), await largeFeed());
    clearFeedCache();
    expected = await loadFeed(url, { workerMinBytes: Infinity });
  });

  it('falls back to the page, silently, under a policy of worker-src none', async () => {
    const { feed, errors, violations } = await loadInFrame(url, `${SCRIPTS}; worker-src 'none'`);
    // The worker's script, then the module of the page's own that would import it.
    expect(violations).to.deep.equal(['worker-src', 'worker-src']);
    expect(JSON.stringify(feed)).to.equal(JSON.stringify(expected));
    expect(errors).to.deep.equal([]);
  });

  it('starts the worker through a module of the page when its script may not be one (another origin)', async () => {
    const { feed, errors, workers } = await loadInFrame(
      url,
      `${SCRIPTS} blob:`,
      // As browsers refuse a worker script from another origin than the page's.
      `const Real = Worker;
      window.workers = [];
      window.Worker = class extends Real {
        constructor(u, o) {
          if (!String(u).startsWith('blob:')) throw new DOMException('Andere herkomst', 'SecurityError');
          super(u, o);
          const i = window.workers.push(0) - 1;
          this.addEventListener('message', () => window.workers[i]++);
        }
      };`,
    );
    // One worker, and it answered: ready, the feed in pieces, done.
    expect(workers).to.have.length(1);
    expect(workers![0]).to.be.greaterThan(6);
    expect(JSON.stringify(feed)).to.equal(JSON.stringify(expected));
    expect(errors).to.deep.equal([]);
  });

  it('falls back when the Worker constructor throws', async () => {
    const { feed, errors } = await loadInFrame(
      url,
      SCRIPTS,
      "window.Worker = class { constructor() { throw new DOMException('Geblokkeerd', 'SecurityError'); } };",
    );
    expect(JSON.stringify(feed)).to.equal(JSON.stringify(expected));
    expect(errors).to.deep.equal([]);
  });

  it('falls back when the worker fails before its first message', async () => {
    const { feed, errors } = await loadInFrame(
      url,
      SCRIPTS,
      "const Real = Worker; window.Worker = class extends Real { constructor(u, o) { super('/bestaat-niet.js', o); } };",
    );
    expect(JSON.stringify(feed)).to.equal(JSON.stringify(expected));
    expect(errors).to.deep.equal([]);
  });
});

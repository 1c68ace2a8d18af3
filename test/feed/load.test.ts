import { expect, waitUntil } from '@open-wc/testing';
import { loadFeed, clearFeedCache, TRANSIENT_FAILURE_MS } from '../../src/feed/load.js';
import { looksTruncated } from '../../src/feed/json-text.js';
import { MivError } from '../../src/feed/errors.js';
import { clearLastGood, staleInfo } from '../../src/feed/last-good.js';
import { SMALL_FEED_URL, NOT_JSON_URL, MISSING_URL, smallFeed } from '../fixtures/feeds.js';
import { requestFeedEarly } from '../../src/embed/early-feeds.js';
import { hitsOf, later, serveFeed, serveSmallFeed, setMode, uniqueId } from '../reliability/helpers.js';

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

describe('loadFeed', () => {
  let requests: string[];
  const realFetch = window.fetch;
  beforeEach(() => {
    clearFeedCache();
    // A feed kept from an earlier test would stand in for the failures asked for here.
    clearLastGood();
    requests = [];
    window.fetch = (input, init) => {
      requests.push(String(input));
      return realFetch(input, init);
    };
  });
  afterEach(() => {
    window.fetch = realFetch;
  });

  it('makes one request per URL however many callers ask', async () => {
    const feeds = await Promise.all([loadFeed(SMALL_FEED_URL), loadFeed(SMALL_FEED_URL), loadFeed(SMALL_FEED_URL)]);
    expect(requests).to.have.length(1);
    expect(feeds[0]).to.equal(feeds[2]);
    await loadFeed(SMALL_FEED_URL);
    expect(requests).to.have.length(1);
  });

  it('takes over the request an embed script started early, once, with the same credentials', async () => {
    // A query of its own: the embed script starts each feed once per page.
    const url = `${SMALL_FEED_URL}?early=${Math.random()}`;
    const widget = document.createElement('miv-indicator');
    widget.setAttribute('src', url);
    requestFeedEarly(widget);
    requestFeedEarly(widget);
    expect(requests, 'started by the embed script, once').to.have.length(1);
    const feed = await loadFeed(url);
    expect(feed.indicators.length).to.be.greaterThan(0);
    expect(requests, 'taken over, not fetched again').to.have.length(1);
    clearFeedCache();
    await loadFeed(url);
    expect(requests, 'a later load fetches anew').to.have.length(2);
    // Cookies only where asked for: a request with other credentials is not taken over.
    const withCookies = `${url}&cookies`;
    widget.setAttribute('src', withCookies);
    requestFeedEarly(widget);
    await loadFeed(withCookies, { credentials: 'include' });
    expect(requests).to.have.length(4);
  });

  it('fails with kind "http" and the status for a missing file', async () => {
    const error = (await failure(loadFeed(MISSING_URL))) as MivError;
    expect(error.kind).to.equal('http');
    expect(error.detail.status).to.equal(404);
  });

  it('fails with kind "not-json" for a file that is not JSON', async () => {
    const error = (await failure(loadFeed(NOT_JSON_URL))) as MivError;
    expect(error.kind).to.equal('not-json');
  });

  it('fails with kind "network" when the server cannot be reached', async () => {
    const error = (await failure(loadFeed('http://127.0.0.1:1/feed.json'))) as MivError;
    expect(error.kind).to.equal('network');
  });

  it('asks once for a feed that failed for good (a 4xx, not JSON, not the schema) until clearFeedCache', async () => {
    const gone = await serveSmallFeed('gone');
    const login = uniqueId('login');
    const schema = uniqueId('schema');
    const failing: [string, string, string][] = [
      ['http', gone.id, `${gone.url}?status=404`],
      ['not-json', login, await serveFeed(login, '<!doctype html><title>Inloggen</title>')],
      ['schema', schema, await serveFeed(schema, { ...(await smallFeed()), schemaVersion: 'één' })],
    ];
    for (const [kind, id, url] of failing) {
      const first = (await failure(loadFeed(url))) as MivError;
      expect(first.kind).to.equal(kind);
      expect(await failure(loadFeed(url)), `${kind}: the same failure`).to.equal(first);
      expect((await hitsOf(id)).hits, `${kind}: not asked again`).to.equal(1);
    }
    clearFeedCache();
    for (const [kind, id, url] of failing) {
      await failure(loadFeed(url));
      expect((await hitsOf(id)).hits, `${kind}: asked again after clearFeedCache`).to.equal(2);
    }
  });

  it('shares a failure that may pass with the calls shortly after it, and asks again after that', async () => {
    const fast = { retryDelaysMs: [10, 20] };
    const { id, url } = await serveSmallFeed('outage');
    const down = `${url}?status=503`;
    const first = (await failure(loadFeed(down, fast))) as MivError;
    expect(first.detail.status).to.equal(503);
    expect((await hitsOf(id)).hits, 'three tries').to.equal(3);
    expect(await failure(loadFeed(down, fast)), 'shared').to.equal(first);
    expect(await failure(later(TRANSIENT_FAILURE_MS - 1_000, () => loadFeed(down, fast)))).to.equal(first);
    expect((await hitsOf(id)).hits, 'no tries of its own').to.equal(3);
    expect(await failure(later(TRANSIENT_FAILURE_MS, () => loadFeed(down, fast)))).not.to.equal(first);
    expect((await hitsOf(id)).hits, 'three tries again, once the window has passed').to.equal(6);
    // Not tried again, and not kept for good either: a 429 (too many requests), and JSON cut off (a
    // file read while it is being written).
    for (const query of ['status=429', 'truncate=300']) {
      const { id: other, url: passing } = await serveSmallFeed('passing');
      await failure(loadFeed(`${passing}?${query}`, fast));
      await failure(loadFeed(`${passing}?${query}`, fast));
      expect((await hitsOf(other)).hits, query).to.equal(1);
      await failure(later(TRANSIENT_FAILURE_MS, () => loadFeed(`${passing}?${query}`, fast)));
      expect((await hitsOf(other)).hits, query).to.equal(2);
    }
  });

  it('shares a network failure after its three tries with the calls shortly after it', async () => {
    const unreachable = 'http://127.0.0.1:1/feed.json';
    const first = (await failure(loadFeed(unreachable, { retryDelaysMs: [10, 20] }))) as MivError;
    expect(first.kind).to.equal('network');
    expect(await failure(loadFeed(unreachable))).to.equal(first);
    expect(requests).to.have.length(3);
  });

  it('shares a time-out with the calls shortly after it that would not wait longer', async () => {
    const { id, url } = await serveSmallFeed('timed-out');
    const slow = `${url}?delay=1000`;
    expect(((await failure(loadFeed(slow, { timeoutMs: 50 }))) as MivError).kind).to.equal('timeout');
    const again = (await failure(loadFeed(slow, { timeoutMs: 20 }))) as MivError;
    expect(again.message, 'what happened to the request').to.equal('Geen antwoord binnen 0.05 s');
    expect((await hitsOf(id)).hits).to.equal(1);
    // One that waits longer asks again, and gets the feed.
    expect((await loadFeed(slow, { timeoutMs: 5_000 })).schemaVersion).to.equal(1);
    expect((await hitsOf(id)).hits).to.equal(2);
  });

  it('lets a caller that aborts go at once, while the others share the one request to its answer', async () => {
    // Answered after 300 ms: the abort comes while the request is on its way.
    const { id, url } = await serveSmallFeed('abort-one');
    const slow = `${url}?delay=300`;
    const controller = new AbortController();
    const aborted = loadFeed(slow, { signal: controller.signal });
    let answered = false;
    const other = loadFeed(slow).then((feed) => ((answered = true), feed));
    controller.abort();
    expect(((await failure(aborted)) as DOMException).name).to.equal('AbortError');
    expect(answered, 'let go before the answer came, not when it came').to.equal(false);
    expect((await other).schemaVersion).to.equal(1);
    expect(await hitsOf(id), 'one request, not given up').to.include({ hits: 1, abandoned: 0 });
  });

  it('stops the request once every caller has aborted, and a later call asks again', async () => {
    const { id, url } = await serveSmallFeed('all-aborted');
    await setMode(id, 'delay=2000');
    const controllers = [new AbortController(), new AbortController()];
    const loads = controllers.map((c) => loadFeed(url, { signal: c.signal }));
    await waitUntil(async () => (await hitsOf(id)).hits === 1, 'the server has the request');
    for (const c of controllers) c.abort();
    const errors = await Promise.all(loads.map(failure));
    expect(errors.map((e) => (e as DOMException).name)).to.deep.equal(['AbortError', 'AbortError']);
    await waitUntil(async () => (await hitsOf(id)).abandoned === 1, 'the server sees the request given up');
    await setMode(id, '');
    expect((await loadFeed(url)).schemaVersion, 'not the stopped request').to.equal(1);
    expect((await hitsOf(id)).hits).to.equal(2);
  });

  it('fails with kind "timeout" when the answer is too slow', async () => {
    window.fetch = (_input, init) =>
      new Promise((_resolve, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('aborted', 'AbortError'))),
      );
    const error = (await failure(loadFeed(SMALL_FEED_URL, { timeoutMs: 50 }))) as MivError;
    expect(error.kind).to.equal('timeout');
  });

  it("gives each caller its own time-out: one caller's short one never ends another's wait", async () => {
    // Answered after 300 ms: too late for 50 ms, in time for the default and for 5 s.
    const { id, url } = await serveSmallFeed('own-timeouts');
    const slow = `${url}?delay=300`;
    const [short, standard, long] = await Promise.allSettled([
      loadFeed(slow, { timeoutMs: 50 }),
      loadFeed(slow),
      loadFeed(slow, { timeoutMs: 5_000 }),
    ]);
    expect(short.status === 'rejected' && (short.reason as MivError).kind).to.equal('timeout');
    expect(standard.status === 'fulfilled' && standard.value.schemaVersion, 'the default waits on').to.equal(1);
    expect(long.status === 'fulfilled' && long.value.schemaVersion).to.equal(1);
    // And a long time-out asked first does not lengthen a short one asked after it, which falls back
    // on the copy kept from the load above, as a request that timed out on its own would.
    clearFeedCache();
    const [first, second] = await Promise.all([
      loadFeed(slow, { timeoutMs: 5_000 }),
      loadFeed(slow, { timeoutMs: 50 }),
    ]);
    expect(staleInfo(first), 'the first waits for the answer').to.equal(undefined);
    expect(staleInfo(second)?.error.message).to.equal('Geen antwoord binnen 0.05 s');
    expect((await hitsOf(id)).hits, 'one request per load').to.equal(2);
  });

  it('stops the request once every caller waiting for it has timed out, and fetches afresh after', async () => {
    const { id, url } = await serveSmallFeed('all-timed-out');
    await setMode(id, 'delay=2000');
    const errors = await Promise.all([
      failure(loadFeed(url, { timeoutMs: 50 })),
      failure(loadFeed(url, { timeoutMs: 80 })),
    ]);
    expect(errors.map((e) => (e as MivError).kind)).to.deep.equal(['timeout', 'timeout']);
    await waitUntil(async () => (await hitsOf(id)).abandoned === 1, 'the server sees the request given up');
    // The same URL, answered at once now: a call that waits longer than they did asks again.
    await setMode(id, '');
    expect((await loadFeed(url)).schemaVersion, 'not the stopped request').to.equal(1);
    expect((await hitsOf(id)).hits).to.equal(2);
  });

  it('tells JSON cut off midway from text that is no JSON at all', () => {
    expect(looksTruncated('{"schemaVersion": 1, "meta": {"title": "MIV')).to.equal(true);
    expect(looksTruncated('[1, 2, {"a": "}"')).to.equal(true);
    expect(looksTruncated('{"a": "escaped \\" quote"')).to.equal(true);
    expect(looksTruncated('<!doctype html><p>Inloggen')).to.equal(false);
    expect(looksTruncated('{"a": 1}}')).to.equal(false);
    expect(looksTruncated('')).to.equal(false);
  });

  it('sends no cookies by default', async () => {
    let credentials: RequestCredentials | undefined;
    window.fetch = (input, init) => {
      credentials = init?.credentials;
      return realFetch(input, init);
    };
    await loadFeed(SMALL_FEED_URL);
    expect(credentials).to.equal('omit');
  });
});

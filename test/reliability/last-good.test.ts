/**
 * Last good data and retries: a feed that loaded once is shown again, marked out of date, when it
 * later fails; retries are bounded and only for failures that may pass.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import { clearFeedCache, loadFeed, TRANSIENT_FAILURE_MS } from '../../src/feed/load.js';
import { clearLastGood, keepLastGood, MAX_KEPT_CHARS, staleInfo } from '../../src/feed/last-good.js';
import { MivError } from '../../src/feed/errors.js';
import { failOnConsoleErrors } from '../helpers.js';
import { hitsOf, later, mount, serveFeed, serveSmallFeed, setMode, shownText, uniqueId } from './helpers.js';
import { smallFeed } from '../fixtures/feeds.js';

const FAST = { retryDelaysMs: [10, 20] };

async function failure(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error('expected the load to fail');
}

/** The feed is loaded once (and kept), then the same URL starts failing as `query` says. */
async function loadedThenFailing(name: string, query: string) {
  const { id, url } = await serveSmallFeed(name);
  await loadFeed(url);
  clearFeedCache();
  await setMode(id, query);
  return { id, failing: url };
}

describe('last good data', () => {
  failOnConsoleErrors();
  beforeEach(() => {
    clearFeedCache();
    clearLastGood();
  });
  afterEach(() => document.querySelectorAll('body > miv-indicator').forEach((el) => el.remove()));

  it('shows the kept figures with a visible "verouderd — stand" notice when the feed fails', async () => {
    const { id, url } = await serveSmallFeed('stale');
    const first = mount('miv-indicator', { src: url, indicator: 'woninginbraak', area: 'GM0758' });
    await new Promise((resolve) => first.el.addEventListener('miv-rendered', resolve, { once: true }));
    const kept = shownText(first.el, '[part="value"]');
    first.el.remove();
    clearFeedCache();

    // The same feed now fails at the server: the page is reloaded, say, during an outage.
    await setMode(id, 'truncate=200');
    const again = mount('miv-indicator', { src: url, indicator: 'woninginbraak', area: 'GM0758' });
    // Listened for from the start: the kept figures may be drawn before the error is handled here.
    const redrawn = new Promise((resolve) => again.el.addEventListener('miv-rendered', resolve, { once: true }));
    const error = await again.error;
    expect(error.kind, 'the host still hears of the failure').to.equal('truncated');
    await redrawn;
    const notice = shownText(again.el, '[part="stale"]');
    const today = new Intl.DateTimeFormat('nl-NL', { dateStyle: 'long' }).format(new Date());
    expect(notice).to.match(/^Verouderd — stand: /);
    expect(notice).to.contain(today);
    expect(notice).to.contain('De actuele gegevens konden niet worden opgehaald.');
    expect(again.el.shadowRoot!.querySelector('[part="stale"]')!.getAttribute('role')).to.equal('status');
    expect(shownText(again.el, '[part="value"]')).to.equal(kept);
    expect(again.el.shadowRoot!.querySelector('[role="alert"]')).to.equal(null);
  });

  it('falls back only after the bounded retries, shares the copy a while, then tries the network again', async () => {
    const { id, failing } = await loadedThenFailing('retry', 'status=503');
    const feed = await loadFeed(failing, FAST);
    expect((await hitsOf(id)).hits, 'one good load, then three tries').to.equal(4);
    expect(staleInfo(feed)?.error.kind).to.equal('http');
    // An element that upgrades a moment later shows the same copy without three tries of its own.
    expect(await loadFeed(failing, FAST)).to.equal(feed);
    expect((await hitsOf(id)).hits).to.equal(4);
    // Not for good: a later call asks the server again, and shows the fresh feed once it is back.
    await setMode(id, '');
    const fresh = await later(TRANSIENT_FAILURE_MS, () => loadFeed(failing, FAST));
    expect(staleInfo(fresh)).to.equal(undefined);
    expect((await hitsOf(id)).hits).to.equal(5);
  });

  it('shares the copy that stands in for a time-out with the calls shortly after that would not wait longer', async () => {
    const { id, failing } = await loadedThenFailing('slow', 'delay=1000');
    const feed = await loadFeed(failing, { timeoutMs: 50 });
    expect(staleInfo(feed)?.error.message).to.equal('Geen antwoord binnen 0.05 s');
    expect(await loadFeed(failing, { timeoutMs: 50 })).to.equal(feed);
    expect((await hitsOf(id)).hits, 'one good load, then one that timed out').to.equal(2);
  });

  it('keeps the copy that stands in for a feed gone for good (404) until clearFeedCache', async () => {
    const { id, failing } = await loadedThenFailing('gone', 'status=404');
    const feed = await loadFeed(failing, FAST);
    expect(staleInfo(feed)?.error.detail.status).to.equal(404);
    expect(await later(TRANSIENT_FAILURE_MS, () => loadFeed(failing, FAST))).to.equal(feed);
    expect((await hitsOf(id)).hits, 'one good load, then one 404').to.equal(2);
  });

  it('recovers once the server is back: a flaky 5xx is retried and the fresh feed is not stale', async () => {
    const { id, url } = await serveSmallFeed('flaky');
    const feed = await loadFeed(`${url}?status=502&fail=2`, FAST);
    expect((await hitsOf(id)).hits).to.equal(3);
    expect(staleInfo(feed)).to.equal(undefined);
    expect(feed.schemaVersion).to.equal(1);
  });

  it('never retries a 4xx or a bad feed', async () => {
    const { id, url } = await serveSmallFeed('no-retry');
    expect(((await failure(loadFeed(`${url}?status=404`, FAST))) as MivError).kind).to.equal('http');
    expect((await hitsOf(id)).hits).to.equal(1);
    const bad = uniqueId('bad');
    const badUrl = await serveFeed(bad, { ...(await smallFeed()), schemaVersion: 'één' });
    expect(((await failure(loadFeed(badUrl, FAST))) as MivError).kind).to.equal('schema');
    expect((await hitsOf(bad)).hits).to.equal(1);
  });

  it('stops retrying when the caller aborts during the back-off', async () => {
    const { id, url } = await serveSmallFeed('abort');
    const controller = new AbortController();
    const load = loadFeed(`${url}?status=500`, { signal: controller.signal, retryDelaysMs: [60_000] });
    await new Promise((resolve) => setTimeout(resolve, 200));
    controller.abort();
    expect(((await failure(load)) as DOMException).name).to.equal('AbortError');
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect((await hitsOf(id)).hits).to.equal(1);
  });

  it('keeps only feeds that validated', async () => {
    const id = uniqueId('invalid');
    const url = await serveFeed(id, { ...(await smallFeed()), schemaVersion: 2 });
    await failure(loadFeed(url));
    expect(localStorage.getItem(`miv-widgets:last-good:${url}`)).to.equal(null);
    clearFeedCache();
    // The server then goes down: nothing was kept, so the error shows.
    await setMode(id, 'status=500');
    expect(((await failure(loadFeed(url, FAST))) as MivError).kind).to.equal('http');
  });

  it('ignores a kept copy that was tampered with', async () => {
    const { failing } = await loadedThenFailing('tampered', 'status=500');
    // This feed's own copy, once written (in idle time): other test files' pages share the storage.
    const key = `miv-widgets:last-good:${failing}`;
    await waitUntil(() => localStorage.getItem(key), 'the copy is kept');
    const kept = JSON.parse(localStorage.getItem(key)!) as { savedAt: string; body: string };
    const feed = JSON.parse(kept.body) as { meta: { title: unknown } };
    feed.meta.title = ['<img src=x onerror=alert(1)>'];
    localStorage.setItem(key, JSON.stringify({ ...kept, body: JSON.stringify(feed) }));
    expect(((await failure(loadFeed(failing, FAST))) as MivError).kind).to.equal('http');
    expect(localStorage.getItem(key), 'the bad copy is dropped').to.equal(null);
  });

  it('works without storage: blocked or full', async () => {
    const realSetItem = Storage.prototype.setItem;
    Storage.prototype.setItem = () => {
      throw new DOMException('Quota exceeded', 'QuotaExceededError');
    };
    try {
      const { id, url } = await serveSmallFeed('full');
      expect((await loadFeed(url)).schemaVersion, 'the feed still loads').to.equal(1);
      clearFeedCache();
      await setMode(id, 'status=500');
      expect(((await failure(loadFeed(url, FAST))) as MivError).kind).to.equal('http');
    } finally {
      Storage.prototype.setItem = realSetItem;
    }
    const descriptor = Object.getOwnPropertyDescriptor(window, 'localStorage')!;
    Object.defineProperty(window, 'localStorage', {
      configurable: true,
      get: () => {
        throw new DOMException('Blocked', 'SecurityError');
      },
    });
    try {
      const { url } = await serveSmallFeed('blocked');
      expect((await loadFeed(url)).schemaVersion).to.equal(1);
    } finally {
      Object.defineProperty(window, 'localStorage', descriptor);
    }
  });

  it('writes the copy in idle time, keeps no feed over the size cap, and drops the older copy', async () => {
    const url = `https://voorbeeld.nl/feed-${Math.random()}.json`;
    const stored = () => localStorage.getItem(`miv-widgets:last-good:${url}`);
    // Idle callbacks run in the order asked: the copy's first.
    const idle = () => new Promise((resolve) => requestIdleCallback(resolve));
    keepLastGood(url, '{}');
    expect(stored(), 'not while the page is busy').to.equal(null);
    await idle();
    expect(stored()).not.to.equal(null);
    keepLastGood(url, ' '.repeat(MAX_KEPT_CHARS + 1));
    await idle();
    expect(stored()).to.equal(null);
  });
});

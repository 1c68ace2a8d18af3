/**
 * How the benchmark scripts (`bench.js`, `bench-ab.js`) measure one cold load of a page: the page
 * is instrumented before its first script, loaded in a fresh context with the CPU slowed as asked,
 * and read once the charts (or elements) it waits for have painted. See `bench.js` for the measures.
 */
import { freshPage, gzipSize } from './bench-page.js';

const LONG_TASK_MS = 50;

/** Records, from the first script on, paints, headline figures, errors and long tasks. */
export function instrument() {
  const bench = (window.__bench = { rendered: new Map(), headline: new Map(), longTasks: [], errors: [] });
  document.addEventListener(
    'miv-rendered',
    (e) => bench.rendered.has(e.target) || bench.rendered.set(e.target, performance.now()),
    true,
  );
  document.addEventListener('miv-error', (e) => bench.errors.push(e.detail?.kind), true);
  new PerformanceObserver((list) => {
    for (const t of list.getEntries()) bench.longTasks.push({ start: t.startTime, duration: t.duration });
  }).observe({ type: 'longtask', buffered: true });
  // Once per frame: which elements show their headline figure by now.
  const frame = () => {
    for (const el of document.querySelectorAll('miv-indicator'))
      if (!bench.headline.has(el) && el.shadowRoot?.querySelector('[part~="value"]'))
        bench.headline.set(el, performance.now());
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
}

/** Runs in the page: the charts or elements in the first viewport, and whether all have painted. */
export function inPage(selector, wanted) {
  const bench = window.__bench;
  const all = [...document.querySelectorAll(selector)];
  const inView = all.filter((el) => {
    const r = el.getBoundingClientRect();
    return r.top < innerHeight && r.bottom > 0;
  });
  const targets = wanted === 'all' ? all : inView;
  const ready = targets.every(
    (el) => bench.rendered.has(el) && (wanted !== 'view' || !el.shadowRoot || bench.headline.has(el)),
  );
  if (!ready && bench.errors.length === 0) return false;
  const latest = (map, els) => Math.max(...els.map((el) => map.get(el) ?? Infinity));
  return {
    errors: bench.errors,
    count: targets.length,
    inView: inView.length,
    done: latest(bench.rendered, targets),
    viewDone: latest(bench.rendered, inView),
    headline: inView[0]?.shadowRoot ? latest(bench.headline, inView) : undefined,
  };
}

const blocking = (tasks, from, until) =>
  tasks.reduce((sum, t) => {
    const start = Math.max(t.start, from);
    const end = Math.min(t.start + t.duration, until);
    return sum + Math.max(0, end - start - (t.start >= from ? LONG_TASK_MS : 0));
  }, 0);

/**
 * One cold load of `path` until `wanted` ('all' charts, or those in 'view') painted; with `latency`
 * (ms), every request waits that long for its answer, as over a mobile network.
 */
export async function measure(browser, origin, path, { selector, wanted, throttle, latency = 0, window: windowMs }) {
  const { tab, context } = await freshPage(browser, instrument);
  const session = await tab.createCDPSession();
  await session.send('Emulation.setCPUThrottlingRate', { rate: throttle });
  if (latency) {
    await session.send('Network.enable');
    await session.send('Network.emulateNetworkConditions', {
      offline: false,
      latency,
      downloadThroughput: -1,
      uploadThroughput: -1,
    });
  }
  const scripts = new Set();
  tab.on('response', (r) => {
    if (r.request().resourceType() === 'script') scripts.add(new URL(r.url()).pathname.slice(1));
  });
  await tab.goto(`${origin}${path}`);
  const handle = await tab.waitForFunction(inPage, { timeout: 180_000, polling: 50 }, selector, wanted);
  const result = await handle.jsonValue();
  if (result.errors.length) throw new Error(`${path}: miv-error ${result.errors.join(', ')}`);
  if (windowMs) await tab.waitForFunction((ms) => performance.now() >= ms, { timeout: 60_000, polling: 100 }, windowMs);
  const tasks = await tab.evaluate(() => window.__bench.longTasks);
  const until = windowMs ?? (wanted === 'all' ? result.done : result.viewDone);
  const extra = windowMs ? await tab.evaluate(offScreenNodes) : {};
  const jsBytes = [...scripts].reduce((sum, file) => sum + gzipSize(file), 0);
  await context.close();
  return { ...result, ...extra, tbt: blocking(tasks, 0, until), jsBytes };
}

/** DOM nodes of each widget that is not near the viewport (beyond a viewport's height below it). */
function offScreenNodes() {
  const far = [...document.querySelectorAll('miv-indicator')].filter(
    (el) => el.getBoundingClientRect().top > 2 * innerHeight,
  );
  const nodes = far.map(
    (el) => 1 + (el.shadowRoot?.querySelectorAll('*').length ?? 0) + el.querySelectorAll('*').length,
  );
  return {
    farWidgets: far.length,
    nodesPerFar: nodes.reduce((a, b) => a + b, 0) / nodes.length,
    maxNodesFar: Math.max(...nodes),
  };
}

/**
 * Routes of the test server for the reliability tests, so that failures travel over real HTTP on
 * this machine (nothing leaves it). Everything lives under `/__miv-test__/`:
 *
 * - `PUT  feed/<id>`           stores the request body as a feed to serve;
 * - `GET  feed/<id>`           serves it; `?status=503` answers with that status instead,
 *                              `?fail=2` does so for the first two requests only, `?delay=300` waits first,
 *                              `?truncate=1000` sends only the first 1000 characters;
 * - `POST mode/<id>?status=503` makes later requests for `feed/<id>` behave as if they carried that query
 *                              (the same URL that loaded before now fails; `fail` counts from here);
 * - `GET  hits/<id>`           how often `feed/<id>` was asked for, whether each request carried a cookie,
 *                              and how many requests the client gave up on during a delay;
 * - `GET  large.json`          a valid feed of about 20 MB, built from the sample feed.
 *
 * A second export, `heapCommand`, gives tests the JS heap after a full garbage collection (CDP).
 */
import { readFileSync } from 'node:fs';

const PREFIX = '/__miv-test__/';
const LARGE_BYTES = 20 * 1024 * 1024;

/** @type {Map<string, string>} */
const feeds = new Map();
/** @type {Map<string, { hits: number, cookies: boolean[], abandoned: number }>} */
const hits = new Map();
/** @type {Map<string, { query: Record<string, string>, since: number }>} */
const modes = new Map();
let large;

/**
 * The sample feed with its indicators and their series copied under new ids until it is about 20 MB
 * (also used by `test/tools/bench-large-feed.js`).
 */
export function largeFeed() {
  if (large) return large;
  const feed = JSON.parse(readFileSync('examples/data/sample-feed.json', 'utf8'));
  const indicators = [...feed.indicators];
  const series = [...feed.series];
  const copySize = JSON.stringify({ indicators, series }).length;
  const copies = Math.ceil(LARGE_BYTES / copySize);
  for (let copy = 1; copy < copies; copy++) {
    for (const indicator of indicators) feed.indicators.push({ ...indicator, id: `${indicator.id}-${copy}` });
    for (const s of series) feed.series.push({ ...s, indicator: `${s.indicator}-${copy}` });
  }
  large = JSON.stringify(feed);
  return large;
}

function readBody(req) {
  return new Promise((resolve, reject) => {
    const chunks = [];
    req.on('data', (chunk) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

/** Waits `ms`; false when the client gave up (time-out, abort) before that. */
function wait(ms, req) {
  return new Promise((resolve) => {
    const timer = setTimeout(() => resolve(true), ms);
    req.on('close', () => {
      clearTimeout(timer);
      resolve(false);
    });
  });
}

/** Koa middleware for the dev server of @web/test-runner. */
export async function reliabilityRoutes(ctx, next) {
  if (!ctx.path.startsWith(PREFIX)) return next();
  const [route, id = ''] = ctx.path.slice(PREFIX.length).split('/');
  ctx.set('cache-control', 'no-store');
  if (route === 'large.json') {
    ctx.type = 'application/json';
    ctx.body = largeFeed();
    return;
  }
  if (route === 'hits') {
    ctx.body = hits.get(id) ?? { hits: 0, cookies: [], abandoned: 0 };
    return;
  }
  if (route === 'mode') {
    modes.set(id, { query: { ...ctx.query }, since: hits.get(id)?.hits ?? 0 });
    ctx.status = 204;
    return;
  }
  if (route !== 'feed') return next();
  if (ctx.method === 'PUT') {
    feeds.set(id, await readBody(ctx.req));
    hits.delete(id);
    modes.delete(id);
    ctx.status = 204;
    return;
  }
  const record = hits.get(id) ?? { hits: 0, cookies: [], abandoned: 0 };
  record.hits++;
  record.cookies.push(Boolean(ctx.get('cookie')));
  hits.set(id, record);
  const mode = modes.get(id) ?? { query: {}, since: 0 };
  const { status, fail, delay, truncate } = { ...mode.query, ...ctx.query };
  if (delay && !(await wait(Number(delay), ctx.req))) {
    record.abandoned++;
    return;
  }
  if (status && (!fail || record.hits - mode.since <= Number(fail))) {
    ctx.status = Number(status);
    ctx.body = `Fout ${status}`;
    return;
  }
  const body = feeds.get(id);
  if (body === undefined) return next();
  ctx.type = 'application/json';
  ctx.body = truncate ? body.slice(0, Number(truncate)) : body;
}

/** Test-runner plugin with the `miv-heap` command: bytes of JS heap in use after a full GC. */
export function heapCommand() {
  const sessions = new Map();
  return {
    name: 'miv-heap',
    async executeCommand({ command, session }) {
      if (command !== 'miv-heap') return undefined;
      let cdp = sessions.get(session.id);
      if (!cdp) {
        cdp = await session.browser.getPage(session.id).createCDPSession();
        sessions.set(session.id, cdp);
      }
      await cdp.send('HeapProfiler.collectGarbage');
      const { usedSize } = await cdp.send('Runtime.getHeapUsage');
      return usedSize;
    },
  };
}

/**
 * The published package, checked the way a user meets it: `npm pack` holds only what users need,
 * and the unpacked tarball works from Node (JSON Schema, library, `miv-feed` command) and in
 * Chromium (the embed script draws a chart). Builds dist/ first when it is missing or older than
 * the sources, because `npm test` runs before `npm run build`. Starts Chromium once: run it under
 * the browser lock like the browser tests.
 */
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { startDevServer } from '@web/dev-server';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { build } from 'vite';
import { findChrome, CHROME_FLAGS } from '../tools/find-chrome.js';
import { buildIfStale, CACHE, install, pack, ROOT } from './tarball.js';

const USER_PROJECT = join(CACHE, 'miv-package-test');

/** What users need; anything else in the tarball is a mistake. */
const ALLOWED = [
  /^package\.json$/,
  /^README\.md$/,
  /^LICENSE$/,
  /^custom-elements\.json$/,
  /^examples\/data\/sample-feed\.json$/,
  /^dist\/(miv-widgets|miv-indicator|miv-embed|miv-embed-resize)\.js$/,
  /^dist\/(miv-widgets|miv-indicator)\.d\.ts$/,
  /^dist\/embed\.(html|css)$/,
  /^dist\/geo\/(README\.md|gemeenten-zwb-2025\.topo\.json)$/,
  /^dist\/feed\.schema\.json$/,
  /^dist\/chunks\/[\w.-]+\.js$/,
  /^dist\/lib\/.+\.js$/,
  /^dist\/types\/.+\.d\.ts$/,
];
const REQUIRED = [
  'package.json',
  'README.md',
  'LICENSE',
  'custom-elements.json',
  'dist/miv-widgets.js',
  'dist/miv-widgets.d.ts',
  'dist/miv-indicator.js',
  'dist/miv-indicator.d.ts',
  'dist/embed.html',
  'dist/embed.css',
  'dist/miv-embed.js',
  'dist/miv-embed-resize.js',
  'dist/feed.schema.json',
  // The map's boundaries with their source and licence (CC BY 4.0).
  'dist/geo/README.md',
  'dist/geo/gemeenten-zwb-2025.topo.json',
  'dist/lib/index.js',
  'dist/lib/define.js',
  'dist/lib/define-indicator.js',
  'dist/lib/cli/miv-feed.js',
  'dist/types/index.d.ts',
];

let packed: string[] = [];
let installed = '';
let manifest: { exports: Record<string, string | Record<string, string>>; bin: Record<string, string> };

before(() => {
  buildIfStale();
  const { tarball, files } = pack(USER_PROJECT);
  packed = files;
  installed = install(tarball, USER_PROJECT);
  manifest = JSON.parse(readFileSync(join(installed, 'package.json'), 'utf8'));
});

test('the tarball holds only what users need', () => {
  const unexpected = packed.filter((path) => !ALLOWED.some((pattern) => pattern.test(path)));
  assert.deepEqual(unexpected, []);
  const missing = REQUIRED.filter((path) => !packed.includes(path));
  assert.deepEqual(missing, []);
  assert.ok(
    packed.some((path) => path.startsWith('dist/chunks/')),
    'the chart engine chunk is published',
  );
});

test('every "exports" target is in the tarball', (t) => {
  const targets = Object.values(manifest.exports).flatMap((target) =>
    typeof target === 'string' ? [target] : Object.values(target),
  );
  const missing = targets.map((target) => target.replace(/^\.\//, '')).filter((path) => !packed.includes(path));
  if (missing.length && missing.every((path) => !existsSync(join(ROOT, path)))) {
    t.skip(`not generated in this checkout yet: ${missing.join(', ')}`);
    return;
  }
  assert.deepEqual(missing, []);
});

test('Node: the JSON Schema and the library import by package name', () => {
  const script = `
    import schema from 'miv-widgets/feed.schema.json' with { type: 'json' };
    import { parseFeed } from 'miv-widgets';
    import { readFileSync } from 'node:fs';
    const feed = parseFeed(JSON.parse(readFileSync(${JSON.stringify(join(ROOT, 'test/fixtures/small-feed.json'))}, 'utf8')));
    console.log(JSON.stringify({ schema: schema.$schema, indicators: feed.indicators.length }));`;
  writeFileSync(join(USER_PROJECT, 'user.mjs'), script);
  const out = JSON.parse(execFileSync(process.execPath, ['user.mjs'], { cwd: USER_PROJECT, encoding: 'utf8' }));
  assert.match(out.schema, /json-schema\.org/);
  assert.ok(out.indicators > 0);
});

test('Node: the miv-feed command validates a feed and explains a broken one', () => {
  const command = join(installed, manifest.bin['miv-feed']!);
  // The small fixture shows suppressed cells that its totals give away; the shipped sample feed protects them.
  const ok = spawnSync(process.execPath, [command, 'validate', join(installed, 'examples/data/sample-feed.json')], {
    encoding: 'utf8',
  });
  assert.equal(ok.status, 0, ok.stderr);
  const broken = spawnSync(process.execPath, [command, 'validate', join(ROOT, 'test/fixtures/not-json.txt')], {
    encoding: 'utf8',
  });
  assert.notEqual(broken.status, 0);
  assert.match(broken.stdout + broken.stderr, /JSON/);
});

/** The user's project served and one Chromium, started by the first browser test, closed after all. */
let served: { server: Awaited<ReturnType<typeof startDevServer>>; browser: Browser } | undefined;
after(async () => {
  await served?.browser.close();
  await served?.server.stop();
});

/**
 * Opens `path` of the user's project with the small fixture as `feed.json`, waits until `ready` holds
 * in the page, and returns the page and the errors it threw.
 */
async function openInBrowser(path: string, ready: () => unknown): Promise<{ page: Page; errors: string[] }> {
  if (!served) {
    copyFileSync(join(ROOT, 'test/fixtures/small-feed.json'), join(USER_PROJECT, 'feed.json'));
    const server = await startDevServer({
      config: { rootDir: USER_PROJECT, port: 0, hostname: '127.0.0.1' },
      readCliArgs: false,
      readFileConfig: false,
      logStartMessage: false,
    });
    served = { server, browser: await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS }) };
  }
  const page = await served.browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error instanceof Error ? error.message : String(error)));
  const address = served.server.server?.address();
  assert.ok(address && typeof address === 'object');
  await page.goto(`http://127.0.0.1:${address.port}/${path}`);
  await page.waitForFunction(ready, { timeout: 20_000 });
  return { page, errors };
}

test('browser: the embed script from the tarball draws a chart', async () => {
  writeFileSync(
    join(USER_PROJECT, 'index.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8">
     <script type="module" src="./node_modules/miv-widgets/dist/miv-widgets.js"></script></head>
     <body><miv-indicator src="./feed.json" indicator="woninginbraak" area="GM0758"></miv-indicator></body></html>`,
  );
  const { page, errors } = await openInBrowser('index.html', () =>
    document.querySelector('miv-indicator')?.shadowRoot?.querySelector('[part~="chart"] svg path'),
  );
  const title = await page.$eval('miv-indicator', (el) => el.shadowRoot?.querySelector('[part~="title"]')?.textContent);
  assert.match(title ?? '', /woninginbraak/i);
  assert.deepEqual(errors, []);
});

// Vite follows package.json's `sideEffects`: a chunk the library loads only for what it registers
// would come out empty there, and the bars and lines with it.
test('browser: an app bundled by Vite from the package draws bars and reference lines, and writes highlights in Dutch', async () => {
  writeFileSync(join(USER_PROJECT, 'app.js'), `import 'miv-widgets/define';\n`);
  writeFileSync(
    join(USER_PROJECT, 'app.html'),
    `<!doctype html><html lang="nl"><head><meta charset="utf-8"><script type="module" src="./app.js"></script></head>
     <body><miv-district-compare src="../feed.json" indicator="woninginbraak"></miv-district-compare>
       <miv-highlights src="../feed.json" area="GM0758"></miv-highlights></body></html>`,
  );
  await build({
    root: USER_PROJECT,
    base: './',
    logLevel: 'error',
    build: { outDir: 'app-dist', emptyOutDir: true, rollupOptions: { input: join(USER_PROJECT, 'app.html') } },
  });
  const { page, errors } = await openInBrowser('app-dist/app.html', () =>
    document.querySelector('miv-district-compare')?.shadowRoot?.querySelector('[part~="chart"] svg text'),
  );
  const drawn = await page.$eval('miv-district-compare', (el) => {
    const svg = el.shadowRoot!.querySelector('[part~="chart"] svg')!;
    return {
      labels: [...svg.querySelectorAll('text')].map((t) => t.textContent),
      dashed: svg.querySelectorAll('path[stroke-dasharray]').length,
    };
  });
  // A bar's own label (Hart van Brabant, provisional), and the dashed lines of the unit and Nederland.
  assert.ok(drawn.labels.includes('1,9*'), `bar labels among ${drawn.labels.join(' ')}`);
  assert.ok(drawn.dashed >= 2, `${drawn.dashed} dashed reference lines`);
  // The highlights' Dutch words travel in their own chunk, added to the dictionary when it loads.
  const headings = await page.waitForFunction(
    () => document.querySelector('miv-highlights')?.shadowRoot?.querySelector('#detected')?.textContent,
    { timeout: 20_000 },
  );
  assert.equal(await headings.jsonValue(), 'Automatisch gevonden in de cijfers');
  assert.deepEqual(errors, []);
});

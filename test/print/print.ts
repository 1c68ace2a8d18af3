/**
 * Prints a page of `miv-*` elements to PDF in headless Chromium and reads the PDF back with poppler
 * (pdfinfo, pdftotext, pdftoppm, pdfimages), for the print tests and for looking at pages. The
 * elements are bundled from src with esbuild, split as the embed build is (what an element imports
 * later, such as a chart engine, is a chunk of its own, fetched only then), and served with the
 * sample feed from memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { build } from 'esbuild';
import puppeteer, { type PDFOptions } from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from '../tools/find-chrome.js';

export const SAMPLE_FEED = 'examples/data/sample-feed.json';

/** The page's script and its chunks, by URL path. */
async function bundle(script: string): Promise<Record<string, string>> {
  // Only names the chunks: nothing is written.
  const out = resolve('print-bundle');
  const result = await build({
    stdin: { contents: script, resolveDir: process.cwd(), loader: 'ts' },
    bundle: true,
    splitting: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    outdir: out,
    entryNames: 'page',
    chunkNames: 'chunks/[name]-[hash]',
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return Object.fromEntries(result.outputFiles.map((file) => [`/${relative(out, file.path)}`, file.text]));
}

async function listen(
  routes: Record<string, { type: string; body: string }>,
): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const route = routes[new URL(request.url ?? '/', 'http://x').pathname];
    if (!route) return response.writeHead(404).end();
    response.writeHead(200, { 'content-type': route.type }).end(route.body);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  if (!address || typeof address === 'string') throw new Error('no port');
  return { server, origin: `http://127.0.0.1:${address.port}` };
}

export interface PageOptions {
  /** The module that defines the page's elements, as TypeScript in the repository's root. */
  script: string;
  /** The page's body; its elements' feed is `/feed.json`. */
  body: string;
  /** CSS of the page around them. */
  css?: string;
  /** True in the page once it is ready to print. */
  ready: () => unknown;
  /** The window's size, which the page lays out in until it prints. */
  viewport?: { width: number; height: number };
  /** Screen media while it prints too, as a PDF tool may set it; by default print media when it prints. */
  media?: 'screen';
  /** How to print: by default the page's own `@page` size. */
  pdf?: PDFOptions;
  /** Read in the page once the printing is over; its value comes back as `afterPrint`. */
  afterPrint?: () => unknown;
}

/** A word as pdftotext places it, in points from the page's top left. */
export interface PrintedWord {
  text: string;
  xMin: number;
  xMax: number;
  yMin: number;
}

export interface PrintedPage {
  text: string;
  /** The page's width in points. */
  width: number;
  words: PrintedWord[];
  /** The page rendered at `dpi`, as rows of RGB pixels. */
  image: { width: number; height: number; pixel: (x: number, y: number) => [number, number, number] };
}

export interface Printed {
  dir: string;
  pdf: string;
  pages: PrintedPage[];
  /** Raster images embedded in the PDF (`pdfimages -list` rows). */
  images: number;
  /** What `afterPrint` read. */
  afterPrint: unknown;
}

/** Reads a binary PPM (P6, 8 bits), as `pdftoppm` writes it. */
function readPpm(file: string): PrintedPage['image'] {
  const data = readFileSync(file);
  const header = data
    .subarray(0, 64)
    .toString('latin1')
    .match(/^P6\s+(\d+)\s+(\d+)\s+(\d+)\s/);
  if (!header) throw new Error(`not a PPM: ${file}`);
  const [whole, width, height] = [header[0], Number(header[1]), Number(header[2])];
  const start = whole.length;
  return {
    width,
    height,
    pixel: (x, y) => {
      const at = start + (y * width + x) * 3;
      return [data[at]!, data[at + 1]!, data[at + 2]!];
    },
  };
}

/** Every page's width and words, from `pdftotext -bbox`. */
function readWords(pdf: string): Pick<PrintedPage, 'width' | 'words'>[] {
  // A page without words (a spacer's) makes pdftotext say "no word list": not a failure.
  const html = execFileSync('pdftotext', ['-bbox', pdf, '-'], {
    encoding: 'utf8',
    stdio: ['ignore', 'pipe', 'ignore'],
  });
  return html
    .split('<page ')
    .slice(1)
    .map((page) => ({
      width: Number(/width="([\d.]+)"/.exec(page)![1]),
      words: [
        ...page.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="[\d.]+">([^<]*)<\/word>/g),
      ].map(([, xMin, yMin, xMax, text]) => ({
        text: text!,
        xMin: Number(xMin),
        xMax: Number(xMax),
        yMin: Number(yMin),
      })),
    }));
}

/** Prints the page and reads back every page's text, words and image. */
export async function printPage(options: PageOptions, dpi = 50): Promise<Printed> {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Afdruk</title>
<style>body { margin: 0; font-family: 'DejaVu Sans', sans-serif; } ${options.css ?? ''}</style>
<script type="module" src="/page.js"></script></head>
<body>${options.body}</body></html>`;
  const scripts = Object.entries(await bundle(options.script)).map(([path, body]) => [
    path,
    { type: 'text/javascript', body },
  ]);
  const { server, origin } = await listen({
    ...Object.fromEntries(scripts),
    '/': { type: 'text/html', body: html },
    '/feed.json': { type: 'application/json', body: readFileSync(SAMPLE_FEED, 'utf8') },
  });
  const dir = mkdtempSync(join(tmpdir(), 'miv-print-'));
  const pdf = join(dir, 'page.pdf');
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS, headless: true });
  let afterPrint: unknown;
  try {
    const page = await browser.newPage();
    if (options.viewport) await page.setViewport(options.viewport);
    if (options.media) await page.emulateMediaType(options.media);
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(origin, { waitUntil: 'load' });
    await page.waitForFunction(options.ready, { timeout: 20_000 });
    if (errors.length) throw new Error(errors.join('\n'));
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true, ...options.pdf });
    if (options.afterPrint) afterPrint = await page.evaluate(options.afterPrint);
  } finally {
    await browser.close();
    server.close();
  }
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, join(dir, 'page')]);
  const images = readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort();
  const words = readWords(pdf);
  const pages = images.map((file, i) => ({
    text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
    ...words[i]!,
    image: readPpm(join(dir, file)),
  }));
  if (pages.length !== count) throw new Error(`pdfinfo says ${count} pages, pdftoppm rendered ${pages.length}`);
  const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n');
  // Two header lines, then one line per image.
  return { dir, pdf, pages, images: list.length - 2, afterPrint };
}

export interface ProfileOptions {
  /** Attributes of the `<miv-profile>`, or of each of several in a row. */
  attributes: string | string[];
  /** CSS of the page around it. */
  css?: string;
}

/** Prints one or more profiles, once each has built its cards. */
export function printProfile(options: ProfileOptions, dpi = 50): Promise<Printed> {
  return printPage(
    {
      script: `import { defineElements } from './src/register.ts';
        import { MivProfile } from './src/components/miv-profile/miv-profile.ts';
        defineElements({ 'miv-profile': MivProfile });`,
      body: [options.attributes]
        .flat()
        .map((attributes) => `<miv-profile src="/feed.json" ${attributes}></miv-profile>`)
        .join('\n'),
      css: options.css,
      ready: () => [...document.querySelectorAll('miv-profile')].every((el) => el.shadowRoot?.querySelector('.rules')),
    },
    dpi,
  );
}

/**
 * Prints a page with a `<miv-profile>` to PDF in headless Chromium and reads the PDF back with
 * poppler (pdfinfo, pdftotext, pdftoppm, pdfimages), for the print tests and for looking at pages.
 * The element is bundled from src with esbuild and served with the sample feed from memory.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { build } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from '../tools/find-chrome.js';

export const SAMPLE_FEED = 'examples/data/sample-feed.json';

async function bundle(): Promise<string> {
  const result = await build({
    stdin: {
      contents: `import { defineElements } from './src/register.ts';
        import { MivProfile } from './src/components/miv-profile/miv-profile.ts';
        defineElements({ 'miv-profile': MivProfile });`,
      resolveDir: process.cwd(),
      loader: 'ts',
    },
    bundle: true,
    format: 'esm',
    target: 'es2022',
    write: false,
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  });
  return result.outputFiles[0]!.text;
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

export interface PrintOptions {
  /** Attributes of the `<miv-profile>`, or of each of several in a row. */
  attributes: string | string[];
  /** CSS of the page around it. */
  css?: string;
}

export interface PrintedPage {
  text: string;
  /** The page rendered at `dpi`, as rows of RGB pixels. */
  image: { width: number; height: number; pixel: (x: number, y: number) => [number, number, number] };
}

export interface Printed {
  dir: string;
  pdf: string;
  pages: PrintedPage[];
  /** Raster images embedded in the PDF (`pdfimages -list` rows). */
  images: number;
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

/** Prints the profile and reads back every page's text and image. */
export async function printProfile(options: PrintOptions, dpi = 50): Promise<Printed> {
  const html = `<!doctype html><html lang="nl"><head><meta charset="utf-8"><title>Profiel</title>
<style>body { margin: 0; font-family: 'DejaVu Sans', sans-serif; } ${options.css ?? ''}</style>
<script type="module" src="/profile.js"></script></head>
<body>${[options.attributes]
    .flat()
    .map((attributes) => `<miv-profile src="/feed.json" ${attributes}></miv-profile>`)
    .join('\n')}</body></html>`;
  const { server, origin } = await listen({
    '/': { type: 'text/html', body: html },
    '/profile.js': { type: 'text/javascript', body: await bundle() },
    '/feed.json': { type: 'application/json', body: readFileSync(SAMPLE_FEED, 'utf8') },
  });
  const dir = mkdtempSync(join(tmpdir(), 'miv-print-'));
  const pdf = join(dir, 'profile.pdf');
  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS, headless: true });
  try {
    const page = await browser.newPage();
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.goto(origin, { waitUntil: 'load' });
    await page.waitForFunction(
      () => [...document.querySelectorAll('miv-profile')].every((el) => el.shadowRoot?.querySelector('.rules')),
      { timeout: 20_000 },
    );
    if (errors.length) throw new Error(errors.join('\n'));
    await page.pdf({ path: pdf, preferCSSPageSize: true, printBackground: true });
  } finally {
    await browser.close();
    server.close();
  }
  const count = Number(/Pages:\s+(\d+)/.exec(execFileSync('pdfinfo', [pdf], { encoding: 'utf8' }))![1]);
  execFileSync('pdftoppm', ['-r', String(dpi), pdf, join(dir, 'page')]);
  const images = readdirSync(dir)
    .filter((f) => f.endsWith('.ppm'))
    .sort();
  const pages = images.map((file, i) => ({
    text: execFileSync('pdftotext', ['-layout', '-f', String(i + 1), '-l', String(i + 1), pdf, '-'], {
      encoding: 'utf8',
    }),
    image: readPpm(join(dir, file)),
  }));
  if (pages.length !== count) throw new Error(`pdfinfo says ${count} pages, pdftoppm rendered ${pages.length}`);
  const list = execFileSync('pdfimages', ['-list', pdf], { encoding: 'utf8' }).trim().split('\n');
  // Two header lines, then one line per image.
  return { dir, pdf, pages, images: list.length - 2 };
}

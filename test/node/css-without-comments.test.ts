/**
 * The builds take the comments out of the elements' `css` styles (`test/tools/css-without-comments.js`)
 * and nothing else: for every style in the sources, Chromium's CSS parser reads the same rules with
 * and without them. Starts Chromium: run it under the browser lock.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import puppeteer from 'puppeteer-core';
import { findChrome, CHROME_FLAGS } from '../tools/find-chrome.js';
import { CSS_STYLE, withoutCssComments } from '../tools/css-without-comments.js';

/** The test's own limit; on a busy 2-core machine it takes well under a third of it. */
const TIMEOUT_MS = 30_000;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

/** The CSS of a style as the parser can read it on its own: an interpolation becomes a plain word. */
const cssOf = (style: string) =>
  style
    .slice('css`'.length, style.endsWith('`') ? -1 : undefined)
    .replaceAll(/\$\{[^}]*\}/g, 'x')
    .replace(/\$\{[\s\S]*$/, '');

test('the styles lose their comments and nothing else', { timeout: TIMEOUT_MS }, async () => {
  const pairs: { file: string; before: string; after: string }[] = [];
  for (const file of sources('src')) {
    const code = readFileSync(file, 'utf8');
    const stripped = withoutCssComments(code);
    assert.equal(stripped.split('\n').length, code.split('\n').length, `${file}: the lines stay where they were`);
    const before = [...code.matchAll(CSS_STYLE)].map((m) => m[0]);
    const after = [...stripped.matchAll(CSS_STYLE)].map((m) => m[0]);
    assert.equal(after.length, before.length, file);
    before.forEach((style, i) => pairs.push({ file, before: cssOf(style), after: cssOf(after[i]!) }));
  }
  const commented = pairs.filter((p) => p.before.includes('/*'));
  assert.ok(commented.length >= 10, `styles with comments in the sources: ${commented.length}`);
  assert.deepEqual(
    pairs.filter((p) => p.after.includes('/*')).map((p) => p.file),
    [],
    'no comment is left',
  );

  const browser = await puppeteer.launch({ executablePath: findChrome(), args: CHROME_FLAGS });
  try {
    const page = await browser.newPage();
    // A string: the page's own code, not compiled by tsx (see demo-link.test.ts).
    const parsed = (await page.evaluate(`(${JSON.stringify(pairs)}).map(({ before, after }) => {
      const rules = (css) => {
        const sheet = new CSSStyleSheet();
        sheet.replaceSync(css);
        return [...sheet.cssRules].map((rule) => rule.cssText);
      };
      return { before: rules(before), after: rules(after) };
    })`)) as { before: string[]; after: string[] }[];
    parsed.forEach(({ before, after }, i) => assert.deepEqual(after, before, pairs[i]!.file));
    assert.ok(parsed.reduce((n, p) => n + p.before.length, 0) > 100, 'the parser read the rules');
  } finally {
    await browser.close();
  }
});

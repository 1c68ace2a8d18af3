/**
 * The builds minify the elements' `css` styles (`test/tools/minify-css-styles.js`) and change nothing
 * else: for every style in the sources, as esbuild hands it to the build, Chromium's CSS parser reads
 * the same rules before and after. Starts Chromium: run it under the browser lock.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { transformSync } from 'esbuild';
import puppeteer from 'puppeteer-core';
import { parseAst } from 'rollup/parseAst';
import { findChrome, CHROME_FLAGS } from '../tools/find-chrome.js';
import { minifiedCss, withMinifiedCss } from '../tools/minify-css-styles.js';

/** The test's own limit; on a busy 2-core machine it takes well under a third of it. */
const TIMEOUT_MS = 30_000;

const sources = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? sources(join(dir, e.name)) : e.name.endsWith('.ts') ? [join(dir, e.name)] : [],
  );

type Node = { type?: string; tag?: Node; name?: string; quasi?: { quasis: { value: { cooked: string } }[] } };

/**
 * The CSS of each style in `code`, as the parser can read it on its own: each `${…}` becomes a plain
 * word, so a space lost or gained beside one shows too.
 */
function stylesOf(code: string): string[] {
  const styles: string[] = [];
  const visit = (node: unknown): void => {
    if (!node || typeof node !== 'object') return;
    const n = node as Node;
    if (n.type === 'TaggedTemplateExpression' && n.tag?.type === 'Identifier' && n.tag.name === 'css') {
      styles.push(n.quasi!.quasis.map((q) => q.value.cooked).join('x'));
    }
    Object.values(node).forEach(visit);
  };
  visit(parseAst(code));
  return styles;
}

test('whitespace and comments go only where CSS reads the same without them', () => {
  const cases: [raw: string, first: boolean, last: boolean, minified: string][] = [
    ['a {\n  color: red; /* why */\n}\n', true, true, 'a{color:red;}'],
    ['.a /* c */.b, .c/* c */ .d {}', true, true, '.a .b, .c .d{}'],
    // A comment between two parts of one selector keeps them one: `.a.b`, not `.a .b`.
    ['.a/* c */.b {}', true, true, '.a/**/.b{}'],
    // Before and after a `${…}`, whose value is not known here.
    ['.d/* c */', true, false, '.d/**/'],
    ['/* c */.b {}', false, true, '/**/.b{}'],
    ['  .a  ', false, false, ' .a '],
    ['/* c */ ', true, false, ''],
    // A custom property whose value is one space; older browsers refuse an empty one.
    ['a { --x: ; }', true, true, 'a{--x: ;}'],
    [
      '@media (min-width: 40em) and (max-width: 50em) {\n  a { b: calc(1px - 2px) }\n}',
      true,
      true,
      '@media (min-width:40em) and (max-width:50em){a{b:calc(1px - 2px)}}',
    ],
    // What is written in a string or an unquoted url stays as written.
    [
      'a { content: "a  /* b */"; background: url(a/*b*/c.png) }',
      true,
      true,
      'a{content:"a  /* b */";background:url(a/*b*/c.png)}',
    ],
  ];
  assert.deepEqual(
    cases.map(([raw, first, last]) => minifiedCss(raw, first, last)),
    cases.map(([, , , minified]) => minified),
  );
  // A CSS escape (`\\` in a template's raw text) is refused rather than read wrong: `.a\ ` is the class "a ".
  assert.throws(() => minifiedCss('.a\\\\ {}'), /backslash/);
  assert.throws(() => minifiedCss('a { content: "open'), /comment or string left open/);
});

test(
  'the styles lose their comments and the whitespace they need not have, and nothing else',
  { timeout: TIMEOUT_MS },
  async () => {
    const pairs: { file: string; before: string; after: string }[] = [];
    for (const file of sources('src')) {
      const code = transformSync(readFileSync(file, 'utf8'), { loader: 'ts', target: 'es2022' }).code;
      const before = stylesOf(code);
      const after = stylesOf(withMinifiedCss(code).toString());
      assert.equal(after.length, before.length, file);
      before.forEach((style, i) => pairs.push({ file, before: style, after: after[i]! }));
    }
    assert.ok(pairs.filter((p) => p.before.includes('/*')).length >= 10, 'styles with comments in the sources');
    assert.deepEqual(
      pairs.filter((p) => p.after.includes('/*') || /\n|\s\s/.test(p.after)).map((p) => p.file),
      [],
      'no comment, line break or run of spaces is left',
    );
    const size = (key: 'before' | 'after') => pairs.reduce((n, p) => n + p[key].length, 0);
    assert.ok(size('after') < size('before') * 0.75, `${size('before')} characters to ${size('after')}`);

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
  },
);

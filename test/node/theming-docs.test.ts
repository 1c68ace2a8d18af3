/**
 * The README's token and CSS-part tables are the generated ones (`stories/support/theming-docs.ts`),
 * so the guide cannot drift from `src/tokens/tokens.ts` and the elements' JSDoc.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { partRows, tokenRows } from '../../stories/support/theming-docs.js';

const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

/** The README's table rows whose first cell starts with `start`, as trimmed cells. */
const rows = (start: string) =>
  readme
    .split('\n')
    .filter((line) => line.startsWith(`| ${start}`))
    .map((line) =>
      line
        .slice(1, -1)
        .split(' | ')
        .map((cell) => cell.trim()),
    );

test('the README lists every token with its fallback chain and defaults, as the token table has them', () => {
  assert.deepEqual(rows('`--miv-'), tokenRows());
});

test('the README lists the CSS parts of every element, as their documentation has them', () => {
  const manifest = JSON.parse(readFileSync(new URL('../../custom-elements.json', import.meta.url), 'utf8'));
  assert.deepEqual(rows('`<miv-'), partRows(manifest));
});

/**
 * The token table's fallback chains, as the elements' CSS gets them, and the choice of which page
 * colours an element refuses because they would not be readable.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { ownColourRules, tokenDeclarations, tokenValues } from '../../src/tokens/tokens.js';
import { refusePageColours, refusedColoursMessage } from '../../src/tokens/contrast.js';

const declaration = (css: string, variable: string) => css.split('\n').find((line) => line.startsWith(`${variable}:`));

test('each chain runs component token, global token, --nl-*, --basis-*, --utrecht-*, then the default', () => {
  const css = tokenDeclarations('indicator');
  assert.equal(
    declaration(css, '--_link'),
    '--_link: var(--miv-indicator-color-link, var(--miv-color-link, var(--nl-link-color, var(--utrecht-link-color, light-dark(#0b5cad, #8cc4ff)))));',
  );
  assert.equal(
    declaration(css, '--_series-1'),
    '--_series-1: var(--miv-indicator-color-series-1, var(--miv-color-series-1, light-dark(#0b5cad, #6cb4ff)));',
    'no theme defines series colours',
  );
});

test('font family, font size and text colour end without a default, so the page’s own are inherited', () => {
  const css = tokenDeclarations();
  assert.equal(
    declaration(css, '--_font'),
    '--_font: var(--miv-font-family, var(--nl-paragraph-font-family, var(--basis-text-font-family-default, var(--utrecht-document-font-family))));',
  );
  assert.equal(
    declaration(css, '--_text'),
    '--_text: var(--miv-color-text, var(--nl-paragraph-color, var(--basis-color-default-color-document, var(--utrecht-document-color))));',
  );
  assert.match(declaration(css, '--_font-size')!, /, var\(--utrecht-document-font-size\)+;$/);
});

test('under an own-colour state the chain skips the page and ends in the default', () => {
  assert.ok(
    ownColourRules('theme').includes(
      ':host(:state(own-color-text)) { --_text: var(--miv-theme-color-text, var(--miv-color-text, light-dark(#1a1a1a, #ececec))); }',
    ),
  );
  assert.ok(!ownColourRules().includes('series'), 'colours the page cannot set have no own state');
});

const light = tokenValues('light');
const page = (token: string, value: string, source: string) => ({ [token]: { value, source } });

test('a readable page is left alone', () => {
  const values = { ...light, '--miv-color-link': '#01689b', '--miv-color-text': '#0f172a' };
  const from = {
    ...page('--miv-color-link', '#01689b', '--nl-link-color'),
    ...page('--miv-color-text', '#0f172a', 'inherit'),
  };
  assert.deepEqual(refusePageColours(values, from, light), []);
});

test('an unreadable page colour is refused, and the message says where it came from and what it needs', () => {
  const refused = refusePageColours(
    { ...light, '--miv-color-link': '#99aabb' },
    page('--miv-color-link', '#99aabb', '--nl-link-color'),
    light,
  );
  assert.deepEqual(
    refused.map((r) => [r.token, r.source, r.need]),
    [['--miv-color-link', '--nl-link-color', 'text']],
  );
  assert.match(
    refusedColoursMessage(refused),
    /--miv-color-link: #99aabb uit --nl-link-color haalt 2,\d:1 op de achtergrond #ffffff, nodig is 4,5:1/,
  );
});

test('a page background on which the element’s own colours vanish is refused, and the page’s text checked again', () => {
  // Mid grey: the page's black text is readable on it, the default series colours are not.
  const values = { ...light, '--miv-color-background': '#808080', '--miv-color-text': '#000000' };
  const from = {
    ...page('--miv-color-background', '#808080', '--basis-color-default-bg-document'),
    ...page('--miv-color-text', '#000000', '--nl-paragraph-color'),
  };
  const refused = refusePageColours(values, from, light);
  assert.deepEqual(
    refused.map((r) => r.token),
    ['--miv-color-background'],
  );
  assert.equal(refused[0]!.againstToken, '--miv-color-text-muted');
});

test('a faint --miv-* token is the integrator’s choice: neither it nor the page’s background is refused for it', () => {
  const values = { ...light, '--miv-color-link': '#dddddd' };
  const from = page('--miv-color-background', '#ffffff', '--utrecht-document-background-color');
  assert.deepEqual(refusePageColours(values, from, light, new Set(['--miv-color-link'])), []);
});

test('check:contrast lays a dark theme over the dark defaults, as an element on its background takes them', async () => {
  const check = async (tokens: Record<string, string>) => {
    const file = join(await mkdtemp(join(tmpdir(), 'contrast-')), 'theme.json');
    await writeFile(file, JSON.stringify(tokens));
    return new Promise<{ code: number; stdout: string }>((resolve) =>
      execFile(process.execPath, ['--import', 'tsx', 'test/tools/check-contrast.js', file], (error, stdout) =>
        resolve({ code: error ? Number(error.code) : 0, stdout }),
      ),
    );
  };
  // A dark brand background alone: the series, link and judgement colours are the dark defaults.
  const dark = await check({ '--miv-color-background': '#1d2b4f' });
  assert.match(dark.stdout, new RegExp(`--miv-color-series-1 +${tokenValues('dark')['--miv-color-series-1']}`));
  assert.equal(dark.code, 0, dark.stdout);
  // A light text on the light defaults is still found too faint.
  const faint = await check({ '--miv-color-text': '#cccccc' });
  assert.match(faint.stdout, /WARN --miv-color-text/);
  assert.equal(faint.code, 1);
});

/**
 * The map's colours: every class stands 3:1 or more against the outlines (WCAG 1.4.11), so two
 * neighbours in the same class stay apart, and the hatching stands 3:1 against its fill; light and dark.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { contrastRatio } from '../../src/tokens/contrast.js';
import { colourTokens, MAP_PALETTES, mapPaletteTokens } from '../../src/tokens/tokens.js';

const token = (name: string) => colourTokens.find((t) => t.name === name)!;
const MIN = 3;

for (const scheme of ['light', 'dark'] as const) {
  test(`every map class stands ${MIN}:1 against the outlines, ${scheme}`, () => {
    const outline = token('color-map-outline')[scheme];
    const weak = MAP_PALETTES.flatMap((palette) =>
      mapPaletteTokens[palette]
        .map((c, i) => ({ class: `${palette}-${i + 1}`, ratio: contrastRatio(c[scheme], outline)! }))
        .filter((r) => r.ratio < MIN),
    );
    assert.deepEqual(weak, []);
  });

  test(`the hatching stands ${MIN}:1 against the fill of a region without a figure, ${scheme}`, () => {
    const ratio = contrastRatio(token('color-map-hatch')[scheme], token('color-map-missing')[scheme])!;
    assert.ok(ratio >= MIN, `${ratio.toFixed(2)}:1`);
  });
}

test('each palette rises in one direction: a higher class is darker in light mode and brighter in dark mode', () => {
  const white = '#ffffff';
  for (const palette of MAP_PALETTES) {
    const light = mapPaletteTokens[palette].map((c) => contrastRatio(c.light, white)!);
    const dark = mapPaletteTokens[palette].map((c) => contrastRatio(c.dark, white)!);
    assert.deepEqual(
      [...light].sort((a, b) => a - b),
      light,
      `${palette} light`,
    );
    assert.deepEqual(
      [...dark].sort((a, b) => b - a),
      dark,
      `${palette} dark`,
    );
  }
});

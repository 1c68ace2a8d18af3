/**
 * The series palette keeps its promises, light and dark: at least six series, each colour at 3:1 or
 * more against the background, every pair apart under each simulated colour vision, and each series
 * drawn with a dash and a marker of its own.
 */
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SERIES_COUNT, seriesTokens, tokenValues } from '../../src/tokens/tokens.js';
import { checkContrast } from '../../src/tokens/contrast.js';
import { defaultChartTokens } from '../../src/tokens/chart-tokens.js';
import { seriesLook } from '../../src/charts/shared.js';
import { checkPalette, MIN_DELTA_E } from '../tools/palette.js';

const seriesToken = (i: number) => `--miv-color-series-${i + 1}`;

test('there are at least six series, and the contrast check holds each colour to 3:1', () => {
  assert.ok(SERIES_COUNT >= 6, `${SERIES_COUNT} series`);
  const rows = checkContrast(tokenValues('light'));
  for (let i = 0; i < SERIES_COUNT; i++)
    assert.equal(rows.find((r) => r.token === seriesToken(i))?.need, 'graphic', seriesToken(i));
});

for (const scheme of ['light', 'dark'] as const) {
  test(`${scheme}: every series colour stands out and every pair stays apart for every reader`, () => {
    const report = checkPalette(tokenValues(scheme));
    assert.deepEqual(
      report.colours.filter((c) => !c.ok),
      [],
    );
    for (const row of report.simulations) {
      if (row.by === 'colour')
        assert.ok(
          row.smallest >= MIN_DELTA_E,
          `${row.name}: series ${row.pair.join(' and ')} differ by ${row.smallest}`,
        );
      assert.ok(row.ok, row.name);
    }
    assert.deepEqual(report.shared, []);
    assert.ok(report.ok);
  });
}

test('the check fails a colour a protanope confuses with another, a faint one and a shared marker', () => {
  const values = {
    ...tokenValues('light'),
    // Reddish purple: protanopes see it as the blue of series 1.
    [seriesToken(3)]: '#8f3f8f',
    // Okabe–Ito's yellow, far too light on white.
    [seriesToken(4)]: '#f0e442',
  };
  const sameMarker = seriesTokens.map((s, i) => (i === 5 ? { ...s, symbol: seriesTokens[0]!.symbol } : s));
  const report = checkPalette(values, sameMarker);
  assert.equal(report.ok, false);
  assert.deepEqual(
    report.colours.filter((c) => !c.ok).map((c) => c.series),
    [5],
  );
  const protanopia = report.simulations.find((s) => s.name === 'protanopia')!;
  assert.deepEqual([protanopia.ok, protanopia.pair], [false, [1, 4]]);
  assert.deepEqual(report.shared, ['series 1 and 6 share the marker circle']);
  // Without colour vision only dash and marker part the series, and two now share a marker.
  assert.equal(report.simulations.find((s) => s.by === 'shape')!.ok, false);
});

test('each series takes colour, dash and marker from its own row; a stand-in line a dash of its own', () => {
  const looks = Array.from({ length: SERIES_COUNT }, (_, i) => seriesLook(i, defaultChartTokens));
  for (const part of ['colour', 'dash', 'symbol'] as const)
    assert.equal(new Set(looks.map((l) => JSON.stringify(l[part]))).size, SERIES_COUNT, part);
  const standIn = JSON.stringify(seriesLook(0, defaultChartTokens, true).dash);
  assert.ok(!looks.some((l) => JSON.stringify(l.dash) === standIn), standIn);
  // After the last row the looks start again, all three together.
  assert.deepEqual(seriesLook(SERIES_COUNT, defaultChartTokens), looks[0]);
});

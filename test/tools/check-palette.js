/**
 * Reports whether the series stay apart for every reader: each series colour's contrast with the
 * background, and the smallest colour difference (ΔE 2000) between two series under normal vision
 * and each simulated colour-vision deficiency. Without arguments it checks the default light and dark
 * tokens; with a JSON file of tokens (`{ "--miv-color-series-1": "#222", … }`) it checks those, laid
 * over the light defaults. Exits with 1 when a colour is too faint, two series are too close, or two
 * series share a dash or a marker.
 *
 *   npm run check:palette
 *   npm run check:palette -- my-theme.json
 */
import { readFileSync } from 'node:fs';
import { seriesTokens, tokenValues } from '../../src/tokens/tokens.ts';
import { REQUIRED } from '../../src/tokens/contrast.ts';
import { checkPalette, MIN_DELTA_E } from './palette.ts';

const file = process.argv[2];
const themes = file
  ? { [file]: { ...tokenValues('light'), ...JSON.parse(readFileSync(file, 'utf8')) } }
  : { light: tokenValues('light'), dark: tokenValues('dark') };

const mark = (ok) => (ok ? 'ok  ' : 'FAIL');
let failed = false;
for (const [name, values] of Object.entries(themes)) {
  const report = checkPalette(values);
  failed ||= !report.ok;
  console.log(`\n${name} (background ${report.background})`);
  console.log(`  contrast, needs ${REQUIRED.graphic}:1`);
  for (const row of report.colours) {
    const { dash, symbol } = seriesTokens[row.series - 1];
    const ratio = row.contrast === undefined ? 'unreadable' : `${row.contrast.toFixed(2)}:1`;
    const look = `${dash === 'solid' ? dash : dash.join(' ')}, ${symbol}`;
    console.log(
      `  ${mark(row.ok)} --miv-color-series-${row.series}  ${row.value.padEnd(10)} ${ratio.padStart(10)}   ${look}`,
    );
  }
  console.log(`  smallest ΔE 2000 between two series, needs ${MIN_DELTA_E} (or a dash and marker of their own)`);
  for (const row of report.simulations) {
    const need = row.by === 'colour' ? '' : '   carried by dash and marker';
    const pair = `series ${row.pair.join(' and ')}`;
    console.log(`  ${mark(row.ok)} ${row.name.padEnd(14)} ${row.smallest.toFixed(1).padStart(5)}   ${pair}${need}`);
  }
  for (const line of report.shared) console.log(`  FAIL ${line}`);
}
console.log(failed ? '\nThe series do not stay apart for every reader.' : '\nThe series stay apart for every reader.');
process.exitCode = failed ? 1 : 0;

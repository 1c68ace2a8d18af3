/**
 * Whether the series stay apart for every reader: the colour difference of each pair of series
 * colours (CIEDE2000, chroma-js) as readers with each colour-vision deficiency see them (simulated
 * with color-blind), each colour's contrast with the background, and a dash and a marker of its own
 * for each series. Node only (`npm run check:palette` and test/node/palette.test.ts): the elements
 * never load these libraries.
 */
import chroma from 'chroma-js';
import blind from 'color-blind';
import { seriesTokens, type SeriesToken } from '../../src/tokens/tokens.js';
import { contrastRatio, parseColour, REQUIRED } from '../../src/tokens/contrast.js';

/**
 * The smallest colour difference (ΔE 2000) that two series may have under any simulation below. About
 * 2 is just noticeable between large patches side by side; lines are thin and markers small, which
 * makes colours look closer, and a reader matches a line to its legend entry rather than setting the
 * two side by side, so the check asks for five times that.
 */
export const MIN_DELTA_E = 10;

/**
 * How a reader sees a colour. Where colour alone cannot keep six series apart, `by` is `'shape'`:
 * without any colour vision (achromatopsia, about 1 in 30 000) six colours that all have 3:1 against
 * the background cannot also differ in lightness by 10 each, so there the dash and marker of each
 * series, both its own, carry the difference (as in a greyscale print).
 */
export const SIMULATIONS: readonly { name: string; see: (hex: string) => string; by: 'colour' | 'shape' }[] = [
  { name: 'normal vision', see: (hex) => hex, by: 'colour' },
  { name: 'protanopia', see: blind.protanopia, by: 'colour' },
  { name: 'deuteranopia', see: blind.deuteranopia, by: 'colour' },
  { name: 'tritanopia', see: blind.tritanopia, by: 'colour' },
  { name: 'protanomaly', see: blind.protanomaly, by: 'colour' },
  { name: 'deuteranomaly', see: blind.deuteranomaly, by: 'colour' },
  { name: 'tritanomaly', see: blind.tritanomaly, by: 'colour' },
  { name: 'achromatomaly', see: blind.achromatomaly, by: 'colour' },
  { name: 'achromatopsia', see: blind.achromatopsia, by: 'shape' },
];

export interface ColourRow {
  /** 1 for `--miv-color-series-1`. */
  series: number;
  value: string;
  /** Undefined when the value is not a colour the check can read (a `var()`, a name). */
  contrast: number | undefined;
  ok: boolean;
}

export interface SimulationRow {
  name: string;
  by: 'colour' | 'shape';
  /** The smallest ΔE 2000 between two series as this reader sees them, and which two. */
  smallest: number;
  pair: [number, number];
  ok: boolean;
}

export interface PaletteReport {
  background: string;
  colours: ColourRow[];
  simulations: SimulationRow[];
  /** Series that share a dash or a marker, e.g. `series 2 and 5 share the marker rect`. */
  shared: string[];
  ok: boolean;
}

/** A colour as `#rrggbb`, a translucent one laid over the background; undefined when unreadable. */
function opaque(value: string, background: string): string | undefined {
  const colour = parseColour(value);
  const under = parseColour(background);
  if (!colour || !under) return undefined;
  const alpha = colour[3];
  const mixed = [0, 1, 2].map((i) => Math.round(colour[i]! * alpha + under[i]! * (1 - alpha)));
  return `#${mixed.map((c) => c.toString(16).padStart(2, '0')).join('')}`;
}

/** Each pair of series (numbered from 1) drawn with the same dash or the same marker. */
function sharing(series: readonly SeriesToken[], what: 'dash' | 'symbol', label: string): string[] {
  const keys = series.map((s) => JSON.stringify(s[what]));
  return keys.flatMap((key, i) =>
    keys
      .slice(i + 1)
      .flatMap((other, j) =>
        other === key ? [`series ${i + 1} and ${i + j + 2} share the ${label} ${String(series[i]![what])}`] : [],
      ),
  );
}

/**
 * Checks the series colours of a set of token values (`{ '--miv-color-series-1': '#0b5cad', … }`),
 * one colour per row of `series`, against their `--miv-color-background`.
 */
export function checkPalette(values: Record<string, string>, series = seriesTokens): PaletteReport {
  const background = values['--miv-color-background'] ?? '#ffffff';
  const colours = series.map((_, i): ColourRow => {
    const value = values[`--miv-color-series-${i + 1}`] ?? '';
    const contrast = contrastRatio(value, background);
    return { series: i + 1, value, contrast, ok: contrast !== undefined && contrast >= REQUIRED.graphic };
  });
  const readable = colours.flatMap((c) => {
    const hex = opaque(c.value, background);
    return hex ? [{ series: c.series, hex }] : [];
  });
  const shared = [...sharing(series, 'dash', 'dash'), ...sharing(series, 'symbol', 'marker')];
  const simulations = SIMULATIONS.map(({ name, see, by }): SimulationRow => {
    const seen = readable.map((c) => ({ series: c.series, hex: see(c.hex) }));
    let smallest = Infinity;
    let pair: [number, number] = [0, 0];
    seen.forEach((a, i) =>
      seen.slice(i + 1).forEach((b) => {
        const difference = chroma.deltaE(a.hex, b.hex);
        if (difference < smallest) [smallest, pair] = [difference, [a.series, b.series]];
      }),
    );
    return { name, by, smallest, pair, ok: by === 'colour' ? smallest >= MIN_DELTA_E : shared.length === 0 };
  });
  const ok = colours.every((c) => c.ok) && simulations.every((s) => s.ok) && shared.length === 0;
  return { background, colours, simulations, shared, ok };
}

/**
 * The design tokens a chart is drawn with. ECharts cannot read CSS custom properties, so the element
 * resolves its tokens in the browser (`resolve.ts`) and hands the values to the option builders as
 * `ChartTokens`. Pure data: no DOM, importable from node.
 */
import { colourTokens, sizeTokens, SERIES_COUNT } from './tokens.js';

export interface ChartTokens {
  fontFamily: string;
  text: string;
  muted: string;
  axis: string;
  grid: string;
  background: string;
  /** Series colours in order: the main area first, then comparisons. */
  palette: string[];
  band: string;
  /** Reference lines and error bars of the bar chart. */
  reference: string;
  breakLine: string;
  /** Shading of a special period (the COVID years). */
  specialPeriod: string;
  /** Whether transitions may animate (off under `prefers-reduced-motion`). */
  animate: boolean;
}

export type ColourField = Exclude<keyof ChartTokens, 'fontFamily' | 'palette' | 'animate'>;

/** The private CSS variable (see `tokens.ts`) behind each colour. */
export const chartTokenVariables: Record<ColourField, string> = {
  text: '--_text',
  muted: '--_muted',
  axis: '--_axis',
  grid: '--_grid',
  background: '--_background',
  band: '--_band',
  reference: '--_reference',
  breakLine: '--_break',
  specialPeriod: '--_special-period',
};

export const paletteVariables = Array.from({ length: SERIES_COUNT }, (_, i) => `--_series-${i + 1}`);

const light = (variable: string): string => colourTokens.find((t) => t.variable === variable)!.light;

/** The light defaults, for builders called without a page (tests, the feed tool). */
export const defaultChartTokens: ChartTokens = {
  fontFamily: sizeTokens.find((t) => t.variable === '--_font')!.value!,
  ...(Object.fromEntries(Object.entries(chartTokenVariables).map(([field, v]) => [field, light(v)])) as Record<
    ColourField,
    string
  >),
  palette: paletteVariables.map(light),
  animate: true,
};

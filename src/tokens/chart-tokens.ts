/**
 * The design tokens a chart is drawn with. ECharts cannot read CSS custom properties, so the element
 * resolves its tokens in the browser (`resolve.ts`) and hands the values to the option builders as
 * `ChartTokens`. Pure data: no DOM, importable from node.
 */
import {
  colourTokens,
  MAP_CLASS_COUNT,
  MAP_PALETTES,
  sizeTokens,
  SERIES_COUNT,
  type MapPaletteName,
} from './tokens.js';

/** The colours of a choropleth: one sequential palette per polarity, the outlines and the hatching of regions without a figure. */
export interface MapTokens {
  palettes: Record<MapPaletteName, string[]>;
  outline: string;
  missing: string;
  hatch: string;
}

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
  /** The map's colours; the light defaults where absent. */
  map?: MapTokens;
}

export type ColourField = Exclude<keyof ChartTokens, 'fontFamily' | 'palette' | 'animate' | 'map'>;

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

/** The private CSS variables of the map's colours, in the shape of `MapTokens`. */
export const mapTokenVariables = {
  palettes: Object.fromEntries(
    MAP_PALETTES.map((p) => [p, Array.from({ length: MAP_CLASS_COUNT }, (_, i) => `--_map-${p}-${i + 1}`)]),
  ) as Record<MapPaletteName, string[]>,
  outline: '--_map-outline',
  missing: '--_map-missing',
  hatch: '--_map-hatch',
};

/** `MapTokens` with each variable replaced by `read(variable)`. */
export function mapTokensFrom(read: (variable: string) => string): MapTokens {
  const v = mapTokenVariables;
  return {
    palettes: Object.fromEntries(MAP_PALETTES.map((p) => [p, v.palettes[p].map(read)])) as Record<
      MapPaletteName,
      string[]
    >,
    outline: read(v.outline),
    missing: read(v.missing),
    hatch: read(v.hatch),
  };
}

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
  map: mapTokensFrom(light),
};

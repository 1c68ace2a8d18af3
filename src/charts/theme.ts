/**
 * Chart colours and fonts. ECharts cannot read CSS custom properties, so the element resolves its
 * tokens in the browser and hands the values to the builders as a `ChartTheme`.
 */
import { colourTokens, sizeTokens, SERIES_COUNT } from '../theme/tokens.js';

export interface ChartTheme {
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
  /** Whether transitions may animate (off under `prefers-reduced-motion`). */
  animate: boolean;
}

type ColourField = Exclude<keyof ChartTheme, 'fontFamily' | 'palette' | 'animate'>;

/** The private CSS variable (see `src/theme/tokens.ts`) behind each colour of the theme. */
export const chartThemeVariables: Record<ColourField, string> = {
  text: '--_text',
  muted: '--_muted',
  axis: '--_axis',
  grid: '--_grid',
  background: '--_background',
  band: '--_band',
  reference: '--_reference',
  breakLine: '--_break',
};

const paletteVariables = Array.from({ length: SERIES_COUNT }, (_, i) => `--_series-${i + 1}`);

const light = (variable: string): string => colourTokens.find((t) => t.variable === variable)!.light;

/** The light defaults, for builders called without a page (tests, the feed tool). */
export const defaultChartTheme: ChartTheme = {
  fontFamily: sizeTokens.find((t) => t.variable === '--_font')!.value,
  ...(Object.fromEntries(Object.entries(chartThemeVariables).map(([field, v]) => [field, light(v)])) as Record<
    ColourField,
    string
  >),
  palette: paletteVariables.map(light),
  animate: true,
};

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * A computed colour as `rgb()`/`rgba()`: `color-mix()` and other colour spaces are serialised as
 * `color(srgb …)`, which ECharts does not parse, so those go through one pixel of a canvas.
 */
function toRgb(colour: string): string {
  if (/^rgba?\(/.test(colour)) return colour;
  canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!canvas) return colour;
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = colour;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a! / 255) * 100) / 100})`;
}

/**
 * Reads an element's resolved tokens into a theme. The values are read through a hidden probe's
 * `color`, so every fallback, `light-dark()` for the element's colour scheme and the system colours
 * of forced-colours mode arrive as plain colours.
 */
export function resolveChartTheme(element: Element): ChartTheme {
  const root = element.shadowRoot ?? element;
  const probe = document.createElement('span');
  probe.hidden = true;
  // The probe reports the token's own value, also where forced colours would repaint it.
  probe.style.setProperty('forced-color-adjust', 'none');
  root.append(probe);
  try {
    const style = getComputedStyle(probe);
    const colour = (variable: string, fallback: string) => {
      probe.style.color = `var(${variable}, ${fallback})`;
      return toRgb(style.color);
    };
    probe.style.fontFamily = `var(--_font, ${defaultChartTheme.fontFamily})`;
    const fontFamily = style.fontFamily || defaultChartTheme.fontFamily;
    const fields = Object.fromEntries(
      Object.entries(chartThemeVariables).map(([field, variable]) => [
        field,
        colour(variable, defaultChartTheme[field as ColourField]),
      ]),
    ) as Record<ColourField, string>;
    return {
      fontFamily,
      ...fields,
      palette: paletteVariables.map((v, i) => colour(v, defaultChartTheme.palette[i]!)),
      animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
  } finally {
    probe.remove();
  }
}

/** Whether two themes would draw the same chart. */
export function sameTheme(a: ChartTheme, b: ChartTheme): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/**
 * Chart colours and fonts. ECharts cannot read CSS custom properties, so the element resolves its
 * `--miv-*` tokens with `getComputedStyle` and hands the values to the builders as a `ChartTheme`.
 */
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
  breakLine: string;
  /** Whether transitions may animate (off under `prefers-reduced-motion`). */
  animate: boolean;
}

/** The defaults, matching the fallbacks in the elements' CSS (Okabe–Ito based, colour-blind safe). */
export const defaultChartTheme: ChartTheme = {
  fontFamily: 'system-ui, sans-serif',
  text: '#1a1a1a',
  muted: '#555555',
  axis: '#767676',
  grid: '#e0e0e0',
  background: '#ffffff',
  palette: ['#0b5cad', '#b35900', '#00735c', '#8f3f8f'],
  band: 'rgba(11, 92, 173, 0.18)',
  breakLine: '#555555',
  animate: true,
};

/** Token names read from the element, with the theme field each one fills. */
export const chartThemeTokens = {
  fontFamily: '--miv-font-family',
  text: '--miv-color-text',
  muted: '--miv-color-text-muted',
  axis: '--miv-color-axis',
  grid: '--miv-color-grid',
  background: '--miv-color-background',
  band: '--miv-color-band',
  breakLine: '--miv-color-break',
} as const;

/** Reads the resolved tokens of an element into a theme; a missing token keeps its default. */
export function resolveChartTheme(element: Element): ChartTheme {
  const style = getComputedStyle(element);
  const read = (name: string) => style.getPropertyValue(name).trim();
  const theme: ChartTheme = { ...defaultChartTheme, palette: [...defaultChartTheme.palette] };
  for (const [field, token] of Object.entries(chartThemeTokens) as [keyof typeof chartThemeTokens, string][]) {
    const value = read(token);
    if (value) theme[field] = value;
  }
  theme.palette = theme.palette.map((fallback, i) => read(`--miv-color-series-${i + 1}`) || fallback);
  theme.animate = !matchMedia('(prefers-reduced-motion: reduce)').matches;
  return theme;
}

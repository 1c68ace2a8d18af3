/**
 * What every chart type shares: the context a builder gets, how a series is drawn, the keyboard
 * reader's grid of points with their sentences, and what a tooltip says. Chart types import this
 * module, never each other.
 */
import type { Indicator } from '../feed/schema.js';
import type { IndicatorModel } from '../model/indicator.js';
import type { Point } from '../model/series.js';
import { formatWithUnit, intl, pointText } from '../model/format.js';
import type { Strings } from '../i18n/strings.js';
import type { Chart } from './echarts.js';
import type { ChartTokens } from '../tokens/chart-tokens.js';
import { SERIES_COUNT, seriesTokens, type SeriesSymbol } from '../tokens/tokens.js';

export interface ChartContext {
  /** The element's resolved design tokens. */
  tokens: ChartTokens;
  strings: Strings;
  /**
   * @deprecated Not read any more: the element's own chart box carries the description. Accepted
   * until version 0.3.0.
   */
  description?: string;
}

/**
 * The context as version 0.1 named it, with the tokens under `theme`.
 * @deprecated Pass `tokens` instead; `theme` is accepted until version 0.3.0.
 */
export interface ChartContextWithTheme extends Omit<ChartContext, 'tokens'> {
  theme: ChartTokens;
}

/**
 * What the value axis of every chart shares: the unit as its name, its numbers written as the page's
 * language writes them, and no step finer than the figures' own decimals, so that whole counts never
 * get a 0,5 between them (ECharts would divide an axis of 0 to 2 into halves).
 */
export function valueAxis(indicator: Indicator, tokens: ChartTokens, strings: Strings) {
  return {
    type: 'value' as const,
    name: indicator.unit,
    minInterval: 10 ** -indicator.decimals,
    axisLabel: {
      color: tokens.muted,
      formatter: (value: number) => intl(Intl.NumberFormat, strings.locale).format(value),
    },
    splitLine: { lineStyle: { color: tokens.grid } },
  };
}

/**
 * Where a grid's axis labels may reach: not into the outer 3 px of the chart box, which the box's
 * focus ring covers (it is drawn inside, so that a page's box around the element never clips it).
 * ECharts counts a label as high as its font size; the browser's text box is a fifth higher.
 */
export const LABELS_INSIDE_FOCUS_RING = { left: 8, right: 8, top: 8, bottom: 8 };

/**
 * What a series drawn only for the eye has: the pointer passes through it, and it has no emphasis (a
 * special period's band, a break or reference line, a map's border layer).
 */
export const DECORATION = { silent: true, emphasis: { disabled: true } } as const;

/**
 * A hidden value axis from 0 to 1: what is drawn on it (a special period's band, a series break)
 * fills the plot's height whatever the values are.
 */
export const PLOT_HEIGHT_AXIS = { type: 'value', min: 0, max: 1, show: false } as const;

/** The context with the tokens under their current name. */
export function chartContext(ctx: ChartContext | ChartContextWithTheme): ChartContext {
  return 'tokens' in ctx ? ctx : { strings: ctx.strings, tokens: ctx.theme };
}

/**
 * The data points of a chart as a grid a keyboard reader moves through: Left/Right along the
 * columns, Up/Down along the rows, each announced as a sentence.
 */
export interface ChartPoints {
  rows: number;
  columns: number;
  /** Where the reader starts: the latest period of the own area, the first bar. */
  start: { row: number; column: number };
  describe(row: number, column: number): string;
  /** Where ECharts holds the point, for its highlight; `dataIndex` is also what the tooltip tells of. */
  target(row: number, column: number): { seriesIndex: number; dataIndex: number };
}

/** `Breda, 2024: 4,2 per 1.000 inwoners (voorlopig)` — value with its margin, unit and status. */
export function describePoint(
  series: string,
  period: string,
  point: Point | undefined,
  indicator: IndicatorModel['indicator'],
  strings: Strings,
): string {
  const { value, margin, status, note } = pointText(point, indicator, strings);
  const details = [margin && `${strings.margin} ${margin}`, status, note].filter(Boolean);
  // A number is said in the indicator's words (the status follows in words); a symbol in place of the
  // number (`x`, `–`) stands alone.
  const numbered = point?.value != null && point.status !== 'nil';
  return strings.chart.point(
    series,
    period,
    numbered ? formatWithUnit({ ...point, value: point.value! }, indicator, strings, { symbol: false }) : value,
    '',
    details,
  );
}

/** One value in a tooltip: what it is of (a series, a period), its figure (`18,7`), what follows it (`± 2,0 (voorlopig)`) and its note. */
export interface TooltipValue {
  label: string;
  /** The figure, or the symbol in its place (`x`); empty for a blank cell (not applicable). */
  value: string;
  details: string;
  note: string;
}

/**
 * What a chart's tooltip says, in the words of the table and the keyboard's sentences: a heading (a
 * period, an area), its values, and lines after them (the unit, a break, a change). The element
 * shows it as text (see `MivChartElement`): feed text is data, never markup.
 */
export interface TooltipWords {
  heading: string;
  values: TooltipValue[];
  after: string[];
}

/** Where a tooltip stands: what it tells of (a period's column, a bar's row, a gemeente) and the point it is beside, in the drawing's pixels. */
export interface TooltipAt {
  index: number;
  x: number;
  y: number;
  /**
   * Beside the point, its middle at the point's height, instead of above or below it: for a bar's row
   * under the pointer, which the pointer then reaches along the row without crossing another.
   */
  beside?: boolean;
}

/** What a tooltip tells of, marked on the drawing: a period's column (a line) or a bar's row (a band). */
export interface TooltipMark {
  kind: 'column' | 'row';
  left: number;
  top: number;
  width: number;
  height: number;
}

/**
 * A chart type's tooltip, for the element that shows it (`MivChartElement`): what it says of the
 * point at an index, where it stands beside the point a keyboard reader walked to, and, for a chart
 * that follows the pointer over its plot, what the pointer is on and how that is marked.
 */
export interface ChartTooltips<Model> {
  words(model: Model, index: number, strings: Strings): TooltipWords | undefined;
  /** Beside the point at `row` and `column` of the keyboard's walk (`ChartPoints`). */
  anchor(chart: Chart, model: Model, row: number, column: number): TooltipAt | undefined;
  /** What the pointer at (x, y) in the drawing is on; absent where the element listens itself (the map's regions). */
  pointedAt?(chart: Chart, model: Model, x: number, y: number): TooltipAt | undefined;
  /** The mark of what the tooltip tells of on the drawing. */
  mark?(chart: Chart, index: number): TooltipMark;
}

/** One value of a tooltip: `Breda: 18,7 ± 2,0 (voorlopig)` with its note. */
export function tooltipValue(
  label: string,
  point: Point | undefined,
  indicator: IndicatorModel['indicator'],
  strings: Strings,
): TooltipValue {
  const { value, margin, status, note } = pointText(point, indicator, strings);
  return { label, value, details: [margin, status && `(${status})`].filter(Boolean).join(' '), note };
}

/** The dash of a stand-in series (the national trend for an area without numbers), unlike any series' own. */
const FALLBACK_DASH = [4, 4];

/** How one series is drawn: the HTML legend repeats it, so legend and lines cannot differ. */
export interface LineLook {
  name: string;
  colour: string;
  dash: number[] | 'solid';
  /** The marker on the line; a reference line has none. */
  symbol?: SeriesSymbol;
  width: number;
}

/**
 * The colour, dash and marker of the series at `index`, all from one row of the series table (dash and
 * marker are a second channel besides colour, for greyscale and colour-blind readers). A stand-in
 * series keeps its colour and marker but takes the fallback dash.
 */
export function seriesLook(
  index: number,
  tokens: ChartTokens,
  fallback = false,
): Pick<LineLook, 'colour' | 'dash' | 'symbol'> {
  const row = index % SERIES_COUNT;
  const { dash, symbol } = seriesTokens[row]!;
  const drawn = fallback ? FALLBACK_DASH : dash;
  return {
    // A palette handed in by a caller may be shorter than the table.
    colour: tokens.palette[row % tokens.palette.length]!,
    // A copy: an option never shares a mutable array with the table or with another option.
    dash: drawn === 'solid' ? drawn : [...drawn],
    symbol,
  };
}

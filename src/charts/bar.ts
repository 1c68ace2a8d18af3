/**
 * The horizontal bar chart of a comparison: one bar per area, the higher levels as reference lines
 * (named in the HTML legend, `referenceLegend`), survey margins as error bars. A pure function from
 * the model to an ECharts option.
 *
 * Everything is drawn with line series, which every chart loads: ECharts' bar chart is 8 KB gzip
 * more for every comparison. A bar is a line series' area between two edges of its row.
 */
import type { CompareModel, CompareRow } from '../model/compare.js';
import { formatChangeDelta, formatPeriod, formatPointValue, statusKey } from '../model/format.js';
import type { Chart, ChartOption } from './echarts.js';
import {
  DECORATION,
  describePoint,
  LABELS_INSIDE_FOCUS_RING,
  tooltipValue,
  chartContext,
  type ChartContext,
  type ChartContextWithTheme,
  type ChartPoints,
  type ChartTooltips,
  type LineLook,
  type TooltipAt,
  type TooltipMark,
  type TooltipWords,
  valueAxis,
} from './shared.js';
import type { ChartTokens } from '../tokens/chart-tokens.js';
import type { Strings } from '../i18n/strings.js';

/**
 * Line patterns of the reference lines, nearest level first: dashed, dash-dot, dotted (ECharts' own
 * `dashed` and `dotted` at this width), written out so that the legend draws the same.
 */
const REFERENCE_DASHES = [
  [6, 3],
  [8, 3, 2, 3],
  [1.5, 1.5],
];
const REFERENCE_WIDTH = 1.5;
/** A bar fills the middle 70 % of its row, as ECharts' bars did here. */
const BAR_INSET = 0.15;
/** Bars of the areas that are not highlighted, when one is: still readable, clearly secondary. */
const DIMMED_OPACITY = 0.5;
const HIGHLIGHT_BORDER = 2;
const ERROR_BAR_WIDTH = 1.5;
/** An error bar's cap: a vertical tick, 10px tall, across the end of a horizontal bar. */
const ERROR_BAR_CAP: [number, number] = [2, 10];
const NICE_STEPS = [1, 2, 2.5, 5, 10];
/** The bar labels' line height at their 12 px: the background behind a label covers its glyphs. */
const VALUE_LINE_HEIGHT = 15;
/**
 * The layers, bottom up: the bars, then the reference lines and error bars over them, then every
 * value and status, whose background breaks a line where it crosses one.
 */
const BARS_Z = 2;
const LINES_Z = 3;
const VALUES_Z = 4;
/** The series drawn around the bars: lines for the eye only, drawn at once. */
const DRAWN_AROUND = { type: 'line', animation: false, ...DECORATION } as const;
/**
 * The hidden axis the bars and reference lines stand on: row `i` runs from `i` to `i + 1`, the first
 * on top, as on the axis of the names beside it.
 */
const rowsAxis = (rows: number) => ({ type: 'value', min: 0, max: rows, inverse: true, show: false }) as const;
/** Below the axis's numbers. */
const AXIS_NAME_GAP = 26;
/**
 * The widest an area's name runs before it wraps at a space. ECharts does not break at a hyphen, so a
 * name without a space must fit: "Schouwen-Duiveland", the longest in the unit, and "Sint-Michielsgestel" do.
 */
const AREA_LABEL_WIDTH = 150;
/** The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return NICE_STEPS.map((step) => step * power).find((nice) => nice >= value)!;
}

/** How the `index`th reference line is drawn, and its name and value as the legend writes them. */
function referenceLook(model: CompareModel, index: number, tokens: ChartTokens, strings: Strings): LineLook {
  const { area, point } = model.references[index]!;
  return {
    name: strings.compare.reference(area.name, formatPointValue(point, model.indicator, strings)),
    colour: tokens.reference,
    dash: REFERENCE_DASHES[index % REFERENCE_DASHES.length]!,
    width: REFERENCE_WIDTH,
  };
}

/** The legend of the reference lines (the unit, Nederland): each area and its value beside its line's pattern. */
export function referenceLegend(model: CompareModel, tokens: ChartTokens, strings: Strings): LineLook[] {
  return model.references.map((_, i) => referenceLook(model, i, tokens, strings));
}

export function buildBarOption(model: CompareModel, context: ChartContext | ChartContextWithTheme): ChartOption {
  const ctx = chartContext(context);
  const { tokens, strings } = ctx;
  const { indicator, rows } = model;
  const colour = tokens.palette[0]!;
  const anyHighlight = rows.some((r) => r.highlighted);

  // What a bar's text is written on: readable where a grid line or a reference line runs behind it.
  const backdrop = {
    backgroundColor: tokens.background,
    padding: [1, 2],
    // ECharts would size the background to a smaller line height than the glyphs, leaving a crossing
    // line visible above and below the text.
    lineHeight: VALUE_LINE_HEIGHT,
  };

  const valueLabel = (row: CompareRow) => ({
    // A nil bar has no length: its symbol and word say that it is a true zero (`– nihil`).
    formatter: row.point.status === 'nil' ? statusKey('nil', strings) : formatPointValue(row.point, indicator, strings),
    color: tokens.text,
    // Labels would otherwise fade with a dimmed bar; the number must stay fully readable.
    opacity: 1,
    fontWeight: row.highlighted ? ('bold' as const) : ('normal' as const),
  });

  // A bar is the area of a line along its row's upper edge, filled down to its lower edge; the
  // highlighted area's bar has a border of its own. No number: no bar, so the area keeps its place
  // without ever looking like a zero; its status symbol and meaning (`x geheim`) are written at the
  // axis. A nil value is a bar of no length.
  const onRows = { type: 'line' as const, ...DECORATION, yAxisIndex: 1, z: BARS_Z, symbol: 'none' };
  const bars = rows.flatMap(({ area, point, highlighted }, i) => {
    if (point.value === null) return [];
    const [top, bottom] = [i + BAR_INSET, i + 1 - BAR_INSET];
    const bar = {
      ...onRows,
      name: area.name,
      lineStyle: { width: 0 },
      areaStyle: { color: colour, opacity: anyHighlight && !highlighted ? DIMMED_OPACITY : 1, origin: bottom },
      data: [
        [0, top],
        [point.value, top],
      ],
    };
    if (!highlighted) return [bar];
    const border = {
      ...onRows,
      name: 'highlight',
      lineStyle: { color: tokens.text, width: HIGHLIGHT_BORDER, join: 'miter' as const },
      data: [
        [0, top],
        [point.value, top],
        [point.value, bottom],
        [0, bottom],
        [0, top],
      ],
    };
    return [bar, border];
  });

  // The reference lines, the error bars and the values are line series too, where ECharts' mark
  // lines were a chunk of 6,4 KB gzip. A reference line runs from the top of the plot to its bottom;
  // it is named in the legend under the chart: a label at the line ran off a phone's narrow chart.
  const references = model.references.map((ref, i) => {
    const look = referenceLook(model, i, tokens, strings);
    return {
      ...DRAWN_AROUND,
      name: ref.area.name,
      yAxisIndex: 1,
      symbol: 'none',
      z: LINES_Z,
      lineStyle: { color: look.colour, type: look.dash, width: look.width },
      // Top down, so that the pattern starts at the top as in the legend.
      data: [
        [ref.point.value, 0],
        [ref.point.value, rows.length],
      ],
    };
  });

  // A segment over the 95 % interval with a short cap at each end, never reaching below zero.
  const errorBarPoints = rows.flatMap(({ point, area }) =>
    point.value === null || point.margin === null
      ? []
      : [[Math.max(0, point.value - point.margin), area.name], [point.value + point.margin, area.name], null],
  );
  const errorBars = errorBarPoints.length
    ? [
        {
          ...DRAWN_AROUND,
          name: 'error-bars',
          z: LINES_Z,
          symbol: 'rect',
          symbolSize: ERROR_BAR_CAP,
          // On a category axis ECharts may leave out symbols it deems crowded.
          showAllSymbol: true,
          connectNulls: false,
          itemStyle: { color: tokens.reference },
          lineStyle: { color: tokens.reference, width: ERROR_BAR_WIDTH },
          data: errorBarPoints,
        },
      ]
    : [];

  // Each value after its bar, or after its error bar, where the error bar cannot cross it; a status
  // without a number at the axis, in italics. A symbol of no size carries each. The first series:
  // the keyboard's highlight finds a row by its index here.
  const values = {
    type: 'line' as const,
    animation: false,
    silent: true,
    emphasis: { disabled: true },
    name: 'values',
    z: VALUES_Z,
    symbol: 'circle',
    symbolSize: 0,
    lineStyle: { width: 0 },
    data: rows.map((row) => {
      const { value, margin, status } = row.point;
      const label =
        value === null
          ? { formatter: statusKey(status, strings), color: tokens.muted, fontStyle: 'italic' as const }
          : valueLabel(row);
      return {
        value: [value === null ? 0 : value + (margin ?? 0), row.area.name],
        label: { ...backdrop, ...label, show: true, position: 'right' as const, distance: margin === null ? 5 : 6 },
      };
    }),
  };

  const upper = Math.max(0, ...rows.map((r) => (r.point.value ?? 0) + (r.point.margin ?? 0)));
  const axis = valueAxis(indicator, tokens, strings);

  return {
    animation: tokens.animate,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: tokens.fontFamily, color: tokens.text },
    grid: { left: 8, right: 56, top: 12, bottom: 8, outerBounds: LABELS_INSIDE_FOCUS_RING },
    xAxis: {
      ...axis,
      min: 0,
      // A round end beyond the longest interval or value, room for the value written after it.
      ...(errorBars.length ? { max: niceCeiling(upper) } : {}),
      // Under the axis, not after it: at the end it took the width of a phone's plot.
      nameLocation: 'middle',
      nameGap: AXIS_NAME_GAP,
      nameTextStyle: { color: tokens.muted },
      // About four steps (0 – 0,5 – 1 – 1,5) stay legible on a phone's narrow chart.
      splitNumber: 4,
      axisLabel: { ...axis.axisLabel, hideOverlap: true },
      // No line or ticks along the values, as ECharts leaves them out beside a category axis: the
      // hidden axis of the reference lines would otherwise bring them back.
      axisLine: { show: false },
      axisTick: { show: false },
    },
    yAxis: [
      {
        type: 'category',
        // The first row on top, as it is read.
        inverse: true,
        data: rows.map((r) =>
          r.highlighted ? { value: r.area.name, textStyle: { fontWeight: 'bold' as const } } : r.area.name,
        ),
        // A long area name wraps instead of narrowing the bars, which ECharts would otherwise clip.
        axisLabel: { color: tokens.text, fontSize: 13, width: AREA_LABEL_WIDTH, overflow: 'break' as const },
        axisLine: { lineStyle: { color: tokens.axis } },
        axisTick: { show: false },
      },
      rowsAxis(rows.length),
    ],
    series: [values, ...bars, ...references, ...errorBars],
  };
}

/**
 * What the tooltip says of the bar in `row`: the area, its value with margin and status, its change
 * since the period before and the unit; none for a row beyond the bars.
 */
export function barTooltip(model: CompareModel, row: number, strings: Strings): TooltipWords | undefined {
  const bar = model.rows[row];
  if (!bar) return undefined;
  const { point, change, area } = bar;
  const { indicator, previousPeriod } = model;
  return {
    heading: area.name,
    values: [tooltipValue(formatPeriod(point.period, strings), point, indicator, strings)],
    after: [
      ...(change && previousPeriod
        ? [
            `${strings.compare.changeSince(formatPeriod(previousPeriod, strings))}: ${formatChangeDelta(change, indicator, strings)}`,
          ]
        : []),
      indicator.unit,
    ],
  };
}

/** The y of a place on the hidden axis of the rows (`rowsAxis`): row `i` runs from `i` to `i + 1`. */
const rowY = (chart: Chart, place: number) => chart.convertToPixel({ yAxisIndex: 1 }, place) as unknown as number;

/** The bar's row under the pointer at (x, y), over the plot: the tooltip stands beside the pointer, in the row. */
function barRowAt(chart: Chart, model: CompareModel, x: number, y: number): TooltipAt | undefined {
  if (!chart.containPixel({ gridIndex: 0 }, [x, y])) return undefined;
  const row = Math.floor(Number(chart.convertFromPixel({ yAxisIndex: 1 }, y)));
  return row >= 0 && row < model.rows.length ? { index: row, x, y, beside: true } : undefined;
}

/** The end of the bar in `row`, or of its error bar, for the keyboard walk's tooltip: where its value is written. */
function barValueAt(chart: Chart, model: CompareModel, row: number): TooltipAt {
  const { value, margin } = model.rows[row]?.point ?? { value: null, margin: null };
  const end = value === null ? 0 : value + (margin ?? 0);
  return {
    index: row,
    x: chart.convertToPixel({ xAxisIndex: 0 }, end) as unknown as number,
    y: rowY(chart, row + 0.5),
  };
}

/** A bar's row shaded across the chart, its name included. */
function barRowMark(chart: Chart, row: number): TooltipMark {
  const top = rowY(chart, row);
  return { kind: 'row', left: 0, top, width: chart.getWidth(), height: rowY(chart, row + 1) - top };
}

/** The bar chart's tooltip: it tells of a bar, and marks its row. */
export const barTooltips: ChartTooltips<CompareModel> = {
  words: barTooltip,
  anchor: barValueAt,
  pointedAt: barRowAt,
  mark: barRowMark,
};

/** The bars a keyboard reader moves through with Up/Down, each with its period, value and status. */
export function barPoints(model: CompareModel, strings: Strings): ChartPoints {
  const { rows, indicator } = model;
  return {
    rows: rows.length,
    columns: 1,
    start: { row: 0, column: 0 },
    describe: (row) => {
      const { area, point, highlighted } = rows[row]!;
      const name = highlighted ? `${area.name} (${strings.compare.highlighted})` : area.name;
      return describePoint(name, formatPeriod(point.period, strings), point, indicator, strings);
    },
    target: (row) => ({ seriesIndex: 0, dataIndex: row }),
  };
}

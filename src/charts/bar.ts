/**
 * The horizontal bar chart of a comparison: one bar per area, the higher levels as reference lines
 * (named in the HTML legend, `referenceLegend`), survey margins as error bars. A pure function from
 * the model to an ECharts option.
 */
import type { CompareModel, CompareRow } from '../model/compare.js';
import { formatChangeDelta, formatPeriod, formatPointValue, statusKey } from '../model/format.js';
import type { ChartOption } from './echarts.js';
import {
  describePoint,
  escapeHtml,
  LABELS_INSIDE_FOCUS_RING,
  tooltipLook,
  tooltipPoint,
  chartContext,
  type ChartContext,
  type ChartContextWithTheme,
  type ChartPoints,
  type LineLook,
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
const BAR_MAX_WIDTH = 28;
/** Bars of the areas that are not highlighted, when one is: still readable, clearly secondary. */
const DIMMED_OPACITY = 0.5;
const HIGHLIGHT_BORDER = 2;
const ERROR_BAR_WIDTH = 1.5;
// Mark-line symbols turn with the line: this is a vertical tick, 10px tall, across a horizontal bar.
const ERROR_BAR_CAP: [number, number] = [10, 2];
const NICE_STEPS = [1, 2, 2.5, 5, 10];
/** The bar labels' line height at their 12 px: the background behind a label covers its glyphs. */
const VALUE_LINE_HEIGHT = 15;
/** ECharts' default layer of a series: the bars and their values. */
const BARS_Z = 2;
const MARK_LINE = { silent: true, symbol: 'none', animation: false } as const;
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
    ...backdrop,
    // A nil bar has no length: its symbol and word say that it is a true zero (`– nihil`).
    formatter: row.point.status === 'nil' ? statusKey('nil', strings) : formatPointValue(row.point, indicator, strings),
    color: tokens.text,
    // Labels would otherwise fade with a dimmed bar; the number must stay fully readable.
    opacity: 1,
    fontWeight: row.highlighted ? ('bold' as const) : ('normal' as const),
  });

  const bars = rows.map((row) => {
    const { point, highlighted } = row;
    if (point.value === null) {
      // No number: an invisible bar of length zero that only carries the status symbol and its
      // meaning (`x geheim`), so the area keeps its place without ever looking like a zero.
      return {
        value: 0,
        itemStyle: { color: 'transparent' },
        label: {
          ...backdrop,
          show: true,
          position: 'right' as const,
          formatter: statusKey(point.status, strings),
          color: tokens.muted,
          fontStyle: 'italic' as const,
        },
      };
    }
    return {
      value: point.value,
      itemStyle: {
        color: colour,
        opacity: anyHighlight && !highlighted ? DIMMED_OPACITY : 1,
        ...(highlighted ? { borderColor: tokens.text, borderWidth: HIGHLIGHT_BORDER } : {}),
      },
      // A value with a margin is labelled at the end of its error bar instead (see below).
      label: { ...valueLabel(row), show: point.margin === null, position: 'right' as const, distance: 5 },
    };
  });

  const references = model.references.map((ref, i) => {
    const look = referenceLook(model, i, tokens, strings);
    return {
      name: ref.area.name,
      xAxis: ref.point.value,
      // Over the bars (ECharts draws them at `z2` 1), under their values (lifted to 2 above a bar).
      z2: 2,
      lineStyle: { color: look.colour, type: look.dash, width: look.width },
      // Named in the legend under the chart: a label at the line ran off a phone's narrow chart.
      label: { show: false },
    };
  });

  const errorBarStyle = { color: tokens.reference, type: 'solid' as const, width: ERROR_BAR_WIDTH };
  // Rows are addressed by name: ECharts reads a category index 0 in `coord` as missing.
  const errorBarEnd = (x: number, row: CompareRow) => ({
    coord: [x, row.area.name],
    symbol: 'rect',
    symbolSize: ERROR_BAR_CAP,
  });
  // A segment over the 95 % interval with a short cap at each end, never reaching below zero. The
  // value is written after its upper end, where the error bar cannot cross it.
  const errorBars = rows.flatMap((row) => {
    const { value, margin } = row.point;
    if (value === null || margin === null) return [];
    const lower = {
      ...errorBarEnd(Math.max(0, value - margin), row),
      lineStyle: errorBarStyle,
      label: { ...valueLabel(row), show: true, position: 'end' as const, distance: 6 },
    };
    const segment: [typeof lower, ReturnType<typeof errorBarEnd>] = [lower, errorBarEnd(value + margin, row)];
    return [segment];
  });

  // ECharts leaves out a mark line that reaches beyond the axis, so the axis must hold every interval.
  const upper = Math.max(0, ...rows.map((r) => (r.point.value ?? 0) + (r.point.margin ?? 0)));
  const hasMargins = errorBars.length > 0;
  const axis = valueAxis(indicator, tokens, strings);

  const tooltipRow = (row: CompareRow): string => {
    const { point, change } = row;
    const lines = [
      `<b>${escapeHtml(row.area.name)}</b>`,
      tooltipPoint(formatPeriod(point.period, strings), point, indicator, strings),
    ];
    if (change && model.previousPeriod)
      lines.push(
        escapeHtml(
          `${strings.compare.changeSince(formatPeriod(model.previousPeriod, strings))}: ${formatChangeDelta(change, indicator, strings)}`,
        ),
      );
    lines.push(escapeHtml(indicator.unit));
    return lines.join('<br>');
  };

  return {
    animation: tokens.animate,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: tokens.fontFamily, color: tokens.text },
    grid: { left: 8, right: 56, top: 12, bottom: 8, outerBounds: LABELS_INSIDE_FOCUS_RING },
    tooltip: {
      ...tooltipLook(tokens),
      trigger: 'axis',
      axisPointer: { type: 'shadow' },
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const row = rows[list[0]?.dataIndex ?? 0];
        return row ? tooltipRow(row) : '';
      },
    },
    xAxis: {
      ...axis,
      min: 0,
      ...(hasMargins ? { max: niceCeiling(upper) } : {}),
      // Under the axis, not after it: at the end it took the width of a phone's plot.
      nameLocation: 'middle',
      nameGap: AXIS_NAME_GAP,
      nameTextStyle: { color: tokens.muted },
      // About four steps (0 – 0,5 – 1 – 1,5) stay legible on a phone's narrow chart.
      splitNumber: 4,
      axisLabel: { ...axis.axisLabel, hideOverlap: true },
    },
    yAxis: {
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
    series: [
      {
        type: 'bar',
        name: indicator.shortTitle,
        barMaxWidth: BAR_MAX_WIDTH,
        emphasis: { disabled: true },
        data: bars,
        ...(errorBars.length ? { markLine: { ...MARK_LINE, data: errorBars } } : {}),
      },
      // The reference lines ride on a series without data of their own, so that they can lie between
      // the bars and the bars' values (mark lines are otherwise drawn over both): a line never crosses
      // a value, and the value's background breaks the line where they meet. The error bars stay over
      // the bars, whose ends they straddle.
      ...(references.length
        ? [{ type: 'line' as const, data: [], markLine: { ...MARK_LINE, z: BARS_Z, data: references } }]
        : []),
    ],
  };
}

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

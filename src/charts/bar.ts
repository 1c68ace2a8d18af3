/**
 * The horizontal bar chart of a comparison: one bar per area, the higher levels as labelled
 * reference lines, survey margins as error bars. A pure function from the model to an ECharts option.
 */
import type { CompareModel, CompareRow } from '../model/compare.js';
import { formatDelta, formatPeriod, formatPointValue, intl, statusKey } from '../model/format.js';
import type { ChartOption } from './echarts.js';
import {
  describePoint,
  escapeHtml,
  tooltipLook,
  tooltipPoint,
  chartContext,
  type ChartContext,
  type ChartContextWithTheme,
  type ChartPoints,
} from './shared.js';
import type { Strings } from '../i18n/strings.js';

/** Line patterns of the reference lines, nearest level first: a second channel besides the label. */
const REFERENCE_DASHES: ('dashed' | 'dotted' | number[])[] = ['dashed', [8, 3, 2, 3], 'dotted'];
/** Vertical room per reference label above the bars, so labels of close values never overlap. */
const REFERENCE_LABEL_STEP = 16;
const BAR_MAX_WIDTH = 28;
/** Bars of the areas that are not highlighted, when one is: still readable, clearly secondary. */
const DIMMED_OPACITY = 0.5;
const HIGHLIGHT_BORDER = 2;
const ERROR_BAR_WIDTH = 1.5;
// Mark-line symbols turn with the line: this is a vertical tick, 10px tall, across a horizontal bar.
const ERROR_BAR_CAP: [number, number] = [10, 2];
const NICE_STEPS = [1, 2, 2.5, 5, 10];

/** The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return NICE_STEPS.map((step) => step * power).find((nice) => nice >= value)!;
}

export function buildBarOption(model: CompareModel, context: ChartContext | ChartContextWithTheme): ChartOption {
  const ctx = chartContext(context);
  const { tokens, strings } = ctx;
  const { indicator, rows } = model;
  const colour = tokens.palette[0]!;
  const anyHighlight = rows.some((r) => r.highlighted);

  const valueLabel = (row: CompareRow) => ({
    // A nil bar has no length: its symbol and word say that it is a true zero (`– nihil`).
    formatter: row.point.status === 'nil' ? statusKey('nil', strings) : formatPointValue(row.point, indicator, strings),
    color: tokens.text,
    // Labels would otherwise fade with a dimmed bar; the number must stay fully readable.
    opacity: 1,
    fontWeight: row.highlighted ? ('bold' as const) : ('normal' as const),
    // Readable where a reference line crosses the value.
    backgroundColor: tokens.background,
    padding: [1, 2],
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

  const references = model.references.map((ref, i) => ({
    name: ref.area.name,
    xAxis: ref.point.value,
    lineStyle: { color: tokens.reference, type: REFERENCE_DASHES[i % REFERENCE_DASHES.length]!, width: 1.5 },
    label: {
      show: true,
      // The category axis runs top-down, so a vertical line starts at the top.
      position: 'start' as const,
      distance: [0, 4 + (model.references.length - 1 - i) * REFERENCE_LABEL_STEP],
      formatter: strings.compare.reference(ref.area.name, formatPointValue(ref.point, indicator, strings)),
      color: tokens.text,
      fontSize: 12,
    },
  }));

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

  const tooltipRow = (row: CompareRow): string => {
    const { point, change } = row;
    const lines = [
      `<b>${escapeHtml(row.area.name)}</b>`,
      tooltipPoint(formatPeriod(point.period, strings), point, indicator, strings),
    ];
    if (change && model.previousPeriod)
      lines.push(
        escapeHtml(
          `${strings.compare.changeSince(formatPeriod(model.previousPeriod, strings))}: ${formatDelta(change.delta, indicator.decimals, strings)}`,
        ),
      );
    lines.push(escapeHtml(indicator.unit));
    return lines.join('<br>');
  };

  return {
    animation: tokens.animate,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: tokens.fontFamily, color: tokens.text },
    grid: { left: 8, right: 56, top: 20 + model.references.length * REFERENCE_LABEL_STEP, bottom: 8 },
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
      type: 'value',
      min: 0,
      ...(hasMargins ? { max: niceCeiling(upper) } : {}),
      name: indicator.unit,
      nameLocation: 'end',
      nameTextStyle: { color: tokens.muted },
      axisLabel: {
        color: tokens.muted,
        formatter: (value: number) => intl(Intl.NumberFormat, strings.locale).format(value),
      },
      splitLine: { lineStyle: { color: tokens.grid } },
    },
    yAxis: {
      type: 'category',
      // The first row on top, as it is read.
      inverse: true,
      data: rows.map((r) =>
        r.highlighted ? { value: r.area.name, textStyle: { fontWeight: 'bold' as const } } : r.area.name,
      ),
      axisLabel: { color: tokens.text, fontSize: 13 },
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
        markLine: {
          silent: true,
          symbol: 'none',
          animation: false,
          data: [...references, ...errorBars],
        },
      },
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

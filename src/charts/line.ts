/**
 * The line chart of one indicator over time: a pure function from the model to an ECharts option.
 */
import type { IndicatorModel } from '../model/indicator.js';
import type { Point } from '../model/series.js';
import { formatPeriod } from '../model/format.js';
import { seriesName } from '../model/summary.js';
import type { Strings } from '../i18n/strings.js';
import type { ChartOption } from './echarts.js';
import {
  describePoint,
  escapeHtml,
  seriesLook,
  tooltipLook,
  tooltipPoint,
  chartContext,
  type ChartContext,
  type ChartContextWithTheme,
  type ChartPoints,
  type LineLook,
} from './shared.js';
import type { ChartTokens } from '../tokens/chart-tokens.js';

const MAIN_WIDTH = 3;
const COMPARISON_WIDTH = 2;
/** Grid space under the plot for the axis labels (the legend is HTML, outside the chart). */
const AXIS_SPACE = 16;

/** The look of every line of a model, in the order of `model.series`. */
export function lineLooks(model: IndicatorModel, tokens: ChartTokens, strings: Strings): LineLook[] {
  return model.series.map((s, i) => ({
    name: seriesName(s, strings),
    ...seriesLook(i, tokens, s.fallback),
    width: s.role === 'main' ? MAIN_WIDTH : COMPARISON_WIDTH,
  }));
}

/** The legend's entries: every line, or none for the area's own line alone (the title names it). */
export function lineLegend(model: IndicatorModel, tokens: ChartTokens, strings: Strings): LineLook[] {
  // A lone stand-in series still gets its legend, which names it as the national trend.
  return model.series.length > 1 || model.fallback ? lineLooks(model, tokens, strings) : [];
}

/**
 * Whether the main series has a survey margin band, drawn as two invisible series before the lines
 * (so the lines' series indices start after them).
 */
function hasMarginBand(model: IndicatorModel): boolean {
  return model.series[0]?.points.some((p) => p.value !== null && p.margin !== null) ?? false;
}

/** The points a keyboard reader moves through: Left/Right periods, Up/Down series. */
export function linePoints(model: IndicatorModel, strings: Strings): ChartPoints {
  const { indicator, periods } = model;
  const offset = hasMarginBand(model) ? 2 : 0;
  const names = model.series.map((s) => seriesName(s, strings));
  return {
    rows: model.series.length,
    columns: periods.length,
    start: { row: 0, column: Math.max(0, periods.length - 1) },
    describe: (row, column) => {
      const period = periods[column]!;
      const point = model.series[row]?.points.find((p) => p.period === period);
      return describePoint(names[row]!, formatPeriod(period, strings), point, indicator, strings);
    },
    target: (row, column) => ({ seriesIndex: offset + row, dataIndex: column }),
  };
}

export function buildLineOption(model: IndicatorModel, context: ChartContext | ChartContextWithTheme): ChartOption {
  const ctx = chartContext(context);
  const { tokens, strings } = ctx;
  const { indicator, periods } = model;
  const byPeriod = (points: Point[]) => new Map(points.map((p) => [p.period, p]));
  const looks = lineLooks(model, tokens, strings);
  const names = looks.map((l) => l.name);
  const lines = model.series.map((s, i) => {
    const points = byPeriod(s.points);
    const look = looks[i]!;
    return {
      type: 'line' as const,
      name: look.name,
      color: look.colour,
      symbol: look.symbol,
      symbolSize: s.role === 'main' ? 8 : 6,
      // Never draw across a suppressed or missing value.
      connectNulls: false,
      lineStyle: { width: look.width, type: look.dash },
      z: s.role === 'main' ? 3 : 2,
      data: periods.map((period) => {
        const p = points.get(period);
        if (!p || p.value === null) return null;
        return p.status === 'provisional'
          ? {
              value: p.value,
              symbol: 'emptyCircle',
              symbolSize: 10,
              label: { show: true, formatter: '*', color: tokens.text, position: 'top' as const },
            }
          : p.value;
      }),
      ...(i === 0 && model.breaks.length > 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: tokens.breakLine, type: 'dashed' as const, width: 1 },
              label: {
                formatter: strings.seriesBreak,
                color: tokens.text,
                position: 'insideEndTop' as const,
                fontSize: 11,
              },
              data: model.breaks.map((b) => ({ xAxis: b.period, name: b.reason })),
            },
          }
        : {}),
    };
  });

  // The survey margin as a band: an invisible lower edge with the interval's width stacked on top.
  const main = model.series[0];
  const mainPoints = main ? byPeriod(main.points) : new Map<string, Point>();
  const hasBand = hasMarginBand(model);
  const bandEdge = (pick: (p: Point & { value: number; margin: number }) => number) =>
    periods.map((period) => {
      const p = mainPoints.get(period);
      return p && p.value !== null && p.margin !== null ? pick(p as Point & { value: number; margin: number }) : null;
    });
  const band = hasBand
    ? [
        {
          type: 'line' as const,
          name: 'band-lower',
          stack: 'band',
          silent: true,
          symbol: 'none',
          lineStyle: { opacity: 0 },
          data: bandEdge((p) => p.value - p.margin),
          tooltip: { show: false },
          z: 1,
        },
        {
          type: 'line' as const,
          name: 'band-width',
          stack: 'band',
          silent: true,
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: tokens.band },
          data: bandEdge((p) => 2 * p.margin),
          tooltip: { show: false },
          z: 1,
        },
      ]
    : [];

  const seriesPoints = model.series.map((s) => byPeriod(s.points));
  const breakReasons = new Map(model.breaks.map((b) => [b.period, b.reason]));
  return {
    animation: tokens.animate,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: tokens.fontFamily, color: tokens.text },
    aria: { enabled: true, label: { description: ctx.description } },
    grid: { left: 8, right: 16, top: 32, bottom: AXIS_SPACE },
    tooltip: {
      ...tooltipLook(tokens),
      trigger: 'axis',
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const index = list[0]?.dataIndex ?? 0;
        const period = periods[index]!;
        const rows = model.series.map((_, i) =>
          tooltipPoint(names[i]!, seriesPoints[i]!.get(period), indicator, strings),
        );
        const reason = breakReasons.get(period);
        return [
          `<b>${escapeHtml(formatPeriod(period, strings))}</b>`,
          ...rows,
          escapeHtml(indicator.unit),
          ...(reason ? [escapeHtml(strings.notes.seriesBreak(formatPeriod(period, strings), reason))] : []),
        ].join('<br>');
      },
    },
    xAxis: {
      type: 'category',
      data: periods,
      boundaryGap: false,
      axisLabel: { color: tokens.muted, formatter: (value: string) => formatPeriod(value, strings) },
      axisLine: { lineStyle: { color: tokens.axis } },
    },
    yAxis: {
      type: 'value',
      name: indicator.unit,
      nameTextStyle: { color: tokens.muted, align: 'left' },
      axisLabel: {
        color: tokens.muted,
        formatter: (value: number) => new Intl.NumberFormat(strings.locale).format(value),
      },
      splitLine: { lineStyle: { color: tokens.grid } },
      scale: indicator.kind === 'survey' || indicator.kind === 'score',
    },
    series: [...band, ...lines],
  };
}

/**
 * The line chart of one indicator over time: a pure function from the model to an ECharts option.
 */
import type { IndicatorModel } from '../model/indicator.js';
import type { Point } from '../model/series.js';
import { formatNumber, formatPeriod, formatPointValue } from '../model/format.js';
import { seriesName } from '../model/summary.js';
import type { Strings } from '../i18n/strings.js';
import type { ChartOption } from './echarts.js';
import type { ChartTheme } from './theme.js';

export interface ChartContext {
  theme: ChartTheme;
  strings: Strings;
  /** The generated summary, given to ECharts' aria label as well. */
  description: string;
}

/** Dash patterns: a second channel besides colour, so series stay apart in greyscale. */
const DASHES: (number[] | 'solid')[] = ['solid', [8, 4], [2, 4], [12, 4, 2, 4]];
const SYMBOLS = ['circle', 'rect', 'triangle', 'diamond'];
const FALLBACK_DASH = [4, 4];
const MAIN_WIDTH = 3;
const COMPARISON_WIDTH = 2;
/** Legend metrics at ECharts' default 12px text: row height, icon plus gap, average glyph width. */
const LEGEND_ROW = 22;
const LEGEND_ITEM = 40;
const LEGEND_GLYPH = 7;
/** Grid space under the plot for the axis labels alone, and with a legend of `rows` rows. */
const AXIS_SPACE = 8;
const legendSpace = (rows: number) => 18 + rows * LEGEND_ROW;
const MAX_LEGEND_ROWS = 4;

/**
 * Media queries that make room for the legend when it wraps on a narrow chart: ECharts lays out
 * the legend and the plot independently, so without them a wrapped legend covers the axis labels.
 */
function legendMedia(names: string[]): { query: { maxWidth: number }; option: ChartOption }[] {
  const width = names.reduce((sum, name) => sum + LEGEND_ITEM + name.length * LEGEND_GLYPH, 0);
  const media: { query: { maxWidth: number }; option: ChartOption }[] = [];
  for (let rows = 2; rows <= MAX_LEGEND_ROWS; rows++)
    media.push({ query: { maxWidth: Math.ceil(width / (rows - 1)) }, option: { grid: { bottom: legendSpace(rows) } } });
  return media;
}

/** Escapes text for ECharts' HTML tooltip: feed text is data, never markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export function buildLineOption(model: IndicatorModel, ctx: ChartContext): ChartOption {
  const { theme, strings } = ctx;
  const { indicator, periods } = model;
  const byPeriod = (points: Point[]) => new Map(points.map((p) => [p.period, p]));
  const names = model.series.map((s) => seriesName(s, strings));
  const lines = model.series.map((s, i) => {
    const points = byPeriod(s.points);
    const colour = theme.palette[i % theme.palette.length]!;
    return {
      type: 'line' as const,
      name: names[i]!,
      color: colour,
      symbol: SYMBOLS[i % SYMBOLS.length],
      symbolSize: s.role === 'main' ? 8 : 6,
      // Never draw across a suppressed or missing value.
      connectNulls: false,
      lineStyle: {
        width: s.role === 'main' ? MAIN_WIDTH : COMPARISON_WIDTH,
        type: s.fallback ? FALLBACK_DASH : DASHES[i % DASHES.length],
      },
      z: s.role === 'main' ? 3 : 2,
      data: periods.map((period) => {
        const p = points.get(period);
        if (!p || p.value === null) return null;
        return p.status === 'provisional'
          ? {
              value: p.value,
              symbol: 'emptyCircle',
              symbolSize: 10,
              label: { show: true, formatter: '*', color: theme.text, position: 'top' as const },
            }
          : p.value;
      }),
      ...(i === 0 && model.breaks.length > 0
        ? {
            markLine: {
              silent: true,
              symbol: 'none',
              lineStyle: { color: theme.breakLine, type: 'dashed' as const, width: 1 },
              label: {
                formatter: strings.seriesBreak,
                color: theme.text,
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
  const hasBand = main?.points.some((p) => p.value !== null && p.margin !== null) ?? false;
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
          areaStyle: { color: theme.band },
          data: bandEdge((p) => 2 * p.margin),
          tooltip: { show: false },
          z: 1,
        },
      ]
    : [];

  const seriesPoints = model.series.map((s) => byPeriod(s.points));
  const breakReasons = new Map(model.breaks.map((b) => [b.period, b.reason]));
  // A lone stand-in series still gets its legend, which names it as the national trend.
  const showLegend = model.series.length > 1 || model.fallback;
  const baseOption: ChartOption = {
    animation: theme.animate,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: theme.fontFamily, color: theme.text },
    aria: { enabled: true, label: { description: ctx.description } },
    grid: { left: 8, right: 16, top: 32, bottom: showLegend ? legendSpace(1) : AXIS_SPACE },
    legend: {
      show: showLegend,
      bottom: 0,
      data: names,
      textStyle: { color: theme.text },
    },
    tooltip: {
      trigger: 'axis',
      confine: true,
      formatter: (params) => {
        const list = Array.isArray(params) ? params : [params];
        const index = list[0]?.dataIndex ?? 0;
        const period = periods[index]!;
        const rows = model.series.map((_, i) => {
          const p = seriesPoints[i]!.get(period);
          const value = p ? formatPointValue(p, indicator, strings) : strings.statusSymbol['no-data'];
          const margin =
            p?.value != null && p.margin !== null ? ` ± ${formatNumber(p.margin, indicator.decimals, strings)}` : '';
          const status = p && p.status !== 'definitive' ? ` (${strings.status[p.status]})` : '';
          const note = p?.note ? `<br><i>${escapeHtml(p.note)}</i>` : '';
          return `${escapeHtml(names[i]!)}: <b>${escapeHtml(value)}</b>${escapeHtml(margin + status)}${note}`;
        });
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
      axisLabel: { color: theme.muted, formatter: (value: string) => formatPeriod(value, strings) },
      axisLine: { lineStyle: { color: theme.axis } },
    },
    yAxis: {
      type: 'value',
      name: indicator.unit,
      nameTextStyle: { color: theme.muted, align: 'left' },
      axisLabel: {
        color: theme.muted,
        formatter: (value: number) => new Intl.NumberFormat(strings.locale).format(value),
      },
      splitLine: { lineStyle: { color: theme.grid } },
      scale: indicator.kind === 'survey' || indicator.kind === 'score',
    },
    series: [...band, ...lines],
  };
  // Media on the root option: a `baseOption` wrapper makes ECharts look for the timeline component.
  return showLegend ? { ...baseOption, media: legendMedia(names) } : baseOption;
}

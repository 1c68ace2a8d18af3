/**
 * The line chart of one indicator over time: a pure function from the model to an ECharts option.
 */
import { isProvisional } from '../feed/schema.js';
import { breakIndices, inSpecialPeriod } from '../model/breaks.js';
import type { AreaSeries, IndicatorModel } from '../model/indicator.js';
import { indexFeed, type Point } from '../model/series.js';
import { formatPeriod } from '../model/format.js';
import { MARKED_STATUSES, seriesName, specialPeriodNote } from '../model/summary.js';
import type { Strings } from '../i18n/strings.js';
import type { Chart, ChartOption } from './echarts.js';
import {
  DECORATION,
  describePoint,
  LABELS_INSIDE_FOCUS_RING,
  PLOT_HEIGHT_AXIS,
  seriesLook,
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
import { SERIES_COUNT, seriesTokens, type LineRole } from '../tokens/tokens.js';

const MAIN_WIDTH = 3;
const COMPARISON_WIDTH = 2;
/** Grid space under the plot for the axis labels (the legend is HTML, outside the chart). */
const AXIS_SPACE = 16;

/**
 * The row of each role in the series table (`seriesTokens`, whose rows name their role), whatever
 * else a chart shows: the area the widget is about the first, a reference area that of its level, so
 * that a page's charts draw the eenheid alike, in Breda's chart beside its district and in De
 * Baronie's. Taken by position, the eenheid was Breda's third look and De Baronie's second. A
 * gemeente's default lines (its district, the eenheid, Nederland) keep the looks they had.
 */
const ROLE_ROWS = Object.fromEntries(seriesTokens.map(({ role }, row) => [role, row])) as Record<LineRole, number>;

function lineRole(s: AreaSeries): LineRole {
  if (s.role === 'main') return 'main';
  // A group is drawn at its members' level, but stands for many of them.
  return s.group ? 'group' : s.area.level;
}

/**
 * The row of each line of a model. Of the lines of a role, the first of the own area's kin (its
 * district, its eenheid, its size class; in a district's chart, one of its gemeenten) takes the
 * role's row, else the first named: Breda's chart draws De Baronie in the district look beside Hart
 * van Brabant in either order `compare` names them, as it does alone. A further line of a role (a
 * second gemeente or district compared) takes a row that no role of this chart takes, so no two lines
 * of a chart look alike while rows last: the last first, the looks of the roles a page shows least
 * (other gemeenten, groups). Beyond six lines the comparisons' looks repeat, never the own line's.
 */
function lineRows(model: IndicatorModel): number[] {
  const index = indexFeed(model.feed);
  const roles = model.series.map(lineRole);
  const claimant = (role: LineRole) => {
    const lines = roles.flatMap((r, i) => (r === role ? [i] : []));
    return lines.find((i) => index.nested(model.area.id, model.series[i]!.area.id)) ?? lines[0];
  };
  const claimed = roles.map((role, i) => (claimant(role) === i ? ROLE_ROWS[role] : undefined));
  const free = [...Array(SERIES_COUNT).keys()].filter((row) => !claimed.includes(row)).reverse();
  let repeated = 0;
  return claimed.map((row) => row ?? free.shift() ?? 1 + (repeated++ % (SERIES_COUNT - 1)));
}

/** The look of every line of a model, in the order of `model.series`. */
export function lineLooks(model: IndicatorModel, tokens: ChartTokens, strings: Strings): LineLook[] {
  const rows = lineRows(model);
  return model.series.map((s, i) => ({
    name: seriesName(s, strings),
    ...seriesLook(rows[i]!, tokens, s.fallback),
    width: s.role === 'main' ? MAIN_WIDTH : COMPARISON_WIDTH,
  }));
}

/** The legend's entries: every line, or none for the area's own line alone (the title names it). */
export function lineLegend(model: IndicatorModel, tokens: ChartTokens, strings: Strings): LineLook[] {
  // A lone stand-in series still gets its legend, which names it as the national trend.
  return model.series.length > 1 || model.fallback ? lineLooks(model, tokens, strings) : [];
}

/**
 * Whether the main series has a survey margin band, drawn as two invisible series per segment before
 * the lines (so the lines' series indices start after them).
 */
function hasMarginBand(model: IndicatorModel): boolean {
  return model.series[0]?.points.some((p) => p.value !== null && p.margin !== null) ?? false;
}

/** First and last column of an unbroken part of a line. */
type Segment = [number, number];

/**
 * How the lines are laid out as ECharts series: each area's line is cut at the breaks of its area
 * into segments, one series each, so no line ever joins the last value before a break to the first
 * after it. The margin band's series come first, then the segments row by row.
 */
function lineLayout(model: IndicatorModel): { segments: Segment[][]; first: number[] } {
  const { periods, indicator } = model;
  const segments = model.series.map((s) =>
    [0, ...breakIndices(indicator, s.area.id, periods)].map((start, i, all): Segment => [
      start,
      (all[i + 1] ?? periods.length) - 1,
    ]),
  );
  const offset = hasMarginBand(model) ? 2 * segments[0]!.length : 0;
  const first = segments.map((_, row) => offset + segments.slice(0, row).reduce((n, s) => n + s.length, 0));
  return { segments, first };
}

/** The points a keyboard reader moves through: Left/Right periods, Up/Down series. */
export function linePoints(model: IndicatorModel, strings: Strings): ChartPoints {
  const { indicator, periods } = model;
  const { segments, first } = lineLayout(model);
  const names = model.series.map((s) => seriesName(s, strings));
  return {
    rows: model.series.length,
    columns: periods.length,
    start: { row: 0, column: Math.max(0, periods.length - 1) },
    describe: (row, column) => {
      const period = periods[column]!;
      const series = model.series[row];
      const point = series?.points.find((p) => p.period === period);
      const said = describePoint(names[row]!, formatPeriod(period, strings), point, indicator, strings);
      // What the tooltip shows beside the value, named without its reason (the notes under the chart
      // give it), so that each step of the walk stays short.
      const notes = periodNotes(model, period, strings, { reason: false, area: series?.area.id });
      return [said, ...notes].join('. ');
    },
    target: (row, column) => ({
      seriesIndex: first[row]! + segments[row]!.findIndex(([start, end]) => column >= start && column <= end),
      dataIndex: column,
    }),
  };
}

/**
 * What the tooltip says of the period in `column`: every line's value there, the unit, and the break
 * or special period the period lies in; none for a column beyond the periods.
 */
export function lineTooltip(model: IndicatorModel, column: number, strings: Strings): TooltipWords | undefined {
  const { indicator, periods } = model;
  const period = periods[column];
  if (period === undefined) return undefined;
  return {
    heading: formatPeriod(period, strings),
    values: model.series.map((s) =>
      tooltipValue(
        seriesName(s, strings),
        s.points.find((p) => p.period === period),
        indicator,
        strings,
      ),
    ),
    after: [indicator.unit, ...periodNotes(model, period, strings)],
  };
}

/**
 * The break at `period` and the special period it lies in, in the words of the chart's notes; with
 * `area`, only a break that cuts that area's line; without `reason`, their names alone.
 */
function periodNotes(
  model: IndicatorModel,
  period: string,
  strings: Strings,
  { reason = true, area }: { reason?: boolean; area?: string } = {},
): string[] {
  const seriesBreak = model.breaks.find((b) => b.period === period && (!area || !b.areas || b.areas.includes(area)));
  // Named as the feed dates it (2021), also where the chart marks it at another period (1e halfjaar 2021), as the notes do.
  const dated = seriesBreak && formatPeriod(seriesBreak.dated ?? seriesBreak.period, strings);
  const special = model.specialPeriods.find((sp) => inSpecialPeriod(sp, period));
  return [
    ...(seriesBreak && dated
      ? [reason ? strings.notes.seriesBreak(dated, seriesBreak.reason) : `${strings.seriesBreak} ${dated}`]
      : []),
    ...(special ? [specialPeriodNote(special, strings, { reason })] : []),
  ];
}

/** The x of a period's column on the drawing. */
const columnX = (chart: Chart, column: number) => chart.convertToPixel({ xAxisIndex: 0 }, column) as unknown as number;
/** The y of a height on the hidden 0–1 axis (`PLOT_HEIGHT_AXIS`): 0 at the plot's foot, 1 at its top. */
const plotY = (chart: Chart, height: number) => chart.convertToPixel({ yAxisIndex: 1 }, height) as unknown as number;

/** The period's column under the pointer at (x, y), over the plot: the tooltip stands on the column at the pointer's height. */
function lineColumnAt(chart: Chart, model: IndicatorModel, x: number, y: number): TooltipAt | undefined {
  if (!chart.containPixel({ gridIndex: 0 }, [x, y])) return undefined;
  const column = Math.round(Number(chart.convertFromPixel({ xAxisIndex: 0 }, x)));
  return column >= 0 && column < model.periods.length ? { index: column, x: columnX(chart, column), y } : undefined;
}

/** The point of line `row` in `column`, for the keyboard walk's tooltip; the plot's middle where it has no number. */
function linePointAt(chart: Chart, model: IndicatorModel, row: number, column: number): TooltipAt {
  const point = model.series[row]?.points.find((p) => p.period === model.periods[column]);
  // A nihil point's value is already 0 (the model's), where the line draws it.
  const value = point?.value;
  const y = value == null ? plotY(chart, 0.5) : (chart.convertToPixel({ yAxisIndex: 0 }, value) as unknown as number);
  return { index: column, x: columnX(chart, column), y };
}

/** A period's column marked from the plot's foot to its top. */
function lineColumnMark(chart: Chart, column: number): TooltipMark {
  const top = plotY(chart, 1);
  return { kind: 'column', left: columnX(chart, column), top, width: 0, height: plotY(chart, 0) - top };
}

/** The line chart's tooltip: it tells of a period, every line's value there, and marks its column. */
export const lineTooltips: ChartTooltips<IndicatorModel> = {
  words: lineTooltip,
  anchor: linePointAt,
  pointedAt: lineColumnAt,
  mark: lineColumnMark,
};

/**
 * Which line writes each status symbol of a period over its point: the highest point with that
 * symbol, once per period. Stars of close lines written one above the other would read as `**`
 * (nader voorlopig); the open markers still show every provisional point, and the note under the
 * chart says what the symbol means. Keyed by period and symbol: the row in `model.series`, and its
 * value.
 */
function symbolBearers(model: IndicatorModel, strings: Strings): Map<string, { row: number; value: number }> {
  const bearers = new Map<string, { row: number; value: number }>();
  model.series.forEach((s, row) => {
    for (const p of s.points) {
      if (p.value === null || !MARKED_STATUSES.includes(p.status)) continue;
      const key = `${p.period} ${strings.statusSymbol[p.status]}`;
      const bearer = bearers.get(key);
      if (!bearer || p.value > bearer.value) bearers.set(key, { row, value: p.value });
    }
  });
  return bearers;
}

export function buildLineOption(model: IndicatorModel, context: ChartContext | ChartContextWithTheme): ChartOption {
  const ctx = chartContext(context);
  const { tokens, strings } = ctx;
  const { indicator, periods } = model;
  const byPeriod = (points: Point[]) => new Map(points.map((p) => [p.period, p]));
  const looks = lineLooks(model, tokens, strings);
  const { segments } = lineLayout(model);
  const labelled = symbolBearers(model, strings);
  const statusLabel = (symbol: string, show: boolean) => ({
    show,
    formatter: symbol,
    color: tokens.text,
    position: 'top' as const,
  });
  // A value drawn with its CBS symbol: open for (nader) voorlopig, a true zero for nihil.
  const datum = (p: Point | undefined, row: number) => {
    if (!p || p.value === null) return null;
    const symbol = strings.statusSymbol[p.status];
    const label = statusLabel(symbol, labelled.get(`${p.period} ${symbol}`)?.row === row);
    if (isProvisional(p.status)) return { value: p.value, symbol: 'emptyCircle', symbolSize: 10, label };
    return p.status === 'nil' ? { value: 0, label } : p.value;
  };
  const lines = model.series.flatMap((s, i) => {
    const points = byPeriod(s.points);
    const look = looks[i]!;
    return segments[i]!.map(([start, end]) => ({
      type: 'line' as const,
      name: look.name,
      color: look.colour,
      symbol: look.symbol,
      symbolSize: s.role === 'main' ? 8 : 6,
      // Never draw across a suppressed or missing value.
      connectNulls: false,
      lineStyle: { width: look.width, type: look.dash },
      z: s.role === 'main' ? 3 : 2,
      data: periods.map((period, column) => (column < start || column > end ? null : datum(points.get(period), i))),
    }));
  });

  // The survey margin as a band: an invisible lower edge with the interval's width stacked on top,
  // cut at the breaks like the line it belongs to.
  const main = model.series[0];
  const mainPoints = main ? byPeriod(main.points) : new Map<string, Point>();
  const bandEdge = ([start, end]: Segment, pick: (p: Point & { value: number; margin: number }) => number) =>
    periods.map((period, column) => {
      const p = mainPoints.get(period);
      return column >= start && column <= end && p && p.value !== null && p.margin !== null
        ? pick(p as Point & { value: number; margin: number })
        : null;
    });
  const band = hasMarginBand(model)
    ? segments[0]!.flatMap((segment, part) => [
        {
          type: 'line' as const,
          name: 'band-lower',
          stack: `band-${part}`,
          silent: true,
          symbol: 'none',
          lineStyle: { opacity: 0 },
          data: bandEdge(segment, (p) => p.value - p.margin),
          z: 1,
        },
        {
          type: 'line' as const,
          name: 'band-width',
          stack: `band-${part}`,
          silent: true,
          symbol: 'none',
          lineStyle: { opacity: 0 },
          areaStyle: { color: tokens.band },
          data: bandEdge(segment, (p) => 2 * p.margin),
          z: 1,
        },
      ])
    : [];

  // Special periods as an area filled up to the top of a hidden 0–1 axis, after the lines so that
  // the keyboard's series indices stay put. Its corners lie on a hidden axis of half columns
  // (ECharts rounds a category axis's values to whole columns): from the left edge of the band's first
  // period's slot to the right edge of its last, so a band of one period (a quarter) fills that slot.
  // Drawn by the line chart itself, it costs no chart part: as bars it loaded ECharts' bar chart
  // (8 KB gzip); a MarkAreaComponent costs 1,4 KB and runs from tick to tick.
  const specialAt = periods.map((period) => model.specialPeriods.find((sp) => inSpecialPeriod(sp, period)));
  const corners = specialAt.flatMap((sp, column) => {
    if (!sp || specialAt[column - 1] === sp) return [];
    let last = column;
    while (specialAt[last + 1] === sp) last++;
    return [
      {
        value: [2 * column, 1],
        // The label once, at the band's top left; a symbol of no size carries it.
        symbol: 'circle',
        symbolSize: 0,
        label: {
          show: true,
          formatter: sp.label,
          position: 'insideTopLeft' as const,
          color: tokens.muted,
          fontSize: 11,
        },
      },
      [2 * last + 2, 1],
      // A gap before the next band.
      null,
    ];
  });
  const shaded = corners.length > 0;
  const specials = shaded
    ? [
        {
          type: 'line' as const,
          name: 'band-special-periods',
          xAxisIndex: 1,
          yAxisIndex: 1,
          ...DECORATION,
          symbol: 'none',
          lineStyle: { width: 0 },
          areaStyle: { color: tokens.specialPeriod, opacity: 1 },
          z: 0,
          data: corners,
        },
      ]
    : [];

  // Series breaks as dashed lines from the bottom of the plot to its top (the hidden 0–1 axis) at their
  // period, named along the line at its top. Drawn by the line chart itself, a break costs no chart
  // part: ECharts' mark lines were a chunk of 6,4 KB gzip, and one more request before the first
  // drawing, for nearly every chart of the monitor (58 of the sample feed's 66 indicators have a
  // break for some area).
  const breakLabel = (atBottom: boolean) => ({
    show: true,
    formatter: strings.seriesBreak,
    color: tokens.text,
    fontSize: 11,
    // Turned to run up the line, on its left: from its top down, or inside a special period from the
    // axis up (at the top it crossed the period's own label on a phone).
    rotate: 90,
    position: [0, 0],
    align: atBottom ? ('left' as const) : ('right' as const),
    verticalAlign: 'bottom' as const,
    padding: atBottom ? [0, 0, 5, 4] : [0, 5, 5, 0],
  });
  const breakLines = model.breaks.length
    ? [
        {
          type: 'line' as const,
          name: 'series-breaks',
          yAxisIndex: 1,
          ...DECORATION,
          symbol: 'none',
          lineStyle: { color: tokens.breakLine, type: 'dashed' as const, width: 1 },
          z: 1,
          data: model.breaks.flatMap((b) => {
            const [foot, top] = [
              [b.period, 0],
              [b.period, 1],
            ];
            const atBottom = model.specialPeriods.some((sp) => inSpecialPeriod(sp, b.period));
            // A symbol of no size carries the label.
            const labelled = (value: (string | number)[]) => ({
              value,
              symbol: 'circle',
              symbolSize: 0,
              label: breakLabel(atBottom),
            });
            return atBottom ? [labelled(foot), top, null] : [foot, labelled(top), null];
          }),
        },
      ]
    : [];

  return {
    animation: tokens.animate,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: tokens.fontFamily, color: tokens.text },
    grid: { left: 8, right: 16, top: 32, bottom: AXIS_SPACE, outerBounds: LABELS_INSIDE_FOCUS_RING },
    xAxis: [
      {
        type: 'category',
        data: periods,
        // A shaded period covers its column's whole slot, so the first and last get a slot too.
        boundaryGap: shaded,
        // The ticks at the labels, as without slots.
        axisTick: { show: true, alignWithLabel: true },
        axisLabel: { color: tokens.muted, formatter: (value: string) => formatPeriod(value, strings) },
        axisLine: { lineStyle: { color: tokens.axis } },
      },
      // The special periods' half columns: slot edges at even places, the periods in between.
      ...(shaded
        ? [
            {
              type: 'category' as const,
              data: [...Array(2 * periods.length + 1).keys()],
              boundaryGap: false,
              show: false,
            },
          ]
        : []),
    ],
    yAxis: [
      {
        ...valueAxis(indicator, tokens, strings),
        nameTextStyle: { color: tokens.muted, align: 'left' },
        scale: indicator.kind === 'survey' || indicator.kind === 'score',
      },
      // The scale of the special periods and the breaks.
      PLOT_HEIGHT_AXIS,
    ],
    series: [...band, ...lines, ...specials, ...breakLines],
  };
}

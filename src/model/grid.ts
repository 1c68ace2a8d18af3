/**
 * The numbers a chart element shows, as one grid of points (rows × columns) with the metadata every
 * copy of them must carry. The visible table, the CSV download and the image download's captions are
 * all made from this grid, so they cannot disagree with each other or with the chart.
 */
import type { FeedMeta, Indicator, ValueStatus } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import { formatNumber, formatPeriod, formatPointValue } from './format.js';
import type { IndicatorModel } from './indicator.js';
import type { Point } from './series.js';
import { chartNotes, seriesName } from './summary.js';

export interface DataGrid {
  /** The indicator title: first line of the CSV and of the image. */
  title: string;
  /** Area, unit and period range: second line of the image. */
  subtitle: string;
  /** The table's caption. */
  caption: string;
  indicator: Indicator;
  meta: FeedMeta;
  /** File name without extension, e.g. `woninginbraak-GM0758`. */
  fileName: string;
  /** What a row is (`Periode`) and what a column is (`Gebied`). */
  rowLabel: string;
  columnLabel: string;
  columns: string[];
  rows: { header: string; points: (Point | undefined)[] }[];
  /** What the chart's marks mean (provisional stars, margin band, breaks), printed under an exported image. */
  notes?: string[];
}

/** The grid behind `<miv-indicator>`: one row per period, one column per area. */
export function indicatorGrid(model: IndicatorModel, strings: Strings): DataGrid {
  const { indicator, periods } = model;
  const range = periods.length ? `${formatPeriod(periods[0]!, strings)}–${formatPeriod(periods.at(-1)!, strings)}` : '';
  const byPeriod = model.series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  return {
    title: indicator.title,
    subtitle: [model.shownArea.name, indicator.unit, range].filter(Boolean).join(' · '),
    caption: strings.table.caption(indicator.title, `${model.shownArea.name}, ${indicator.unit}`),
    indicator,
    meta: model.feed.meta,
    fileName: `${indicator.id}-${model.area.id}`,
    rowLabel: strings.table.period,
    columnLabel: strings.table.area,
    columns: model.series.map((s) => seriesName(s, strings)),
    rows: periods.map((period) => ({
      header: formatPeriod(period, strings),
      points: byPeriod.map((points) => points.get(period)),
    })),
    notes: chartNotes(model, strings),
  };
}

/** A cell as the table shows it: `3,0*`, `.`, or `18,7 (± 2,0)` for a survey value with its margin. */
export function formatCell(point: Point | undefined, indicator: Indicator, strings: Strings): string {
  if (!point) return strings.statusSymbol['no-data'];
  const value = formatPointValue(point, indicator, strings);
  return point.value !== null && point.margin !== null
    ? `${value} (± ${formatNumber(point.margin, indicator.decimals, strings)})`
    : value;
}

/** The statuses other than definitive that occur in a grid, in the order the legend lists them. */
export function statusesIn(grid: DataGrid): ValueStatus[] {
  const seen = new Set<ValueStatus>();
  for (const row of grid.rows) for (const p of row.points) seen.add(p?.status ?? 'no-data');
  return (['provisional', 'suppressed', 'not-applicable', 'no-data'] as const).filter((s) => seen.has(s));
}

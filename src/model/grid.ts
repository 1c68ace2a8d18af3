/**
 * The numbers a chart element shows, as one grid of points (rows × columns) with the metadata every
 * copy of them must carry. The visible table, the CSV download and the image download's captions are
 * all made from this grid, so they cannot disagree with each other or with the chart.
 */
import type { FeedMeta, Indicator, SpecialPeriod, ValueStatus } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import { breakAmong, inSpecialPeriod, type MarkedBreak } from './breaks.js';
import { formatPeriod, formatPoint, statusKey } from './format.js';
import type { IndicatorModel } from './indicator.js';
import { indicatorSource, type Point, type SourceLine } from './series.js';
import { chartNotes, fallbackSentence, noIndexSides, seriesName, specialPeriodNote } from './summary.js';

export interface DataGrid {
  /** The indicator title: first line of the CSV and of the image. */
  title: string;
  /** Area, unit and period range: second line of the image. */
  subtitle: string;
  /** The table's caption. */
  caption: string;
  indicator: Indicator;
  /** Named in the CSV and under the image as everywhere else (`indicatorSource`). */
  source: SourceLine;
  meta: FeedMeta;
  /** File name without extension, e.g. `woninginbraak-GM0758`. */
  fileName: string;
  /** What a row is (`Periode`) and what a column is (`Gebied`). */
  rowLabel: string;
  columnLabel: string;
  columns: string[];
  rows: GridRow[];
  /**
   * The header of a last column that compares each row's points (`Verandering sinds 2023`); its cells
   * are the rows' `change`. Shown in the table; the CSV holds the points it is computed from.
   */
  changeLabel?: string;
  /** What the chart's marks mean (provisional stars, margin band, breaks), printed under an exported image. */
  notes?: string[];
  /**
   * For a stand-in's figures, the sentence that says the asked area has none and names the level
   * shown instead (`fallbackSentence`): it concerns every figure, so the CSV says it in its head and
   * the image as its first note, as the page says it above the headline.
   */
  fallback?: string;
}

export interface GridRow {
  header: string;
  points: (Point | undefined)[];
  /** The row's cell in the change column, when the grid has one. */
  change?: string;
  /** The row the chart emphasises; the table says so after its name. */
  highlighted?: boolean;
  /**
   * Per point, what a copy of the value on its own must say beside the feed's note on it: the series
   * break it is the first value after, the special period it lies in (the CSV's note column).
   */
  pointNotes?: string[][];
}

/** The table of a grid: every cell as printed, and the statuses that occur, for its legend. */
export interface TableData {
  caption: string;
  rowHeader: string;
  /** Column headers after the first (row header) column. */
  columns: string[];
  rows: TableRow[];
  statuses: ValueStatus[];
  /** The legend under the table, one entry per status that occurs: `* voorlopig`, `x geheim`. */
  legend: string[];
  /**
   * The feed's notes on the values (`Afgeschermd om een ander geheim cijfer te beschermen.`), each
   * text once, in the order the table first refers to them: footnote `n` is `footnotes[n - 1]`.
   */
  footnotes: string[];
}

export interface TableRow {
  header: string;
  cells: string[];
  /** Per cell, the number of its footnote; only on a row with one. */
  footnotes?: (number | undefined)[];
}

/** The grid behind `<miv-indicator>`: one row per period, one column per area. */
export function indicatorGrid(model: IndicatorModel, strings: Strings): DataGrid {
  const { indicator, periods } = model;
  const range = periods.length ? `${formatPeriod(periods[0]!, strings)}–${formatPeriod(periods.at(-1)!, strings)}` : '';
  const byPeriod = model.series.map((s) => new Map(s.points.map((p) => [p.period, p])));
  const base = formatPeriod(model.base ?? '', strings);
  const notesByPeriod = model.series.map((s) => {
    const notes = valueNotes(model.breaks, model.specialPeriods, s.area.id, s.points, strings);
    // A figure without an index keeps its row in the CSV, saying why it has no number there.
    for (const [period, side] of noIndexSides(model, s))
      notes.set(period, [strings.fair.noIndexNote(side, base), ...(notes.get(period) ?? [])]);
    return notes;
  });
  const fallback = fallbackSentence(model, strings);
  return {
    title: indicator.title,
    subtitle: [model.shownArea.name, indicator.unit, range].filter(Boolean).join(' · '),
    caption: strings.table.caption(indicator.title, `${model.shownArea.name}, ${indicator.unit}`),
    indicator,
    source: indicatorSource(model.feed, model.indicator),
    meta: model.feed.meta,
    fileName: `${indicator.id}-${model.area.id}`,
    rowLabel: strings.table.period,
    columnLabel: strings.table.area,
    columns: model.series.map((s) => seriesName(s, strings)),
    rows: periods.map((period) => ({
      header: formatPeriod(period, strings),
      points: byPeriod.map((points) => points.get(period)),
      pointNotes: notesByPeriod.map((notes) => notes.get(period) ?? []),
    })),
    notes: chartNotes(model, strings),
    ...(fallback ? { fallback } : {}),
  };
}

/**
 * What a copy of each of an area's values must say beside the feed's note on it, by period, in the
 * words of the chart's notes: a break on the first figure of `points` (oldest first) after it, when a
 * figure lies before it too, and a special period on every value within it. A value without a figure
 * (`x`, `.`) states nothing whose comparability a break could concern. Every grid takes its CSV notes
 * from here (the indicator's series, a comparison's two periods), so no CSV drops what another one says.
 */
export function valueNotes(
  breaks: readonly MarkedBreak[],
  specialPeriods: readonly SpecialPeriod[],
  areaId: string,
  points: readonly Pick<Point, 'period' | 'value'>[],
  strings: Strings,
): Map<string, string[]> {
  const notes = new Map<string, string[]>();
  const add = (period: string, note: string) => notes.set(period, [...(notes.get(period) ?? []), note]);
  const figures = points.filter((p) => p.value !== null).map((p) => p.period);
  for (const b of breaks) {
    const first = b.areas && !b.areas.includes(areaId) ? undefined : breakAmong(b, figures);
    if (first) add(first.period, strings.notes.seriesBreak(formatPeriod(b.dated ?? b.period, strings), b.reason));
  }
  for (const special of specialPeriods) {
    const note = specialPeriodNote(special, strings);
    for (const { period } of points) if (inSpecialPeriod(special, period)) add(period, note);
  }
  return notes;
}

/** The table of a grid: `3,0*`, `.`, `18,7 ± 2,0` as cells, the change column last. */
export function gridTable(grid: DataGrid, strings: Strings): TableData {
  const withChange = grid.changeLabel !== undefined;
  const statuses = statusesIn(grid);
  // The CSV prints a value's note beside it; the table refers to it by number, so that a reader
  // of an `x` sees why it is secret (a secondary suppression) where it is.
  const footnotes: string[] = [];
  const footnote = (note: string | undefined) => {
    if (!note) return undefined;
    if (!footnotes.includes(note)) footnotes.push(note);
    return footnotes.indexOf(note) + 1;
  };
  return {
    caption: grid.caption,
    rowHeader: grid.rowLabel,
    columns: [...grid.columns, ...(withChange ? [grid.changeLabel!] : [])],
    rows: grid.rows.map((r) => {
      const numbers = r.points.map((p) => footnote(p?.note));
      return {
        header: r.highlighted ? `${r.header} (${strings.compare.highlighted})` : r.header,
        cells: [
          ...r.points.map((p) => formatPoint(p, grid.indicator, strings)),
          ...(withChange ? [r.change ?? strings.statusSymbol['no-data']] : []),
        ],
        ...(numbers.some(Boolean) ? { footnotes: numbers } : {}),
      };
    }),
    statuses,
    legend: statuses.map((s) => statusKey(s, strings)),
    footnotes,
  };
}

/** The order of CBS's "verklaring van tekens". */
const LEGEND_ORDER: readonly ValueStatus[] = [
  'no-data',
  'provisional',
  'revised-provisional',
  'suppressed',
  'nil',
  'not-applicable',
];

/** The statuses other than definitive that occur in a grid, in the order the legend lists them. */
export function statusesIn(grid: DataGrid): ValueStatus[] {
  return statusesOf(grid.rows.flatMap((row) => row.points));
}

/** The statuses other than definitive of these points (none is missing data), in the legend's order. */
export function statusesOf(points: Iterable<Point | undefined>): ValueStatus[] {
  const seen = new Set<ValueStatus>();
  for (const p of points) seen.add(p?.status ?? 'no-data');
  return LEGEND_ORDER.filter((s) => seen.has(s));
}

/**
 * The grid of a comparison between areas (`<miv-district-compare>`, `<miv-map>`), apart from
 * `grid.ts` so that a page of indicator charts does not load it.
 */
import type { Area, Indicator } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import { specialPeriodNotes, type CompareModel } from './compare.js';
import { formatChangeDelta, formatPeriod, statusKey } from './format.js';
import { statusesOf, valueNotes, type DataGrid, type GridRow } from './grid.js';
import { indicatorSource, type Point } from './series.js';
import type { Change } from './trend.js';

/**
 * The grid behind `<miv-district-compare>`: one row per area, then the references (unit, Nederland);
 * a column for the period and one for the period before, and the change between them; notes on a
 * special period either falls in. Each value carries the notes the CSV prints beside it (`valueNotes`):
 * the break its change spans, the special period it lies in.
 */
export function compareGrid(model: CompareModel, strings: Strings): DataGrid {
  const { indicator, period, previousPeriod } = model;
  const areas = strings.compare.areasOf(model.level, model.parent.name);
  // The periods a row shows, oldest first: a break between them is named on the chosen period's value.
  const shown = previousPeriod ? [previousPeriod, period] : [period];
  const row = (area: Area, point: Point, previous: Point | undefined, change: string, highlighted = false): GridRow => {
    const notes = valueNotes(indicator.breaks ?? [], model.specialPeriods, area.id, shown, strings);
    const columns = previousPeriod ? [period, previousPeriod] : [period];
    return {
      header: area.name,
      points: previousPeriod ? [point, previous] : [point],
      ...(previousPeriod ? { change } : {}),
      highlighted,
      pointNotes: columns.map((p) => notes.get(p) ?? []),
    };
  };
  return {
    title: indicator.title,
    subtitle: [areas, indicator.unit, formatPeriod(period, strings)].join(' · '),
    caption: strings.table.caption(indicator.title, `${areas}, ${indicator.unit}`),
    indicator,
    source: indicatorSource(model.feed, model.indicator),
    meta: model.feed.meta,
    fileName: `${indicator.id}-${model.parent.id}-${model.level}-${period}`,
    rowLabel: strings.compare.area,
    columnLabel: strings.compare.period,
    columns: [period, ...(previousPeriod ? [previousPeriod] : [])].map((p) => formatPeriod(p, strings)),
    rows: [
      ...model.rows.map((r) => row(r.area, r.point, r.previous, changeCell(r, indicator, strings), r.highlighted)),
      ...model.references.map((r) => row(r.area, r.point, r.previous, changeCell(r, indicator, strings))),
    ],
    ...(previousPeriod ? { changeLabel: strings.compare.changeSince(formatPeriod(previousPeriod, strings)) } : {}),
    notes: [...specialPeriodNotes(model, strings), ...shownSymbols(model, strings)],
  };
}

/**
 * What the symbols beside the chosen period's figures mean (`* voorlopig`, `x geheim`), on one line:
 * an exported image shows them without the table's legend.
 */
function shownSymbols(model: CompareModel, strings: Strings): string[] {
  const statuses = statusesOf([...model.rows, ...model.references].map((r) => r.point));
  return statuses.length ? [statuses.map((s) => statusKey(s, strings)).join(' · ')] : [];
}

/**
 * A change as the table prints it: `-0,2`, for a survey value `+1,3 (niet significant)` within the
 * margins and `+1,3 (niet getoetst)` without a test, `–` between two nihil values, `Trendbreuk` where
 * a break lies between the two periods, `.` where either has no number.
 */
function changeCell(
  { change, acrossBreak }: { change: Change | null; acrossBreak: boolean },
  indicator: Indicator,
  strings: Strings,
): string {
  if (acrossBreak) return strings.seriesBreak;
  if (!change) return strings.statusSymbol['no-data'];
  const delta = formatChangeDelta(change, indicator, strings);
  if (indicator.kind !== 'survey' || change.significance === 'significant') return delta;
  return `${delta} (${change.significance === 'not-tested' ? strings.compare.notTested : strings.compare.notSignificant})`;
}

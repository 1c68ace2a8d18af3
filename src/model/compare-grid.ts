/**
 * The grid of a comparison between areas (`<miv-district-compare>`, `<miv-map>`), apart from
 * `grid.ts` so that a page of indicator charts does not load it.
 */
import type { Indicator } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import { breakBetween } from './breaks.js';
import { specialPeriodNote } from './summary.js';
import {
  comparedAreasName,
  partialGroupNote,
  rangeCaveats,
  specialPeriodNotes,
  type CompareModel,
  type CompareRow,
} from './compare.js';
import { formatChangeDelta, formatPeriod, listOf, statusKey } from './format.js';
import { statusesOf, valueNotes, type DataGrid, type GridRow } from './grid.js';
import { indicatorSource } from './series.js';

/**
 * The grid behind `<miv-district-compare>`: one row per area, then the references (unit, Nederland);
 * a column for the period and one for the period before, and the change between them; notes on which
 * members a partial group's rows are, what the range of the figures does not say (`rangeCaveats`), the
 * breaks the changes span, a special period either period falls in, the symbols and the feed's notes
 * on the figures (an exported image shows them without the table). Each value carries the notes the
 * CSV prints beside it (`valueNotes`): the break its change spans (between two figures), the special
 * period it lies in.
 */
export function compareGrid(model: CompareModel, strings: Strings, { symbols = true }: GridOptions = {}): DataGrid {
  const { indicator, period, previousPeriod } = model;
  const areas = comparedAreasName(model, strings);
  const partial = partialGroupNote(model, strings);
  const row = (compared: Compared, highlighted = false): GridRow => {
    const notes = valueNotesOf(model, compared, strings);
    const columns = previousPeriod ? [period, previousPeriod] : [period];
    return {
      header: compared.area.name,
      points: previousPeriod ? [compared.point, compared.previous] : [compared.point],
      ...(previousPeriod ? { change: changeCell(compared, indicator, strings) } : {}),
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
    rows: [...model.rows.map((r) => row(r, r.highlighted)), ...model.references.map((r) => row(r))],
    ...(previousPeriod ? { changeLabel: strings.compare.changeSince(formatPeriod(previousPeriod, strings)) } : {}),
    notes: [
      ...(partial ? [partial] : []),
      ...rangeCaveats(model, strings),
      ...breakNotes(model, strings),
      ...specialPeriodNotes(model, strings),
      ...(symbols ? shownSymbols(model, strings) : []),
      ...noteLines(model, strings),
    ],
  };
}

/** A compared area or a reference, as the table shows it: its two figures and the change between them. */
type Compared = Pick<CompareRow, 'area' | 'point' | 'previous' | 'change' | 'acrossBreak'>;

/**
 * The notes the table and the CSV print beside an area's figures (`valueNotes`), by period: the break
 * its change spans, on the chosen period's figure, and the special period either figure lies in.
 */
function valueNotesOf(model: CompareModel, { area, point, previous }: Compared, strings: Strings) {
  const { previousPeriod } = model;
  // The values a row shows, oldest first: a break between them is named on the chosen period's value.
  const shown = [...(previousPeriod ? [{ period: previousPeriod, value: previous?.value ?? null }] : []), point];
  return valueNotes(model.indicator.breaks ?? [], model.specialPeriods, area.id, shown, strings);
}

/**
 * The change since the period before in the table's words (`Verschil met 2023: +1,5 (niet
 * significant)`, `Verschil met 2020: Trendbreuk`); none where either figure is missing.
 */
function changeSentence(model: CompareModel, compared: Compared, strings: Strings): string | undefined {
  const { previousPeriod } = model;
  if (!previousPeriod || !(compared.change || compared.acrossBreak)) return undefined;
  return `${strings.compare.changeSince(formatPeriod(previousPeriod, strings))}: ${changeCell(compared, model.indicator, strings)}`;
}

/**
 * What the chart's tooltip says of an area after its figure, as the table says it: its change
 * (`changeSentence`), the unit, and the notes the table prints beside its figures: the break the
 * change spans and the special period either figure lies in, with their reasons.
 */
export function tooltipAfterFigure(model: CompareModel, compared: Compared, strings: Strings): string[] {
  const change = changeSentence(model, compared, strings);
  const notes = new Set([...valueNotesOf(model, compared, strings).values()].flat());
  return [...(change ? [change] : []), model.indicator.unit, ...notes];
}

/**
 * A step of the chart's keyboard walk: `said` of an area's figure, then its change
 * (`changeSentence`) and the special periods by name alone, as the line chart's walk says them: the
 * change already says `Trendbreuk`, and the reasons are the tooltip's.
 */
export function walkStep(model: CompareModel, compared: Compared, said: string, strings: Strings): string {
  const change = changeSentence(model, compared, strings);
  const periods = model.specialPeriods.map((special) => specialPeriodNote(special, strings, { reason: false }));
  return [said, ...(change ? [change] : []), ...periods].join('. ');
}

interface GridOptions {
  /** Whether what the grid goes with writes the CBS symbols of its figures (a map's colours do not). */
  symbols?: boolean;
}

/**
 * The series breaks between the two periods, where the table says `Trendbreuk` instead of a change,
 * in the words of the line chart's notes: `Trendbreuk 2025: Nieuwe vragenlijst`. A break of some
 * areas only names those of them shown with a figure on both sides (`acrossBreak`).
 */
export function breakNotes(model: CompareModel, strings: Strings): string[] {
  const { indicator, period, previousPeriod } = model;
  if (previousPeriod === undefined) return [];
  const areas = [...model.rows, ...model.references].filter((r) => r.acrossBreak).map((r) => r.area);
  return (indicator.breaks ?? []).flatMap((b) => {
    // This break alone, by the rule that decides the table's `Trendbreuk`.
    const cut = areas
      .filter((a) => breakBetween({ ...indicator, breaks: [b] }, a.id, previousPeriod, period))
      .map((a) => a.name);
    if (cut.length === 0) return [];
    const names = b.areas ? listOf(cut, strings) : undefined;
    return [strings.notes.seriesBreak(formatPeriod(b.period, strings), b.reason, names)];
  });
}

/**
 * The feed's notes on the chosen period's figures (`Afgeschermd om een ander geheim cijfer te
 * beschermen.`), each after its area and period, as the line chart's notes say them.
 */
function noteLines(model: CompareModel, strings: Strings): string[] {
  return [...model.rows, ...model.references].flatMap(({ area, point }) =>
    point.note ? [strings.notes.point(area.name, formatPeriod(point.period, strings), point.note)] : [],
  );
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
 * A change as the table prints it: `-0,2`; for a survey value what its test found, `-4,1
 * (significant)`, `+1,3 (niet significant)` within the margins and `+1,3 (niet getoetst)` without a
 * test; `–` between two nihil values, `Trendbreuk` where a break lies between the two figures, `.`
 * where either period has no number (a break beside it included).
 */
function changeCell(
  { change, acrossBreak }: Pick<Compared, 'change' | 'acrossBreak'>,
  indicator: Indicator,
  strings: Strings,
): string {
  if (acrossBreak) return strings.seriesBreak;
  if (!change) return strings.statusSymbol['no-data'];
  const delta = formatChangeDelta(change, indicator, strings);
  if (indicator.kind !== 'survey') return delta;
  const { significant, notSignificant, notTested } = strings.compare;
  const found = { significant, 'not-significant': notSignificant, 'not-tested': notTested }[change.significance];
  return `${delta} (${found})`;
}

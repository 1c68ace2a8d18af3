/**
 * The CSV download of a grid, written for the spreadsheet a reader opens it in.
 *
 * Dutch Excel reads a decimal comma and splits columns on `;` (the list separator of the Dutch
 * Windows locale), so a Dutch file uses both; an English file uses `,` and a decimal point. The file
 * starts with a UTF-8 byte order mark, because Excel otherwise reads UTF-8 as Windows-1252 and
 * mangles "–" and "é". A short block with title, unit, source, definition and feed date comes
 * first (as in CBS StatLine's CSV), then one line per value in "long" form — row, column, value,
 * status, margin, note — so that every value keeps its status in words and the file pivots cleanly.
 * The note column also carries what the chart's notes say of a value (the series break it is the
 * first value after, the special period it lies in): a line of a long file stands on its own once
 * filtered or pivoted, and notes in the head block or after the table would move the header row or
 * be read as values by the tools that read the table. What concerns every figure alike is said once,
 * in a line of its own in the head block: the sample mark, and under the title, for a stand-in, that
 * the asked area has no figures and whose are shown instead (`DataGrid.fallback`), as the page says it.
 * Numbers carry no thousands separator, so that every spreadsheet reads them as numbers.
 */
import type { Strings } from '../i18n/strings.js';
import { decimalsOf, formatDate, intl, marginDecimals } from './format.js';
import type { DataGrid } from './grid.js';

const BOM = '\uFEFF';
const LINE_END = '\r\n';
/** Between the notes on one value: it needs no sentence end of the feed's texts, and a tool can split on it. */
const NOTE_SEPARATOR = ' | ';
/** Text that a spreadsheet would run as a formula (CSV injection); feed text is data, never code. */
const FORMULA_START = /^[=+\-@\t\r]/;

/** The CSV text of a grid, in the language of `strings`. */
export function gridToCsv(grid: DataGrid, strings: Strings): string {
  const decimalComma = intl(Intl.NumberFormat, strings.locale).format(1.5).includes(',');
  const separator = decimalComma ? ';' : ',';
  const number = (value: number, decimals: number) =>
    intl(Intl.NumberFormat, strings.locale, {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      useGrouping: false,
    })
      .format(value)
      // Intl may write U+2212 for minus; spreadsheets only read the ASCII hyphen as a sign.
      .replace('\u2212', '-');
  const text = (value: string) => {
    const safe = FORMULA_START.test(value) ? `'${value}` : value;
    return /[";,\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
  };
  const line = (cells: string[]) => cells.join(separator);

  const { indicator, meta, source } = grid;
  const lines: string[] = [
    line([text(grid.title)]),
    ...(grid.fallback ? [line([text(grid.fallback)])] : []),
    line([text(strings.unit), text(indicator.unit)]),
    line([text(strings.source), text(source.name), ...(source.url ? [text(source.url)] : [])]),
    line([text(strings.definition), text(indicator.definition)]),
    line([text(strings.updated), text(formatDate(meta.updated, strings))]),
    line([text(strings.publisher), text(meta.publisher), text(meta.licence)]),
    ...(meta.sample ? [line([text(strings.sample)])] : []),
    '',
    line(
      [
        grid.rowLabel,
        grid.columnLabel,
        strings.csv.value,
        strings.csv.status,
        strings.csv.margin,
        strings.csv.note,
      ].map(text),
    ),
  ];
  for (const row of grid.rows) {
    grid.columns.forEach((column, i) => {
      const point = row.points[i];
      if (!point) return;
      lines.push(
        line([
          text(row.header),
          text(column),
          point.value === null ? '' : number(point.value, decimalsOf(indicator, point)),
          text(strings.status[point.status]),
          point.margin === null || point.value === null
            ? ''
            : number(point.margin, marginDecimals(point.margin, indicator)),
          text([point.note ?? '', ...(row.pointNotes?.[i] ?? [])].filter(Boolean).join(NOTE_SEPARATOR)),
        ]),
      );
    });
  }
  return BOM + lines.join(LINE_END) + LINE_END;
}

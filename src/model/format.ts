/** Numbers, periods and dates as Dutch (or English) readers expect them, through `Intl`. */
import { periodParts } from '../feed/periods.js';
import { MAX_DECIMALS, roundAsPrinted } from '../feed/rounding.js';
import { isProvisional, PROVISIONAL_STATUSES, type Indicator, type ValueStatus } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import type { Point } from './series.js';

const formatters = new Map<string, unknown>();

/**
 * An `Intl` formatter made once per kind, locale and options: making one costs far more than using
 * it, and a page of sixty widgets asks for the same few thousands of times. `optionsKey` names the
 * options where a caller asks so often that writing them out as JSON each time would show.
 */
export function intl<Formatter, Options>(
  Kind: { new (locale: string, options?: Options): Formatter; name: string },
  locale: string,
  options?: Options,
  optionsKey = JSON.stringify(options),
): Formatter {
  const key = `${Kind.name}|${locale}|${optionsKey}`;
  let formatter = formatters.get(key) as Formatter | undefined;
  if (!formatter) {
    formatter = new Kind(locale, options);
    formatters.set(key, formatter);
  }
  return formatter;
}

function numberFormat(locale: string, decimals: number, { signed = false, grouping = true } = {}): Intl.NumberFormat {
  const signDisplay = signed ? 'exceptZero' : 'auto';
  return intl(
    Intl.NumberFormat,
    locale,
    {
      minimumFractionDigits: decimals,
      maximumFractionDigits: decimals,
      signDisplay,
      // The locale's own grouping unless asked for none: `true` would be "always", not the locale's.
      ...(grouping ? {} : { useGrouping: false }),
    },
    `${decimals} ${signDisplay} ${grouping}`,
  );
}

/**
 * Makes a number format of `locale` ahead of need: a page's first `Intl.NumberFormat` loads the
 * locale's data (about 20 ms in Chromium here), and done while the feed loads that time is not spent
 * in the first widget's build.
 */
export function prepareNumbers(locale: string): void {
  numberFormat(locale, 0);
}

/** A number with the indicator's decimals: `45,3`, `1.234`. */
export function formatNumber(value: number, decimals: number, strings: Strings): string {
  return numberFormat(strings.locale, decimals).format(value);
}

/** A difference with its sign: `+1,2`, `-0,4`. */
export function formatDelta(value: number, decimals: number, strings: Strings): string {
  return numberFormat(strings.locale, decimals, { signed: true }).format(value);
}

/**
 * A value of the indicator as its figures print it, as a number again: with one decimal 12.04 is
 * 12 and 12.06 is 12.1. Changes, ties and classes are judged on these, so that no sentence, table
 * cell or legend contradicts the figures beside it. It is `formatNumber`'s own rounding, read back:
 * `Intl` rounds a number's shortest decimal form (1.45 gives 1,5), where `toFixed` rounds its binary
 * value (1,4) and `Math.round` rounds the halves of negative numbers up (-2,5 gives -2).
 */
export function asPrinted(value: number, indicator: Indicator): number {
  return roundAsPrinted(value, indicator.decimals);
}

/**
 * A change as a table or tooltip prints it: `+1,2`, `-0,4`; between two nihil values `–`, itself a
 * true zero, where `0,0` would read as rounded; and between two other exact zeros (a nihil and a rate
 * of a count of 0, `isExactZero`) `0`, for the same reason.
 */
export function formatChangeDelta(
  change: { from: Point; to: Point; delta: number },
  indicator: Indicator,
  strings: Strings,
): string {
  if (change.from.status === 'nil' && change.to.status === 'nil') return strings.statusSymbol.nil;
  const exact = isExactZero(change.from) && isExactZero(change.to);
  return formatDelta(change.delta, exact ? 0 : indicator.decimals, strings);
}

/**
 * What decides how a value is written: its number, its status, and the count it was computed from
 * (`Point.count`: a rate's, or an index's of a count), if any. A `Point` is one.
 */
export interface WrittenValue {
  value: number | null;
  status?: ValueStatus;
  count?: number;
}

/** A value with a number, as a sentence writes it: a `ValuedPoint`, say. */
export type NumberedValue = WrittenValue & { value: number };

/**
 * Whether a value is an exact zero: a nihil, or a 0 computed from a count of 0 (a rate per inwoner, or
 * an index of a count: `ratePoint`, `indexPoints`; or a rate delivered with its count). Zero cases
 * are zero per any number of inhabitants, not a rate too small to show. A 0 with no count behind it
 * (a rate or percentage as delivered, or a rate of 1 case among 180.000 inhabitants, which rounds to
 * 0) may be rounded, and is not one.
 */
export function isExactZero(point: WrittenValue): boolean {
  return point.status === 'nil' || (point.value === 0 && point.count === 0);
}

/**
 * The decimals a value is written with wherever a number stands for it (a table, a sentence, the
 * CSV): the indicator's, and none for an exact zero (`isExactZero`). CBS writes `0` or `0,0` for a
 * value "kleiner dan de helft van de eenheid", so an exact zero written `0,0` would read as a rounded
 * one: a count of 0 per 1.000 inwoners is `0` (`0*` when voorlopig), as the count itself, and a
 * nihil `0` where the table's symbol `–` does not read (a sentence, a spreadsheet). The one rule every
 * place that prints a value follows, so that no table cell, sentence or CSV line differs from another.
 */
export function decimalsOf(indicator: Indicator, point: WrittenValue): number {
  return isExactZero(point) ? 0 : indicator.decimals;
}

/**
 * A point's value with its status symbol, as CBS prints it: `45,3`, `44,1*`, `44,0**`, `x` (geheim),
 * `.` (gegevens ontbreken), `–` (nihil, a true zero), and nothing where no figure can exist. A rate
 * or index of a count of 0 is `0`, `0*` (`decimalsOf`).
 */
export function formatPointValue(point: Point, indicator: Indicator, strings: Strings): string {
  const symbol = strings.statusSymbol[point.status];
  return point.value === null || point.status === 'nil'
    ? symbol
    : formatNumber(point.value, decimalsOf(indicator, point), strings) + symbol;
}

/** The status of a value that may still change, in words (`nader voorlopig`); empty for any other. */
export function provisionalWord(status: ValueStatus, strings: Strings): string {
  return isProvisional(status) ? strings.status[status] : '';
}

/**
 * `De cijfers voor 2025 met een * zijn voorlopig.`: the symbol of each status that may still change
 * and that any of `points` has, explained; the closing sentences of a comparison's, a map's and a chart's summary.
 */
export function provisionalSentences(points: readonly Point[], period: string, strings: Strings): string[] {
  return PROVISIONAL_STATUSES.filter((status) => points.some((p) => p.status === status)).map((status) =>
    strings.compare.summary.provisional(period, strings.statusSymbol[status], strings.status[status]),
  );
}

/** Items as a sentence list in the reader's language: `A, B en C`. */
export function listOf(items: readonly string[], strings: Strings): string {
  return intl(Intl.ListFormat, strings.locale, { type: 'conjunction' }).format(items);
}

/** A status as a legend entry: `* voorlopig`, `x geheim`, `– nihil`, `(leeg) niet van toepassing`. */
export function statusKey(status: ValueStatus, strings: Strings): string {
  return `${strings.statusSymbol[status] || strings.blankSymbol} ${strings.status[status]}`;
}

/**
 * A point in words, in the parts every place that shows one needs: the chart's tooltip and keyboard
 * sentences, the tables and the image captions all take their text from here, so they cannot differ.
 * No point at all reads as missing data.
 */
export interface PointText {
  /** The value with its status symbol: `18,7`, `44,1*`, `x`. */
  value: string;
  /** The survey margin in words (`formatMargin`), `± 2,0 procentpunt`; empty without a number or a margin. */
  margin: string;
  /** The status in words, `voorlopig`; empty for a definitive value. */
  status: string;
  /** The feed's note on this value; empty without one. */
  note: string;
}

/** `unit: false` leaves the margin's unit out, for a table's cell (`formatPoint`). */
export function pointText(
  point: Point | undefined,
  indicator: Indicator,
  strings: Strings,
  { unit = true } = {},
): PointText {
  if (!point)
    return { value: strings.statusSymbol['no-data'], margin: '', status: strings.status['no-data'], note: '' };
  return {
    value: formatPointValue(point, indicator, strings),
    margin:
      point.value !== null && point.margin !== null ? formatMargin(point.margin, indicator, strings, { unit }) : '',
    status: point.status === 'definitive' ? '' : strings.status[point.status],
    note: point.note ?? '',
  };
}

/**
 * `18,7 ± 2,0`, or with `withStatus` `44,1* ± 2,0 (voorlopig)`: a point on one line, as a table's cell.
 * Tables leave the status words out, since their legend explains the symbols, and the margin's unit,
 * since their caption gives it and the value and change beside it are bare numbers too.
 */
export function formatPoint(
  point: Point | undefined,
  indicator: Indicator,
  strings: Strings,
  { withStatus = false } = {},
): string {
  const { value, margin, status } = pointText(point, indicator, strings, { unit: false });
  return [value, margin, withStatus && status ? `(${status})` : ''].filter(Boolean).join(' ');
}

/**
 * A difference between two values of the indicator (unsigned), or a margin around one, with the unit
 * it is in where that is not the values' own: a percentage's in procentpunten (`1,6 procentpunt`), an
 * index's in indexpunten (`8,9 indexpunten`). Any other is in the values' own unit, the points of a
 * score's scale included, and stands as a bare number (`0,4`). A margin brings its own `decimals`.
 */
export function formatDifference(
  value: number,
  indicator: Indicator,
  strings: Strings,
  decimals = indicator.decimals,
): string {
  const number = formatNumber(value, decimals, strings);
  const unit = indicator.unit.trim();
  const { percentagePoints } = strings.change;
  if (unit.startsWith('%'))
    return typeof percentagePoints === 'string' ? `${number} ${percentagePoints}` : percentagePoints(number);
  // An index (the reader's `index, 2019 = 100`, or a feed's own) moves by index points.
  if (/^index\b/i.test(unit)) return strings.indexPoints(number);
  return number;
}

/**
 * The decimals a survey margin is written with: as delivered (`17,1 ± 0,24`, `18,7 ± 2,0`), at least
 * the value's, and up to two more: significance is tested on the delivered margin (`compareValues`),
 * and a reader who checks a verdict against the table must find the margin it was tested with, which
 * `± 0,2` for 0,24 would not give. A finer margin is rounded at two decimals more than its value's
 * (0,0096 as `± 0,01`), and where that rounds it to 0, it gets as many more as its first significant
 * digit needs (`7,2 ± 0,0004`): `± 0,0` would say the estimate is exact; `< 0,05` would not read as a
 * number in a spreadsheet or a sentence. A margin no decimals can write is none, and never gets here
 * (`isWritableMargin`).
 */
export function marginDecimals(margin: number, indicator: Indicator): number {
  const finest = roundAsPrinted(margin, indicator.decimals + 2);
  let decimals = indicator.decimals;
  while (roundAsPrinted(margin, decimals) !== finest) decimals++;
  while (decimals < MAX_DECIMALS && roundAsPrinted(margin, decimals) === 0) decimals++;
  return decimals;
}

/**
 * A survey value's 95 % margin (its half-width) as every text beside a value writes it: `± 3,1
 * procentpunt` for a percentage, `± 0,1` for a rapportcijfer (points of its own scale), never `± 0,0`
 * (`marginDecimals`). One function, so that a card, a tooltip and a spoken point cannot word it
 * differently (`formatDifference`). A table's cell (`unit: false`) has the bare `± 3,1`, like the
 * value and the change beside it.
 */
export function formatMargin(margin: number, indicator: Indicator, strings: Strings, { unit = true } = {}): string {
  const decimals = marginDecimals(margin, indicator);
  return `± ${unit ? formatDifference(margin, indicator, strings, decimals) : formatNumber(margin, decimals, strings)}`;
}

/** The plural category of a number as printed: `1` is `one` in Dutch and English, `1,0` is not. */
function pluralOf(value: number, decimals: number, locale: string): Intl.LDMLPluralRule {
  return intl(Intl.PluralRules, locale, { minimumFractionDigits: decimals, maximumFractionDigits: decimals }).select(
    value,
  );
}

/** Whether a sentence's number carries its status symbol: `{ symbol: false }` where the words say the status. */
type SymbolOption = { symbol?: boolean };

/**
 * A number in running text with the symbol of a (nader) voorlopig status (`14,8*`), as the chart and
 * table beside the text write it; a sentence that states no status in words uses it. Without
 * `symbol`, for a sentence that says the status in words, the number stands alone. An exact zero (a
 * nihil, a rate of a count of 0) is `0` (`decimalsOf`).
 */
export function formatInText(
  point: NumberedValue,
  indicator: Indicator,
  strings: Strings,
  { symbol = true }: SymbolOption = {},
): string {
  const number = formatNumber(point.value, decimalsOf(indicator, point), strings);
  const { status } = point;
  return symbol && status && isProvisional(status) ? number + strings.statusSymbol[status] : number;
}

/**
 * A value after the first in a sentence, whose words already name the indicator: the number alone,
 * but a percentage keeps its sign (`69 %`, never `69`): `van 42 % naar 50 %`, `Nederland (15,9 %)`.
 */
export function formatNumberInText(
  point: NumberedValue,
  indicator: Indicator,
  strings: Strings,
  options: SymbolOption = {},
): string {
  const number = formatInText(point, indicator, strings, options);
  return indicator.unit.trim().startsWith('%') ? strings.percent(number) : number;
}

/**
 * A value as `formatWithUnit` takes it: a point (with its status and count), or, as before points
 * were taken (the public API keeps that form), a bare number with its status and the options after it.
 * A bare number has no count, so a 0 is written with the indicator's decimals: pass the point where it
 * may be a rate of a count of 0.
 */
function asWritten(
  value: number | NumberedValue,
  statusOrOptions: ValueStatus | SymbolOption | undefined,
  options: SymbolOption,
): [NumberedValue, SymbolOption] {
  if (typeof value !== 'number') return [value, (statusOrOptions as SymbolOption | undefined) ?? {}];
  const status = statusOrOptions as ValueStatus | undefined;
  return [status ? { value, status } : { value }, options];
}

/** Where a number goes in an indicator's words, with the percent sign that follows it, if any. */
const VALUE_PLACE = /\{value\}(?: ?%)?/;

/**
 * A value in the words a sentence needs: the indicator's own (`36 drugsafvaldumpingen`, `17,9 % van de
 * inwoners van 15 jaar en ouder`, `rapportcijfer 7,4`, and `1 drugsafvaldumping`), or without them the
 * number and the unit (`45,3 per 1.000 inwoners`, `12 %`; a bare number for a count). With a
 * (nader) voorlopig `status`, the number carries its symbol unless `symbol` is false (`formatInText`).
 * A percent sign after the number, the unit's or the words', is written as the reader's language
 * writes it, and never starts a line (`strings.percent`).
 */
export function formatWithUnit(
  point: NumberedValue,
  indicator: Indicator,
  strings: Strings,
  options?: SymbolOption,
): string;
/** A bare number, with its `status`: a 0 is written with the indicator's decimals (`asWritten`). */
export function formatWithUnit(
  value: number,
  indicator: Indicator,
  strings: Strings,
  status?: ValueStatus,
  options?: SymbolOption,
): string;
export function formatWithUnit(
  value: number | NumberedValue,
  indicator: Indicator,
  strings: Strings,
  statusOrOptions?: ValueStatus | SymbolOption,
  options: SymbolOption = {},
): string {
  const [point, symbol] = asWritten(value, statusOrOptions, options);
  return valueInWords(point, indicator, strings, symbol).join('');
}

/**
 * `formatWithUnit` in three parts, for a place that sets the number apart from its words (a card's
 * large figure): the words before the number, the number, and the words after it. `rapportcijfer 7,4`
 * is `rapportcijfer `, `7,4`, ``; `17,9* % van de inwoners` is ``, `17,9*`, `\u00a0% van de inwoners`.
 */
export function valueInWords(
  point: NumberedValue,
  indicator: Indicator,
  strings: Strings,
  options: SymbolOption = {},
): [before: string, number: string, after: string] {
  const number = formatInText(point, indicator, strings, options);
  const { inSentence, inSentenceOne } = indicator;
  const unit = unitBesideNumber(indicator);
  const words = inSentence
    ? inSentenceOne && pluralOf(point.value, decimalsOf(indicator, point), strings.locale) === 'one'
      ? inSentenceOne
      : inSentence
    : `{value}${unit ? ` ${unit}` : ''}`;
  const fill = (found: string) => (found.endsWith('%') ? strings.percent(number) : number);
  // The feed's words hold `{value}` at least once (the schema's rule); any later one is filled too.
  const place = VALUE_PLACE.exec(words)!;
  const filled = fill(place[0]);
  const at = filled.indexOf(number);
  const rest = words.slice(place.index + place[0].length).replace(new RegExp(VALUE_PLACE, 'g'), fill);
  return [words.slice(0, place.index) + filled.slice(0, at), number, filled.slice(at + number.length) + rest];
}

/** Whether the indicator's words come before its number in a sentence (`rapportcijfer 7,4`). */
export function wordsBeforeNumber(indicator: Indicator): boolean {
  return indicator.inSentence !== undefined && !indicator.inSentence.trimStart().startsWith('{value}');
}

/**
 * The unit to write beside a figure: the indicator's (`per 1.000 inwoners`, `%`), or none for a
 * count in a table's unit (`aantal`, `aantal meldingen`, `aantal; schade €`), whose name already says
 * what is counted: `36`, never the table's `36 aantal` or `2.477 aantal meldingen`.
 */
export function unitBesideNumber(indicator: Indicator): string {
  return /^(aantal|count)\b/i.test(indicator.unit.trim()) ? '' : indicator.unit;
}

/**
 * The indicator with its unit saying the period, when it is a rate over half-years or quarters and
 * its unit does not say so already: `per 1.000 inwoners, per halfjaar`. A rate per half-year is about
 * half a yearly one, and a reader must not take it for that. `strings` are those of the feed's
 * language, since the unit is the feed's text. The indicator itself comes back when nothing changes.
 * Its words for sentences (`inSentence`) stay as they are: every sentence names the half-year or
 * quarter it is about.
 */
export function withPeriodInUnit(indicator: Indicator, periods: readonly string[], strings: Strings): Indicator {
  if (indicator.kind !== 'rate' || periods.length === 0) return indicator;
  const kinds = new Set(periods.map((p) => periodParts(p).part?.kind));
  const [kind] = kinds;
  if (kinds.size !== 1 || kind === undefined) return indicator;
  const per = strings.unitPer[kind];
  // "per halfjaar" → "halfjaar": a unit that names the period in its own words keeps them.
  const noun = per.split(' ').at(-1)!;
  if (indicator.unit.toLowerCase().includes(noun)) return indicator;
  return { ...indicator, unit: `${indicator.unit}, ${per}` };
}

/**
 * `2024` → `2024`; `2024-H1` → `1e halfjaar 2024`; `2024-Q3` → `3e kwartaal 2024`. Inside a
 * sentence (`inText`) half-years and quarters get their article: `het 1e halfjaar van 2024`.
 */
export function formatPeriod(period: string, strings: Strings, inText = false): string {
  const { year, part } = periodParts(period);
  const words = inText ? strings.inText : strings;
  if (!part) return year;
  return part.kind === 'H' ? words.halfYear(part.number, year) : words.quarter(part.number, year);
}

/** An ISO date (`2026-06-01`) as `1 juni 2026`. */
export function formatDate(isoDate: string, strings: Strings): string {
  const date = new Date(`${isoDate}T12:00:00Z`);
  return intl(Intl.DateTimeFormat, strings.locale, {
    day: 'numeric',
    month: 'long',
    year: 'numeric',
    timeZone: 'UTC',
  }).format(date);
}

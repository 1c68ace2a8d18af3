/**
 * Builds a feed from the long tables data teams keep in spreadsheets: one row per indicator, per
 * area and per value. Used by `miv-feed build` and by the sample-feed generator, so both follow the
 * same rules. Node and browser neutral: reading and parsing the CSV files is the caller's job.
 *
 * District and unit values of counts, rates and percentages may be left out: they are then computed
 * from the rows one level down as Σcounts / Σdenominators, never as an average of rates. A merged
 * gemeente's history is recomputed from its predecessors' counts, and secondary suppression makes
 * sure no suppressed cell can be recovered from the published ones (`disclosure.ts`).
 */
import { MivError, type FeedIssue } from './errors.js';
import {
  AREA_LEVELS,
  carriesCount,
  carriesNumber,
  CHAIN_STEPS,
  FREQUENCIES,
  INDICATOR_KINDS,
  ID_PATTERN,
  PERIOD_PATTERN,
  POLARITIES,
  isProvisional,
  PROVISIONAL_STATUSES,
  SCHEMA_VERSION,
  SMALL_COUNT,
  VALUE_STATUSES,
  type Area,
  type AreaGroup,
  type AreaLevel,
  type Duiding,
  type Feed,
  type FeedMeta,
  type Indicator,
  type Opvallendheid,
  type Series,
  type Source,
  type Theme,
  type ValueStatus,
} from './schema.js';
import { parseFeed } from './validate.js';
import { isWritableMargin } from './rounding.js';
import { existsBetween, existsIn, periodBounds, periodYear } from './periods.js';
import { nearest, unknownReference } from './meant.js';
import {
  before,
  isAdditive,
  mergers,
  partsIn,
  summedGroups,
  SUMMED_LEVELS,
  sumRelations,
  type SumRelation,
} from './hierarchy.js';
import { andList, cellState, protect, type ProtectionRole } from './disclosure.js';
import { printedRatio } from './rounding.js';
import { levelProblem, periodProblem, valueProblem, type Problem } from './plausibility.js';
import { perIn, rateScale } from './rate-scale.js';

/**
 * One parsed CSV file: its name (for messages), each record with its row as a spreadsheet shows it
 * (the header is row 1), and whether its numbers are Dutch (`1.234,5`), as in the `;`-separated files
 * of Dutch spreadsheets. The records leave out nameless columns; `nameless` holds those that hold
 * something, by column number (from 1) and the first row with a value.
 */
export interface CsvTable {
  file: string;
  rows: { line: number; record: Record<string, string> }[];
  nameless?: { column: number; line: number }[];
  decimalComma?: boolean;
}

/** One value as a data team delivers it. `count` and `denominator` feed the district and unit sums. */
export interface ValueInput {
  indicator: string;
  area: string;
  period: string;
  value: number | null;
  status?: ValueStatus;
  margin?: number | null;
  note?: string;
  count?: number | null;
  denominator?: number | null;
  /** Where the value came from (`values.csv, regel 12`), for messages. */
  source?: string;
}

export interface FeedParts {
  meta: FeedMeta;
  themes: Theme[];
  areas: Area[];
  indicators: Indicator[];
  values: ValueInput[];
  duiding?: Duiding[];
  opvallendheden?: Opvallendheid[];
  /** Groups of comparable areas; those that are not `partial` get Σcounts / Σdenominators of their members. */
  areaGroups?: AreaGroup[];
  sources?: Source[];
  /**
   * The source's rule, where it hides small counts: a count from 1 to `secretBelow` − 1 is secret.
   * A reader who knows the rule bounds each such secret from above, so secondary suppression keeps
   * at least two values possible for each (two secrets adding up to 8 would each be 4).
   */
  secretBelow?: number;
}

/** A set of ids, or a map keyed by them. */
type KnownSet = Pick<ReadonlySet<string>, 'has' | 'keys'>;

/**
 * Ids the other tables may refer to, so a wrong reference is reported at its file, row and column
 * rather than as a path in the assembled feed. A set left out is not checked.
 */
export interface KnownIds {
  indicators?: ReadonlySet<string>;
  areas?: ReadonlyMap<string, AreaLevel>;
  sources?: ReadonlySet<string>;
  /** The themes of `meta.json`. */
  themes?: ReadonlySet<string>;
  /** The indicators of kind count: their values are whole numbers of 0 or more, read as a count is. */
  counts?: ReadonlySet<string>;
}

export interface BuildResult {
  feed: Feed;
  /**
   * What the feed is valid without but a publisher should know: sums that could not be made because
   * a part was missing, and rates or percentages whose gemeente figures come without their counts.
   */
  warnings: string[];
  /** Cells hidden in addition, so that no suppressed cell can be recovered from the published ones. */
  suppressed: SecondarySuppression[];
}

/** Status words accepted in `values.csv` besides the schema's own: CBS's symbols and their words. */
const STATUS_ALIASES: Record<string, ValueStatus> = {
  '*': 'provisional',
  '**': 'revised-provisional',
  x: 'suppressed',
  '.': 'no-data',
  '–': 'nil',
  '-': 'nil',
  definitief: 'definitive',
  voorlopig: 'provisional',
  'nader voorlopig': 'revised-provisional',
  geheim: 'suppressed',
  'gegevens ontbreken': 'no-data',
  nihil: 'nil',
};

/** The catalogue writes `nederland` for the national level; the feed calls it `land`. */
const LEVEL_ALIASES: Record<string, AreaLevel> = { nederland: 'land' };

/** Decimals when the indicators table leaves them out, following Dutch statistical practice. */
const DEFAULT_DECIMALS: Record<Indicator['kind'], number> = { count: 0, rate: 1, percentage: 1, score: 1, survey: 1 };

export class TableReader {
  /** The row each id was first read on. */
  private readonly ids = new Map<string, number>();

  constructor(
    readonly table: CsvTable,
    readonly issues: FeedIssue[],
  ) {}

  /**
   * The row's id: letters, digits, `-` and `_`, once per table. Named at its row, where the feed's
   * check would name it by a place in a feed that was never written (`areas[6].id`).
   */
  id(line: number, record: Record<string, string>): string | undefined {
    const id = this.text(line, record, 'id');
    if (id === undefined) return undefined;
    const first = this.ids.get(id);
    if (!ID_PATTERN.test(id))
      this.issues.push({
        path: this.at(line, 'id'),
        message: `"${id}" is geen id: alleen letters, cijfers, - en _ (zonder spaties)`,
      });
    else if (first !== undefined)
      this.issues.push({ path: this.at(line, 'id'), message: `"${id}" staat al op regel ${first}` });
    else this.ids.set(id, line);
    return id;
  }

  at(line: number, column: string): string {
    return `${this.table.file}, regel ${line}, kolom ${column}`;
  }

  /**
   * Refuses every column not in `known`: a misspelt `staus` would otherwise publish a secret cell
   * as a number, and a `marge` drop every margin without a word. Names the column meant when it is
   * near (`bedoelt u status?`). A column without a name is only refused when it holds something,
   * by its number and the first row where it does: it has no name to go by.
   */
  refuseUnknownColumns(known: readonly string[]): void {
    const columns = Object.keys(this.table.rows[0]?.record ?? {});
    for (const column of columns.filter((c) => !known.includes(c))) {
      const meant = nearest(column, known);
      this.issues.push({
        path: this.table.file,
        message: `onbekende kolom: ${column}; ${meant ? `bedoelt u ${meant}?` : `bekend zijn ${known.join(', ')}`}`,
      });
    }
    for (const { column, line } of this.table.nameless ?? [])
      this.issues.push({
        path: this.at(line, `${column} (${spreadsheetColumn(column)})`),
        message: 'deze kolom heeft geen naam in de kopregel maar bevat gegevens; geef haar een naam of haal haar weg',
      });
  }

  requireColumns(...columns: string[]): boolean {
    const first = this.table.rows[0]?.record;
    if (!first) {
      this.issues.push({ path: this.table.file, message: 'bevat geen rijen' });
      return false;
    }
    const missing = columns.filter((c) => !(c in first));
    if (missing.length > 0)
      this.issues.push({ path: this.table.file, message: `kolom ontbreekt: ${missing.join(', ')}` });
    return missing.length === 0;
  }

  text(line: number, record: Record<string, string>, column: string, required = true): string | undefined {
    const value = record[column]?.trim();
    if (value) return value;
    if (required) this.issues.push({ path: this.at(line, column), message: 'mag niet leeg zijn' });
    return undefined;
  }

  oneOf<T extends string>(
    line: number,
    record: Record<string, string>,
    column: string,
    allowed: readonly T[],
    aliases: Record<string, T> = {},
  ): T | undefined {
    const raw = this.text(line, record, column);
    if (raw === undefined) return undefined;
    const value = aliases[raw.toLowerCase()] ?? raw;
    if ((allowed as readonly string[]).includes(value)) return value as T;
    // Each value with the other words for it, so that a reader of CBS tables finds `x` or `geheim`.
    const words = allowed.map((a) => {
      const other = Object.keys(aliases).filter((k) => aliases[k] === a);
      return other.length > 0 ? `${a} (${other.join(', ')})` : a;
    });
    this.issues.push({
      path: this.at(line, column),
      message: `"${raw}" moet een van deze waarden zijn: ${words.join(', ')}`,
    });
    return undefined;
  }

  /**
   * A number as the file's locale writes it. In a `;` file (Dutch spreadsheets) the comma is the
   * decimal sign and a dot only groups thousands (`1.500`, `1.234,5`); any other dot (`1.5`) is
   * refused as ambiguous. In a `,` file the dot is the decimal sign (`1.5`), as programs and English
   * spreadsheets write it; a quoted Dutch number (`"1.234,5"`, `"4,5"`) is read too. Nothing else is
   * a number: not `0x1F`, `1.5e3` or `0,`, which JavaScript would read. Empty gives null.
   */
  number(line: number, record: Record<string, string>, column: string): number | null | undefined {
    const raw = record[column]?.trim();
    if (!raw) return null;
    const dutch = THOUSANDS.test(raw) && (this.table.decimalComma || raw.includes(','));
    if (this.table.decimalComma && !dutch && raw.includes('.')) {
      this.issues.push({
        path: this.at(line, column),
        message: DECIMAL.test(raw)
          ? `"${raw}" is dubbelzinnig: een punt scheidt hier duizendtallen; schrijf ${raw.replace('.', ',')}`
          : `"${raw}" is geen getal`,
      });
      return undefined;
    }
    const normalised = dutch
      ? raw.replaceAll('.', '').replace(',', '.')
      : raw.includes('.')
        ? raw
        : raw.replace(',', '.');
    if (PLAIN_NUMBER.test(normalised)) return Number(normalised);
    this.issues.push({ path: this.at(line, column), message: `"${raw}" is geen getal` });
    return undefined;
  }

  /**
   * A count: a whole number of 0 or more. In a `,` file `69.000` would read as 69, not 69.000
   * inhabitants, so a dot before three digits is refused there as ambiguous. So is `187,000` in any
   * file: in a count, a comma before three digits is an English thousands sign, not decimals. Empty
   * gives null.
   */
  count(line: number, record: Record<string, string>, column: string): number | null | undefined {
    const raw = record[column]?.trim() ?? '';
    const written =
      !this.table.decimalComma && !raw.includes(',') && THOUSANDS.test(raw)
        ? `${raw.replaceAll('.', '')} (zonder punt)`
        : ENGLISH_THOUSANDS.test(raw)
          ? `${raw.replaceAll(',', '')}${raw.split(',').length === 2 ? ` of ${raw.replace(/,.*/, '')}` : ''}`
          : undefined;
    if (written) {
      this.issues.push({ path: this.at(line, column), message: `"${raw}" is dubbelzinnig: schrijf ${written}` });
      return undefined;
    }
    const value = this.number(line, record, column);
    if (value === null || value === undefined || (Number.isInteger(value) && value >= 0)) return value;
    this.issues.push({ path: this.at(line, column), message: `"${raw}" moet een geheel getal van 0 of meer zijn` });
    return undefined;
  }

  /** Words for a sentence with `{value}` where the number goes; empty gives undefined, a bad one null. */
  phrase(line: number, record: Record<string, string>, column: string): string | null | undefined {
    const value = this.text(line, record, column, false);
    if (value === undefined || value.includes('{value}')) return value;
    this.issues.push({ path: this.at(line, column), message: `"${value}" mist {value}, de plaats van het getal` });
    return null;
  }

  list(record: Record<string, string>, column: string): string[] {
    return (record[column] ?? '').split(/[\s;]+/).filter(Boolean);
  }

  /**
   * A date as JJJJ-MM-DD, or as D-M-JJJJ the way Dutch spreadsheets export it. Empty gives
   * undefined (with an issue when required), a bad one null.
   */
  date(line: number, record: Record<string, string>, column: string, required = true): string | null | undefined {
    const raw = this.text(line, record, column, required);
    if (raw === undefined) return undefined;
    const dutch = /^(\d{1,2})-(\d{1,2})-(\d{4})$/.exec(raw);
    const iso = dutch ? `${dutch[3]}-${dutch[2]!.padStart(2, '0')}-${dutch[1]!.padStart(2, '0')}` : raw;
    const parsed = new Date(`${iso}T00:00:00Z`);
    if (/^\d{4}-\d{2}-\d{2}$/.test(iso) && !Number.isNaN(parsed.getTime()) && parsed.toISOString().startsWith(iso))
      return iso;
    this.issues.push({ path: this.at(line, column), message: `"${raw}" is geen datum (JJJJ-MM-DD of D-M-JJJJ)` });
    return null;
  }

  /** A period (2024, 2024-H1, 2024-Q3); empty gives undefined (with an issue when required), a bad one null. */
  period(line: number, record: Record<string, string>, column: string, required = true): string | null | undefined {
    const value = this.text(line, record, column, required);
    if (value === undefined || PERIOD_PATTERN.test(value)) return value;
    this.issues.push({ path: this.at(line, column), message: `"${value}" is geen periode (2024, 2024-H1 of 2024-Q1)` });
    return null;
  }

  /** Yes or no, in the words a spreadsheet user types. */
  yesNo(line: number, record: Record<string, string>, column: string): boolean | undefined {
    const raw = this.text(line, record, column);
    if (raw === undefined) return undefined;
    const value = YES_NO[raw.toLowerCase()];
    if (value === undefined) this.issues.push({ path: this.at(line, column), message: `"${raw}" moet ja of nee zijn` });
    return value;
  }

  /** Links as `titel|url`, several separated by `;`; each url must be a web link. */
  links(line: number, record: Record<string, string>, column: string): { title: string; url: string }[] | null {
    const links = (record[column] ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [title = '', url = ''] = part.split('|').map((p) => p.trim());
        return { title, url };
      });
    const bad = links.find((l) => !l.title || !WEB_URL.test(l.url));
    if (!bad) return links;
    this.issues.push({
      path: this.at(line, column),
      message: `"${bad.title}|${bad.url}" is geen link; schrijf titel|https://… (meerdere gescheiden door ;)`,
    });
    return null;
  }

  /** A web link, optional; a bad one gives null. */
  url(line: number, record: Record<string, string>, column: string): string | null | undefined {
    const value = this.text(line, record, column, false);
    if (value === undefined || WEB_URL.test(value)) return value;
    this.issues.push({
      path: this.at(line, column),
      message: `"${value}" is geen link (begint met https:// of http://)`,
    });
    return null;
  }

  /**
   * Checks that `value` is one of `known` (when that set is given), naming what it should be and,
   * in `where`, where it is looked for (` in meta.json`).
   */
  known(
    line: number,
    column: string,
    value: string | undefined,
    known: KnownSet | undefined,
    what: string,
    where = '',
  ): boolean {
    if (value === undefined || !known || known.has(value)) return true;
    this.issues.push({ path: this.at(line, column), message: unknownReference(what, value, known.keys(), where) });
    return false;
  }
}

/** A Dutch number with its thousands grouped by dots: `1.500`, `12.345.678`, `1.234,5`. */
const THOUSANDS = /^-?[1-9]\d{0,2}(\.\d{3})+(,\d+)?$/;
/** `187,000`: a count grouped by English commas. */
const ENGLISH_THOUSANDS = /^[1-9]\d{0,2}(,\d{3})+$/;

/** A number with a decimal point, as in a `,` file: `1.5`, `0.25`, `-12.5`; no thousands, no exponent. */
const DECIMAL = /^-?(0|[1-9]\d*)\.\d+$/;

/** Every number `TableReader.number` reads, once its thousands and decimal comma are undone. */
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;

const YES_NO: Record<string, boolean> = {
  ja: true,
  j: true,
  yes: true,
  true: true,
  '1': true,
  gedeeld: true,
  nee: false,
  n: false,
  no: false,
  false: false,
  '0': false,
};

const WEB_URL = /^https?:\/\/\S+$/i;
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

const SOURCE_COLUMNS = [
  'id',
  'name',
  'publisher',
  'url',
  'table_id',
  'table_title',
  'table_url',
  'published',
  'next_update',
  'frequency',
  'lowest_level',
  'contact_name',
  'contact_email',
  'contact_url',
  'links',
];

/**
 * Sources from `sources.csv`. Required: id, name. Optional: publisher, url, table_id, table_title,
 * table_url, published and next_update (dates), frequency, lowest_level, contact_name,
 * contact_email, contact_url, links (`titel|url`, several separated by `;`).
 */
export function sourcesFromTable(table: CsvTable, issues: FeedIssue[]): Source[] {
  const read = new TableReader(table, issues);
  read.refuseUnknownColumns(SOURCE_COLUMNS);
  if (!read.requireColumns('id', 'name')) return [];
  const out: Source[] = [];
  for (const { line, record } of table.rows) {
    const id = read.id(line, record);
    const name = read.text(line, record, 'name');
    const publisher = read.text(line, record, 'publisher', false);
    const url = read.url(line, record, 'url');
    const tableId = read.text(line, record, 'table_id', false);
    const tableTitle = read.text(line, record, 'table_title', false) ?? tableId;
    const tableUrl = read.url(line, record, 'table_url');
    const published = read.date(line, record, 'published', false);
    const nextUpdate = read.date(line, record, 'next_update', false);
    const frequency = record['frequency']?.trim() ? read.oneOf(line, record, 'frequency', FREQUENCIES) : null;
    const lowestLevel = record['lowest_level']?.trim()
      ? read.oneOf(line, record, 'lowest_level', AREA_LEVELS, LEVEL_ALIASES)
      : null;
    const contactName = read.text(line, record, 'contact_name', false);
    const contactEmail = read.text(line, record, 'contact_email', false);
    const contactUrl = read.url(line, record, 'contact_url');
    const links = read.links(line, record, 'links');
    if (contactEmail && !EMAIL.test(contactEmail))
      issues.push({ path: read.at(line, 'contact_email'), message: `"${contactEmail}" is geen e-mailadres` });
    else if (contactName && !contactEmail && !contactUrl)
      issues.push({ path: read.at(line, 'contact_name'), message: 'geef ook contact_email of contact_url' });
    if (published && nextUpdate && nextUpdate < published)
      issues.push({ path: read.at(line, 'next_update'), message: `valt vóór published (${published})` });
    if (!id || !name || url === null || tableUrl === null || published === null || nextUpdate === null) continue;
    if (frequency === undefined || lowestLevel === undefined || contactUrl === null || links === null) continue;
    const contact = {
      ...(contactName ? { name: contactName } : {}),
      ...(contactEmail ? { email: contactEmail } : {}),
      ...(contactUrl ? { url: contactUrl } : {}),
    };
    out.push({
      id,
      name,
      ...(publisher ? { publisher } : {}),
      ...(url ? { url } : {}),
      ...(tableTitle
        ? { table: { title: tableTitle, ...(tableId ? { id: tableId } : {}), ...(tableUrl ? { url: tableUrl } : {}) } }
        : {}),
      ...(published ? { published } : {}),
      ...(nextUpdate ? { nextUpdate } : {}),
      ...(frequency ? { frequency } : {}),
      ...(lowestLevel ? { lowestLevel } : {}),
      ...(contact.email || contact.url ? { contact } : {}),
      ...(links.length > 0 ? { links } : {}),
    });
  }
  return out;
}

/**
 * Duiding from `duiding.csv`: indicator, text, author, date; optionally area and period (what the
 * text is limited to) and partner (the organisation the author writes for).
 */
export function duidingFromTable(table: CsvTable, issues: FeedIssue[], known: KnownIds = {}): Duiding[] {
  const read = new TableReader(table, issues);
  read.refuseUnknownColumns(['indicator', 'area', 'period', 'text', 'author', 'partner', 'date']);
  if (!read.requireColumns('indicator', 'text', 'author', 'date')) return [];
  const out: Duiding[] = [];
  for (const { line, record } of table.rows) {
    const indicator = read.text(line, record, 'indicator');
    const area = read.text(line, record, 'area', false);
    const period = read.period(line, record, 'period', false);
    const text = read.text(line, record, 'text');
    const author = read.text(line, record, 'author');
    const partner = read.text(line, record, 'partner', false);
    const date = read.date(line, record, 'date');
    const refs = [
      read.known(line, 'indicator', indicator, known.indicators, 'indicator'),
      read.known(line, 'area', area, known.areas, 'gebied'),
    ];
    if (!indicator || !text || !author || !date || period === null || refs.includes(false)) continue;
    out.push({
      indicator,
      ...(area ? { area } : {}),
      ...(period ? { period } : {}),
      text,
      author,
      ...(partner ? { partner } : {}),
      date,
    });
  }
  return out;
}

/**
 * Opvallendheden from `opvallendheden.csv`: id, district, title, text, indicators (ids separated
 * by `;`), date, shared (ja or nee); optionally author, partner, area (a gemeente the finding is
 * about) and period.
 */
export function opvallendhedenFromTable(table: CsvTable, issues: FeedIssue[], known: KnownIds = {}): Opvallendheid[] {
  const read = new TableReader(table, issues);
  const required = ['id', 'district', 'title', 'text', 'indicators', 'date', 'shared'];
  read.refuseUnknownColumns([...required, 'author', 'partner', 'area', 'period']);
  if (!read.requireColumns(...required)) return [];
  const out: Opvallendheid[] = [];
  for (const { line, record } of table.rows) {
    const id = read.id(line, record);
    const district = read.text(line, record, 'district');
    const title = read.text(line, record, 'title');
    const text = read.text(line, record, 'text');
    const indicators = read.list(record, 'indicators');
    if (indicators.length === 0) issues.push({ path: read.at(line, 'indicators'), message: 'mag niet leeg zijn' });
    const date = read.date(line, record, 'date');
    const shared = read.yesNo(line, record, 'shared');
    const author = read.text(line, record, 'author', false);
    const partner = read.text(line, record, 'partner', false);
    const area = read.text(line, record, 'area', false);
    const period = read.period(line, record, 'period', false);
    const refs = [
      read.known(line, 'district', district, known.areas, 'gebied'),
      read.known(line, 'area', area, known.areas, 'gebied'),
      ...indicators.map((ind) => read.known(line, 'indicators', ind, known.indicators, 'indicator')),
    ];
    const level = district ? known.areas?.get(district) : undefined;
    if (level && level !== 'district')
      issues.push({ path: read.at(line, 'district'), message: `"${district}" is geen district maar een ${level}` });
    if (!id || !district || !title || !text || indicators.length === 0 || !date || shared === undefined) continue;
    if (period === null || refs.includes(false)) continue;
    out.push({
      id,
      district,
      title,
      text,
      indicators,
      date,
      shared,
      ...(author ? { author } : {}),
      ...(partner ? { partner } : {}),
      ...(area ? { area } : {}),
      ...(period ? { period } : {}),
    });
  }
  return out;
}

/**
 * Areas from `areas.csv`: id, name, level, parent, and optionally valid_from, valid_to (dates) and
 * predecessors. A parent and predecessors must be rows of the table, a parent of a higher level.
 * The catalogue's approx_population and note (`examples/data/areas.csv`) are passed over: the feed
 * has no field for them.
 */
export function areasFromTable(table: CsvTable, issues: FeedIssue[]): Area[] {
  const read = new TableReader(table, issues);
  const optional = ['valid_from', 'valid_to', 'predecessors', 'approx_population', 'note'];
  read.refuseUnknownColumns(['id', 'name', 'level', 'parent', ...optional]);
  if (!read.requireColumns('id', 'name', 'level', 'parent')) return [];
  const levels = new Map(
    table.rows.map(({ record }) => {
      const level = record['level']?.trim().toLowerCase() ?? '';
      return [record['id']?.trim() ?? '', LEVEL_ALIASES[level] ?? level];
    }),
  );
  const out: Area[] = [];
  for (const { line, record } of table.rows) {
    const id = read.id(line, record);
    const name = read.text(line, record, 'name');
    const level = read.oneOf(line, record, 'level', AREA_LEVELS, LEVEL_ALIASES);
    const parent = read.text(line, record, 'parent', false);
    const validFrom = read.date(line, record, 'valid_from', false);
    const validTo = read.date(line, record, 'valid_to', false);
    const predecessors = read.list(record, 'predecessors');
    read.known(line, 'parent', parent, levels, 'gebied');
    for (const p of predecessors) read.known(line, 'predecessors', p, levels, 'gebied');
    // Levels run land → eenheid → district → gemeente: a parent is always higher, so no cycles either.
    const parentLevel = parent ? levels.get(parent) : undefined;
    if (level && parentLevel && AREA_LEVELS.indexOf(parentLevel as AreaLevel) >= AREA_LEVELS.indexOf(level))
      issues.push({
        path: read.at(line, 'parent'),
        message: `"${parent}" (${parentLevel}) kan niet boven een ${level} staan`,
      });
    // An area with a bad reference stays, so that the rows naming it are not reported as well.
    if (!id || !name || !level) continue;
    out.push({
      id,
      name,
      level,
      ...(parent ? { parent } : {}),
      ...(validFrom ? { validFrom } : {}),
      ...(validTo ? { validTo } : {}),
      ...(predecessors.length > 0 ? { predecessors } : {}),
    });
  }
  return out;
}

const INDICATOR_OPTIONAL = [
  'short_title',
  'definition',
  'explanation',
  'decimals',
  'source_url',
  'source_id',
  'instruments',
  'in_sentence',
  'in_sentence_one',
  'rate_unit',
  'rate_per',
  'rate_decimals',
  'asked_for_in_seed',
];

/**
 * Indicators from `indicators.csv`. Required: id, title (or name), theme, unit, kind, polarity,
 * lowest_level, frequency, chain_step, source. Optional: short_title, definition, explanation,
 * decimals, source_url, source_id (a source of `sources.csv`), instruments (`title|url`, several
 * separated by `;`), and the words for sentences: in_sentence (`{value} drugsafvaldumpingen`) and
 * in_sentence_one (for the value 1). A count may also be shown per inwoner: rate_unit
 * (`per 1.000 inwoners`), with rate_per (1000) when the unit does not say it, and rate_decimals; its
 * rows in `values.csv` then carry a denominator. The catalogue's asked_for_in_seed
 * (`examples/data/indicators.csv`) is passed over: the feed has no field for it.
 */
export function indicatorsFromTable(table: CsvTable, issues: FeedIssue[], known: KnownIds = {}): Indicator[] {
  const read = new TableReader(table, issues);
  const titleColumn = table.rows[0] && 'title' in table.rows[0].record ? 'title' : 'name';
  const required = ['id', titleColumn, 'theme', 'unit', 'kind', 'polarity', 'lowest_level', 'frequency'];
  read.refuseUnknownColumns([...required, 'chain_step', 'source', ...INDICATOR_OPTIONAL]);
  if (!read.requireColumns(...required, 'chain_step', 'source')) return [];
  const out: Indicator[] = [];
  for (const { line, record } of table.rows) {
    const id = read.id(line, record);
    const title = read.text(line, record, titleColumn);
    const theme = read.text(line, record, 'theme');
    const themeKnown = read.known(line, 'theme', theme, known.themes, 'thema', ' in meta.json');
    const unit = read.text(line, record, 'unit');
    const kind = read.oneOf(line, record, 'kind', INDICATOR_KINDS);
    const polarity = read.oneOf(line, record, 'polarity', POLARITIES);
    const lowestLevel = read.oneOf(line, record, 'lowest_level', AREA_LEVELS, LEVEL_ALIASES);
    const frequency = read.oneOf(line, record, 'frequency', FREQUENCIES);
    const chainStep = read.oneOf(line, record, 'chain_step', CHAIN_STEPS);
    const sourceName = read.text(line, record, 'source');
    const decimals = read.number(line, record, 'decimals');
    const inSentence = read.phrase(line, record, 'in_sentence');
    const inSentenceOne = read.phrase(line, record, 'in_sentence_one');
    if (inSentenceOne && !inSentence)
      issues.push({ path: read.at(line, 'in_sentence_one'), message: 'werkt alleen samen met in_sentence' });
    const rate = rateColumns(read, line, record, kind);
    if (!id || !title || !theme || !themeKnown || !unit || !kind || !polarity || !lowestLevel || !frequency) continue;
    if (!chainStep || !sourceName || decimals === undefined || inSentence === null || inSentenceOne === null) continue;
    if (rate === null) continue;
    const sourceUrl = read.text(line, record, 'source_url', false);
    const sourceId = read.text(line, record, 'source_id', false);
    if (!read.known(line, 'source_id', sourceId, known.sources, 'bron')) continue;
    const explanation = read.text(line, record, 'explanation', false);
    const instruments = (record['instruments'] ?? '')
      .split(';')
      .map((part) => part.trim())
      .filter(Boolean)
      .map((part) => {
        const [linkTitle = '', url = ''] = part.split('|').map((s) => s.trim());
        return { title: linkTitle, url };
      });
    out.push({
      id,
      title,
      shortTitle: read.text(line, record, 'short_title', false) ?? title,
      theme,
      unit,
      kind,
      decimals: decimals ?? DEFAULT_DECIMALS[kind],
      polarity,
      definition: read.text(line, record, 'definition', false) ?? title,
      ...(explanation ? { explanation } : {}),
      source: { name: sourceName, ...(sourceUrl ? { url: sourceUrl } : {}), ...(sourceId ? { id: sourceId } : {}) },
      frequency,
      lowestLevel,
      chainStep,
      ...(instruments.length > 0 ? { instruments } : {}),
      ...(inSentence ? { inSentence } : {}),
      ...(inSentenceOne ? { inSentenceOne } : {}),
      ...(rate ? { rate } : {}),
    });
  }
  return out;
}

/**
 * The rate a count is also shown as, from rate_unit, rate_per and rate_decimals: undefined without
 * rate_unit, null (with an issue) when the columns do not make a rate.
 */
function rateColumns(
  read: TableReader,
  line: number,
  record: Record<string, string>,
  kind: Indicator['kind'] | undefined,
): Indicator['rate'] | null | undefined {
  const unit = read.text(line, record, 'rate_unit', false);
  const perColumn = read.count(line, record, 'rate_per');
  const decimals = read.number(line, record, 'rate_decimals');
  if (!unit) {
    if (perColumn !== null && perColumn !== undefined)
      read.issues.push({ path: read.at(line, 'rate_per'), message: 'werkt alleen samen met rate_unit' });
    return perColumn === null || perColumn === undefined ? undefined : null;
  }
  if (kind !== 'count') {
    read.issues.push({ path: read.at(line, 'rate_unit'), message: 'alleen een telling (kind count) krijgt een rate' });
    return null;
  }
  if (perColumn === undefined || decimals === undefined) return null;
  const per = perColumn ?? perIn(unit);
  if (per === null || !Number.isInteger(per) || per < 1) {
    read.issues.push({
      path: read.at(line, perColumn === null ? 'rate_unit' : 'rate_per'),
      message:
        perColumn === null
          ? `"${unit}" noemt geen getal: vul rate_per in (1000 voor per 1.000 inwoners)`
          : `"${perColumn}" moet een geheel getal van 1 of meer zijn`,
    });
    return null;
  }
  if (decimals !== null && (!Number.isInteger(decimals) || decimals < 0 || decimals > 4)) {
    read.issues.push({ path: read.at(line, 'rate_decimals'), message: `"${decimals}" moet 0 tot en met 4 zijn` });
    return null;
  }
  return { unit, per, ...(decimals !== null ? { decimals } : {}) };
}

/**
 * Groups from `groups.csv`: id, name, rule, members (ids separated by `;` or spaces), and optionally
 * partial (`ja` when the group holds more areas than the feed: its values then come from values.csv).
 */
export function groupsFromTable(table: CsvTable, issues: FeedIssue[]): AreaGroup[] {
  const read = new TableReader(table, issues);
  read.refuseUnknownColumns(['id', 'name', 'rule', 'members', 'partial']);
  if (!read.requireColumns('id', 'name', 'rule', 'members')) return [];
  const out: AreaGroup[] = [];
  for (const { line, record } of table.rows) {
    const id = read.id(line, record);
    const name = read.text(line, record, 'name');
    const rule = read.text(line, record, 'rule');
    const members = read.list(record, 'members');
    const partialText = read.text(line, record, 'partial', false)?.toLowerCase();
    const partial = partialText === undefined ? false : ['ja', 'yes', 'true', '1'].includes(partialText);
    if (partialText !== undefined && !partial && !['nee', 'no', 'false', '0'].includes(partialText))
      issues.push({ path: read.at(line, 'partial'), message: `"${partialText}" moet ja of nee zijn` });
    if (members.length === 0 && !partial)
      issues.push({ path: read.at(line, 'members'), message: 'een groep zonder leden heeft partial = ja nodig' });
    if (!id || !name || !rule) continue;
    out.push({ id, name, rule, members, ...(partial ? { partial } : {}) });
  }
  return out;
}

/**
 * A CBS symbol typed in the value column, as copied from StatLine (`x`, `.`, `12*`): the message
 * that moves it to the status column. Undefined for anything else.
 */
function cbsSymbolIn(raw: string | undefined): string | undefined {
  const value = raw?.trim() ?? '';
  if (value && STATUS_ALIASES[value.toLowerCase()])
    return `"${value}" is een status, geen getal: zet het in kolom status en laat value leeg`;
  const marked = /^(\d[\d.,]*)\s*(\*\*?)$/.exec(value);
  if (marked) return `"${value}" is geen getal: zet ${marked[1]} in value en ${marked[2]} in kolom status`;
  return undefined;
}

/**
 * Values from `values.csv`: indicator, area, period, value, and optionally status, margin, note,
 * count, denominator. An empty value with a count (and a denominator for rates and percentages) is
 * computed from them. The value of a count (`known.counts`) is read as a count: `1.500` in a `,` file
 * is refused, not published as 1,5 drugslabs.
 */
export function valuesFromTable(table: CsvTable, issues: FeedIssue[], known: KnownIds = {}): ValueInput[] {
  const read = new TableReader(table, issues);
  read.refuseUnknownColumns([
    'indicator',
    'area',
    'period',
    'value',
    'status',
    'margin',
    'note',
    'count',
    'denominator',
  ]);
  if (!read.requireColumns('indicator', 'area', 'period', 'value')) return [];
  const out: ValueInput[] = [];
  for (const { line, record } of table.rows) {
    const indicator = read.text(line, record, 'indicator');
    const area = read.text(line, record, 'area');
    const period = read.text(line, record, 'period');
    if (period && !PERIOD_PATTERN.test(period))
      issues.push({ path: read.at(line, 'period'), message: `"${period}" is geen periode (2024, 2024-H1 of 2024-Q1)` });
    const symbol = cbsSymbolIn(record['value']);
    if (symbol) issues.push({ path: read.at(line, 'value'), message: symbol });
    const value = symbol
      ? undefined
      : indicator && known.counts?.has(indicator)
        ? read.count(line, record, 'value')
        : read.number(line, record, 'value');
    // What a word processor makes of a typed dash (an em dash, a minus sign) is nihil too.
    const dashed = /^[—−]$/.test(record['status']?.trim() ?? '') ? { ...record, status: '–' } : record;
    const status = dashed['status']?.trim() ? read.oneOf(line, dashed, 'status', VALUE_STATUSES, STATUS_ALIASES) : null;
    const margin = read.number(line, record, 'margin');
    if (margin != null && margin < 0)
      issues.push({ path: read.at(line, 'margin'), message: `"${record['margin']?.trim()}" mag niet negatief zijn` });
    const count = read.count(line, record, 'count');
    const denominator = read.count(line, record, 'denominator');
    const note = read.text(line, record, 'note', false);
    if (!indicator || !area || !period || value === undefined || status === undefined) continue;
    if (margin === undefined || count === undefined || denominator === undefined) continue;
    out.push({
      indicator,
      area,
      period,
      value,
      source: `${table.file}, regel ${line}`,
      ...(status ? { status } : {}),
      ...(margin !== null ? { margin } : {}),
      ...(note ? { note } : {}),
      ...(count !== null ? { count } : {}),
      ...(denominator !== null ? { denominator } : {}),
    });
  }
  return out;
}

/** A nil value may be left empty: it is a zero by its status. */
const needsNumber = carriesNumber;

/** The status a row means: given, or definitive when it has a number or a count, else no data. */
const statusOf = (input: ValueInput): ValueStatus =>
  input.status ?? (input.value === null && input.count === undefined ? 'no-data' : 'definitive');

/**
 * Fills an empty value from its count and denominator, where its status calls for a number. A count
 * delivered in `value` alone is its own count (nihil one of 0), which the district's sum adds.
 */
function completeValue(input: ValueInput, indicator: Indicator | undefined): ValueInput {
  const status = statusOf(input);
  if (indicator?.kind === 'count' && input.count == null && (input.value !== null || status === 'nil'))
    return { ...input, count: input.value ?? 0 };
  if (input.value !== null || !indicator || !needsNumber(status) || input.count === undefined) return input;
  if (indicator.kind === 'count') return { ...input, value: input.count };
  const scale = rateScale(indicator);
  if (scale === null || !input.denominator) return input;
  return { ...input, value: printedRatio(input.count!, input.denominator, indicator.decimals, scale) };
}

/**
 * Why a row that needs a number has none, at the column to mend: a count and denominator that make
 * no rate say what stops them, rather than ask for what is there.
 */
function missingNumber(
  input: ValueInput,
  indicator: Indicator | undefined,
  status: ValueStatus,
): { column: string; message: string } {
  if (!indicator || input.count == null || input.denominator == null)
    return { column: 'value', message: `status ${status} vraagt een getal (of een telling met noemer)` };
  if (input.denominator === 0) return { column: 'denominator', message: '0 kan geen noemer zijn' };
  return {
    column: 'count',
    message:
      `de eenheid van ${indicator.id} ("${indicator.unit}") noemt geen getal, dus maken count en denominator ` +
      `geen cijfer; schrijf haar in indicators.csv als "per 1.000 …", of vul value in`,
  };
}

/**
 * A delivered value that its own count and denominator contradict: the sums of the district and the
 * unit are made from the counts, so the two would not add up. A rate may differ from its count by
 * the source's rounding, one unit of the last decimal.
 */
function disagreement(input: ValueInput, indicator: Indicator): Problem | undefined {
  if (input.value === null || input.count == null) return undefined;
  if (indicator.kind === 'count')
    return input.value === input.count
      ? undefined
      : {
          severity: 'error',
          message: `count ${input.count} verschilt van value ${input.value}; laat een van beide leeg`,
        };
  const scale = rateScale(indicator);
  if (scale === null || !input.denominator) return undefined;
  const ratio = printedRatio(input.count, input.denominator, indicator.decimals, scale);
  if (Math.abs(input.value - ratio) <= 10 ** -indicator.decimals + 1e-9) return undefined;
  return {
    severity: 'warning',
    message: `value ${input.value} is niet count / denominator (${ratio}); district en eenheid tellen de counts op`,
  };
}

const key = (indicator: string, area: string, period: string) => `${indicator}\u0000${area}\u0000${period}`;

/**
 * The row of `area` in `period` as the sum of `parts`: Σcounts, or Σcounts / Σdenominators for rates
 * and percentages, (nader) voorlopig when a part is and nihil when every part is. Null, with a warning,
 * when a part lacks its count. Suppressed parts count too: their counts are known, just not published.
 */
function sumRow(
  indicator: Indicator,
  area: Area,
  period: string,
  parts: Area[],
  byKey: Map<string, ValueInput>,
  warn: (message: string) => void,
): ValueInput | null {
  const scale = rateScale(indicator);
  const rows = parts.map((c) => byKey.get(key(indicator.id, c.id, period)));
  const missing = parts.filter(
    (_, i) => rows[i]?.count === undefined || (indicator.kind !== 'count' && rows[i]?.denominator === undefined),
  );
  if (missing.length > 0) {
    warn(`telling ontbreekt voor ${missing.map((c) => c.id).join(', ')}`);
    return null;
  }
  const count = rows.reduce((sum, r) => sum + r!.count!, 0);
  const denominator = rows.reduce((sum, r) => sum + (r!.denominator ?? 0), 0);
  // A count's denominator (its inhabitants) adds up too, when every part delivered one.
  const withDenominator = indicator.kind !== 'count' || rows.every((r) => r!.denominator !== undefined);
  // A sum is as final as its least final part: voorlopig (`*`), else nader voorlopig (`**`).
  const provisional = PROVISIONAL_STATUSES.find((status) => rows.some((r) => r!.status === status));
  // A sum of true zeros is one itself (`–`); a part delivered as 0 may be rounded down, so it is not.
  const nil = rows.every((r) => r!.status === 'nil');
  const value =
    indicator.kind === 'count'
      ? count
      : denominator > 0
        ? printedRatio(count, denominator, indicator.decimals, scale!)
        : null;
  return {
    indicator: indicator.id,
    area: area.id,
    period,
    value,
    ...(value === null
      ? { status: 'not-applicable' as const }
      : provisional
        ? { status: provisional }
        : nil
          ? { status: 'nil' as const }
          : {}),
    count,
    ...(withDenominator ? { denominator } : {}),
  };
}

/** Counts that add up: counts, and rates and percentages whose unit names their base. */
export const summable = (indicator: Indicator) =>
  indicator.kind === 'count' ||
  ((indicator.kind === 'rate' || indicator.kind === 'percentage') && rateScale(indicator) !== null);

/** Periods with a count, per indicator and area. */
function countedPeriods(byKey: Map<string, ValueInput>): Map<string, string[]> {
  const counted = new Map<string, string[]>();
  for (const input of byKey.values()) {
    if (input.count === undefined) continue;
    const k = `${input.indicator}\u0000${input.area}`;
    counted.set(k, [...(counted.get(k) ?? []), input.period]);
  }
  return counted;
}

/**
 * One warning per rate or percentage whose gemeente figures come without their counts: the
 * small-numbers rule reads the counts, so without them a change between a handful of cases gets a
 * percentage and a colour like any other. Surveys and scores rest on no count.
 */
function warnWithoutCounts(parts: FeedParts, byKey: Map<string, ValueInput>, warnings: string[]): void {
  const gemeenten = new Set(parts.areas.filter((a) => a.level === 'gemeente').map((a) => a.id));
  const without = new Map<string, number>();
  for (const v of byKey.values())
    if (gemeenten.has(v.area) && v.count === undefined && needsNumber(statusOf(v)))
      without.set(v.indicator, (without.get(v.indicator) ?? 0) + 1);
  for (const indicator of parts.indicators) {
    const n = without.get(indicator.id);
    if (!n || (indicator.kind !== 'rate' && indicator.kind !== 'percentage')) continue;
    warnings.push(
      `${indicator.id}: ${n} ${n === 1 ? 'gemeentecijfer' : 'gemeentecijfers'} zonder telling (kolom count); ` +
        `zonder telling krijgt een verandering tussen minder dan ${SMALL_COUNT} gevallen toch een percentage en een kleur`,
    );
  }
}

/**
 * Adds the district and unit values that the input leaves out, as Σcounts / Σdenominators of the
 * areas one level down that existed in that period. A sum is only made when every such area
 * delivered its count.
 */
function addSums(parts: FeedParts, byKey: Map<string, ValueInput>, warnings: string[]): void {
  for (const level of SUMMED_LEVELS) {
    // Rebuilt per level so the unit sees the districts' sums.
    const counted = countedPeriods(byKey);
    for (const area of parts.areas.filter((a) => a.level === level)) {
      const children = parts.areas.filter((a) => a.parent === area.id);
      if (children.length === 0) continue;
      for (const indicator of parts.indicators.filter(summable)) {
        const periods = new Set(children.flatMap((c) => counted.get(`${indicator.id}\u0000${c.id}`) ?? []));
        for (const period of periods) {
          if (byKey.has(key(indicator.id, area.id, period))) continue;
          const warn = (message: string) =>
            warnings.push(`${indicator.id} ${area.id} ${period}: niet opgeteld, ${message}`);
          const row = sumRow(indicator, area, period, partsIn(parts.areas, area, period), byKey, warn);
          if (row) byKey.set(key(indicator.id, area.id, period), row);
        }
      }
    }
  }
}

/** Highest year among the periods of each indicator: the year whose boundaries count as today's. */
function lastYears(byKey: Map<string, ValueInput>): Map<string, string> {
  const out = new Map<string, string>();
  for (const input of byKey.values()) {
    const year = periodYear(input.period);
    if (year > (out.get(input.indicator) ?? '')) out.set(input.indicator, year);
  }
  return out;
}

/**
 * History on today's boundaries, as CBS recomputes it: a merged area's values before it began are
 * the sums of its predecessors' counts (Altena before 2019 = Aalburg + Werkendam + Woudrichem), with
 * a note saying so. A split (Haaren 2021) cannot be recomputed without the counts of each part, so
 * `boundaryBreaks` (breaks-table.ts) marks a series break instead; a value the input delivers for
 * such a period wins.
 */
function addHistory(parts: FeedParts, byKey: Map<string, ValueInput>, warnings: string[]): void {
  const merged = mergers(parts.areas);
  if (merged.size === 0) return;
  const counted = countedPeriods(byKey);
  const years = lastYears(byKey);
  for (const [successor, predecessors] of merged) {
    const sum =
      predecessors.length === 1
        ? `het cijfer van ${predecessors[0]!.name}`
        : `${andList(predecessors.map((p) => p.name))} samen`;
    const boundaries = successor.level === 'gemeente' ? 'de gemeentelijke indeling' : 'de indeling';
    for (const indicator of parts.indicators.filter(summable)) {
      const periods = new Set(predecessors.flatMap((p) => counted.get(`${indicator.id}\u0000${p.id}`) ?? []));
      for (const period of periods) {
        if (!before(successor, period) || byKey.has(key(indicator.id, successor.id, period))) continue;
        const warn = (message: string) =>
          warnings.push(`${indicator.id} ${successor.id} ${period}: niet herberekend, ${message}`);
        const present = predecessors.filter((p) => existsIn(p, period));
        const row = sumRow(indicator, successor, period, present, byKey, warn);
        if (!row) continue;
        const note = `Herberekend op ${boundaries} van ${years.get(indicator.id)}: ${sum}.`;
        byKey.set(key(indicator.id, successor.id, period), { ...row, note });
      }
    }
  }
}

/** A published cell that the builder hid so that a suppressed cell cannot be recovered. */
export interface SecondarySuppression {
  indicator: string;
  period: string;
  area: string;
  /** The suppressed cell it protects. */
  protects: string;
  /** How it relates to that cell: a sibling, the total above it, a part below it, or further along. */
  role: ProtectionRole;
}

/**
 * Secondary suppression: where a suppressed cell could be recovered from published totals and
 * parts, at any level, hides a second cell (the next smallest sibling that is not zero) or the total,
 * until none can.
 */
function suppressSecondary(
  parts: FeedParts,
  byKey: Map<string, ValueInput>,
  warnings: string[],
): SecondarySuppression[] {
  const merged = mergers(parts.areas);
  const areaGroups = summedGroups(parts.areaGroups ?? [], parts.areas);
  const relationsIn = new Map<string, SumRelation[]>();
  // indicator → period → area id → row, for the additive indicators with a suppressed cell.
  const groups = new Map<string, Map<string, Map<string, ValueInput>>>();
  const additive = new Set(parts.indicators.filter(isAdditive).map((i) => i.id));
  const countKinds = new Set(parts.indicators.filter((i) => i.kind === 'count').map((i) => i.id));
  const { secretBelow } = parts;
  // The cells the source hid (primary suppression), not those the sums or groups hid after it.
  const primaries = new Set(
    parts.values.filter((v) => v.status === 'suppressed').map((v) => key(v.indicator, v.area, v.period)),
  );
  for (const input of byKey.values()) {
    if (!additive.has(input.indicator)) continue;
    let byPeriod = groups.get(input.indicator);
    if (!byPeriod) groups.set(input.indicator, (byPeriod = new Map()));
    let byArea = byPeriod.get(input.period);
    if (!byArea) byPeriod.set(input.period, (byArea = new Map()));
    byArea.set(input.area, input);
  }
  const out: SecondarySuppression[] = [];
  for (const [indicator, byPeriod] of groups) {
    for (const [period, byArea] of byPeriod) {
      if (![...byArea.values()].some((r) => statusOf(r) === 'suppressed')) continue;
      let relations = relationsIn.get(period);
      if (!relations) relationsIn.set(period, (relations = sumRelations(parts.areas, period, merged, areaGroups)));
      const row = (area: Area) => byArea.get(area.id);
      const stateOf = (area: Area) => {
        const r = row(area);
        return r ? cellState(statusOf(r)) : 'unknown';
      };
      const sizeOf = (area: Area) => row(area)?.count ?? row(area)?.value ?? 0;
      // The count behind a row: a count's own figure, or a rate's or percentage's count; nihil is 0.
      // The size of a sum of hidden cells is public where these are: a rate's or percentage's figure
      // and its denominator give its count back to the unit (a district's 7,3 per 10.000 woningen of
      // 191.735 is 140 fires and no other number).
      const countBehind = (r: ValueInput | undefined): number | undefined => {
        if (!r) return undefined;
        if (statusOf(r) === 'nil') return 0;
        return r.count ?? (countKinds.has(indicator) ? r.value : null) ?? undefined;
      };
      const countOf = (area: Area) => countBehind(row(area));
      // A secret the source's rule hid is at most its threshold less one, to a reader who knows it.
      const mostOf = (area: Area) => {
        if (secretBelow === undefined || !primaries.has(key(indicator, area.id, period))) return undefined;
        const count = countBehind(row(area));
        return count !== undefined && count < secretBelow ? secretBelow - 1 : undefined;
      };
      // The areas' own figures are protected first as if there were no groups; then a group that
      // would still give a secret away is hidden itself, so a comparison never costs a gemeente its figure.
      const first = protect(
        relations.filter((r) => r.kind !== 'group'),
        stateOf,
        sizeOf,
        { countOf, mostOf },
      );
      const hiddenFirst = new Set(first.hidden.map((h) => h.area));
      const second = protect(relations, (area) => (hiddenFirst.has(area) ? 'suppressed' : stateOf(area)), sizeOf, {
        mayHide: (area) => areaGroups.has(area),
        countOf,
        mostOf,
      });
      const hidden = [...first.hidden, ...second.hidden];
      const exposed = [...new Set([...first.exposed, ...second.exposed])];
      // The cell gets no note of its own: a reader who can tell a cell hidden for another from the
      // source's own secrets knows more of it (under a rule for small counts, it is above the rule's
      // threshold). The report names it to the data team instead, as CBS marks both kinds `x`.
      for (const { area, protects, role } of hidden) {
        byKey.set(key(indicator, area.id, period), { ...row(area)!, value: null, status: 'suppressed' });
        out.push({ indicator, period, area: area.id, protects: protects.id, role });
      }
      for (const area of exposed)
        warnings.push(
          `${indicator} ${area.id} ${period}: geheim cijfer is af te leiden en kan niet worden afgeschermd`,
        );
      // The source's note on its own secret tells it apart from the cells hidden here, unless they
      // carry the same note: the reader then knows which secrets lie above the source's rule.
      const hiddenNames = andList(hidden.map(({ area }) => area.name));
      for (const [id, r] of hidden.length > 0 ? byArea : [])
        if (
          r.note &&
          primaries.has(key(indicator, id, period)) &&
          hidden.some(({ area }) => row(area)?.note !== r.note)
        )
          warnings.push(
            `${r.source ? `${r.source}, kolom note` : `${indicator} ${id} ${period}`}: de noot bij dit geheime cijfer ` +
              `onderscheidt het van wat ernaast is afgeschermd (${hiddenNames}), en zo is dat terug te rekenen; laat de noot weg`,
          );
    }
  }
  return out;
}

/**
 * The values of the groups of comparable areas, as Σcounts / Σdenominators of the members that
 * existed in the period: never for survey figures, and never for a partial group, whose values come
 * from its source. A group of secret members only is secret itself (primary suppression); secondary
 * suppression then treats each group as one more sum, so no member can be recovered through it.
 */
function addGroupSums(parts: FeedParts, byKey: Map<string, ValueInput>, warnings: string[]): void {
  const areaById = new Map(parts.areas.map((a) => [a.id, a]));
  const counted = countedPeriods(byKey);
  for (const group of parts.areaGroups ?? []) {
    if (group.partial) continue;
    const members = group.members.flatMap((id) => areaById.get(id) ?? []);
    const asArea: Area = { id: group.id, name: group.name, level: members[0]?.level ?? 'gemeente' };
    for (const indicator of parts.indicators.filter(summable)) {
      const periods = new Set(members.flatMap((m) => counted.get(`${indicator.id}\u0000${m.id}`) ?? []));
      for (const period of periods) {
        const k = key(indicator.id, group.id, period);
        if (byKey.has(k)) continue;
        const warn = (message: string) =>
          warnings.push(`${indicator.id} ${group.id} ${period}: niet opgeteld, ${message}`);
        const present = members.filter((m) => existsIn(m, period));
        const row = sumRow(indicator, asArea, period, present, byKey, warn);
        if (!row) continue;
        const secret = present.every((m) => statusOf(byKey.get(key(indicator.id, m.id, period))!) === 'suppressed');
        byKey.set(k, secret ? { ...row, value: null, status: 'suppressed' } : row);
      }
    }
  }
}

/** Groups values into the feed's column-wise series, in the order of the indicators and areas. */
function toSeries(parts: FeedParts, inputs: ValueInput[]): Series[] {
  const groups = new Map<string, ValueInput[]>();
  for (const input of inputs) {
    const k = `${input.indicator}\u0000${input.area}`;
    const group = groups.get(k);
    if (group) group.push(input);
    else groups.set(k, [input]);
  }
  const indicatorOrder = new Map(parts.indicators.map((ind, i) => [ind.id, i]));
  const rated = new Set(parts.indicators.filter((ind) => ind.kind === 'count' && ind.rate).map((ind) => ind.id));
  const ofCounts = new Set(
    parts.indicators.filter((ind) => ind.kind === 'rate' || ind.kind === 'percentage').map((ind) => ind.id),
  );
  // The count of a figure that is not published stays secret.
  const publishedCount = (v: ValueInput) => (carriesCount(statusOf(v)) ? v.count : undefined);
  // Groups follow the areas, so a group's series comes after its members'.
  const areaOrder = new Map([...parts.areas, ...(parts.areaGroups ?? [])].map((a, i) => [a.id, i]));
  const order = (input: ValueInput) => [
    indicatorOrder.get(input.indicator) ?? Infinity,
    areaOrder.get(input.area) ?? Infinity,
  ];
  return [...groups.values()]
    .sort((a, b) => {
      const [ia, aa] = order(a[0]!);
      const [ib, ab] = order(b[0]!);
      return ia! - ib! || aa! - ab!;
    })
    .map((group) => {
      group.sort((a, b) => (a.period < b.period ? -1 : a.period > b.period ? 1 : 0));
      const status: Record<string, ValueStatus> = {};
      const notes: Record<string, string> = {};
      for (const v of group) {
        const implied = v.value === null ? 'no-data' : 'definitive';
        if (v.status && v.status !== implied) status[v.period] = v.status;
        if (v.note) notes[v.period] = v.note;
      }
      // A margin only beside a figure: beside a secret one, a survey's margin and its sample size
      // give the estimate back.
      const marginOf = (v: ValueInput) => (carriesCount(statusOf(v)) ? (v.margin ?? null) : null);
      const hasMargins = group.some((v) => marginOf(v) !== null);
      const hasDenominators = rated.has(group[0]!.indicator) && group.some((v) => v.denominator !== undefined);
      // A rate's counts only where the small-numbers rule needs them, so that a feed carries no more.
      const hasSmallCounts =
        ofCounts.has(group[0]!.indicator) && group.some((v) => (publishedCount(v) ?? SMALL_COUNT) < SMALL_COUNT);
      return {
        indicator: group[0]!.indicator,
        area: group[0]!.area,
        periods: group.map((v) => v.period),
        values: group.map((v) => v.value),
        ...(Object.keys(status).length > 0 ? { status } : {}),
        ...(hasMargins ? { margins: group.map(marginOf) } : {}),
        ...(Object.keys(notes).length > 0 ? { notes } : {}),
        ...(hasDenominators ? { denominators: group.map((v) => v.denominator ?? null) } : {}),
        ...(hasSmallCounts ? { counts: group.map((v) => publishedCount(v) ?? null) } : {}),
      };
    });
}

/**
 * A source's name as the same source whatever its spelling: its parties in any order, case or spacing
 * (`Aedes / corporaties`, `corporaties / Aedes`).
 */
const sourceKey = (name: string) =>
  name
    .split('/')
    .map((part) => part.trim().replace(/\s+/g, ' ').toLocaleLowerCase('nl'))
    .sort()
    .join('/');

/**
 * The indicators with one name for each source that only its name identifies (no `source.id`): names
 * that differ only in order, case or spacing (`sourceKey`) take the first indicator's, so that no
 * reader sees one source as two. A source with an id keeps the indicators' own words: the feed's
 * `sources` entry names it, and the order of its parties may say who delivered the figure.
 */
function oneNamePerSource(indicators: Indicator[]): Indicator[] {
  const names = new Map<string, string>();
  return indicators.map((indicator) => {
    if (indicator.source.id !== undefined) return indicator;
    const key = sourceKey(indicator.source.name);
    const name = names.get(key) ?? indicator.source.name;
    names.set(key, name);
    return name === indicator.source.name ? indicator : { ...indicator, source: { ...indicator.source, name } };
  });
}

/**
 * The warning, not an error, for a survey margin of 0 (or one too small to write) beside a figure:
 * the widgets read it as none (`isWritableMargin`), so the value shows without a margin and its
 * differences as niet getoetst. A sample always has a margin, so the data team should hear of it;
 * refusing the feed would blank every widget on a site for one cell. Undefined for a margin that is fine.
 */
export function unwritableMarginWarning(margin: number | null | undefined): string | undefined {
  return margin != null && !isWritableMargin(margin)
    ? `marge ${margin} — een steekproef heeft altijd een marge; het cijfer geldt als niet getoetst`
    : undefined;
}

/**
 * Assembles and validates a feed. Throws `MivError` (kind `schema`) listing every problem: a value
 * given twice, and everything `parseFeed` finds in the result.
 */
export function assembleFeed(parts: FeedParts): BuildResult {
  const indicators = new Map(parts.indicators.map((i) => [i.id, i]));
  // A group's own values (a partial group's, from its source) are delivered like an area's.
  const areaIds = new Set([...parts.areas, ...(parts.areaGroups ?? [])].map((a) => a.id));
  const areaById = new Map(parts.areas.map((a) => [a.id, a]));
  const byKey = new Map<string, ValueInput>();
  const issues: FeedIssue[] = [];
  const warnings: string[] = [];
  // Problems are reported where the data team can fix them: the row of values.csv, not the series.
  const at = (input: ValueInput, column: string) =>
    input.source ? `${input.source}, kolom ${column}` : `${input.indicator} / ${input.area} / ${input.period}`;
  const add = (input: ValueInput, column: string, message: string) => issues.push({ path: at(input, column), message });
  const lastYear = Number(parts.meta.updated?.slice(0, 4)) || undefined;
  for (const input of parts.values) {
    const k = key(input.indicator, input.area, input.period);
    const earlier = byKey.get(k);
    if (earlier) {
      add(input, 'period', `deze waarde staat er al eerder in${earlier.source ? ` (${earlier.source})` : ''}`);
      continue;
    }
    const indicator = indicators.get(input.indicator);
    if (!indicator) add(input, 'indicator', unknownReference('indicator', input.indicator, indicators.keys()));
    if (!areaIds.has(input.area)) add(input, 'area', unknownReference('gebied', input.area, areaIds));
    const value = completeValue(input, indicator);
    const status = statusOf(value);
    if (needsNumber(status) && value.value === null) {
      const missing = missingNumber(input, indicator, status);
      add(input, missing.column, missing.message);
    }
    if (!needsNumber(status) && value.value !== null && !(status === 'nil' && value.value === 0))
      add(input, 'value', `status ${status} hoort zonder getal: laat value leeg`);
    // The Veiligheidsmonitor publishes once, final: CBS never marks a survey result voorlopig.
    if (indicator?.kind === 'survey' && isProvisional(status))
      add(input, 'status', `${indicator.id} is een enquêtecijfer; enquêtecijfers zijn nooit voorlopig`);
    const area = areaById.get(input.area);
    if (area?.validTo && value.value !== null && !existsBetween(area, periodBounds(input.period)[0]))
      add(input, 'period', `${area.id} bestaat tot ${area.validTo}; geen cijfer mogelijk voor ${input.period}`);
    const marginWarning = value.value === null ? undefined : unwritableMarginWarning(input.margin);
    if (marginWarning) warnings.push(`${at(input, 'margin')}: ${marginWarning}`);
    if (indicator) {
      const valueColumn = input.value !== null ? 'value' : indicator.kind === 'count' ? 'count' : 'denominator';
      const problems: [string, Problem | undefined][] = [
        [valueColumn, value.value === null ? undefined : valueProblem(indicator, value.value, rateScale(indicator))],
        ['period', lastYear ? periodProblem(indicator, input.period, lastYear) : undefined],
        ['area', area ? levelProblem(indicator, area) : undefined],
        ['count', disagreement(input, indicator)],
      ];
      for (const [column, problem] of problems) {
        if (problem?.severity === 'error') add(input, column, problem.message);
        else if (problem) warnings.push(`${at(input, column)}: ${problem.message}`);
      }
    }
    byKey.set(k, value);
  }
  if (issues.length > 0) throw new MivError('schema', `${issues[0]!.path}: ${issues[0]!.message}`, { issues });
  warnWithoutCounts(parts, byKey, warnings);
  addSums(parts, byKey, warnings);
  addHistory(parts, byKey, warnings);
  addGroupSums(parts, byKey, warnings);
  const suppressed = suppressSecondary(parts, byKey, warnings);
  const feed = parseFeed({
    schemaVersion: SCHEMA_VERSION,
    meta: parts.meta,
    themes: parts.themes,
    areas: parts.areas,
    indicators: oneNamePerSource(parts.indicators),
    series: toSeries(parts, [...byKey.values()]),
    duiding: parts.duiding ?? [],
    opvallendheden: parts.opvallendheden ?? [],
    ...(parts.areaGroups?.length ? { areaGroups: parts.areaGroups } : {}),
    ...(parts.sources && parts.sources.length > 0 ? { sources: parts.sources } : {}),
  });
  return { feed, warnings, suppressed };
}

/** A column's letters as a spreadsheet heads it: 1 is A, 26 Z, 27 AA. */
function spreadsheetColumn(n: number): string {
  let letters = '';
  for (let rest = n; rest > 0; rest = Math.floor((rest - 1) / 26))
    letters = String.fromCharCode(65 + ((rest - 1) % 26)) + letters;
  return letters;
}

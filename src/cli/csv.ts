/** Reading the data teams' files from disk, with a size cap and messages that name file, row and column. */
import { stat, readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse/sync';
import type { CsvTable } from '../feed/build.js';

/**
 * The largest input file `miv-feed` reads. The sample feed of 66 indicators and 47 areas is under
 * 1 MB and its long values table about 2 MB; a feed many times larger would be too heavy for every
 * visitor anyway, so a clear refusal helps more than streaming it.
 */
export const MAX_INPUT_BYTES = 20 * 1024 * 1024;

/** An input problem with a message fit for the terminal: no stack trace. */
export class InputError extends Error {
  override readonly name = 'InputError';
}

/** Rounded up, so that a file just over the cap never reads as the cap itself ("20 MB is te groot"). */
const megabytes = (bytes: number) =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(Math.ceil((bytes / 1024 / 1024) * 10) / 10);

/** The megabytes a refusal names: the cap, `20 MB`. */
export const MAX_INPUT_MB = megabytes(MAX_INPUT_BYTES);

const lineAt = (text: string, index: number) => text.slice(0, index).split('\n').length;

/**
 * Bytes as UTF-8 text, without a byte-order mark. Excel's plain "CSV" saves Windows-1252, which read
 * as UTF-8 garbles every accent (`E�n`): refused, naming the first line where it happens (in a CSV
 * file its row, as `parseCsv` numbers them).
 */
export function decodeText(bytes: Uint8Array, name: string): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    const csv = /\.csv$/i.test(name);
    const garbled = new TextDecoder().decode(bytes);
    const text = csv ? lineFeeds(garbled) : garbled;
    const line = lineAt(text, text.indexOf('\uFFFD'));
    const how = csv ? `in Excel als "CSV UTF-8 (door komma's gescheiden)"` : 'als UTF-8';
    throw new InputError(
      `${name}, regel ${csv ? csvRowOfLine(text)(line) : line}: geen UTF-8-tekst; bewaar het bestand ${how}`,
    );
  }
}

/**
 * Reads a text file, refusing files above `MAX_INPUT_BYTES` before reading them. A text that is not
 * UTF-8 is named as `name`: the file name alone for a CSV file, as its other messages name it.
 */
export async function readTextFile(path: string, name = path): Promise<string> {
  let size: number;
  try {
    const found = await stat(path);
    if (found.isDirectory()) throw new InputError(`${path}: is een map, geen bestand`);
    size = found.size;
  } catch (error) {
    throw error instanceof InputError ? error : new InputError(`${path}: bestand niet gevonden`);
  }
  if (size > MAX_INPUT_BYTES)
    throw new InputError(`${path}: ${megabytes(size)} MB is te groot; miv-feed leest bestanden tot ${MAX_INPUT_MB} MB`);
  return decodeText(await readFile(path), name);
}

/** What V8's JSON errors say, in the words of the file's author. */
const JSON_PROBLEMS: [RegExp, string][] = [
  [/^Expected double-quoted property name/, 'verwacht een naam tussen aanhalingstekens; staat er een komma te veel?'],
  [/^Expected ':'/, 'verwacht een dubbele punt na de naam'],
  [/^Expected ',' or '(.)'/, 'verwacht een komma of $1'],
  [/^Unterminated string/, 'tekst zonder sluitend aanhalingsteken'],
  [/^Unexpected non-whitespace character after JSON/, 'na het einde van de JSON staat nog iets'],
];

/** Parses JSON text from `name`, with a Dutch message naming the line and column of a syntax error. */
export function parseJson(text: string, name: string): unknown {
  try {
    return JSON.parse(text);
  } catch (error) {
    const message = (error as Error).message;
    const position = /at position (\d+)/.exec(message)?.[1];
    if (message.startsWith('Unexpected end of JSON input'))
      throw new InputError(`${name}: geen geldige JSON; het bestand houdt midden in de JSON op`);
    const token = position === undefined ? /^Unexpected token '(.+?)'/.exec(message)?.[1] : text[Number(position)];
    const known = JSON_PROBLEMS.find(([pattern]) => pattern.test(message));
    const what = known
      ? known[1].replace('$1', known[0].exec(message)?.[1] ?? '')
      : `onverwacht teken "${token ?? '?'}"`;
    if (position === undefined) throw new InputError(`${name}: geen geldige JSON (${what})`);
    const at = Number(position);
    const column = at - text.lastIndexOf('\n', at - 1);
    throw new InputError(`${name}, regel ${lineAt(text, at)}, kolom ${column}: geen geldige JSON (${what})`);
  }
}

interface CsvError {
  code?: string;
  lines?: number;
  bytes?: number;
  message: string;
}

/**
 * The row a line of `text` belongs to, as a spreadsheet shows it (both counted from 1): a line break
 * inside a quoted cell goes on in the same row. Up to where a file parsed, every `"` opens or closes a
 * quoted cell (a doubled `""` inside one does both); past line `parsed`, where csv-parse stopped, a
 * stray `"` would hold every later line in its row, so each of them counts as a row of its own.
 */
function rowOfLine(text: string, parsed = Infinity): (line: number) => number {
  const rows = [0, 1];
  let row = 1;
  let quoted = false;
  for (const [mark] of text.matchAll(/["\n]/g)) {
    if (mark === '"') quoted = !quoted;
    else rows.push(quoted ? row : ++row);
  }
  return (line) => (line > parsed ? rows[parsed]! + line - parsed : (rows[line] ?? line));
}

/**
 * The line where csv-parse stopped; for an unclosed quote, which runs to the end of the file, the line
 * where its field began.
 */
const stopLine = (error: CsvError, text: string) =>
  error.code === 'CSV_QUOTE_NOT_CLOSED' && error.bytes !== undefined
    ? Buffer.from(text).subarray(0, error.bytes).toString().split('\n').length
    : error.lines;

/**
 * `rowOfLine` for text that may not parse as CSV: quotes count only up to where it does. Past that
 * line each line counts as a row, also where a quoted cell goes on, so a row named below such a cell
 * may be too high: the text did not parse, and what its quotes mean there is a guess.
 */
function csvRowOfLine(text: string): (line: number) => number {
  try {
    readRecords(text);
    return rowOfLine(text);
  } catch (error) {
    return rowOfLine(text, stopLine(error as CsvError, text) ?? 1);
  }
}

/** Dutch for csv-parse's errors, by code, at the row of the line where csv-parse stopped (`stopLine`). */
function csvProblem(error: CsvError, text: string, file: string): string {
  const line = stopLine(error, text);
  const where = line ? `${file}, regel ${rowOfLine(text)(line)}` : file;
  switch (error.code) {
    case 'CSV_RECORD_INCONSISTENT_COLUMNS':
    case 'CSV_RECORD_INCONSISTENT_FIELDS_LENGTH': {
      const [, expected, got] = /(\d+), got (\d+)/.exec(error.message) ?? [];
      return `${where}: ${got} velden, de kopregel heeft er ${expected}; staat er een scheidingsteken te veel of te weinig?`;
    }
    case 'CSV_QUOTE_NOT_CLOSED':
      return `${where}: een aanhalingsteken (") gaat open maar nergens meer dicht`;
    case 'CSV_INVALID_CLOSING_QUOTE':
    case 'CSV_NON_TRIMABLE_CHAR_AFTER_CLOSING_QUOTE':
      return `${where}: na een sluitend aanhalingsteken (") hoort een scheidingsteken; schrijf een " in een tekst dubbel ("")`;
    case 'INVALID_OPENING_QUOTE':
      return `${where}: een aanhalingsteken (") midden in een veld; zet het hele veld tussen aanhalingstekens en schrijf de " dubbel ("")`;
    default:
      return `${where}: geen geldige CSV (${error.message})`;
  }
}

/** One kind of line break: inside a quoted cell csv-parse counts the CR and the LF of a CRLF as two lines. */
const lineFeeds = (text: string) => text.replace(/\r\n?/g, '\n');

/** `;` where the header has it and no `,`, as Dutch spreadsheets export; else `,`. */
function delimiterOf(lf: string): ',' | ';' {
  const header = lf.replace(/^\uFEFF/, '').split('\n', 1)[0] ?? '';
  return header.includes(';') && !header.includes(',') ? ';' : ',';
}

/** The records of text with `lineFeeds`, each with the line csv-parse read it up to. */
const readRecords = (lf: string) =>
  parse(lf, {
    bom: true,
    delimiter: delimiterOf(lf),
    info: true,
    skip_empty_lines: true,
    skip_records_with_empty_values: true,
    trim: true,
  }) as unknown as { record: string[]; info: { lines: number } }[]; // with info: true, which the types miss

/**
 * The header's column names, trimmed and in lower case. A name given twice is refused: the last
 * column would win, so `status,Status` with `x` and then an empty cell would publish a secret figure.
 * Nameless columns may repeat (Excel leaves them where a cell once was); `parseCsv` sets them apart.
 */
function columnNames(names: string[], file: string): string[] {
  const out = names.map((n) => n.trim().toLowerCase());
  const twice = out.find((name, i) => name !== '' && out.indexOf(name) !== i);
  if (twice !== undefined)
    throw new InputError(
      `${file}, regel 1: de kolom ${twice} staat meer dan één keer in de kopregel; laat er één staan`,
    );
  return out;
}

/**
 * Parses CSV text with a header row. Accepts `,` and `;` as separator (Dutch spreadsheets export
 * `;`, with a decimal comma: the table says so in `decimalComma`), a byte-order mark, quoted fields
 * with line breaks, and skips rows without any value (the `;;;;` Excel leaves below a table). Rows
 * are numbered as a spreadsheet shows them, the header being 1, so a cell with a line break does not
 * shift the rows below it. A nameless column is left out of the records: Excel leaves empty ones
 * where a cell once was; one that holds something is listed in `nameless`.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const lf = lineFeeds(text);
  const delimiter = delimiterOf(lf);
  try {
    const [head, ...body] = readRecords(lf);
    const names = columnNames(head?.record ?? [], file);
    const rowOf = rowOfLine(lf);
    const rows = body.map(({ record, info }) => ({
      line: rowOf(info.lines),
      record: Object.fromEntries(names.flatMap((name, i) => (name === '' ? [] : [[name, record[i] ?? '']]))),
    }));
    const nameless = names.flatMap((name, i) => {
      const first = name === '' ? body.find(({ record }) => record[i]) : undefined;
      return first ? [{ column: i + 1, line: rowOf(first.info.lines) }] : [];
    });
    return {
      file,
      rows,
      ...(nameless.length > 0 ? { nameless } : {}),
      ...(delimiter === ';' ? { decimalComma: true } : {}),
    };
  } catch (error) {
    if (error instanceof InputError) throw error;
    throw new InputError(csvProblem(error as CsvError, lf, file));
  }
}

/**
 * Reads and parses a CSV file. A missing or too large file is named by its path as typed; every
 * message about its text names the file alone (`values.csv, regel 3`), as those about its rows do.
 */
export async function readCsvFile(path: string): Promise<CsvTable> {
  const file = basename(path);
  return parseCsv(await readTextFile(path, file), file);
}

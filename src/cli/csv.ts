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

const megabytes = (bytes: number) =>
  new Intl.NumberFormat('nl-NL', { maximumFractionDigits: 1 }).format(bytes / 1024 / 1024);

/** Reads a text file, refusing files above `MAX_INPUT_BYTES` before reading them. */
export async function readTextFile(path: string): Promise<string> {
  let size: number;
  try {
    size = (await stat(path)).size;
  } catch {
    throw new InputError(`${path}: bestand niet gevonden`);
  }
  if (size > MAX_INPUT_BYTES)
    throw new InputError(
      `${path}: ${megabytes(size)} MB is te groot; miv-feed leest bestanden tot ${megabytes(MAX_INPUT_BYTES)} MB`,
    );
  return readFile(path, 'utf8');
}

interface CsvError {
  code?: string;
  lines?: number;
  message: string;
}

/**
 * Parses CSV text with a header row. Accepts `,` and `;` as separator (Dutch spreadsheets export
 * `;`), a byte-order mark, and quoted fields with line breaks.
 */
export function parseCsv(text: string, file: string): CsvTable {
  const header = text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '';
  const delimiter = header.includes(';') && !header.includes(',') ? ';' : ',';
  try {
    const records = parse(text, {
      bom: true,
      columns: (names: string[]) => names.map((n) => n.trim().toLowerCase()),
      delimiter,
      info: true,
      skip_empty_lines: true,
      trim: true,
    }) as { record: Record<string, string>; info: { lines: number } }[];
    return { file, rows: records.map(({ record, info }) => ({ line: info.lines, record })) };
  } catch (error) {
    const { lines, message } = error as CsvError;
    const where = lines ? `${file}, regel ${lines}` : file;
    throw new InputError(`${where}: geen geldige CSV (${message.replace(/^Invalid [^:]*: /, '')})`);
  }
}

/** Reads and parses a CSV file; messages name the file as the user typed it. */
export async function readCsvFile(path: string): Promise<CsvTable> {
  return parseCsv(await readTextFile(path), basename(path));
}

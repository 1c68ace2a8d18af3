/**
 * Turns untrusted JSON into a `Feed`, or a `MivError` that lists every problem with its JSON path
 * and a plain Dutch sentence a data team can act on.
 */
import type { Feed } from './schema.js';
import * as z from 'zod/mini';
import { feedSchema } from './feed-schema.js';
import { formatPath, type FeedIssue, type IssueKey, type IssueWords } from './errors.js';
import { checkVersion, compiledFeed, crossCheck, fail, inSlices } from './validate-core.js';

export { crossCheck } from './validate-core.js';

interface ZodIssueLike {
  code: string;
  path: PropertyKey[];
  expected?: unknown;
  values?: unknown[];
  format?: string;
  minimum?: unknown;
  maximum?: unknown;
  keys?: string[];
  /** The value found (`reportInput`): `undefined` for a field left out. */
  input?: unknown;
}

const typeNames: Record<string, string> = {
  string: 'tekst',
  number: 'een getal',
  int: 'een geheel getal',
  boolean: 'true of false',
  object: 'een object',
  array: 'een lijst',
  null: 'null',
};

/** The issues in Dutch, for the team that publishes the feed; in English in `en.ts` (`feedIssue`). */
const dutch: IssueWords = {
  missing: () => 'ontbreekt',
  expected: (type) => `verwacht ${typeNames[type] ?? type}`,
  oneOf: (values) => `moet een van deze waarden zijn: ${values}`,
  date: () => 'verwacht een datum als JJJJ-MM-DD',
  period: () => 'verwacht een periode als 2024, 2024-H1 of 2024-Q3',
  url: () => 'verwacht een link die begint met http:// of https://',
  email: () => 'verwacht een e-mailadres als naam@voorbeeld.nl',
  language: () => 'verwacht een taalcode als nl of nl-NL',
  inSentence: () => 'verwacht tekst met {value} waar het getal komt',
  id: () => 'verwacht een id met alleen letters, cijfers, - en _ (zonder spaties)',
  empty: () => 'mag niet leeg zijn',
  atLeast: (minimum) => `moet minstens ${minimum} zijn`,
  atMost: (maximum) => `mag hoogstens ${maximum} zijn`,
  periodKey: () => 'sleutel moet een periode zijn (2024, 2024-H1 of 2024-Q1)',
  invalid: () => 'ongeldige waarde',
};

/** What a badly formed text should look like, told by the field it is in. */
function expectedFormat(path: string): IssueKey {
  if (/(period|periods\[\d+\])$/.test(path)) return 'period';
  if (/url$/.test(path)) return 'url';
  if (/email$/.test(path)) return 'email';
  if (/language$/.test(path)) return 'language';
  if (/inSentence(One)?$/.test(path)) return 'inSentence';
  return 'id';
}

function describeIssue(issue: ZodIssueLike, path: string): NonNullable<FeedIssue['said']> {
  switch (issue.code) {
    case 'invalid_type':
      // A field left out is missing, not of another type; only the input found tells the two apart.
      return issue.input === undefined ? { key: 'missing' } : { key: 'expected', arg: String(issue.expected) };
    case 'invalid_value':
      return { key: 'oneOf', arg: (issue.values ?? []).map((v) => JSON.stringify(v)).join(', ') };
    case 'invalid_format':
      return { key: issue.format === 'date' ? 'date' : expectedFormat(path) };
    case 'too_small':
      return issue.minimum === 1 ? { key: 'empty' } : { key: 'atLeast', arg: String(issue.minimum) };
    case 'too_big':
      return { key: 'atMost', arg: String(issue.maximum) };
    case 'invalid_key':
      return { key: 'periodKey' };
    default:
      return { key: 'invalid' };
  }
}

/** zod's issues as paths and sentences, and what the sentences say (`said`), for another language. */
function toIssues(issues: readonly ZodIssueLike[]): FeedIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    const said = describeIssue(issue, path);
    return { path, message: dutch[said.key](said.arg ?? ''), said };
  });
}

/** zod reports the value it found, so that a field left out can be told from one of the wrong type. */
const WITH_INPUT = { reportInput: true };

/**
 * Validates parsed JSON as a v1 feed. Throws `MivError` of kind `version` for a schemaVersion this
 * library does not read, and of kind `schema` (with every issue and its path) for anything else.
 */
export function parseFeed(json: unknown): Feed {
  const feed = parseFeedShape(json);
  const issues = crossCheck(feed);
  if (issues.length > 0) fail(issues);
  return feed;
}

/**
 * The first step of `parseFeed`: the version and the shape of every part, not yet the references
 * between them (`crossCheck`, the second step). Throws as `parseFeed` does. `miv-feed validate` runs
 * the steps one by one, to tell which checks its errors kept from running.
 */
export function parseFeedShape(json: unknown): Feed {
  checkVersion(json);
  return compiledFeed(json) ?? parsedBySchema(json);
}

/** zod's parse of the feed: the feed, or `MivError` of kind `schema` with every issue in the order of the feed. */
function parsedBySchema(json: unknown): Feed {
  const result = feedSchema.safeParse(json, WITH_INPUT);
  if (!result.success) fail(toIssues(result.error.issues as ZodIssueLike[]));
  return result.data;
}

const headSchema = z.omit(feedSchema, { series: true });
const keys = Object.keys(feedSchema.shape);

/** Whether zod's parse of the whole feed tells `issue` of the head before those of the series. */
const toldBeforeSeries = (issue: ZodIssueLike): boolean =>
  issue.path.length > 0 && keys.indexOf(String(issue.path[0])) < keys.indexOf('series');

/**
 * `parsedBySchema` in steps, for a feed refused on the page (`parseFeedInSteps`): its series, nearly
 * all of a large feed, a hundred at a time, with `pause()` after every `stepMs`, so that telling what
 * is wrong with a broken 20 MB feed does not freeze the page either. The issues are those of the
 * whole parse, in its order.
 */
export async function parsedBySchemaInSteps(json: unknown, pause: () => Promise<void>, stepMs: number): Promise<Feed> {
  const series = (json as { series?: unknown } | null)?.series;
  if (!Array.isArray(series)) return parsedBySchema(json);
  const stepStart = performance.now();
  const head = headSchema.safeParse(json, WITH_INPUT);
  const parsed: Feed['series'] = [];
  const ofSeries: ZodIssueLike[] = [];
  await inSlices(series.length, pause, stepMs, stepStart, (start, end) => {
    const part = feedSchema.shape.series.safeParse(series.slice(start, end), WITH_INPUT);
    if (part.success) parsed.push(...part.data);
    else
      for (const issue of part.error.issues as ZodIssueLike[])
        ofSeries.push({ ...issue, path: ['series', start + Number(issue.path[0]), ...issue.path.slice(1)] });
    return true;
  });
  if (head.success && ofSeries.length === 0) return { ...head.data, series: parsed };
  const ofHead = head.success ? [] : (head.error.issues as ZodIssueLike[]);
  fail(toIssues([...ofHead.filter(toldBeforeSeries), ...ofSeries, ...ofHead.filter((i) => !toldBeforeSeries(i))]));
}

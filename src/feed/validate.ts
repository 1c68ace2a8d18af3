/**
 * Turns untrusted JSON into a `Feed`, or a `MivError` that lists every problem with its JSON path
 * and a plain Dutch sentence a data team can act on.
 */
import type { Feed } from './schema.js';
import * as z from 'zod/mini';
import { feedSchema } from './feed-schema.js';
import { formatPath, type FeedIssue } from './errors.js';
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

/** What a badly formed text should look like, told by the field it is in. */
function expectedFormat(path: string): string {
  if (/(period|periods\[\d+\])$/.test(path)) return 'verwacht een periode als 2024, 2024-H1 of 2024-Q3';
  if (/url$/.test(path)) return 'verwacht een link die begint met http:// of https://';
  if (/email$/.test(path)) return 'verwacht een e-mailadres als naam@voorbeeld.nl';
  if (/language$/.test(path)) return 'verwacht een taalcode als nl of nl-NL';
  if (/inSentence(One)?$/.test(path)) return 'verwacht tekst met {value} waar het getal komt';
  return 'verwacht een id met alleen letters, cijfers, - en _ (zonder spaties)';
}

function describeIssue(issue: ZodIssueLike, path: string): string {
  switch (issue.code) {
    case 'invalid_type':
      return `verwacht ${typeNames[String(issue.expected)] ?? String(issue.expected)}`;
    case 'invalid_value':
      return `moet een van deze waarden zijn: ${(issue.values ?? []).map((v) => JSON.stringify(v)).join(', ')}`;
    case 'invalid_format':
      return issue.format === 'date' ? 'verwacht een datum als JJJJ-MM-DD' : expectedFormat(path);
    case 'too_small':
      return issue.minimum === 1 ? 'mag niet leeg zijn' : `moet minstens ${String(issue.minimum)} zijn`;
    case 'too_big':
      return `mag hoogstens ${String(issue.maximum)} zijn`;
    case 'invalid_key':
      return 'sleutel moet een periode zijn (2024, 2024-H1 of 2024-Q1)';
    default:
      return 'ongeldige waarde';
  }
}

/** zod's issues as paths and sentences. */
function toIssues(issues: readonly ZodIssueLike[]): FeedIssue[] {
  return issues.map((issue) => {
    const path = formatPath(issue.path);
    return { path, message: describeIssue(issue, path) };
  });
}

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
  const result = feedSchema.safeParse(json);
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
  const head = headSchema.safeParse(json);
  const parsed: Feed['series'] = [];
  const ofSeries: ZodIssueLike[] = [];
  await inSlices(series.length, pause, stepMs, stepStart, (start, end) => {
    const part = feedSchema.shape.series.safeParse(series.slice(start, end));
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

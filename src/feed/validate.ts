/**
 * Turns untrusted JSON into a `Feed`, or a `MivError` that lists every problem with its JSON path
 * and a plain Dutch sentence a data team can act on.
 */
import {
  AREA_LEVELS,
  carriesCount,
  carriesNumber,
  feedSchema,
  isProvisional,
  SCHEMA_VERSION,
  statusAt,
  type Feed,
} from './schema.js';
import { MivError, formatPath, type FeedIssue } from './errors.js';
import { existsBetween, periodBounds } from './periods.js';
import { unknownReference } from './meant.js';
import { INVALID, parseSeries } from './series-parser.js';
import { FEED_STEP_MS } from '../scheduling.js';

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

/** The issue of a reference to an id the feed does not hold, among `known`. */
const missing = (what: string, value: string, known: Set<string>) =>
  unknownReference(what, value, known, ' in de feed');

/** What the checks of one series need to know of the rest of the feed, and the series seen so far. */
interface SeriesContext {
  indicators: Set<string>;
  areasAndGroups: Set<string>;
  areaById: Map<string, Feed['areas'][number]>;
  /** The survey indicators, whose values are never provisional. */
  surveys: Set<string>;
  seen: Set<string>;
}

/** The cross-checks of a feed, in parts: those of the series can be run a slice at a time. */
interface CrossCheck {
  /** Checks `feed.series[from]` up to `feed.series[to]`. */
  series(from: number, to: number): void;
  /** Every issue found, in the order of the feed; call once all series are checked. */
  issues(): FeedIssue[];
}

/** Checks that need the whole feed: unique ids, references that exist, values that agree. */
export function crossCheck(feed: Feed): FeedIssue[] {
  const check = crossChecks(feed);
  check.series(0, feed.series.length);
  return check.issues();
}

function crossChecks(feed: Feed): CrossCheck {
  const before: FeedIssue[] = [];
  const ofSeries: FeedIssue[] = [];
  const after: FeedIssue[] = [];
  const provisional: FeedIssue[] = [];
  let issues = before;
  const add = (path: string, message: string) => issues.push({ path, message });

  const uniqueIds = <T extends { id: string }>(list: T[], name: string) => {
    const seen = new Set<string>();
    list.forEach((item, i) => {
      if (seen.has(item.id)) add(`${name}[${i}].id`, `id "${item.id}" komt al eerder voor`);
      seen.add(item.id);
    });
    return seen;
  };
  const themes = uniqueIds(feed.themes, 'themes');
  const areas = uniqueIds(feed.areas, 'areas');
  const indicators = uniqueIds(feed.indicators, 'indicators');
  uniqueIds(feed.opvallendheden, 'opvallendheden');
  const groups = uniqueIds(feed.areaGroups ?? [], 'areaGroups');
  const sources = uniqueIds(feed.sources ?? [], 'sources');
  const areaLevel = new Map(feed.areas.map((a) => [a.id, a.level]));

  const mustExist = (set: Set<string>, value: string | undefined, path: string, what: string) => {
    if (value !== undefined && !set.has(value)) add(path, missing(what, value, set));
  };

  feed.areaGroups?.forEach((g, i) => {
    if (areas.has(g.id)) add(`areaGroups[${i}].id`, `"${g.id}" is al de id van een gebied`);
    g.members.forEach((m, j) => mustExist(areas, m, `areaGroups[${i}].members[${j}]`, 'gebied'));
  });
  feed.areas.forEach((a, i) => {
    mustExist(areas, a.parent, `areas[${i}].parent`, 'gebied');
    const parentLevel = a.parent ? areaLevel.get(a.parent) : undefined;
    // Levels run land → eenheid → district → gemeente; a parent is always higher, so no cycles either.
    if (parentLevel && AREA_LEVELS.indexOf(parentLevel) >= AREA_LEVELS.indexOf(a.level))
      add(`areas[${i}].parent`, `"${a.parent}" (${parentLevel}) kan niet boven een ${a.level} staan`);
    if (a.validFrom && a.validTo && a.validFrom > a.validTo)
      add(`areas[${i}].validTo`, `valt vóór validFrom (${a.validFrom})`);
    a.predecessors?.forEach((p, j) => {
      mustExist(areas, p, `areas[${i}].predecessors[${j}]`, 'gebied');
      if (p === a.id) add(`areas[${i}].predecessors[${j}]`, 'een gebied kan niet zijn eigen voorganger zijn');
    });
  });
  feed.indicators.forEach((ind, i) => {
    mustExist(themes, ind.theme, `indicators[${i}].theme`, 'thema');
    mustExist(sources, ind.source.id, `indicators[${i}].source.id`, 'bron');
    ind.breaks?.forEach((b, j) =>
      b.areas?.forEach((a, k) => mustExist(areas, a, `indicators[${i}].breaks[${j}].areas[${k}]`, 'gebied')),
    );
    ind.specialPeriods?.forEach((sp, j) => {
      if (sp.from > sp.to) add(`indicators[${i}].specialPeriods[${j}].to`, `valt vóór from (${sp.from})`);
    });
  });

  issues = after;
  feed.duiding.forEach((d, i) => {
    mustExist(indicators, d.indicator, `duiding[${i}].indicator`, 'indicator');
    mustExist(areas, d.area, `duiding[${i}].area`, 'gebied');
  });
  feed.opvallendheden.forEach((o, i) => {
    mustExist(areas, o.district, `opvallendheden[${i}].district`, 'gebied');
    if (areas.has(o.district) && areaLevel.get(o.district) !== 'district')
      add(`opvallendheden[${i}].district`, `"${o.district}" is geen district`);
    mustExist(areas, o.area, `opvallendheden[${i}].area`, 'gebied');
    o.indicators.forEach((ind, j) => mustExist(indicators, ind, `opvallendheden[${i}].indicators[${j}]`, 'indicator'));
  });
  feed.sources?.forEach((s, i) => {
    if (s.published && s.nextUpdate && s.nextUpdate < s.published)
      add(`sources[${i}].nextUpdate`, `valt vóór published (${s.published})`);
    if (s.contact && !s.contact.email && !s.contact.url)
      add(`sources[${i}].contact`, 'geef een e-mailadres (email) of een webpagina (url)');
  });

  const context: SeriesContext = {
    indicators,
    areasAndGroups: new Set([...areas, ...groups]),
    areaById: new Map(feed.areas.map((a) => [a.id, a])),
    surveys: new Set(feed.indicators.filter((i) => i.kind === 'survey').map((i) => i.id)),
    seen: new Set(),
  };
  return {
    series(from, to) {
      for (let i = from; i < Math.min(to, feed.series.length); i++)
        checkSeries(feed.series[i]!, `series[${i}]`, context, ofSeries, provisional);
    },
    issues: () => [...before, ...ofSeries, ...after, ...provisional],
  };
}

/**
 * The checks of one series against the rest of the feed; survey values marked provisional go to
 * `provisional`, the rest to `issues`.
 */
function checkSeries(
  s: Feed['series'][number],
  at: string,
  context: SeriesContext,
  issues: FeedIssue[],
  provisional: FeedIssue[],
): void {
  const add = (path: string, message: string) => issues.push({ path, message });
  if (!context.indicators.has(s.indicator))
    add(`${at}.indicator`, missing('indicator', s.indicator, context.indicators));
  if (!context.areasAndGroups.has(s.area))
    add(`${at}.area`, missing('gebied of groep', s.area, context.areasAndGroups));
  const key = `${s.indicator}\u0000${s.area}`;
  if (context.seen.has(key)) add(at, `reeks voor ${s.indicator} in ${s.area} komt al eerder voor`);
  context.seen.add(key);
  if (s.values.length !== s.periods.length)
    add(`${at}.values`, `${s.values.length} waarden bij ${s.periods.length} perioden`);
  if (s.margins && s.margins.length !== s.periods.length)
    add(`${at}.margins`, `${s.margins.length} marges bij ${s.periods.length} perioden`);
  if (s.denominators && s.denominators.length !== s.periods.length)
    add(`${at}.denominators`, `${s.denominators.length} noemers bij ${s.periods.length} perioden`);
  if (s.counts && s.counts.length !== s.periods.length)
    add(`${at}.counts`, `${s.counts.length} aantallen bij ${s.periods.length} perioden`);
  // A count beside a figure that is not published would give the figure away. Counts that do not
  // match the periods have no period to check against: the message above says what is wrong.
  else
    s.counts?.forEach((count, j) => {
      const status = statusAt(s, j);
      if (count !== null && !carriesCount(status))
        add(`${at}.counts[${j}]`, `status ${status} hoort zonder aantal (aantal moet null zijn)`);
    });
  s.periods.forEach((p, j) => {
    if (j > 0 && p <= s.periods[j - 1]!) add(`${at}.periods[${j}]`, `periode ${p} staat niet in oplopende volgorde`);
  });
  // Before validFrom a series may hold figures recalculated to the new boundaries, as CBS
  // publishes them; after validTo the area no longer exists, so a number there is a mistake.
  const area = context.areaById.get(s.area);
  if (area?.validTo)
    s.periods.forEach((p, j) => {
      if (s.values[j] !== null && s.values[j] !== undefined && !existsBetween(area, periodBounds(p)[0]))
        add(`${at}.values[${j}]`, `${s.area} bestaat tot ${area.validTo}; geen cijfer mogelijk voor ${p}`);
    });
  const survey = context.surveys.has(s.indicator);
  for (const [p, status] of Object.entries(s.status ?? {})) {
    // Survey results (Veiligheidsmonitor) are published once, final: CBS never marks them voorlopig.
    // A provisional survey value is a mistake in the feed, not a status to show.
    if (survey && isProvisional(status))
      provisional.push({
        path: `${at}.status.${p}`,
        message: `${s.indicator} is een enquêtecijfer; enquêtecijfers zijn nooit voorlopig (status ${status})`,
      });
    const j = s.periods.indexOf(p);
    if (j === -1) {
      add(`${at}.status.${p}`, `periode ${p} staat niet in periods`);
      continue;
    }
    const value = s.values[j];
    const hasNumber = value !== null && value !== undefined;
    const needsNumber = carriesNumber(status);
    // Nihil is a true zero: delivered as 0 or left empty, never as another number.
    if (status === 'nil') {
      if (hasNumber && value !== 0)
        add(`${at}.status.${p}`, `status nil betekent nihil: de waarde moet 0 of null zijn`);
    } else if (hasNumber !== needsNumber)
      add(
        `${at}.status.${p}`,
        needsNumber
          ? `status ${status} vraagt een getal, maar de waarde is null`
          : `status ${status} hoort zonder getal (waarde moet null zijn)`,
      );
  }
  for (const p of Object.keys(s.notes ?? {}))
    if (!s.periods.includes(p)) add(`${at}.notes.${p}`, `periode ${p} staat niet in periods`);
}

/** Throws `MivError` of kind `version` for a schemaVersion this library does not read. */
function checkVersion(json: unknown): void {
  const version = (json as { schemaVersion?: unknown } | null)?.schemaVersion;
  if (typeof version === 'number' && version !== SCHEMA_VERSION) {
    throw new MivError('version', `schemaVersion ${version} wordt niet ondersteund (verwacht ${SCHEMA_VERSION})`, {
      issues: [
        {
          path: 'schemaVersion',
          message: `versie ${version} wordt niet ondersteund; deze bibliotheek leest versie ${SCHEMA_VERSION}`,
        },
      ],
    });
  }
}

/** zod's issues as paths and sentences; `prefix` places issues of a part of the feed in the whole. */
function toIssues(issues: readonly ZodIssueLike[], prefix: PropertyKey[] = []): FeedIssue[] {
  return issues.map((issue) => {
    const path = formatPath([...prefix, ...issue.path]);
    return { path, message: describeIssue(issue, path) };
  });
}

function fail(issues: FeedIssue[]): never {
  const first = issues[0]!;
  throw new MivError('schema', `${first.path}: ${first.message}`, { issues });
}

/**
 * Validates parsed JSON as a v1 feed. Throws `MivError` of kind `version` for a schemaVersion this
 * library does not read, and of kind `schema` (with every issue and its path) for anything else.
 */
export function parseFeed(json: unknown): Feed {
  checkVersion(json);
  const feed = withCompiledSeries(json) ?? parsedBySchema(json);
  const issues = crossCheck(feed);
  if (issues.length > 0) fail(issues);
  return feed;
}

function parsedBySchema(json: unknown): Feed {
  const result = feedSchema.safeParse(json);
  if (!result.success) fail(toIssues(result.error.issues as ZodIssueLike[]));
  return result.data;
}

/**
 * A valid feed, its series (nearly all of it) parsed by the parser written from their schema
 * (`series-parser.ts`, about half the time of zod's parse); nothing where the feed is not valid, so
 * that zod's parse of the whole tells every issue in the order of the feed.
 */
function withCompiledSeries(json: unknown): Feed | undefined {
  const series = (json as { series?: unknown } | null)?.series;
  const parsed = compiledSeries(series);
  if (!parsed) return undefined;
  const head = parseHead(json);
  return head.success ? { ...head.data, series: parsed } : undefined;
}

/** zod's parse of everything in the feed but its series, which are parsed apart. */
const parseHead = (json: unknown) => feedSchema.safeParse({ ...(json as object), series: [] });

/** Series as `feedSchema.shape.series` parses them, by the parser written from that schema; nothing where they are not valid. */
function compiledSeries(input: unknown): Feed['series'] | undefined {
  const parsed = Array.isArray(input) ? parseSeries(input) : INVALID;
  return parsed === INVALID ? undefined : (parsed as Feed['series']);
}

/** How many series are validated between two looks at the clock. */
const SERIES_PER_CHUNK = 100;

/**
 * `parseFeed` for feeds of any size without freezing the page: the series, nearly all of a large
 * feed, are validated and cross-checked a hundred at a time, and after every `stepMs` of that
 * (`FEED_STEP_MS`) `pause()` runs: the page paints and handles input there, and
 * `pause` may throw to stop. A feed on a slow phone never blocks the page for long, and a small one on
 * a fast machine is done without waiting for another task. Same result and the same issues as
 * `parseFeed`; a feed of up to a hundred series is validated at once.
 */
export async function parseFeedInSteps(
  json: unknown,
  pause: () => Promise<void>,
  stepMs: number = FEED_STEP_MS,
): Promise<Feed> {
  const series = (json as { series?: unknown } | null)?.series;
  if (!Array.isArray(series) || series.length <= SERIES_PER_CHUNK) return parseFeed(json);
  checkVersion(json);
  let stepStart = performance.now();
  const head = parseHead(json);
  const issues = head.success ? [] : toIssues(head.error.issues as ZodIssueLike[]);
  const feed = head.success ? { ...head.data, series: [] as Feed['series'] } : undefined;
  // Cross-checked as the series come, while the schema holds: its issues are told first.
  const check = feed && crossChecks(feed);
  for (let start = 0; start < series.length; start += SERIES_PER_CHUNK) {
    if (performance.now() - stepStart >= stepMs) {
      await pause();
      stepStart = performance.now();
    }
    const slice = series.slice(start, start + SERIES_PER_CHUNK);
    const compiled = compiledSeries(slice);
    const part = compiled ? { success: true as const, data: compiled } : feedSchema.shape.series.safeParse(slice);
    if (part.success && issues.length === 0) {
      feed!.series.push(...part.data);
      check!.series(start, start + SERIES_PER_CHUNK);
    } else if (!part.success)
      issues.push(
        ...toIssues(
          (part.error.issues as ZodIssueLike[]).map((i) => ({
            ...i,
            path: [start + Number(i.path[0]), ...i.path.slice(1)],
          })),
          ['series'],
        ),
      );
  }
  if (issues.length > 0) fail(issues);
  const crossIssues = check!.issues();
  if (crossIssues.length > 0) fail(crossIssues);
  return feed!;
}

/**
 * Validation of the feed without zod: the parsers written from its schema (`feed-parser.ts`) and the
 * checks that need the whole feed. A valid feed, nearly every feed a page loads, never loads zod;
 * only a broken one loads it (`validate.ts`), so that zod's parse can tell every issue with its path.
 */
import {
  AREA_LEVELS,
  carriesCount,
  carriesNumber,
  isProvisional,
  SCHEMA_VERSION,
  statusAt,
  type Feed,
} from './schema.js';
import { MivError, type FeedIssue } from './errors.js';
import { endsBeforeStart, existsBetween, periodBounds } from './periods.js';
import { unknownReference } from './meant.js';
import { INVALID, parseHead, parseSeries } from './feed-parser.js';
import { FEED_STEP_MS } from '../scheduling.js';

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
      if (endsBeforeStart(sp.from, sp.to))
        add(`indicators[${i}].specialPeriods[${j}].to`, `valt vóór from (${sp.from})`);
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
export function checkVersion(json: unknown): void {
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

/** Throws `MivError` of kind `schema` with `issues`, the first of them in its message. */
export function fail(issues: FeedIssue[]): never {
  const first = issues[0]!;
  throw new MivError('schema', `${first.path}: ${first.message}`, { issues });
}

/**
 * The feed as zod's parse of its schema gives it, by the parsers written from that schema; nothing
 * where it is not valid.
 */
export function compiledFeed(json: unknown): Feed | undefined {
  const series = (json as { series?: unknown } | null)?.series;
  const head = parseHead(json);
  if (head === INVALID || !Array.isArray(series)) return undefined;
  const parsed = parseSeries(series);
  return parsed === INVALID ? undefined : { ...(head as Omit<Feed, 'series'>), series: parsed as Feed['series'] };
}

/**
 * A feed that is valid, or nothing, without telling why: for a copy kept from an earlier load, which
 * is used only while it still holds.
 */
export function validFeedOrNothing(json: unknown): Feed | undefined {
  const feed = compiledFeed(json);
  return feed && crossCheck(feed).length === 0 ? feed : undefined;
}

/**
 * Throws the issues zod's parse finds in a feed the written parsers did not accept, parsing its
 * series in steps as `parseFeedInSteps` does. Where zod's code cannot be loaded, the feed is refused
 * all the same, without the list.
 */
async function failBySchema(json: unknown, pause: () => Promise<void>, stepMs: number): Promise<never> {
  const zod = await import('./validate.js').catch(() => undefined);
  await zod?.parsedBySchemaInSteps(json, pause, stepMs);
  // Else unreachable while the written parsers accept what zod accepts (test/node/feed-parser.test.ts).
  throw new MivError('schema', 'de feed voldoet niet aan het schema');
}

/** How many series are validated between two looks at the clock. */
const SERIES_PER_CHUNK = 100;

/**
 * Calls `slice` for every hundred of `length` series, in steps: `pause()` runs after every `stepMs`
 * of work, counted from `stepStart`. Stops at a slice that returns false, and says whether all passed.
 */
export async function inSlices(
  length: number,
  pause: () => Promise<void>,
  stepMs: number,
  stepStart: number,
  slice: (start: number, end: number) => boolean,
): Promise<boolean> {
  for (let start = 0; start < length; start += SERIES_PER_CHUNK) {
    if (performance.now() - stepStart >= stepMs) {
      await pause();
      stepStart = performance.now();
    }
    if (!slice(start, start + SERIES_PER_CHUNK)) return false;
  }
  return true;
}

/**
 * Validates parsed JSON as a v1 feed, as `parseFeed` does, without freezing the page for a feed of
 * any size: the series, nearly all of a large feed, are validated and cross-checked a hundred at a
 * time, and after every `stepMs` of that (`FEED_STEP_MS`) `pause()` runs: the page paints and
 * handles input there, and `pause` may throw to stop. A feed on a slow phone never blocks the page for
 * long, and a small one on a fast machine is done without waiting for another task. Same result and
 * the same issues as `parseFeed`: a feed the written parsers do not accept is parsed by zod, which
 * tells every issue, its series in steps as well.
 */
export async function parseFeedInSteps(
  json: unknown,
  pause: () => Promise<void>,
  stepMs: number = FEED_STEP_MS,
): Promise<Feed> {
  checkVersion(json);
  const stepStart = performance.now();
  const series = (json as { series?: unknown } | null)?.series;
  const head = parseHead(json);
  if (head === INVALID || !Array.isArray(series)) return failBySchema(json, pause, stepMs);
  const feed: Feed = { ...(head as Omit<Feed, 'series'>), series: [] };
  // Cross-checked as the series come, once the schema holds.
  const check = crossChecks(feed);
  const parsed = await inSlices(series.length, pause, stepMs, stepStart, (start, end) => {
    const part = parseSeries(series.slice(start, end));
    if (part === INVALID) return false;
    feed.series.push(...(part as Feed['series']));
    check.series(start, end);
    return true;
  });
  if (!parsed) return failBySchema(json, pause, stepMs);
  const issues = check.issues();
  if (issues.length > 0) fail(issues);
  return feed;
}

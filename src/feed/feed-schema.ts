/**
 * The published indicator feed, schema version 1, as zod's schema: what a feed must be, and from
 * which the JSON Schema that publishers use is generated (see `feedJsonSchema`), so the format is
 * written down once. Its types, constants and helpers are in `schema.ts`.
 *
 * Written with `zod/mini`: the same checks as full zod at about a quarter of the bytes. A page loads
 * it only to tell what is wrong with a feed: a valid one is parsed by the parsers written from this
 * schema (`feed-parser.ts`, `validate-core.ts`).
 */
import * as z from 'zod/mini';
import {
  AREA_LEVELS,
  CHAIN_STEPS,
  FREQUENCIES,
  INDICATOR_KINDS,
  ID_PATTERN,
  PERIOD_PATTERN,
  POLARITIES,
  SCHEMA_VERSION,
  VALUE_STATUSES,
} from './schema.js';

const id = z.string().check(z.regex(ID_PATTERN));
const text = z.string().check(z.minLength(1));
const isoDate = z.iso.date();
const period = z.string().check(z.regex(PERIOD_PATTERN));
/** Only web links: a feed must never smuggle `javascript:` or `data:` URLs into a page. */
const webUrl = z.string().check(z.regex(/^https?:\/\/\S+$/i));

const meta = z.object({
  title: text,
  publisher: text,
  contact: z.optional(text),
  licence: text,
  language: z.string().check(z.regex(/^[a-z]{2}(-[A-Z]{2})?$/)),
  published: isoDate,
  updated: isoDate,
  /** True when the numbers are fictitious: every widget then shows a visible mark. */
  sample: z.boolean(),
  description: z.optional(text),
});

const area = z.object({
  id,
  name: text,
  level: z.enum(AREA_LEVELS),
  parent: z.optional(id),
  validFrom: z.optional(isoDate),
  validTo: z.optional(isoDate),
  /** Areas this one was formed from (a merger) or split off from. */
  predecessors: z.optional(z.array(id)),
});

const link = z.object({ title: text, url: webUrl });

/** Who answers questions about a source: a name, and an e-mail address and/or a web page. */
const contact = z.object({
  name: z.optional(text),
  email: z.optional(z.email()),
  url: z.optional(webUrl),
});

/**
 * Where the figures come from, once per source (a CBS StatLine table, Politie Open Data, the
 * Veiligheidsmonitor), so that a citation can name the table and its publication date and an
 * overview can list every source in one place. Came after version 1 was first published: optional.
 */
const source = z.object({
  id,
  name: text,
  publisher: z.optional(text),
  url: z.optional(webUrl),
  /** The publisher's table the figures are taken from. */
  table: z.optional(z.object({ title: text, id: z.optional(text), url: z.optional(webUrl) })),
  /** When the figures in this feed were published by the source. */
  published: z.optional(isoDate),
  /** When the source expects to publish new figures. */
  nextUpdate: z.optional(isoDate),
  frequency: z.optional(z.enum(FREQUENCIES)),
  lowestLevel: z.optional(z.enum(AREA_LEVELS)),
  contact: z.optional(contact),
  links: z.optional(z.array(link)),
});

/** A theme may link to the instrument that goes with it (Zicht op Ondermijning for organised crime). */
const theme = z.object({ id, title: text, order: z.int(), link: z.optional(link) });

/** Words for a value in a sentence, with `{value}` where the number goes. */
const inSentence = z.string().check(z.regex(/\{value\}/));

const seriesBreak = z.object({
  period,
  reason: text,
  /** Limits the break to these areas (a boundary change); absent means every area. */
  areas: z.optional(z.array(id)),
});

/**
 * A period in which the figures stay comparable but behaved unusually (the COVID years): drawn as a
 * shaded band, named in the notes, and never treated as a series break.
 */
const specialPeriod = z.object({
  /** First period of the band; a bare year covers its half-years and quarters. */
  from: period,
  to: period,
  /** A word or two, printed on the band: `Corona`. */
  label: text,
  /** Why the period is special, for the notes under the chart. */
  reason: z.optional(text),
});

/**
 * How a count is also shown as a rate: per `per` of the denominator that its series deliver
 * (`denominators`), in the words of `unit` ("per 1.000 inwoners", "per 10.000 jongeren 12–17 jaar").
 */
const rateOfCount = z.object({
  unit: text,
  per: z.int().check(z.minimum(1)),
  /** Decimals of the rate; 1 when absent. */
  decimals: z.optional(z.int().check(z.minimum(0), z.maximum(4))),
  /** The rate in a sentence: `{value} woninginbraken per 1.000 inwoners`. */
  inSentence: z.optional(inSentence),
});

const indicator = z.object({
  id,
  title: text,
  shortTitle: text,
  theme: id,
  unit: text,
  kind: z.enum(INDICATOR_KINDS),
  decimals: z.int().check(z.minimum(0), z.maximum(4)),
  polarity: z.enum(POLARITIES),
  definition: text,
  explanation: z.optional(text),
  /** `id` refers to an entry of the feed's `sources`, for its table, dates and contact. */
  source: z.object({ name: text, url: z.optional(webUrl), id: z.optional(id) }),
  frequency: z.enum(FREQUENCIES),
  lowestLevel: z.enum(AREA_LEVELS),
  chainStep: z.enum(CHAIN_STEPS),
  instruments: z.optional(z.array(link)),
  breaks: z.optional(z.array(seriesBreak)),
  specialPeriods: z.optional(z.array(specialPeriod)),
  /**
   * The value as a sentence says it: `{value} drugsafvaldumpingen`, `{value} % van de inwoners van
   * 15 jaar en ouder`, `rapportcijfer {value}`. Without it, sentences print the number and the unit.
   */
  inSentence: z.optional(inSentence),
  /** The same for the value 1, where the language's plural rules say so: `{value} drugsafvaldumping`. */
  inSentenceOne: z.optional(inSentence),
  /** For a count whose series carry `denominators`: how the rate per inwoner (or per its own base) reads. */
  rate: z.optional(rateOfCount),
});

/**
 * Whether a value differs significantly from another, as its publisher tested it: from this area's
 * value in an earlier period (`periods`), or from another area's value in the same period (`areas`:
 * the parent area, Nederland).
 */
const significanceFlags = z.object({
  periods: z.optional(z.record(period, z.boolean())),
  areas: z.optional(z.record(id, z.boolean())),
});

/**
 * The values of one indicator in one area, column-wise so that no key repeats per value.
 * `values[i]` belongs to `periods[i]`; a number is definitive unless `status` says otherwise, and
 * `null` means no data unless `status` says why (suppressed, not applicable, nil).
 */
const series = z.object({
  indicator: id,
  area: id,
  periods: z.array(period),
  values: z.array(z.nullable(z.number())),
  /** Exceptions only: period → status. */
  status: z.optional(z.record(period, z.enum(VALUE_STATUSES))),
  /** Half-width of the 95 % confidence interval, aligned with `values` (survey indicators). */
  margins: z.optional(z.array(z.nullable(z.number().check(z.minimum(0))))),
  /**
   * The publisher's own significance test (survey indicators), period → verdicts. It wins over the
   * margins, and it is the only way to call an area different from an area it lies in.
   */
  significance: z.optional(z.record(period, significanceFlags)),
  /** Footnotes: period → text. */
  notes: z.optional(z.record(period, text)),
  /**
   * The base of each value, aligned with `values` (inhabitants, young people 12–17): with the
   * indicator's `rate` it turns a count into a rate. `null` where the base is unknown.
   */
  denominators: z.optional(z.array(z.nullable(z.number().check(z.minimum(0))))),
  /**
   * The cases behind each value of a rate or percentage (the count the rate is of), aligned with
   * `values`: the small-numbers rule reads them. `null` where unknown, and for a value that carries
   * no number, so that a suppressed count stays secret.
   */
  counts: z.optional(z.array(z.nullable(z.number().check(z.minimum(0))))),
});

/**
 * Areas that are alike (a CBS size class, a degree of urbanisation, a publisher's own choice), so
 * that an area can be set beside its peers. A group's values are series with the group's id as area.
 */
const areaGroup = z.object({
  id,
  name: text,
  /** Why these areas belong together, as readers see it: `gemeenten met 150.000 tot 250.000 inwoners`. */
  rule: text,
  /** The group's areas in the feed. */
  members: z.array(id),
  /**
   * True when the group holds more areas than the feed (every Dutch gemeente of a size class): its
   * values then come from its source, never from the members listed here.
   */
  partial: z.optional(z.boolean()),
});

const duiding = z.object({
  indicator: id,
  area: z.optional(id),
  period: z.optional(period),
  text,
  author: text,
  /** The safety partner the author writes for: Politie, a gemeente, the RIEC. */
  partner: z.optional(text),
  date: isoDate,
});

const opvallendheid = z.object({
  id,
  district: id,
  title: text,
  text,
  indicators: z.array(id),
  date: isoDate,
  /** Shared with the other districts (true) or kept within the district. */
  shared: z.boolean(),
  author: z.optional(text),
  partner: z.optional(text),
  /** The area the finding is about, when it is narrower than the district (a gemeente). */
  area: z.optional(id),
  period: z.optional(period),
});

/** The whole feed. `schemaVersion` is checked before this schema runs (see `parseFeed`). */
export const feedSchema = z.object({
  schemaVersion: z.literal(SCHEMA_VERSION),
  meta,
  themes: z.array(theme),
  areas: z.array(area),
  indicators: z.array(indicator),
  series: z.array(series),
  duiding: z.array(duiding),
  opvallendheden: z.array(opvallendheid),
  /** Groups of comparable areas (vergelijkbare gemeenten); added after version 1 was first published. */
  areaGroups: z.optional(z.array(areaGroup)),
  sources: z.optional(z.array(source)),
});

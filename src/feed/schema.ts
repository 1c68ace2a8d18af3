/**
 * The published indicator feed, schema version 1: its types, the values its fields take, and helpers
 * that read them. The schema itself, in zod, is `feed-schema.ts`, which the types are inferred from;
 * this module does not load zod, so that the models and the elements can import it freely.
 */
import type * as z from 'zod/mini';
import type { feedSchema } from './feed-schema.js';

/** The schema version this library reads and writes. */
export const SCHEMA_VERSION = 1;

/**
 * Counts below this move by chance: a change where either count is smaller gets no percentage and no
 * good or bad colour, since 2 → 4 is "+100 %" and means nothing. A feed carries the counts behind a
 * rate or percentage (`counts`) where one is smaller, so the rule holds for those figures too.
 */
export const SMALL_COUNT = 10;

/** A year (`2024`), a half-year (`2024-H1`) or a quarter (`2024-Q3`). */
export const PERIOD_PATTERN = /^\d{4}(-H[12]|-Q[1-4])?$/;
/** An id: letters, digits, `-` and `_`, starting with a letter or digit; no spaces. */
export const ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9_-]*$/;

export const AREA_LEVELS = ['land', 'eenheid', 'district', 'gemeente'] as const;
export const POLARITIES = ['higher-is-worse', 'higher-is-better', 'neutral'] as const;
export const INDICATOR_KINDS = ['count', 'rate', 'percentage', 'score', 'survey'] as const;
/**
 * The status of a value, after CBS's "verklaring van tekens". `revised-provisional` (nader voorlopig)
 * and `nil` (nihil: a true zero) came after version 1 was first published; they are optional, so
 * every older feed stays valid and keeps its meaning.
 */
export const VALUE_STATUSES = [
  'definitive',
  'provisional',
  'suppressed',
  'not-applicable',
  'no-data',
  'revised-provisional',
  'nil',
] as const;
export const FREQUENCIES = ['jaar', 'halfjaar', 'kwartaal', 'tweejaarlijks', 'onregelmatig'] as const;
export const CHAIN_STEPS = ['pro-actie', 'preventie', 'preparatie', 'repressie', 'nazorg'] as const;

export type Feed = z.infer<typeof feedSchema>;
export type FeedMeta = Feed['meta'];
export type Theme = Feed['themes'][number];
export type Link = NonNullable<Theme['link']>;
export type Area = Feed['areas'][number];
export type AreaLevel = Area['level'];
export type Indicator = Feed['indicators'][number];
export type Polarity = Indicator['polarity'];
export type SeriesBreak = NonNullable<Indicator['breaks']>[number];
export type SpecialPeriod = NonNullable<Indicator['specialPeriods']>[number];
export type Series = Feed['series'][number];
export type SignificanceFlags = NonNullable<Series['significance']>[string];
export type ValueStatus = (typeof VALUE_STATUSES)[number];
export type RateOfCount = NonNullable<Indicator['rate']>;
export type AreaGroup = NonNullable<Feed['areaGroups']>[number];

/** The status of a series' `j`-th value: its entry in `status`, else what the value implies (a number is definitive). */
export const statusAt = (s: Series, j: number): ValueStatus =>
  s.status?.[s.periods[j] ?? ''] ?? ((s.values[j] ?? null) === null ? 'no-data' : 'definitive');

/** Whether a value of this status is a published number: definitive or (nader) voorlopig. */
export const carriesNumber = (status: ValueStatus): boolean =>
  status === 'definitive' || status === 'provisional' || status === 'revised-provisional';

/**
 * Whether a count may stand beside a value of this status in `counts`: a published number, or nihil
 * (a count of 0). Beside any other it would give away a figure that is not published.
 */
export const carriesCount = (status: ValueStatus): boolean => carriesNumber(status) || status === 'nil';

/** The statuses of a value that may still change, in the order texts name them: voorlopig, nader voorlopig. */
export const PROVISIONAL_STATUSES = ['provisional', 'revised-provisional'] as const;

/** Whether a value of this status may still change: voorlopig or nader voorlopig. */
export const isProvisional = (status: ValueStatus): boolean =>
  (PROVISIONAL_STATUSES as readonly ValueStatus[]).includes(status);
export type Duiding = Feed['duiding'][number];
export type Source = NonNullable<Feed['sources']>[number];
export type SourceContact = NonNullable<Source['contact']>;
export type Opvallendheid = Feed['opvallendheden'][number];

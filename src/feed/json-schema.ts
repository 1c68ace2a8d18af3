/**
 * The JSON Schema of the feed, generated from the zod schema so the format is written down once.
 *
 * The descriptions live here rather than in the zod schema: they would add about 1,2 KB gzip to the
 * validator every visitor downloads, and only publishers and their editors read them.
 */
import { toJSONSchema } from 'zod/mini';
import { feedSchema } from './feed-schema.js';
import { SCHEMA_VERSION } from './schema.js';
import type { FeedIssue } from './errors.js';
import { nearest } from './meant.js';

/** Field → meaning. `[]` steps into the items of a list. */
const DESCRIPTIONS: Record<string, string> = {
  schemaVersion: 'Version of this format; a library refuses versions it does not read.',
  'meta.updated': 'Last change of any number or text; widgets show it as "Stand".',
  'meta.sample': 'True when the numbers are fictitious: every widget then shows a visible mark.',
  'themes[].order': 'Position in menus and overviews, lowest first.',
  'themes[].link':
    'The instrument that goes with the theme, e.g. Zicht op Ondermijning; shown on the theme and under its figures.',
  'areas[].id': 'A CBS code (GM0758 for a gemeente, NL01 for Nederland) or a slug.',
  'areas[].parent': 'The area one level up: gemeente → district → eenheid → land.',
  'areas[].validFrom': 'First day the area exists, e.g. after a merger.',
  'areas[].validTo': 'Last day the area exists, e.g. before a merger.',
  'areas[].predecessors': 'Areas this one was formed from (a merger) or split off from.',
  'indicators[].unit': 'The unit as printed after a number: "per 1.000 inwoners", "%", "aantal".',
  'indicators[].decimals': 'Decimals shown: rates usually 1, percentages 0–1, counts 0.',
  'indicators[].polarity': 'Whether a rise is bad, good or neither; neutral indicators are never coloured good or bad.',
  'indicators[].definition': 'What is counted, in one plain sentence.',
  'indicators[].explanation': 'Toelichting: how to read the figure, caveats.',
  'indicators[].source.id': 'Refers to an entry of sources: the table, publication dates and contact of this figure.',
  'indicators[].lowestLevel': 'Lowest level with data; below it widgets fall back to a higher level and say so.',
  'indicators[].chainStep': 'Step in the safety chain.',
  'indicators[].instruments': 'Related instruments, e.g. Zicht op Ondermijning.',
  'indicators[].breaks': 'Series breaks, marked on the time axis.',
  'indicators[].inSentence':
    'The value as a sentence says it, {value} marking the number: "{value} drugsafvaldumpingen", "{value} % van de inwoners van 15 jaar en ouder", "rapportcijfer {value}". Without it, sentences print the number and the unit.',
  'indicators[].inSentenceOne':
    'The same for the value 1, where the language says it differently: "{value} drugsafvaldumping".',
  'indicators[].breaks[].period': 'First period after the break.',
  'indicators[].breaks[].reason': 'Why figures before and after differ: a method change or a boundary change.',
  'indicators[].breaks[].areas': 'Limits the break to these areas (a boundary change); absent means every area.',
  'indicators[].specialPeriods':
    'Periods that stay comparable but behaved unusually (the COVID years): shaded on the chart and named in the notes, never a break.',
  'indicators[].specialPeriods[].from': 'First period; a bare year covers its half-years and quarters.',
  'indicators[].specialPeriods[].to': 'Last period; a bare year covers its half-years and quarters.',
  'indicators[].specialPeriods[].label': 'A word or two, printed on the shaded band: "Corona".',
  'indicators[].specialPeriods[].reason': 'Why the period is special, for the notes under the chart.',
  series: 'The values of one indicator in one area each, column-wise: no key repeats per value.',
  'series[].periods': 'Periods in ascending order: 2024, 2024-H1 or 2024-Q3.',
  'series[].values': 'One value per period. A number is definitive unless status says otherwise; null is no data.',
  'series[].status':
    'Exceptions only, period → status, shown with the CBS symbols: provisional *, revised-provisional **, ' +
    'suppressed x, no-data ., nil – (a true zero: value 0 or null), not-applicable as a blank cell. Suppressed, ' +
    'not-applicable and no-data values are null; (revised-)provisional ones keep their number. Survey values are never provisional.',
  'series[].margins':
    'Half-width of the 95 % confidence interval per period (survey indicators). A margin of 0 is read as unknown: the value is shown without a margin, and its differences as not tested.',
  'series[].counts':
    'The cases behind each value of a rate or percentage, aligned with values; null where unknown and for a value that is not published. With them a change between fewer than 10 cases gets no percentage and no good or bad colour.',
  'series[].significance':
    "The publisher's own significance test (survey indicators), period → { periods: { another period of this area → differs significantly }, areas: { area id → differs significantly in the same period } }. It wins over the margins, and it is the only way a widget calls an area different from an area it lies in (a gemeente from its district, a district from Nederland); without it such a difference is shown as not tested.",
  'series[].notes': 'Footnotes: period → text.',
  'duiding[].partner': 'The safety partner the author writes for: Politie, a gemeente, the RIEC.',
  'opvallendheden[].author': 'Who wrote the finding.',
  'opvallendheden[].partner': 'The safety partner the author writes for.',
  'opvallendheden[].area': 'The area the finding is about, when narrower than the district (a gemeente).',
  'opvallendheden[].period': 'The period the finding is about, if any.',
  sources:
    'Every source of the figures once (optional): a citation names its table and publication date, an overview lists them all. Indicators refer to one with source.id.',
  'sources[].publisher': 'Who publishes the figures: CBS, Politie, a veiligheidsregio.',
  'sources[].table':
    'The table the figures are taken from: its title, and its id (a StatLine code such as 83648NED) and url where it has them.',
  'sources[].published':
    'When the source published the figures in this feed (JJJJ-MM-DD). Never guessed: leave it out when unknown.',
  'sources[].nextUpdate': 'When the source expects to publish new figures.',
  'sources[].frequency': 'How often the source publishes.',
  'sources[].lowestLevel': 'Lowest level the source publishes.',
  'sources[].contact': 'Who answers questions about the source: name, and email and/or url.',
  'sources[].links': 'Further reading: documentation, the instrument that goes with the source.',
  'duiding[].area': 'Limits the text to this area; absent means every area.',
  'duiding[].period': 'The period the text is about, if any.',
  'opvallendheden[].shared': 'Shared with the other districts (true) or kept within the district.',
};

type Node = {
  properties?: Record<string, Node>;
  additionalProperties?: Node | boolean;
  items?: Node;
  description?: string;
};

function describe(root: Node, path: string, description: string): void {
  let node: Node | undefined = root;
  for (const step of path.split('.')) {
    const name = step.replace(/\[\]$/, '');
    node = node?.properties?.[name];
    if (node && step.endsWith('[]')) node = node.items;
  }
  // A renamed field must not lose its description silently.
  if (!node) throw new Error(`feedJsonSchema: no field at ${path}`);
  node.description = description;
}

export function feedJsonSchema(): Record<string, unknown> {
  const schema = toJSONSchema(feedSchema, { io: 'input' }) as Node & Record<string, unknown>;
  for (const [path, description] of Object.entries(DESCRIPTIONS)) describe(schema, path, description);
  return {
    ...schema,
    $id: `https://miv-widgets.nl/schema/feed-v${SCHEMA_VERSION}.json`,
    title: `MIV indicator feed, schema version ${SCHEMA_VERSION}`,
  };
}

/**
 * The fields of a feed that its schema does not know, by their path. The widgets pass over a
 * misspelt `stauts`, and so publish a secret cell's number as definitive; `miv-feed validate` says
 * them as warnings, since a later version of the format may add fields.
 */
export function unknownFields(json: unknown): FeedIssue[] {
  const found: FeedIssue[] = [];
  const walk = (value: unknown, node: Node, path: string): void => {
    if (Array.isArray(value)) {
      if (node.items) value.forEach((item, i) => walk(item, node.items!, `${path}[${i}]`));
      return;
    }
    if (typeof value !== 'object' || value === null) return;
    const open = typeof node.additionalProperties === 'object' ? node.additionalProperties : undefined;
    for (const [key, child] of Object.entries(value)) {
      const at = path ? `${path}.${key}` : key;
      const known = node.properties?.[key] ?? open;
      if (known) walk(child, known, at);
      // `$schema` names the schema for an editor, as JSON Schema lets any document do.
      else if (node.properties && !key.startsWith('$')) {
        const meant = nearest(key, Object.keys(node.properties));
        found.push({ path: at, message: `onbekend veld${meant ? `; bedoelt u "${meant}"?` : ''}` });
      }
    }
  };
  walk(json, feedJsonSchema() as Node, '');
  return found;
}

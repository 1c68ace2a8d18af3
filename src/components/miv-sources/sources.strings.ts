/**
 * The words of `<miv-sources>`, kept with the element rather than in the shared dictionary, so that
 * pages without a sources overview do not load them.
 */
import type { AreaLevel, Indicator } from '../../feed/schema.js';
import type { Lang } from '../../i18n/strings.js';

type Frequency = Indicator['frequency'];

export interface SourcesStrings {
  title: string;
  count: (n: number) => string;
  theme: string;
  allThemes: string;
  none: string;
  /** After the notice that the `theme` asked for is not in the feed. */
  showsAll: string;
  indicators: string;
  publisher: string;
  /** Before the table, which is named as in running text (`tabel 83648NED “…”`): not `Tabel: tabel …`. */
  table: string;
  lowestLevel: string;
  frequency: string;
  published: string;
  nextUpdate: string;
  contact: string;
  links: string;
  /** For a date the feed does not give. */
  unknown: string;
  levels: Record<AreaLevel, string>;
  frequencies: Record<Frequency, string>;
}

const nl: SourcesStrings = {
  title: 'Bronnen',
  count: (n) => `${n} ${n === 1 ? 'bron' : 'bronnen'}`,
  theme: 'Thema',
  allThemes: 'Alle thema’s',
  none: 'Geen bronnen voor dit thema.',
  showsAll: 'U ziet de bronnen van alle thema’s.',
  indicators: 'Indicatoren',
  publisher: 'Uitgever',
  table: 'Cijfers uit',
  lowestLevel: 'Laagste niveau',
  frequency: 'Frequentie',
  published: 'Laatste update',
  nextUpdate: 'Volgende update verwacht',
  contact: 'Contact',
  links: 'Links',
  unknown: 'niet bekend',
  levels: { land: 'Nederland', eenheid: 'eenheid', district: 'district', gemeente: 'gemeente' },
  frequencies: {
    jaar: 'jaarlijks',
    halfjaar: 'per halfjaar',
    kwartaal: 'per kwartaal',
    tweejaarlijks: 'om de twee jaar',
    onregelmatig: 'onregelmatig',
  },
};

const en: SourcesStrings = {
  title: 'Sources',
  count: (n) => `${n} ${n === 1 ? 'source' : 'sources'}`,
  theme: 'Theme',
  allThemes: 'All themes',
  none: 'No sources for this theme.',
  showsAll: 'Showing the sources of every theme.',
  indicators: 'Indicators',
  publisher: 'Publisher',
  table: 'Figures from',
  lowestLevel: 'Lowest level',
  frequency: 'Frequency',
  published: 'Last update',
  nextUpdate: 'Next update expected',
  contact: 'Contact',
  links: 'Links',
  unknown: 'not known',
  levels: { land: 'the Netherlands', eenheid: 'police unit', district: 'district', gemeente: 'municipality' },
  frequencies: {
    jaar: 'yearly',
    halfjaar: 'half-yearly',
    kwartaal: 'quarterly',
    tweejaarlijks: 'every two years',
    onregelmatig: 'irregular',
  },
};

export const sourcesStrings: Record<Lang, SourcesStrings> = { nl, en };

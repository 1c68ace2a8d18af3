/**
 * The words of `<miv-profile>`, kept with the element rather than in the shared dictionary, so that
 * pages without a profile do not load them.
 */
import type { Lang } from '../../i18n/strings.js';

export interface ProfileStrings {
  /** The default title: `Veiligheidsprofiel Breda`. */
  title: (area: string) => string;
  /** The line under the title: area, number of themes and indicators. */
  subtitle: (area: string, themes: number, indicators: number) => string;
  intro: string;
  print: string;
  contents: string;
  shared: string;
  /** The name of a theme's region of shared opvallendheden: its heading (`shared`) and the theme. */
  sharedAbout: (theme: string) => string;
  sharedIntro: string;
  noneShared: string;
  /** `De Baronie, 12 mei 2026`: who shared an opvallendheid and when. */
  sharedBy: (district: string, date: string) => string;
  /**
   * The heading of a theme's numbered notes, which its cards refer to (`Trendbreuk 2021, zie noot 1`,
   * `Cijfer 2015, zie noot 2`: `notes.seriesBreakSee` and `notes.valueNoteSee` of the shared dictionary).
   */
  notes: string;
  aboutRules: string;
  /** Under the heading of the list of sources, at the end (`Bronnen`, the heading `<miv-sources>` has). */
  sourcesIntro: string;
  /** The page number in the printed header; `{page}` and `{pages}` become the numbers. */
  pageNumber: string;
}

const nl: ProfileStrings = {
  title: (area) => `Veiligheidsprofiel ${area}`,
  subtitle: (area, themes, indicators) =>
    `${area} · ${themes} ${themes === 1 ? 'thema' : 'thema’s'} · ${indicators} ${indicators === 1 ? 'indicator' : 'indicatoren'}`,
  intro:
    'Per thema elke indicator met het laatste cijfer, de ontwikkeling, de duiding van de partners en wat de rekenregels opvalt; daarna de opvallendheden die de districten met elkaar delen. Achteraan staan de bronnen, elk met de tabel, de publicatiedatum en het adres waar u de cijfers terugvindt.',
  print: 'Afdrukken / PDF',
  contents: 'Thema’s in dit profiel',
  shared: 'Gedeeld door de districten',
  sharedAbout: (theme) => `Gedeeld door de districten over ${theme}`,
  sharedIntro: 'Opvallendheden die de districten met elkaar delen, over indicatoren van dit thema.',
  noneShared: 'De districten delen geen opvallendheden over dit thema.',
  sharedBy: (district, date) => `${district}, ${date}`,
  notes: 'Noten',
  aboutRules: 'Over de rekenregels',
  sourcesIntro: 'De bronnen van de cijfers in dit profiel, op naam zoals de indicatoren ze noemen.',
  pageNumber: 'Pagina {page} van {pages}',
};

const en: ProfileStrings = {
  title: (area) => `Safety profile ${area}`,
  subtitle: (area, themes, indicators) =>
    `${area} · ${themes} ${themes === 1 ? 'theme' : 'themes'} · ${indicators} ${indicators === 1 ? 'indicator' : 'indicators'}`,
  intro:
    'Per theme every indicator with the latest figure, the trend, the partners’ interpretation and what the rules find; then the findings the districts share with each other. At the end, the sources, each with the table, the publication date and the address where the figures can be found.',
  print: 'Print / PDF',
  contents: 'Themes in this profile',
  shared: 'Shared by the districts',
  sharedAbout: (theme) => `Shared by the districts about ${theme}`,
  sharedIntro: 'Findings the districts share with each other, about indicators of this theme.',
  noneShared: 'The districts share no findings about this theme.',
  sharedBy: (district, date) => `${district}, ${date}`,
  notes: 'Notes',
  aboutRules: 'About the rules',
  sourcesIntro: 'The sources of the figures in this profile, by the name the indicators give them.',
  pageNumber: 'Page {page} of {pages}',
};

export const profileStrings: Record<Lang, ProfileStrings> = { nl, en };

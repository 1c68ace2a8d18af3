/**
 * The model behind `<miv-profile>`, the handout for the beleidsdialoog: per theme, every chosen
 * indicator of one area with its card, its changes in words, the partners' duiding and what the
 * highlight rules find; then the opvallendheden the districts share; and the sources its cards name.
 * Plain data, no DOM.
 */
import type { Area, Duiding, Feed, Opvallendheid, Source, Theme } from '../feed/schema.js';
import type { Strings } from '../i18n/strings.js';
import { formatPeriod, listOf } from './format.js';
import { authoredHighlights, describeFinding, detectHighlights, type HighlightRule } from './highlights.js';
import type { IndicatorModel } from './indicator.js';
import { indexFeed, sortPeriods, type Point } from './series.js';
import { buildSourcesOverview } from './sources.js';
import { headlineChanges, specialPeriodNote, type WordedChange } from './summary.js';
import { buildCard, type ThemeCard } from './theme-overview.js';
import type { Change } from './trend.js';

export interface ProfileQuery {
  area: string;
  /** Theme ids, in the feed's theme order whatever order they are given in; every theme when absent. */
  themes?: readonly string[];
  /** Indicator ids; every indicator of the chosen themes when absent. */
  indicators?: readonly string[];
}

export interface ProfileFinding {
  rule: HighlightRule;
  change: Change;
  /** The change the rule found, in words (`describeFinding`): the card shows the rest. */
  words: string;
}

export interface ProfileIndicator {
  card: ThemeCard;
  /** Against the period before, and over the series (after a break: since the break). */
  changes: WordedChange[];
  /**
   * What the sparkline's periods hold that its line cannot say: each series break, with the number
   * of the theme's note that gives its reason (the changes name the last break, not why); the feed's
   * notes on the figures the card states (its latest, those its changes compare, and the later
   * periods it names without a figure), by the number of the theme's note that gives each; and each
   * special period.
   */
  notes: CardNote[];
  /** The area's own, then its district's, eenheid's and Nederland's, then the general ones (`selectDuiding`). */
  duiding: Duiding[];
  /** What the highlight rules find for this indicator in the area itself. */
  findings: ProfileFinding[];
}

/**
 * A card's note as text, and for a series break or the feed's note on its figures what it refers
 * to, so that a page can link it.
 */
export interface CardNote {
  /** `Trendbreuk 2021, zie noot 1`, `Cijfer 2015, zie noot 2`, `Bijzondere periode 2020–2021 (Corona)`. */
  text: string;
  /**
   * A series break's: its period as printed and the numbers of the theme's notes that give its
   * reasons. The feed's note on figures: their periods as printed (`2015 en 2016`), the number of
   * the theme's note that gives it, and in `figures` the periods as in the feed.
   */
  reference?: { period: string; notes: number[]; figures?: string[] };
}

export interface ProfileTheme {
  theme: Theme;
  indicators: ProfileIndicator[];
  /** The opvallendheden districts share about an indicator of this theme in the profile; newest first. */
  shared: Opvallendheid[];
  /**
   * The reasons of the theme's series breaks and the feed's notes on the figures its cards state,
   * note 1 first, in the order its cards name them: each once, however many cards and periods share
   * it. Each theme starts a printed page, so its notes are numbered from 1 and a reader finds them on
   * its own pages.
   */
  notes: string[];
}

export interface Profile {
  area: Area;
  themes: ProfileTheme[];
  /**
   * The sources the cards name, each once however many cards share it, by name: the feed's entry,
   * or the name (and url) an indicator gives where the feed lists none (`buildSourcesOverview`).
   */
  sources: Source[];
}

/** Ids from an attribute: separated by spaces and/or commas. */
export function parseIds(list: string): string[] {
  return list.split(/[\s,]+/).filter(Boolean);
}

/**
 * Builds the profile, or throws `MivError` (`unknown-area`, `unknown-theme`, `unknown-indicator`).
 * Given indicators without themes, the themes are those the indicators belong to.
 */
export function buildProfile(feed: Feed, query: ProfileQuery, strings: Strings): Profile {
  const index = indexFeed(feed);
  const area = index.areas.get(query.area);
  if (!area) throw index.unknown('unknown-area', query.area, `Onbekend gebied: "${query.area}"`);
  for (const id of query.themes ?? [])
    if (!feed.themes.some((t) => t.id === id)) throw index.unknown('unknown-theme', id, `Onbekend thema: "${id}"`);
  for (const id of query.indicators ?? [])
    if (!index.indicator(id)) throw index.unknown('unknown-indicator', id, `Onbekende indicator: "${id}"`);

  const askedIndicators = query.indicators?.length ? new Set(query.indicators) : undefined;
  const askedThemes = query.themes?.length
    ? new Set(query.themes)
    : askedIndicators && new Set(feed.indicators.filter((i) => askedIndicators.has(i.id)).map((i) => i.theme));
  const indicators = feed.indicators.filter(
    (i) => (!askedThemes || askedThemes.has(i.theme)) && (!askedIndicators || askedIndicators.has(i.id)),
  );
  const included = new Set(indicators.map((i) => i.id));

  // Every finding of the area, not only the largest few: the handout is about this one area.
  const detected = detectHighlights(feed, { areas: [area.id], indicators: [...included], limit: Infinity });
  const shared = authoredHighlights(feed).filter((o) => o.shared && o.indicators.some((id) => included.has(id)));

  const themes = [...feed.themes]
    .sort((a, b) => a.order - b.order)
    .map((theme): ProfileTheme => {
      const ofTheme = indicators.filter((i) => i.theme === theme.id);
      const notes: string[] = [];
      return {
        theme,
        indicators: ofTheme.map((indicator): ProfileIndicator => {
          const { card, model } = buildCard(feed, indicator, area);
          const changes = model ? headlineChanges(model, strings) : [];
          return {
            card,
            changes,
            notes: model ? cardNotes(model, statedFigures(card, changes), strings, notes) : [],
            duiding: model?.duiding ?? [],
            findings: detected
              .filter((h) => h.indicator.id === indicator.id)
              .map((h) => ({ rule: h.rule, change: h.change, words: describeFinding(h, strings) })),
          };
        }),
        shared: shared.filter((o) => o.indicators.some((id) => ofTheme.some((i) => i.id === id))),
        notes,
      };
    })
    .filter((t) => t.indicators.length > 0);
  // By name rather than the feed's order: on paper a reader looks up the name a card gives.
  const sources = buildSourcesOverview(feed, {}, strings.locale)
    .filter((entry) => entry.indicators.some((i) => included.has(i.id)))
    .map((entry) => entry.source)
    .sort((a, b) => a.name.localeCompare(b.name, strings.locale));
  return { area, themes, sources };
}

/**
 * The points a card states: its latest, both ends of each change it words, and the periods after
 * its latest that it names without a figure (`2025: geen cijfer (geheim)`), whose note says why
 * (a cell made secret to protect another).
 */
function statedFigures(card: ThemeCard, changes: readonly WordedChange[]): Point[] {
  const named = new Set(card.missing.flatMap((m) => m.periods));
  const without = card.points.filter((point) => named.has(point.period));
  const stated = [card.latest, ...changes.flatMap(({ change }) => [change.from, change.to]), ...without];
  return stated.filter((point) => point !== undefined);
}

/**
 * A card's notes, in the words of the chart's (`chartNotes`): a break by the number of the theme's
 * note with its reason (added to `themeNotes` where no card before named it), since a handout on
 * paper cannot leave the reason one click away but one reason on many cards would fill its pages;
 * so too the feed's note on a figure the card states (`stated`): Altena's 2015, recomputed on
 * today's boundaries, is compared with 2025 on card after card; a special period by its label only,
 * its reason being the same on every card it marks.
 */
function cardNotes(
  model: IndicatorModel,
  stated: readonly Point[],
  strings: Strings,
  themeNotes: string[],
): CardNote[] {
  // The breaks of one period (a survey's new method and a boundary change, both 2021) named once. A
  // note is the reason alone, the period stays on the card: Haaren's end breaks yearly series in 2021
  // and half-year ones in its 1e halfjaar, for one reason said once.
  const byPeriod = new Map<string, Set<number>>();
  for (const b of model.breaks) {
    const period = formatPeriod(b.dated ?? b.period, strings);
    if (!themeNotes.includes(b.reason)) themeNotes.push(b.reason);
    byPeriod.set(period, (byPeriod.get(period) ?? new Set()).add(themeNotes.indexOf(b.reason) + 1));
  }
  return [
    ...[...byPeriod].map(([period, numbers]) => {
      const notes = [...numbers];
      const text = strings.notes.seriesBreakSee(period, listOf(notes.map(String), strings), notes.length);
      return { text, reference: { period, notes } };
    }),
    ...figureNotes(stated, strings, themeNotes),
    ...model.specialPeriods.map((special) => ({ text: specialPeriodNote(special, strings, { reason: false }) })),
  ];
}

/**
 * The feed's notes on the figures a card states, by the number of the theme's note that gives each
 * (added to `themeNotes` where no card before named it): `Cijfer 2015, zie noot 2`; the periods that
 * share one note on one line, `Cijfers 2015 en 2016, zie noot 2`, oldest first.
 */
function figureNotes(stated: readonly Point[], strings: Strings, themeNotes: string[]): CardNote[] {
  const byNote = new Map<string, string[]>();
  for (const { period, note } of stated) if (note) byNote.set(note, sortPeriods([...(byNote.get(note) ?? []), period]));
  return [...byNote]
    .sort(([, a], [, b]) => a[0]!.localeCompare(b[0]!))
    .map(([note, figures]) => {
      if (!themeNotes.includes(note)) themeNotes.push(note);
      const number = themeNotes.indexOf(note) + 1;
      const period = listOf(
        figures.map((p) => formatPeriod(p, strings)),
        strings,
      );
      // A dictionary written before this sentence was: `2015: noot 2`, in its own word for a note.
      const see = strings.notes.valueNoteSee;
      const text = see ? see(period, figures.length, number) : `${period}: ${strings.table.note} ${number}`;
      return { text, reference: { period, notes: [number], figures } };
    });
}

/**
 * The model behind `<miv-theme>`: one card per indicator of a theme, each with its series for a
 * sparkline, its latest value and the change since the period before. Plain data, no DOM.
 */
import { MivError } from '../feed/errors.js';
import type { Area, Feed, Indicator, Theme, ValueStatus } from '../feed/schema.js';
import { breakIndices } from './breaks.js';
import { buildIndicatorModel, type IndicatorModel, type MissingPeriods } from './indicator.js';
import type { Point } from './series.js';
import { indexFeed } from './series.js';
import { followsDirectly, type Change } from './trend.js';

export const THEME_SORTS = ['feed', 'change'] as const;
export type ThemeSort = (typeof THEME_SORTS)[number];

export interface ThemeCard {
  /** The feed's indicator; a rate over half-years or quarters has the period in its unit. */
  indicator: Indicator;
  /** The area whose numbers the card shows; absent when no level has any. */
  shownArea?: Area;
  /** True when the card shows a higher level because the asked area has no numbers. */
  fallback: boolean;
  /** Why the asked area has none, where all its figures say the same (`IndicatorModel.withheld`). */
  withheld?: ValueStatus;
  points: Point[];
  /** Indices in `points` where a series break starts a new part of the line. */
  breaks: number[];
  latest?: Point;
  /** The periods after `latest` without a figure, and why: a card must not read as the newest there is. */
  missing: MissingPeriods[];
  /**
   * Latest versus the period before it with a figure (for half-years and quarters: the same one of an
   * earlier year), which the card names: across a geheim figure that may be years back.
   */
  change: Change | null;
}

export interface ThemeOverview {
  theme: Theme;
  area: Area;
  cards: ThemeCard[];
}

export interface ThemeQuery {
  theme: string;
  area: string;
  sort?: ThemeSort;
}

/**
 * How much a card's change counts when sorting by change: the relative change, and nothing for a
 * change that is not one (equal, a survey difference within the margins or not tested, small counts)
 * or that spans more than a step (across a geheim figure, `followsDirectly`), which would rank a
 * change over two years among changes over one.
 */
function changeWeight(card: ThemeCard): number {
  const change = card.change;
  if (!change || change.significance !== 'significant' || change.relative === null) return -1;
  const periods = card.points.map((p) => p.period);
  if (!followsDirectly(card.indicator, periods, change.from.period, change.to.period)) return -1;
  return Math.abs(change.relative);
}

/**
 * One indicator's card for an area and, when some level has numbers, the indicator model it was
 * built from (for what a card does not carry: the longer change, the duiding).
 */
export function buildCard(feed: Feed, indicator: Indicator, area: Area): { card: ThemeCard; model?: IndicatorModel } {
  try {
    const model = buildIndicatorModel(feed, { indicator: indicator.id, area: area.id, compare: 'none' });
    const points = model.series[0]?.points ?? [];
    const card: ThemeCard = {
      indicator: model.indicator,
      shownArea: model.shownArea,
      fallback: model.fallback,
      ...(model.withheld ? { withheld: model.withheld } : {}),
      points,
      breaks: breakIndices(
        indicator,
        model.shownArea.id,
        points.map((p) => p.period),
      ),
      ...(model.latest ? { latest: model.latest } : {}),
      missing: model.missingAfterLatest,
      change: model.changePrevious,
    };
    return { card, model };
  } catch (error) {
    // An indicator without numbers at any level still gets its card, saying so.
    if (error instanceof MivError && error.kind === 'no-data')
      return { card: { indicator, fallback: false, points: [], breaks: [], missing: [], change: null } };
    throw error;
  }
}

/** Builds the overview, or throws `MivError` (`unknown-theme`, `unknown-area`). */
export function buildThemeOverview(feed: Feed, query: ThemeQuery): ThemeOverview {
  const index = indexFeed(feed);
  const theme = feed.themes.find((t) => t.id === query.theme);
  if (!theme) throw index.unknown('unknown-theme', query.theme, `Onbekend thema: "${query.theme}"`);
  const area = index.areas.get(query.area);
  if (!area) throw index.unknown('unknown-area', query.area, `Onbekend gebied: "${query.area}"`);

  const cards = feed.indicators
    .filter((indicator) => indicator.theme === theme.id)
    .map((indicator) => buildCard(feed, indicator, area).card);
  if (query.sort === 'change') {
    // Array.prototype.sort is stable: equal weights keep the feed's order.
    cards.sort((a, b) => changeWeight(b) - changeWeight(a));
  }
  return { theme, area, cards };
}

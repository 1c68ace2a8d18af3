/**
 * The citation of a figure: plain text a reader copies into a memo or a council letter. It says
 * what is shown (indicator, area, periods), which of its periods are still (nader) voorlopig, where
 * the numbers come from (the source and, when the feed gives them, its table and publication dates;
 * never a guessed date), which feed they were taken from and how current it is, and the link that
 * reopens the same view.
 */
import type { Feed, Indicator } from '../feed/schema.js';
import { indicatorSource, sourceOf } from './series.js';
import { stillChanging, type ShownFigure } from './still-changing.js';
import type { Strings } from '../i18n/strings.js';
import type { CompareModel } from './compare.js';
import { formatDate, formatPeriod } from './format.js';
import type { IndicatorModel } from './indicator.js';
import { fallbackSentence, periodRange } from './summary.js';
import { viewHref, type ViewState } from '../view/view-state.js';

export interface CitationParts {
  feed: Feed;
  indicator: Indicator;
  /** The area or areas shown, as a reader names them: `Breda`, `Gemeenten in De Baronie`. */
  about: string;
  /** The period or range shown, already in words. */
  periods: string;
  /** The sentence saying a higher level stands in for the asked area, if one does. */
  fallback?: string;
  /** Every figure the view shows: a voorlopig one makes the citation say that it may change. */
  figures: readonly ShownFigure[];
  /** The URL of this view: the page's address with what the element knows of its view. */
  href: string;
}

/** One line per fact, so the text reads the same pasted in an e-mail, a document or a chat. */
export function citationText(parts: CitationParts, strings: Strings): string {
  const { feed, indicator } = parts;
  const source = sourceOf(feed, indicator);
  const table = source?.table && strings.citation.table(source.table);
  const date = (iso: string | undefined) => iso && formatDate(iso, strings);
  const { meta } = feed;
  return [
    `${indicator.title} (${indicator.unit}), ${parts.about}, ${parts.periods}.`,
    parts.fallback,
    ...stillChanging(parts.figures, strings),
    strings.citation.source(
      indicatorSource(feed, indicator).name,
      table,
      date(source?.published),
      date(source?.nextUpdate),
    ),
    strings.citation.feed(meta.title, meta.publisher, formatDate(meta.updated, strings)),
    meta.sample ? `${strings.sample}.` : undefined,
    strings.citation.link(parts.href),
  ]
    .filter(Boolean)
    .join('\n');
}

/**
 * The choices the citation's unit names (`per 100.000 inwoners` or `aantal`, `index, 2015 = 100`),
 * always written in the link: left out, it would reopen the element's default, which may be the
 * other one (a measure by default follows how many lines are drawn; the default base moves with the
 * next break). A measure without a rate to choose, and a base without an index, are taken out of the
 * page's address.
 */
function unitView(
  model: Pick<IndicatorModel, 'measure' | 'rate'> & Partial<Pick<IndicatorModel, 'scale' | 'base'>>,
): ViewState {
  return {
    measure: model.rate ? model.measure : '',
    ...(model.scale ? { scale: model.scale, base: model.scale === 'index' ? (model.base ?? '') : '' } : {}),
  };
}

/** The citation of `<miv-indicator>`: the asked area, and the stand-in level when one is shown. */
export function indicatorCitation(model: IndicatorModel, href: string, strings: Strings): string {
  const { periods, area } = model;
  return citationText(
    {
      feed: model.feed,
      indicator: model.indicator,
      about: strings.levelName(area.name, area.level),
      periods: periods.length ? periodRange(periods[0]!, periods.at(-1)!, strings) : '',
      ...(model.fallback ? { fallback: fallbackSentence(model, strings)! } : {}),
      figures: model.series.flatMap((s) => s.points.map((point) => ({ area: s.area.name, point }))),
      href: viewHref(unitView(model), href),
    },
    strings,
  );
}

/** The citation of `<miv-district-compare>`: the compared areas in the one period shown. */
export function compareCitation(model: CompareModel, href: string, strings: Strings): string {
  return citationText(
    {
      feed: model.feed,
      indicator: model.indicator,
      about: strings.compare.areasOf(model.level, model.parent.name),
      periods: formatPeriod(model.period, strings),
      figures: [...model.rows, ...model.references].map((r) => ({ area: r.area.name, point: r.point })),
      href: viewHref(unitView(model), href),
    },
    strings,
  );
}

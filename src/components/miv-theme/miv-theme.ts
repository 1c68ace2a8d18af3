import { css, html, nothing, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { Feed } from '../../feed/schema.js';
import {
  buildThemeOverview,
  THEME_SORTS,
  type ThemeCard,
  type ThemeOverview,
  type ThemeSort,
} from '../../model/theme-overview.js';
import { specialPeriodsIn } from '../../model/breaks.js';
import { formatDate } from '../../model/format.js';
import { indicatorSource } from '../../model/series.js';
import { changeSincePhrase, specialPeriodNote } from '../../model/summary.js';
import { Derived } from '../../controllers/derived.js';
import { feedLang, feedText, heading, renderSampleMark } from '../parts.js';
import { indicatorCardStyles, renderCardFigures } from '../indicator-card.js';
import { changeStyles, headerStyles, sharedStyles, tokenStyles } from '../shared.styles.js';
import { MivTitledElement } from '../miv-titled-element.js';

/**
 * The overview of one theme: a card per indicator with a sparkline, the latest value and its status,
 * the change since the period before, coloured by polarity (neutral indicators stay neutral), the
 * special period that change reads, and the Bron; the feed's Stand once, under the title.
 * Each card is a button (or, with `href-template`, a link) that opens the indicator's detail, named
 * by the indicator, its figure and change, and described by the special periods and the Bron.
 * Sparklines are plain SVG paths, so a page with all 66 indicators loads no chart engine for them.
 *
 * @tagname miv-theme
 * @summary A card per indicator of one theme, with sparkline, latest value and change.
 *
 * @attr src - URL of the JSON indicator feed (inherited from `<miv-feed>` when absent).
 * @attr theme - Theme id from the feed.
 * @attr url-view - Follows the theme in the URL of a `<miv-feed url-state>` (`?thema=`).
 * @attr area - Area id (inherited from `<miv-feed>` when absent; the unit when neither has one).
 * @attr sort - `feed` (the feed's order, default) or `change` (largest change first).
 * @attr indicator - The indicator open on the page beside the cards: its card is marked as the current one
 *   (`aria-current`, a border). With `url-view`, the indicator in the URL.
 * @attr href-template - Makes every card a link: `{indicator}` and `{area}` are replaced, e.g.
 *   `detail.html?indicator={indicator}&area={area}`.
 * @attr lang - `nl` (default) or `en`.
 * @attr heading-level - Level of the element's title, 1 to 6 (default 2), to fit the page's outline;
 *   its other headings follow below it.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting); absent: the page's `color-scheme` or a surrounding `<miv-feed color-scheme>`.
 *
 * @event miv-select - A card was chosen; `detail.indicator` and `detail.area` say which.
 * @event miv-error - Loading the feed failed, or the theme or area is unknown; `detail.kind` says why.
 *
 * @csspart header - Theme title and area.
 * @csspart title - The theme title.
 * @csspart link - The theme's link under its title, when the feed gives one (Zicht op Ondermijning).
 * @csspart grid - The list of cards.
 * @csspart card - One card (a button or a link).
 * @csspart value - The latest value on a card.
 * @csspart change - The change on a card.
 * @csspart sparkline - The sparkline of a card.
 * @csspart sample - The fictitious-data mark.
 * @csspart status - Loading and error messages.
 *
 * @cssprop --miv-font-family - Font of all text; without it the theme's (`--nl-paragraph-font-family`, `--basis-text-font-family-default`, `--utrecht-document-font-family`), else the page's own.
 * @cssprop --miv-font-size - Size of the body text; without it the theme's (`--nl-paragraph-font-size`, `--basis-text-font-size-md`, `--utrecht-document-font-size`), else the page's own.
 * @cssprop --miv-theme-card-min-width - Narrowest card before the grid wraps (default 15em).
 * @cssprop --miv-color-series-1 - Colour of the sparkline.
 * @cssprop --miv-color-favourable - Colour of a favourable change.
 * @cssprop --miv-color-unfavourable - Colour of an unfavourable change.
 * @cssprop --miv-color-neutral - Colour of a neutral or equal change.
 */
export class MivTheme extends MivTitledElement {
  protected static override readonly tokenComponent = 'theme';

  static override styles = [
    tokenStyles(this.tokenComponent),
    sharedStyles,
    headerStyles('theme'),
    changeStyles,
    indicatorCardStyles,
    css`
      :host {
        background: none;
      }
      .header .meta:has(+ .meta) {
        margin-bottom: 0;
      }
      .header .meta:has(+ .link) {
        margin-bottom: 0.25em;
      }
      .header .link {
        margin: 0 0 var(--_space);
        font-size: 0.9em;
      }
      ul {
        display: grid;
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--miv-theme-card-min-width, 15em)), 1fr));
        gap: var(--_space);
        list-style: none;
        margin: 0;
        padding: 0;
      }
      li {
        display: flex;
        min-width: 0;
      }
      .card {
        cursor: pointer;
      }
      /* At the foot of the card, level with its neighbours' in the row. */
      .source {
        margin-top: auto;
        padding-top: 0.25em;
        font-size: 0.8em;
        color: var(--_muted);
      }
      .card:hover {
        border-color: var(--_link);
        box-shadow: 0 0 0 1px var(--_link);
      }
      /*
       * The card of the indicator open on the page: a ring three times as heavy as a border, not a
       * colour alone, and an outline, which forced colours keep (they drop shadows).
       */
      .card[aria-current='true'] {
        border-color: var(--_link);
        outline: 2px solid var(--_link);
        outline-offset: -1px;
      }
      @container (max-width: 30em) {
        ul {
          gap: 0.5em;
        }
      }
    `,
  ];

  protected static override fixedValues = { ...MivTitledElement.fixedValues, sort: THEME_SORTS };

  /** Theme id from the feed. */
  @property({ reflect: true }) theme = '';

  /** `feed` (the feed's order) or `change` (largest relative change first). */
  @property({ reflect: true }) sort: ThemeSort = 'feed';

  /** The indicator open beside the cards, whose card is the current one. */
  @property({ reflect: true }) indicator = '';

  /** Makes cards links: `{indicator}` and `{area}` are replaced by the card's ids. */
  @property({ attribute: 'href-template', reflect: true }) hrefTemplate = '';

  /** Built once per feed, theme, area and sort: a card runs the whole indicator model. */
  private readonly overviews = new Derived<ThemeOverview>();

  private overview(feed: Feed, area: string): ThemeOverview {
    const { theme, sort } = this;
    return this.overviews.get([feed, theme, area, sort], () => buildThemeOverview(feed, { theme, area, sort }));
  }

  private href(card: ThemeCard, area: string): string {
    return this.hrefTemplate
      .replaceAll('{indicator}', encodeURIComponent(card.indicator.id))
      .replaceAll('{area}', encodeURIComponent(area));
  }

  /** `true` on the card of the indicator open on the page; no attribute on the others. */
  private current(card: ThemeCard): 'true' | typeof nothing {
    return card.indicator.id === this.indicator ? 'true' : nothing;
  }

  /**
   * A card: its name, its figures, the special periods its change reads (in the words of the chart's
   * notes, the reason one click away, as `<miv-highlights>` says them) and its Bron. The profile
   * names the special periods of the whole sparkline in its own notes, so this is the theme's alone.
   * The name and figures name the button (or link); the special periods and the Bron, hidden from
   * its name, are its description (`about`): a screen reader names a card by what it is.
   */
  private renderCardBody(
    feed: Feed,
    card: ThemeCard,
    overview: ThemeOverview,
    lang: string | undefined,
    { special, ids }: CardAbout,
  ): TemplateResult {
    const strings = this.text;
    const { change, indicator } = card;
    const changes = change ? [{ change, words: changeSincePhrase(change, indicator, strings) }] : [];
    return html`<span class="name">${feedText(indicator.shortTitle, lang)}</span>
      ${renderCardFigures(card, overview.area.name, changes, strings, lang)}
      ${special.map(
        (s, i) =>
          html`<span class="note" id=${ids[i]!} aria-hidden="true"
            >${specialPeriodNote(s, strings, { reason: false })}</span
          >`,
      )}
      <span class="source wide" id=${ids.at(-1)!} aria-hidden="true"
        >${strings.source}: ${feedText(indicatorSource(feed, indicator).name, lang)}</span
      >`;
  }

  /** The special periods a card's change reads (its first and last period may lie in one), and the ids of its description. */
  private about({ change, indicator }: ThemeCard): CardAbout {
    const special = change ? specialPeriodsIn(indicator, [change.from.period, change.to.period]) : [];
    const id = `card-${indicator.id}`;
    return { special, ids: [...special.map((_, i) => `${id}-note-${i + 1}`), `${id}-source`] };
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const strings = this.text;
    const area = this.areaIn(feed);
    const overview = this.overview(feed, area);
    const lang = feedLang(feed.meta, strings);
    return html`${renderSampleMark(feed.meta, strings)}
      <header part="header" class="header">
        ${heading(this.titleLevel, feedText(overview.theme.title, lang), { part: 'title', class: 'title' })}
        <p class="meta">${strings.theme.subtitle(overview.area.name, overview.cards.length)}</p>
        <p class="meta">${strings.updated}: ${formatDate(feed.meta.updated, strings)}</p>
        ${
          overview.theme.link
            ? html`<p part="link" class="link">
                ${strings.instruments}:
                <a href=${overview.theme.link.url}>${feedText(overview.theme.link.title, lang)}</a>
              </p>`
            : nothing
        }
      </header>
      <ul part="grid" role="list">
        ${overview.cards.map((card) => {
          const about = this.about(card);
          return html`<li>
            ${
              this.hrefTemplate
                ? html`<a
                    part="card"
                    class="card"
                    href=${this.href(card, area)}
                    aria-current=${this.current(card)}
                    aria-describedby=${about.ids.join(' ')}
                    @click=${() => this.select({ area, indicator: card.indicator.id })}
                    >${this.renderCardBody(feed, card, overview, lang, about)}</a
                  >`
                : html`<button
                    part="card"
                    class="card"
                    type="button"
                    aria-current=${this.current(card)}
                    aria-describedby=${about.ids.join(' ')}
                    @click=${() => this.select({ area, indicator: card.indicator.id })}
                  >
                    ${this.renderCardBody(feed, card, overview, lang, about)}
                  </button>`
            }
          </li>`;
        })}
      </ul>`;
  }
}

/** What a card says about its figures after them: the special periods, and the ids of its description. */
interface CardAbout {
  special: ReturnType<typeof specialPeriodsIn>;
  ids: string[];
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-theme': MivTheme;
  }
}

import { css, html, nothing, svg, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { periodYear } from '../../feed/periods.js';
import type { Feed } from '../../feed/schema.js';
import { buildThemeOverview, type ThemeCard, type ThemeOverview, type ThemeSort } from '../../model/theme-overview.js';
import { formatPeriod, formatPointValue } from '../../model/format.js';
import { changeSincePhrase } from '../../model/summary.js';
import { sparkline } from '../../charts/sparkline.js';
import { Derived } from '../../controllers/derived.js';
import { renderChange, renderSampleMark } from '../parts.js';
import { changeStyles, headerStyles, sharedStyles, tokenStyles } from '../shared.styles.js';
import { MivDataElement } from '../miv-data-element.js';

/** The sparkline's drawing box, in SVG units; CSS scales it to the card. */
const SPARK_WIDTH = 120;
const SPARK_HEIGHT = 32;

/**
 * The overview of one theme: a card per indicator with a sparkline, the latest value and its status,
 * and the change since the period before, coloured by polarity (neutral indicators stay neutral).
 * Each card is a button (or, with `href-template`, a link) that opens the indicator's detail.
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
 * @attr href-template - Makes every card a link: `{indicator}` and `{area}` are replaced, e.g.
 *   `detail.html?indicator={indicator}&area={area}`.
 * @attr lang - `nl` (default) or `en`.
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
 * @cssprop --miv-theme-card-min-width - Narrowest card before the grid wraps (default 15rem).
 * @cssprop --miv-color-series-1 - Colour of the sparkline.
 * @cssprop --miv-color-favourable - Colour of a favourable change.
 * @cssprop --miv-color-unfavourable - Colour of an unfavourable change.
 * @cssprop --miv-color-neutral - Colour of a neutral or equal change.
 */
export class MivTheme extends MivDataElement {
  protected static override readonly tokenComponent = 'theme';

  static override styles = [
    tokenStyles(this.tokenComponent),
    sharedStyles,
    headerStyles('theme'),
    changeStyles,
    css`
      :host {
        background: none;
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
        grid-template-columns: repeat(auto-fill, minmax(min(100%, var(--miv-theme-card-min-width, 15rem)), 1fr));
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
        display: flex;
        flex-direction: column;
        gap: 0.15em;
        width: 100%;
        padding: var(--_space);
        font: inherit;
        text-align: start;
        text-decoration: none;
        color: var(--_text);
        background: var(--_background);
        border: 1px solid var(--_border);
        border-radius: var(--_radius);
        cursor: pointer;
      }
      .card:hover {
        border-color: var(--_link);
        box-shadow: 0 0 0 1px var(--_link);
      }
      .name {
        font-weight: 600;
        color: var(--_link);
        /* Dutch compounds (Drugsafvaldumpingen) are wider than a phone's half-width card. */
        hyphens: auto;
        overflow-wrap: anywhere;
      }
      .note {
        font-size: 0.8em;
        color: var(--_muted);
      }
      .range {
        display: flex;
        justify-content: space-between;
        margin-top: -0.2em;
        font-size: 0.7em;
        color: var(--_muted);
      }
      /* On a phone a card puts its sparkline beside the figures instead of above them. */
      @container (max-width: 30rem) {
        ul {
          gap: 0.5em;
        }
        .card {
          display: grid;
          grid-template-columns: minmax(0, 1fr) 6.5em;
          grid-auto-flow: dense;
          column-gap: 0.75em;
          align-content: start;
          padding: 0.5em 0.75em;
        }
        .card > * {
          grid-column: 1;
        }
        .card > .name,
        .card > .note {
          grid-column: 1 / -1;
        }
        .card > .spark {
          grid-column: 2;
          grid-row: span 2;
          align-self: end;
        }
        .card > .range {
          grid-column: 2;
          align-self: start;
          margin: 0;
        }
      }
      .spark {
        width: 100%;
        height: 2.5em;
        margin: 0.25em 0 0;
        overflow: visible;
      }
      .spark path {
        fill: none;
        stroke: var(--_series-1);
        stroke-width: 2;
        stroke-linejoin: round;
        vector-effect: non-scaling-stroke;
      }
      .spark[data-fallback] path {
        stroke-dasharray: 4 3;
      }
      /* Dots are zero-length round-capped strokes: they stay round although the box stretches. */
      .spark .dot {
        stroke-width: 4;
        stroke-linecap: round;
        stroke-dasharray: none;
      }
      .spark .last {
        stroke-width: 6;
      }
      .value {
        font-size: 1.4em;
        font-weight: 700;
        font-variant-numeric: tabular-nums;
      }
      .unit,
      .period {
        font-size: 0.8em;
        color: var(--_muted);
      }
      .change {
        font-size: 0.9em;
      }
    `,
  ];

  /** Theme id from the feed. */
  @property({ reflect: true }) theme = '';

  /** `feed` (the feed's order) or `change` (largest relative change first). */
  @property({ reflect: true }) sort: ThemeSort = 'feed';

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

  private renderSparkline(card: ThemeCard): TemplateResult {
    const geometry = sparkline(
      card.points.map((p) => p.value),
      SPARK_WIDTH,
      SPARK_HEIGHT,
      undefined,
      card.breaks,
    );
    // Decorative: the card's text says the same in words.
    return html`<svg
      part="sparkline"
      class="spark"
      viewBox="0 0 ${SPARK_WIDTH} ${SPARK_HEIGHT}"
      preserveAspectRatio="none"
      aria-hidden="true"
      ?data-fallback=${card.fallback}
    >
      ${geometry.paths.map((d) => svg`<path d=${d}></path>`)}
      ${geometry.dots.map((p) => svg`<path class="dot" d="M${p.x} ${p.y}h0"></path>`)}
      ${geometry.last ? svg`<path class="dot last" d="M${geometry.last.x} ${geometry.last.y}h0"></path>` : nothing}
    </svg>`;
  }

  /** The years at both ends of the sparkline, so that its length reads as time. */
  private renderRange(card: ThemeCard): TemplateResult | typeof nothing {
    const [first, last] = [card.points[0], card.points.at(-1)].map((p) => p && periodYear(p.period));
    if (!first || !last || first === last) return nothing;
    return html`<span class="range" aria-hidden="true"><span>${first}</span><span>${last}</span></span>`;
  }

  private renderCardBody(card: ThemeCard, overview: ThemeOverview): TemplateResult {
    const strings = this.text;
    const { indicator, latest, change } = card;
    return html`<span class="name">${indicator.shortTitle}</span> ${
        card.fallback && card.shownArea
          ? html`<span class="note"
              >${strings.theme.fallback(strings.levelName(card.shownArea.name, card.shownArea.level))}</span
            >`
          : nothing
      }
      ${this.renderSparkline(card)} ${this.renderRange(card)}
      ${
        latest
          ? html`<span class="latest"
                ><span part="value" class="value">${formatPointValue(latest, indicator, strings)}</span>
                <span class="unit">${indicator.unit}</span></span
              >
              <span class="period"
                >${formatPeriod(latest.period, strings)}${
                  latest.status === 'definitive' ? '' : ` (${strings.status[latest.status]})`
                }</span
              >`
          : html`<span class="note">${strings.summary.noData(overview.area.name)}</span>`
      }
      ${
        change
          ? html`<span part="change" class="change" data-judgement=${change.judgement}>
              ${renderChange(change, changeSincePhrase(change, indicator, strings))}
            </span>`
          : nothing
      }`;
  }

  protected override renderFeed(feed: Feed): TemplateResult {
    const strings = this.text;
    const area = this.areaIn(feed);
    const overview = this.overview(feed, area);
    return html`${renderSampleMark(feed.meta, strings)}
      <header part="header" class="header">
        <h2 part="title">${overview.theme.title}</h2>
        <p class="meta">${strings.theme.subtitle(overview.area.name, overview.cards.length)}</p>
        ${
          overview.theme.link
            ? html`<p part="link" class="link">
                ${strings.instruments}: <a href=${overview.theme.link.url}>${overview.theme.link.title}</a>
              </p>`
            : nothing
        }
      </header>
      <ul part="grid" role="list">
        ${overview.cards.map(
          (card) =>
            html`<li>
              ${
                this.hrefTemplate
                  ? html`<a
                      part="card"
                      class="card"
                      href=${this.href(card, area)}
                      @click=${() => this.select({ area, indicator: card.indicator.id })}
                      >${this.renderCardBody(card, overview)}</a
                    >`
                  : html`<button
                      part="card"
                      class="card"
                      type="button"
                      @click=${() => this.select({ area, indicator: card.indicator.id })}
                    >
                      ${this.renderCardBody(card, overview)}
                    </button>`
              }
            </li>`,
        )}
      </ul>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-theme': MivTheme;
  }
}

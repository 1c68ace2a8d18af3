import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { themeAttributeStyles } from '../shared.styles.js';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { feedContext, type FeedContext } from '../../context/feed-context.js';
import { UrlState } from '../../view/url-state.js';
import { warnUnknownLanguage } from '../attribute-values.js';

/**
 * States the feed, the language and the selected area once for a part of a page: every `miv-*`
 * element inside inherits them, even inside other components' shadow roots. An element's own
 * attribute still wins. It draws nothing itself.
 *
 * @tagname miv-feed
 * @summary Gives every miv-* element inside it the feed URL, language and selected area.
 *
 * @attr src - URL of the JSON indicator feed.
 * @attr lang - `nl` (default) or `en`.
 * @attr color-scheme - `light`, `dark` or `auto` (the reader's system setting) for every element inside; absent: the page's `color-scheme`.
 * @attr area - The selected area id; an `<miv-area-picker>` inside changes it.
 * @attr url-state - Opt-in: keeps the reader's view in the page's query string, so Back and Forward
 *   step through it and a copied link reopens it. The area is written whenever it changes
 *   (`?gebied=`); the other keys (`thema`, `indicator`, `periode`, `van`, `tot`, `vergelijk`,
 *   `schaal`, `maat`) belong to the elements marked `url-view`: on load and on Back/Forward the feed
 *   sets them on those elements, and their readers' choices are written. `url-view` alone follows
 *   every key the element has as an attribute; `url-view="indicator period"` only those. A value
 *   the feed does not know shows the element's usual message; the rest of the page keeps working.
 *   A page's own controls put their choices in the URL by firing `miv-view-change` (bubbling, with
 *   the changed keys as `detail`) from any element inside.
 *
 * @slot - The page part whose elements share the feed.
 */
export class MivFeed extends LitElement {
  // `color-scheme` sets the colour scheme that the elements inside inherit.
  static override styles = [
    css`
      :host {
        display: contents;
      }
    `,
    themeAttributeStyles,
  ];

  /** URL of the JSON indicator feed. */
  @property({ reflect: true }) src = '';

  /**
   * Interface language of the elements inside. Reflected when set, so that the elements and the
   * page's own content inside find it as their nearest `[lang]`; never as an empty `lang=""`, which
   * would hide the page's language from both and tell screen readers the language is unknown.
   */
  @property({ reflect: true, converter: { toAttribute: (lang: string) => lang || null } }) override lang = '';

  /** The selected area id. */
  @property({ reflect: true }) area = '';

  /** Keeps the view in the query string and restores it on load and on Back/Forward. */
  @property({ type: Boolean, attribute: 'url-state', reflect: true }) urlState = false;

  private readonly url = new UrlState(this);
  private urlStarted = false;

  private readonly provider = new ContextProvider(this, { context: feedContext, initialValue: this.contextValue() });

  private contextValue(): FeedContext {
    // A fresh object per change: consumers are notified when the value's identity changes.
    return {
      src: this.src,
      lang: this.lang,
      area: this.area,
      selectArea: (area: string) => (this.area = area),
    };
  }

  override connectedCallback(): void {
    super.connectedCallback();
    this.followUrl();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.followUrl();
  }

  /** Starts or stops the URL state as the attribute and the connection say. */
  private followUrl(): void {
    const follow = this.urlState && this.isConnected;
    if (follow === this.urlStarted) return;
    this.urlStarted = follow;
    if (follow) this.url.start();
    else this.url.stop();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (changed.has('urlState')) this.followUrl();
    warnUnknownLanguage(this, changed);
    if (changed.has('src') || changed.has('lang') || changed.has('area')) this.provider.setValue(this.contextValue());
  }

  protected override render(): TemplateResult {
    return html`<slot></slot>`;
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'miv-feed': MivFeed;
  }
}

import { LitElement, css, html, type PropertyValues, type TemplateResult } from 'lit';
import { themeAttributeStyles } from '../shared.styles.js';
import { property } from 'lit/decorators.js';
import { ContextProvider } from '@lit/context';
import { feedContext, type FeedContext } from '../../context/feed-context.js';

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

  /** Interface language of the elements inside. */
  @property({ reflect: true }) override lang = '';

  /** The selected area id. */
  @property({ reflect: true }) area = '';

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

  protected override willUpdate(changed: PropertyValues<this>): void {
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

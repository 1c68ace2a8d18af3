/**
 * What a `<miv-feed>` hands down to every `miv-*` element inside it, through `@lit/context` so that
 * it also reaches elements in other components' shadow roots. An element's own attribute always wins.
 */
import { createContext, ContextConsumer } from '@lit/context';
import type { ReactiveControllerHost } from 'lit';

export interface FeedContext {
  /** URL of the JSON indicator feed. */
  src: string;
  /** Interface language; empty when the feed element has none. */
  lang: string;
  /** The selected area id; empty when none is selected. */
  area: string;
  /** Selects an area for every element in the same `<miv-feed>` (the area picker calls this). */
  selectArea(area: string): void;
}

// A registered symbol: `miv-widgets.js` and `miv-indicator.js` are built apart, and a `<miv-feed>`
// defined by one must reach the elements the other defines on the same page.
export const feedContext = createContext<FeedContext>(Symbol.for('miv-widgets.feed'));

/**
 * The surrounding `<miv-feed>`'s values for one element. Each lookup takes the element's own value
 * and only falls back to the feed's when the element has none.
 */
export class InheritedFeed {
  private readonly consumer: ContextConsumer<typeof feedContext, ReactiveControllerHost & HTMLElement>;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    // subscribe: a later change of the feed's src, lang or area re-renders the element.
    this.consumer = new ContextConsumer(host, { context: feedContext, subscribe: true });
  }

  /** The `<miv-feed>` around the element, if any. */
  get context(): FeedContext | undefined {
    return this.consumer.value;
  }

  src(own: string): string {
    return own || this.context?.src || '';
  }

  area(own: string): string {
    return own || this.context?.area || '';
  }

  /** Own `lang`, then the nearest `[lang]` ancestor in the same tree, then the feed's, then Dutch. */
  lang(own: string, host: Element): string {
    return own || host.closest<HTMLElement>('[lang]')?.lang || this.context?.lang || 'nl';
  }
}

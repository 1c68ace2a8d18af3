/**
 * The query string as the memory of a page's view, for `<miv-feed url-state>`: what its elements
 * announce (`miv-view-change`) becomes a history entry, and the view in the URL is set on the
 * elements on load and on back/forward. The area is the feed's own; every other key is set only on
 * the elements that opt in with `url-view`, so a page with several indicators keeps them apart.
 */
import type { ReactiveElement } from 'lit';
import { readView, QUERY_PARAMS, VIEW_CHANGE_EVENT, VIEW_KEYS, type ViewKey, type ViewState } from './view-state.js';

/** The attribute by which an element follows the view in the URL. */
export const URL_VIEW_ATTRIBUTE = 'url-view';

/**
 * Changes of the same keys within this time replace the last history entry instead of adding one:
 * arrowing through a closed native select fires a change per option, and Back should not walk
 * through each of them.
 */
export const REPLACE_WITHIN_MS = 1000;

const isViewKey = (key: string): key is ViewKey => (VIEW_KEYS as string[]).includes(key);

/**
 * The view keys an element follows: those named in its `url-view` attribute (`url-view="indicator
 * period"`), or with an empty `url-view` every key it has as a property. The area is never an
 * element's: it belongs to the feed.
 */
export function followedKeys(element: Element): ViewKey[] {
  const listed = element.getAttribute(URL_VIEW_ATTRIBUTE);
  if (listed === null) return [];
  const properties = (customElements.get(element.localName) as typeof ReactiveElement | undefined)?.elementProperties;
  if (!properties) return [];
  const named = listed.trim() ? listed.trim().split(/\s+/).filter(isViewKey) : VIEW_KEYS;
  return named.filter((key) => key !== 'area' && properties.has(key));
}

/** The host of the URL state: the feed, whose `area` is the view's area. */
export interface UrlStateHost extends HTMLElement {
  area: string;
}

type ViewProperties = Record<ViewKey, string>;

export class UrlState {
  /** The value each element had before the URL first set it, for a link or entry without that key. */
  private readonly initial = new WeakMap<Element, Partial<ViewProperties>>();
  private initialArea: string | undefined;
  private view: ViewState = {};
  private lastWrite = { at: -Infinity, keys: '' };

  constructor(private readonly host: UrlStateHost) {}

  start(): void {
    this.initialArea ??= this.host.area;
    this.host.addEventListener(VIEW_CHANGE_EVENT, this.onChange);
    window.addEventListener('popstate', this.onPopState);
    this.apply(readView(location.search));
  }

  stop(): void {
    this.host.removeEventListener(VIEW_CHANGE_EVENT, this.onChange);
    window.removeEventListener('popstate', this.onPopState);
  }

  private readonly onPopState = (): void => {
    this.lastWrite = { at: -Infinity, keys: '' };
    this.apply(readView(location.search));
  };

  private readonly onChange = (event: CustomEvent<ViewState>): void => {
    const origin = event.composedPath()[0];
    // A miv-* element's other choices stay its own unless it follows the URL: a link could not
    // restore them. The page's own controls (a script announcing) may write any key.
    const allowed =
      origin instanceof Element && origin.localName.startsWith('miv-')
        ? new Set<ViewKey>(['area', ...followedKeys(origin)])
        : new Set(VIEW_KEYS);
    const keys = VIEW_KEYS.filter((key) => event.detail[key] !== undefined && allowed.has(key));
    if (keys.length === 0) return;
    const url = new URL(location.href);
    for (const key of keys) {
      const value = event.detail[key];
      if (value) url.searchParams.set(QUERY_PARAMS[key], value);
      else url.searchParams.delete(QUERY_PARAMS[key]);
    }
    if (url.href !== location.href) {
      const now = performance.now();
      const keyList = keys.join(' ');
      if (now - this.lastWrite.at < REPLACE_WITHIN_MS && keyList === this.lastWrite.keys)
        history.replaceState(history.state, '', url);
      else history.pushState(null, '', url);
      this.lastWrite = { at: now, keys: keyList };
    }
    // Every follower shows what the URL now says, as a reload of this link would.
    this.apply(readView(url.search));
  };

  private apply(view: ViewState): void {
    this.view = view;
    this.host.area = view.area ?? this.initialArea ?? '';
    for (const element of this.host.querySelectorAll(`[${URL_VIEW_ATTRIBUTE}]`)) {
      if (customElements.get(element.localName)) this.applyTo(element);
      // Set once its class is known; by then the view may have changed again.
      else void customElements.whenDefined(element.localName).then(() => this.applyTo(element));
    }
  }

  private applyTo(element: Element): void {
    const keys = followedKeys(element);
    let initial = this.initial.get(element);
    if (!initial) {
      // Attributes, not properties: an element not upgraded yet has its markup only there. The view
      // keys are one word, so attribute and property have the same name.
      initial = Object.fromEntries(keys.map((key) => [key, element.getAttribute(key) ?? '']));
      this.initial.set(element, initial);
    }
    const target = element as unknown as ViewProperties;
    for (const key of keys) {
      const value = this.view[key] ?? initial[key] ?? '';
      if (target[key] !== value) target[key] = value;
    }
  }
}

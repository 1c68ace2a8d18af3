/**
 * The view a reader has chosen (area, theme, indicator, periods, comparison, scale and its base, measure), as one
 * record that elements announce and pages keep in the query string. An element whose user control
 * changes the view announces the change with `announceView`; a `<miv-feed url-state>` writes it to
 * the URL and restores it on load and on back/forward. Links to a view (highlights, citations) are
 * built with `viewHref`, so every place speaks the same query string.
 */
export interface ViewState {
  area?: string;
  theme?: string;
  indicator?: string;
  /** The single period of a comparison or map. */
  period?: string;
  /** The first and last period of a time series. */
  from?: string;
  to?: string;
  /** A comparison: area ids, `parents`, or `group:<id>`. */
  compare?: string;
  /** `value` or `index`. */
  scale?: string;
  /** The index's base period. */
  base?: string;
  /** `count` or `rate` (per inwoner). */
  measure?: string;
}

export type ViewKey = keyof ViewState;

/** The query parameter of each key: Dutch, because readers see and share these links. */
export const QUERY_PARAMS: Readonly<Record<ViewKey, string>> = {
  area: 'gebied',
  theme: 'thema',
  indicator: 'indicator',
  period: 'periode',
  from: 'van',
  to: 'tot',
  compare: 'vergelijk',
  scale: 'schaal',
  base: 'basis',
  measure: 'maat',
};

export const VIEW_KEYS = Object.keys(QUERY_PARAMS) as ViewKey[];

/** Fired (bubbling, composed) by an element when its reader changed the view; `detail` holds only the keys that changed. */
export const VIEW_CHANGE_EVENT = 'miv-view-change';

export function announceView(element: HTMLElement, change: ViewState): void {
  element.dispatchEvent(
    new CustomEvent<ViewState>(VIEW_CHANGE_EVENT, { detail: change, bubbles: true, composed: true }),
  );
}

/** The view held in a query string; unknown parameters are ignored, empty ones are absent. */
export function readView(search: string | URLSearchParams): ViewState {
  const params = typeof search === 'string' ? new URLSearchParams(search) : search;
  const view: ViewState = {};
  for (const key of VIEW_KEYS) {
    const value = params.get(QUERY_PARAMS[key]);
    if (value) view[key] = value;
  }
  return view;
}

/** `base` with `view` in its query string; keys set to '' are removed, other parameters are kept. */
export function viewHref(view: ViewState, base: string): string {
  const url = new URL(base);
  for (const key of VIEW_KEYS) {
    const value = view[key];
    if (value === undefined) continue;
    if (value) url.searchParams.set(QUERY_PARAMS[key], value);
    else url.searchParams.delete(QUERY_PARAMS[key]);
  }
  return url.href;
}

declare global {
  interface HTMLElementEventMap {
    [VIEW_CHANGE_EVENT]: CustomEvent<ViewState>;
  }
}

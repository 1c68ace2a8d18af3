/**
 * Until its code arrives an element is an unknown tag without height; then it shows its loading
 * placeholder, and whatever the page has below it moves down by that much. The embed scripts give
 * the elements whose placeholder is their shape (the charts, the area picker) the placeholder's
 * height from the start. Without specificity (`:where`), so that a page's own rule wins.
 */
import { chartPlaceholderHeight, PICKER_HEIGHT } from '../tokens/placeholder-heights.js';
import { chartHeightToken, fontSizeToken, tokenChain } from '../tokens/size-tokens.js';

/** The element's height while it loads, by its token prefix (`miv-<prefix>`). */
const HELD: Record<string, (component: string) => string> = {
  indicator: chartHeld,
  'district-compare': chartHeld,
  map: chartHeld,
  'area-picker': () => PICKER_HEIGHT,
};

function chartHeld(component: string): string {
  return chartPlaceholderHeight(tokenChain(chartHeightToken, component, chartHeightToken.value));
}

function rule(component: string, height: string): string {
  // The element's font size, for its `em`; the height as content (a pseudo-element), so that the
  // page's padding, border and box-sizing add to it as they will to the placeholder.
  const tag = `miv-${component}:not(:defined)`;
  return (
    `:where(${tag}){display:block;font-size:${tokenChain(fontSizeToken, component, undefined)}}` +
    `:where(${tag})::before{content:"";display:block;height:${height}}`
  );
}

/** Holds the places of the elements among `tags` that have a placeholder of their shape. */
export function holdPlaces(tags: Iterable<string>): void {
  const held = [...tags].map((tag) => tag.replace(/^miv-/, '')).filter((component) => HELD[component]);
  const sheet = new CSSStyleSheet();
  sheet.replaceSync(held.map((component) => rule(component, HELD[component]!(component))).join(''));
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
}

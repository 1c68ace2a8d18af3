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

/**
 * Holds the places of the elements among `tags` that have a placeholder of their shape. Returns the
 * release of a tag's places: for elements whose code failed to load, which show a line instead.
 */
export function holdPlaces(tags: Iterable<string>): (tag: string) => void {
  const held = new Map<string, string>();
  for (const tag of tags) {
    const component = tag.replace(/^miv-/, '');
    const height = HELD[component];
    if (height) held.set(tag, rule(component, height(component)));
  }
  const sheet = new CSSStyleSheet();
  const write = () => sheet.replaceSync([...held.values()].join(''));
  write();
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet];
  return (tag) => {
    if (held.delete(tag)) write();
  };
}

/**
 * Until its code arrives an element is an unknown tag without height; then it shows its loading
 * placeholder, and whatever the page has below it moves down by that much. The embed scripts give
 * the elements whose placeholder is their shape (the charts, the area picker) the placeholder's
 * height from the start. Without specificity (`:where`), so that a page's own rule wins.
 */
import {
  chartPlaceholderHeight,
  heldHeight,
  MAP_LEGEND_BESIDE,
  mapPlaceholder,
  PICKER_HEIGHT,
} from '../tokens/placeholder-heights.js';
import { chartHeightToken, fontSizeToken, sizeTokens, tokenChain } from '../tokens/size-tokens.js';

const spaceToken = sizeTokens.find((t) => t.variable === '--_space')!;

/** The height an element holds, and where its placeholder changes with its width, from which width on it holds `wide`. */
interface Held {
  height: string;
  wide?: { from: string; height: string };
}

/** The element's hold while it loads, by its token prefix (`miv-<prefix>`). */
const HELD: Record<string, (component: string) => Held> = {
  indicator: chartHeld,
  'district-compare': chartHeld,
  map: mapHeld,
  'area-picker': () => ({ height: heldHeight(PICKER_HEIGHT) }),
};

function chartHeld(component: string): Held {
  const chart = chartHeightToken.value!;
  return {
    height: heldHeight(
      chartPlaceholderHeight(tokenChain(chartHeightToken, component, chart)),
      chartPlaceholderHeight(chart),
    ),
  };
}

/** The map's placeholder, as `miv-map.styles.ts` gives it: the map's height follows the element's width. */
function mapHeld(component: string): Held {
  const space = tokenChain(spaceToken, component, spaceToken.value);
  const placeholder = (beside: boolean) => {
    const { map, height } = mapPlaceholder(space, beside);
    return heldHeight(height(tokenChain(chartHeightToken, component, map)), height(map));
  };
  return { height: placeholder(false), wide: { from: MAP_LEGEND_BESIDE, height: placeholder(true) } };
}

function rule(component: string, { height, wide }: Held): string {
  // The element's font size, for its `em`, and its width, for its `cqi`: a container, as it is once
  // defined. The height as content (a pseudo-element), so that the page's padding, border and
  // box-sizing add to it as they will to the placeholder.
  const tag = `miv-${component}:not(:defined)`;
  const size = `font-size:${tokenChain(fontSizeToken, component, undefined)};container-type:inline-size`;
  return (
    `:where(${tag}){display:block;${size}}` +
    `:where(${tag})::before{content:"";display:block;${height}}` +
    (wide ? `@container (min-width:${wide.from}){:where(${tag})::before{${wide.height}}}` : '')
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

/**
 * How high the loading placeholders are, in the element's own font size. The placeholders' styles
 * and the embed scripts' hold for an element whose code has not arrived yet (`hold-places.ts`) both
 * read them here, so that the page keeps one height from its first paint to the element's content.
 */

/** The line height of every element's text. */
export const LINE_HEIGHT = 1.45;

/** A chart element's: its chart, and about the text around it (headline and summary lines, notes, actions, footer). */
export const chartPlaceholderHeight = (chartHeight: string): string => `calc(${chartHeight} + 33em)`;

/**
 * The declarations that give a placeholder, or the embed scripts' hold, its `height` from the
 * tokens, and `fallback` where a chart-height token is no length (`banana`, `12`): the height is
 * then invalid, so auto, and size containment gives the box the fallback instead of the height of
 * its content (as `.bone.chart` in shared.styles.ts).
 */
export const heldHeight = (height: string, fallback = height): string =>
  `contain:size;height:${height};contain-intrinsic-block-size:${fallback};`;

/** The space between the area picker's label and its list. */
export const PICKER_LABEL_GAP = '0.25em';
/** The area picker's list box, loading or ready: a list's own height differs by browser. */
export const PICKER_BOX_HEIGHT = '2.25em';
/** The area picker's: its label's line, the gap, the list's box. */
export const PICKER_HEIGHT = `calc(${LINE_HEIGHT}em + ${PICKER_LABEL_GAP} + ${PICKER_BOX_HEIGHT})`;

/**
 * The map's layout (`miv-map.styles.ts`), which its placeholder and the embed scripts' hold follow:
 * from this width of the element on, the legend stands beside the map, no narrower than its minimum;
 * below it, under the map.
 */
export const MAP_LEGEND_BESIDE = '40em';
export const MAP_LEGEND_MIN_WIDTH = '12em';
/** The space between the map and its legend beside it, from the element's spacing (`--_space`). */
export const mapColumnGap = (space: string): string => `calc(2 * ${space})`;
/** The legend under a narrow map, with the space above it. */
const MAP_LEGEND_BELOW = '12em';

/**
 * The map's height in a column `column` wide: 420px, or 62 % of its width where that is less. The
 * map keeps its shape (the unit is about 1,6 times as wide as it is high), so a taller box would
 * only add empty space above and below it.
 */
export const mapHeight = (column: string): string => `min(420px, ${column} * 0.62)`;

/**
 * The map's loading placeholder, which knows the element's width (`100cqi`) but not yet the map's
 * column: with the legend `beside` the map, the column is two thirds of what the gap leaves, and the
 * legend keeps its minimum; without, the column is the element's width, and the legend adds its
 * height below. `map`: the map's default height; `height`: the placeholder's from the map's height.
 */
export function mapPlaceholder(space: string, beside: boolean): { map: string; height: (map: string) => string } {
  const free = `100cqi - ${mapColumnGap(space)}`;
  return beside
    ? {
        map: mapHeight(`min((${free}) * 2 / 3, ${free} - ${MAP_LEGEND_MIN_WIDTH})`),
        height: chartPlaceholderHeight,
      }
    : { map: mapHeight('100cqi'), height: (map) => chartPlaceholderHeight(`${map} + ${MAP_LEGEND_BELOW}`) };
}

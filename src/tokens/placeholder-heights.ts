/**
 * How high the loading placeholders are, in the element's own font size. The placeholders' styles
 * and the embed scripts' hold for an element whose code has not arrived yet (`hold-places.ts`) both
 * read them here, so that the page keeps one height from its first paint to the element's content.
 */

/** The line height of every element's text. */
export const LINE_HEIGHT = 1.45;

/** A chart element's: its chart, and about the text around it (headline and summary lines, notes, actions, footer). */
export const chartPlaceholderHeight = (chartHeight: string): string => `calc(${chartHeight} + 33em)`;

/** The space between the area picker's label and its list. */
export const PICKER_LABEL_GAP = '0.25em';
/** The area picker's list box, loading or ready: a list's own height differs by browser. */
export const PICKER_BOX_HEIGHT = '2.25em';
/** The area picker's: its label's line, the gap, the list's box. */
export const PICKER_HEIGHT = `calc(${LINE_HEIGHT}em + ${PICKER_LABEL_GAP} + ${PICKER_BOX_HEIGHT})`;

/**
 * Styles every element shares, and the token layer each element puts before them. Component tokens
 * fall back to global `--miv-*` tokens, those to the NL Design System tokens of the host page, and
 * font and text colour to the page's own, so a themed site needs no extra CSS (the table is in
 * `src/tokens/tokens.ts`).
 */
import { css, unsafeCSS, type CSSResult } from 'lit';
import {
  DARK_BACKGROUND_STATE,
  forcedColourDeclarations,
  ownColourRules,
  tokenDeclarations,
  toldSchemeDeclarations,
} from '../tokens/tokens.js';
import { chartPlaceholderHeight, heldHeight, LINE_HEIGHT } from '../tokens/placeholder-heights.js';
import { chartHeightToken } from '../tokens/size-tokens.js';

/**
 * The private variables of an element (`--_text`, `--_series-1`, …) from its component tokens
 * (`--miv-<component>-color-text`), the global ones, the host's NL Design System tokens and, for
 * font and text colour, the page's own values.
 *
 * Where a colour of the page would not be readable on the element's background, the element keeps
 * its own (`:state(own-…)`), and on a dark background from the page or a token its defaults are
 * the dark ones (`:state(dark-background)`); `resolve.ts` decides both.
 *
 * The defaults follow the element's `color-scheme` through `light-dark()`: it is inherited from the
 * page (a page declaring `color-scheme: light dark` follows the reader's system setting), and the
 * `color-scheme` attribute on the element or a surrounding `<miv-feed>` sets it: `light`, `dark`, or `auto`
 * for the system setting on a page that declares none; with the attribute on the element its text
 * colour is no longer inherited from the page. Forced colours (Windows high contrast)
 * replace every colour with a system colour.
 */
export function tokenStyles(component?: string): CSSResult {
  return css`
    :host {
      ${unsafeCSS(tokenDeclarations(component))}
    }
    :host([color-scheme]) {
      ${unsafeCSS(toldSchemeDeclarations(component))}
    }
    :host(:state(${unsafeCSS(DARK_BACKGROUND_STATE)})) {
      color-scheme: dark;
    }
    ${themeAttributeStyles}
    /* Forced colours win over the element's own colours too. */
    @media not (forced-colors: active) {
      ${unsafeCSS(ownColourRules(component))}
    }
    @media (forced-colors: active) {
      :host {
        ${unsafeCSS(forcedColourDeclarations())}
      }
    }
  `;
}

/** `color-scheme="light" | "dark" | "auto"` on the element; `<miv-feed>` uses the same rules for its children. */
export const themeAttributeStyles = css`
  :host([color-scheme='light']) {
    color-scheme: light;
  }
  :host([color-scheme='dark']) {
    color-scheme: dark;
  }
  :host([color-scheme='auto']) {
    color-scheme: light dark;
  }
`;

/**
 * The title block of a chart element: its heading, sized by `--miv-<component>-title-font-size`, and
 * the line under it (area, unit, period).
 */
export function headerStyles(component: string): CSSResult {
  return css`
    .header .title {
      font-size: var(${unsafeCSS(`--miv-${component}-title-font-size`)}, 1.2em);
      margin: 0;
    }
    .header .meta {
      margin: 0.1em 0 var(--_space);
      color: var(--_muted);
      font-size: 0.9em;
    }
  `;
}

/** A change (`data-judgement`: favourable, unfavourable, neutral, equal) in the colour of its judgement. */
export const changeStyles = css`
  .change {
    font-weight: 600;
  }
  .change[data-judgement='favourable'] {
    color: var(--_favourable);
  }
  .change[data-judgement='unfavourable'] {
    color: var(--_unfavourable);
  }
  .change[data-judgement='neutral'],
  .change[data-judgement='equal'] {
    color: var(--_neutral);
  }
`;

export const sharedStyles = css`
  :host {
    display: block;
    box-sizing: border-box;
    font-family: var(--_font);
    font-size: var(--_font-size);
    color: var(--_text);
    background: var(--_background);
    line-height: ${LINE_HEIGHT};
    container-type: inline-size;
    /* A long Dutch compound ("jeugdbeschermingsmaatregel") breaks rather than run out of a phone's screen. */
    overflow-wrap: break-word;
    /* Dutch or English on any page: on a right-to-left one (Arabic) names, figures and charts are not mirrored. */
    direction: ltr;
    unicode-bidi: isolate;
    /* A page's own alignment (right, justify) would align some texts and not the headline or legend. */
    text-align: start;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: inherit;
  }
  a {
    color: var(--_link);
  }
  :focus-visible {
    outline: 3px solid var(--_focus);
    outline-offset: 2px;
  }
  .figure {
    margin: 0;
  }
  .chart,
  .engine {
    height: var(--_chart-height);
    width: 100%;
  }
  /* A chart-height token that is no length (banana, 12 without a unit) leaves the height auto: the
     drawing and its loading bone then take the height their size containment gives, the element's
     default, instead of collapsing to an empty box of 0 px. */
  .engine,
  .bone.chart {
    contain: size;
    contain-intrinsic-block-size: var(--_chart-default-height, ${unsafeCSS(chartHeightToken.value)});
  }
  /*
   * Far from the viewport the browser skips the drawing's style, layout and paint (the drawing is
   * still made and printed; the chart's text alternative is outside it): a page of sixty charts drawn at once
   * otherwise pays at every frame for all those below the fold. Its size is its own, so nothing moves.
   */
  .engine {
    content-visibility: auto;
    /* ECharts measured its labels without spacing unless the reader had some when the first chart
       came (then it is written on the box, src/charts/echarts-core.ts): spacing a reader sets later must
       not widen labels measured without it. */
    letter-spacing: normal;
    word-spacing: normal;
  }
  /* The tooltip and the mark of what it tells of stand over the drawing (src/controllers/chart-tooltip.ts). */
  .chart {
    position: relative;
    isolation: isolate;
  }
  .tooltip {
    position: absolute;
    z-index: 1;
    inline-size: max-content;
    max-inline-size: min(22em, 100%);
    padding: 0.5em 0.75em;
    /* Of the element's text, not of the page's root: a CMS root of 62,5 % made it 8,75 px. */
    font-size: 0.875em;
    line-height: 1.5;
    color: var(--_text);
    background: var(--_background);
    border: 1px solid var(--_axis);
    border-radius: var(--_radius);
    box-shadow: 1px 2px 10px rgb(0 0 0 / 0.2);
  }
  /* Behind the drawing, as ECharts' axis pointer was: a period's column as a dashed line, a bar's row shaded. */
  .pointer {
    position: absolute;
    z-index: -1;
    pointer-events: none;
  }
  .pointer.column {
    border-inline-start: 1px dashed var(--_muted);
  }
  .pointer.row {
    background: color-mix(in srgb, var(--_axis) 25%, transparent);
  }
  @media (forced-colors: active) {
    .pointer.row {
      background: none;
      border-block: 1px solid CanvasText;
    }
  }
  @media print {
    .tooltip,
    .pointer {
      display: none;
    }
    /* Paper is laid out whole: nothing to skip, and a drawing must not be clipped to its box. */
    .engine {
      content-visibility: visible;
    }
    /* A chart whose engine could not arrive before the page printed: its table is printed instead
       (src/controllers/chart-controller.ts), not an empty box. */
    .chart:has(> .engine:empty) {
      display: none;
    }
  }
  /* The chart is one tab stop; its focus ring sits inside, so it is never clipped by a scroll box. */
  .chart:focus-visible {
    outline-offset: -3px;
  }
  /* The keyboard hint is part of the chart's description, and shown while the chart has focus. */
  .keys {
    display: none;
    margin: 0.25em 0 0;
    font-size: 0.85em;
  }
  .chart:focus-visible ~ .keys {
    display: block;
  }
  .series-legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25em 1.25em;
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
  }
  .series-legend li {
    display: inline-flex;
    align-items: center;
    gap: 0.4em;
  }
  .series-legend svg {
    flex: none;
  }
  /* Forced colours: the chart and the legend keep the system colours they were given. */
  .engine,
  .series-legend svg {
    forced-color-adjust: none;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
  .status {
    min-height: var(--_chart-height);
    padding: var(--_space);
  }
  /* A chart element's placeholder: the height the embed scripts hold for it before its code arrives
     (src/embed/hold-places.ts), and its default under a chart-height token that is no length. */
  .status.loading {
    /* Its own formatting context, so that no margin inside it adds to the height it holds. */
    display: flow-root;
    ${unsafeCSS(
      heldHeight(
        chartPlaceholderHeight('var(--_chart-height)'),
        chartPlaceholderHeight(`var(--_chart-default-height, ${chartHeightToken.value})`),
      ),
    )}
    padding: 0;
  }
  p.status.loading {
    /* An element without a chart (a picker, a list) is not a chart's height: one line while it loads. */
    contain: none;
    height: auto;
    min-height: 0;
    padding: var(--_space);
  }
  .error {
    border-inline-start: 4px solid var(--_unfavourable);
  }
  .no-data {
    min-height: auto;
    border-inline-start: 4px solid var(--_border);
  }
  /* The loading placeholder: about the ready element's height, so the page does not jump. */
  .skeleton {
    display: grid;
    gap: 0.6em;
  }
  .bone {
    display: block;
    height: 1em;
    width: 60%;
    border-radius: var(--_radius);
    background: var(--_border);
    opacity: 0.4;
  }
  .bone.title {
    height: 1.4em;
    width: 80%;
  }
  .bone.value {
    height: 2.2em;
    width: 30%;
  }
  .bone.chart {
    height: var(--_chart-height);
    width: 100%;
  }
  .notes {
    margin: 0.25em 0 0;
    padding: 0;
    list-style: none;
    font-size: 0.85em;
    color: var(--_muted);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5em 1.5em;
    margin: var(--_space) 0;
  }
  .downloads {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.4em;
    font-size: 0.9em;
  }
  /* Seen as well as heard: a sighted reader pressing Citeer learns that the text was copied. */
  .citation-message {
    font-size: 0.85em;
    color: var(--_muted);
  }
  .citation {
    display: flex;
    flex-direction: column;
    gap: 0.25em;
    flex-basis: 100%;
    font-size: 0.9em;
  }
  .citation textarea {
    font: inherit;
    color: inherit;
    background: transparent;
    width: 100%;
    box-sizing: border-box;
  }
  .summary {
    color: var(--_muted);
    font-size: 0.9em;
  }
  .sample {
    display: inline-block;
    margin: 0 0 var(--_space);
    padding: 0.1em 0.5em;
    border: 1px dashed currentColor;
    border-radius: var(--_radius);
    font-size: 0.85em;
    font-weight: 600;
  }
  .footer dl {
    display: grid;
    /* Rows no wider than the element, so that a long word in them breaks (\`overflow-wrap\` above). */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.25em;
    margin: var(--_space) 0 0;
    font-size: 0.85em;
  }
  .footer dl > div {
    display: flex;
    gap: 0.5em;
  }
  .footer dt {
    font-weight: 600;
    min-width: 7em;
  }
  .footer dd {
    margin: 0;
    /* Beside its label in a row: without this it stays as wide as its longest word. */
    min-width: 0;
  }
  .duiding blockquote {
    margin: 0 0 var(--_space);
    padding-inline-start: var(--_space);
    border-inline-start: 3px solid var(--_border);
  }
  .duiding-title {
    font-size: 1em;
    margin: var(--_space) 0 0.25em;
  }
  /* Below the bold heading, set apart from it: it says whose words follow, it is no heading of its own. */
  .duiding-scope {
    margin: 0 0 0.25em;
    font-style: italic;
  }
  table {
    border-collapse: collapse;
    font-size: 0.9em;
    font-variant-numeric: tabular-nums;
  }
  /*
   * The caption and the symbols under the table as wide as the table's scroll box (\`cqi\` of
   * \`.table\`), and staying in it: as wide as a table wider than a phone, the caption's last words lay
   * outside the box, and both scrolled away with the table.
   */
  caption,
  .table > .legend {
    position: sticky;
    left: 0;
    max-width: 100cqi;
  }
  caption {
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.2em 0.6em;
    border-bottom: 1px solid var(--_border);
    text-align: end;
  }
  th[scope='row'],
  thead th:first-child {
    text-align: start;
  }
  /* A value and its margin stay on one line; a narrow table scrolls instead. */
  td {
    white-space: nowrap;
  }
  .table {
    overflow-x: auto;
    container-type: inline-size;
  }
  .legend {
    font-size: 0.8em;
    color: var(--_muted);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  /* A reader's letter and word spacing (WCAG 1.4.12) reach the controls too: the browser resets them there. */
  button,
  select,
  textarea {
    letter-spacing: inherit;
    word-spacing: inherit;
  }
  button {
    font: inherit;
    color: var(--_link);
    background: none;
    border: 1px solid currentColor;
    border-radius: var(--_radius);
    padding: 0.2em 0.6em;
    cursor: pointer;
  }
  /* Last, over the screen's rules of the same elements above. */
  @media print {
    /* Paper cannot be clicked: the table toggle, downloads, Citeer, the toggles and the order of the
       bars are left out. What they chose is said in words (the header's line names the measure, the
       scale and a series' periods); a picker whose choice is said nowhere else (the period of a
       comparison or map, a filter) prints as its choice, without its box. With :host, over the
       elements' own rules for these, which come after the shared ones. */
    :host :is(.actions, .view-controls, .sort) {
      display: none;
    }
    :host select {
      appearance: none;
      padding: 0;
      border: none;
      background: none;
      color: inherit;
      font-weight: 600;
    }
    a {
      color: inherit;
    }
    /* A link prints its address; not an e-mail address, which its text is, nor a whole card. */
    a[href]:not([href^='mailto:'], .card)::after {
      content: ' (' attr(href) ')';
    }
    /*
     * A chart is not cut across two pages, and what is said above it (header, period, headline and
     * changes, the sentences on the comparison) stays on its page: each of those boxes is kept whole
     * too, as Chromium takes the last break it may, and a break between the lines of a short
     * paragraph or of a flex box inside them is no break after them. A heading stays with what
     * follows it. Where both are taller than a page, the break is in the figure, under the drawing.
     * The element itself may break anywhere else: it can be longer than a page.
     */
    .figure {
      break-inside: avoid;
    }
    .header,
    .fallback,
    .period-missing,
    .headline,
    .polarity,
    .controls,
    .period,
    .group-rule {
      break-inside: avoid;
      break-after: avoid;
    }
    .title,
    .duiding-title,
    .duiding-scope {
      break-after: avoid;
    }
    /* The mark of fictitious data above the header goes with it: a block, as breaks are only between blocks. */
    .sample {
      display: block;
      inline-size: fit-content;
      break-after: avoid;
    }
    /* A note, and a quote with its byline, are not cut mid-sentence: Chromium would rather leave one
       line of them at a page's foot (against orphans and widows) than break before a heading kept
       with them. */
    .notes li,
    .duiding blockquote {
      break-inside: avoid;
    }
    /* A table's caption and header are never left alone at a page's foot. A table that fits on a
       page is not cut (Chromium keeps no caption with the rows for its break-after alone); a longer
       one starts on a new page, breaks between rows only, and repeats its header on each page (the
       header group's own display). The header stays with the first row in any case. */
    table,
    tr {
      break-inside: avoid;
    }
    caption,
    thead {
      break-after: avoid;
    }
  }
`;

/**
 * The design tokens of every element, in one table: each global `--miv-<name>` token, the tokens of
 * the host page it falls back to, and its default in light and dark. The elements' CSS, the chart
 * tokens, the contrast check and the docs are all generated from this table, so they cannot
 * disagree. Pure data: no DOM, importable from node.
 *
 * The fallback chain of every token, first match wins:
 * 1. the component token, `--miv-<component>-<name>`;
 * 2. the global token, `--miv-<name>`;
 * 3. the page's NL Design System tokens (`page`): the `--nl-*` component tokens, then the shared
 *    `--basis-*` tokens of the newer themes, then the `--utrecht-*` tokens of the older ones;
 * 4. for font family, font size and text colour (`inherit`): the page's own value, through CSS
 *    inheritance across the shadow boundary;
 * 5. the default (`light`/`dark`, `value`).
 *
 * The sizes and the chain itself are in `size-tokens.ts`, which the embed scripts read without the
 * colours; they are part of this table and exported here too.
 */
import type { AreaLevel } from '../feed/schema.js';
import { sizeTokens, tokenChain } from './size-tokens.js';

export { sizeTokens, tokenChain, type SizeToken } from './size-tokens.js';

/** How a colour token must stand out from the background (WCAG 1.4.3 text, 1.4.11 graphics). */
export type ContrastNeed = 'text' | 'graphic' | 'none';

export interface ColourToken {
  /** The name after `--miv-`, e.g. `color-text`. */
  name: string;
  /** The private variable the elements' CSS reads, e.g. `--_text`. */
  variable: string;
  light: string;
  dark: string;
  /** The system colour used in forced-colours mode (Windows high contrast). */
  forced: string;
  /** Tokens of the host page's NL Design System theme, in the order they are tried. */
  page?: readonly string[];
  /** Without any token, the page's own value is inherited; the defaults then serve only as the element's own colours. */
  inherit?: true;
  contrast: ContrastNeed;
}

/** A marker symbol of ECharts that the HTML legend and the image export draw too. */
export type SeriesSymbol = 'circle' | 'rect' | 'triangle' | 'diamond' | 'pin' | 'arrow';

/** What a line stands for, which decides its look: the area the widget is about, a reference area of a level, or a group. */
export type LineRole = 'main' | AreaLevel | 'group';

/** One series: its colour token `--miv-color-series-<n>` and the dash and marker it is drawn with. */
export interface SeriesToken extends Pick<ColourToken, 'light' | 'dark' | 'forced'> {
  /** The lines that take this row (`lineRows` in `src/charts/line.ts`). */
  role: LineRole;
  /** A dash pattern (dash, gap, …, in px) that no other series has. */
  dash: number[] | 'solid';
  /** A marker that no other series has. */
  symbol: SeriesSymbol;
}

/**
 * The series, a row for each role of a line, so that an area looks the same in every chart of a page:
 * colour, dash and marker of series n come from row n, so they cannot drift apart, and no two series
 * share any of the three; after the last row the looks repeat. Blue and orange come from Okabe–Ito;
 * the others are chosen so that every pair stays apart under simulated colour-vision deficiencies at
 * 3:1 or more against the background, light and dark. `npm run check:palette` prints the numbers; for
 * a reader who sees no colour at all (achromatopsia) the dashes and markers carry the difference.
 *
 * In forced colours the own line alone is `Highlight`: that is how a reader with a high-contrast theme
 * finds it. A theme has two other colours fit for a line, `CanvasText` and `LinkText`; the other rows
 * alternate them, so that a gemeente beside its size class and Nederland, or beside two other
 * gemeenten, has a colour per line, and their dashes tell lines of one colour apart.
 */
export const seriesTokens: readonly SeriesToken[] = [
  /** Also the bars and the sparklines. */
  {
    role: 'main',
    light: '#0b5cad',
    dark: '#6cb4ff',
    forced: 'Highlight',
    dash: 'solid',
    symbol: 'circle',
  },
  {
    role: 'district',
    light: '#b35900',
    dark: '#ffa64d',
    forced: 'CanvasText',
    dash: [8, 4],
    symbol: 'rect',
  },
  {
    role: 'eenheid',
    light: '#2d9773',
    dark: '#3c8554',
    forced: 'LinkText',
    dash: [2, 4],
    symbol: 'triangle',
  },
  {
    role: 'land',
    light: '#9879bc',
    dark: '#8e61c6',
    forced: 'CanvasText',
    dash: [12, 4, 2, 4],
    symbol: 'diamond',
  },
  {
    role: 'group',
    light: '#772143',
    dark: '#e55996',
    forced: 'LinkText',
    dash: [12, 4, 2, 4, 2, 4],
    symbol: 'pin',
  },
  /** Also a second line of a role taken (`lineRows`). */
  {
    role: 'gemeente',
    light: '#424b01',
    dark: '#a68910',
    forced: 'CanvasText',
    dash: [20, 4],
    symbol: 'arrow',
  },
];

export const SERIES_COUNT = seriesTokens.length;

/** The polarity each map palette serves: it decides what a darker (or, in dark mode, brighter) region means. */
export type MapPaletteName = 'worse' | 'better' | 'neutral';

/** Shares of the system text colour in the forced-colours classes: dark enough apart, the darkest still 3:1 from its outline. */
const FORCED_CLASS_SHARES = [10, 24, 38, 52, 64];

function zipClasses(light: readonly string[], dark: readonly string[]) {
  return light.map((l, i) => ({
    light: l,
    dark: dark[i]!,
    forced: `color-mix(in srgb, CanvasText ${FORCED_CLASS_SHARES[i]}%, Canvas)`,
  }));
}

/**
 * The choropleth's sequential palettes, five classes each, lowest class first. A higher class is
 * darker on a light background; on a dark one it is brighter and more saturated, from a muted lowest
 * class, so the strongest colour always marks the highest values. `worse` (orange to red) serves indicators
 * where more is worse, `better` (pale to deep green) those where more is better, and `neutral` (blues)
 * those where more is neither, so a map of a neutral indicator never reads as good or bad. Every class
 * stands 3:1 or more against the region outline (`color-map-outline`), light and dark, so neighbours
 * in the same class stay apart; `npm run check:contrast` and the tokens test check it. In forced
 * colours the classes are steps of the system text colour.
 */
export const mapPaletteTokens: Record<MapPaletteName, readonly Pick<ColourToken, 'light' | 'dark' | 'forced'>[]> = {
  worse: zipClasses(
    ['#fff3e0', '#fdd0a2', '#fda25d', '#e8692a', '#c4421a'],
    ['#7d5d50', '#9f6e56', '#c0815a', '#e0955d', '#ffab5e'],
  ),
  better: zipClasses(
    ['#edf8fb', '#b2e2e2', '#66c2a4', '#2ca25f', '#238b45'],
    ['#53705f', '#608e74', '#6dae89', '#79cf9e', '#86f0b4'],
  ),
  neutral: zipClasses(
    ['#eff3ff', '#c6dbef', '#9ecae1', '#6baed6', '#3182bd'],
    ['#5c6b82', '#6e83a0', '#809dbf', '#92b7df', '#a3d2ff'],
  ),
};

export const MAP_PALETTES: readonly MapPaletteName[] = ['worse', 'better', 'neutral'];
export const MAP_CLASS_COUNT = mapPaletteTokens.worse.length;

export const colourTokens: readonly ColourToken[] = [
  /** Text, reference lines, error bars and the highlighted bar’s border. */
  {
    name: 'color-text',
    variable: '--_text',
    light: '#1a1a1a',
    dark: '#ececec',
    forced: 'CanvasText',
    page: ['--nl-paragraph-color', '--basis-color-default-color-document', '--utrecht-document-color'],
    inherit: true,
    contrast: 'text',
  },
  /** Secondary text: meta line, summary, axis labels. */
  {
    name: 'color-text-muted',
    variable: '--_muted',
    light: '#555555',
    dark: '#b8b8b8',
    forced: 'CanvasText',
    page: ['--basis-color-default-color-subtle'],
    contrast: 'text',
  },
  /** Background of the element and of the chart’s tooltip. */
  {
    name: 'color-background',
    variable: '--_background',
    light: '#ffffff',
    dark: '#121212',
    forced: 'Canvas',
    page: ['--basis-color-default-bg-document', '--utrecht-document-background-color'],
    contrast: 'none',
  },
  /** Links and buttons. */
  {
    name: 'color-link',
    variable: '--_link',
    light: '#0b5cad',
    dark: '#8cc4ff',
    forced: 'LinkText',
    page: ['--nl-link-color', '--utrecht-link-color'],
    contrast: 'text',
  },
  /** Focus ring of buttons, links, the period picker and the chart. */
  {
    name: 'focus-outline-color',
    variable: '--_focus',
    light: '#0b5cad',
    dark: '#8cc4ff',
    forced: 'Highlight',
    page: ['--basis-focus-outline-color', '--utrecht-focus-outline-color'],
    contrast: 'graphic',
  },
  /** Table rules and the bar beside duiding and opvallendheden (decoration only). */
  {
    name: 'color-border',
    variable: '--_border',
    light: '#c8c8c8',
    dark: '#5c5c5c',
    forced: 'CanvasText',
    page: ['--basis-color-default-border-subtle', '--utrecht-table-row-border-block-end-color'],
    contrast: 'none',
  },
  /** Axis lines. */
  {
    name: 'color-axis',
    variable: '--_axis',
    light: '#767676',
    dark: '#9a9a9a',
    forced: 'CanvasText',
    page: ['--basis-color-default-border-default'],
    contrast: 'graphic',
  },
  /** Grid lines (a reading aid; the values are labelled). */
  {
    name: 'color-grid',
    variable: '--_grid',
    light: '#e0e0e0',
    dark: '#333333',
    forced: 'GrayText',
    contrast: 'none',
  },
  ...seriesTokens.map(({ light, dark, forced }, i): ColourToken => ({
    name: `color-series-${i + 1}`,
    variable: `--_series-${i + 1}`,
    light,
    dark,
    forced,
    contrast: 'graphic',
  })),
  /** Fill of the survey margin band (its meaning is also written under the chart). */
  {
    name: 'color-band',
    variable: '--_band',
    light: 'rgba(11, 92, 173, 0.18)',
    dark: 'rgba(108, 180, 255, 0.25)',
    // A tint of the system highlight, so the band stays visible under the lines in high contrast.
    forced: 'color-mix(in srgb, Highlight 30%, transparent)',
    contrast: 'none',
  },
  /** Reference lines of the higher levels in the bar chart, and the error bars. */
  {
    name: 'color-reference',
    variable: '--_reference',
    light: '#1a1a1a',
    dark: '#ececec',
    forced: 'CanvasText',
    contrast: 'graphic',
  },
  /** Series-break markers. */
  {
    name: 'color-break',
    variable: '--_break',
    light: '#555555',
    dark: '#c4c4c4',
    forced: 'CanvasText',
    contrast: 'graphic',
  },
  /** Shading of a special period such as the COVID years (its label is on the chart and in the notes). */
  {
    name: 'color-special-period',
    variable: '--_special-period',
    light: 'rgba(0, 0, 0, 0.07)',
    dark: 'rgba(255, 255, 255, 0.09)',
    forced: 'color-mix(in srgb, GrayText 25%, transparent)',
    contrast: 'none',
  },
  /** A change for the better (always written in words as well). */
  {
    name: 'color-favourable',
    variable: '--_favourable',
    light: '#00735c',
    dark: '#5fd3a8',
    forced: 'CanvasText',
    page: ['--basis-color-positive-color-default'],
    contrast: 'text',
  },
  /** A change for the worse, and the bar beside an error. */
  {
    name: 'color-unfavourable',
    variable: '--_unfavourable',
    light: '#b3261e',
    dark: '#ff8a80',
    forced: 'CanvasText',
    page: ['--basis-color-negative-color-default'],
    contrast: 'text',
  },
  /** A change of a neutral indicator, or no change. */
  {
    name: 'color-neutral',
    variable: '--_neutral',
    light: '#555555',
    dark: '#c4c4c4',
    forced: 'CanvasText',
    contrast: 'text',
  },
  // The map's classes, lowest first, per palette: `worse` where a higher value is worse, `better` where
  // it is better, `neutral` for a neutral indicator (no good or bad colours).
  ...MAP_PALETTES.flatMap((palette) =>
    mapPaletteTokens[palette].map(({ light, dark, forced }, i): ColourToken => ({
      name: `color-map-${palette}-${i + 1}`,
      variable: `--_map-${palette}-${i + 1}`,
      light,
      dark,
      forced,
      // The classes are told apart by their outlines and the legend; a pale lowest class is intended.
      contrast: 'none',
    })),
  ),
  /** Outlines of the gemeenten and districts on the map (3:1 or more against every class). */
  {
    name: 'color-map-outline',
    variable: '--_map-outline',
    light: '#1a1a1a',
    dark: '#121212',
    forced: 'CanvasText',
    contrast: 'none',
  },
  /** Fill of a region without a figure (suppressed or missing) on the map, under its hatching. */
  {
    name: 'color-map-missing',
    variable: '--_map-missing',
    light: '#e8e8e8',
    dark: '#636363',
    forced: 'Canvas',
    contrast: 'none',
  },
  /** Hatching of a region without a figure on the map (3:1 against its fill). */
  {
    name: 'color-map-hatch',
    variable: '--_map-hatch',
    light: '#767676',
    dark: '#c8c8c8',
    forced: 'CanvasText',
    contrast: 'none',
  },
];

/** Light or dark defaults by token name (`--miv-color-text` → `#1a1a1a`), for checks and docs. */
export function tokenValues(scheme: 'light' | 'dark'): Record<string, string> {
  return Object.fromEntries(colourTokens.map((t) => [`--miv-${t.name}`, t[scheme]]));
}

/** A colour's own default, following the element's colour scheme. */
export const ownDefault = (t: ColourToken): string => `light-dark(${t.light}, ${t.dark})`;

/** The colour tokens a page can set (through its theme, or by inheritance), which the contrast check may refuse. */
export const pageColourTokens: readonly ColourToken[] = colourTokens.filter((t) => t.page?.length || t.inherit);

/** The custom state (`:state(…)`) under which an element keeps its own value of a page colour. */
export const ownColourState = (t: ColourToken): string => `own-${t.name}`;

/** The custom state under which an element's defaults are the dark ones, because its background is dark. */
export const DARK_BACKGROUND_STATE = 'dark-background';

/**
 * The CSS that defines an element's private variables, one chain per token (see the top of this
 * file). The defaults follow the element's colour scheme through `light-dark()`; an inherited token
 * has none, so that the page's value comes through.
 */
export function tokenDeclarations(component?: string): string {
  return [
    ...colourTokens.map((t) => `${t.variable}: ${tokenChain(t, component, t.inherit ? undefined : ownDefault(t))};`),
    ...sizeTokens.map((t) => `${t.variable}: ${tokenChain(t, component, t.inherit ? undefined : t.value)};`),
  ].join('\n');
}

/**
 * For an element told its colour scheme (`color-scheme="dark"`): its text colour is its own, or the
 * theme's, but no longer inherited from a page that may be of the other scheme.
 */
export function toldSchemeDeclarations(component?: string): string {
  return colourTokens
    .filter((t) => t.inherit)
    .map((t) => `${t.variable}: ${tokenChain(t, component, ownDefault(t))};`)
    .join('\n');
}

/**
 * The rules that give an element its own colour where the page's would not be readable: under
 * `:state(own-<name>)` the chain skips the page. The contrast check in `resolve.ts` sets the states.
 */
export function ownColourRules(component?: string): string {
  return pageColourTokens
    .map(
      (t) =>
        `:host(:state(${ownColourState(t)})) { ${t.variable}: ${tokenChain(t, component, ownDefault(t), { page: false })}; }`,
    )
    .join('\n');
}

/** Forced colours ignore every token: system colours only, as the reader's high-contrast theme sets them. */
export function forcedColourDeclarations(): string {
  return colourTokens.map((t) => `${t.variable}: ${t.forced};`).join('\n');
}

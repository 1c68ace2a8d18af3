/**
 * Reads an element's resolved design tokens in the browser, for the chart option builders, which
 * never touch the DOM themselves, and keeps the element readable where the page's colours are not.
 */
import {
  chartTokenVariables,
  defaultChartTokens,
  mapTokenVariables,
  mapTokensFrom,
  paletteVariables,
  type ChartTokens,
  type ColourField,
} from './chart-tokens.js';
import { isDark, refusePageColours, refusedColoursMessage, type PageColour, type RefusedColour } from './contrast.js';
import {
  colourTokens,
  DARK_BACKGROUND_STATE,
  ownColourState,
  ownDefault,
  pageColourTokens,
  tokenChain,
  type ColourToken,
} from './tokens.js';

let canvas: CanvasRenderingContext2D | null | undefined;

/**
 * A computed colour as `rgb()`/`rgba()`: `color-mix()` and other colour spaces are serialised as
 * `color(srgb …)`, which ECharts does not parse, so those go through one pixel of a canvas.
 */
function toRgb(colour: string): string {
  if (/^rgba?\(/.test(colour)) return colour;
  canvas ??= document.createElement('canvas').getContext('2d', { willReadFrequently: true });
  if (!canvas) return colour;
  canvas.clearRect(0, 0, 1, 1);
  canvas.fillStyle = colour;
  canvas.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = canvas.getImageData(0, 0, 1, 1).data;
  return `rgba(${r}, ${g}, ${b}, ${Math.round((a! / 255) * 100) / 100})`;
}

/**
 * Reads CSS values as the element computes them, through hidden probes inside it: a probe's computed
 * `color` turns any colour value (a chain of tokens, `light-dark()` for the element's colour scheme,
 * the system colours of forced-colours mode) into a plain colour, and a token left unset makes it
 * inherit, as the element's own text does. All probes go in at once, so the page's styles are
 * computed once for all of them.
 */
function probe<T>(element: Element, styles: readonly string[], read: (style: CSSStyleDeclaration) => T): T[] {
  const root = element.shadowRoot ?? element;
  const probes = styles.map((cssText) => {
    const span = document.createElement('span');
    span.hidden = true;
    span.style.cssText = cssText;
    // The probe reports the token's own value, also where forced colours would repaint it.
    span.style.setProperty('forced-color-adjust', 'none');
    return span;
  });
  root.append(...probes);
  try {
    return probes.map((span) => read(getComputedStyle(span)));
  } finally {
    probes.forEach((span) => span.remove());
  }
}

/** The colours of `values` (CSS colour values) as plain `rgb()` colours inside the element. */
function readColours(element: Element, values: readonly string[]): string[] {
  return probe(
    element,
    values.map((value) => `color: ${value}`),
    (style) => toRgb(style.color),
  );
}

/** Every colour token as the element draws it now (`--miv-color-text` → `rgb(…)`), for the contrast check. */
export function resolveTokenValues(element: Element): Record<string, string> {
  const colours = readColours(
    element,
    colourTokens.map((t) => `var(${t.variable})`),
  );
  return Object.fromEntries(colourTokens.map((t, i) => [`--miv-${t.name}`, colours[i]!]));
}

/** Resolved chart tokens by everything they depend on (`chartTokensKey`): sixty widgets on one theme read them once. */
const chartTokenSets = new Map<string, ChartTokens>();
const REMEMBERED_TOKEN_SETS = 32;

const mapVariables = [
  ...Object.values(mapTokenVariables.palettes).flat(),
  mapTokenVariables.outline,
  mapTokenVariables.missing,
  mapTokenVariables.hatch,
];
const probedVariables = [...Object.values(chartTokenVariables), ...paletteVariables, ...mapVariables];

/**
 * What the probes of `resolveChartTokens` would read, taken from the host's own computed style: the
 * token variables as the host declares them (`light-dark(…)`, `currentcolor` and system colours
 * included), the colour, scheme and font they resolve against, and the media that change them.
 * Elements take it when their tokens are checked, all connected elements in one go: read later,
 * between the builds of other widgets, each reading would first have to style what those built.
 */
export function chartTokensKey(element: Element): string {
  const style = getComputedStyle(element);
  return JSON.stringify([
    element.localName,
    ...probedVariables.map((v) => style.getPropertyValue(v)),
    style.getPropertyValue('--_font'),
    style.color,
    style.colorScheme,
    style.fontFamily,
    matchMedia('(forced-colors: active)').matches,
    matchMedia('(prefers-reduced-motion: reduce)').matches,
  ]);
}

/**
 * Reads an element's resolved tokens for its chart, through hidden probes, so every fallback (the
 * page's inherited font and text colour too) arrives as a plain value. Elements whose tokens are
 * declared alike (the same `chartTokensKey`) share one reading.
 */
export function resolveChartTokens(element: Element, key = chartTokensKey(element)): ChartTokens {
  let tokens = chartTokenSets.get(key);
  if (!tokens) {
    tokens = probeChartTokens(element);
    if (chartTokenSets.size >= REMEMBERED_TOKEN_SETS) chartTokenSets.delete(chartTokenSets.keys().next().value!);
    chartTokenSets.set(key, tokens);
  }
  return tokens;
}

function probeChartTokens(element: Element): ChartTokens {
  const fields = Object.entries(chartTokenVariables);
  const colours = readColours(
    element,
    probedVariables.map((v) => `var(${v})`),
  );
  const mapColours = new Map(mapVariables.map((v, i) => [v, colours[fields.length + paletteVariables.length + i]!]));
  const [font] = probe(element, ['font-family: var(--_font)'], (style) => style.fontFamily);
  return {
    // Computed font names come in double quotes ("Fira Sans"), which ECharts writes unescaped into
    // an SVG attribute of the exported image; single quotes mean the same in CSS and keep it valid.
    fontFamily: (font || defaultChartTokens.fontFamily).replace(/"/g, "'"),
    ...(Object.fromEntries(fields.map(([field], i) => [field, colours[i]!])) as Record<ColourField, string>),
    palette: colours.slice(fields.length, fields.length + paletteVariables.length),
    animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    map: mapTokensFrom((v) => mapColours.get(v)!),
  };
}

/** Whether two sets of tokens would draw the same chart. */
export function sameTokens(a: ChartTokens, b: ChartTokens): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

/** The element's parent in the rendered tree, whose text colour it inherits. */
function inheritsFrom(element: Element): Element | undefined {
  const parent = element.assignedSlot ?? element.parentNode;
  return parent instanceof ShadowRoot ? parent.host : parent instanceof Element ? parent : undefined;
}

/** Explanations already in the console: one page with sixty widgets on one theme says it once. */
const warned = new Set<string>();

/** What the contrast check decided for one set of page colours. */
interface Decision {
  dark: boolean;
  refused: RefusedColour[];
}

/**
 * Decisions by everything they depend on, so that sixty widgets on one theme are checked once:
 * reading the colours takes about a millisecond, reading the tokens' values a fraction of it.
 */
const decisions = new Map<string, Decision>();
const REMEMBERED_DECISIONS = 32;

/**
 * Keeps an element readable on its page. A dark background (from the page's theme or a
 * `--miv-color-background`) gives the element its dark defaults; a colour that the element would
 * take from the page (a theme token, or the inherited text colour) but that fails WCAG AA against
 * the element's background is replaced by the element's own, and the console says why, once.
 * Colours set with `--miv-*` tokens are left as they are. `component` is the element's token
 * prefix (`indicator` for `--miv-indicator-*`); `states` are its custom states, which switch the
 * chains in its CSS (see `tokens.ts`).
 */
export function keepReadable(element: Element, component: string | undefined, states: CustomStateSet): void {
  const style = getComputedStyle(element);
  const parent = inheritsFrom(element);
  const parentStyle = parent && getComputedStyle(parent);
  const key = JSON.stringify([
    component,
    colourTokens.flatMap((t) =>
      [...(component ? [`--miv-${component}-${t.name}`] : []), `--miv-${t.name}`, ...(t.page ?? [])].map((n) =>
        style.getPropertyValue(n),
      ),
    ),
    parentStyle?.color,
    parentStyle?.colorScheme,
    element.getAttribute('color-scheme'),
    matchMedia('(prefers-color-scheme: dark)').matches,
  ]);
  let decision = decisions.get(key);
  if (!decision) {
    decision = decide(element, component, states, style, parentStyle?.color);
    if (decisions.size >= REMEMBERED_DECISIONS) decisions.delete(decisions.keys().next().value!);
    decisions.set(key, decision);
  }

  if (decision.dark) states.add(DARK_BACKGROUND_STATE);
  else states.delete(DARK_BACKGROUND_STATE);
  for (const t of pageColourTokens) {
    if (decision.refused.some((r) => r.token === `--miv-${t.name}`)) states.add(ownColourState(t));
    else states.delete(ownColourState(t));
  }

  // An element told its colour scheme by its <miv-feed> chose its own colours: that the page's
  // inherited text does not suit them is no news.
  const told = element.closest('[color-scheme]') !== null;
  const news = decision.refused.filter((r) => !(told && r.source === 'inherit'));
  if (news.length === 0) return;
  const message = refusedColoursMessage(news);
  if (warned.has(message)) return;
  warned.add(message);
  console.warn(message);
}

/** Reads the page's colours and the element's own and decides; sets the dark state on the way. */
function decide(
  element: Element,
  component: string | undefined,
  states: CustomStateSet,
  style: CSSStyleDeclaration,
  inherited: string | undefined,
): Decision {
  const isSet = (name: string) => style.getPropertyValue(name).trim() !== '';
  const name = (t: ColourToken) => `--miv-${t.name}`;
  const chosen = new Set(
    colourTokens
      .filter((t) => (component !== undefined && isSet(`--miv-${component}-${t.name}`)) || isSet(name(t)))
      .map(name),
  );

  // Where each page colour comes from, unless a --miv-* token overrides it, and its value.
  const sources = pageColourTokens.flatMap((t) => {
    if (chosen.has(name(t))) return [];
    const source = t.page?.find(isSet);
    if (source) return [{ token: name(t), source, css: `var(${source})` }];
    // An element with its own `color-scheme` attribute does not inherit the text colour (its CSS).
    if (t.inherit && inherited && !element.hasAttribute('color-scheme'))
      return [{ token: name(t), source: 'inherit', css: inherited }];
    return [];
  });
  const background = colourTokens.find((t) => t.name === 'color-background')!;
  const [chosenBackground = '', ...pageValues] = readColours(element, [
    chosen.has(name(background)) ? tokenChain(background, component, undefined, { page: false }) : 'transparent',
    ...sources.map((s) => s.css),
  ]);
  const page: Record<string, PageColour> = Object.fromEntries(
    sources.map((s, i) => [s.token, { source: s.source, value: pageValues[i]! }]),
  );

  // A background given by the page or a token (not the default, which follows the scheme itself).
  const given = page[name(background)]?.value ?? (chosen.has(name(background)) ? chosenBackground : undefined);
  const dark = given !== undefined && isDark(given);
  if (dark) states.add(DARK_BACKGROUND_STATE);
  else states.delete(DARK_BACKGROUND_STATE);

  // Every colour as the element would draw it with the page's colours, and its own, in the colour
  // scheme just settled.
  const ownValues = readColours(
    element,
    colourTokens.map((t) => tokenChain(t, component, ownDefault(t), { page: false })),
  );
  const own = Object.fromEntries(colourTokens.map((t, i) => [name(t), ownValues[i]!]));
  const values = Object.fromEntries(colourTokens.map((t) => [name(t), page[name(t)]?.value ?? own[name(t)]!]));
  return { dark, refused: refusePageColours(values, page, own, chosen) };
}

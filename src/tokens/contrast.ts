/**
 * WCAG contrast of a theme's colour tokens against its background: text needs 4.5:1 (1.4.3), lines,
 * bars and the focus ring 3:1 (1.4.11), and which of the page's colours an element refuses for it.
 * Pure: used by `npm run check:contrast`, the tests and the elements' check in `resolve.ts`.
 */
import { colourTokens, type ContrastNeed } from './tokens.js';

export const REQUIRED: Record<Exclude<ContrastNeed, 'none'>, number> = { text: 4.5, graphic: 3 };

type Rgba = [number, number, number, number];

/** `#rgb`, `#rrggbb`, `rgb()` and `rgba()`; anything else is not a colour this check can read. */
export function parseColour(value: string): Rgba | undefined {
  const hex = /^#([0-9a-f]{3}|[0-9a-f]{6})$/i.exec(value.trim());
  if (hex) {
    const digits = hex[1]!.length === 3 ? [...hex[1]!].map((d) => d + d) : hex[1]!.match(/../g)!;
    const [r, g, b] = digits.map((d) => parseInt(d, 16));
    return [r!, g!, b!, 1];
  }
  const rgb = /^rgba?\(\s*([\d.]+)[\s,]+([\d.]+)[\s,]+([\d.]+)(?:[\s,/]+([\d.]+))?\s*\)$/i.exec(value.trim());
  if (!rgb) return undefined;
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3]), rgb[4] === undefined ? 1 : Number(rgb[4])];
}

function luminance([r, g, b]: Rgba): number {
  const channel = (c: number) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

/** The contrast ratio of `colour` (a translucent one laid over the background) with `background`. */
export function contrastRatio(colour: string, background: string): number | undefined {
  const fg = parseColour(colour);
  const bg = parseColour(background);
  if (!fg || !bg) return undefined;
  const [r, g, b, a] = fg;
  const over: Rgba = [r * a + bg[0] * (1 - a), g * a + bg[1] * (1 - a), b * a + bg[2] * (1 - a), 1];
  const [light, dark] = [luminance(over), luminance(bg)].sort((x, y) => y - x);
  return (light! + 0.05) / (dark! + 0.05);
}

export interface ContrastRow {
  token: string;
  value: string;
  need: Exclude<ContrastNeed, 'none'>;
  /** Undefined when the value is not a colour the check can read (a `var()`, a name). */
  ratio: number | undefined;
  ok: boolean;
}

/** Every token that must stand out, with its ratio against `--miv-color-background`. */
export function checkContrast(values: Record<string, string>): ContrastRow[] {
  const background = values['--miv-color-background'] ?? '#ffffff';
  return colourTokens.flatMap((t) => {
    if (t.contrast === 'none') return [];
    const token = `--miv-${t.name}`;
    const value = values[token] ?? '';
    const ratio = contrastRatio(value, background);
    return [{ token, value, need: t.contrast, ratio, ok: ratio !== undefined && ratio >= REQUIRED[t.contrast] }];
  });
}

/** Whether light text stands out more on `colour` than dark text: the element then takes its dark defaults. */
export function isDark(colour: string): boolean {
  const white = contrastRatio('#ffffff', colour);
  const black = contrastRatio('#000000', colour);
  return white !== undefined && black !== undefined && white > black;
}

const BACKGROUND = '--miv-color-background';

/** A colour an element takes from its page: from a theme token, or the page's inherited text colour. */
export interface PageColour {
  /** The page's token (`--nl-link-color`), or `inherit` for the inherited text colour. */
  source: string;
  value: string;
}

/** A page colour the element refuses, and why. */
export interface RefusedColour {
  token: string;
  value: string;
  source: string;
  /** The colour it failed against: the background, or for the background the colour that failed on it. */
  against: string;
  /** The token of `against`. */
  againstToken: string;
  ratio: number | undefined;
  need: Exclude<ContrastNeed, 'none'>;
}

/**
 * The page colours an element refuses because they fail WCAG AA: each foreground from the page
 * that does not stand out on the background, and the page's background itself when the element's
 * own colours do not stand out on it either (then the page's foregrounds are checked again on the
 * element's own background). `values` are the colours as drawn with the page's colours (`--miv-*`
 * name → colour), `page` says which of them come from the page, `own` gives the element's defaults,
 * and `chosen` the colours set with `--miv-*` tokens: those are the integrator's choice, never
 * refused, and a faint one is no reason to refuse the page's background either.
 */
export function refusePageColours(
  values: Record<string, string>,
  page: Record<string, PageColour>,
  own: Record<string, string>,
  chosen: ReadonlySet<string> = new Set(),
): RefusedColour[] {
  const current = { ...values };
  const refused = new Map<string, RefusedColour>();
  const refuseFailing = () => {
    for (const row of checkContrast(current)) {
      const from = page[row.token];
      if (row.ok || !from || refused.has(row.token)) continue;
      const background = current[BACKGROUND] ?? '';
      const { token, ratio, need } = row;
      refused.set(token, { token, ...from, against: background, againstToken: BACKGROUND, ratio, need });
      current[row.token] = own[row.token] ?? row.value;
    }
  };
  refuseFailing();
  const pageBackground = page[BACKGROUND];
  const failing = pageBackground && checkContrast(current).find((r) => !r.ok && !chosen.has(r.token));
  if (pageBackground && failing) {
    refused.set(BACKGROUND, {
      token: BACKGROUND,
      ...pageBackground,
      against: failing.value,
      againstToken: failing.token,
      ratio: failing.ratio,
      need: failing.need,
    });
    current[BACKGROUND] = own[BACKGROUND] ?? current[BACKGROUND]!;
    refuseFailing();
  }
  return [...refused.values()];
}

const ratioText = (ratio: number | undefined) =>
  ratio === undefined ? '?' : ratio.toFixed(1).replace('.', ',').replace(/,0$/, '');

/** The console's explanation of refused page colours: one line per colour, in Dutch like the elements. */
export function refusedColoursMessage(refused: readonly RefusedColour[]): string {
  const lines = refused.map((r) => {
    const from = r.source === 'inherit' ? 'de tekstkleur van de pagina' : r.source;
    return r.token === BACKGROUND
      ? `${r.token}: ${r.value} uit ${from}: ${r.againstToken} (${r.against}) haalt daarop ${ratioText(r.ratio)}:1, nodig is ${ratioText(REQUIRED[r.need])}:1`
      : `${r.token}: ${r.value} uit ${from} haalt ${ratioText(r.ratio)}:1 op de achtergrond ${r.against}, nodig is ${ratioText(REQUIRED[r.need])}:1`;
  });
  return [
    'miv-widgets: kleuren van de pagina die op de achtergrond van het element niet leesbaar zijn (WCAG AA); het element houdt daar zijn eigen kleur:',
    ...lines.map((line) => `  ${line}`),
    'Kies zelf een leesbare kleur met het genoemde --miv-*-token.',
  ].join('\n');
}

/**
 * WCAG contrast of a theme's colour tokens against its background: text needs 4.5:1 (1.4.3), lines,
 * bars and the focus ring 3:1 (1.4.11). Pure: used by `npm run check:contrast` and the tests.
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

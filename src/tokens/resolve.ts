/**
 * Reads an element's resolved design tokens in the browser, for the chart option builders, which
 * never touch the DOM themselves.
 */
import {
  chartTokenVariables,
  defaultChartTokens,
  paletteVariables,
  type ChartTokens,
  type ColourField,
} from './chart-tokens.js';

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
 * Reads an element's resolved tokens for its chart. The values are read through a hidden probe's
 * `color`, so every fallback, `light-dark()` for the element's colour scheme and the system colours
 * of forced-colours mode arrive as plain colours.
 */
export function resolveChartTokens(element: Element): ChartTokens {
  const root = element.shadowRoot ?? element;
  const probe = document.createElement('span');
  probe.hidden = true;
  // The probe reports the token's own value, also where forced colours would repaint it.
  probe.style.setProperty('forced-color-adjust', 'none');
  root.append(probe);
  try {
    const style = getComputedStyle(probe);
    const colour = (variable: string, fallback: string) => {
      probe.style.color = `var(${variable}, ${fallback})`;
      return toRgb(style.color);
    };
    probe.style.fontFamily = `var(--_font, ${defaultChartTokens.fontFamily})`;
    const fontFamily = style.fontFamily || defaultChartTokens.fontFamily;
    const fields = Object.fromEntries(
      Object.entries(chartTokenVariables).map(([field, variable]) => [
        field,
        colour(variable, defaultChartTokens[field as ColourField]),
      ]),
    ) as Record<ColourField, string>;
    return {
      fontFamily,
      ...fields,
      palette: paletteVariables.map((v, i) => colour(v, defaultChartTokens.palette[i]!)),
      animate: !matchMedia('(prefers-reduced-motion: reduce)').matches,
    };
  } finally {
    probe.remove();
  }
}

/** Whether two sets of tokens would draw the same chart. */
export function sameTokens(a: ChartTokens, b: ChartTokens): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

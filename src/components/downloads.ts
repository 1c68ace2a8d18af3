/**
 * Image and file downloads shared by the chart elements, loaded on the first download. The image
 * is the chart's own SVG framed by the title, subtitle, notes, source and feed date, so that a copy
 * pasted into a memo still says what it shows and where it comes from. PNG is that SVG drawn on a
 * canvas.
 *
 * Both work on a page whose Content Security Policy is `default-src 'self'` without any exception
 * (`examples/csp.html`): the chart's drawing is a copy of the one on the page, never ECharts' SVG text
 * parsed again, as every parser (`DOMParser`, `innerHTML`, a style attribute set) reads its texts'
 * style attributes, which `style-src` without 'unsafe-inline' refuses and reports; a copied node keeps
 * its style as it is. And the PNG is painted from that document by the canvas's own calls: the
 * browser draws an SVG on a canvas only as an image loaded from a URL, and such a policy refuses both a
 * `data:` and a `blob:` URL for an image (Chromium 150, measured).
 */
import type { Strings } from '../i18n/strings.js';
import type { DataGrid } from '../model/grid.js';
import { gridToCsv } from '../model/csv.js';
import { formatDate } from '../model/format.js';
import type { ChartTokens } from '../tokens/chart-tokens.js';
import type { Chart } from '../charts/echarts.js';
import type { LineLook } from '../charts/shared.js';
import { markerPath } from './chart-legend.js';
import type { DownloadFormat } from './miv-chart-element.js';

const MIME_TYPES: Record<DownloadFormat, string> = {
  csv: 'text/csv;charset=utf-8',
  png: 'image/png',
  svg: 'image/svg+xml;charset=utf-8',
};

const SVG_NS = 'http://www.w3.org/2000/svg';
const PADDING = 16;
const TITLE_SIZE = 18;
const TEXT_SIZE = 13;
const LINE_GAP = 1.35;
/** Length of a legend entry's line sample. */
const LEGEND_SAMPLE = 28;
/** Size of the marker on it. */
const LEGEND_MARK = 8;
/** Average glyph width as a share of the font size, for wrapping text that SVG cannot wrap itself. */
const GLYPH_WIDTH = 0.55;
/** PNGs are drawn at twice the CSS size, so they stay sharp in documents and on high-density screens. */
const PNG_SCALE = 2;
/** Long enough for every browser to have started reading the file before its URL is revoked. */
const REVOKE_DELAY_MS = 10_000;

/** Where a line may break: at white space other than a no-break space, which keeps `95 %` on one line. */
const BREAK_SPACE = /[^\S\u00a0\u2007\u202f]+/;

/** Splits text into lines that fit `width` pixels at `size`, by an average glyph width. */
function wrap(text: string, width: number, size: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * GLYPH_WIDTH)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(BREAK_SPACE)) {
    if (current && current.length + 1 + word.length > perLine) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

/**
 * Stripes of `colour`, `stripe` px wide every `period` px, rising at `angle` degrees: the map's
 * hatching of a region without a figure, as the map hands it over (`HATCHING` in src/charts/map.ts).
 */
export interface Hatch {
  colour: string;
  stripe: number;
  period: number;
  angle: number;
}

/**
 * An entry of an image's legend: a sample of a line as the chart draws it, or with `hatch` a swatch
 * of `colour` striped as the map hatches a region without a figure.
 */
export interface ImageKey extends LineLook {
  hatch?: Hatch;
}

/** What an image adds to the chart beside its captions. */
export interface ImageOptions {
  /** The legend, drawn under the chart. */
  legend?: readonly ImageKey[];
  /**
   * The chart's filled shapes on whole pixels (`shape-rendering: crispEdges`), as the element shows
   * them: the comparison's bars, whose edges a PNG drawn at twice the size would otherwise blur.
   */
  crispFills?: boolean;
}

/**
 * The chart's SVG with the title and subtitle above it and the notes, source, feed date and (for
 * sample data) the fictitious-data mark below it: a document of its own, built with DOM calls, so
 * feed text is always escaped. `chartSvg` is the chart's drawing on the page, copied.
 */
export function composeChartSvg(
  chartSvg: SVGSVGElement,
  size: { width: number; height: number },
  grid: DataGrid,
  tokens: ChartTokens,
  strings: Strings,
  { legend = [], crispFills = false }: ImageOptions = {},
): XMLDocument {
  // The chart's axis labels run to its edges; the image gives them a margin.
  const width = Math.round(size.width) + 2 * PADDING;
  const textWidth = width - 2 * PADDING;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const add = (name: string, attributes: Record<string, string | number>, text?: string, parent: Element = root) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    parent.append(node);
    return node;
  };
  /** A pattern of `hatch` on `background` (entry `n`'s), as a fill: its `url()`. */
  const hatching = (background: string, { colour, stripe, period, angle }: Hatch, n: number): string => {
    const id = `miv-key-hatch-${n}`;
    const pattern = add(
      'pattern',
      { id, patternUnits: 'userSpaceOnUse', width: period, height: period, patternTransform: `rotate(${angle})` },
      undefined,
      add('defs', {}),
    );
    add('rect', { width: period, height: period, fill: background }, undefined, pattern);
    add('rect', { width: period, height: stripe, fill: colour }, undefined, pattern);
    return `url(#${id})`;
  };
  const background = add('rect', { x: 0, y: 0, width, fill: tokens.background });

  let y = PADDING;
  const textBlock = (text: string, fontSize: number, attributes: Record<string, string | number> = {}) => {
    for (const line of wrap(text, textWidth, fontSize)) {
      y += fontSize * LINE_GAP;
      add('text', { x: PADDING, y, 'font-size': fontSize, fill: tokens.text, ...attributes }, line);
    }
  };
  textBlock(grid.title, TITLE_SIZE, { 'font-weight': 700 });
  textBlock(grid.subtitle, TEXT_SIZE, { fill: tokens.muted });
  y += PADDING / 2;

  const chart = doc.importNode(chartSvg, true);
  // Its place on the page (position, selection) is no part of the image.
  chart.removeAttribute('style');
  chart.setAttribute('x', String(PADDING));
  chart.setAttribute('y', String(y));
  // An attribute, not a style sheet: programs that open the SVG (a word processor) read attributes.
  if (crispFills)
    for (const shape of chart.querySelectorAll("path:not([fill='none'])"))
      shape.setAttribute('shape-rendering', 'crispEdges');
  root.append(chart);
  y += size.height + PADDING / 2;

  // The legend is HTML beside the live chart; the image draws it under the chart, one line each, with
  // the same dash and marker, or hatched as the map's regions are.
  for (const [n, look] of legend.entries()) {
    y += TEXT_SIZE * LINE_GAP;
    const middle = y - TEXT_SIZE / 3;
    if (look.hatch)
      add('rect', {
        x: PADDING,
        y: middle - look.width / 2,
        width: LEGEND_SAMPLE,
        height: look.width,
        fill: hatching(look.colour, look.hatch, n),
      });
    else
      add('line', {
        x1: PADDING,
        y1: middle,
        x2: PADDING + LEGEND_SAMPLE,
        y2: middle,
        stroke: look.colour,
        'stroke-width': look.width,
        'stroke-dasharray': look.dash === 'solid' ? 'none' : look.dash.join(' '),
      });
    if (look.symbol)
      add('path', { d: markerPath(look.symbol, PADDING + LEGEND_SAMPLE / 2, middle, LEGEND_MARK), fill: look.colour });
    add('text', { x: PADDING + LEGEND_SAMPLE + 6, y, 'font-size': TEXT_SIZE, fill: tokens.text }, look.name);
  }

  const { meta } = grid;
  // A stand-in's sentence first: it says whose figures all of the chart shows.
  for (const note of [...(grid.fallback ? [grid.fallback] : []), ...(grid.notes ?? [])])
    textBlock(note, TEXT_SIZE, { fill: tokens.muted });
  const source = [grid.source.name, grid.source.url].filter(Boolean).join(' — ');
  textBlock(`${strings.source}: ${source} · ${strings.updated}: ${formatDate(meta.updated, strings)}`, TEXT_SIZE, {
    fill: tokens.muted,
  });
  if (meta.sample) textBlock(strings.sample, TEXT_SIZE, { 'font-weight': 700 });
  const height = Math.ceil(y + PADDING);

  background.setAttribute('height', String(height));
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(height));
  root.setAttribute('viewBox', `0 0 ${width} ${height}`);
  root.setAttribute('font-family', tokens.fontFamily);
  root.setAttribute('role', 'img');
  const title = doc.createElementNS(SVG_NS, 'title');
  title.textContent = `${grid.title} — ${grid.subtitle}`;
  root.prepend(title);
  return doc;
}

/** The CSV file of a grid. */
export function csvBlob(grid: DataGrid, strings: Strings): Blob {
  return new Blob([gridToCsv(grid, strings)], { type: MIME_TYPES.csv });
}

/** The painted chart with its captions, as an SVG or PNG file. */
export async function imageBlob(
  format: 'png' | 'svg',
  chart: Chart,
  grid: DataGrid,
  tokens: ChartTokens,
  strings: Strings,
  options: ImageOptions = {},
): Promise<Blob> {
  const size = { width: chart.getWidth(), height: chart.getHeight() };
  const drawing = chart.getDom().querySelector('svg');
  if (!drawing) throw new Error('The chart has no drawing to export');
  const doc = composeChartSvg(drawing, size, grid, tokens, strings, options);
  return format === 'svg'
    ? new Blob([new XMLSerializer().serializeToString(doc)], { type: MIME_TYPES.svg })
    : svgToPng(doc.documentElement as Element as SVGSVGElement);
}

/** Paints an SVG document's drawing on a canvas, at twice its size, and returns it as a PNG. */
export async function svgToPng(svg: SVGSVGElement): Promise<Blob> {
  const canvas = document.createElement('canvas');
  canvas.width = Number(svg.getAttribute('width')) * PNG_SCALE;
  canvas.height = Number(svg.getAttribute('height')) * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  context.scale(PNG_SCALE, PNG_SCALE);
  paintChildren(context, svg, paintOf(svg, INITIAL_PAINT));
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
}

/**
 * What an element of the image passes on to what it holds: the SVG properties the images use (the
 * frame's and those ECharts' SVG renderer writes), as attributes or in a style attribute.
 */
interface Paint {
  fill: string;
  'fill-opacity': string;
  stroke: string;
  'stroke-opacity': string;
  'stroke-width': string;
  'stroke-dasharray': string;
  'stroke-linecap': string;
  'stroke-linejoin': string;
  'font-style': string;
  'font-weight': string;
  'font-size': string;
  'font-family': string;
  'text-anchor': string;
  'dominant-baseline': string;
  'shape-rendering': string;
  /** All of a text's font in one, as ECharts writes it where no part of it is set on its own. */
  font: string;
}

/** SVG's initial values of those properties (the font's family comes from the image's root). */
const INITIAL_PAINT: Paint = {
  fill: 'black',
  'fill-opacity': '1',
  stroke: 'none',
  'stroke-opacity': '1',
  'stroke-width': '1',
  'stroke-dasharray': 'none',
  'stroke-linecap': 'butt',
  'stroke-linejoin': 'miter',
  'font-style': 'normal',
  'font-weight': 'normal',
  'font-size': '16px',
  'font-family': 'sans-serif',
  'text-anchor': 'start',
  'dominant-baseline': 'auto',
  'shape-rendering': 'auto',
  font: '',
};
const TEXT_ALIGN: Record<string, CanvasTextAlign> = { start: 'left', middle: 'center', end: 'right' };
const TEXT_BASELINE: Record<string, CanvasTextBaseline> = { central: 'middle', middle: 'middle', hanging: 'hanging' };

/** An element's properties: its own (a style declaration over an attribute), else its parent's. */
function paintOf(element: Element, parent: Paint): Paint {
  const declared = new Map(
    (element.getAttribute('style') ?? '').split(';').flatMap((declaration) => {
      const colon = declaration.indexOf(':');
      return colon > 0 ? [[declaration.slice(0, colon).trim(), declaration.slice(colon + 1).trim()] as const] : [];
    }),
  );
  const paint = { ...parent };
  for (const key of Object.keys(paint) as (keyof Paint)[])
    paint[key] = declared.get(key) ?? element.getAttribute(key) ?? parent[key];
  return paint;
}

/** A number attribute of `element`, 0 where it has none. */
const numberOf = (element: Element, name: string) => Number(element.getAttribute(name) ?? 0);

/** The element that a `url(#id)` reference points to, in the same document. */
function referenced(element: Element, value: string | null): Element | null {
  const id = /^url\(#(.+)\)$/.exec(value ?? '')?.[1];
  return id ? element.ownerDocument.querySelector(`[id="${CSS.escape(id)}"]`) : null;
}

/** The matrix of a transform list (an element's `transform`, a pattern's `patternTransform`); none where it is empty. */
function matrixOf(list: SVGAnimatedTransformList | undefined): DOMMatrix | undefined {
  const matrix = list?.baseVal.consolidate()?.matrix;
  return matrix && new DOMMatrix([matrix.a, matrix.b, matrix.c, matrix.d, matrix.e, matrix.f]);
}

/** A shape's outline: a path, a rectangle or a line. */
function outline(element: Element): Path2D | undefined {
  const at = (name: string) => numberOf(element, name);
  switch (element.localName) {
    case 'path':
      return new Path2D(element.getAttribute('d') ?? '');
    case 'rect': {
      const path = new Path2D();
      path.rect(at('x'), at('y'), at('width'), at('height'));
      return path;
    }
    case 'line': {
      const path = new Path2D();
      path.moveTo(at('x1'), at('y1'));
      path.lineTo(at('x2'), at('y2'));
      return path;
    }
    default:
      return undefined;
  }
}

/**
 * A path of straight lines (`M`, `L`, `Z`) with each point on the canvas's whole pixels, as
 * `shape-rendering: crispEdges` draws it; another path as it is.
 */
function crisp(context: CanvasRenderingContext2D, d: string): Path2D {
  if (!/^[MLZ\d\s.,-]*$/.test(d)) return new Path2D(d);
  const toCanvas = context.getTransform();
  const back = toCanvas.inverse();
  const snapped = d.replace(/(-?[\d.]+)[\s,]+(-?[\d.]+)/g, (_, x: string, y: string) => {
    const point = toCanvas.transformPoint({ x: Number(x), y: Number(y) });
    const whole = back.transformPoint({ x: Math.round(point.x), y: Math.round(point.y) });
    return `${whole.x} ${whole.y}`;
  });
  return new Path2D(snapped);
}

/** Fills with a `<pattern>` (the map's hatching): its tile painted at the canvas's scale. */
function patternFill(context: CanvasRenderingContext2D, pattern: Element, paint: Paint): CanvasPattern | null {
  const [width, height] = [numberOf(pattern, 'width'), numberOf(pattern, 'height')];
  const tile = document.createElement('canvas');
  tile.width = Math.max(1, Math.round(width * PNG_SCALE));
  tile.height = Math.max(1, Math.round(height * PNG_SCALE));
  const tileContext = tile.getContext('2d');
  if (!tileContext) return null;
  tileContext.scale(tile.width / width, tile.height / height);
  paintChildren(tileContext, pattern, paint);
  const fill = context.createPattern(tile, 'repeat');
  fill?.setTransform(
    (matrixOf((pattern as SVGPatternElement).patternTransform) ?? new DOMMatrix()).scale(
      width / tile.width,
      height / tile.height,
    ),
  );
  return fill;
}

/** Fills and strokes a shape as its properties say. */
function paintShape(context: CanvasRenderingContext2D, element: Element, paint: Paint): void {
  const d = element.getAttribute('d');
  const path = paint['shape-rendering'] === 'crispEdges' && d !== null ? crisp(context, d) : outline(element);
  if (!path) return;
  if (paint.fill !== 'none' && element.localName !== 'line') {
    const pattern = referenced(element, paint.fill);
    const fill = pattern ? patternFill(context, pattern, INITIAL_PAINT) : paint.fill;
    if (fill) {
      context.fillStyle = fill;
      context.globalAlpha = Number(paint['fill-opacity']);
      context.fill(path);
    }
  }
  // Given a width of 0, a canvas keeps its last one; SVG draws no line.
  const lineWidth = Number(paint['stroke-width']);
  if (paint.stroke !== 'none' && lineWidth > 0) {
    context.strokeStyle = paint.stroke;
    context.globalAlpha = Number(paint['stroke-opacity']);
    context.lineWidth = lineWidth;
    context.lineCap = paint['stroke-linecap'] as CanvasLineCap;
    context.lineJoin = paint['stroke-linejoin'] as CanvasLineJoin;
    const dash = paint['stroke-dasharray'];
    context.setLineDash(dash === 'none' ? [] : dash.split(/[\s,]+/).map(Number));
    context.stroke(path);
  }
}

/** Writes a text as its properties say, at its `x` and `y`. */
function paintText(context: CanvasRenderingContext2D, element: Element, paint: Paint): void {
  const size = parseFloat(paint['font-size']);
  context.font = paint.font || `${paint['font-style']} ${paint['font-weight']} ${size}px ${paint['font-family']}`;
  context.textAlign = TEXT_ALIGN[paint['text-anchor']] ?? 'left';
  context.textBaseline = TEXT_BASELINE[paint['dominant-baseline']] ?? 'alphabetic';
  context.fillStyle = paint.fill;
  context.globalAlpha = Number(paint['fill-opacity']);
  context.fillText(element.textContent ?? '', numberOf(element, 'x'), numberOf(element, 'y'));
}

/** Paints what an element holds, in the order of the document. */
function paintChildren(context: CanvasRenderingContext2D, parent: Element, paint: Paint): void {
  for (const child of parent.children) paintElement(context, child, paint);
}

/** Paints one element of the image: a group or nested drawing with what it holds, a shape or a text. */
function paintElement(context: CanvasRenderingContext2D, element: Element, inherited: Paint): void {
  // Definitions are painted where they are used; a title and a style sheet are not drawn.
  if (['defs', 'clipPath', 'pattern', 'title', 'style'].includes(element.localName)) return;
  const paint = paintOf(element, inherited);
  context.save();
  const transform = matrixOf((element as SVGGraphicsElement).transform);
  if (transform) context.setTransform(context.getTransform().multiply(transform));
  if (element.localName === 'svg') {
    // The chart, nested in the frame: at its place, and cut at its edges.
    context.translate(numberOf(element, 'x'), numberOf(element, 'y'));
    context.beginPath();
    context.rect(0, 0, numberOf(element, 'width'), numberOf(element, 'height'));
    context.clip();
  }
  const clip = referenced(element, element.getAttribute('clip-path'));
  if (clip) {
    const area = new Path2D();
    for (const shape of clip.children) {
      const path = outline(shape);
      if (path) area.addPath(path, matrixOf((shape as SVGGraphicsElement).transform));
    }
    context.clip(area);
  }
  if (element.localName === 'svg' || element.localName === 'g') paintChildren(context, element, paint);
  else if (element.localName === 'text') paintText(context, element, paint);
  else paintShape(context, element, paint);
  context.restore();
}

/** Hands a file to the browser's download mechanism. */
export function saveFile(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the click; revoking later frees the blob without cutting it off.
  setTimeout(() => URL.revokeObjectURL(url), REVOKE_DELAY_MS);
}

/**
 * Image and file downloads shared by the chart elements, loaded on the first download. The image
 * is the chart's own SVG (ECharts' `renderToSVGString`) framed by the title, subtitle, notes, source
 * and feed date, so that a copy pasted into a memo still says what it shows and where it comes from.
 * PNG is that SVG drawn on a canvas.
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

/** Splits text into lines that fit `width` pixels at `size`, by an average glyph width. */
function wrap(text: string, width: number, size: number): string[] {
  const perLine = Math.max(10, Math.floor(width / (size * GLYPH_WIDTH)));
  const lines: string[] = [];
  let current = '';
  for (const word of text.split(/\s+/)) {
    if (current && current.length + 1 + word.length > perLine) {
      lines.push(current);
      current = word;
    } else current = current ? `${current} ${word}` : word;
  }
  if (current) lines.push(current);
  return lines;
}

/** What an image adds to the chart beside its captions. */
export interface ImageOptions {
  /** The legend, drawn under the chart. */
  legend?: readonly LineLook[];
  /**
   * The chart's filled shapes on whole pixels (`shape-rendering: crispEdges`), as the element shows
   * them: the comparison's bars, whose edges a PNG drawn at twice the size would otherwise blur.
   */
  crispFills?: boolean;
}

/**
 * The chart's SVG with the title and subtitle above it and the notes, source, feed date and (for
 * sample data) the fictitious-data mark below it. Built with DOM calls, so feed text is always escaped.
 */
export function composeChartSvg(
  chartSvg: string,
  size: { width: number; height: number },
  grid: DataGrid,
  tokens: ChartTokens,
  strings: Strings,
  { legend = [], crispFills = false }: ImageOptions = {},
): string {
  // The chart's axis labels run to its edges; the image gives them a margin.
  const width = Math.round(size.width) + 2 * PADDING;
  const textWidth = width - 2 * PADDING;
  const doc = document.implementation.createDocument(SVG_NS, 'svg', null);
  const root = doc.documentElement;
  const add = (name: string, attributes: Record<string, string | number>, text?: string) => {
    const node = doc.createElementNS(SVG_NS, name);
    for (const [key, value] of Object.entries(attributes)) node.setAttribute(key, String(value));
    if (text !== undefined) node.textContent = text;
    root.append(node);
    return node;
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

  const chart = new DOMParser().parseFromString(chartSvg, 'image/svg+xml').documentElement;
  chart.setAttribute('x', String(PADDING));
  chart.setAttribute('y', String(y));
  chart.setAttribute('width', String(Math.round(size.width)));
  chart.setAttribute('height', String(Math.round(size.height)));
  // An attribute, not a style sheet: programs that open the SVG (a word processor) read attributes.
  if (crispFills)
    for (const shape of chart.querySelectorAll("path:not([fill='none'])"))
      shape.setAttribute('shape-rendering', 'crispEdges');
  root.append(doc.importNode(chart, true));
  y += size.height + PADDING / 2;

  // The legend is HTML beside the live chart; the image draws it under the chart, one line each, with
  // the same dash and marker.
  for (const look of legend) {
    y += TEXT_SIZE * LINE_GAP;
    const middle = y - TEXT_SIZE / 3;
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

  const { indicator, meta } = grid;
  for (const note of grid.notes ?? []) textBlock(note, TEXT_SIZE, { fill: tokens.muted });
  const source = [indicator.source.name, indicator.source.url].filter(Boolean).join(' — ');
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
  return new XMLSerializer().serializeToString(doc);
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
  const svg = composeChartSvg(chart.renderToSVGString(), size, grid, tokens, strings, options);
  return format === 'svg' ? new Blob([svg], { type: MIME_TYPES.svg }) : svgToPng(svg);
}

/** Draws an SVG on a canvas and returns it as a PNG. */
export async function svgToPng(svg: string): Promise<Blob> {
  const image = new Image();
  image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(svg)}`;
  await image.decode();
  const canvas = document.createElement('canvas');
  canvas.width = image.naturalWidth * PNG_SCALE;
  canvas.height = image.naturalHeight * PNG_SCALE;
  const context = canvas.getContext('2d');
  if (!context) throw new Error('Canvas 2D is not available');
  context.scale(PNG_SCALE, PNG_SCALE);
  context.drawImage(image, 0, 0);
  return new Promise((resolve, reject) =>
    canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('PNG encoding failed'))), 'image/png'),
  );
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

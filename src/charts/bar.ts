/**
 * The horizontal bar chart of a comparison: one bar per area, the higher levels as reference lines
 * (named in the HTML legend, `referenceLegend`), survey margins as error bars. A pure function from
 * the model to an ECharts option.
 *
 * Everything is drawn with line series, which every chart loads: ECharts' bar chart is 8 KB gzip
 * more for every comparison. A bar is a line series' area between two edges of its row.
 */
import type { AreaLevel } from '../feed/schema.js';
import type { CompareModel, CompareRow } from '../model/compare.js';
import { tooltipAfterFigure, walkStep } from '../model/compare-grid.js';
import { formatPeriod, formatPointValue, statusKey } from '../model/format.js';
import type { Chart, ChartOption } from './echarts.js';
import {
  DECORATION,
  describePoint,
  LABELS_INSIDE_FOCUS_RING,
  tooltipValue,
  chartContext,
  type ChartContext,
  type ChartContextWithTheme,
  type ChartPoints,
  type ChartTooltips,
  type LineLook,
  type TooltipAt,
  type TooltipMark,
  type TooltipWords,
  valueAxis,
} from './shared.js';
import type { ChartTokens } from '../tokens/chart-tokens.js';
import type { Strings } from '../i18n/strings.js';

/**
 * Line patterns of the reference lines by their area's level, so that the charts of a page draw an
 * area alike: dashed, dash-dot, dotted (ECharts' own `dashed` and `dotted` at this width), written out
 * so that the legend draws the same. Taken by position, nearest level first, they followed what else
 * the chart showed: beside the eenheid's districts the eenheid was dashed and Nederland dash-dot, as
 * now; beside a district's gemeenten the district was dashed, the eenheid dash-dot and Nederland
 * dotted; a group, beside Nederland, was dashed. A group is drawn at its members' level, dotted.
 */
const REFERENCE_DASHES: Record<AreaLevel, number[]> = {
  eenheid: [6, 3],
  land: [8, 3, 2, 3],
  district: [1.5, 1.5],
  gemeente: [1.5, 1.5],
};
const REFERENCE_WIDTH = 1.5;
/** A bar fills the middle 70 % of its row, as ECharts' bars did here. */
const BAR_INSET = 0.15;
/** Bars of the areas that are not highlighted, when one is: still readable, clearly secondary. */
const DIMMED_OPACITY = 0.5;
const HIGHLIGHT_BORDER = 2;
const ERROR_BAR_WIDTH = 1.5;
/** An error bar's cap: a vertical tick, 10px tall, across the end of a horizontal bar. */
const ERROR_BAR_CAP: [number, number] = [2, 10];
const NICE_STEPS = [1, 2, 2.5, 5, 10];
/** The size of the values, statuses and unit (ECharts' default, which the option keeps), and of the areas' names. */
const VALUE_SIZE = 12;
const AREA_SIZE = 13;
/** The bar labels' line height at their 12 px: the background behind a label covers its glyphs. */
const VALUE_LINE_HEIGHT = 15;
/** The background behind a bar's text, above and below it, and beside it. */
const BACKDROP_PADDING: [number, number] = [1, 2];
/** Between a value and the end of its bar, or of its error bar, whose cap it clears. */
const VALUE_DISTANCE = 5;
const ERROR_BAR_VALUE_DISTANCE = 6;
/** Between the names and the axis (ECharts' default, written out: the layout counts it). */
const NAMES_GAP = 8;
/**
 * The share of the chart's width the plot keeps before the names wrap, a status takes two lines and
 * the unit moves to the plot's end (`barLayout`): ECharts' own lower bound for a plot its labels
 * narrow, which is switched off, as it pushed the plot over the values after it.
 */
const PLOT_SHARE = 0.25;
/**
 * The layers, bottom up: the bars, then the reference lines and error bars over them, then every
 * value and status, whose background breaks a line where it crosses one.
 */
const BARS_Z = 2;
const LINES_Z = 3;
const VALUES_Z = 4;
/** The series drawn around the bars: lines for the eye only, drawn at once. */
const DRAWN_AROUND = { type: 'line', animation: false, ...DECORATION } as const;
/**
 * The hidden axis the bars and reference lines stand on: row `i` runs from `i` to `i + 1`, the first
 * on top, as on the axis of the names beside it.
 */
const rowsAxis = (rows: number) => ({ type: 'value', min: 0, max: rows, inverse: true, show: false }) as const;
/** Below the axis's numbers, from the axis. */
const AXIS_NAME_GAP = 26;
/**
 * The widest an area's name runs before it wraps (`wrapName`), unless one of its words is wider: 150 px
 * of glyphs, and the room for a reader's spacing (`textRoom`) of a name of 20 characters.
 */
const AREA_LABEL_WIDTH = 190;
/** Between the lines of a wrapped name: ECharts' default, the font size, lets them touch. */
const AREA_LINE_HEIGHT = 16;
/**
 * Room for a reader's letter and word spacing (WCAG 1.4.12: 0.12 and 0.16 of the font size) in a
 * chart's text. The engine draws it in pixels of the element's font, read when the page's first chart
 * is drawn (`echarts-core.ts`), after the options are built: room is kept for that of the browsers'
 * default font, 16 px, with or without a reader's spacing. A larger font's more (a quarter of a pixel
 * a character at 18 px) falls within the margin the charts keep inside their focus ring.
 */
const SPACING_ROOM = { letter: 0.12 * 16, word: 0.16 * 16 };
/** A glyph's width as a share of the font size, where there is no canvas to measure with (Node). */
const GLYPH_SHARE = 0.6;
let measuring: CanvasRenderingContext2D | null | undefined;

/**
 * The most room `text` takes written in a chart at `size` px in `family` (the resolved token): its
 * glyphs as the browser measures them, and a reader's spacing (`SPACING_ROOM`), so that the chart
 * keeps room for a label that ECharts places but does not fit in the chart itself.
 */
export function textRoom(text: string, family: string, size: number, bold = false): number {
  measuring ??= typeof document === 'undefined' ? null : document.createElement('canvas').getContext('2d');
  const characters = [...text].length;
  let glyphs = characters * size * GLYPH_SHARE;
  if (measuring) {
    measuring.font = `${bold ? 'bold ' : ''}${size}px ${family}`;
    glyphs = measuring.measureText(text).width;
  }
  return glyphs + characters * SPACING_ROOM.letter + (text.split(' ').length - 1) * SPACING_ROOM.word;
}

/** The smallest round number (1, 2, 2.5 or 5 times a power of ten) at or above `value`. */
export function niceCeiling(value: number): number {
  if (value <= 0) return 0;
  const power = 10 ** Math.floor(Math.log10(value));
  return NICE_STEPS.map((step) => step * power).find((nice) => nice >= value)!;
}

/** A row's value or status as the chart writes it beside its bar. */
interface RowLabel {
  text: string;
  bold: boolean;
  /** Written at the axis: a status without a number, or a bar of no length (`– nihil`). */
  atAxis: boolean;
  /** From the end of its bar or error bar. */
  distance: number;
}

function rowLabel(row: CompareRow, model: CompareModel, strings: Strings): RowLabel {
  const { value, margin, status } = row.point;
  return {
    // A nil bar has no length: its symbol and word say that it is a true zero (`– nihil`).
    text:
      value === null || status === 'nil'
        ? statusKey(status, strings)
        : formatPointValue(row.point, model.indicator, strings),
    bold: value !== null && row.highlighted,
    atAxis: (value ?? 0) + (margin ?? 0) <= 0,
    distance: margin === null ? VALUE_DISTANCE : ERROR_BAR_VALUE_DISTANCE,
  };
}

/** What the chart writes differently where it is narrow (`barLayout`), each line of a text on its own. */
interface WidthLayout {
  /** Each row's area name. */
  names: string[];
  /** Each row's value or status. */
  labels: string[];
  /** Under the middle of the plot, or ending at its end. */
  unitAtEnd: boolean;
}

/**
 * A name in lines broken at its spaces and after its hyphens (`Schouwen-` / `Duiveland`), each as long
 * as fits `width` by `measure`, or one word.
 */
function wrapName(name: string, width: number, measure: (line: string) => number): string {
  const lines: string[] = [];
  for (const word of name.split(/ |(?<=-)/)) {
    const last = lines.at(-1);
    const joined = last?.endsWith('-') ? `${last}${word}` : `${last} ${word}`;
    if (last !== undefined && measure(joined) <= width) lines[lines.length - 1] = joined;
    else lines.push(word);
  }
  return lines.join('\n');
}

/**
 * How the bars share the chart's width with what is written beside them, measured in the resolved
 * font with room for a reader's spacing (`textRoom`); ECharts keeps room for the axes' own text
 * only. After the plot: room for the longest value written after its bar, which may end where the
 * axis ends. Below the width `narrow`, where the plot would get less than `PLOT_SHARE` of it, or
 * too little for a status written at the axis or for the unit under its middle, the names wrap
 * wherever their longest word allows, a status takes two lines (`. gegevens` / `ontbreken`) and the
 * unit ends at the plot's end, running on under the names. The names are wrapped here, not by
 * ECharts, which would break a word anywhere and size the names' column to the width it wraps at,
 * not to the lines it writes.
 */
function barLayout(model: CompareModel, labels: RowLabel[], tokens: ChartTokens) {
  const room = (text: string, size: number, bold: boolean) => textRoom(text, tokens.fontFamily, size, bold);
  const labelRoom = (label: RowLabel, text = label.text) =>
    label.distance + 2 * BACKDROP_PADDING[1] + room(text, VALUE_SIZE, label.bold);
  const { left: ringLeft, right: ringRight } = LABELS_INSIDE_FOCUS_RING;

  const afterPlot = Math.max(0, ...labels.filter((l) => !l.atAxis).map((l) => labelRoom(l)));
  const right = ringRight + afterPlot;
  const names = (width: number) =>
    model.rows.map(({ area, highlighted }) => wrapName(area.name, width, (line) => room(line, AREA_SIZE, highlighted)));
  const widest = (names: string[]) =>
    Math.max(
      0,
      ...names.flatMap((name, i) => name.split('\n').map((line) => room(line, AREA_SIZE, model.rows[i]!.highlighted))),
    );
  const wideNames = names(AREA_LABEL_WIDTH);
  const namesRoom = widest(wideNames);
  const besidePlot = ringLeft + namesRoom + NAMES_GAP + right;
  const plotNeeds = Math.max(
    // A status at the axis runs on past the plot's end into the room after it.
    ...labels.filter((l) => l.atAxis).map((l) => labelRoom(l) - afterPlot),
    // The unit, under the plot's middle, runs on as far under the values as under the names.
    room(model.indicator.unit, VALUE_SIZE, false) - 2 * Math.min(afterPlot, namesRoom),
  );
  const narrow = Math.ceil(Math.max(besidePlot + plotNeeds, besidePlot / (1 - PLOT_SHARE)));

  // On two lines, the symbol with the meaning's first word: where the longer line is shortest.
  const twoLines = (label: RowLabel) => {
    const words = label.text.split(' ');
    const splits = words.slice(2).map((_, i) => [words.slice(0, i + 2).join(' '), words.slice(i + 2).join(' ')]);
    const longer = (lines: string[]) => Math.max(...lines.map((line) => labelRoom(label, line)));
    const best = splits.sort((a, b) => longer(a) - longer(b))[0];
    return label.atAxis && best ? best.join('\n') : label.text;
  };
  const wide: WidthLayout = { names: wideNames, labels: labels.map((l) => l.text), unitAtEnd: false };
  const narrowed: WidthLayout = {
    // As narrow as the longest word of any name, or part of a hyphenated one.
    names: names(widest(names(0))),
    labels: labels.map(twoLines),
    unitAtEnd: true,
  };
  return { right, narrow, wide, narrowed };
}

/**
 * How the `index`th reference line is drawn, and its name and value as the legend writes them. A
 * reference without a number has no line: its entry shows no pattern and says its status in words
 * (`De Baronie: x geheim`).
 */
function referenceLook(model: CompareModel, index: number, tokens: ChartTokens, strings: Strings): LineLook {
  const { area, point } = model.references[index]!;
  return {
    name: strings.compare.reference(
      area.name,
      point.value === null ? statusKey(point.status, strings) : formatPointValue(point, model.indicator, strings),
    ),
    colour: tokens.reference,
    dash: [...REFERENCE_DASHES[area.level]],
    width: point.value === null ? 0 : REFERENCE_WIDTH,
  };
}

/** The legend of the reference lines (the unit, Nederland): each area and its value beside its line's pattern. */
export function referenceLegend(model: CompareModel, tokens: ChartTokens, strings: Strings): LineLook[] {
  return model.references.map((_, i) => referenceLook(model, i, tokens, strings));
}

/** Whether a row's bar carries an error bar: a number with its 95 % margin. */
const hasErrorBar = ({ point }: CompareRow): boolean => point.value !== null && point.margin !== null;

/**
 * What the chart's marks mean beyond its legend, for an exported image that has neither the summary
 * nor the table beside it: the error bars, where any is drawn.
 */
export function barNotes(model: CompareModel, strings: Strings): string[] {
  return model.rows.some(hasErrorBar) ? [strings.notes.errorBars] : [];
}

export function buildBarOption(model: CompareModel, context: ChartContext | ChartContextWithTheme): ChartOption {
  const ctx = chartContext(context);
  const { tokens, strings } = ctx;
  const { indicator, rows } = model;
  const colour = tokens.palette[0]!;
  const anyHighlight = rows.some((r) => r.highlighted);

  // What a bar's text is written on: readable where a grid line or a reference line runs behind it.
  const backdrop = {
    backgroundColor: tokens.background,
    padding: BACKDROP_PADDING,
    // ECharts would size the background to a smaller line height than the glyphs, leaving a crossing
    // line visible above and below the text.
    lineHeight: VALUE_LINE_HEIGHT,
  };
  const labels = rows.map((row) => rowLabel(row, model, strings));
  const layout = barLayout(model, labels, tokens);

  // A bar is the area of a line along its row's upper edge, filled down to its lower edge; the
  // highlighted area's bar has a border of its own. No number: no bar, so the area keeps its place
  // without ever looking like a zero; its status symbol and meaning (`x geheim`) are written at the
  // axis. A nil value is a bar of no length.
  const onRows = { type: 'line' as const, ...DECORATION, yAxisIndex: 1, z: BARS_Z, symbol: 'none' };
  const bars = rows.flatMap(({ area, point, highlighted }, i) => {
    if (point.value === null) return [];
    const [top, bottom] = [i + BAR_INSET, i + 1 - BAR_INSET];
    const bar = {
      ...onRows,
      name: area.name,
      lineStyle: { width: 0 },
      areaStyle: { color: colour, opacity: anyHighlight && !highlighted ? DIMMED_OPACITY : 1, origin: bottom },
      data: [
        [0, top],
        [point.value, top],
      ],
    };
    if (!highlighted) return [bar];
    const border = {
      ...onRows,
      name: 'highlight',
      lineStyle: { color: tokens.text, width: HIGHLIGHT_BORDER, join: 'miter' as const },
      data: [
        [0, top],
        [point.value, top],
        [point.value, bottom],
        [0, bottom],
        [0, top],
      ],
    };
    return [bar, border];
  });

  // The reference lines, the error bars and the values are line series too, where ECharts' mark
  // lines were a chunk of 6,4 KB gzip. A reference line runs from the top of the plot to its bottom;
  // it is named in the legend under the chart: a label at the line ran off a phone's narrow chart.
  const references = model.references.flatMap((ref, i) => {
    if (ref.point.value === null) return [];
    const look = referenceLook(model, i, tokens, strings);
    return {
      ...DRAWN_AROUND,
      name: ref.area.name,
      yAxisIndex: 1,
      symbol: 'none',
      z: LINES_Z,
      lineStyle: { color: look.colour, type: look.dash, width: look.width },
      // Top down, so that the pattern starts at the top as in the legend.
      data: [
        [ref.point.value, 0],
        [ref.point.value, rows.length],
      ],
    };
  });

  // A segment over the 95 % interval with a short cap at each end, never reaching below zero.
  const errorBarPoints = rows
    .filter(hasErrorBar)
    .flatMap(({ point, area }) => [
      [Math.max(0, point.value! - point.margin!), area.name],
      [point.value! + point.margin!, area.name],
      null,
    ]);
  const errorBars = errorBarPoints.length
    ? [
        {
          ...DRAWN_AROUND,
          name: 'error-bars',
          z: LINES_Z,
          symbol: 'rect',
          symbolSize: ERROR_BAR_CAP,
          // On a category axis ECharts may leave out symbols it deems crowded.
          showAllSymbol: true,
          connectNulls: false,
          itemStyle: { color: tokens.reference },
          lineStyle: { color: tokens.reference, width: ERROR_BAR_WIDTH },
          data: errorBarPoints,
        },
      ]
    : [];

  // Each value after its bar, or after its error bar, where the error bar cannot cross it; a status
  // without a number at the axis, in italics. A symbol of no size carries each. The first series:
  // the keyboard's highlight finds a row by its index here. The text is the series' (`written`), as
  // it differs with the chart's width.
  const values = {
    type: 'line' as const,
    animation: false,
    silent: true,
    emphasis: { disabled: true },
    name: 'values',
    z: VALUES_Z,
    symbol: 'circle',
    symbolSize: 0,
    lineStyle: { width: 0 },
    data: rows.map((row, i) => {
      const { value, margin } = row.point;
      const { bold, distance } = labels[i]!;
      const look =
        value === null
          ? { color: tokens.muted, fontStyle: 'italic' as const }
          : // Labels would otherwise fade with a dimmed bar; the number must stay fully readable.
            { color: tokens.text, opacity: 1, fontWeight: bold ? ('bold' as const) : ('normal' as const) };
      return {
        value: [value === null ? 0 : value + (margin ?? 0), row.area.name],
        label: { ...backdrop, ...look, show: true, position: 'right' as const, distance },
      };
    }),
  };
  // What differs with the chart's width (`barLayout`): ECharts applies the narrow layout below its
  // width, and the wide one, the default, again when the chart widens.
  const written = ({ names, labels: texts, unitAtEnd }: WidthLayout) => ({
    xAxis: unitAtEnd
      ? {
          nameLocation: 'end' as const,
          nameGap: 0,
          nameMoveOverlap: false,
          nameTextStyle: { align: 'right' as const, verticalAlign: 'top' as const, padding: [AXIS_NAME_GAP, 0, 0, 0] },
        }
      : {
          nameLocation: 'middle' as const,
          nameGap: AXIS_NAME_GAP,
          nameMoveOverlap: true,
          nameTextStyle: { align: 'center' as const, verticalAlign: 'top' as const, padding: 0 },
        },
    yAxis: [{ axisLabel: { formatter: (_: string, index: number) => names[index]! } }],
    series: [{ name: values.name, label: { formatter: ({ dataIndex }: { dataIndex: number }) => texts[dataIndex]! } }],
  });
  const wide = written(layout.wide);

  const upper = Math.max(0, ...rows.map((r) => (r.point.value ?? 0) + (r.point.margin ?? 0)));
  const axis = valueAxis(indicator, tokens, strings);

  return {
    animation: tokens.animate,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: tokens.fontFamily, color: tokens.text },
    grid: {
      left: LABELS_INSIDE_FOCUS_RING.left,
      right: layout.right,
      top: 12,
      bottom: 8,
      outerBounds: LABELS_INSIDE_FOCUS_RING,
      // The names narrow the plot as far as they need, never the room after it for the values.
      outerBoundsClampWidth: 0,
    },
    xAxis: {
      ...axis,
      min: 0,
      // A round end beyond the longest interval or value, room for the value written after it.
      ...(errorBars.length ? { max: niceCeiling(upper) } : {}),
      // Under the axis, not after it: at the end it took the width of a phone's plot.
      ...wide.xAxis,
      nameTextStyle: { ...wide.xAxis.nameTextStyle, color: tokens.muted },
      // About four steps (0 – 0,5 – 1 – 1,5) stay legible on a phone's narrow chart.
      splitNumber: 4,
      axisLabel: { ...axis.axisLabel, hideOverlap: true },
      // No line or ticks along the values, as ECharts leaves them out beside a category axis: the
      // hidden axis of the reference lines would otherwise bring them back, and put the axis (where
      // the unit at its end is written) at that axis's zero, on top.
      axisLine: { show: false, onZero: false },
      axisTick: { show: false },
    },
    yAxis: [
      {
        type: 'category',
        // The first row on top, as it is read.
        inverse: true,
        data: rows.map((r) =>
          r.highlighted ? { value: r.area.name, textStyle: { fontWeight: 'bold' as const } } : r.area.name,
        ),
        // A long area name wraps (`barLayout`) instead of narrowing the bars.
        axisLabel: {
          color: tokens.text,
          fontSize: AREA_SIZE,
          lineHeight: AREA_LINE_HEIGHT,
          margin: NAMES_GAP,
          ...wide.yAxis[0]!.axisLabel,
        },
        axisLine: { lineStyle: { color: tokens.axis } },
        axisTick: { show: false },
      },
      rowsAxis(rows.length),
    ],
    series: [{ ...values, label: wide.series[0]!.label }, ...bars, ...references, ...errorBars],
    media: [{ option: wide }, { query: { maxWidth: layout.narrow }, option: written(layout.narrowed) }],
  };
}

/**
 * What the tooltip says of the bar in `row`: the area, its value with margin and status, its change
 * since the period before and the unit, and the break and special period the table notes beside it
 * (`tooltipAfterFigure`); none for a row beyond the bars.
 */
export function barTooltip(model: CompareModel, row: number, strings: Strings): TooltipWords | undefined {
  const bar = model.rows[row];
  if (!bar) return undefined;
  const { point, area } = bar;
  return {
    heading: area.name,
    values: [tooltipValue(formatPeriod(point.period, strings), point, model.indicator, strings)],
    after: tooltipAfterFigure(model, bar, strings),
  };
}

/** The y of a place on the hidden axis of the rows (`rowsAxis`): row `i` runs from `i` to `i + 1`. */
const rowY = (chart: Chart, place: number) => chart.convertToPixel({ yAxisIndex: 1 }, place) as unknown as number;

/** The bar's row under the pointer at (x, y), over the plot: the tooltip stands beside the pointer, in the row. */
function barRowAt(chart: Chart, model: CompareModel, x: number, y: number): TooltipAt | undefined {
  if (!chart.containPixel({ gridIndex: 0 }, [x, y])) return undefined;
  const row = Math.floor(Number(chart.convertFromPixel({ yAxisIndex: 1 }, y)));
  return row >= 0 && row < model.rows.length ? { index: row, x, y, beside: true } : undefined;
}

/** The end of the bar in `row`, or of its error bar, for the keyboard walk's tooltip: where its value is written. */
function barValueAt(chart: Chart, model: CompareModel, row: number): TooltipAt {
  const { value, margin } = model.rows[row]?.point ?? { value: null, margin: null };
  const end = value === null ? 0 : value + (margin ?? 0);
  return {
    index: row,
    x: chart.convertToPixel({ xAxisIndex: 0 }, end) as unknown as number,
    y: rowY(chart, row + 0.5),
  };
}

/** A bar's row shaded across the chart, its name included. */
function barRowMark(chart: Chart, row: number): TooltipMark {
  const top = rowY(chart, row);
  return { kind: 'row', left: 0, top, width: chart.getWidth(), height: rowY(chart, row + 1) - top };
}

/** The bar chart's tooltip: it tells of a bar, and marks its row. */
export const barTooltips: ChartTooltips<CompareModel> = {
  words: barTooltip,
  anchor: barValueAt,
  pointedAt: barRowAt,
  mark: barRowMark,
};

/**
 * The bars a keyboard reader moves through with Up/Down, each with its period, value and status, its
 * change and the special period, in the tooltip's words without their reasons (`walkStep`).
 */
export function barPoints(model: CompareModel, strings: Strings): ChartPoints {
  const { rows, indicator } = model;
  return {
    rows: rows.length,
    columns: 1,
    start: { row: 0, column: 0 },
    describe: (row) => {
      const bar = rows[row]!;
      const { area, point, highlighted } = bar;
      const name = highlighted ? `${area.name} (${strings.compare.highlighted})` : area.name;
      const said = describePoint(name, formatPeriod(point.period, strings), point, indicator, strings);
      return walkStep(model, bar, said, strings);
    },
    target: (row) => ({ seriesIndex: 0, dataIndex: row }),
  };
}

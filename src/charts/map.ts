/**
 * The choropleth of the gemeenten: one region per gemeente in its class colour, regions without a
 * figure hatched, and the district outlines on top. A pure function from the model to an ECharts
 * option; the shapes are registered by the map's chunk (`map-engine.ts`) under the names
 * `map-names.ts` gives them, each spelling out what it holds.
 * The tooltip is the element's own (see `MivChartElement`), in the words of `mapTooltip`.
 */
import { tooltipAfterFigure, walkStep } from '../model/compare-grid.js';
import { districtsMapName, gemeentenMapName, GEMEENTEN_ON_TOP } from './map-names.js';
import { formatPeriod } from '../model/format.js';
import type { MapModel } from '../model/map.js';
import { defaultChartTokens, type ChartTokens, type MapTokens } from '../tokens/chart-tokens.js';
import type { Strings } from '../i18n/strings.js';
import type { Chart, ChartOption } from './echarts.js';
import { chartContext, DECORATION, describePoint, tooltipValue } from './shared.js';
import type {
  ChartContext,
  ChartContextWithTheme,
  ChartPoints,
  ChartTooltips,
  TooltipAt,
  TooltipWords,
} from './shared.js';

/**
 * Longitude is shortened by the cosine of the latitude (51.5° in the middle of the unit), so the
 * gemeenten keep their true proportions on the plain longitude/latitude grid of the boundaries.
 */
const ASPECT = Math.cos((51.5 * Math.PI) / 180);
const OUTLINE_WIDTH = 0.8;
const DISTRICT_WIDTH = 2.2;
/** The emphasised gemeente, and the one the pointer or keyboard is on. */
const EMPHASIS_WIDTH = 3;
/**
 * Hatching of a region without a figure: stripes of `stripe` px every `period` px, rising at `angle`
 * degrees. The map's regions, the legend's swatch and an image's legend are all drawn from it.
 */
export const HATCHING = { stripe: 2, period: 6, angle: -45 } as const;
/** The hatching as ECharts draws it: horizontal stripes (dashes across y), turned. */
const HATCH_DECAL = {
  dashArrayX: [1, 0],
  dashArrayY: [HATCHING.stripe, HATCHING.period - HATCHING.stripe],
  rotation: (HATCHING.angle * Math.PI) / 180,
  symbolSize: 1,
};

/** The hatching as a CSS background: `stripes` on `background`, turned as on the map. */
export const hatchingBackground = (stripes: string, background: string): string =>
  `repeating-linear-gradient(${HATCHING.angle}deg, ${stripes} 0 ${HATCHING.stripe}px, ` +
  `${background} ${HATCHING.stripe}px ${HATCHING.period}px)`;

/**
 * The place of the map in its box: both series take the same one, so the outlines lie on the gemeenten.
 * The map keeps its shape, centred in the box: laid out on all four sides, ECharts stretched it to the
 * box, and on a phone the unit came out half as wide as it is.
 */
const LAYOUT = {
  left: 8,
  right: 8,
  top: 8,
  bottom: 8,
  preserveAspect: 'contain',
  aspectScale: ASPECT,
  roam: false,
} as const;

/**
 * The map's colours: a class's fill in the model's palette, and the fill and hatching of regions
 * without a figure.
 */
export function mapColours(
  model: MapModel,
  tokens: ChartTokens,
): { palette: readonly string[]; missing: string; hatch: string } {
  const colours: MapTokens = tokens.map ?? defaultChartTokens.map!;
  return { palette: colours.palettes[model.palette], missing: colours.missing, hatch: colours.hatch };
}

export function buildMapOption(model: MapModel, context: ChartContext | ChartContextWithTheme): ChartOption {
  const ctx = chartContext(context);
  const { tokens } = ctx;
  const colours: MapTokens = tokens.map ?? defaultChartTokens.map!;
  const { palette } = mapColours(model, tokens);

  const codes = model.regions.map((r) => r.row.area.id);
  const emphasised = model.regions.find((r) => r.row.highlighted);
  const data = model.regions.map(({ row, classIndex }) => {
    const fill = classIndex === null ? colours.missing : palette[Math.min(classIndex, palette.length - 1)]!;
    const border = { borderColor: colours.outline, borderWidth: OUTLINE_WIDTH };
    return {
      name: row.area.id,
      value: row.point.value ?? Number.NaN,
      itemStyle: {
        areaColor: fill,
        ...border,
        ...(classIndex === null
          ? { decal: { ...HATCH_DECAL, color: colours.hatch, backgroundColor: colours.missing } }
          : {}),
      },
      // The pointer and the keyboard keep the class colour and only draw a heavier border.
      emphasis: { itemStyle: { areaColor: fill, borderColor: tokens.text, borderWidth: EMPHASIS_WIDTH } },
    };
  });

  return {
    animation: tokens.animate,
    backgroundColor: 'transparent',
    textStyle: { fontFamily: tokens.fontFamily, color: tokens.text },
    series: [
      {
        type: 'map',
        map: gemeentenMapName(codes),
        ...LAYOUT,
        selectedMode: false,
        label: { show: false },
        emphasis: { label: { show: false } },
        itemStyle: { areaColor: colours.missing, borderColor: colours.outline, borderWidth: OUTLINE_WIDTH },
        data,
      },
      {
        type: 'map',
        map: districtsMapName(model.districts.map((d) => ({ id: d.area.id, codes: d.gemeenten }))),
        ...LAYOUT,
        // Lines only: the pointer reaches the gemeenten beneath.
        ...DECORATION,
        selectedMode: false,
        label: { show: false },
        itemStyle: { areaColor: 'transparent', borderColor: colours.outline, borderWidth: DISTRICT_WIDTH },
        z: 3,
      },
      // The emphasised gemeente's border again on top, where its neighbours' fills cannot cover half of it.
      ...(emphasised
        ? [
            {
              type: 'map' as const,
              // All the gemeenten, so that the layer has the same extent and lies on the map.
              map: GEMEENTEN_ON_TOP + codes.join(','),
              ...LAYOUT,
              ...DECORATION,
              selectedMode: false as const,
              label: { show: false },
              itemStyle: { areaColor: 'transparent', borderWidth: 0 },
              data: [
                {
                  name: emphasised.row.area.id,
                  itemStyle: { areaColor: 'transparent', borderColor: tokens.text, borderWidth: EMPHASIS_WIDTH },
                },
              ],
              z: 4,
            },
          ]
        : []),
    ],
  };
}

/**
 * The gemeenten a keyboard reader walks through, in the table's order, each with its value and
 * status, its change and the special period, in the tooltip's words without their reasons (`walkStep`).
 */
export function mapPoints(model: MapModel, strings: Strings): ChartPoints {
  const { regions } = model;
  const { indicator } = model.compare;
  const highlighted = regions.findIndex((r) => r.row.highlighted);
  return {
    rows: regions.length,
    columns: 1,
    start: { row: Math.max(0, highlighted), column: 0 },
    describe: (row) => {
      const compared = regions[row]!.row;
      const { area, point, highlighted: emphasised } = compared;
      const name = emphasised ? `${area.name} (${strings.compare.highlighted})` : area.name;
      const said = describePoint(name, formatPeriod(point.period, strings), point, indicator, strings);
      return walkStep(model.compare, compared, said, strings);
    },
    target: (row) => ({ seriesIndex: 0, dataIndex: row }),
  };
}

/**
 * The tooltip of the gemeente at `index` (the table's order, as `mapPoints`): its value, its change
 * and the notes beside it as the table says them, and the unit (`tooltipAfterFigure`); none for an index beyond it.
 */
export function mapTooltip(model: MapModel, index: number, strings: Strings): TooltipWords | undefined {
  const region = model.regions[index];
  if (!region) return undefined;
  const { area, point } = region.row;
  const { indicator, period } = model.compare;
  return {
    heading: area.name,
    values: [tooltipValue(formatPeriod(period, strings), point, indicator, strings)],
    after: tooltipAfterFigure(model.compare, region.row, strings),
  };
}

/** The middle of the gemeente at `index`, where the keyboard walk's tooltip stands. */
function regionMiddle(chart: Chart, model: MapModel, index: number): TooltipAt | undefined {
  const code = model.regions[index]?.row.area.id;
  // A region's name gives its middle, as a place on the map gives a point (ECharts types only the latter).
  const middle =
    code && (chart.convertToPixel({ seriesIndex: 0 }, code as unknown as number[]) as number[] | undefined);
  return middle ? { index, x: middle[0]!, y: middle[1]! } : undefined;
}

/** The map's tooltip: it tells of a gemeente; the element shows it where the pointer enters one. */
export const mapTooltips: ChartTooltips<MapModel> = { words: mapTooltip, anchor: regionMiddle };

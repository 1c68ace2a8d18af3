/**
 * The map's chunk, loaded only when a `<miv-map>` comes near the viewport: ECharts' map series, the
 * gemeente boundaries and the TopoJSON decoder, which must not ride along with every line or bar
 * chart. It adds the map series to ECharts' core (`echarts-core.ts`, which the line charts' engine
 * adds its series to as well, so a page holds that core once) and registers the shapes an option
 * asks for before the option is drawn.
 *
 * The boundaries are the 37 gemeenten of Zeeland-West-Brabant, 2025 (CBS and Kadaster via PDOK,
 * simplified; CC BY 4.0; see `src/geo/README.md`). They are imported as JSON, so they travel inside
 * this chunk in the embed build and as a module beside it in the npm build, with no extra request.
 */
import { registerMap, use } from 'echarts/core';
import { MapChart } from 'echarts/charts';
import { merge } from 'topojson-client';
import type { GeometryCollection, MultiPolygon, Polygon, Topology } from 'topojson-specification';
import boundaries from '../geo/gemeenten-zwb-2025.topo.json';
import { createChart, type ChartOption } from './echarts-core.js';
import { parseMapName } from './map-names.js';

use([MapChart]);

// What every engine offers, from the core the map draws on.
export { createChart };

interface GemeenteProperties {
  code: string;
  name: string;
}

type Gemeente = (Polygon | MultiPolygon) & { properties: GemeenteProperties };

const topology = boundaries as unknown as Topology<{ gemeenten: GeometryCollection }>;
// Every geometry of the file is a gemeente's (Multi)Polygon with its code (see src/geo/README.md).
const geometries = topology.objects.gemeenten.geometries as Gemeente[];

/** Maps already registered with ECharts, by name: a name always stands for the same shapes. */
const registered = new Set<string>();

/** The GeoJSON of one map: each gemeente under its code, or each district merged from its gemeenten. */
function geoJsonFor(name: string): GeoJSON.FeatureCollection | undefined {
  const parsed = parseMapName(name);
  if (!parsed) return undefined;
  if (parsed.kind === 'gemeenten') {
    const wanted = new Set(parsed.codes);
    return {
      type: 'FeatureCollection',
      features: geometries
        .filter((g) => wanted.has(g.properties.code))
        // `merge` of one gemeente is its own shape, as a MultiPolygon, the one type ECharts needs here.
        .map((g) => ({ type: 'Feature', properties: { name: g.properties.code }, geometry: merge(topology, [g]) })),
    };
  }
  return {
    type: 'FeatureCollection',
    features: parsed.districts.map(({ id, codes }) => ({
      type: 'Feature',
      properties: { name: id },
      geometry: merge(
        topology,
        geometries.filter((g) => codes.includes(g.properties.code)),
      ),
    })),
  };
}

/** Registers every map the option draws that ECharts does not know yet. */
export function prepare(option: ChartOption): void {
  const series = Array.isArray(option.series) ? option.series : option.series ? [option.series] : [];
  for (const s of series) {
    const name = s.type === 'map' && typeof s.map === 'string' ? s.map : undefined;
    if (!name || registered.has(name)) continue;
    const geoJson = geoJsonFor(name);
    if (!geoJson) continue;
    // ECharts' own typing wants its internal GeoJSON type; the shapes are standard GeoJSON.
    registerMap(name, geoJson as Parameters<typeof registerMap>[1]);
    registered.add(name);
  }
}

/** The codes of the gemeenten that have boundaries, for tests and for checking a feed against the map. */
export const mappedCodes: readonly string[] = geometries.map((g) => g.properties.code);

/**
 * The names the map's shapes are registered under (`map-engine.ts`) and drawn by (`map.ts`): each
 * spells out the gemeenten it holds, so the same shapes always have one name. A module of its own, so
 * that the map's engine reads them without the map's option builder and what that imports.
 */
const GEMEENTEN = 'miv-gemeenten:';
/** The same gemeenten as a layer of its own: ECharts merges map series that share a map's name. */
export const GEMEENTEN_ON_TOP = 'miv-gemeenten-boven:';
const DISTRICTS = 'miv-districten:';

/** The name of the map of these gemeenten (by code). */
export function gemeentenMapName(codes: readonly string[]): string {
  return GEMEENTEN + codes.join(',');
}

/** The name of the map of these district outlines, each merged from its gemeenten. */
export function districtsMapName(districts: readonly { id: string; codes: readonly string[] }[]): string {
  return DISTRICTS + districts.map((d) => `${d.id}=${d.codes.join(',')}`).join(';');
}

export type ParsedMapName =
  { kind: 'gemeenten'; codes: string[] } | { kind: 'districts'; districts: { id: string; codes: string[] }[] };

/** What a map name holds; undefined for a name this module did not give. */
export function parseMapName(name: string): ParsedMapName | undefined {
  for (const prefix of [GEMEENTEN, GEMEENTEN_ON_TOP])
    if (name.startsWith(prefix)) return { kind: 'gemeenten', codes: name.slice(prefix.length).split(',') };
  if (name.startsWith(DISTRICTS))
    return {
      kind: 'districts',
      districts: name
        .slice(DISTRICTS.length)
        .split(';')
        .map((entry) => {
          const [id, codes] = entry.split('=');
          return { id: id!, codes: codes ? codes.split(',') : [] };
        }),
    };
  return undefined;
}

/**
 * Which figures of a feed add up to which, in one place: the builder makes its sums by these rules
 * and the disclosure check solves the same sums backwards, so the two can never disagree.
 */
import { existsIn, periodBounds } from './periods.js';
import type { Area, AreaGroup, AreaLevel, Indicator } from './schema.js';

/**
 * Levels whose areas are the sum of the areas one level down, in the order the builder sums them.
 * Not `land`: a feed holds one police unit of the ten, so Nederland is never the sum of its parts here.
 */
export const SUMMED_LEVELS: readonly AreaLevel[] = ['district', 'eenheid'];

/**
 * Kinds whose figures rest on counts that add up. A rate or percentage times its denominator (often
 * public, such as the number of inhabitants) gives its count back, so its cells need the same
 * protection as counts. Survey estimates and scores never add up.
 */
export const ADDITIVE_KINDS: readonly Indicator['kind'][] = ['count', 'rate', 'percentage'];

export const isAdditive = (indicator: Indicator): boolean => ADDITIVE_KINDS.includes(indicator.kind);

/**
 * `total` = Σ `parts` in one period: an area and the areas below it, a merged area and its
 * predecessors, or a group of comparable areas and its members.
 */
export interface SumRelation {
  total: Area;
  parts: Area[];
  kind: 'level' | 'history' | 'group';
}

/**
 * The groups whose values are the sums of their members (not the partial ones, whose values come
 * from a source), each as an area to hold its cells: one object per group, so that cells and sums
 * can be keyed by it.
 */
export function summedGroups(groups: readonly AreaGroup[], areas: readonly Area[]): Map<Area, Area[]> {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const out = new Map<Area, Area[]>();
  for (const group of groups) {
    if (group.partial) continue;
    const members = group.members.flatMap((id) => byId.get(id) ?? []);
    out.set({ id: group.id, name: group.name, level: members[0]?.level ?? 'gemeente' }, members);
  }
  return out;
}

/**
 * Areas formed by a merger, with the predecessors whose counts give their history on today's
 * boundaries (Altena = Aalburg + Werkendam + Woudrichem before 2019). Only when every predecessor
 * ended before the new area began and went into it whole: a predecessor that more than one area
 * names was split (Haaren in 2021), and its parts' counts were never delivered.
 */
export function mergers(areas: readonly Area[]): Map<Area, Area[]> {
  const byId = new Map(areas.map((a) => [a.id, a]));
  const named = new Map<string, number>();
  for (const area of areas) for (const p of area.predecessors ?? []) named.set(p, (named.get(p) ?? 0) + 1);
  const out = new Map<Area, Area[]>();
  for (const area of areas) {
    if (!area.validFrom || !area.predecessors?.length) continue;
    const predecessors = area.predecessors.map((id) => byId.get(id));
    const whole = predecessors.every(
      (p) => p !== undefined && named.get(p.id) === 1 && p.validTo !== undefined && p.validTo < area.validFrom!,
    );
    if (whole) out.set(area, predecessors as Area[]);
  }
  return out;
}

/** True when the whole period lies before the area began: its figure there is recomputed history. */
export const before = (area: Area, period: string): boolean =>
  area.validFrom !== undefined && periodBounds(period)[1] < area.validFrom;

/** The areas below `area` that existed in the period. */
export const partsIn = (areas: readonly Area[], area: Area, period: string): Area[] =>
  areas.filter((a) => a.parent === area.id && existsIn(a, period));

/** Every sum that holds between the areas' figures in one period. */
export function sumRelations(
  areas: readonly Area[],
  period: string,
  merged: Map<Area, Area[]> = mergers(areas),
  groups: Map<Area, Area[]> = new Map(),
): SumRelation[] {
  const out: SumRelation[] = [];
  for (const total of areas) {
    if (!SUMMED_LEVELS.includes(total.level) || !existsIn(total, period)) continue;
    const parts = partsIn(areas, total, period);
    if (parts.length > 0) out.push({ total, parts, kind: 'level' });
  }
  for (const [total, predecessors] of merged) {
    if (!before(total, period)) continue;
    const parts = predecessors.filter((p) => existsIn(p, period));
    if (parts.length > 0) out.push({ total, parts, kind: 'history' });
  }
  for (const [total, members] of groups) {
    const parts = members.filter((m) => existsIn(m, period));
    if (parts.length > 0) out.push({ total, parts, kind: 'group' });
  }
  return out;
}

/**
 * Disclosure control: a suppressed cell must never be recoverable from what is published.
 *
 * Within one indicator and one period, every sum of `hierarchy.ts` is a linear equation between the
 * cells (a district is the sum of its gemeenten, Altena before 2019 the sum of its predecessors).
 * A suppressed cell is recoverable when some combination of those equations leaves it as the only
 * unknown: the single-equation case ("De Markiezaten minus the published gemeenten is Rucphen") and
 * the chains across levels alike. Exact elimination over the integers finds every such case.
 *
 * A sum can also give its hidden counts away by its size: counts are never negative, and a secret
 * count is at least 1 (a zero is published as nihil, and the builder hides one only as a last
 * resort), so hidden cells that add up to no more than their number, or to 1, are each known (1 + 1
 * hidden beside a published total of 2, or 1 + a hidden nihil). Other intervals around a hidden value
 * are not protected: the equations are, and these smallest sums.
 *
 * Not covered, because the feed cannot tell: sums over time (a year and its half-years, which only
 * hold for flows, not stocks) and one count behind two indicators.
 */
import type { FeedIssue } from './errors.js';
import { isAdditive, mergers, summedGroups, sumRelations, type SumRelation } from './hierarchy.js';
import { AREA_LEVELS, statusAt, type Area, type Feed, type ValueStatus } from './schema.js';

/**
 * What a reader knows of one cell: a `published` figure (which secondary suppression may still hide), a figure that
 * is `known` without being shown (not applicable, so zero), a `suppressed` one, or nothing (`unknown`).
 */
export type CellState = 'published' | 'known' | 'suppressed' | 'unknown';

/** The state a cell's status gives it: a nihil is a published zero, and `**` a published figure. */
export function cellState(status: ValueStatus | undefined): CellState {
  switch (status) {
    case 'definitive':
    case 'provisional':
    case 'revised-provisional':
    case 'nil':
      return 'published';
    case 'not-applicable':
      return 'known';
    case 'suppressed':
      return 'suppressed';
    default:
      return 'unknown';
  }
}

/** A suppressed cell the published cells give away. */
export interface Recovered {
  area: Area;
  /** The sums that, added and subtracted, leave this cell alone. */
  via: SumRelation[];
  /** Its value, when the published figures are counts (`valueOf` given). */
  value: number | null;
  /** Given away by the size of a sum of hidden cells rather than by an equation: how many hidden cells the sum has. */
  bySize?: { cells: number };
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * The suppressed cells that the sums give away in one indicator and period. `valueOf` gives the
 * published counts, to tell what a recovered cell is; without it only which cells are exposed.
 */
export function recoverable(
  relations: readonly SumRelation[],
  stateOf: (area: Area) => CellState,
  valueOf?: (area: Area) => number,
): Recovered[] {
  const columns = new Map<Area, number>();
  for (const r of relations)
    for (const area of [r.total, ...r.parts]) {
      const state = stateOf(area);
      if (state !== 'published' && state !== 'known' && !columns.has(area)) columns.set(area, columns.size);
    }
  // Each row: coefficients of the unknown cells, the right-hand side, and which relations it combines.
  const rows = relations.map((r, k) => {
    const row = {
      coef: new Array<number>(columns.size).fill(0),
      rhs: 0,
      combo: new Array<number>(relations.length).fill(0),
    };
    row.combo[k] = 1;
    const term = (area: Area, sign: number) => {
      const column = columns.get(area);
      if (column !== undefined) row.coef[column]! += sign;
      else if (stateOf(area) === 'published') row.rhs -= sign * (valueOf?.(area) ?? 0);
    };
    term(r.total, 1);
    for (const part of r.parts) term(part, -1);
    return row;
  });
  // The sums as given, before elimination combines them: what their size gives away is read from both.
  const sums = rows.map((row) => ({ ...row }));
  // Fraction-free Gauss–Jordan elimination; dividing each row by its gcd keeps the numbers small.
  let rank = 0;
  for (let column = 0; column < columns.size && rank < rows.length; column++) {
    const pivotAt = rows.findIndex((row, i) => i >= rank && row.coef[column] !== 0);
    if (pivotAt < 0) continue;
    [rows[rank], rows[pivotAt]] = [rows[pivotAt]!, rows[rank]!];
    const pivot = rows[rank]!;
    rows.forEach((row, i) => {
      const factor = row.coef[column]!;
      if (i === rank || factor === 0) return;
      const p = pivot.coef[column]!;
      row.coef = row.coef.map((c, j) => c * p - pivot.coef[j]! * factor);
      row.combo = row.combo.map((c, j) => c * p - pivot.combo[j]! * factor);
      row.rhs = row.rhs * p - pivot.rhs * factor;
      const divisor = [...row.coef, ...row.combo].reduce(gcd, 0);
      if (divisor > 1) {
        row.coef = row.coef.map((c) => c / divisor);
        row.combo = row.combo.map((c) => c / divisor);
        row.rhs /= divisor;
      }
    });
    rank++;
  }
  const areas = [...columns.keys()];
  const out: Recovered[] = [];
  for (const row of rows) {
    const nonZero = row.coef.flatMap((c, j) => (c === 0 ? [] : [j]));
    if (nonZero.length !== 1) continue;
    const area = areas[nonZero[0]!]!;
    if (stateOf(area) !== 'suppressed') continue;
    out.push({
      area,
      via: relations.filter((_, k) => row.combo[k] !== 0),
      value: valueOf ? row.rhs / row.coef[nonZero[0]!]! : null,
    });
  }
  if (!valueOf) return out;
  const found = new Set(out.map((r) => r.area));
  for (const row of [...sums, ...rows]) {
    const nonZero = row.coef.flatMap((c, j) => (c === 0 ? [] : [j]));
    const coefficient = row.coef[nonZero[0]!];
    // Only a sum of hidden secrets alone, each counted once: `a + b = 2`, not `a − b = 0`.
    if (nonZero.length < 2 || nonZero.some((j) => row.coef[j] !== coefficient)) continue;
    if (nonZero.some((j) => stateOf(areas[j]!) !== 'suppressed')) continue;
    const sum = row.rhs / coefficient!;
    if (sum > 1 && sum > nonZero.length) continue;
    for (const j of nonZero) {
      const area = areas[j]!;
      if (found.has(area)) continue;
      found.add(area);
      out.push({
        area,
        via: relations.filter((_, k) => row.combo[k] !== 0),
        value: null,
        bySize: { cells: nonZero.length },
      });
    }
  }
  return out;
}

/**
 * How a cell hidden in addition relates to the cell it protects: a sibling, the total above it, a
 * part below it, or a cell further along the chain of sums that gives it away.
 */
export type ProtectionRole = 'sibling' | 'total' | 'part' | 'chain';

export interface Protection {
  area: Area;
  /** The suppressed cell that would otherwise be recoverable. */
  protects: Area;
  role: ProtectionRole;
}

/**
 * Secondary suppression in one indicator and period: hides published cells until no suppressed
 * cell is recoverable. It protects first the cells that one sum gives away (a published total with
 * one hidden part), trying the published siblings from the smallest (`sizeOf`) up and then the
 * total, zeros last, and takes the first that protects the cell without exposing another; failing that, the one that
 * exposes fewest, or else the first. A hidden total may expose a cell one level up, so it repeats
 * until nothing is recoverable. Cells it cannot protect (no published cell left in their sums)
 * come back in `exposed`.
 */
export function protect(
  relations: readonly SumRelation[],
  stateOf: (area: Area) => CellState,
  sizeOf: (area: Area) => number,
  {
    mayHide = () => true,
    counts = false,
  }: {
    /** Which published cells may be hidden; any by default. */
    mayHide?: (area: Area) => boolean;
    /** Whether the figures are the counts themselves, so that a sum's size is known too (`recoverable`). */
    counts?: boolean;
  } = {},
): { hidden: Protection[]; exposed: Area[] } {
  const hidden = new Map<Area, Protection>();
  const exposed = new Set<Area>();
  const state = (area: Area): CellState => (hidden.has(area) ? 'suppressed' : stateOf(area));
  const given = () => recoverable(relations, state, counts ? sizeOf : undefined);
  for (;;) {
    const open = given().filter((r) => !exposed.has(r.area));
    if (open.length === 0) break;
    const target = open.sort((a, b) => a.via.length - b.via.length || depth(a.area) - depth(b.area))[0]!;
    const candidates = candidatesFor(target, state, sizeOf).filter((c) => mayHide(c.area));
    if (candidates.length === 0) {
      exposed.add(target.area);
      continue;
    }
    let best: { candidate: Protection; left: number } | undefined;
    for (const candidate of candidates) {
      hidden.set(candidate.area, candidate);
      const left = given();
      hidden.delete(candidate.area);
      if (left.some((r) => r.area === target.area)) continue;
      if (!best || left.length < best.left) best = { candidate, left: left.length };
      if (left.length === 0) break;
    }
    const chosen = best?.candidate ?? candidates[0]!;
    hidden.set(chosen.area, chosen);
  }
  return { hidden: [...hidden.values()], exposed: [...exposed] };
}

/** Deeper levels first among equals: the primary suppressions sit with the gemeenten. */
const depth = (area: Area) => -AREA_LEVELS.indexOf(area.level);

/** Published cells that may protect the target, in the order the rule prefers them. */
function candidatesFor(
  target: Recovered,
  state: (area: Area) => CellState,
  sizeOf: (area: Area) => number,
): Protection[] {
  const out: Protection[] = [];
  const seen = new Set<Area>();
  const add = (area: Area, role: ProtectionRole) => {
    if (seen.has(area) || area === target.area || state(area) !== 'published') return;
    seen.add(area);
    out.push({ area, protects: target.area, role });
  };
  const bySize = (areas: Area[]) => [...areas].sort((a, b) => sizeOf(a) - sizeOf(b));
  // Sums the cell is a part of come first: there the rule hides a sibling or the total.
  const order = (r: SumRelation) => (r.parts.includes(target.area) ? 0 : r.total === target.area ? 1 : 2);
  for (const r of [...target.via].sort((a, b) => order(a) - order(b))) {
    const role = order(r);
    for (const part of bySize(r.parts)) add(part, role === 0 ? 'sibling' : role === 1 ? 'part' : 'chain');
    add(r.total, role === 2 ? 'chain' : 'total');
  }
  // A zero hides almost nothing (the hidden cells would still add up to the secret alone): last resort.
  return [...out.filter((c) => sizeOf(c.area) !== 0), ...out.filter((c) => sizeOf(c.area) === 0)];
}

/** `a`, `a en b`, `a, b en c`. */
export const andList = (items: string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1)}`;

/**
 * Every suppressed cell of the feed that its published cells give away, with the JSON path of the
 * cell (`series[12].values[5]`) and how. Checked by `miv-feed validate`, not by every widget: a leak
 * is for the publisher to repair, and refusing the feed in a visitor's browser would un-publish nothing.
 */
export function disclosureIssues(feed: Feed): FeedIssue[] {
  const indicators = new Map(feed.indicators.map((i) => [i.id, i]));
  const groups = summedGroups(feed.areaGroups ?? [], feed.areas);
  const areas = new Map([...feed.areas, ...groups.keys()].map((a) => [a.id, a]));
  const merged = mergers(feed.areas);
  interface Cell {
    state: CellState;
    value: number | null;
    at: [series: number, value: number];
  }
  // indicator → period → area → cell
  const cells = new Map<string, Map<string, Map<Area, Cell>>>();
  feed.series.forEach((s, i) => {
    const indicator = indicators.get(s.indicator);
    const area = areas.get(s.area);
    if (!indicator || !area || !isAdditive(indicator)) return;
    let byPeriod = cells.get(s.indicator);
    if (!byPeriod) cells.set(s.indicator, (byPeriod = new Map()));
    s.periods.forEach((period, j) => {
      const value = s.values[j] ?? null;
      const status = statusAt(s, j);
      let byArea = byPeriod.get(period);
      if (!byArea) byPeriod.set(period, (byArea = new Map()));
      byArea.set(area, { state: cellState(status), value, at: [i, j] });
    });
  });
  const relationsIn = new Map<string, SumRelation[]>();
  const found: { at: Cell['at']; message: string }[] = [];
  for (const [indicatorId, byPeriod] of cells) {
    const isCount = indicators.get(indicatorId)!.kind === 'count';
    for (const [period, byArea] of byPeriod) {
      if (![...byArea.values()].some((c) => c.state === 'suppressed')) continue;
      let relations = relationsIn.get(period);
      if (!relations) relationsIn.set(period, (relations = sumRelations(feed.areas, period, merged, groups)));
      const recovered = recoverable(
        relations,
        (area) => byArea.get(area)?.state ?? 'unknown',
        isCount ? (area) => byArea.get(area)?.value ?? 0 : undefined,
      );
      for (const { area, via, value, bySize } of recovered) {
        const totals = via.map((r) =>
          r.kind === 'history'
            ? `het herberekende cijfer van ${r.total.name}`
            : r.kind === 'group'
              ? `het cijfer van de groep ${r.total.name}`
              : `het totaal van ${r.total.name}`,
        );
        const how = bySize
          ? // Not their sum either: with it, the hidden cells are each known to anyone who reads the report.
            `${andList(totals)} en de andere gepubliceerde cijfers: de som van de ${bySize.cells} afgeschermde cijfers daarin is zo klein dat elk ervan daaruit volgt`
          : value === null
            ? `${andList([...totals, 'de andere gepubliceerde cijfers'])} met hun noemers (zoals het aantal inwoners)`
            : // Not the value itself: a leak report may land in a public CI log.
              `${andList(totals)} en de andere gepubliceerde cijfers`;
        found.push({
          at: byArea.get(area)!.at,
          message: `${area.name} in ${period} is geheim, maar af te leiden uit ${how}. Scherm nog een cijfer of het totaal af (secundaire onderdrukking).`,
        });
      }
    }
  }
  return found
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map(({ at: [i, j], message }) => ({ path: `series[${i}].values[${j}]`, message }));
}

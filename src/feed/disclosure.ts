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
 * resort). Every cell is then a range of counts that each sum narrows, and a secret whose range
 * shrinks to one value is known: 1 + 1 hidden beside a published total of 2, or four secrets that
 * two districts and the size class of their two largest gemeenten leave adding up to 4. The figures
 * of rates and percentages are sized by their counts (`valueOf`), as a reader gets them back with
 * the denominators. Where the publisher's rule is known (counts from 1 to 4 are secret), a reader
 * bounds each of its secrets from above too (`mostOf`): two secrets adding up to 8 are each 4. A
 * range that keeps two values or more is not protected further.
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
  /** The sums that, added and subtracted, or narrowed by their size, leave this cell known. */
  via: SumRelation[];
  /** Its value, when the published figures' counts are known (`valueOf`). */
  value: number | null;
  /** Given away by the sizes of the sums rather than by their equations alone. */
  bySize?: true;
}

const gcd = (a: number, b: number): number => (b === 0 ? Math.abs(a) : gcd(b, a % b));

/**
 * The suppressed cells that the sums give away in one indicator and period. `valueOf` gives the
 * count behind a published figure, to tell what a recovered cell is and what the sums' sizes give
 * away; without it, or where it gives none, only which cells the equations expose.
 */
export function recoverable(
  relations: readonly SumRelation[],
  stateOf: (area: Area) => CellState,
  valueOf?: (area: Area) => number | undefined,
  mostOf?: (area: Area) => number | undefined,
): Recovered[] {
  const columns = new Map<Area, number>();
  for (const r of relations)
    for (const area of [r.total, ...r.parts]) {
      const state = stateOf(area);
      if (state !== 'published' && state !== 'known' && !columns.has(area)) columns.set(area, columns.size);
    }
  // Each row: coefficients of the unknown cells, the right-hand side (NaN where a count is not
  // known), and which relations it combines.
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
      else if (stateOf(area) === 'published') row.rhs -= sign * (valueOf?.(area) ?? NaN);
    };
    term(r.total, 1);
    for (const part of r.parts) term(part, -1);
    return row;
  });
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
    const value = row.rhs / row.coef[nonZero[0]!]!;
    out.push({
      area,
      via: relations.filter((_, k) => row.combo[k] !== 0),
      value: Number.isNaN(value) ? null : value,
    });
  }
  if (!valueOf) return out;
  const found = new Set(out.map((r) => r.area));
  for (const [area, range] of narrowed(relations, stateOf, valueOf, mostOf))
    if (stateOf(area) === 'suppressed' && range.lo >= range.hi && !found.has(area))
      out.push({ area, via: [...range.via], value: null, bySize: true });
  return out;
}

/** The counts a cell may hold, `lo` to `hi`, and the sums that narrowed it to them. */
interface Range {
  lo: number;
  hi: number;
  via: Set<SumRelation>;
}

/**
 * Every cell's range of counts as a reader narrows it: a published count exact, a secret from 1 up
 * (to `mostOf`, where a rule bounds it), any other cell from 0 up; then each sum narrows its total to
 * what its parts add up to and each part to the total minus what the others may hold, until none
 * changes. Ranges only shrink, by whole counts, within the published totals, so it ends; a range
 * left empty (hidden cells that add up to less than their number) stops it, its cells given away as
 * well.
 */
function narrowed(
  relations: readonly SumRelation[],
  stateOf: (area: Area) => CellState,
  valueOf: (area: Area) => number | undefined,
  mostOf: (area: Area) => number | undefined = () => undefined,
): Map<Area, Range> {
  const ranges = new Map<Area, Range>();
  const rangeOf = (area: Area): Range => {
    let range = ranges.get(area);
    if (!range) {
      const state = stateOf(area);
      const count = state === 'published' ? valueOf(area) : state === 'known' ? 0 : undefined;
      range =
        count !== undefined
          ? { lo: count, hi: count, via: new Set() }
          : state === 'suppressed'
            ? { lo: 1, hi: mostOf(area) ?? Infinity, via: new Set() }
            : { lo: 0, hi: Infinity, via: new Set() };
      ranges.set(area, range);
    }
    return range;
  };
  const sum = (cells: Range[], end: 'lo' | 'hi') => cells.reduce((total, c) => total + c[end], 0);
  for (let changed = true; changed;) {
    changed = false;
    for (const r of relations) {
      const total = rangeOf(r.total);
      const parts = r.parts.map(rangeOf);
      const narrow = (cell: Range, lo: number, hi: number, by: Range[]) => {
        if (lo <= cell.lo && hi >= cell.hi) return;
        cell.lo = Math.max(cell.lo, lo);
        cell.hi = Math.min(cell.hi, hi);
        cell.via.add(r);
        for (const other of by) for (const v of other.via) cell.via.add(v);
        changed = true;
      };
      narrow(total, sum(parts, 'lo'), sum(parts, 'hi'), parts);
      for (const part of parts) {
        const others = parts.filter((p) => p !== part);
        narrow(part, total.lo - sum(others, 'hi'), total.hi - sum(others, 'lo'), [total, ...others]);
      }
      if ([total, ...parts].some((c) => c.lo > c.hi)) return ranges;
    }
  }
  return ranges;
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
    countOf,
    mostOf,
  }: {
    /** Which published cells may be hidden; any by default. */
    mayHide?: (area: Area) => boolean;
    /**
     * The count behind a published figure, where a reader gets it back: the sums' sizes are public
     * then too (`recoverable`).
     */
    countOf?: (area: Area) => number | undefined;
    /** The most a secret may hold by the publisher's rule, for a reader who knows it (`recoverable`). */
    mostOf?: (area: Area) => number | undefined;
  } = {},
): { hidden: Protection[]; exposed: Area[] } {
  const hidden = new Map<Area, Protection>();
  const exposed = new Set<Area>();
  const state = (area: Area): CellState => (hidden.has(area) ? 'suppressed' : stateOf(area));
  const given = () => recoverable(relations, state, countOf, mostOf);
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
 * cell (`series[12].values[5]`) and how, or of the margin beside it (`series[3].margins[1]`).
 * Checked by `miv-feed validate`, not by every widget: a leak is for the publisher to repair, and
 * refusing the feed in a visitor's browser would un-publish nothing.
 */
export function disclosureIssues(feed: Feed): FeedIssue[] {
  const indicators = new Map(feed.indicators.map((i) => [i.id, i]));
  const groups = summedGroups(feed.areaGroups ?? [], feed.areas);
  const areas = new Map([...feed.areas, ...groups.keys()].map((a) => [a.id, a]));
  const merged = mergers(feed.areas);
  interface Cell {
    state: CellState;
    /** The count behind the figure, where the feed gives it: a count's value, a rate's `counts`. */
    count: number | undefined;
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
      const status = statusAt(s, j);
      const count = status === 'nil' ? 0 : ((indicator.kind === 'count' ? s.values[j] : s.counts?.[j]) ?? undefined);
      let byArea = byPeriod.get(period);
      if (!byArea) byPeriod.set(period, (byArea = new Map()));
      byArea.set(area, { state: cellState(status), count, at: [i, j] });
    });
  });
  const relationsIn = new Map<string, SumRelation[]>();
  const found: { at: Cell['at']; message: string; margin?: true }[] = [];
  for (const byPeriod of cells.values()) {
    for (const [period, byArea] of byPeriod) {
      if (![...byArea.values()].some((c) => c.state === 'suppressed')) continue;
      let relations = relationsIn.get(period);
      if (!relations) relationsIn.set(period, (relations = sumRelations(feed.areas, period, merged, groups)));
      const recovered = recoverable(
        relations,
        (area) => byArea.get(area)?.state ?? 'unknown',
        (area) => byArea.get(area)?.count,
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
            `${andList(totals)} en de andere gepubliceerde cijfers: de afgeschermde cijfers daarin zijn samen zo klein dat dit cijfer vastligt, want een geheim cijfer is minstens 1`
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
  // A survey's margin beside a secret figure gives it back, with the sample size. A margin of 0 is
  // read as none (the widgets test nothing on it).
  feed.series.forEach((s, i) =>
    s.margins?.forEach((margin, j) => {
      if (margin === null || margin <= 0 || statusAt(s, j) !== 'suppressed') return;
      const name = areas.get(s.area)?.name ?? s.area;
      found.push({
        at: [i, j],
        margin: true,
        message: `${name} in ${s.periods[j]} is geheim, maar de marge ernaast is gepubliceerd: met de steekproefomvang geeft die het cijfer terug. Laat de marge leeg (null).`,
      });
    }),
  );
  return found
    .sort((a, b) => a.at[0] - b.at[0] || a.at[1] - b.at[1])
    .map(({ at: [i, j], message, margin }) => ({
      path: `series[${i}].${margin ? 'margins' : 'values'}[${j}]`,
      message,
    }));
}

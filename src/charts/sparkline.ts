/**
 * Sparkline geometry for the theme overview: plain SVG path data, no chart engine, so that a page
 * with all 66 indicators draws its cards in one render. Gaps (suppressed or missing values) and
 * series breaks break the line: a sparkline never joins values across them.
 */

export interface SparklineGeometry {
  /** One `d` attribute per unbroken run of two or more values. */
  paths: string[];
  /** Values standing alone between gaps, drawn as dots so they are not lost. */
  dots: { x: number; y: number }[];
  /** The latest value, marked on the line. */
  last?: { x: number; y: number };
}

const round = (n: number) => Math.round(n * 10) / 10;

/** The smallest vertical range, as a share of the largest absolute value. */
export const MIN_SPAN = 0.25;

/**
 * Places `values` (one per period, `null` for a gap) in a `width` × `height` box with `pad` units
 * of room on every side for the dots. At each index in `breaks` (a series break) a new line starts.
 */
export function sparkline(
  values: readonly (number | null)[],
  width: number,
  height: number,
  pad = 2,
  breaks: readonly number[] = [],
): SparklineGeometry {
  const numbers = values.filter((v): v is number => v !== null);
  if (numbers.length === 0) return { paths: [], dots: [] };
  const low = Math.min(...numbers);
  const high = Math.max(...numbers);
  // Stretching 16,1–17,5 over the full height would draw a survey wobble as a steep climb: the
  // vertical range is at least MIN_SPAN of the values' size, centred on them.
  const span = Math.max(high - low, MIN_SPAN * Math.max(Math.abs(high), Math.abs(low)));
  const min = (high + low) / 2 - span / 2;
  const step = values.length > 1 ? (width - 2 * pad) / (values.length - 1) : 0;
  // A flat series (span 0: all zeros) sits in the middle rather than on an edge.
  const y = (v: number) => (span === 0 ? height / 2 : pad + (1 - (v - min) / span) * (height - 2 * pad));
  const x = (i: number) => (values.length > 1 ? pad + i * step : width / 2);

  const paths: string[] = [];
  const dots: { x: number; y: number }[] = [];
  let run: { x: number; y: number }[] = [];
  const flush = () => {
    if (run.length === 1) dots.push(run[0]!);
    else if (run.length > 1) paths.push(run.map((p, i) => `${i ? 'L' : 'M'}${p.x} ${p.y}`).join(''));
    run = [];
  };
  let last: { x: number; y: number } | undefined;
  values.forEach((v, i) => {
    if (breaks.includes(i)) flush();
    if (v === null) return flush();
    last = { x: round(x(i)), y: round(y(v)) };
    run.push(last);
  });
  flush();
  return { paths, dots, ...(last ? { last } : {}) };
}

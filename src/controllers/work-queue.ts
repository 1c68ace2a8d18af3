/**
 * The page's share of the elements' heavy work (building a widget's figures, drawing a chart), run a
 * few jobs per task: as many as fit in a short budget, then the browser gets the main thread back to
 * paint and handle input before the next task. Sixty widgets whose feed arrives at once would
 * otherwise build and draw in one task of a second or more, during which the page does not respond.
 * Charts come first: a chart is queued only when its element is near the viewport, so it is what the
 * reader is about to see; builds run in the order they were asked for, which is page order. What no
 * reader sees yet (a widget's data table for screen readers, `after`) runs when the page is idle and
 * no chart or build waits.
 */
import { TURN_MS, whenIdle } from '../scheduling.js';

export type Lane = 'draw' | 'build' | 'after';

const lanes: Record<Lane, (() => void)[]> = { draw: [], build: [], after: [] };
let scheduled = false;
let idleScheduled = false;
/** Before printing there is no later task: jobs run in this one (as microtasks), and those waiting run now. */
let printing = false;
// Optional: the library is also imported where there is no window (server rendering, Node).
globalThis.addEventListener?.('beforeprint', () => {
  printing = true;
  let job: (() => void) | undefined;
  while ((job = next() ?? lanes.after.shift())) run(job);
});
globalThis.addEventListener?.('afterprint', () => (printing = false));

/** Whether the page is printing: between `beforeprint` and `afterprint`, when no later task comes. */
export function isPrinting(): boolean {
  return printing;
}

/** A new task soon, without the 4 ms minimum of nested time-outs. */
let channel: MessageChannel | undefined;

function schedule(): void {
  if (scheduled) return;
  scheduled = true;
  if (!channel) {
    channel = new MessageChannel();
    channel.port1.onmessage = runSome;
  }
  channel.port2.postMessage(undefined);
}

function next(): (() => void) | undefined {
  return lanes.draw.shift() ?? lanes.build.shift();
}

function run(job: () => void): void {
  try {
    job();
  } catch (error) {
    // A failing job is its element's to report; the others still run.
    reportError(error);
  }
}

function runSome(): void {
  scheduled = false;
  const start = performance.now();
  let job: (() => void) | undefined;
  while ((job = next())) {
    run(job);
    if (performance.now() - start > TURN_MS) break;
  }
  if (lanes.draw.length || lanes.build.length) schedule();
}

function scheduleIdle(): void {
  if (idleScheduled) return;
  idleScheduled = true;
  whenIdle(runIdle);
}

function runIdle(): void {
  idleScheduled = false;
  const start = performance.now();
  let job: (() => void) | undefined;
  // Only while no chart or build waits: one that comes in meanwhile goes first.
  while (!lanes.draw.length && !lanes.build.length && (job = lanes.after.shift())) {
    run(job);
    if (performance.now() - start > TURN_MS) break;
  }
  if (lanes.after.length) scheduleIdle();
}

/** Runs `job` in a coming task, after the jobs of its lane queued before it (draws before builds; `after` when idle). */
export function enqueue(lane: Lane, job: () => void): void {
  if (printing) return queueMicrotask(() => run(job));
  lanes[lane].push(job);
  if (lane === 'after') scheduleIdle();
  else schedule();
}

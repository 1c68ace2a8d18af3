/** When work that may wait runs: between the page's own tasks, or when the page is idle. */

/**
 * Work per task before the page gets a turn: under the 50 ms at which a task counts as long, with
 * room for one more job. The elements' work queue keeps to it.
 */
export const TURN_MS = 25;

/**
 * Work per step of a feed's validation before the page gets a turn. Its pieces are small (a hundred
 * series, a few milliseconds), so short steps cost it nothing measurable: the sample feed's first
 * validation on a page takes as long as in steps of `TURN_MS` or in one piece (`npm run bench:feed`).
 * Lighthouse's mobile score replays each task it measured four times as long (its phone), where a
 * 25 ms step would count as a 100 ms task, half of it blocking.
 */
export const FEED_STEP_MS = 8;

/** The longest wait for a paint: a page in a background tab paints nothing. */
const PAINT_TIMEOUT_MS = 100;

/**
 * Settles in a task after the browser's next paint, or after `PAINT_TIMEOUT_MS` where none comes.
 */
export function afterNextPaint(): Promise<void> {
  return new Promise((resolve) => {
    const timer = setTimeout(resolve, PAINT_TIMEOUT_MS);
    requestAnimationFrame(() =>
      setTimeout(() => {
        clearTimeout(timer);
        resolve();
      }),
    );
  });
}

/** How long to wait where a browser cannot tell when the page is idle (Safari before 18). */
const IDLE_FALLBACK_MS = 200;

/**
 * The longest idle work waits on a page that is never idle (an animation, a busy script of its own):
 * what waits is content (a far widget's text, a data table for screen readers), which must come all
 * the same.
 */
const IDLE_TIMEOUT_MS = 500;

/**
 * What holds idle work back: charts near the viewport on their way to their first paint. A quiet
 * moment while one waits for its engine or its size is not idle time for the reader, who is about to
 * see that chart; a far widget built then (some 15 ms, and its layout as much again) came before it.
 */
const holders = new Set<object>();

/** Idle work waits while `holder` is held (until `releaseIdle`), or at most `IDLE_TIMEOUT_MS`. */
export function holdIdle(holder: object): void {
  holders.add(holder);
}

export function releaseIdle(holder: object): void {
  holders.delete(holder);
}

/**
 * Runs `callback` when the page is idle and no chart on its way holds idle work back, or after
 * `IDLE_TIMEOUT_MS` where that never comes: `requestIdleCallback`, or a moment later where it is missing.
 */
export function whenIdle(callback: () => void): void {
  const latest = performance.now() + IDLE_TIMEOUT_MS;
  const idle = (): void => {
    const left = latest - performance.now();
    if (holders.size && left > 0) nextIdle(idle, left);
    else callback();
  };
  nextIdle(idle, IDLE_TIMEOUT_MS);
}

function nextIdle(callback: () => void, timeout: number): void {
  if (typeof requestIdleCallback === 'function') requestIdleCallback(callback, { timeout });
  else setTimeout(callback, Math.min(IDLE_FALLBACK_MS, timeout));
}

interface Scheduler {
  yield?: () => Promise<void>;
}

/**
 * Settles in a later task, once the page has handled input and painted: `scheduler.yield()`, which
 * resumes ahead of other waiting work, or a timer where a browser lacks it.
 */
export function yieldToPage(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: Scheduler }).scheduler;
  return scheduler?.yield ? scheduler.yield() : new Promise((resolve) => setTimeout(resolve));
}

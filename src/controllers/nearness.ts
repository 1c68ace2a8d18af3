/**
 * When a lazily loading element builds its content: as it comes within a viewport of the visible
 * part of the page, or earlier in idle time once its feed is loaded (one element per idle period,
 * in page order), so that screen readers, find-in-page and the page's own scripts reach every
 * widget's text and table without the reader scrolling to it; before printing, at once. One
 * observer serves every element.
 */
import { whenIdle } from '../scheduling.js';

/** How far ahead of the viewport an element builds: a viewport's height, so it is ready when scrolled to. */
const NEAR_VIEWPORTS = 1;
const NEAR_MARGIN = `${NEAR_VIEWPORTS * 100}% 0px`;

/** Each watched element and what builds its content (called once). */
const watched = new Map<Element, () => void>();
/** Ready to build in idle time (their feed is loaded), in the order they asked. */
const idle = new Set<Element>();
let observer: IntersectionObserver | undefined;
let idleScheduled = false;
let printing = false;
let listening = false;

/** Stops watching an element; the observer goes when it watches nothing. */
function forget(element: Element): void {
  watched.delete(element);
  idle.delete(element);
  observer?.unobserve(element);
  if (watched.size === 0) {
    observer?.disconnect();
    observer = undefined;
  }
}

function near(element: Element): void {
  const build = watched.get(element);
  if (!build) return;
  forget(element);
  build();
}

function scheduleIdle(): void {
  if (idleScheduled || idle.size === 0) return;
  idleScheduled = true;
  whenIdle(() => {
    idleScheduled = false;
    const [first] = idle;
    if (first) near(first);
    scheduleIdle();
  });
}

function beforePrint(): void {
  printing = true;
  for (const element of [...watched.keys()]) near(element);
}

/** Calls `build` once the element is near the viewport (or in idle time, or before printing). */
export function watchNearness(element: Element, build: () => void): void {
  if (printing) {
    build();
    return;
  }
  if (!listening) {
    listening = true;
    addEventListener('beforeprint', beforePrint);
    addEventListener('afterprint', () => (printing = false));
  }
  if (!observer) {
    observer = new IntersectionObserver(
      (entries) => {
        for (const entry of entries) if (entry.isIntersecting) near(entry.target);
      },
      { rootMargin: NEAR_MARGIN },
    );
  }
  watched.set(element, build);
  observer.observe(element);
}

/**
 * Whether the element lies near the viewport now, by the observer's measure, read from its box: for
 * what cannot wait for the observer's first report.
 */
export function liesNear(element: Element): boolean {
  const box = element.getBoundingClientRect();
  const margin = NEAR_VIEWPORTS * innerHeight;
  return box.bottom >= -margin && box.top <= innerHeight + margin && box.right >= 0 && box.left <= innerWidth;
}

/** The element's feed is loaded: it may build in idle time from now on. */
export function buildWhenIdle(element: Element): void {
  if (!watched.has(element) || idle.has(element)) return;
  idle.add(element);
  scheduleIdle();
}

/** Stops watching an element that left the page. */
export function unwatchNearness(element: Element): void {
  forget(element);
}

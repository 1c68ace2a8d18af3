/** Helpers shared by the browser tests of the elements. */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import { a11ySnapshot, findAccessibilityNode } from '@web/test-runner-commands';
import type { TemplateResult } from 'lit';
import type { Feed } from '../src/feed/schema.js';

/** An element's chart controller; `O` is the part of the ECharts option a test reads. */
export interface ChartHandle<O = unknown> {
  options: { onError(error: unknown): void };
  instance: { getOption(): O; isDisposed(): boolean; getDom(): HTMLElement } | undefined;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const query = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  shadow(el).querySelector<E>(selector);
export const text = (el: Element, selector: string): string =>
  query(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';
/** The visible text of each element at `selector` in `el` (its shadow root, if it has one), spaces collapsed. */
export const texts = (el: Element, selector: string): string[] =>
  [...(el.shadowRoot ?? el).querySelectorAll(selector)].map((e) => e.textContent!.replace(/\s+/g, ' ').trim());

/** The chart's tooltip as its lines, joined by " / "; empty while none shows. */
export const tooltipText = (el: Element): string =>
  (query(el, '[part="tooltip"]')?.innerText ?? '')
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)
    .join(' / ');

/** Where a text is written on the chart's drawing: the box of each of its SVG texts. */
export const writtenOnChart = (el: Element, text: string): DOMRect[] =>
  [...shadow(el).querySelectorAll('[part~="chart"] svg text')]
    .filter((t) => t.textContent === text)
    .map((t) => t.getBoundingClientRect());

/** Starts listening to the page's requests: the returned function gives the paths fetched since. */
export function requestsFrom(): () => string[] {
  const paths: string[] = [];
  // An observer, not the timeline: its buffer of 250 entries fills up in a long run of tests.
  const observer = new PerformanceObserver((list) =>
    paths.push(...list.getEntries().map((entry) => new URL(entry.name).pathname)),
  );
  observer.observe({ type: 'resource' });
  return () => {
    paths.push(...observer.takeRecords().map((entry) => new URL(entry.name).pathname));
    observer.disconnect();
    return paths;
  };
}

/** The element's chart controller; protected in the class, read here to check what ECharts drew. */
export const chartOf = <O = unknown>(el: Element): ChartHandle<O> => (el as unknown as { chart: ChartHandle<O> }).chart;

/** Renders a template and waits until its chart has painted and the rest of the widget is built. */
export async function rendered<E extends HTMLElement>(template: TemplateResult): Promise<E> {
  const el = await fixture<E>(template);
  if (!chartOf(el).instance) await oneEvent(el, 'miv-rendered');
  // And what is built after the chart, in idle time: the data table for screen readers.
  await (el as E & { updateComplete?: Promise<unknown> }).updateComplete;
  return el;
}

/** A feed served from memory, for a changed copy of the small feed. */
export function feedUrl(feed: Feed | unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
}

export const SAMPLE_FEED_URL = new URL('../examples/data/sample-feed.json', import.meta.url).href;

/** Loads the full sample feed before the tests of the current block and returns a getter for it. */
export function useSampleFeed(): () => Feed {
  let feed: Feed | undefined;
  before(async () => {
    feed = (await (await fetch(SAMPLE_FEED_URL)).json()) as Feed;
  });
  return () => feed!;
}

/**
 * Fails the current test when anything was written to `console.error` or thrown uncaught while it
 * ran: a widget on a gemeente page must not litter the webmaster's console.
 */
export function failOnConsoleErrors(): void {
  const original = console.error;
  let errors: unknown[][] = [];
  const onError = (event: ErrorEvent) => errors.push([event.message]);
  beforeEach(() => {
    errors = [];
    console.error = (...args: unknown[]) => {
      errors.push(args);
      original.apply(console, args);
    };
    window.addEventListener('error', onError);
  });
  afterEach(() => {
    console.error = original;
    window.removeEventListener('error', onError);
    expect(
      errors.map((e) => e.map(String).join(' ')),
      'console errors',
    ).to.deep.equal([]);
  });
}

/**
 * What in an element reaches past its right edge, outside a box that scrolls (a wide table's):
 * on a page of another layout than this test's, that is where the page starts scrolling sideways.
 */
export function pastRightEdge(host: Element): string[] {
  const edge = host.getBoundingClientRect().right + 0.5;
  const scrolls = (el: Element) => getComputedStyle(el).overflowX !== 'visible';
  const out: string[] = [];
  const walk = (root: ParentNode, clipped: boolean) => {
    for (const el of root.children) {
      if (!clipped && el.getBoundingClientRect().right > edge) out.push(`${el.localName}.${el.className}`);
      walk(el, clipped || scrolls(el));
      if (el.shadowRoot) walk(el.shadowRoot, clipped || scrolls(el));
    }
  };
  walk(host.shadowRoot!, false);
  return out;
}

/** A node of Chromium's accessibility tree: what a screen reader is given. */
export interface AxNode {
  role: string;
  name: string;
  children: AxNode[];
}

/** The first node of `role` in the page's accessibility tree whose name passes `test`. */
export async function accessibleNode(role: string, test: (name: string) => boolean): Promise<AxNode | undefined> {
  const snapshot = (await a11ySnapshot({})) as unknown as AxNode;
  return findAccessibilityNode<AxNode>(snapshot, (node) => node.role === role && test(node.name)) ?? undefined;
}

/** The accessible name of the first node of `role` on the page whose name passes `test`. */
export async function accessibleName(role: string, test: (name: string) => boolean): Promise<string | undefined> {
  return (await accessibleNode(role, test))?.name;
}

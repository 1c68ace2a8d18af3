/** Helpers shared by the `<miv-indicator>` tests. */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import type { TemplateResult } from 'lit';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import type { Feed } from '../../../src/feed/schema.js';

export interface DrawnSeries {
  name: string;
  type: string;
  data: unknown[];
  lineStyle?: { type?: unknown };
  markLine?: { data: { xAxis: string; name: string }[] };
}

interface ChartHandle {
  options: { onError(error: unknown): void };
  instance: { getOption(): { series: DrawnSeries[] }; isDisposed(): boolean; getDom(): HTMLElement } | undefined;
}

export const shadow = (el: Element): ShadowRoot => el.shadowRoot!;
export const query = <E extends Element = HTMLElement>(el: Element, selector: string): E | null =>
  shadow(el).querySelector<E>(selector);
export const text = (el: Element, selector: string): string =>
  query(el, selector)?.textContent?.replace(/\s+/g, ' ').trim() ?? '';

/** The element's chart controller; protected in the class, read here to check what ECharts drew. */
export const chartOf = (el: MivIndicator): ChartHandle => (el as unknown as { chart: ChartHandle }).chart;

/** The line series as ECharts holds them, without the two invisible series of a margin band. */
export function drawnLines(el: MivIndicator): DrawnSeries[] {
  return chartOf(el)
    .instance!.getOption()
    .series.filter((s) => !s.name.startsWith('band-'));
}

/** Renders a template and waits until its chart has painted. */
export async function rendered(template: TemplateResult): Promise<MivIndicator> {
  const el = await fixture<MivIndicator>(template);
  if (!chartOf(el).instance) await oneEvent(el, 'miv-rendered');
  return el;
}

/** A feed served from memory, for a changed copy of the small feed. */
export function feedUrl(feed: Feed | unknown): string {
  return URL.createObjectURL(new Blob([JSON.stringify(feed)], { type: 'application/json' }));
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

/** Helpers of the `<miv-indicator>` tests; those of every element are in `test/helpers.ts`. */
import { oneEvent } from '@open-wc/testing';
import type { MivIndicator } from '../../../src/components/miv-indicator/miv-indicator.js';
import { chartOf, SAMPLE_FEED_URL } from '../../helpers.js';

export interface DrawnSeries {
  name: string;
  type: string;
  data: unknown[];
  lineStyle?: { type?: unknown };
}

/** The series as ECharts holds them. */
export const drawnSeries = (el: Element): DrawnSeries[] =>
  chartOf<{ series: DrawnSeries[] }>(el).instance!.getOption().series;

/** The data's lines, without the bands (a margin, a special period) and the series breaks' lines. */
export function drawnLines(el: Element): DrawnSeries[] {
  return drawnSeries(el).filter((s) => !s.name.startsWith('band-') && s.name !== 'series-breaks');
}

/**
 * `<miv-indicator>`s of the sample feed, eager, one per set of attributes, drawn side by side on
 * `page`, which joins the document: not fixtures, which are taken down after each test.
 */
export async function drawOnPage(page: HTMLElement, attributeSets: Record<string, string>[]): Promise<MivIndicator[]> {
  const charts = attributeSets.map((attributes) => {
    const el = document.createElement('miv-indicator') as MivIndicator;
    for (const [name, value] of Object.entries({ src: SAMPLE_FEED_URL, loading: 'eager', ...attributes }))
      el.setAttribute(name, value);
    return el;
  });
  const rendered = charts.map((el) => oneEvent(el, 'miv-rendered'));
  page.append(...charts);
  document.body.append(page);
  await Promise.all(rendered);
  await Promise.all(charts.map((el) => el.updateComplete));
  return charts;
}

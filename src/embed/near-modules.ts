/**
 * What an element will need once it is near the viewport, beyond its own module: the embed scripts
 * start it then, beside the element's module, instead of after the element has loaded, found its
 * feed and built its figures.
 */
import { chartEnginePrefetch } from '../charts/engine-prefetch.js';
import type { ElementTag } from '../elements.js';

/**
 * Fetches a module and readies it without running it, where the browser can
 * (`<link rel="modulepreload">`): it runs when it is first imported. Elsewhere `load` imports it now.
 */
function preloadModule(url: URL, load: () => Promise<unknown>): Promise<unknown> {
  const link = document.createElement('link');
  if (!link.relList.supports('modulepreload')) return load();
  return new Promise<void>((resolve, reject) => {
    link.rel = 'modulepreload';
    link.href = url.href;
    // Loaded, the module stays in the page's module map; failed, the import at the first drawing
    // asks again and reports it. Either way the link has done its work.
    const settle = (event: Event) => {
      link.remove();
      if (event.type === 'load') resolve();
      else reject(new Error(`modulepreload ${url.href}`));
    };
    link.addEventListener('load', settle);
    link.addEventListener('error', settle);
    document.head.append(link);
  });
}

/**
 * The chart engine, fetched once an element that draws charts is near the viewport. It runs at the
 * first drawing, not as soon as it arrives (`chartEnginePrefetch`), which put ECharts' evaluation,
 * 10–15 ms, before the first headline. One fetch serves every element. The build names the chunks in
 * these URLs (`chunkUrls` in rollup.config.js).
 */
function chartEngine(): Promise<unknown> {
  chartEnginePrefetch.fetched ??= preloadModule(
    new URL('../charts/echarts.js', import.meta.url),
    () => import('../charts/echarts.js'),
  );
  return chartEnginePrefetch.fetched;
}

let mapChunk: Promise<unknown> | undefined;

/** The map's own chunk (its series and shapes) beside the chart engine, which it imports. */
function mapEngine(): Promise<unknown> {
  mapChunk ??= preloadModule(
    new URL('../charts/map-engine.js', import.meta.url),
    () => import('../charts/map-engine.js'),
  );
  return Promise.all([chartEngine(), mapChunk]);
}

export const nearModules: Partial<Record<ElementTag, () => Promise<unknown>>> = {
  'miv-indicator': chartEngine,
  'miv-district-compare': chartEngine,
  'miv-map': mapEngine,
};

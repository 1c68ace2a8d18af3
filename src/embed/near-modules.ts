/**
 * What an element will need once it is near the viewport, beyond its own module: the embed scripts
 * start it then, beside the element's module, instead of after the element has loaded, found its
 * feed and built its figures.
 */
import { chartEnginePrefetch } from '../charts/engine-prefetch.js';
import type { ElementTag } from '../elements.js';

/**
 * Fetches a module and readies it without running it, where the browser can
 * (`<link rel="modulepreload">`): it runs when it is first imported. Elsewhere `load` imports it now;
 * a module without `load` is left to the import of a module that imports it.
 */
function preloadModule(url: URL, load?: () => Promise<unknown>): Promise<unknown> {
  const link = document.createElement('link');
  if (!link.relList.supports('modulepreload')) return load?.() ?? Promise.resolve();
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

let core: Promise<unknown> | undefined;

/**
 * ECharts' core, which both engines below import: fetched once for both, beside them (a module
 * preload does not fetch what the module imports). Never imported on its own, so that the build keeps
 * it in one chunk with all the code both engines share.
 */
function engineCore(): Promise<unknown> {
  core ??= preloadModule(new URL('../charts/echarts-core.js', import.meta.url));
  return core;
}

/**
 * The line charts' engine and the core it imports, fetched once an element that draws them is near
 * the viewport. It runs at the first drawing, not as soon as it arrives (`chartEnginePrefetch`),
 * which put ECharts' evaluation, 10–15 ms, before the first headline. One fetch serves every
 * element. The build names the chunks in these URLs (`chunkUrls` in rollup.config.js).
 */
function chartEngine(): Promise<unknown> {
  chartEnginePrefetch.fetched ??= Promise.all([
    engineCore(),
    preloadModule(new URL('../charts/echarts.js', import.meta.url), () => import('../charts/echarts.js')),
  ]);
  return chartEnginePrefetch.fetched;
}

let mapChunk: Promise<unknown> | undefined;

/** The map's own chunk (its series and shapes) and the core it imports. */
function mapEngine(): Promise<unknown> {
  return Promise.all([
    engineCore(),
    (mapChunk ??= preloadModule(
      new URL('../charts/map-engine.js', import.meta.url),
      () => import('../charts/map-engine.js'),
    )),
  ]);
}

export const nearModules: Partial<Record<ElementTag, () => Promise<unknown>>> = {
  'miv-indicator': chartEngine,
  'miv-district-compare': chartEngine,
  'miv-map': mapEngine,
};

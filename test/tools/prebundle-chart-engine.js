/**
 * Serves `src/charts/echarts.ts` (the one module that imports ECharts) to the test browser as a single
 * pre-built file. Served as is, its imports fan out into about 600 ECharts modules that the test
 * server resolves and transforms one request at a time: on a cold 2-core machine the first chart of
 * a run waited about 19 s for them. Bundled once when the server starts (under a second), the same
 * first chart loads one file. The module keeps its URL, so the elements' dynamic `import()` and the
 * lazy loading they test are unchanged.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const CHART_ENGINE_PATH = '/src/charts/echarts.ts';
const entry = fileURLToPath(new URL(`../..${CHART_ENGINE_PATH}`, import.meta.url));

export function prebundleChartEngine() {
  let bundled;
  return {
    name: 'prebundle-chart-engine',
    async serverStart() {
      const result = await build({
        entryPoints: [entry],
        bundle: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        sourcemap: 'inline',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'warning',
      });
      bundled = result.outputFiles[0].text;
    },
    serve(context) {
      if (context.path === CHART_ENGINE_PATH) return { body: bundled, type: 'js' };
    },
  };
}

/**
 * Serves the chart engines (`src/charts/echarts.ts`, the one module that imports ECharts for every
 * chart, and `src/charts/map-engine.ts`, the map's chunk on top of it) to the test browser as
 * pre-built files. Served as is, their imports fan out into about 600 ECharts modules that the test
 * server resolves and transforms one request at a time: on a cold 2-core machine the first chart of
 * a run waited about 19 s for them. Bundled once when the server starts (under a second), the same
 * first chart loads one file. Both are built together with code splitting, so the map's chunk adds
 * its series to the very ECharts core that the shared engine holds, as it does in the embed build.
 * The modules keep their URLs, so the elements' dynamic `import()` and the lazy loading they test
 * are unchanged.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const CHART_ENGINE_PATH = '/src/charts/echarts.ts';
export const MAP_ENGINE_PATH = '/src/charts/map-engine.ts';
const CHARTS_DIR = '/src/charts/';
const root = fileURLToPath(new URL('../..', import.meta.url));

export function prebundleChartEngine() {
  /** Served path → bundled code. */
  let files = new Map();
  return {
    name: 'prebundle-chart-engine',
    async serverStart() {
      const result = await build({
        entryPoints: { echarts: `${root}${CHART_ENGINE_PATH}`, 'map-engine': `${root}${MAP_ENGINE_PATH}` },
        bundle: true,
        splitting: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        outdir: `${root}${CHARTS_DIR}`,
        chunkNames: 'engine-chunk-[hash]',
        sourcemap: 'inline',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'warning',
      });
      files = new Map(
        result.outputFiles.map((file) => {
          const name = file.path.slice(file.path.lastIndexOf('/') + 1);
          const served =
            name === 'echarts.js' ? CHART_ENGINE_PATH : name === 'map-engine.js' ? MAP_ENGINE_PATH : CHARTS_DIR + name;
          return [served, file.text];
        }),
      );
    },
    serve(context) {
      const body = files.get(context.path);
      if (body !== undefined) return { body, type: 'js' };
    },
  };
}

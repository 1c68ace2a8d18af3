/**
 * Serves the line charts' engine (`src/charts/echarts.ts`) and the map's chunk
 * (`src/charts/map-engine.ts`) to the test browser as
 * pre-built files that share one copy of ECharts' core (`echarts-core.ts`), as the embed build does.
 * Served as is, their imports fan out into about 600 ECharts modules that the test server
 * resolves and transforms one request at a time: on a cold 2-core machine the first chart of a run
 * waited about 19 s for them. Bundled once when the server starts (under a second), the same first
 * chart loads a few files. The modules keep their URLs, so the elements' dynamic `import()` and the
 * lazy loading they test are unchanged.
 */
import { build } from 'esbuild';
import { fileURLToPath } from 'node:url';

export const CHART_ENGINE_PATH = '/src/charts/echarts.ts';
const root = fileURLToPath(new URL('../..', import.meta.url));

export function prebundleChartEngine() {
  /** Served path → code: the entries at their .ts URLs, the shared chunks beside them. */
  const files = new Map();
  return {
    name: 'prebundle-chart-engine',
    async serverStart() {
      const result = await build({
        entryPoints: [`${root}src/charts/echarts.ts`, `${root}src/charts/map-engine.ts`],
        outbase: `${root}src/charts`,
        outdir: `${root}src/charts`,
        bundle: true,
        splitting: true,
        format: 'esm',
        target: 'es2022',
        write: false,
        sourcemap: 'inline',
        define: { 'process.env.NODE_ENV': '"development"' },
        logLevel: 'warning',
      });
      for (const file of result.outputFiles) {
        const path = `/${file.path.slice(root.length)}`.replace(/\.js$/, '.ts');
        files.set(path.includes('/chunk-') ? path.replace(/\.ts$/, '.js') : path, file.text);
      }
    },
    serve(context) {
      const body = files.get(context.path);
      if (body !== undefined) return { body, type: 'js' };
    },
  };
}

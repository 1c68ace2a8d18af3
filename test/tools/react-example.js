/**
 * Bundles examples/react/app.tsx with esbuild, the way a React project's own bundler would: the
 * elements come from the package (`miv-widgets/define`, resolved through package.json "exports"),
 * and the chart engine stays a separate chunk that loads only when a chart is near the viewport.
 * Used by the dev server (on request, kept in memory) and by the example checks.
 */
import { build } from 'esbuild';

/** Where the bundle is served; examples/react.html loads `${REACT_EXAMPLE_PREFIX}app.js`. */
export const REACT_EXAMPLE_PREFIX = '/examples/react/build/';

let bundle;

/** The bundle's files by name, built once per server run. */
function files() {
  bundle ??= build({
    entryPoints: ['examples/react/app.tsx'],
    bundle: true,
    splitting: true,
    format: 'esm',
    minify: true,
    target: 'es2022',
    jsx: 'automatic',
    outdir: 'react-build',
    write: false,
    // React and ECharts read process.env.NODE_ENV; a real project's bundler replaces it the same way.
    define: { 'process.env.NODE_ENV': '"production"' },
    logLevel: 'warning',
  }).then((result) => new Map(result.outputFiles.map((file) => [file.path.split('/').pop(), file.text])));
  return bundle;
}

/** The text of one output file (e.g. `app.js`), or undefined when there is no such file. */
export async function bundleReactExample(name) {
  return (await files()).get(name);
}

/**
 * Builds from one config:
 *  1. the npm build (dist/lib): ESM, one module per source file, dependencies external;
 *  2. the embed scripts (dist/miv-widgets.js, miv-indicator.js): self-contained for a
 *     <script type="module"> tag, small loaders that fetch each element's chunk (relative to the
 *     script's own URL) when its tag appears, and the chart engine when a chart is first needed.
 *     The iframe page (dist/embed.html + miv-embed.js) is built the same way;
 *  3. the optional host script for iframe embeds (dist/miv-embed-resize.js): a classic script with
 *     no imports, so a CMS can add it anywhere.
 */
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, posix, relative, resolve, sep } from 'node:path';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';
import { rollup } from 'rollup';
import { minifyCssStyles } from './test/tools/minify-css-styles.js';

/**
 * esbuild for our own TypeScript only. Its resolver also answers relative imports inside
 * node_modules, and runs before node-resolve (which is `order: 'post'`), so echarts' `sideEffects`
 * flags were lost and its chunk nearly doubled: leave those imports to node-resolve.
 */
function esbuildForSources() {
  const plugin = esbuild({ target: 'es2022', tsconfig: 'tsconfig.json' });
  const resolveId = plugin.resolveId;
  return {
    ...plugin,
    resolveId(id, importer, options) {
      if (importer?.includes('/node_modules/')) return null;
      return resolveId.call(this, id, importer, options);
    },
  };
}

/** Silences known-harmless warnings from dependencies (zod annotations, echarts' own cycles). */
function onwarn(warning, warn) {
  if (warning.code === 'CIRCULAR_DEPENDENCY' && warning.ids?.every((id) => id.includes('node_modules'))) return;
  if (warning.code === 'INVALID_ANNOTATION' && warning.id?.includes('node_modules')) return;
  warn(warning);
}

/** Copies the iframe page and its stylesheet next to the embed script. */
function embedPage() {
  return {
    name: 'embed-page',
    generateBundle() {
      for (const fileName of ['embed.html', 'embed.css']) {
        this.emitFile({ type: 'asset', fileName, source: readFileSync(`src/embed/${fileName}`) });
      }
    },
  };
}

/**
 * Publishes the map's boundaries with their source and licence (CC BY 4.0) beside the builds; the
 * builds themselves carry the boundaries inside the map's code.
 */
function geoFiles() {
  return {
    name: 'geo-files',
    generateBundle() {
      for (const fileName of ['README.md', 'gemeenten-zwb-2025.topo.json']) {
        this.emitFile({ type: 'asset', fileName: `geo/${fileName}`, source: readFileSync(`src/geo/${fileName}`) });
      }
    },
  };
}

/** A module id as a path inside src/, with forward slashes. */
const srcPath = (id) => relative(resolve('src'), id).split(sep).join('/');
const ELEMENT_MODULE = /^components\/(miv-[\w-]+)\/\1\.ts$/;

/** The embed scripts, each defining on sight the elements of `elements.ts` its source names (all if none). */
const EMBED_SCRIPTS = /^embed\/(widgets|indicator)\.ts$/;

/**
 * Typings for each embed script (`miv-widgets/embed`, `miv-widgets/embed-indicator`), next to it.
 * The script exports nothing; loading it registers its elements, so the typings load those
 * elements' declarations, which add their tags to `HTMLElementTagNameMap`. They point into
 * dist/types (`npm run build:types`).
 */
function embedTypes() {
  return {
    name: 'embed-types',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const entry = chunk.type === 'chunk' && chunk.isEntry ? chunk.facadeModuleId : null;
        if (!entry || !EMBED_SCRIPTS.test(srcPath(entry))) continue;
        const named = new Set([...readFileSync(entry, 'utf8').matchAll(/'(miv-[\w-]+)'/g)].map((m) => m[1]));
        const elements = this.getModuleInfo(resolve('src/elements.ts'))
          .dynamicallyImportedIds.map(srcPath)
          .filter((path) => ELEMENT_MODULE.test(path))
          .filter((path) => named.size === 0 || named.has(ELEMENT_MODULE.exec(path)[1]));
        const tags = elements.map((path) => `<${ELEMENT_MODULE.exec(path)[1]}>`).join(', ');
        const imports = elements.map((path) => `import './types/${path.replace(/\.ts$/, '.js')}';\n`).join('');
        this.emitFile({
          type: 'asset',
          fileName: chunk.fileName.replace(/\.js$/, '.d.ts'),
          source: `/** Loading ${chunk.fileName} registers ${tags}; it exports nothing. */\n${imports}export {};\n`,
        });
      }
    },
  };
}

/**
 * Writes each embed script's chunk graph to `.bench/graph-<script>.json` (files, their static and
 * dynamic imports, and the source modules in each), for `test/tools/check-size.js`.
 */
function chunkGraph() {
  return {
    name: 'chunk-graph',
    writeBundle(options, bundle) {
      const chunks = Object.values(bundle).filter((c) => c.type === 'chunk');
      const entry = chunks.find((c) => c.isEntry);
      const graph = chunks.map((c) => ({
        file: `${options.dir}/${c.fileName}`,
        imports: c.imports.map((f) => `${options.dir}/${f}`),
        dynamicImports: c.dynamicImports.map((f) => `${options.dir}/${f}`),
        modules: Object.keys(c.modules)
          .filter((id) => !id.includes('node_modules') && !id.startsWith('\0'))
          .map(srcPath),
      }));
      mkdirSync('.bench', { recursive: true });
      writeFileSync(
        `.bench/graph-${entry.name}.json`,
        `${JSON.stringify({ entry: `${options.dir}/${entry.fileName}`, chunks: graph }, null, 1)}\n`,
      );
    },
  };
}

/**
 * A dynamic import also starts, at the same moment, the chunks its target imports statically:
 * otherwise the browser learns of the `base` chunk only once an element's chunk has arrived and
 * been parsed, one round trip later.
 */
function parallelImports() {
  return {
    name: 'parallel-imports',
    renderDynamicImport({ chunk, getTargetChunkImports }) {
      const imports = (getTargetChunkImports() ?? []).filter(
        (i) => i.type === 'internal' && i.fileName !== chunk.fileName,
      );
      if (imports.length === 0) return null;
      // Each started import's failure is the import's own to report; the started copy stays quiet.
      const start = imports.map((i) => `import(${i.resolvedImportPath}).catch(() => {}), `).join('');
      return { left: `(${start}import(`, right: '))' };
    },
  };
}

/** How src/feed/parse-in-worker.ts names the feed worker's script, the form bundlers recognise. */
const FEED_WORKER_URL = /new URL\((['"])\.\/feed-worker\.js\1, import\.meta\.url\)/g;

/**
 * The feed worker of the embed builds: one self-contained file (a module worker cannot import the
 * page's chunks, which need a DOM), hashed like the chunks, that a page loads only when it meets a
 * large feed. Built once for all embed builds.
 */
function feedWorker() {
  let code;
  return {
    name: 'feed-worker',
    async transform(source) {
      if (!source.match(FEED_WORKER_URL)) return null;
      code ??= rollup({ input: 'src/feed/feed-worker.ts', plugins: browserPlugins(), onwarn })
        .then((bundle) => bundle.generate({ format: 'es' }))
        .then(({ output }) => output[0].code);
      const ref = this.emitFile({ type: 'asset', name: 'feed-worker.js', source: await code });
      // Replaced within its line: the source map stays right to the line.
      return { code: source.replaceAll(FEED_WORKER_URL, `new URL(import.meta.ROLLUP_FILE_URL_${ref})`), map: null };
    },
  };
}

/** `new URL('./module.js', import.meta.url)` in our sources, naming a module of src/. */
const MODULE_URL = /new URL\((['"])(\.{1,2}\/[\w./-]+)\.js\1, import\.meta\.url\)/g;

/**
 * Names, in a `MODULE_URL`, the chunk that holds that module (which a dynamic import has made a
 * chunk's start): the embed scripts fetch the chart engine by its URL before they run it
 * (`src/embed/near-modules.ts`). The chunk's name is known only once the chunks are rendered.
 */
function chunkUrls() {
  return {
    name: 'chunk-urls',
    transform(source, id) {
      if (id.includes('/node_modules/')) return null;
      const code = source.replaceAll(MODULE_URL, (match, quote, path) => {
        const module = resolve(dirname(id), `${path}.ts`);
        return existsSync(module) ? `new URL('chunk-url:${srcPath(module)}', import.meta.url)` : match;
      });
      return code === source ? null : { code, map: null };
    },
    renderChunk(code, chunk, _options, { chunks }) {
      if (!code.includes('chunk-url:')) return null;
      // Replaced within its line: the source map stays right to the line.
      const named = code.replaceAll(/chunk-url:([\w./-]+)/g, (match, path) => {
        const target = Object.values(chunks).find((c) => c.moduleIds.includes(resolve('src', path)));
        if (!target) this.error(`${path} is in no chunk, so it has no URL`);
        return `./${posix.relative(posix.dirname(chunk.fileName), target.fileName)}`;
      });
      return { code: named, map: null };
    },
  };
}

/** Empties dist/chunks first: chunk names carry a hash, and old chunks would otherwise be published. */
function cleanChunks() {
  return {
    name: 'clean-chunks',
    buildStart() {
      rmSync('dist/chunks', { recursive: true, force: true });
    },
  };
}

// Two passes: 1,7 KB gzip less of the chart engine than one.
const minify = () => terser({ format: { comments: false }, ecma: 2020, module: true, compress: { passes: 2 } });

/**
 * `base`, one chunk for what a line chart needs and other elements share (lit, the feed, the
 * dictionary, the tokens, the base classes and `<miv-indicator>`'s shared model code). The code that
 * only other elements share is left to rollup, which puts it in one chunk for each set of elements
 * that use it (the comparison's model for `<miv-district-compare>` and `<miv-map>`, the view in the
 * URL for those and `<miv-feed>`, the theme cards, the highlights): as one chunk, a page with
 * `<miv-feed>` loaded all of it (7,4 KB gzip) for the view in the URL (0,9 KB), and a comparison paid
 * 3 KB for the theme cards and highlights. What the embed script itself runs (its scheduling) stays
 * in the script, and the chunks import it from there.
 */
function sharedChunks() {
  let chunkOf;
  return (id, { getModuleInfo, getModuleIds }) => {
    if (!chunkOf) {
      const closure = (start, into = new Set()) => {
        if (into.has(start)) return into;
        into.add(start);
        for (const dependency of getModuleInfo(start)?.importedIds ?? []) closure(dependency, into);
        return into;
      };
      const embedScript = new Set();
      for (const module of getModuleIds()) if (getModuleInfo(module).isEntry) closure(module, embedScript);
      const elements = getModuleInfo(resolve('src/elements.ts')).dynamicallyImportedIds.map((e) => closure(e));
      const uses = new Map();
      for (const modules of elements) for (const m of modules) uses.set(m, (uses.get(m) ?? 0) + 1);
      const lineChart = closure(resolve('src/components/miv-indicator/miv-indicator.ts'));
      chunkOf = new Map([...closure(resolve('src/components/miv-chart-element.ts'))].map((m) => [m, 'base']));
      for (const [module, count] of uses) if (count > 1 && lineChart.has(module)) chunkOf.set(module, 'base');
      // A manual chunk that holds the entry module is the entry's own file.
      for (const module of embedScript) chunkOf.set(module, 'embed');
    }
    return chunkOf.get(id);
  };
}

/**
 * Modules that ECharts' core always loads and these charts never use, replaced by stubs in the browser
 * builds (gzip -9 of the chart engine, measured 2026-12-02): the Chinese texts (1,0 KB; ECharts' own
 * texts never show: tooltips, legend and descriptions are ours), the dark theme (0,8 KB; the tokens
 * give every colour), the upgrade of option names deprecated before ECharts 5 (1,8 KB), which the
 * builders do not write (`test/node/echarts-options.test.ts` checks; its one lasting step, the series
 * as an array, stays), and zrender's canvas drawing (2,7 KB), which only the canvas renderer and its
 * decal patterns use: every chart is drawn as SVG (`createChart`), and a canvas renderer added to these
 * builds would fail at once. And the series step that turns decals into patterns (1,5 KB with the
 * pattern drawing it imports): only the map hatches, and its regions draw their own pattern, so
 * that drawing now travels in the map's chunk (`test/node/built-engine.test.ts` checks the hatching).
 * And, measured 2026-12-05 on one line chart: the time axis's scale (2,1 KB; every axis here is one
 * of categories or values, and a time axis would fail at once), the CSS animations that zrender
 * writes into an SVG rendered to a string (1,3 KB; the SVG download is of a chart at rest) and the
 * rounded sectors of pies and polar bars (1,1 KB; these are cartesian charts). In the map's chunk:
 * maps drawn from SVG files with zrender's SVG parser (the map is drawn from GeoJSON) and the fixes
 * ECharts makes to its map of China, which change nothing on any other map; and the controller that
 * pans and zooms a map with the pointer (1,6 KB, measured 2026-12-05), which every map builds though
 * it is never enabled (`roam: false`): enabling it in these builds would fail at once. And, measured
 * 2026-12-05 on every chart, 2,0 KB together: zrender's own stable sort (timsort), where the browser's
 * sort is stable too, and the transforms of datasets (filter, sort, a registered transform), which
 * these charts, given their data in their series, never use: one would fail at once. And in the line
 * charts' engine (0,9 KB): the log scale (every value axis here is linear) and the sampling of
 * large line series (`sampling`, which no builder sets); either would fail at once.
 */
const ECHARTS_STUBS = {
  'echarts/lib/i18n/langZH.js': "export { default } from './langEN.js';",
  'echarts/lib/theme/dark.js': 'export default {};',
  'zrender/lib/canvas/graphic.js': `const none = () => { throw new Error('canvas drawing is not in this build'); };
    export { none as brush, none as brushSingle, none as brushLoopFinalize, none as createCanvasPattern };`,
  'echarts/lib/visual/decal.js': 'export const decalVisualStageHandler = { overallReset() {} };',
  'echarts/lib/preprocessor/backwardCompat.js': `import { normalizeToArray } from '../util/model.js';
    export default function (option) { option.series = normalizeToArray(option.series); }`,
  'echarts/lib/scale/Time.js': `const none = () => { throw new Error('time axes are not in this build'); };
    export { none as default, none as calcNiceForTimeScale };`,
  'zrender/lib/svg/cssAnimation.js': 'export function createCSSAnimation() {}',
  'zrender/lib/graphic/helper/roundSector.js': `export function buildPath() { throw new Error('sectors are not in this build'); }`,
  'echarts/lib/coord/geo/GeoSVGResource.js': `export class GeoSVGResource {
    constructor() { throw new Error('SVG maps are not in this build'); } }`,
  'echarts/lib/coord/geo/fix/nanhai.js': 'export default function () {}',
  'echarts/lib/coord/geo/fix/textCoord.js': 'export default function () {}',
  'echarts/lib/coord/geo/fix/diaoyuIsland.js': 'export default function () {}',
  // The browser's sort is stable (ES2019), as zrender's timsort is: the same order for every call.
  'zrender/lib/core/timsort.js': 'export default function sort(array, compare) { array.sort(compare); }',
  'echarts/lib/data/helper/transform.js': `const none = () => { throw new Error('dataset transforms are not in this build'); };
    export { none as registerExternalTransform, none as applyDataTransform };`,
  'echarts/lib/scale/Log.js': `export default class LogScale {
    constructor() { throw new Error('log axes are not in this build'); } }`,
  'echarts/lib/processor/dataSample.js': `export default function dataSample(seriesType) {
    return { seriesType, reset(series) {
      if (![undefined, 'none'].includes(series.get('sampling'))) throw new Error('sampling is not in this build'); } }; }`,
  'echarts/lib/component/helper/RoamController.js': `import Eventful from 'zrender/lib/core/Eventful.js';
    export default class RoamController extends Eventful {
      enable(type) { if (type) throw new Error('panning and zooming are not in this build'); }
      disable() {}
      dispose() {}
    }`,
};
function echartsStubs() {
  return {
    name: 'echarts-stubs',
    load(id) {
      const path = id.split(sep).join('/').split('/node_modules/').at(-1);
      return ECHARTS_STUBS[path] ?? null;
    },
  };
}

/** What a self-contained browser build needs: production lit and echarts, our TypeScript, minified. */
const browserPlugins = () => [
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
  echartsStubs(),
  // The map's boundaries (src/geo), which travel inside the map's chunk.
  json({ preferConst: true }),
  esbuildForSources(),
  // Terser leaves the text of lit's css styles alone: their comments and indentation, 1,7 KB gzip of
  // one bar chart (measured 2026-12-06), would reach every visitor.
  minifyCssStyles(),
  minify(),
];

const isExternal = (id) => /^(lit|@lit\/|echarts|zod|csv-parse|topojson-client|node:)/.test(id);

export default [
  {
    input: {
      index: 'src/index.ts',
      define: 'src/define.ts',
      'define-indicator': 'src/define-indicator.ts',
      'cli/miv-feed': 'src/cli/miv-feed.ts',
      // Referenced by `new URL('./feed-worker.js', import.meta.url)` only, which bundlers follow.
      'feed/feed-worker': 'src/feed/feed-worker.ts',
    },
    external: isExternal,
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    plugins: [json({ preferConst: true }), esbuildForSources(), minifyCssStyles()],
    onwarn,
  },
  // The embed scripts are built one by one, so that each stays one small file that the page fetches
  // first and the element modules follow from it. Chunks of the same content get the same name.
  ...[
    { 'miv-widgets': 'src/embed/widgets.ts' },
    { 'miv-indicator': 'src/embed/indicator.ts' },
    { 'miv-embed': 'src/embed/embed.ts' },
  ].map((input, i) => ({
    input,
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      assetFileNames: 'chunks/[name]-[hash][extname]',
      manualChunks: sharedChunks(),
      sourcemap: true,
    },
    plugins: [
      feedWorker(),
      chunkUrls(),
      ...browserPlugins(),
      ...(i === 0 ? [cleanChunks(), embedPage(), geoFiles()] : []),
      parallelImports(),
      embedTypes(),
      chunkGraph(),
    ],
    onwarn,
  })),
  {
    input: 'src/embed/resize.ts',
    output: { file: 'dist/miv-embed-resize.js', format: 'iife' },
    plugins: [esbuildForSources(), minify()],
    onwarn,
  },
];

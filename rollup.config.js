/**
 * Builds from one config:
 *  1. the npm build (dist/lib): ESM, one module per source file, dependencies external;
 *  2. the embed build (dist/miv-widgets.js): self-contained for a <script type="module"> tag. The
 *     chart engine is a separate chunk that the browser fetches relative to the script's own URL,
 *     only when a chart is first needed. The iframe page (dist/embed.html + miv-embed.js) shares it;
 *  3. the optional host script for iframe embeds (dist/miv-embed-resize.js): a classic script with
 *     no imports, so a CMS can add it anywhere.
 */
import { readFileSync, rmSync } from 'node:fs';
import { relative, resolve, sep } from 'node:path';
import json from '@rollup/plugin-json';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import replace from '@rollup/plugin-replace';
import terser from '@rollup/plugin-terser';
import esbuild from 'rollup-plugin-esbuild';

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

/**
 * Typings for each embed script built from a `define*.ts` module (`miv-widgets/embed`,
 * `miv-widgets/embed-indicator`), next to it. The script exports nothing; importing it registers the
 * elements its define module imports, so the typings load those elements' declarations, which add
 * their tags to `HTMLElementTagNameMap`. They point into dist/types (`npm run build:types`).
 */
function embedTypes() {
  return {
    name: 'embed-types',
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const entry = chunk.type === 'chunk' && chunk.isEntry ? chunk.facadeModuleId : null;
        if (!entry || !/^define[\w-]*\.ts$/.test(srcPath(entry))) continue;
        const elements = this.getModuleInfo(entry)
          .importedIds.map(srcPath)
          .filter((path) => ELEMENT_MODULE.test(path));
        const tags = elements.map((path) => `<${ELEMENT_MODULE.exec(path)[1]}>`).join(', ');
        const imports = elements.map((path) => `import './types/${path.replace(/\.ts$/, '.js')}';\n`).join('');
        this.emitFile({
          type: 'asset',
          fileName: chunk.fileName.replace(/\.js$/, '.d.ts'),
          source: `/** Importing ${chunk.fileName} registers ${tags}; it exports nothing. */\n${imports}export {};\n`,
        });
      }
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

const minify = () => terser({ format: { comments: false }, ecma: 2020, module: true });

/** What a self-contained browser build needs: production lit and echarts, our TypeScript, minified. */
const browserPlugins = () => [
  replace({ preventAssignment: true, values: { 'process.env.NODE_ENV': JSON.stringify('production') } }),
  nodeResolve({ exportConditions: ['production', 'browser', 'import', 'default'] }),
  // The map's boundaries (src/geo), which travel inside the map's chunk.
  json({ preferConst: true }),
  esbuildForSources(),
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
    },
    external: isExternal,
    output: {
      dir: 'dist/lib',
      format: 'es',
      preserveModules: true,
      preserveModulesRoot: 'src',
      entryFileNames: '[name].js',
    },
    plugins: [json({ preferConst: true }), esbuildForSources()],
    onwarn,
  },
  {
    input: { 'miv-widgets': 'src/define.ts', 'miv-embed': 'src/embed/embed.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [...browserPlugins(), cleanChunks(), embedPage(), geoFiles(), embedTypes()],
    onwarn,
  },
  {
    // The lightest embed for a page of indicator charts, built on its own so that it stays one file
    // and `miv-widgets.js` does not split into shared chunks; the chart engine chunk is the same file.
    input: { 'miv-indicator': 'src/define-indicator.ts' },
    output: {
      dir: 'dist',
      format: 'es',
      entryFileNames: '[name].js',
      chunkFileNames: 'chunks/[name]-[hash].js',
      sourcemap: true,
    },
    plugins: [...browserPlugins(), embedTypes()],
    onwarn,
  },
  {
    input: 'src/embed/resize.ts',
    output: { file: 'dist/miv-embed-resize.js', format: 'iife' },
    plugins: [esbuildForSources(), minify()],
    onwarn,
  },
];

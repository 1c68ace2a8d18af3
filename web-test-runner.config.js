import { existsSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_FLAGS } from './test/tools/find-chrome.js';
import { visualRegression } from './test/visual/visual-regression.config.js';
import { forcedColorsCommand } from './test/tokens/forced-colors-command.js';
import { reliabilityRoutes, heapCommand } from './test/reliability/test-server.js';
import { prebundleChartEngine } from './test/tools/prebundle-chart-engine.js';
import { testTimesReporter } from './test/tools/test-times-reporter.js';
import { defaultReporter } from '@web/test-runner';
import { a11ySnapshotPlugin } from '@web/test-runner-commands/plugins';

/**
 * A worker named as the builds name it, `new URL('./feed-worker.js', import.meta.url)`, is asked for
 * by the built file's name: serve the TypeScript source of src/ under it (imports are rewritten by
 * the esbuild plugin already, but a URL is no import).
 */
function sourceUnderBuiltName(context, next) {
  const file = context.path.slice(1);
  if (file.startsWith('src/') && file.endsWith('.js') && !existsSync(file) && existsSync(file.replace(/\.js$/, '.ts')))
    context.path = context.path.replace(/\.js$/, '.ts');
  return next();
}

/** Mocha's timeout per test; every test should need well under a third of it on a busy machine. */
const TEST_TIMEOUT = 10000;

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/package/**', '!test/print/**'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: TEST_TIMEOUT } },
  reporters: [defaultReporter(), testTimesReporter({ timeout: TEST_TIMEOUT })],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: findChrome(),
        // Charts draw without their entry animation, so a test that waits for a paint waits for the
        // drawing, not for a second of tweening; tests of the animation itself emulate no-preference.
        args: [...CHROME_FLAGS, '--force-prefers-reduced-motion'],
      },
    }),
  ],
  plugins: [
    prebundleChartEngine(),
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json' }),
    visualRegression(),
    forcedColorsCommand(),
    heapCommand(),
    // The accessibility tree as Chromium computes it: the names a screen reader reads.
    a11ySnapshotPlugin(),
  ],
  // Failing, slow, cut-off and very large feeds over real HTTP, for test/reliability; the feed worker.
  middleware: [reliabilityRoutes, sourceUnderBuiltName],
  // echarts' ESM reads process.env.NODE_ENV; bundles replace it, the test page defines it.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="nl">
      <body>
        <script>globalThis.process = { env: { NODE_ENV: 'development' } };</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};

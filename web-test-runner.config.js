import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_FLAGS } from './test/tools/find-chrome.js';
import { visualRegression } from './test/visual/visual-regression.config.js';
import { forcedColorsCommand } from './test/tokens/forced-colors-command.js';
import { reliabilityRoutes, heapCommand } from './test/reliability/test-server.js';
import { prebundleChartEngine } from './test/tools/prebundle-chart-engine.js';
import { testTimesReporter } from './test/tools/test-times-reporter.js';
import { defaultReporter } from '@web/test-runner';

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
  ],
  // Failing, slow, cut-off and very large feeds over real HTTP, for test/reliability.
  middleware: [reliabilityRoutes],
  // echarts' ESM reads process.env.NODE_ENV; bundles replace it, the test page defines it.
  testRunnerHtml: (testFramework) => `<!doctype html>
    <html lang="nl">
      <body>
        <script>globalThis.process = { env: { NODE_ENV: 'development' } };</script>
        <script type="module" src="${testFramework}"></script>
      </body>
    </html>`,
};

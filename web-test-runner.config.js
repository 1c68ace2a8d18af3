import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { findChrome, CHROME_FLAGS } from './test/tools/find-chrome.js';
import { visualRegression } from './test/visual/visual-regression.config.js';
import { forcedColorsCommand } from './test/theme/forced-colors-command.js';
import { reliabilityRoutes, heapCommand } from './test/reliability/test-server.js';

export default {
  files: ['test/**/*.test.ts', '!test/node/**', '!test/package/**'],
  nodeResolve: true,
  concurrency: 1,
  testFramework: { config: { timeout: 10000 } },
  browsers: [chromeLauncher({ launchOptions: { executablePath: findChrome(), args: CHROME_FLAGS } })],
  plugins: [
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

/**
 * Starts the project's dev server (web-dev-server.config.js, the same as `npm start`) on a free port
 * for scripts that drive a browser: the example checks and the benchmark.
 */
import { createServer } from 'node:net';
import { startDevServer } from '@web/dev-server';
import config from '../../web-dev-server.config.js';

function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address();
      probe.close(() => resolve(port));
    });
  });
}

/** Serves the repository root; `close()` stops the server. */
export async function serve() {
  const port = await freePort();
  const server = await startDevServer({
    config: { ...config, port, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://127.0.0.1:${port}`, close: () => server.stop() };
}

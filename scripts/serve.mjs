/**
 * Starts @web/dev-server on a free port of 127.0.0.1, serving `rootDir` (the repository by
 * default), for scripts and tests that drive a browser (screenshots, bench, host apps' builds),
 * with the demo pages' server rendering, as `npm start` serves them.
 */
import { startDevServer } from '@web/dev-server';
import { LOOPBACK, loopbackOnly } from './lib/loopback.mjs';
import { serverRender } from './lib/server-render.mjs';

export async function serve(rootDir = process.cwd()) {
  const server = await startDevServer({
    config: { rootDir, port: 0, hostname: LOOPBACK, plugins: [loopbackOnly(), serverRender()] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { origin: `http://${LOOPBACK}:${port}`, stop: () => server.stop() };
}

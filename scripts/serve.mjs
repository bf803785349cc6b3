/** Starts @web/dev-server on a free port for scripts that drive a browser (screenshots, bench). */
import { startDevServer } from '@web/dev-server';
import { LOOPBACK, loopbackOnly } from './lib/loopback.mjs';

export async function serve() {
  const server = await startDevServer({
    config: { rootDir: process.cwd(), port: 0, hostname: LOOPBACK, plugins: [loopbackOnly()] },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { origin: `http://${LOOPBACK}:${port}`, stop: () => server.stop() };
}

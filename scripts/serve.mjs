/** Starts @web/dev-server on a free port for scripts that drive a browser (screenshots, bench). */
import { startDevServer } from '@web/dev-server';

export async function serve() {
  const server = await startDevServer({
    config: { rootDir: process.cwd(), port: 0, hostname: '127.0.0.1' },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  const { port } = server.server.address();
  return { origin: `http://127.0.0.1:${port}`, stop: () => server.stop() };
}

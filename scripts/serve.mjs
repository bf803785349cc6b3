/**
 * @web/dev-server on a free port of 127.0.0.1, serving `rootDir` (the repository) with the demo
 * pages' server rendering as `npm start` does, for what drives a browser: bench, screenshots,
 * and the host tests, which serve their own builds.
 */
import { startDevServer } from '@web/dev-server';
import config from '../web-dev-server.config.mjs';

export async function serve(rootDir = config.rootDir) {
  const { hostname, plugins } = config;
  const server = await startDevServer({
    config: { rootDir, port: 0, hostname, plugins },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  return { origin: `http://${hostname}:${server.server.address().port}`, stop: () => server.stop() };
}

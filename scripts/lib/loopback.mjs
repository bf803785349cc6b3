/**
 * A @web/dev-server plugin (also for @web/test-runner's server) that keeps the server on the
 * loopback interface: the demo (`npm start`), the test runner and scripts/serve.mjs (bench,
 * screenshots, embedding checks) must not be reachable from the network.
 *
 * Why a plugin: @web/dev-server-core's DevServer.start() leaves `host` unset when the hostname
 * is `localhost` or `127.0.0.1`, on purpose (so that remote browsers, BrowserStack for one, can
 * reach it), and Node then listens on every interface. Its `serverStart` hook runs after that
 * listen and before any browser is started: the server is moved to 127.0.0.1 there, on the same
 * port, and the hook fails the start if it is anywhere else afterwards.
 */
export const LOOPBACK = '127.0.0.1';

export const loopbackOnly = () => ({
  name: 'loopback-only',
  async serverStart({ server }) {
    if (!server) return; // middleware mode: whoever owns the server chose its address
    const { port, address } = server.address();
    if (address !== LOOPBACK) {
      // No browser has connected yet: closing frees the port at once.
      await new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
      await new Promise((resolve, reject) => {
        server.once('error', reject);
        server.listen(port, LOOPBACK, () => {
          server.off('error', reject);
          resolve();
        });
      });
    }
    const now = server.address();
    if (now.address !== LOOPBACK || now.port !== port) {
      throw new Error(`loopback-only: the server listens on ${now.address}:${now.port}, not ${LOOPBACK}:${port}`);
    }
  },
});

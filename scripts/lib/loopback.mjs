/**
 * A @web/dev-server plugin that keeps a server on the loopback interface only. The dev server
 * leaves the address unset for the hostnames `localhost` and `127.0.0.1`, on purpose (remote
 * browsers can then reach it), so Node listens on every interface: the plugin moves the server
 * to 127.0.0.1, on the same port, before any browser connects.
 */
export const LOOPBACK = '127.0.0.1';

export const loopbackOnly = () => ({
  name: 'loopback-only',
  async serverStart({ server }) {
    if (!server) return; // middleware mode: the server's owner chose its address
    const { port, address } = server.address();
    if (address === LOOPBACK) return;
    await new Promise((resolve, reject) => server.close((error) => (error ? reject(error) : resolve())));
    await new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, LOOPBACK, () => resolve(server.off('error', reject)));
    });
  },
});

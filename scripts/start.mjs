/**
 * `npm start` (after the build): @web/dev-server with web-dev-server.config.mjs, which keeps it
 * on 127.0.0.1. Its own start message would also print a "Network:" address that the server no
 * longer answers on: this prints the one address that works (the README lists the demo pages).
 */
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({ readCliArgs: false, logStartMessage: false });
const { address, port } = server.server.address();
console.log(`Demo: http://${address}:${port}/ (the French page; the others are in the README), on ${address} only. Ctrl+C stops.`);

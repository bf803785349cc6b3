// `npm start`: the dev server's own message would also print a "Network:" address, where the
// server does not answer (web-dev-server.config.mjs keeps it on 127.0.0.1).
import { startDevServer } from '@web/dev-server';

const server = await startDevServer({ readCliArgs: false, logStartMessage: false });
const { address, port } = server.server.address();
console.log(`Demo: http://${address}:${port}/ (the French page; the others are in the README), on ${address} only. Ctrl+C stops.`);

/**
 * The servers this project starts listen on 127.0.0.1 only: the demo (`npm start`, with
 * web-dev-server.config.mjs), the browser tests' server (its settings: scripts/test-server.mjs) and
 * scripts/serve.mjs (bench, screenshots, embedding checks). Each is started for real and asked
 * for a page through 127.0.0.1, then through each of the machine's other addresses, which must
 * refuse the connection. (@web/dev-server listens on every interface for the hostnames
 * `localhost` and `127.0.0.1`; scripts/lib/loopback.mjs moves it.)
 */
import assert from 'node:assert/strict';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { test } from 'node:test';
import { startDevServer } from '@web/dev-server';
import { serve } from '../../scripts/serve.mjs';
import { testServer } from '../../scripts/test-server.mjs';

/** Whether a TCP connection to `host`:`port` is accepted. */
const reachable = (host, port) =>
  new Promise((resolve) => {
    const socket = connect({ host, port, timeout: 2000 });
    const done = (result) => {
      socket.destroy();
      resolve(result);
    };
    socket.once('connect', () => done(true));
    socket.once('error', () => done(false));
    socket.once('timeout', () => done(false));
  });

/** The machine's addresses that are not loopback (link-local IPv6 ones need a scope: left out). */
const otherAddresses = Object.values(networkInterfaces())
  .flat()
  .filter((a) => !a.internal && !a.address.startsWith('fe80:'))
  .map((a) => a.address);

async function expectLoopbackOnly(port, what) {
  assert.equal(await reachable('127.0.0.1', port), true, `${what}: no answer on 127.0.0.1:${port}`);
  for (const address of [...otherAddresses, '::1']) {
    assert.equal(await reachable(address, port), false, `${what}: reachable on ${address}:${port}`);
  }
}

test('scripts/serve.mjs (bench, screenshots, embedding checks) listens on 127.0.0.1 only', async () => {
  const { origin, stop } = await serve();
  try {
    const url = new URL(origin);
    assert.equal(url.hostname, '127.0.0.1');
    const response = await fetch(`${origin}/package.json`);
    assert.equal(response.status, 200);
    await expectLoopbackOnly(Number(url.port), 'serve.mjs');
  } finally {
    await stop();
  }
});

/** A dev server on a free port with the `hostname`, `plugins` and `middleware` of a config file. */
async function startWith(config, what) {
  const server = await startDevServer({
    config: { rootDir: config.rootDir, hostname: config.hostname, plugins: config.plugins, middleware: config.middleware, port: 0 },
    readCliArgs: false,
    readFileConfig: false,
    logStartMessage: false,
  });
  try {
    await expectLoopbackOnly(server.server.address().port, what);
  } finally {
    await server.stop();
  }
}

test('the demo server of `npm start` (web-dev-server.config.mjs) listens on 127.0.0.1 only', async () => {
  const { default: config } = await import('../../web-dev-server.config.mjs');
  await startWith(config, 'npm start');
});

test('the browser tests\' server (scripts/test-server.mjs, in web-test-runner.config.mjs) listens on 127.0.0.1 only', async () => {
  const config = { rootDir: '.', ...testServer() };
  assert.equal(config.hostname, '127.0.0.1', 'the pages are opened on the address the server listens on');
  await startWith(config, 'web-test-runner');
});

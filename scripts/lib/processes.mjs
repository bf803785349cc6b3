/**
 * The servers and drivers the tests start (WebKitWebDriver and Xvfb for the browser suite;
 * MariaDB, PHP and `next start` for the host tests): each in a process group of its own, so that
 * stopping it stops what it started too (PHP's workers, the MiniBrowser), and never outliving
 * this process, should it die before the code that stops them runs.
 */
import { spawn } from 'node:child_process';
import { once } from 'node:events';
import { createServer } from 'node:net';

/** A free TCP port on 127.0.0.1. */
export async function freePort() {
  const server = createServer().listen(0, '127.0.0.1');
  await once(server, 'listening');
  const { port } = server.address();
  await new Promise((resolve) => server.close(resolve));
  return port;
}

const running = new Set();
process.once('exit', () => {
  for (const child of running) signal(child, 'SIGKILL');
});

const signal = (child, name) => {
  try {
    process.kill(-child.pid, name);
  } catch {
    // gone already
  }
};

/**
 * Starts `command` in a process group of its own. The child gets `stop()`, which ends the group
 * and resolves once its leader has exited.
 */
export function start(command, args, options = {}) {
  const child = spawn(command, args, { ...options, detached: true });
  running.add(child);
  // 'error' alone when it could not start.
  const exited = new Promise((resolve) => {
    child.once('exit', resolve);
    child.once('error', resolve);
  }).then(() => running.delete(child));
  child.stop = async () => {
    if (child.exitCode === null && child.signalCode === null) signal(child, 'SIGTERM');
    await exited;
  };
  return child;
}

/**
 * Starts `command` as start() does, its output piped, and resolves with the child once its output
 * (stdout and stderr, kept as `child.output`) matches `ready`; rejects if it exits before.
 */
export function startUntil(ready, command, args, options = {}) {
  const child = start(command, args, { ...options, stdio: ['ignore', 'pipe', 'pipe'] });
  child.output = '';
  return new Promise((resolve, reject) => {
    const read = (chunk) => {
      child.output += chunk;
      if (ready.test(child.output)) resolve(child);
    };
    child.stdout.setEncoding('utf8').on('data', read);
    child.stderr.setEncoding('utf8').on('data', read);
    child.once('error', reject);
    child.once('exit', (code) => reject(new Error(`${command} exited (${code}) before it was ready:\n${child.output}`)));
  });
}

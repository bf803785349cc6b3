#!/usr/bin/env node
/**
 * `npm test` runs this after the build: it checks which browser engines are installed
 * (scripts/browsers.mjs), says which run, and starts @web/test-runner with
 * web-test-runner.config.mjs, under `xvfb-run -a` when WebKit runs and there is no display.
 *
 *   npm test                          every engine installed (CI: all three, or fail)
 *   BROWSERS=firefox npm test         one engine
 *   npm test -- --files test/x.test.ts   extra arguments go to wtr
 *
 * A watchdog ends the whole run (wtr, browsers, Xvfb) after LILLE_TEST_TIMEOUT_MINUTES
 * (default 20), so that a wedged browser cannot eat CI's time (not in --watch / --manual).
 * The last lines are the counts per engine and in total: "browsers: N passed, N failed, ...".
 */
import { spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { formatCounts, isCI, selectEngines } from './browsers.mjs';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// wtr's bin sits beside its main module (dist/index.js); the package exports no bin path.
const wtrBin = resolve(dirname(createRequire(import.meta.url).resolve('@web/test-runner')), 'bin.js');

let selection;
try {
  selection = selectEngines();
} catch (error) {
  console.error(`\nnpm test: ${error.message}\n`);
  process.exit(1);
}
const { engines, detected, notes } = selection;
for (const note of notes) console.warn(`npm test: ${note}`);
console.log(`npm test: engines: ${engines.join(', ')}${isCI() ? ' (CI: all required)' : ''}`);

const env = {
  ...process.env,
  LILLE_TEST_LAUNCHED: '1',
  PUPPETEER_SKIP_DOWNLOAD: '1',
};
// The config's reporter leaves the per-engine counts here; they are printed last.
const countsDir = mkdtempSync(resolve(tmpdir(), 'lille-test-'));
env.LILLE_TEST_COUNTS_FILE = resolve(countsDir, 'counts.json');

const wtrArgs = [wtrBin, '--config', resolve(root, 'web-test-runner.config.mjs'), ...process.argv.slice(2)];
let command = process.execPath;
let args = wtrArgs;
if (engines.includes('webkit') && detected.webkit.needsXvfb) {
  console.log('npm test: no $DISPLAY: running under xvfb-run -a for WebKit');
  command = detected.webkit.xvfbRun;
  args = ['-a', '-s', '-screen 0 1280x1024x24 -nolisten tcp', process.execPath, ...wtrArgs];
}

// Watch and manual modes read keys from the terminal: they stay in its process group and get
// no watchdog. Otherwise the run gets a process group of its own, to end it whole.
const interactive = process.argv.slice(2).some((a) => ['--watch', '-w', '--manual', '--open'].includes(a));
const child = spawn(command, args, { cwd: root, env, stdio: 'inherit', detached: !interactive });

const killGroup = (signal) => {
  try {
    process.kill(interactive ? child.pid : -child.pid, signal);
  } catch {
    // gone already
  }
};
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
  process.on(signal, () => {
    killGroup(signal);
    setTimeout(() => {
      killGroup('SIGKILL');
      process.exit(130);
    }, 5000).unref();
  });
}

const minutes = interactive ? 0 : Number(process.env.LILLE_TEST_TIMEOUT_MINUTES) || 20;
const watchdog = minutes && setTimeout(() => {
  console.error(`\nnpm test: the browser tests ran over ${minutes} minutes: stopping them.`);
  killGroup('SIGTERM');
  setTimeout(() => killGroup('SIGKILL'), 5000).unref();
  process.exitCode = 1;
}, minutes * 60_000);
if (watchdog) watchdog.unref();

const groupAlive = () => {
  try {
    process.kill(interactive ? child.pid : -child.pid, 0);
    return true;
  } catch {
    return false;
  }
};

/** Ends what the run left in its group (a browser that outlived wtr): TERM, then KILL. */
async function endLeftovers() {
  if (!groupAlive()) return;
  // TERM first: Xvfb (stopped by xvfb-run without waiting) removes its lock file on TERM only.
  killGroup('SIGTERM');
  for (let i = 0; i < 30 && groupAlive(); i++) await new Promise((r) => setTimeout(r, 100));
  killGroup('SIGKILL');
}

child.on('exit', async (code, signal) => {
  clearTimeout(watchdog);
  if (!interactive) await endLeftovers();
  let failed = Boolean(process.exitCode) || code !== 0;
  try {
    const counts = JSON.parse(readFileSync(env.LILLE_TEST_COUNTS_FILE, 'utf8'));
    console.log(formatCounts(counts));
    if (Object.values(counts).some((c) => c.failed > 0)) failed = true;
  } catch {
    console.error('npm test: the test runner reported no counts (it did not finish).');
    failed = true;
  }
  rmSync(countsDir, { recursive: true, force: true });
  if (signal) console.error(`npm test: the test runner was ended by ${signal}.`);
  process.exit(failed ? 1 : 0);
});

/**
 * @web/test-runner: the whole suite in every browser engine installed (Chromium, Firefox ESR,
 * WebKitGTK), all from Debian packages; nothing is downloaded.
 *
 * Run it with `npm test` (build + scripts/test.mjs), which checks the engines first and runs
 * this under `xvfb-run -a` when WebKit needs a display. `npx wtr` also works when a display is
 * available or WebKit is left out (`BROWSERS=chromium,firefox npx wtr`).
 *
 * Engines: see scripts/browsers.mjs (`BROWSERS=chromium,firefox` to pick; CI requires all three).
 *
 * Test files: test/**\/*.test.ts (TypeScript via esbuild, importing `../src/*.js`) and
 * test/**\/*.test.html (plain pages; `import { runTests } from '@web/test-runner-mocha'`).
 *
 * Which engine is this? A test can ask the server:
 *     import { executeServerCommand } from '@web/test-runner-commands';
 *     const engine = await executeServerCommand('engine'); // 'chromium' | 'firefox' | 'webkit'
 *
 * @web/test-runner-commands per engine: sendKeys, sendMouse, setViewport work in all three
 * (WebKit: setViewport no narrower than ~450 px); emulateMedia only in Chromium (it throws in
 * Firefox and WebKit, whose WebDriver has no media emulation); setUserAgent not in WebKit.
 * a11ySnapshot only in Chromium (registered below; `interestingOnly: false` keeps headings).
 * The table and the fixes are in scripts/wtr-commands.mjs. Viewport and media emulation are
 * undone when a test file ends (the launchers reuse the page for the next file).
 *
 * Test-only routes (scripts/test-server.mjs):
 *   /test/csp/**                   gets the header Content-Security-Policy: default-src 'self';
 *                                  script-src 'self'; style-src 'self';
 *                                  require-trusted-types-for 'script'; trusted-types lit-html
 *   /test/fixtures/slow.json       answers after 90 s (`?delay=MS` to choose)
 *   /test/fixtures/status-500.json HTTP 500
 *   /test/fixtures/huge.json       a valid document over 512 KB (`?chunked=1`: no Content-Length;
 *                                  `?encoding=gzip` or `br`: compressed; `?accented=1`: over it
 *                                  in UTF-8 bytes only, not in characters)
 *   /test/fixtures/bomb.json       the start of a gzip bomb, then nothing until the browser hangs up
 *   other /test/fixtures/* files are static.
 * A page under /test/csp/ cannot itself be a wtr `*.test.html`: wtr injects an inline script
 * into test pages, which `script-src 'self'` blocks ("Could not find any config defined by the
 * test runner"). Load it in an <iframe> from a *.test.ts and inspect `iframe.contentDocument`
 * (same origin): the CSP applies to the framed page only. Checked in all three engines: the
 * built element renders and opens its cards in such a frame, with the CSP in force there.
 *
 * Time limits: a browser that does not start within 120 s, a test file whose tests do not start
 * within 30 s or finish within 60 s fails (a hung engine fails the run rather than hanging);
 * one mocha test may take 10 s. scripts/test.mjs also kills the whole run after 20 minutes.
 */
import { spawn } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { defaultReporter } from '@web/test-runner';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteerCore from 'puppeteer-core';
import { formatCounts, selectEngines } from './scripts/browsers.mjs';
import { chromiumArgs } from './scripts/chromium.mjs';
import { testServer } from './scripts/test-server.mjs';
import {
  commandFixes,
  engineCommand,
  engineOf,
  resetEmulationAfterEachFile,
} from './scripts/wtr-commands.mjs';

const pkg = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));

// Never let anything fetch a browser of its own.
process.env.PUPPETEER_SKIP_DOWNLOAD ??= '1';

const { engines, detected, notes } = selectEngines();
if (engines.includes('webkit') && detected.webkit.needsXvfb) {
  throw new Error(
    'WebKit needs a display and $DISPLAY is unset: run `npm test` (it uses xvfb-run), or ' +
      '`xvfb-run -a npx wtr`, or leave WebKit out: `BROWSERS=chromium,firefox npx wtr`.',
  );
}
// scripts/test.mjs has printed these already.
if (!process.env.LILLE_TEST_LAUNCHED) for (const note of notes) console.warn(note);

// ---- Chromium --------------------------------------------------------------------------------

function chromium() {
  return chromeLauncher({
    launchOptions: {
      executablePath: detected.chromium.path,
      headless: true,
      args: chromiumArgs,
    },
  });
}

// ---- Firefox ESR (puppeteer-core over WebDriver BiDi) -----------------------------------------

function firefox() {
  return chromeLauncher({
    puppeteer: puppeteerCore,
    launchOptions: {
      browser: 'firefox',
      executablePath: detected.firefox.path,
      headless: true,
      extraPrefsFirefox: {
        // no update checks, telemetry or remote settings on a closed network
        'app.update.enabled': false,
        'datareporting.policy.dataSubmissionEnabled': false,
        'toolkit.telemetry.enabled': false,
        'services.settings.server': 'data:,',
        'network.captive-portal-service.enabled': false,
      },
    },
  });
}

// ---- WebKitGTK (WebKitWebDriver + MiniBrowser) ------------------------------------------------

const freePort = () =>
  new Promise((resolve, reject) => {
    const server = createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });

async function waitForDriver(port, child, stderr, ms) {
  const deadline = Date.now() + ms;
  while (Date.now() < deadline) {
    if (child.exitCode != null || child.signalCode != null) break;
    try {
      const res = await fetch(`http://127.0.0.1:${port}/status`, { signal: AbortSignal.timeout(1000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(
    `WebKitWebDriver did not answer on port ${port} within ${ms} ms` +
      (child.exitCode != null ? ` (it exited with ${child.exitCode})` : '') +
      (stderr.length ? `:\n${stderr.join('')}` : ''),
  );
}

/**
 * WebKit through classic WebDriver. The config starts WebKitWebDriver on a free port when the
 * run starts (the launcher's initialize) and stops it, with the MiniBrowser it started, when
 * the run ends (the launcher's stop, or at the latest when this process exits).
 */
function webkit() {
  const { driver, miniBrowser } = detected.webkit;
  const options = {
    hostname: '127.0.0.1',
    port: 0, // set when the driver is started
    logLevel: 'error',
    connectionRetryTimeout: 60_000,
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'MiniBrowser',
      // else WebdriverIO speaks BiDi and WebKitWebDriver answers "Failed to match capabilities"
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  let child;
  const kill = () => {
    if (child && child.exitCode == null && child.signalCode == null) {
      try {
        process.kill(-child.pid, 'SIGTERM'); // its own process group: the driver and MiniBrowser
      } catch {
        // already gone
      }
    }
  };
  process.once('exit', kill);

  // One page at a time in WebKit, whatever the global concurrency: the webdriver launcher runs
  // tests in iframes when concurrency > 1, where sendMouse cannot work and focus is unreliable.
  launcher.concurrency = 1;
  const initialize = launcher.initialize.bind(launcher);
  launcher.initialize = async (config, testFiles) => {
    options.port = await freePort();
    const stderr = [];
    child = spawn(driver, [`--port=${options.port}`, '--host=local'], {
      detached: true,
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    child.stderr.on('data', (d) => stderr.length < 50 && stderr.push(String(d)));
    child.unref();
    await waitForDriver(options.port, child, stderr, 15_000);
    return initialize({ ...config, concurrency: 1 }, testFiles);
  };
  const stop = launcher.stop.bind(launcher);
  launcher.stop = async () => {
    try {
      await Promise.race([stop(), new Promise((r) => setTimeout(r, 10_000))]);
    } finally {
      kill();
    }
  };
  return launcher;
}

/**
 * `a11ySnapshot()` from @web/test-runner-commands, which wtr does not register by default.
 * Chromium only: puppeteer asks CDP for the accessibility tree; Firefox (WebDriver BiDi) and
 * WebKit (classic WebDriver) have none to give, so it throws there (branch on the engine).
 * `a11ySnapshot({ interestingOnly: false })` keeps the structural nodes (headings, regions'
 * contents) that puppeteer's default filter drops; `selector` roots the tree as upstream.
 */
const a11ySnapshotCommand = {
  name: 'lille-a11y-snapshot',
  async executeCommand({ command, payload, session }) {
    if (command !== 'a11y-snapshot') return undefined;
    const engine = engineOf.get(session.browser);
    if (engine !== 'chromium') {
      throw new Error(
        `a11ySnapshot is not available in ${engine}: its driver exposes no accessibility tree. ` +
          "Branch on `await executeServerCommand('engine')` in the test.",
      );
    }
    const page = session.browser.getPage(session.id);
    const root = payload?.selector ? ((await page.$(payload.selector)) ?? undefined) : undefined;
    return page.accessibility.snapshot({ root, interestingOnly: payload?.interestingOnly !== false });
  },
};

const factories = { chromium, firefox, webkit };
const browsers = engines.map((engine) => {
  const launcher = resetEmulationAfterEachFile(factories[engine]());
  engineOf.set(launcher, engine);
  return launcher;
});

// ---- Summary ----------------------------------------------------------------------------------

/** Counts tests per engine; see formatCounts in scripts/browsers.mjs. */
function countsReporter() {
  let sessions = [];
  const count = (suite, c) => {
    if (!suite) return c;
    for (const t of suite.tests ?? []) {
      if (t.skipped) c.skipped++;
      else if (t.passed) c.passed++;
      else c.failed++;
    }
    for (const s of suite.suites ?? []) count(s, c);
    return c;
  };
  return {
    onTestRunFinished(args) {
      sessions = args.sessions;
    },
    stop() {
      const per = new Map(engines.map((e) => [e, { passed: 0, failed: 0, skipped: 0 }]));
      for (const s of sessions) {
        const c = per.get(engineOf.get(s.browser)) ?? { passed: 0, failed: 0, skipped: 0 };
        const before = c.failed;
        count(s.testResults, c);
        // a file that errored outside any test (failed to load, timed out) counts as one failure
        if (!s.passed && c.failed === before) c.failed++;
      }
      const result = Object.fromEntries(per);
      // scripts/test.mjs prints the counts after wtr's own output; run directly, print them here.
      if (process.env.LILLE_TEST_COUNTS_FILE) {
        writeFileSync(process.env.LILLE_TEST_COUNTS_FILE, JSON.stringify(result));
      } else {
        console.log(formatCounts(result));
      }
    },
  };
}

const testPages = testServer();

export default {
  rootDir: '.',
  // On 127.0.0.1 only, the pages' origin too; the test routes (scripts/test-server.mjs).
  hostname: testPages.hostname,
  middleware: testPages.middleware,
  // test/hosts/ holds host projects (Angular) with their own node_modules, run by test/node/.
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/hosts/**'],
  nodeResolve: true,
  browsers,
  // One test file at a time per engine, the engines side by side: three pages on two cores.
  concurrency: 1,
  concurrentBrowsers: 3,
  // WebKit's first page (MiniBrowser under Xvfb, through WebKitWebDriver) once took over 60 s
  // to open while Chromium and Firefox were running their files on the same two cores.
  browserStartTimeout: 120_000,
  testsStartTimeout: 30_000,
  testsFinishTimeout: 60_000,
  // mocha's per-test limit: axe runs in WebKit on a busy 2-core machine have needed over 5 s
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    ...testPages.plugins,
    esbuildPlugin({
      ts: true,
      target: 'es2022',
      tsconfig: 'tsconfig.json',
      // What rollup.config.mjs writes into src/define.ts for the bundles.
      define: { LILLE_NETWORKS_VERSION: JSON.stringify(pkg.version) },
    }),
    engineCommand,
    commandFixes,
    a11ySnapshotCommand,
    // test/fuzz.test.ts judges the published schema with ajv, which is CommonJS and requires
    // JSON files (its meta-schemas), which browsers refuse as modules: served as one ES module,
    // bundled by esbuild when first asked for.
    {
      name: 'ajv-as-es-module',
      async serve({ path }) {
        if (!path.endsWith('/node_modules/ajv/dist/2020.js')) return undefined;
        const { build } = await import('esbuild');
        this.bundle ??= build({ entryPoints: ['ajv/dist/2020.js'], bundle: true, format: 'esm', write: false });
        return { body: (await this.bundle).outputFiles[0].text, type: 'js' };
      },
    },
  ],
  reporters: [defaultReporter(), countsReporter()],
};

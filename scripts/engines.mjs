/**
 * The browser engines Debian ships, found and launched for the browser suite
 * (web-test-runner.config.mjs), and Chromium for the scripts and host tests that drive it.
 * Nothing here downloads a browser.
 *
 *   chromium  apt-get install chromium                    $CHROME_PATH, else /usr/bin/chromium
 *   firefox   apt-get install firefox-esr                 $FIREFOX_PATH, else /usr/bin/firefox-esr
 *   webkit    apt-get install webkit2gtk-driver xvfb      WebKitWebDriver driving WebKitGTK's
 *                                                         MiniBrowser, on $DISPLAY or on an Xvfb
 *                                                         started for the run
 *
 * Every installed engine runs; BROWSERS=chromium,firefox picks, and a named engine that is
 * missing is an error. Under CI all three are required and BROWSERS is ignored, so that CI can
 * never pass by quietly testing fewer engines.
 */
import { accessSync, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { chromeLauncher } from '@web/test-runner-chrome';
import { webdriverLauncher } from '@web/test-runner-webdriver';
import puppeteer from 'puppeteer-core';
import { freePort, start } from './lib/processes.mjs';

/** `name` if it is an executable path, else the first executable of that name on $PATH. */
export function which(name) {
  const candidates = name.includes('/') ? [name] : (process.env.PATH ?? '').split(delimiter).map((dir) => join(dir, name));
  return candidates.find((file) => {
    try {
      accessSync(file, 1 /* X_OK */);
      return true;
    } catch {
      return false;
    }
  });
}

export const isCI = (env = process.env) => Boolean(env.CI) && !['false', '0'].includes(env.CI);

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
const miniBrowser =
  process.env.MINIBROWSER_PATH ??
  readdirSync('/usr/lib')
    .filter((dir) => dir.endsWith('-linux-gnu'))
    .flatMap((dir) => ['webkitgtk-6.0', 'webkit2gtk-4.1', 'webkit2gtk-4.0'].map((api) => `/usr/lib/${dir}/${api}/MiniBrowser`))
    .find((file) => which(file));
const display = process.env.DISPLAY || process.env.WAYLAND_DISPLAY;

export const chromiumArgs = [
  '--no-sandbox', // as root (CI), Chromium refuses to start sandboxed
  // No network here but the package registries: keep Chromium from phoning home.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-gpu',
];

export const launchChromium = (extraArgs = []) =>
  puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...extraArgs] });

/** Per engine: its Debian packages, and why it cannot run here (nothing when it can). */
const engines = {
  chromium: { packages: 'chromium', missing: () => !which(chromiumPath) && `no ${chromiumPath}` },
  firefox: { packages: 'firefox-esr', missing: () => !which(firefoxPath) && `no ${firefoxPath}` },
  webkit: {
    packages: 'webkit2gtk-driver xvfb',
    missing: () =>
      (!which('WebKitWebDriver') && 'no WebKitWebDriver') ||
      (!miniBrowser && 'no WebKitGTK MiniBrowser') ||
      (!display && !which('Xvfb') && 'no $DISPLAY and no Xvfb'),
  },
};

/** The engines to run, by the rules at the top; throws saying what to install. */
export function selectEngines(env = process.env) {
  const all = Object.keys(engines);
  const named = !isCI(env) && env.BROWSERS?.trim() ? [...new Set(env.BROWSERS.toLowerCase().split(/[\s,]+/).filter(Boolean))] : null;
  const unknown = named?.filter((engine) => !all.includes(engine)) ?? [];
  if (unknown.length) throw new Error(`BROWSERS names unknown engines: ${unknown.join(', ')} (known: ${all.join(', ')})`);
  const wanted = named ?? all;
  const missing = wanted.filter((engine) => engines[engine].missing());
  const install = `apt-get install ${missing.map((engine) => engines[engine].packages).join(' ')} fonts-dejavu-core`;
  const why = missing.map((engine) => `${engine} (${engines[engine].missing()})`).join(', ');
  if (missing.length && (named || isCI(env) || missing.length === all.length)) {
    throw new Error(`Missing browser engines: ${why}${isCI(env) ? '; CI requires all three' : ''}. Install them: ${install}`);
  }
  if (missing.length) console.warn(`Skipping ${why}; CI runs all three. To install: ${install}`);
  return wanted.filter((engine) => !missing.includes(engine));
}

/**
 * WebKit through classic WebDriver: WebKitWebDriver started on a free port when the run starts,
 * on an Xvfb display when there is none, and stopped with its MiniBrowser when the run ends.
 */
function webkit() {
  const options = {
    hostname: '127.0.0.1',
    port: 0,
    logLevel: 'error',
    connectionRetryTimeout: 60_000,
    connectionRetryCount: 1,
    capabilities: {
      browserName: 'MiniBrowser',
      // Else WebdriverIO speaks BiDi, and WebKitWebDriver answers "Failed to match capabilities".
      'wdio:enforceWebDriverClassic': true,
      'webkitgtk:browserOptions': { binary: miniBrowser, args: ['--automation'] },
    },
  };
  const launcher = webdriverLauncher(options);
  const children = [];
  const { initialize, stop } = launcher;
  launcher.initialize = async (...args) => {
    const env = { ...process.env };
    if (!display) {
      // Xvfb writes the number of the display it found free to file descriptor 3.
      const xvfb = start('Xvfb', ['-displayfd', '3', '-screen', '0', '1280x1024x24', '-nolisten', 'tcp'], {
        stdio: ['ignore', 'ignore', 'ignore', 'pipe'],
      });
      children.push(xvfb);
      const number = await new Promise((resolve, reject) => {
        xvfb.stdio[3].once('data', resolve);
        xvfb.once('exit', (code) => reject(new Error(`Xvfb exited with ${code}`)));
      });
      env.DISPLAY = `:${String(number).trim()}`;
    }
    options.port = await freePort();
    const driver = start('WebKitWebDriver', [`--port=${options.port}`, '--host=local'], { env, stdio: 'ignore' });
    children.push(driver);
    for (let tries = 0; !(await fetch(`http://127.0.0.1:${options.port}/status`).then((r) => r.ok, () => false)); tries++) {
      if (tries === 150 || driver.exitCode !== null) throw new Error(`WebKitWebDriver did not start (exit code ${driver.exitCode})`);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    await initialize.apply(launcher, args);
    launcher.name = 'WebKit';
  };
  launcher.stop = async () => {
    try {
      await stop.call(launcher);
    } finally {
      // The driver first: Xvfb must outlive the browser on it.
      for (const child of children.reverse()) await child.stop();
    }
  };
  return launcher;
}

const launchers = {
  chromium: () => chromeLauncher({ launchOptions: { executablePath: chromiumPath, headless: true, args: chromiumArgs } }),
  // puppeteer's Firefox profile already turns off updates, telemetry and remote settings.
  firefox: () => chromeLauncher({ puppeteer, launchOptions: { browser: 'firefox', executablePath: firefoxPath, headless: true } }),
  webkit,
};

/**
 * The test runner's launchers for the selected engines, named after them: the runner's report
 * gives each one's counts under that name, and the test commands ask it.
 */
export const browsers = () =>
  selectEngines().map((engine) => Object.assign(launchers[engine](), { name: { chromium: 'Chromium', firefox: 'Firefox', webkit: 'WebKit' }[engine] }));

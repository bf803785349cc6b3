/**
 * Which browser engines this machine can run the tests in, shared by `scripts/test.mjs` (which
 * checks them before starting anything) and `web-test-runner.config.mjs` (which launches them).
 *
 * Only Debian's browsers are used: nothing is ever downloaded. The three engines:
 *
 *   chromium  Debian `chromium`                       /usr/bin/chromium (or $CHROME_PATH)
 *   firefox   Debian `firefox-esr`                    /usr/bin/firefox-esr (or $FIREFOX_PATH)
 *   webkit    Debian `webkit2gtk-driver xvfb xauth`   WebKitWebDriver + WebKitGTK's MiniBrowser,
 *                                                     which needs a display: $DISPLAY or xvfb-run
 *
 * Selection:
 *   - default: every engine that is installed; none installed is an error that names the
 *     Debian packages to install;
 *   - BROWSERS=chromium,firefox (any of chromium, firefox, webkit) picks engines; one that is
 *     named but missing is an error;
 *   - CI set (to anything but "" / "false" / "0"): all three are required, and BROWSERS is
 *     ignored, so that CI can never pass by quietly testing fewer engines.
 */
import { accessSync, constants, readdirSync } from 'node:fs';
import { delimiter, join } from 'node:path';

export const ENGINES = /** @type {const} */ (['chromium', 'firefox', 'webkit']);

/** The Debian packages that bring each engine. */
export const PACKAGES = {
  chromium: ['chromium'],
  firefox: ['firefox-esr'],
  webkit: ['webkit2gtk-driver', 'xvfb', 'xauth'],
};

/** Fonts, so that text renders with real metrics in every engine (not an engine by itself). */
export const FONT_PACKAGES = ['fonts-dejavu-core'];

const isExecutable = (file) => {
  try {
    accessSync(file, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

/** The first executable called `name` on $PATH (or the absolute path itself). */
export function which(name) {
  if (name.includes('/')) return isExecutable(name) ? name : undefined;
  for (const dir of (process.env.PATH ?? '/usr/local/bin:/usr/bin:/bin').split(delimiter)) {
    if (dir && isExecutable(join(dir, name))) return join(dir, name);
  }
  return undefined;
}

/** WebKitGTK's MiniBrowser: /usr/lib/<multiarch>/webkit2gtk-4.1/MiniBrowser on Debian 12. */
function findMiniBrowser() {
  if (process.env.MINIBROWSER_PATH) {
    return isExecutable(process.env.MINIBROWSER_PATH) ? process.env.MINIBROWSER_PATH : undefined;
  }
  const roots = ['/usr/lib', '/usr/libexec'];
  for (const root of roots) {
    let entries;
    try {
      entries = readdirSync(root);
    } catch {
      continue;
    }
    // /usr/lib/x86_64-linux-gnu/webkit2gtk-4.1, /usr/lib/webkit2gtk-4.0, ...: newest API first
    const dirs = [
      ...entries.filter((e) => e.startsWith('webkit2gtk-')).map((e) => join(root, e)),
      ...entries
        .filter((e) => e.endsWith('-linux-gnu'))
        .flatMap((e) => {
          try {
            return readdirSync(join(root, e))
              .filter((d) => d.startsWith('webkit2gtk-') || d.startsWith('webkitgtk-'))
              .map((d) => join(root, e, d));
          } catch {
            return [];
          }
        }),
    ].sort((a, b) => b.localeCompare(a));
    for (const dir of dirs) {
      if (isExecutable(join(dir, 'MiniBrowser'))) return join(dir, 'MiniBrowser');
    }
  }
  return undefined;
}

/**
 * What is installed: for each engine either `{ ok: true, ... }` with the paths the launchers
 * need, or `{ ok: false, why }`.
 */
export function detectEngines(env = process.env) {
  const chromium = [env.CHROME_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser']
    .filter(Boolean)
    .find((p) => isExecutable(p));
  const firefox = [env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox']
    .filter(Boolean)
    .find((p) => isExecutable(p));
  const driver = which(env.WEBKIT_WEBDRIVER_PATH || 'WebKitWebDriver');
  const miniBrowser = findMiniBrowser();
  const hasDisplay = Boolean(env.DISPLAY || env.WAYLAND_DISPLAY);
  const xvfbRun = which('xvfb-run');
  const xauth = which('xauth');

  let webkit;
  if (!driver) webkit = { ok: false, why: 'WebKitWebDriver not found' };
  else if (!miniBrowser) webkit = { ok: false, why: 'WebKitGTK MiniBrowser not found' };
  else if (!hasDisplay && !(xvfbRun && xauth))
    webkit = { ok: false, why: 'no $DISPLAY, and xvfb-run/xauth not installed' };
  else webkit = { ok: true, driver, miniBrowser, needsXvfb: !hasDisplay, xvfbRun };

  return {
    chromium: chromium ? { ok: true, path: chromium } : { ok: false, why: 'no chromium binary' },
    firefox: firefox ? { ok: true, path: firefox } : { ok: false, why: 'no firefox-esr binary' },
    webkit,
  };
}

export const isCI = (env = process.env) => Boolean(env.CI) && !['false', '0'].includes(env.CI);

const installHint = (engines) => {
  const pkgs = [...new Set([...engines.flatMap((e) => PACKAGES[e]), ...FONT_PACKAGES])];
  return `  apt-get update && apt-get install -y ${pkgs.join(' ')}`;
};

/**
 * The engines to run, per the rules at the top of this file: `{ engines, detected, notes }`,
 * or throws an Error whose message says what to install.
 */
export function selectEngines(env = process.env) {
  const detected = detectEngines(env);
  const notes = [];
  let wanted;
  let required;
  if (isCI(env)) {
    if (env.BROWSERS) notes.push(`CI is set: BROWSERS=${env.BROWSERS} is ignored, all engines run.`);
    wanted = [...ENGINES];
    required = true;
  } else if (env.BROWSERS && env.BROWSERS.trim()) {
    wanted = [
      ...new Set(
        env.BROWSERS.split(/[\s,]+/)
          .filter(Boolean)
          .map((b) => b.toLowerCase()),
      ),
    ];
    const unknown = wanted.filter((b) => !ENGINES.includes(b));
    if (unknown.length) {
      throw new Error(
        `BROWSERS names unknown engine(s): ${unknown.join(', ')}. Known: ${ENGINES.join(', ')}.`,
      );
    }
    required = true;
  } else {
    wanted = [...ENGINES];
    required = false;
  }

  const missing = wanted.filter((e) => !detected[e].ok);
  const engines = wanted.filter((e) => detected[e].ok);
  const detail = missing.map((e) => `  - ${e}: ${detected[e].why}`).join('\n');

  if (required && missing.length) {
    const why = isCI(env) ? 'CI requires all three engines' : `BROWSERS=${env.BROWSERS}`;
    throw new Error(
      `Missing browser engine(s) (${why}):\n${detail}\nInstall them from Debian:\n${installHint(missing)}`,
    );
  }
  if (!engines.length) {
    throw new Error(
      `No browser engine found to run the tests in:\n${detail}\n` +
        `Install at least one (all three are best) from Debian:\n${installHint(ENGINES)}`,
    );
  }
  if (missing.length) {
    notes.push(
      `Skipping engine(s) not installed: ${missing.join(', ')} (CI runs all three).\n` +
        `To install:\n${installHint(missing)}`,
    );
  }
  return { engines, detected, notes };
}

/**
 * Per-engine counts `{ chromium: { passed, failed, skipped }, ... }` as plain lines, the last
 * one the total: "browsers: N passed, N failed, N skipped" (the closing line CI reads).
 */
export function formatCounts(perEngine) {
  const total = { passed: 0, failed: 0, skipped: 0 };
  const line = (c) => `${c.passed} passed, ${c.failed} failed, ${c.skipped} skipped`;
  const lines = [''];
  for (const [engine, c] of Object.entries(perEngine)) {
    lines.push(`  ${engine.padEnd(8)} ${line(c)}`);
    for (const k of Object.keys(total)) total[k] += c[k];
  }
  lines.push(`browsers: ${line(total)}`);
  return lines.join('\n');
}

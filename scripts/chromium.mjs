/** Launches Debian's Chromium headless with the flags this closed network and root need. */
import puppeteer from 'puppeteer-core';

export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const chromiumArgs = [
  // As root (CI) Chromium refuses to start sandboxed.
  '--no-sandbox',
  // No network but the package registries here: keep Chromium from phoning home.
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-dev-shm-usage',
  '--disable-gpu',
];

export const launchChromium = (extraArgs = []) =>
  puppeteer.launch({ executablePath: chromiumPath, headless: true, args: [...chromiumArgs, ...extraArgs] });

/**
 * A page of a host app in Debian's Chromium, read as a person meets it: the cards in the
 * accessibility tree, the text on screen, what a developer would see go wrong.
 */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chromiumPath, isCI, which } from '../../scripts/engines.mjs';

/**
 * Declares the suite only where Debian's Chromium is installed; without it, a failing test under
 * CI (which must run every host) and a line in the log elsewhere.
 */
export function withChromium(label, suite) {
  if (which(chromiumPath)) return suite();
  const missing = `${label}: Chromium is missing: apt-get install --no-install-recommends chromium`;
  if (isCI()) test(label, () => assert.fail(missing));
  else console.log(missing);
}

/**
 * Collects what a developer would see go wrong on the page: console errors and warnings,
 * uncaught errors, failed requests (but those the page itself aborted, such as a prefetch a
 * navigation made useless) and HTTP errors.
 */
export function problemsOf(page) {
  const problems = [];
  page.on('console', (message) => {
    if (['error', 'warn'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
  page.on('requestfailed', (request) => {
    if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  return problems;
}

/** Each card in Chromium's accessibility tree: its heading (below the page's h1) and its button's state. */
export async function accessibleCards(page) {
  const nodes = [];
  const walk = (node) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  walk(await page.accessibility.snapshot({ interestingOnly: false }));
  return nodes
    .filter((node) => node.role === 'heading' && node.level > 1)
    .map(({ name, level }) => ({
      name,
      level,
      expanded: nodes.find((node) => node.role === 'button' && node.name === name)?.expanded ?? null,
    }));
}

/**
 * Waits until the page's rendered text holds `words`. Not puppeteer's ::-p-text: its cache
 * missed Angular's in-place text updates in 3 runs out of 4, and timed out on text on screen.
 */
export async function shows(page, words) {
  await page
    .waitForFunction((expected) => document.body.innerText.includes(expected), {}, words)
    .catch(async (error) => {
      const seen = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      assert.fail(`the page never showed "${words}" (${error.message}); it shows: ${seen}`);
    });
}

/** Clicks, with the mouse, the button a person knows by `name`. */
export async function clickButton(page, name) {
  await page
    .locator(`::-p-aria([name=${JSON.stringify(name)}][role="button"])`)
    .click()
    .catch((error) => assert.fail(`no button named "${name}" to click (${error.message})`));
}

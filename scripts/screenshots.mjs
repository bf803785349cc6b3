/**
 * Screenshots of the demo pages from headless Chromium: the README's pictures (docs/), among
 * them the server's markup without JavaScript and when the script never arrives, and, with
 * --checks, the views we look at before each release (320 px, forced colours, print, dark).
 * Fails when a page logs a console error or does not show six cards.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const checks = process.argv.includes('--checks');
const shots = [
  { page: 'demo/index.html', file: 'docs/demo-fr.png', width: 1024 },
  { page: 'demo/partner.html', file: 'docs/demo-en-partner.png', width: 1024 },
  // The server's markup as visitors without JavaScript (and crawlers) get it: every card's content.
  { page: 'demo/index.html', file: 'docs/without-javascript.png', width: 800, javaScript: false, height: 1400 },
  // The script never arrives (blocked, CDN down): a click on a card's button shows its panel.
  { page: 'demo/index.html', file: 'docs/script-failed.png', width: 800, script: 'fails', click: 'polis', height: 1100 },
];
if (checks) {
  shots.push(
    { page: 'demo/index.html', file: 'docs/checks/fr-320.png', width: 320, open: 'eurocities' },
    { page: 'demo/index.html', file: 'docs/checks/fr-forced-colors.png', width: 800, open: 'eurocities',
      media: [{ name: 'forced-colors', value: 'active' }] },
    { page: 'demo/partner.html', file: 'docs/checks/en-print.png', width: 800, print: true },
    { page: 'demo/index.html', file: 'docs/checks/fr-dark-preference.png', width: 800,
      media: [{ name: 'prefers-color-scheme', value: 'dark' }] },
  );
}

await mkdir('docs/checks', { recursive: true });
const server = await serve();
const browser = await launchChromium();
let failed = false;
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => message.type() === 'error' && errors.push(message.text()));
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setViewport({ width: shot.width, height: 800, deviceScaleFactor: 1 });
    // Through CDP: puppeteer's own helper refuses forced-colors.
    // Reduced motion, so that no picture catches a card half-way through its opening animation.
    const cdp = await page.createCDPSession();
    await cdp.send('Emulation.setEmulatedMedia', {
      features: [{ name: 'prefers-reduced-motion', value: 'reduce' }, ...(shot.media ?? [])],
    });
    if (shot.javaScript === false) await page.setJavaScriptEnabled(false);
    if (shot.script === 'fails') {
      await page.setRequestInterception(true);
      page.on('request', (request) => (/lille-networks(\.iife)?\.js/.test(request.url()) ? request.abort() : request.continue()));
    }
    await page.goto(`${server.origin}/${shot.page}`, { waitUntil: 'networkidle0' });
    // Read through the DevTools protocol, which works with the page's JavaScript off too.
    const cards = await page.$$eval('lille-networks >>> [part=card]', (list) => list.length);
    if (shot.click) {
      await (await page.$(`lille-networks >>> [data-id=${shot.click}]`)).click();
    } else if (shot.javaScript !== false && !shot.script) {
      await page.evaluate(async (open) => {
        const element = document.querySelector('lille-networks');
        await customElements.whenDefined('lille-networks');
        await element.updateComplete;
        if (open) element.expand(open);
        await element.updateComplete;
      }, shot.open);
    }
    if (shot.print) await page.emulateMediaType('print');
    const element = await page.$('lille-networks');
    if (shot.open) await element.screenshot({ path: shot.file });
    else if (shot.height) {
      const { y } = await element.boundingBox();
      await page.screenshot({ path: shot.file, clip: { x: 0, y: Math.max(0, y - 120), width: shot.width, height: shot.height }, captureBeyondViewport: true });
    } else await page.screenshot({ path: shot.file, fullPage: true });
    if (shot.script === 'fails') errors.splice(0, errors.length, ...errors.filter((text) => !/Failed to load resource/.test(text)));
    const problems = [...errors, ...(cards === 6 ? [] : [`${cards} cards instead of 6`])];
    console.log(`${shot.file}: ${cards} cards${problems.length ? `, problems: ${problems.join(' | ')}` : ''}`);
    failed ||= problems.length > 0;
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}
process.exitCode = failed ? 1 : 0;

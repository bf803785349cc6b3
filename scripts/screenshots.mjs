/**
 * `npm run screenshots`: the README's pictures of the demo pages, from headless Chromium (among
 * them the server's markup without JavaScript, and when the script never arrives), and with
 * --checks the views looked at before each release (320 px, forced colours, print, dark). Fails
 * when a page logs an error or does not show six cards.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './engines.mjs';
import { serve } from './serve.mjs';

const shots = [
  { page: 'demo/index.html', file: 'docs/demo-fr.png', width: 1024 },
  { page: 'demo/partner.html', file: 'docs/demo-en-partner.png', width: 1024 },
  // What visitors without JavaScript, and crawlers, get: every card's content.
  { page: 'demo/index.html', file: 'docs/without-javascript.png', width: 800, javaScript: false, height: 1400 },
  // The script never arrives (blocked, CDN down): a click on a card's button still shows its panel.
  { page: 'demo/index.html', file: 'docs/script-failed.png', width: 800, scriptFails: true, click: 'polis', height: 1100 },
];
if (process.argv.includes('--checks')) {
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
try {
  for (const shot of shots) {
    const page = await browser.newPage();
    const errors = [];
    page.on('console', (message) => {
      const expected = shot.scriptFails && /Failed to load resource/.test(message.text());
      if (message.type() === 'error' && !expected) errors.push(message.text());
    });
    page.on('pageerror', (error) => errors.push(String(error)));
    await page.setViewport({ width: shot.width, height: 800, deviceScaleFactor: 1 });
    // Through CDP, since puppeteer's helper refuses forced-colors; reduced motion, so that no
    // picture catches a card half-way through its opening.
    const features = [{ name: 'prefers-reduced-motion', value: 'reduce' }, ...(shot.media ?? [])];
    await (await page.createCDPSession()).send('Emulation.setEmulatedMedia', { features });
    await page.setJavaScriptEnabled(shot.javaScript !== false);
    if (shot.scriptFails) {
      await page.setRequestInterception(true);
      page.on('request', (request) => (/lille-networks(\.iife)?\.js/.test(request.url()) ? request.abort() : request.continue()));
    }
    await page.goto(`${server.origin}/${shot.page}`, { waitUntil: 'networkidle0' });
    // Read through the DevTools protocol, which works with the page's JavaScript off too.
    const cards = await page.$$eval('lille-networks >>> [part=card]', (list) => list.length);
    if (shot.click) {
      await (await page.$(`lille-networks >>> [data-id=${shot.click}]`)).click();
    } else if (shot.javaScript !== false && !shot.scriptFails) {
      await page.evaluate(async (open) => {
        await customElements.whenDefined('lille-networks');
        const element = document.querySelector('lille-networks');
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
      const clip = { x: 0, y: Math.max(0, y - 120), width: shot.width, height: shot.height };
      await page.screenshot({ path: shot.file, clip, captureBeyondViewport: true });
    } else await page.screenshot({ path: shot.file, fullPage: true });
    if (cards !== 6) errors.push(`${cards} cards instead of 6`);
    console.log(`${shot.file}: ${cards} cards${errors.length ? `, problems: ${errors.join(' | ')}` : ''}`);
    if (errors.length) process.exitCode = 1;
    await page.close();
  }
} finally {
  await browser.close();
  await server.stop();
}

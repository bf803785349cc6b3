/**
 * Screenshots of the demo pages from headless Chromium: the README's pictures (docs/) and,
 * with --checks, the views we look at before each release (320 px, forced colours, print, dark).
 * Fails when a page logs a console error or does not show six cards.
 */
import { mkdir } from 'node:fs/promises';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

const checks = process.argv.includes('--checks');
const shots = [
  { page: 'demo/index.html', file: 'docs/demo-fr.png', width: 1024 },
  { page: 'demo/partner.html', file: 'docs/demo-en-partner.png', width: 1024 },
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
    await page.goto(`${server.origin}/${shot.page}`, { waitUntil: 'networkidle0' });
    const cards = await page.evaluate(async (open) => {
      const element = document.querySelector('lille-networks');
      await customElements.whenDefined('lille-networks');
      await element.updateComplete;
      if (open) element.expand(open);
      await element.updateComplete;
      return element.shadowRoot.querySelectorAll('[part=card]').length;
    }, shot.open);
    if (shot.print) await page.emulateMediaType('print');
    if (shot.open) await (await page.$('lille-networks')).screenshot({ path: shot.file });
    else await page.screenshot({ path: shot.file, fullPage: true });
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

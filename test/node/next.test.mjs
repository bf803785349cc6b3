/**
 * A Next.js App Router page that prints the element's markup from `lille-networks/server`,
 * built by `next build`, served by `next start`, read as a crawler reads it and used in
 * Debian's Chromium as a person would.
 *
 * test/hosts/next/ is a Next.js 16 app (TypeScript, React 19, nothing else): its page is a
 * Server Component that calls `renderToString` with a document of the app's own
 * (app/networks.json) and prints the markup through `dangerouslySetInnerHTML`; one client
 * component imports 'lille-networks', which defines the element in the browser, and another
 * shows the last card toggled, from the element's events. The package is the one `npm pack`
 * makes of this repository, installed into the app's node_modules as a partner's `npm install`
 * does, so that Next's server and client bundles go through the published `files` and
 * `exports`. Next runs on this Node (20.9 or later).
 *
 * Needs the build (`npm run build`), Chromium, and the npm registry for the app's `npm ci` when
 * its node_modules is missing or older than its lockfile.
 */
import assert from 'node:assert/strict';
import { rm } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/engines.mjs';
import { startUntil } from '../../scripts/lib/processes.mjs';
import { hostEnv, installPacked, readJson, root, seconds, sh, tearDown } from '../helpers/host-apps.mjs';
import { accessibleCards as cards, clickButton, problemsOf, shows, withChromium } from '../helpers/in-chromium.mjs';

const host = join(root, 'test/hosts/next');
const next = join(host, 'node_modules/next/dist/bin/next');
const env = hostEnv({ NEXT_TELEMETRY_DISABLED: '1' });

withChromium('next.test.mjs', () => {
  let timings, work, server, html, browser, page, document, painted, problems;

  before(async () => {
    ({ work, timings } = await installPacked(host, { env }));

    // From nothing, as a deployment builds: no cache of an earlier run decides anything.
    await rm(join(host, '.next'), { recursive: true, force: true });
    let start = performance.now();
    await sh(process.execPath, [next, 'build'], host, env);
    timings.push(`next build ${seconds(start)} (Node ${process.version})`);

    start = performance.now();
    // On a free port of 127.0.0.1; ready once it says where it listens.
    server = await startUntil(/Local:\s+http:\/\/127\.0\.0\.1:\d+/, process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', '0'], { cwd: host, env });
    server.origin = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(server.output)[1];
    html = await (await fetch(server.origin)).text();
    timings.push(`next start + first response ${seconds(start)}`);

    document = await readJson(join(host, 'app/networks.json'));
    browser = await launchChromium();
    page = await browser.newPage();
    problems = problemsOf(page);
  }, { timeout: 10 * 60_000 });

  after(() => tearDown({ browser, server, work }));

  test('the server sends the cards of its document inside the element, in a declarative shadow root', async (t) => {
    t.diagnostic(timings.join(', '));
    const markup = /<lille-networks\b[^>]*><template shadowrootmode="open">.*?<\/template><\/lille-networks>/s;
    const element = markup.exec(html)?.[0];
    assert.ok(element, `no <lille-networks> with a declarative shadow root in the HTML: ${html.slice(0, 2000)}`);
    assert.match(element, /^<lille-networks lang="en" heading-level="2">/);
    assert.doesNotMatch(server.output, /lille-networks/, 'renderToString warned on the server');

    const text = (fragment) =>
      fragment.replace(/<[^>]*>/g, '').replace(/&(?:#(\d+)|(amp|lt|gt|quot));/g, (_, code, name) =>
        code ? String.fromCharCode(Number(code)) : { amp: '&', lt: '<', gt: '>', quot: '"' }[name],
      );
    const headings = [...element.matchAll(/<h2[^>]*>(.*?)<\/h2>/gs)].map(([, inner]) => text(inner));
    assert.equal(headings.length, document.networks.length, headings.join(' | '));
    document.networks.forEach((network, index) => {
      assert.ok(headings[index].includes(network.shortName), `card ${index + 1} is "${headings[index]}"`);
      assert.ok(headings[index].includes(network.summary.en), `card "${headings[index]}" lacks the document's summary`);
    });

    // What the element starts with when its script runs: the page's document, not the bundled one.
    const carried = /<script type="application\/json">(.*?)<\/script>/s.exec(element)?.[1];
    assert.ok(carried, 'the markup carries no document for the element');
    assert.deepEqual(
      JSON.parse(carried).data.networks.map(({ id, summary }) => ({ id, summary })),
      document.networks.map(({ id, summary }) => ({ id, summary })),
    );
  });

  test('before any script runs, the browser paints the document\'s cards from the server HTML', async () => {
    const noScript = await browser.newPage();
    await noScript.setJavaScriptEnabled(false);
    await noScript.goto(server.origin);
    painted = await cards(noScript);
    await noScript.close();
    assert.equal(painted.length, document.networks.length, JSON.stringify(painted));
    document.networks.forEach((network, index) => {
      const { name, level } = painted[index];
      assert.ok(name.startsWith(network.shortName), `card ${index + 1} is "${name}", not ${network.shortName}`);
      assert.ok(name.includes(network.summary.en), `card "${name}" lacks the document's "${network.summary.en}"`);
      assert.equal(level, 2);
    });
  });

  test('once React has hydrated, the element is defined and shows the same cards, closed', async () => {
    await page.goto(server.origin);
    await shows(page, 'Last card toggled: none');
    const defined = await page.$eval('lille-networks', (element) => element.matches(':defined'));
    assert.ok(defined, 'the element is not defined');
    const shown = await cards(page);
    assert.deepEqual(
      shown.map(({ name, level }) => ({ name, level })),
      painted.map(({ name, level }) => ({ name, level })),
      'the element shows other cards than the server painted',
    );
    assert.deepEqual(
      shown.map(({ expanded }) => expanded),
      painted.map(() => false),
    );
  });

  test('a click opens a card, and the React component shows which', async () => {
    const [first] = await cards(page);
    await clickButton(page, first.name);
    await shows(page, `Last card toggled: ${document.networks[0].id} opened`);
    assert.deepEqual(
      (await cards(page)).map((card) => card.expanded),
      document.networks.map((_, index) => index === 0),
    );
  });

  test('no hydration error, console error or warning, page error or failed request', () => {
    assert.deepEqual(problems, []);
  });

  test('reached through Next\'s router (a client-side navigation), the element shows the document\'s cards', async () => {
    problems.length = 0;
    await page.goto(`${server.origin}/elsewhere`);
    await shows(page, 'Elsewhere on the site');
    await page.locator('::-p-aria([name="Our European networks"][role="link"])').click();
    await shows(page, 'Last card toggled: none');
    // The router set the page's markup with innerHTML, which attaches no declarative root: the
    // element renders the cards itself, from the document that markup carries.
    await page.waitForFunction(() => document.querySelector('lille-networks')?.shadowRoot?.querySelector('[part=card]'));
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1, 'no page load');
    assert.deepEqual(
      (await cards(page)).map(({ name, level }) => ({ name, level })),
      painted.map(({ name, level }) => ({ name, level })),
    );
    // Chromium's advice, for developers, on markup set with innerHTML; no error.
    const advice = /^warn: Found declarative shadowrootmode attribute on a template, but declarative Shadow DOM is not being parsed/;
    assert.deepEqual(problems.filter((problem) => !advice.test(problem)), []);
  });
});

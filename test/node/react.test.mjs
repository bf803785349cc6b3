/**
 * React 19 for real: the README's component (demo/recipes/react/NetworksSection.tsx, with its
 * hook useLilleNetworks.ts) rendered by react-dom in Debian's Chromium, in the two ways a
 * partner's app renders it:
 *
 *   - client only: `createRoot`;
 *   - server rendering: `renderToString` in this Node process, importing the package by its
 *     name (its `node` build: no stub), then `hydrateRoot` in the browser over that HTML.
 *
 * The app is bundled with esbuild from the recipe files, resolving `lille-networks` by name
 * through the package's `exports` as a partner's bundler does, in React's development mode and
 * under StrictMode, so that React reports every hydration mismatch and runs effects twice.
 * Everything is built into a temporary directory. Needs `npm run build` (dist/) and Chromium.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { isCI, which } from '../../scripts/browsers.mjs';
import { chromiumPath, launchChromium } from '../../scripts/chromium.mjs';
import { serve } from '../../scripts/serve.mjs';

const root = resolve(import.meta.dirname, '../..');
const recipe = resolve(root, 'demo/recipes/react');

for (const file of ['dist/lib/lille-networks.js', 'dist/node/lille-networks.js']) {
  if (!existsSync(resolve(root, file))) throw new Error(`react.test.mjs: ${file} is missing: run npm run build first`);
}

const missing = `react.test.mjs: Chromium is missing: apt-get install --no-install-recommends chromium`;
if (!which(chromiumPath)) {
  if (isCI()) throw new Error(missing);
  console.log(missing);
} else {
  describe('React 19 renders the recipe component', reactSuite);
}

/** The same tree on both sides: hydration compares the client's render with the server's HTML. */
const app = `
  import { StrictMode } from 'react';
  import { NetworksSection } from './NetworksSection';
  export const app = (networksDocument) => (
    <StrictMode><NetworksSection networksDocument={networksDocument} /></StrictMode>
  );`;

const clientEntry = `
  import { createRoot, hydrateRoot } from 'react-dom/client';
  import { app } from 'app';
  const container = document.getElementById('app');
  const element = app(JSON.parse(document.getElementById('networks-document').textContent));
  // Server HTML in the container is hydrated, as a server-rendering framework does.
  if (container.firstChild) hydrateRoot(container, element);
  else createRoot(container).render(element);`;

const serverEntry = `
  import { renderToString } from 'react-dom/server';
  import { app } from 'app';
  export const render = (networksDocument) => renderToString(app(networksDocument));`;

/** The shared tree, as a module both entries import, resolved from the recipe's folder. */
const appModule = {
  name: 'app',
  setup(build) {
    build.onResolve({ filter: /^app$/ }, () => ({ path: 'app', namespace: 'app' }));
    build.onLoad({ filter: /.*/, namespace: 'app' }, () => ({ contents: app, loader: 'tsx', resolveDir: recipe }));
  },
};

/**
 * On the server, packages stay imports that Node itself resolves from this repository (the
 * package by self-reference, under Node's `node` condition), as in a server-rendering app.
 */
const nodeResolvesPackages = (resolved) => ({
  name: 'node-resolves-packages',
  setup(build) {
    // After appModule, which claims `app` first.
    build.onResolve({ filter: /^[^./]/ }, ({ path }) => {
      const url = import.meta.resolve(path);
      resolved.set(path, url);
      return { path: url, external: true };
    });
  },
});

function reactSuite() {
  let dir, server, browser, networksDocument, serverHtml, clientInputs;
  const nodeResolved = new Map();

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lille-networks-react-'));
    networksDocument = JSON.parse(await readFile(resolve(root, 'demo/networks.example.json'), 'utf8'));
    const common = { bundle: true, format: 'esm', jsx: 'automatic', logLevel: 'error', plugins: [appModule] };
    const client = await esbuild.build({
      ...common,
      stdin: { contents: clientEntry, loader: 'tsx', resolveDir: recipe },
      outfile: join(dir, 'client.js'),
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"development"' },
      metafile: true,
    });
    clientInputs = Object.keys(client.metafile.inputs);
    await esbuild.build({
      ...common,
      stdin: { contents: serverEntry, loader: 'tsx', resolveDir: recipe },
      outfile: join(dir, 'server.mjs'),
      platform: 'node',
      plugins: [appModule, nodeResolvesPackages(nodeResolved)],
    });
    const { render } = await import(pathToFileURL(join(dir, 'server.mjs')).href);
    serverHtml = render(networksDocument);

    // The document travels in the page as JSON, as server-rendering frameworks pass props.
    const json = JSON.stringify(networksDocument).replace(/</g, '\\u003c');
    const page = (html) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <title>React 19</title><link rel="icon" href="data:,"></head><body>
      <div id="app">${html}</div>
      <script type="application/json" id="networks-document">${json}</script>
      <script type="module" src="/client.js"></script></body></html>`;
    await writeFile(join(dir, 'client-only.html'), page(''));
    await writeFile(join(dir, 'server-rendered.html'), page(serverHtml));
    server = await serve(dir);
    browser = await launchChromium();
  });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  /** Opens a page; records what a developer would see in the console, and every load event. */
  async function open(path) {
    const page = await browser.newPage();
    const problems = [];
    page.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) problems.push(`console.${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
    page.on('response', (response) => {
      // A 304 (the server's answer when the second page asks for the cached bundle again) is no failure.
      if (response.status() >= 400) problems.push(`${response.status()} ${response.url()}`);
    });
    await page.evaluateOnNewDocument(() => {
      window.loads = [];
      document.addEventListener('lille-networks-load', (event) => window.loads.push(event.detail));
      // The summary of the first card each element draws: what a visitor sees first.
      window.firstDrawn = [];
      new MutationObserver(() => {
        for (const element of document.querySelectorAll('lille-networks')) {
          if (!element.shadowRoot || window.firstDrawn.some((entry) => entry.element === element)) continue;
          const entry = { element, summary: null };
          window.firstDrawn.push(entry);
          new MutationObserver((records, observer) => {
            entry.summary = element.shadowRoot.querySelector('[part=summary]')?.textContent ?? null;
            if (entry.summary !== null) observer.disconnect();
          }).observe(element.shadowRoot, { childList: true, subtree: true });
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.goto(`${server.origin}${path}`, { waitUntil: 'load' });
    return { page, problems };
  }

  /** The cards as a person meets them: heading level, name, summary, open or closed. */
  const cards = (page) =>
    page.evaluate(async () => {
      const element = document.querySelector('lille-networks');
      await element.updateComplete;
      return [...element.shadowRoot.querySelectorAll('[part=card]')].map((card) => {
        const button = card.querySelector('[part=button]');
        // A closed panel is hidden "until found": its box stays, its content does not show.
        const description = card.querySelector('[part=panel] p');
        return {
          heading: button.parentElement.localName,
          name: button.querySelector('.name').textContent,
          summary: button.querySelector('[part=summary]').textContent,
          expanded: button.getAttribute('aria-expanded'),
          panelShown: description.checkVisibility(),
        };
      });
    });

  const appButton = (page) => page.$eval('#app section > button', (button) => button.textContent);

  /** Waits until the app's button no longer reads `before`, then returns what it reads. */
  async function appButtonAfter(page, before) {
    await page
      .waitForFunction((text) => document.querySelector('#app section > button').textContent !== text, { timeout: 5000 }, before)
      .catch(() => {});
    return appButton(page);
  }

  const expected = (id) => networksDocument.networks.find((network) => network.id === id);

  /** What a person does and sees, the same after createRoot and after hydrateRoot. */
  async function usesTheWidget(path) {
    const { page, problems } = await open(path);
    try {
      await page.waitForFunction(() => window.loads.length > 0, { timeout: 5000 }).catch(() => {});
      const shown = await cards(page);
      assert.deepEqual(
        shown.map(({ heading, name, summary }) => ({ heading, name, summary })),
        ['eurocities', 'polis'].map((id) => ({ heading: 'h3', name: expected(id).shortName, summary: expected(id).summary.en })),
        'the cards show the given document (heading-level 3, networks "eurocities polis")',
      );
      assert.match(shown[0].summary, /\(example document\)$/, 'the given data, not the bundled data');
      const element = await page.evaluate(() => {
        const widget = document.querySelector('lille-networks');
        return { dataAttribute: widget.getAttribute('data'), dataVersion: widget.data?.version, loads: window.loads };
      });
      assert.equal(element.dataAttribute, null, 'no data="[object Object]" attribute');
      assert.equal(element.dataVersion, networksDocument.version, 'data is set as a property');
      assert.deepEqual(element.loads, [{ source: 'data', count: networksDocument.networks.length }], 'one load, even under StrictMode');

      assert.equal(await appButton(page), 'Close all (0 open)');
      await page.click('lille-networks >>> [part=button]');
      assert.equal(await appButtonAfter(page, 'Close all (0 open)'), 'Close all (1 open)', 'a click is heard once');
      // After that re-render too, the listener is there, and only once.
      await (await page.$$('lille-networks >>> [part=button]'))[1].click();
      assert.equal(await appButtonAfter(page, 'Close all (1 open)'), 'Close all (2 open)');
      assert.deepEqual((await cards(page)).map((card) => [card.expanded, card.panelShown]), [['true', true], ['true', true]]);

      await page.click('#app section > button');
      assert.equal(await appButtonAfter(page, 'Close all (2 open)'), 'Close all (0 open)', 'collapseAll() through the ref');
      assert.deepEqual((await cards(page)).map((card) => [card.expanded, card.panelShown]), [['false', false], ['false', false]]);

      assert.deepEqual(problems, [], 'no error or warning in the console');
      return await page.evaluate(() => window.firstDrawn.map((entry) => entry.summary));
    } finally {
      await page.close();
    }
  }

  test('the app bundle imports the package by name, through its bundler entry', () => {
    assert.ok(clientInputs.includes('dist/lib/lille-networks.js'), clientInputs.filter((input) => /lille/.test(input)).join());
    assert.ok(!clientInputs.includes('dist/lille-networks.js'), 'the self-contained bundle is not the bundler entry');
  });

  test('client rendering (createRoot): data, the toggle listener and collapseAll() work', async () => {
    const firstDrawn = await usesTheWidget('/client-only.html');
    assert.deepEqual(firstDrawn, [expected('eurocities').summary.en], 'the bundled data never shows first');
  });

  test('server rendering: renderToString in Node writes the attributes only', () => {
    assert.equal(new URL(nodeResolved.get('lille-networks')).pathname, resolve(root, 'dist/node/lille-networks.js'));
    assert.equal(globalThis.customElements?.get('lille-networks'), undefined, 'the Node build registers nothing');
    const tags = [...serverHtml.matchAll(/<lille-networks\b([^>]*)>/g)];
    assert.equal(tags.length, 1, serverHtml);
    const attributes = Object.fromEntries([...tags[0][1].matchAll(/\s([^\s=]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
    assert.deepEqual(attributes, { lang: 'en', 'heading-level': '3', networks: 'eurocities polis' });
    assert.doesNotMatch(serverHtml, /\sdata=|onlille/);
  });

  test('server rendering then hydrateRoot: data, the toggle listener and collapseAll() work', async () => {
    await usesTheWidget('/server-rendered.html');
  });
}

/**
 * `lille-networks/react` with real React, 19 and 18: the README's component
 * (demo/recipes/react/NetworksSection.tsx) and a component that listens to loads and errors,
 * rendered by react-dom in Debian's Chromium, in the two ways a partner's app renders them:
 *
 *   - client only: `createRoot`;
 *   - server rendering: `renderToString` in this Node process, importing the package by its
 *     name (its `node` build: no stub), then `hydrateRoot` in the browser over that HTML.
 *
 * React 19 is this repository's own (devDependencies; the package by self-reference). React 18
 * is test/hosts/react-18, an app with its own lockfile, since react-dom 18 asks for React 18 as
 * its peer and cannot share node_modules with React 19; there the package is the one `npm pack`
 * makes, installed as a partner's `npm install` does, which also checks the peer range.
 *
 * Each app is bundled with esbuild, resolving packages from its host as a partner's bundler
 * does, in React's development mode and under StrictMode, so that React reports every
 * hydration mismatch and runs effects twice. The bundles are written inside the host, so that
 * Node resolves the server bundle's imports from there. Needs `npm run build` (dist/),
 * Chromium, and the npm registry for the React 18 app's `npm ci` when its node_modules is
 * missing or older than its lockfile.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { pathToFileURL } from 'node:url';
import * as esbuild from 'esbuild';
import { launchChromium } from '../../scripts/engines.mjs';
import { serve } from '../../scripts/serve.mjs';
import { installPacked, root, tearDown } from '../helpers/host-apps.mjs';
import { problemsOf, withChromium } from '../helpers/in-chromium.mjs';

const recipe = resolve(root, 'demo/recipes/react');

for (const file of ['dist/lib/lille-networks.js', 'dist/node/lille-networks.js', 'dist/react/lille-networks.js']) {
  if (!existsSync(resolve(root, file))) throw new Error(`react.test.mjs: ${file} is missing: run npm run build first`);
}

const hosts = [
  { react: '19', dir: root, packed: false },
  { react: '18', dir: resolve(root, 'test/hosts/react-18'), packed: true },
];

withChromium('react.test.mjs', () => {
  for (const host of hosts) describe(`React ${host.react} renders lille-networks/react`, () => reactSuite(host));
});

/**
 * Both apps, the same on both sides: hydration compares the client's render with the server's
 * HTML. `Heard` lists what its element reported, and can change a prop after hydration.
 */
const apps = `
  import { StrictMode, useState, version } from 'react';
  import { LilleNetworks } from 'lille-networks/react';
  import { NetworksSection } from './NetworksSection';

  function Heard({ networksDocument }) {
    const [heard, setHeard] = useState([]);
    const [level, setLevel] = useState(2);
    const hear = (line) => setHeard((lines) => [...lines, line]);
    return (
      <section>
        <button type="button" onClick={() => setLevel(4)}>Level 4 headings</button>
        <ul id="heard">{heard.map((line, index) => <li key={index}>{line}</li>)}</ul>
        <LilleNetworks
          className="partner-widget"
          lang="en"
          headingLevel={level}
          data={networksDocument}
          onLoad={({ detail }) => hear(\`load: \${detail.count} from \${detail.source}\`)}
          onError={({ detail }) => hear(\`error: \${detail.reason}\`)}
        />
      </section>
    );
  }

  export const reactVersion = version;
  export const apps = {
    recipe: (networksDocument) => <StrictMode><NetworksSection networksDocument={networksDocument} /></StrictMode>,
    heard: (networksDocument) => <StrictMode><Heard networksDocument={networksDocument} /></StrictMode>,
  };`;

const clientEntry = `${apps}
  import { createRoot, hydrateRoot } from 'react-dom/client';
  window.reactVersion = reactVersion;
  const container = document.getElementById('app');
  const element = apps[container.dataset.app](JSON.parse(document.getElementById('networks-document').textContent));
  // Server HTML in the container is hydrated, as a server-rendering framework does.
  if (container.firstChild) hydrateRoot(container, element);
  else createRoot(container).render(element);`;

const serverEntry = `${apps}
  import { renderToString } from 'react-dom/server';
  export const resolved = (specifier) => import.meta.resolve(specifier);
  export const render = (app, networksDocument) => renderToString(apps[app](networksDocument));`;

/**
 * The app's own imports resolve from its host, as in a partner's project; packages' imports
 * resolve from where each package is installed.
 */
const fromHost = (dir) => ({
  name: 'from-host',
  setup(build) {
    const again = {};
    build.onResolve({ filter: /^[^./]/ }, (args) => {
      if (args.pluginData === again || args.importer.includes('/node_modules/')) return undefined;
      return build.resolve(args.path, { kind: args.kind, resolveDir: dir, pluginData: again });
    });
  },
});

function reactSuite(host) {
  let work, server, browser, networksDocument, partlyInvalid, serverRender, clientInputs;

  before(async () => {
    await mkdir(join(host.dir, 'tmp'), { recursive: true });
    work = await mkdtemp(join(host.dir, 'tmp', 'react-'));
    // The React 18 host gets the package as the registry would serve it: the build just made.
    if (host.packed) await installPacked(host.dir, { work });

    networksDocument = JSON.parse(await readFile(resolve(root, 'demo/networks.example.json'), 'utf8'));
    // One network the element must refuse (no name, no summary), beside the valid ones.
    partlyInvalid = { ...networksDocument, networks: [...networksDocument.networks, { id: 'refused' }] };

    const common = { bundle: true, format: 'esm', jsx: 'automatic', logLevel: 'error', absWorkingDir: host.dir };
    const client = await esbuild.build({
      ...common,
      stdin: { contents: clientEntry, loader: 'tsx', resolveDir: recipe },
      outfile: join(work, 'client.js'),
      platform: 'browser',
      define: { 'process.env.NODE_ENV': '"development"' },
      plugins: [fromHost(host.dir)],
      metafile: true,
    });
    clientInputs = Object.keys(client.metafile.inputs);
    // Packages stay imports, which Node resolves from the bundle's place in the host.
    await esbuild.build({
      ...common,
      stdin: { contents: serverEntry, loader: 'tsx', resolveDir: recipe },
      outfile: join(work, 'server.mjs'),
      platform: 'node',
      packages: 'external',
    });
    serverRender = await import(pathToFileURL(join(work, 'server.mjs')).href);

    // The document travels in the page as JSON, as server-rendering frameworks pass props.
    const page = (app, document, html) => `<!doctype html><html lang="en"><head><meta charset="utf-8">
      <title>React ${host.react}</title><link rel="icon" href="data:,"></head><body>
      <div id="app" data-app="${app}">${html}</div>
      <script type="application/json" id="networks-document">${JSON.stringify(document).replace(/</g, '\\u003c')}</script>
      <script type="module" src="/client.js"></script></body></html>`;
    for (const [app, document] of [['recipe', networksDocument], ['heard', partlyInvalid]]) {
      await writeFile(join(work, `${app}-client.html`), page(app, document, ''));
      await writeFile(join(work, `${app}-server.html`), page(app, document, serverRender.render(app, document)));
    }
    server = await serve(work);
    browser = await launchChromium();
  });

  after(() => tearDown({ browser, server, work }));

  /** Opens a page; records what a developer would see in the console, and every load event. */
  async function open(path) {
    const page = await browser.newPage();
    const problems = problemsOf(page);
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
    await page.waitForFunction(() => window.loads.length > 0, { timeout: 5000 }).catch(() => {});
    assert.equal(await page.evaluate(() => window.reactVersion?.split('.')[0]), host.react, `React ${host.react} runs the page`);
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

  const text = (page, selector) => page.$eval(selector, (node) => node.textContent);

  /** Waits until `selector` no longer reads `before`, then returns what it reads. */
  async function textAfter(page, selector, before) {
    await page
      .waitForFunction((css, text) => document.querySelector(css).textContent !== text, { timeout: 5000 }, selector, before)
      .catch(() => {});
    return text(page, selector);
  }

  const appButton = '#app section > button';
  const expected = (id) => networksDocument.networks.find((network) => network.id === id);

  /** What a person does and sees with the recipe, the same after createRoot and hydrateRoot. */
  async function usesTheRecipe(path) {
    const { page, problems } = await open(path);
    try {
      const shown = await cards(page);
      assert.deepEqual(
        shown.map(({ heading, name, summary }) => ({ heading, name, summary })),
        ['eurocities', 'polis'].map((id) => ({ heading: 'h3', name: expected(id).shortName, summary: expected(id).summary.en })),
        'the cards show the given document (headingLevel 3, networks "eurocities polis")',
      );
      assert.match(shown[0].summary, /\(example document\)$/, 'the given data, not the bundled data');
      const element = await page.evaluate(() => {
        const widget = document.querySelector('lille-networks');
        return { dataAttribute: widget.getAttribute('data'), dataVersion: widget.data?.version, loads: window.loads };
      });
      assert.equal(element.dataAttribute, null, 'no data="[object Object]" attribute');
      assert.equal(element.dataVersion, networksDocument.version, 'data is set as a property');
      assert.deepEqual(element.loads, [{ source: 'data', count: networksDocument.networks.length }], 'one load, even under StrictMode');

      assert.equal(await text(page, appButton), 'Close all (0 open)');
      await page.click('lille-networks >>> [part=button]');
      assert.equal(await textAfter(page, appButton, 'Close all (0 open)'), 'Close all (1 open)', 'a click reaches onToggle once');
      // After that re-render too, the listener is there, and only once.
      await (await page.$$('lille-networks >>> [part=button]'))[1].click();
      assert.equal(await textAfter(page, appButton, 'Close all (1 open)'), 'Close all (2 open)');
      assert.deepEqual((await cards(page)).map((card) => [card.expanded, card.panelShown]), [['true', true], ['true', true]]);

      await page.click(appButton);
      assert.equal(await textAfter(page, appButton, 'Close all (2 open)'), 'Close all (0 open)', 'collapseAll() through the ref');
      assert.deepEqual((await cards(page)).map((card) => [card.expanded, card.panelShown]), [['false', false], ['false', false]]);

      assert.deepEqual(problems, [], 'no error or warning in the console');
      return await page.evaluate(() => window.firstDrawn.map((entry) => entry.summary));
    } finally {
      await page.close();
    }
  }

  /** onLoad and onError, each heard once; a prop changed after the first render reaches the element. */
  async function hearsLoadsAndErrors(path) {
    const { page, problems } = await open(path);
    try {
      await page.waitForFunction(() => document.querySelectorAll('#heard li').length >= 2, { timeout: 5000 }).catch(() => {});
      const heard = await page.$$eval('#heard li', (items) => items.map((item) => item.textContent));
      assert.deepEqual(heard.toSorted(), ['error: invalid', `load: ${networksDocument.networks.length} from data`]);
      assert.deepEqual(
        [...new Set((await cards(page)).map((card) => card.heading))],
        ['h2'],
        'the default heading level',
      );
      assert.equal(await page.$eval('lille-networks', (element) => element.className), 'partner-widget');

      await page.click('#app section > button');
      await page.waitForFunction(() => document.querySelector('lille-networks').shadowRoot.querySelector('h4'), { timeout: 5000 }).catch(() => {});
      assert.deepEqual([...new Set((await cards(page)).map((card) => card.heading))], ['h4'], 'headingLevel 4 after a re-render');
      assert.deepEqual(await page.$$eval('#heard li', (items) => items.length), 2, 'nothing heard again after the re-render');

      // The element's own warning names what it refused; React has nothing to say.
      assert.equal(problems.length, 1, problems.join('\n'));
      assert.match(problems[0], /^warn: <lille-networks>: data: .*refused/);
    } finally {
      await page.close();
    }
  }

  test('the app bundle takes the React entry and the defining entry from the package', () => {
    const entries = ['dist/react/lille-networks.js', 'dist/lib/lille-networks.js'].map((file) =>
      relative(host.dir, resolve(host.packed ? join(host.dir, 'node_modules/lille-networks') : root, file)),
    );
    for (const entry of entries) assert.ok(clientInputs.includes(entry), `${entry} not in ${clientInputs.filter((input) => /lille/.test(input))}`);
    assert.ok(!clientInputs.some((input) => /(^|\/)dist\/lille-networks\.js$/.test(input)), 'not the self-contained bundle');
    assert.ok(clientInputs.some((input) => /(^|\/)node_modules\/@lit\/react\//.test(input)), "Lit's @lit/react is bundled");
  });

  test('client rendering (createRoot): data, onToggle and collapseAll() through the ref work', async () => {
    const firstDrawn = await usesTheRecipe('/recipe-client.html');
    assert.deepEqual(firstDrawn, [expected('eurocities').summary.en], 'the bundled data never shows first');
  });

  test('client rendering (createRoot): onLoad and onError are heard once, props reach the element', async () => {
    await hearsLoadsAndErrors('/heard-client.html');
  });

  test('server rendering: renderToString in Node writes the options as attributes, and registers nothing', () => {
    const packageDir = host.packed ? join(host.dir, 'node_modules/lille-networks') : root;
    assert.equal(new URL(serverRender.resolved('lille-networks/react')).pathname, join(packageDir, 'dist/react/lille-networks.js'));
    assert.equal(new URL(serverRender.resolved('lille-networks')).pathname, join(packageDir, 'dist/node/lille-networks.js'));
    assert.equal(serverRender.reactVersion.split('.')[0], host.react);
    assert.equal(globalThis.customElements?.get('lille-networks'), undefined, 'the Node build registers nothing');

    const attributesOf = (html) => {
      const tags = [...html.matchAll(/<lille-networks\b([^>]*)>/g)];
      assert.equal(tags.length, 1, html);
      return Object.fromEntries([...tags[0][1].matchAll(/\s([^\s=]+)="([^"]*)"/g)].map(([, name, value]) => [name, value]));
    };
    const recipeHtml = serverRender.render('recipe', networksDocument);
    assert.deepEqual(attributesOf(recipeHtml), { lang: 'en', networks: 'eurocities polis', 'heading-level': '3' });
    assert.doesNotMatch(recipeHtml, /\sdata=|\son/i);
    assert.deepEqual(attributesOf(serverRender.render('heard', partlyInvalid)), { class: 'partner-widget', lang: 'en', 'heading-level': '2' });
  });

  test('server rendering then hydrateRoot: data, onToggle and collapseAll() through the ref work', async () => {
    await usesTheRecipe('/recipe-server.html');
  });

  test('server rendering then hydrateRoot: onLoad and onError are heard once, props reach the element', async () => {
    await hearsLoadsAndErrors('/heard-server.html');
  });
}

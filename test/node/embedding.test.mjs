/**
 * What "Embedding anywhere" promises that no other test proves: every file the package names
 * exists, the generated documents are current, the recipes' own code
 * type-checks against the published types, and in Chromium each demo and recipe page runs
 * without an error and shows its cards, the bundles load twice without harm, the classic script
 * sets no global of its own, and Vue hands the element what it needs. (The schema:
 * test/schema.test.ts; the static files: test/card-content.test.ts and server.test.mjs.) Needs
 * `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { launchChromium } from '../../scripts/engines.mjs';
import { serve } from '../../scripts/serve.mjs';
import { problemsOf, withChromium } from '../helpers/in-chromium.mjs';

const run = promisify(execFile);
const root = new URL('../../', import.meta.url);
const pkg = JSON.parse(readFileSync(new URL('package.json', root), 'utf8'));
const node = (...args) => run(process.execPath, args, { cwd: root });

test('every file that package.json names exists, source maps of the bundles too', () => {
  const named = Object.values(pkg.exports).flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)));
  const maps = [`dist/${pkg.name}.js.map`, `dist/${pkg.name}.iife.js.map`];
  const files = [...named.filter((file) => !file.includes('*')), pkg.main, pkg.types, ...maps];
  assert.deepEqual(files.filter((file) => !existsSync(new URL(file, root))), []);
});

test('the example documents are what the bundled data and its Dutch give', () => node('scripts/example-document.mjs', '--check'));

test("the React and Vue recipes' code type-checks against the published types", async () => {
  await run(process.execPath, ['node_modules/typescript/bin/tsc', '-p', 'demo/recipes/tsconfig.json'], { cwd: root }).catch((error) => {
    assert.fail(error.stdout || error.message);
  });
});

let browser;
let server;

/** Opens `path`, waits for `ready` in it, returns what `look` gives; fails on any page error or warning. */
async function inPage(path, ready, look = ready) {
  const page = await browser.newPage();
  const problems = problemsOf(page);
  try {
    await page.goto(`${server.origin}/${path}`, { waitUntil: 'load' });
    await page.waitForFunction(ready, { timeout: 10_000 }).catch((error) => {
      assert.fail(`${path}: ${error.message}; problems in the page: ${problems.join(' | ') || 'none'}`);
    });
    const result = await page.evaluate(look);
    assert.deepEqual(problems, [], 'problems in the page');
    return result;
  } finally {
    await page.close();
  }
}

/** Every <lille-networks> of the page has rendered cards: the count of each, by id or place. */
const cardsShown = () => {
  const elements = [...document.querySelectorAll('lille-networks')];
  const counts = elements.map((element) => element.shadowRoot?.querySelectorAll('[part=card]').length ?? 0);
  return counts.every(Boolean) && Object.fromEntries(elements.map((element, i) => [element.id || i, counts[i]]));
};

const recipes = ['index', 'module', 'classic-script', 'twice', 'static', 'wordpress', 'drupal', 'react', 'vue', 'angular'];
const pages = [
  ...['index', 'partner', 'nl', 'behaviours'].map((name) => `demo/${name}.html`),
  ...[...recipes, 'matomo', 'tag-manager', 'dsfr'].map((name) => `demo/recipes/${name}.html`),
];
withChromium('embedding.test.mjs', () => {
  before(async () => {
    server = await serve();
    browser = await launchChromium();
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  for (const path of pages) {
    test(`${path} runs without an error, and every element on it shows cards`, () => inPage(path, cardsShown));
  }

  test('module.html: the element with `src` shows the example document', async () => {
    const summary = () =>
      document.querySelector('#from-src').shadowRoot?.querySelector('[part=summary]')?.textContent.match(/\(example document\)/)?.[0];
    assert.equal(await inPage('demo/recipes/module.html', summary), '(example document)');
  });

  test('twice.html: both bundles loaded twice each define the element once, without an error', async () => {
    const result = await inPage('demo/recipes/twice.html', () => {
      const status = document.querySelector('#status').textContent;
      const copies = performance.getEntriesByType('resource').filter((entry) => /lille-networks(\.iife)?\.js\?copy=/.test(entry.name));
      return !/Checking/.test(status) && { status, copies: copies.length };
    });
    assert.deepEqual(result, { status: 'Four copies loaded, <lille-networks> defined once, no error.', copies: 4 });
  });

  test('the classic script, run twice, defines the element and sets no global of its own', async () => {
    const added = await inPage('demo/recipes/index.html', cardsShown, async () => {
      const before = new Set(Object.getOwnPropertyNames(window));
      for (const copy of [1, 2]) {
        const script = Object.assign(document.createElement('script'), { src: `/dist/lille-networks.iife.js?copy=${copy}` });
        document.head.append(script);
        await new Promise((resolve, reject) => Object.assign(script, { onload: resolve, onerror: reject }));
      }
      return Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
    });
    // What every copy of Lit records on the global object, the bundle's included.
    const lit = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];
    assert.deepEqual(added.filter((name) => !lit.includes(name)), []);
  });

  test('vue.html: Vue sets `data` as a property and heading-level as an attribute, and hears toggles', async () => {
    const result = await inPage(
      'demo/recipes/vue.html',
      () => document.querySelector('#widget').data && document.querySelector('#widget').shadowRoot?.querySelector('[part=button]'),
      async () => {
        const widget = document.querySelector('#widget');
        widget.shadowRoot.querySelector('[part=button]').click();
        await widget.updateComplete;
        // Vue re-renders its status on its next tick.
        await new Promise((resolve) => requestAnimationFrame(resolve));
        return {
          attribute: widget.getAttribute('heading-level'),
          h3: widget.shadowRoot.querySelectorAll('h3').length,
          status: document.querySelector('#vue-status').textContent,
        };
      },
    );
    assert.deepEqual(result, { attribute: '3', h3: 3, status: 'Open: eurocities' });
  });
});

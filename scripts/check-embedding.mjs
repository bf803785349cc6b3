/**
 * Checks what "Embedding anywhere" promises, on the build in dist/ (run `npm run build` first):
 *
 *   - the files the package publishes exist; the JSON Schema is `documentSchema` itself;
 *   - the static files: the server's markup of every bundled network, as the server entry makes
 *     it, http(s) links only;
 *   - demo/networks.example.json is valid and up to date (scripts/example-document.mjs --check);
 *   - README's API tables are up to date (scripts/readme-api.mjs --check);
 *   - the React and Vue typings of the recipes type-check against dist/types (demo/recipes/tsconfig.json);
 *   - in Chromium: every recipe page runs without an error and shows cards; both bundles, each
 *     loaded twice, define the element once without throwing; the classic script sets no global.
 *     (What the server's markup shows with and without JavaScript: test/server-rendering.test.ts.)
 *
 * Ends with "embedding: N passed, N failed"; exits 1 when anything failed.
 */
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, resolve } from 'node:path';
import { promisify } from 'node:util';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';
import { schemaDocument, staticHtml } from './lib/artifacts.mjs';
import { loadSources } from './lib/sources.mjs';

const root = resolve(import.meta.dirname, '..');
const run = promisify(execFile);
const results = [];

async function check(name, body) {
  try {
    await body();
    results.push({ name, ok: true });
    console.log(`  ok    ${name}`);
  } catch (error) {
    results.push({ name, ok: false });
    console.log(`  FAIL  ${name}\n        ${String(error?.message ?? error).replace(/\n/g, '\n        ')}`);
  }
}

function assert(condition, message) {
  if (!condition) throw new Error(message);
}

const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
const sources = await loadSources();
const { networks } = sources.parseDocument({ version: 1, networks: sources.bundledNetworks });

console.log('Files and generated documents');

await check('the package files exist', async () => {
  const exported = Object.values(pkg.exports)
    .flatMap((target) => (typeof target === 'string' ? [target] : Object.values(target)))
    .filter((target) => !target.includes('*'));
  const files = [...exported, pkg.main, pkg.types, `dist/${pkg.name}.js.map`, `dist/${pkg.name}.iife.js.map`];
  const missing = files.filter((file) => !existsSync(resolve(root, file)));
  assert(!missing.length, `missing: ${missing.join(', ')} (run npm run build)`);
});

await check('the JSON Schema is documentSchema, draft 2020-12', async () => {
  const built = JSON.parse(await readFile(resolve(root, `dist/${pkg.name}.schema.json`), 'utf8'));
  const expected = JSON.parse(JSON.stringify(schemaDocument(sources.documentSchema, pkg)));
  assert(JSON.stringify(built) === JSON.stringify(expected), 'dist schema differs from documentSchema: rebuild');
  assert(built.$schema === 'https://json-schema.org/draft/2020-12/schema', `$schema is ${built.$schema}`);
  assert(built.$id && built.title, '$id or title missing');
});

const { renderToString } = await import(resolve(root, 'dist/node/server.js'));
for (const language of sources.languages) {
  await check(`the ${language} static file: the server's markup of every network, http(s) links only`, async () => {
    const html = await readFile(resolve(root, `dist/${pkg.name}.${language}.html`), 'utf8');
    assert(html === staticHtml(renderToString, language, pkg), 'stale: rebuild');
    const ids = [...html.matchAll(/data-id="([^"]+)"/g)].map((match) => match[1]);
    assert(ids.join() === networks.map((network) => network.id).join(), `cards ${ids.join()} ≠ networks ${networks.map((network) => network.id).join()}`);
    assert(html.includes(`<div lang="${language}">`), 'no lang on the wrapper');
    const hrefs = [...html.matchAll(/href="([^"]*)"/g)].map((match) => match[1]);
    assert(hrefs.length && hrefs.every((href) => /^https?:\/\//.test(href)), `links: ${hrefs.join(' ')}`);
    assert(!/<script|\son\w+=/i.test(html), 'a script or an event handler in the markup');
  });
}

const node = (script, ...args) => run(process.execPath, [resolve(root, script), ...args], { cwd: root });

await check('demo/networks.example.json is valid and up to date', () => node('scripts/example-document.mjs', '--check'));
await check('README API tables are up to date', () => node('scripts/readme-api.mjs', '--check'));
await check('the React and Vue typings type-check against dist/types', async () => {
  const tsc = resolve(dirname(createRequire(import.meta.url).resolve('typescript')), '../bin/tsc');
  try {
    await run(process.execPath, [tsc, '-p', resolve(root, 'demo/recipes/tsconfig.json')], { cwd: root });
  } catch (error) {
    throw new Error(error.stdout || error.message, { cause: error });
  }
});

console.log('In Chromium');

const server = await serve();
const browser = await launchChromium();

/** Opens `path` (then `html`, if given), runs `body` in it; fails on console or page errors. */
async function inPage(path, body, { javaScript = true, html } = {}) {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (message) => {
    if (message.type() === 'error' || /Vue warn/.test(message.text())) errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(String(error)));
  await page.setJavaScriptEnabled(javaScript);
  try {
    await page.goto(`${server.origin}/${path}`, { waitUntil: 'networkidle0' });
    if (html !== undefined) await page.setContent(html, { waitUntil: 'load' });
    const result = await page.evaluate(body);
    assert(!errors.length, `errors in the page: ${errors.join(' | ')}`);
    return result;
  } finally {
    await page.close();
  }
}

try {
  const pages = [
    'demo/recipes/index.html',
    'demo/recipes/module.html',
    'demo/recipes/classic-script.html',
    'demo/recipes/twice.html',
    'demo/recipes/static.html',
    'demo/recipes/wordpress.html',
    'demo/recipes/drupal.html',
    'demo/recipes/react.html',
    'demo/recipes/vue.html',
    'demo/recipes/angular.html',
    'demo/nl.html',
    'demo/index.html',
    'demo/partner.html',
    'demo/behaviours.html',
    'demo/recipes/matomo.html',
    'demo/recipes/tag-manager.html',
    'demo/recipes/dsfr.html',
  ];
  for (const path of pages) {
    await check(`${path}: no error, every element shows cards`, async () => {
      const counts = await inPage(path, async () => {
        if (!document.querySelector('lille-networks')) return {};
        await customElements.whenDefined('lille-networks');
        // Pages that set data after fetching it: let them finish.
        await new Promise((done) => setTimeout(done, 300));
        const counts = {};
        for (const [i, element] of [...document.querySelectorAll('lille-networks')].entries()) {
          await element.updateComplete;
          counts[element.id || i] = element.shadowRoot.querySelectorAll('[part=card]').length;
        }
        return counts;
      });
      const empty = Object.entries(counts).filter(([, count]) => !count);
      assert(!empty.length, `no cards in ${empty.map(([id]) => id).join(', ')}`);
    });
  }

  await check('module.html: src loads the example document; options apply', async () => {
    const result = await inPage('demo/recipes/module.html', async () => {
      await customElements.whenDefined('lille-networks');
      const fromSrc = document.querySelector('#from-src');
      const chosen = document.querySelector('#chosen');
      await new Promise((done) => setTimeout(done, 300));
      await fromSrc.updateComplete;
      await chosen.updateComplete;
      return {
        summary: fromSrc.shadowRoot.querySelector('[part=summary]').textContent,
        cards: fromSrc.shadowRoot.querySelectorAll('[part=card]').length,
        chosen: [...chosen.shadowRoot.querySelectorAll('[part=card] h3 .name')].map((node) => node.textContent),
        log: document.querySelector('#log').textContent,
      };
    });
    assert(/example/.test(result.summary), `first summary: ${result.summary}`);
    assert(result.cards === 3, `${result.cards} cards from src`);
    const names = ['polis', 'eurocities'].map((id) => networks.find((network) => network.id === id).shortName);
    assert(result.chosen.join() === names.join(), `cards: ${result.chosen.join()}, not ${names.join()}`);
    assert(/lille-networks-load/.test(result.log), `log: ${result.log}`);
  });

  await check('twice.html: four copies (two of each bundle), one definition, no error', async () => {
    const result = await inPage('demo/recipes/twice.html', async () => {
      await customElements.whenDefined('lille-networks');
      await new Promise((done) => setTimeout(done, 100));
      return {
        status: document.querySelector('#status').textContent,
        scripts: performance.getEntriesByType('resource').filter((entry) => /lille-networks(\.iife)?\.js\?copy=/.test(entry.name)).length,
      };
    });
    assert(result.scripts === 4, `${result.scripts} copies fetched`);
    assert(/defined once, no error/.test(result.status), result.status);
  });

  await check('the classic script, run twice, sets no global of its own and defines the element', async () => {
    const added = await inPage('demo/recipes/index.html', async () => {
      const before = new Set(Object.getOwnPropertyNames(window));
      for (let i = 0; i < 2; i++) {
        await new Promise((done, fail) => {
          const script = document.createElement('script');
          script.src = `/dist/lille-networks.iife.js?n=${i}`;
          script.onload = done;
          script.onerror = fail;
          document.head.append(script);
        });
      }
      if (!customElements.get('lille-networks')) return ['(not defined)'];
      return Object.getOwnPropertyNames(window).filter((name) => !before.has(name));
    });
    // Lit, inside the bundle, records its versions and shares its property metadata on the
    // global object, as every copy of Lit does; the bundle itself adds nothing.
    const lit = ['litPropertyMetadata', 'reactiveElementVersions', 'litHtmlVersions', 'litElementVersions'];
    const own = added.filter((name) => !lit.includes(name));
    assert(!own.length, `new globals: ${own.join(', ')}`);
  });

  await check('vue.html: Vue sets data as a property, heading-level as an attribute, hears toggle', async () => {
    const result = await inPage('demo/recipes/vue.html', async () => {
      await customElements.whenDefined('lille-networks');
      const widget = document.querySelector('#widget');
      for (let i = 0; i < 50 && !widget.data; i++) await new Promise((done) => setTimeout(done, 50));
      await widget.updateComplete;
      widget.shadowRoot.querySelector('[part=button]').click();
      await widget.updateComplete;
      await new Promise((done) => setTimeout(done, 50));
      return {
        data: widget.data?.version,
        attribute: widget.getAttribute('heading-level'),
        headings: widget.shadowRoot.querySelectorAll('h3').length,
        status: document.querySelector('#vue-status').textContent,
      };
    });
    assert(result.data === 1, 'data is not a property');
    assert(result.attribute === '3' && result.headings === 3, `heading-level ${result.attribute}, ${result.headings} h3`);
    assert(/Open: eurocities/.test(result.status), `status: ${result.status}`);
  });

} finally {
  await browser.close();
  await server.stop();
}

const passed = results.filter((result) => result.ok).length;
const failed = results.length - passed;
console.log(`\nembedding: ${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);

/**
 * The package as partners consume it: `import 'lille-networks'` in Node (every server-rendering
 * framework evaluates imports on the server) never throws and registers nothing; a bundler gets
 * an entry that imports lit rather than carrying a copy; what `npm pack` would publish.
 * Needs `npm run build` first (the entries are in dist/).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { importInNode } from '../helpers/host-apps.mjs';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const pkg = JSON.parse(readFileSync(new URL('package.json', new URL('../../', import.meta.url)), 'utf8'));

test('the build is there', () => {
  for (const file of ['dist/node/lille-networks.js', 'dist/lib/lille-networks.js', 'dist/types/define.d.ts']) {
    assert.ok(existsSync(new URL(`../../${file}`, import.meta.url)), `${file} is missing: run npm run build first`);
  }
});

test('in Node, importing the package throws nothing, registers nothing and gives the API', async () => {
  const result = await importInNode('lille-networks');
  assert.match(result.resolved, /\/dist\/node\/lille-networks\.js$/);
  assert.deepEqual(result.exports, ['LilleNetworks', 'errorEvent', 'loadEvent', 'toggleEvent']);
  assert.equal(result.types.LilleNetworks, 'function');
  assert.equal(result.registry, 'undefined', 'no custom element registry defined');
  // Only what every copy of lit-html records about itself.
  assert.deepEqual(result.added.filter((name) => !/^lit/.test(name)), []);
});

test('in Node, importing lille-networks/react throws nothing, registers nothing and gives the component', async () => {
  const result = await importInNode('lille-networks/react');
  assert.match(result.resolved, /\/dist\/react\/lille-networks\.js$/);
  // A forwardRef component: an object React renders.
  assert.deepEqual(result.types, { LilleNetworks: 'object' });
  assert.equal(result.registry, 'undefined', 'no custom element registry defined');
  assert.deepEqual(result.added.filter((name) => !/^lit/.test(name)), []);
});

test('a bundler gets an entry that imports lit, and defines the element', () => {
  const entry = pkg.exports['.'];
  assert.equal(entry.default, './dist/lib/lille-networks.js');
  assert.equal(entry.node, './dist/node/lille-networks.js');
  const code = readFileSync(new URL(`../../${entry.default}`, import.meta.url), 'utf8');
  assert.match(code, /from\s*"lit\/html\.js"/, 'lit stays an import');
  assert.doesNotMatch(code, /litHtmlVersions/, 'no copy of lit-html inside');
  assert.match(code, /customElements\.define\("lille-networks"/);
  assert.ok(pkg.sideEffects.includes(entry.default), 'the defining entry is marked as having side effects');
});

test('the React entry leaves React, @lit/react and the element to the app, and React is optional', () => {
  const entry = pkg.exports['./react'];
  assert.deepEqual(entry, { types: './dist/types/react.d.ts', default: './dist/react/lille-networks.js' });
  const code = readFileSync(new URL(`../../${entry.default}`, import.meta.url), 'utf8');
  const imports = [...code.matchAll(/\bfrom\s*"([^"]+)"|\bimport\s*"([^"]+)"/g)].map((match) => match[1] ?? match[2]);
  assert.deepEqual([...new Set(imports)].sort(), ['@lit/react', 'lille-networks', 'react']);
  // Else a React Server Component would render it on the server only: no data, no listener.
  assert.match(code, /^'use client';\n/, 'a client module for React Server Components');
  assert.ok(pkg.dependencies['@lit/react'], '@lit/react is a dependency');
  assert.equal(pkg.peerDependencies.react, '^18.0.0 || ^19.0.0');
  assert.deepEqual(pkg.peerDependenciesMeta.react, { optional: true }, 'apps without React do not get it');
});

test('npm pack publishes the entries and types, not the demo build', async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
  const files = JSON.parse(stdout)[0].files.map((file) => file.path);
  for (const file of ['dist/lib/lille-networks.js', 'dist/node/lille-networks.js', 'dist/node/server.js', 'dist/types/server.d.ts', 'dist/types/define.d.ts', 'dist/react/lille-networks.js', 'dist/types/react.d.ts', 'typings/react.d.ts', 'typings/vue.d.ts', 'typings/svelte.d.ts', 'typings/attributes.d.ts', 'dist/lille-networks.js', 'dist/lille-networks.iife.js', 'dist/lille-networks.fr.html', 'dist/lille-networks.pieces.json', 'dist/wordpress/lille-networks.zip']) {
    assert.ok(files.includes(file), `${file} is published`);
  }
  assert.deepEqual(files.filter((file) => file.startsWith('dist/demo/')), []);
});

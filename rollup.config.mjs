/**
 * `npm run build` (rollup -c) writes into dist/:
 *
 *   lille-networks.js, .iife.js        the self-contained module and classic script (lit inside),
 *                                      which define <lille-networks>; the classic one exposes no global
 *   lib/lille-networks.js              the package's entry for bundlers: lit stays an import
 *   node/lille-networks.js, server.js  the entries under Node's `node` condition and
 *                                      `lille-networks/server`, on Lit's Node build and DOM shim
 *   react/lille-networks.js            `lille-networks/react`
 *   types/                             the type declarations
 *   lille-networks.schema.json         the JSON Schema of a `src`/`data` document
 *   lille-networks.fr.html, .en.html   the server's markup of the bundled data, to paste
 *   lille-networks.pieces.json         that markup in pieces, for servers without Node (WordPress)
 *   size/code-only.js                  the module without the bundled networks (not published),
 *                                      which scripts/size.mjs measures as code
 *
 * and ends by printing the Subresource Integrity hash of each bundle.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import json from '@rollup/plugin-json';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { cdnBase, sri } from './scripts/lib/artifacts.mjs';
import { source } from './scripts/lib/typescript.mjs';

const pkg = JSON.parse(await readFile(new URL('./package.json', import.meta.url), 'utf8'));
const bundles = ['dist/lille-networks.js', 'dist/lille-networks.iife.js'];

// package.json's `sideEffects` lists the bundles for the package's users; it must not make
// Rollup treat our own sources (src/define.ts!) as free of side effects.
const nodeResolve = () => resolve({ ignoreSideEffectsForRoot: true });

const minify = ({ module, preamble }) => [
  // Unquoted attributes and clean-css level 2: about 25 bytes gzip, which the budget needs.
  minifyTemplateLiterals({ options: { minifyOptions: { removeAttributeQuotes: true, minifyCSS: { level: 2 } } } }),
  terser({
    ecma: 2022,
    module,
    // src/define.ts names its version, which the class carries for other copies to read.
    compress: { passes: 3, unsafe_arrows: true, global_defs: { LILLE_NETWORKS_VERSION: pkg.version } },
    // Our private members start with "_"; Lit's own internals start with "_$" and keep their names.
    mangle: { properties: { regex: /^_[^$]/ } },
    // A preamble, not a banner: terser drops directives it does not know.
    format: { comments: false, preamble },
  }),
];

/**
 * The self-contained bundles carry their own lit-html, which creates its Trusted Types policy,
 * "lit-html", as it loads; under `trusted-types lit-html` (no 'allow-duplicates') a second copy
 * on the page is refused it and throws before src/define.ts can run. A copy that finds
 * <lille-networks> defined renders nothing, so it asks for no policy: the rest of it runs, and
 * says which version the page uses. Catching the refusal instead would leave a copy that renders
 * without a policy, which `require-trusted-types-for 'script'` forbids.
 */
const litPolicyOnce = {
  name: 'lit-policy-once',
  transform(code, id) {
    if (!/[\\/]lit-html[\\/]lit-html\.js$/.test(id)) return null;
    const guarded = code.replace(/(\w+)\?\1\.createPolicy\("lit-html"/, '$1&&!customElements.get("lille-networks")?$1.createPolicy("lit-html"');
    if (guarded === code) this.error(`${id}: the policy creation this plugin guards was not found (a new lit-html?)`);
    // The change stays on one line of lit-html's own minified file: its lines map as before.
    return { code: guarded, map: null };
  },
};

/** The first bundle type-checks all of src/; the others only need the JavaScript. */
const transpile = (options) =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, noCheck: true, ...options });

/** Lit stays an import in the package's entries: the app's bundler resolves it, once. */
const lit = (id) => /^(lit|lit-html|@lit\/|@lit-labs\/)/.test(id);

/** The Node build extends Lit's DOM shim instead of the browser's HTMLElement. */
const nodeBase = {
  name: 'node-html-element',
  resolveId: (id) => (id === './html-element.js' ? fileURLToPath(new URL('./src/html-element.node.ts', import.meta.url)) : null),
};

/** A module made of `code`, as the entry `id`. */
const virtual = (id, code) => ({
  name: id,
  resolveId: (key) => (key === id ? `\0${id}` : null),
  load: (key) => (key === `\0${id}` ? code : null),
});

/**
 * The schema, the server's markup per language and its pieces, written with the last bundle:
 * the server entry they come from is built by then.
 */
let written = false;
const artifacts = {
  name: 'lille-networks-artifacts',
  async generateBundle() {
    const { documentSchema, languages } = await source('data/schema.ts');
    const schema = {
      $schema: 'https://json-schema.org/draft/2020-12/schema',
      $id: `${cdnBase(pkg)}/dist/${pkg.name}.schema.json`,
      title: 'Lille Métropole European networks document',
      description:
        'The document for the `src` attribute or the `data` property of <lille-networks>. ' +
        'Text is trimmed before its length is checked; an entry that fails is dropped and named ' +
        'in a lille-networks-error event while the others still show.',
      // A schema-kit node is its own JSON Schema fragment.
      ...documentSchema,
    };
    this.emitFile({ type: 'asset', fileName: `${pkg.name}.schema.json`, source: `${JSON.stringify(schema, null, 2)}\n` });
    // A fresh import, even in watch mode.
    const { renderToString, renderPieces } = await import(new URL(`./dist/node/server.js?${Date.now()}`, import.meta.url).href);
    const pieces = {};
    for (const lang of languages) {
      const comment = [
        `<!-- ${pkg.name} ${pkg.version}, ${lang}: the cards of the bundled data, made by "npm run build".`,
        '     Paste it where the cards go, and load the element\'s script anywhere on the page: the',
        '     cards show as the page loads, and work once the script runs. -->',
      ];
      this.emitFile({ type: 'asset', fileName: `${pkg.name}.${lang}.html`, source: [...comment, renderToString({ lang }), ''].join('\n') });
      const { open, toggleAll, close } = renderPieces({ lang });
      const cards = (level) => Object.fromEntries(renderPieces({ lang, headingLevel: level }).cards);
      pieces[lang] = { open, toggleAll, close, cards: Object.fromEntries([2, 3, 4, 5, 6].map((level) => [level, cards(level)])) };
    }
    this.emitFile({ type: 'asset', fileName: `${pkg.name}.pieces.json`, source: `${JSON.stringify(pieces)}\n` });
  },
  writeBundle() {
    written = true;
  },
  // After Rollup's own "created …" line, so that the hashes end the build's output.
  async closeBundle() {
    if (!written) return;
    written = false;
    const lines = await Promise.all(bundles.map(async (file) => `  ${file}  ${sri(await readFile(file))}`));
    console.log(`\nSubresource Integrity (<script integrity="…" crossorigin="anonymous">):\n${lines.join('\n')}`);
  },
};

export default [
  {
    input: 'src/define.ts',
    output: { file: bundles[0], format: 'es', sourcemap: true },
    plugins: [
      litPolicyOnce,
      nodeResolve(),
      json(),
      typescript({ tsconfig: './tsconfig.json', declarationDir: 'dist/types' }),
      ...minify({ module: true }),
    ],
  },
  {
    input: 'src/define.ts',
    external: lit,
    output: { file: 'dist/lib/lille-networks.js', format: 'es', sourcemap: true },
    plugins: [json(), transpile(), ...minify({ module: true })],
  },
  {
    input: 'src/index.ts',
    external: lit,
    output: { file: 'dist/node/lille-networks.js', format: 'es', sourcemap: true },
    plugins: [nodeBase, json(), transpile(), ...minify({ module: true })],
  },
  {
    input: 'src/server.ts',
    external: lit,
    output: { file: 'dist/node/server.js', format: 'es', sourcemap: true },
    plugins: [json(), transpile(), ...minify({ module: true })],
  },
  {
    // The element comes from the package by its name, so that the app's resolver picks the
    // defining entry in the browser and the Node build on the server.
    input: 'src/react.ts',
    external: (id) => lit(id) || /^(react|lille-networks)(\/|$)/.test(id),
    output: { file: 'dist/react/lille-networks.js', format: 'es', sourcemap: true },
    plugins: [
      {
        name: 'element-from-package',
        resolveId: (id, importer) => (id === './define.js' && importer?.endsWith('react.ts') ? { id: pkg.name, external: true } : null),
      },
      json(),
      transpile(),
      // A client module for React Server Components (Next.js' App Router): rendered from a server
      // component, it still runs in the browser, where data and listeners are set.
      ...minify({ module: true, preamble: "'use client';" }),
    ],
  },
  {
    // What the budget calls code, apart from the content visitors come for. src/data/bundled.ts
    // imports the networks as './networks.json'.
    input: 'src/define.ts',
    output: { file: 'dist/size/code-only.js', format: 'es' },
    plugins: [
      virtual('./networks.json', 'export default { version: 1, networks: [] };'),
      litPolicyOnce,
      nodeResolve(),
      transpile({ sourceMap: false }),
      ...minify({ module: true }),
    ],
  },
  {
    // Only src/define.ts's side effect: the classic script exports nothing, so it sets no global
    // that a page, or a second copy of the script, could collide with.
    input: 'iife-entry',
    output: { file: bundles[1], format: 'iife', sourcemap: true },
    plugins: [
      virtual('iife-entry', "import './src/define.ts';"),
      litPolicyOnce,
      nodeResolve(),
      json(),
      transpile(),
      ...minify({ module: false }),
      artifacts,
    ],
  },
];

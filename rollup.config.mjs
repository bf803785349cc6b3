/**
 * `npm run build` (rollup -c) writes into dist/:
 *
 *   lille-networks.js (+ .map)       ES module, lit inside; defines <lille-networks> when loaded
 *                                    (script tags, CDNs)
 *   types/define.d.ts (+ the rest)   type declarations of the package
 *   lille-networks.iife.js (+ .map)  the same as a classic script, exposing no global
 *   lib/lille-networks.js (+ .map)   the package's entry for bundlers: the same module, importing
 *                                    `lit` rather than carrying it, so an app with Lit has one copy
 *   node/lille-networks.js (+ .map)  the package's entry under Node's `node` condition (server
 *                                    rendering): the API of src/index.ts, which registers nothing,
 *                                    on Lit's Node build and DOM shim
 *   react/lille-networks.js (+ .map) `lille-networks/react` (src/react.ts): react, @lit/react, lit
 *                                    and the package itself stay imports (types: types/react.d.ts)
 *   lille-networks.schema.json       JSON Schema of a `src`/`data` document (src/data/schema.ts)
 *   node/server.js (+ .map)          `lille-networks/server`: renderToString(), the element's
 *                                    markup with its cards in a declarative shadow root, rendered
 *                                    by Lit's server renderer from the element's own templates
 *   lille-networks.fr.html / .en.html  that markup for the bundled data, per language, to paste
 *                                    where the cards go
 *   lille-networks.pieces.json       its pieces per language and heading level (2-6), for servers
 *                                    that assemble it without Node (the WordPress plugin)
 *   size/code-only.js                the module without the bundled networks, which
 *                                    scripts/size.mjs measures as code (not published)
 *
 * and ends by printing the Subresource Integrity hash of each bundle.
 */
import { readFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import resolve from '@rollup/plugin-node-resolve';
import terser from '@rollup/plugin-terser';
import typescript from '@rollup/plugin-typescript';
import { minifyTemplateLiterals } from 'rollup-plugin-minify-template-literals';
import { markupPieces, schemaDocument, sri, staticHtml } from './scripts/lib/artifacts.mjs';
import { loadSources } from './scripts/lib/sources.mjs';

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

/**
 * TypeScript for every bundle but the first, which type-checks all of src/ (tsconfig.json's
 * `include`): the others only need the JavaScript.
 */
const transpile = (options) =>
  typescript({ tsconfig: './tsconfig.json', declaration: false, declarationMap: false, noCheck: true, ...options });

/** Lit stays an import in the package's entries: the app's bundler resolves it, once. */
const lit = (id) => /^(lit|lit-html|@lit\/|@lit-labs\/)/.test(id);

/** The Node build extends Lit's DOM shim instead of the browser's HTMLElement. */
const nodeBase = {
  name: 'node-html-element',
  resolveId: (source) =>
    source === './html-element.js' ? fileURLToPath(new URL('./src/html-element.node.ts', import.meta.url)) : null,
};

/**
 * The React entry imports the element from the package by its name: the app's resolver picks
 * the defining entry in the browser and the Node build on the server, as for a direct import.
 */
const reactEntry = {
  input: 'src/react.ts',
  external: (id) => lit(id) || /^(react|lille-networks)(\/|$)/.test(id),
  output: { file: 'dist/react/lille-networks.js', format: 'es', sourcemap: true },
  plugins: [
    {
      name: 'element-from-package',
      resolveId: (source, importer) =>
        source === './define.js' && importer?.endsWith('react.ts') ? { id: pkg.name, external: true } : null,
    },
    transpile(),
    // A client module for React Server Components (Next.js' App Router): rendered from a server
    // component, it still runs in the browser, where data and listeners are set.
    ...minify({ module: true, preamble: "'use client';" }),
  ],
};

/**
 * The self-contained module without the bundled networks: what `scripts/size.mjs` measures as
 * code, apart from the content (the rest of the bundle), which visitors come for.
 */
const codeOnlyBundle = {
  input: 'src/define.ts',
  output: { file: 'dist/size/code-only.js', format: 'es' },
  plugins: [
    {
      name: 'no-bundled-networks',
      // src/data/networks.ts, as src/data/bundled.ts imports it.
      resolveId: (source) => (source === './networks.js' ? '\0no-networks' : null),
      load: (id) => (id === '\0no-networks' ? 'export const bundledNetworks = [];' : null),
    },
    litPolicyOnce,
    nodeResolve(),
    transpile({ sourceMap: false }),
    ...minify({ module: true }),
  ],
};

/**
 * The classic script's entry: only the side effect of src/define.ts, so that the IIFE exports
 * nothing and sets no global that a page (or a second copy of the script) could collide with.
 */
const iifeEntry = '\0lille-networks-iife';
const iifeEntryPlugin = {
  name: 'iife-entry',
  resolveId: (id) => (id === iifeEntry ? id : null),
  load: (id) => (id === iifeEntry ? "import './src/define.ts';" : null),
};

/**
 * With the last bundle (the IIFE, written into dist/ as these files are): the schema, and the
 * element's markup from the server entry (built before, by the config above it); once it is
 * written, the SRI hashes, which end the build's output.
 */
let written = false;
const artifacts = {
  name: 'lille-networks-artifacts',
  async generateBundle() {
    const { documentSchema, parseDocument, bundledNetworks, languages } = await loadSources();
    // parseDocument throws when no entry is valid, and names the entries it dropped.
    const { dropped } = parseDocument({ version: 1, networks: bundledNetworks });
    if (dropped.length) this.error(`src/data/networks.ts is not valid:\n  ${dropped.join('\n  ')}`);

    const schema = schemaDocument(documentSchema, pkg);
    this.emitFile({
      type: 'asset',
      fileName: `${pkg.name}.schema.json`,
      source: `${JSON.stringify(schema, null, 2)}\n`,
    });
    // A fresh import of the server entry just built, even in watch mode.
    const server = new URL(`./dist/node/server.js?${Date.now()}`, import.meta.url).href;
    const { renderToString, renderPieces } = await import(server);
    for (const language of languages) {
      this.emitFile({
        type: 'asset',
        fileName: `${pkg.name}.${language}.html`,
        source: staticHtml(renderToString, language, pkg),
      });
    }
    this.emitFile({
      type: 'asset',
      fileName: `${pkg.name}.pieces.json`,
      source: `${JSON.stringify(markupPieces(renderPieces, languages))}\n`,
    });
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
      typescript({ tsconfig: './tsconfig.json', declarationDir: 'dist/types' }),
      ...minify({ module: true }),
    ],
  },
  {
    input: 'src/define.ts',
    external: lit,
    output: { file: 'dist/lib/lille-networks.js', format: 'es', sourcemap: true },
    plugins: [
      transpile(),
      ...minify({ module: true }),
    ],
  },
  {
    input: 'src/index.ts',
    external: lit,
    output: { file: 'dist/node/lille-networks.js', format: 'es', sourcemap: true },
    plugins: [
      nodeBase,
      transpile(),
      ...minify({ module: true }),
    ],
  },
  {
    input: 'src/server.ts',
    external: lit,
    output: { file: 'dist/node/server.js', format: 'es', sourcemap: true },
    plugins: [transpile(), ...minify({ module: true })],
  },
  reactEntry,
  codeOnlyBundle,
  {
    input: iifeEntry,
    output: { file: bundles[1], format: 'iife', sourcemap: true },
    plugins: [
      iifeEntryPlugin,
      litPolicyOnce,
      nodeResolve(),
      transpile(),
      ...minify({ module: false }),
      artifacts,
    ],
  },
];

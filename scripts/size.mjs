/**
 * Size budget of the self-contained bundles, enforced by `npm test` (run `npm run build` first).
 * Bytes are gzip level 9 through Node's zlib (brotli quality 11 beside them, for information).
 *
 *   code     dist/size/code-only.js, the module bundle built with no bundled networks (by
 *            rollup.config.mjs, with the others): the element, lit-html, the styles and the
 *            interface strings. What we optimise.
 *   content  the rest of dist/lille-networks.js: the bundled networks' texts, which visitors
 *            come for; never cut to make code fit. Reported, limited only through the total.
 *   server   dist/node/server.js, `lille-networks/server`, which runs in Node only: reported, and
 *            none of it may reach a browser bundle (the bundles are searched for its markers).
 *
 * Exits 1 when
 *   - the code is over CODE_GZIP_MAX bytes, or
 *   - dist/lille-networks.js (all in) is over ALL_IN_GZIP_MAX bytes, or
 *   - dist/lille-networks.iife.js is more than IIFE_OVER_ES_MAX larger than the module, or
 *   - a browser bundle holds server-only code.
 *
 *   node scripts/size.mjs          table for people, exit code for CI
 *   node scripts/size.mjs --report the table, exit code 0 whatever the sizes (the build's report)
 *   node scripts/size.mjs --json   the same figures and verdict as JSON on stdout (the bench
 *                                  reads it); the exit code follows the same rules
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * Largest allowed gzip size of the code: the module bundle with no bundled networks. The limit
 * holds the code as measured, so that it can only shrink; a change that must add bytes raises
 * it by what it measured and says so in its commit.
 */
export const CODE_GZIP_MAX = 11_389;
/**
 * Largest allowed gzip size of dist/lille-networks.js, content included: the code's limit and
 * the content as measured, which grows as the facts need and is never cut to make code fit.
 */
export const ALL_IN_GZIP_MAX = 16_602;
/** The classic script may be at most this fraction larger (gzip) than the module: 0.05 = 5 %. */
export const IIFE_OVER_ES_MAX = 0.05;

const measure = (bytes) => ({
  raw: bytes.length,
  gzip: gzipSync(bytes, { level: 9 }).length,
  brotli: brotliCompressSync(bytes, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
    },
  }).length,
});

const json = process.argv.includes('--json');
// `npm run build` prints the table with --report; `npm test` runs without it and fails over budget.
const reportOnly = process.argv.includes('--report');
const problems = [];

const file = (name) => `dist/lille-networks.${name}`;
const codeOnly = 'dist/size/code-only.js';
const server = 'dist/node/server.js';
/**
 * Text that only the server entry holds (src/server.ts and its styles for the markup): a browser
 * bundle that has any of it carries server code that its visitors would pay for.
 */
const serverOnly = ['shadowrootmode', ':not(:defined)', 'scripting:none'];
const browserBundles = [file('js'), file('iife.js'), 'dist/lib/lille-networks.js'];
for (const path of [...browserBundles, codeOnly, server]) {
  if (!existsSync(path)) problems.push(`${path} does not exist: run \`npm run build\` first`);
}
let figures = {};
if (!problems.length) {
  const es = measure(readFileSync(file('js')));
  const iife = measure(readFileSync(file('iife.js')));
  const code = measure(readFileSync(codeOnly));
  const node = measure(readFileSync(server));
  const content = { raw: es.raw - code.raw, gzip: es.gzip - code.gzip, brotli: es.brotli - code.brotli };
  const iifeMax = Math.floor(es.gzip * (1 + IIFE_OVER_ES_MAX));
  figures = {
    code: { ...code, max: CODE_GZIP_MAX, what: 'code: the module with no bundled networks' },
    content: { ...content, max: null, what: 'content: the bundled networks (module minus code)' },
    es: { file: file('js'), ...es, max: ALL_IN_GZIP_MAX, what: `all in: ${file('js')}` },
    iife: { file: file('iife.js'), ...iife, max: iifeMax, what: `all in: ${file('iife.js')} (module + ${IIFE_OVER_ES_MAX * 100} %)` },
    server: { file: server, ...node, max: null, what: `server only: ${server} (lille-networks/server)` },
  };
  for (const bundle of browserBundles) {
    const text = readFileSync(bundle, 'utf8');
    const found = serverOnly.filter((marker) => text.includes(marker));
    if (found.length) problems.push(`${bundle} holds server-only code (${found.join(', ')}): it must not reach browsers`);
  }
  for (const [name, figure] of Object.entries(figures)) {
    if (figure.max !== null && figure.gzip > figure.max) {
      problems.push(`${figure.what} is ${figure.gzip} bytes gzip, over its limit of ${figure.max} by ${figure.gzip - figure.max} (${name}, scripts/size.mjs)`);
    }
  }
}

const ok = problems.length === 0;
if (json) {
  console.log(JSON.stringify({ ok, figures, problems }, null, 2));
} else {
  const rows = Object.values(figures).map((f) => [
    f.what, f.raw, f.gzip, f.brotli, f.max === null ? '' : `≤ ${f.max}`, f.max === null ? '' : f.gzip <= f.max ? 'ok' : 'OVER',
  ]);
  const table = [['', 'raw', 'gzip -9', 'brotli -11', 'gzip limit', ''], ...rows].map((r) => r.map(String));
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const numeric = (i) => i >= 1 && i <= 3;
  const line = (r) => `| ${r.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  if (rows.length) {
    console.log(line(table[0]));
    console.log(`|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
    for (const r of table.slice(1)) console.log(line(r));
  }
  for (const problem of problems) console.error(`size budget: ${problem}`);
  if (ok) console.log('size budget: ok');
}
process.exitCode = ok || reportOnly ? 0 : 1;

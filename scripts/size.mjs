/**
 * The size budget of the self-contained bundles, which `npm test` enforces (after the build).
 * Bytes are gzip level 9 through Node's zlib, brotli quality 11 beside them for information:
 *
 *   code     dist/size/code-only.js, the module built without the bundled networks: the
 *            element, lit-html, the styles and the interface strings. What we optimise.
 *   content  the rest of dist/lille-networks.js: the networks' texts, which visitors come for,
 *            never cut to make the code fit; limited only through the total.
 *   server   dist/node/server.js, which runs in Node only: reported, and none of it may reach a
 *            browser bundle.
 *
 *   node scripts/size.mjs           the table, and exit 1 over budget
 *   node scripts/size.mjs --report  the table, exit 0 whatever the sizes (the build's report)
 *   node scripts/size.mjs --json    the figures and problems as JSON (the bench reads them)
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/**
 * The code's limit is the size it measured once its features were in: each change since pays
 * for its bytes, so that the code can only shrink from here.
 */
const CODE_GZIP_MAX = 11_389;
/** The module with its content, raised with the code's limit and as the facts needed. */
const ALL_IN_GZIP_MAX = 16_602;
/** How much larger (gzip) than the module the classic script may be. */
const IIFE_OVER_ES_MAX = 0.05;
/** Text that only the server entry holds: a browser bundle with any of it carries server code. */
const SERVER_ONLY = ['shadowrootmode', ':not(:defined)', 'scripting:none'];

const measure = (file) => {
  const bytes = readFileSync(file);
  const params = {
    [constants.BROTLI_PARAM_QUALITY]: 11,
    [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
    [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
  };
  return { raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, brotli: brotliCompressSync(bytes, { params }).length };
};

const browserBundles = ['dist/lille-networks.js', 'dist/lille-networks.iife.js', 'dist/lib/lille-networks.js'];
const problems = [...browserBundles, 'dist/size/code-only.js', 'dist/node/server.js']
  .filter((file) => !existsSync(file))
  .map((file) => `${file} does not exist: run \`npm run build\` first`);
let figures = {};
if (!problems.length) {
  const [es, iife, code, server] = [...browserBundles.slice(0, 2), 'dist/size/code-only.js', 'dist/node/server.js'].map(measure);
  figures = {
    code: { ...code, max: CODE_GZIP_MAX, what: 'code: the module with no bundled networks' },
    content: {
      ...Object.fromEntries(['raw', 'gzip', 'brotli'].map((key) => [key, es[key] - code[key]])),
      max: null,
      what: 'content: the bundled networks (module minus code)',
    },
    es: { ...es, max: ALL_IN_GZIP_MAX, what: 'all in: dist/lille-networks.js' },
    iife: {
      ...iife,
      max: Math.floor(es.gzip * (1 + IIFE_OVER_ES_MAX)),
      what: `all in: dist/lille-networks.iife.js (module + ${IIFE_OVER_ES_MAX * 100} %)`,
    },
    server: { ...server, max: null, what: 'server only: dist/node/server.js (lille-networks/server)' },
  };
  for (const bundle of browserBundles) {
    const found = SERVER_ONLY.filter((marker) => readFileSync(bundle, 'utf8').includes(marker));
    if (found.length) problems.push(`${bundle} holds server-only code (${found.join(', ')}): it must not reach browsers`);
  }
  for (const [name, f] of Object.entries(figures)) {
    if (f.max === null || f.gzip <= f.max) continue;
    problems.push(`${f.what} is ${f.gzip} bytes gzip, over its limit of ${f.max} by ${f.gzip - f.max} (${name}, scripts/size.mjs)`);
  }
}

if (process.argv.includes('--json')) {
  console.log(JSON.stringify({ ok: !problems.length, figures, problems }, null, 2));
} else {
  const rows = [['', 'raw', 'gzip -9', 'brotli -11', 'gzip limit', ''], ...Object.values(figures).map((f) => [
    f.what, f.raw, f.gzip, f.brotli, f.max === null ? '' : `≤ ${f.max}`, f.max === null ? '' : f.gzip <= f.max ? 'ok' : 'OVER',
  ])].map((row) => row.map(String));
  const widths = rows[0].map((_, i) => Math.max(...rows.map((row) => row[i].length)));
  const numeric = (i) => i >= 1 && i <= 3;
  const line = (row) => `| ${row.map((cell, i) => (numeric(i) ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (numeric(i) ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  if (rows.length > 1) console.log([line(rows[0]), rule, ...rows.slice(1).map(line)].join('\n'));
  for (const problem of problems) console.error(`size budget: ${problem}`);
  if (!problems.length) console.log('size budget: ok');
}
process.exitCode = problems.length && !process.argv.includes('--report') ? 1 : 0;

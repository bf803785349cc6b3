/**
 * Size budget of the built bundles, enforced by `npm test` (run `npm run build` first).
 *
 * For dist/lille-networks.js and, when it exists, dist/lille-networks.iife.js: raw bytes, gzip
 * (level 9) bytes and brotli (quality 11, the maximum) bytes. Exits 1 when
 *   - the ES module is over ES_GZIP_BUDGET bytes gzip, or
 *   - the IIFE's gzip size is more than IIFE_OVER_ES_MAX above the ES module's.
 *
 *   node scripts/size.mjs          table for people, exit code for CI
 *   node scripts/size.mjs --report the table, exit code 0 whatever the sizes (the build's report)
 *   node scripts/size.mjs --json   the same figures and verdict as JSON on stdout (the bench
 *                                  reads it); the exit code follows the same rules
 */
import { existsSync, readFileSync } from 'node:fs';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Largest allowed gzip size of dist/lille-networks.js, in bytes: lit-html and both languages included. */
export const ES_GZIP_BUDGET = 12_000;
/** The IIFE may be at most this fraction larger (gzip) than the ES module: 0.05 = 5 %. */
export const IIFE_OVER_ES_MAX = 0.05;

const bundles = [
  { name: 'es', file: 'dist/lille-networks.js', required: true },
  { name: 'iife', file: 'dist/lille-networks.iife.js', required: false },
];

const measure = (file) => {
  const bytes = readFileSync(file);
  return {
    raw: bytes.length,
    gzip: gzipSync(bytes, { level: 9 }).length,
    brotli: brotliCompressSync(bytes, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: bytes.length,
      },
    }).length,
  };
};

const json = process.argv.includes('--json');
// `npm run build` prints the table with --report; `npm test` runs without it and fails over budget.
const reportOnly = process.argv.includes('--report');
const problems = [];
const figures = {};
for (const { name, file, required } of bundles) {
  if (!existsSync(file)) {
    if (required) problems.push(`${file} does not exist: run \`npm run build\` first`);
    continue;
  }
  figures[name] = { file, ...measure(file) };
}

const { es, iife } = figures;
if (es && es.gzip > ES_GZIP_BUDGET) {
  problems.push(
    `${es.file} is ${es.gzip} bytes gzip, over the budget of ${ES_GZIP_BUDGET} bytes ` +
      `by ${es.gzip - ES_GZIP_BUDGET} bytes (ES_GZIP_BUDGET in scripts/size.mjs)`,
  );
}
const iifeLimit = es ? Math.floor(es.gzip * (1 + IIFE_OVER_ES_MAX)) : undefined;
if (es && iife && iife.gzip > iifeLimit) {
  const over = ((iife.gzip / es.gzip - 1) * 100).toFixed(1);
  problems.push(
    `${iife.file} is ${iife.gzip} bytes gzip, ${over} % above the ES module's ${es.gzip} bytes; ` +
      `at most ${IIFE_OVER_ES_MAX * 100} % (${iifeLimit} bytes) is allowed (IIFE_OVER_ES_MAX in scripts/size.mjs)`,
  );
}

const ok = problems.length === 0;
if (json) {
  const budget = { esGzip: ES_GZIP_BUDGET, iifeOverEsMax: IIFE_OVER_ES_MAX, iifeGzip: iifeLimit ?? null };
  console.log(JSON.stringify({ ok, budget, bundles: Object.values(figures), problems }, null, 2));
} else {
  const rows = Object.values(figures).map((f) => {
    const limit = f === es ? `≤ ${ES_GZIP_BUDGET}` : `≤ ${iifeLimit} (ES + ${IIFE_OVER_ES_MAX * 100} %)`;
    const pass = f === es ? f.gzip <= ES_GZIP_BUDGET : f.gzip <= iifeLimit;
    return [f.file, f.raw, f.gzip, f.brotli, limit, pass ? 'ok' : 'OVER'];
  });
  const table = [['bundle', 'raw', 'gzip -9', 'brotli -11', 'gzip budget', ''], ...rows].map((r) =>
    r.map(String),
  );
  const widths = table[0].map((_, i) => Math.max(...table.map((r) => r[i].length)));
  const line = (r) => `| ${r.map((cell, i) => (i >= 1 && i <= 3 ? cell.padStart(widths[i]) : cell.padEnd(widths[i]))).join(' | ')} |`;
  if (rows.length) {
    console.log(line(table[0]));
    console.log(`|${widths.map((w, i) => (i >= 1 && i <= 3 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`);
    for (const r of table.slice(1)) console.log(line(r));
  }
  if (!iife && es) console.log(`(no dist/lille-networks.iife.js: IIFE check skipped)`);
  for (const problem of problems) console.error(`size budget: ${problem}`);
  if (ok) console.log('size budget: ok');
}
process.exitCode = ok || reportOnly ? 0 : 1;

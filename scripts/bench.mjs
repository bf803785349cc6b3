/**
 * Performance bench of the built element in headless Chromium; writes bench/results.md.
 * `npm run bench` builds first. Reports, never fails on a missed target (only on a broken setup).
 *
 * Measures (details in the "How measured" section written at the top of bench/results.md):
 *   - load: script start → six rendered cards, on bench/load.html, cold and warm page loads;
 *   - first render and one-card toggle at 6, 60 and 600 cards (data property), against native
 *     <details>/<summary> markup set with innerHTML, on bench/render.html (page side: bench/render.js);
 *   - DOM mutations outside the toggled card among 600;
 *   - heap per instance with 100 instances;
 *   - cumulative layout shift of demo/index.html while the element loads;
 *   - bundle sizes, from `node scripts/size.mjs --json`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import ts from 'typescript';
import { launchChromium } from './chromium.mjs';
import { serve } from './serve.mjs';

// ---- Settings and targets -------------------------------------------------------------------------

const SIZES = [6, 60, 600];
/** Fresh page loads per (size, widget|baseline) for first render and toggle. */
const RENDER_RUNS = 9;
/** Cards opened then closed per page load (spread over the list). */
const TOGGLED_PER_RUN = 4;
const LOAD_COLD_RUNS = 25;
const LOAD_WARM_RUNS = 20;
const HEAP_INSTANCES = 100;
const HEAP_RUNS = 3;
const CLS_RUNS = 5;
/** The second CLS scenario holds the bundle back this long, as a slow network would. */
const CLS_BUNDLE_DELAY_MS = 300;
const CLS_VIEWPORT = { width: 1024, height: 800, deviceScaleFactor: 1 };

const TARGET_RENDER_RATIO = 2; // first render at 600 cards ≤ 2 × the native baseline
const TARGET_TOGGLE_MS = 16; // one-card toggle at 600 cards < 16 ms
const TARGET_CLS = 0.1; // demo page while the element loads

const OUTPUT = 'bench/results.md';
const BUNDLE = 'dist/lille-networks.js';

// ---- Helpers ------------------------------------------------------------------------------------------

const log = (message) => process.stderr.write(`bench: ${message}\n`);

const sorted = (values) => [...values].sort((a, b) => a - b);
/** Linear-interpolation quantile, q in [0, 1]. */
const quantile = (values, q) => {
  const s = sorted(values);
  const position = (s.length - 1) * q;
  const below = Math.floor(position);
  const above = Math.min(below + 1, s.length - 1);
  return s[below] + (s[above] - s[below]) * (position - below);
};
const median = (values) => quantile(values, 0.5);
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const mark = (ok) => (ok ? '✅' : '❌');

/** A module of src/, transpiled on the fly, so that the bench needs no export from the bundle. */
async function sourceModule(path) {
  const { outputText } = ts.transpileModule(readFileSync(path, 'utf8'), {
    compilerOptions: { module: ts.ModuleKind.ESNext, target: ts.ScriptTarget.ES2022 },
  });
  return import(`data:text/javascript,${encodeURIComponent(outputText)}`);
}

/** The six bundled networks. */
async function bundledNetworks() {
  const module = await sourceModule('src/data/networks.ts');
  if (!Array.isArray(module.bundledNetworks)) throw new Error('src/data/networks.ts exports no bundledNetworks');
  return module.bundledNetworks;
}

/** The element's French strings, for the native baseline; `figureOf` as a text with `{year}`. */
async function frenchStrings() {
  const { fr } = (await sourceModule('src/i18n.ts')).strings;
  return { ...fr, figureOf: fr.figureOf('{year}') };
}

function sizeFigures() {
  try {
    return JSON.parse(execFileSync(process.execPath, ['scripts/size.mjs', '--json'], { encoding: 'utf8' }));
  } catch (error) {
    // Over budget: size.mjs exits 1 but still prints its figures.
    if (error.stdout) return JSON.parse(error.stdout);
    throw error;
  }
}

function gitDescription() {
  try {
    const commit = execFileSync('git', ['rev-parse', '--short', 'HEAD'], { encoding: 'utf8' }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--', 'src', 'rollup.config.mjs', 'package.json'], {
      encoding: 'utf8',
    }).trim();
    return `${commit}${dirty ? ' + uncommitted changes in src/ or build config' : ''}`;
  } catch {
    return 'unknown';
  }
}

// ---- Runs -------------------------------------------------------------------------------------------------

const problems = [];
/** Console errors and uncaught exceptions of a page become warnings in the output. */
function watch(page, label) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: ${error}`));
}

async function loadRun(page, url) {
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.__load, { timeout: 15000, polling: 50 });
  const result = await page.evaluate(() => window.__load);
  if (result.error) throw new Error(`bench/load.html: ${result.error}`);
  return result;
}

async function measureLoad(browser, origin) {
  const url = `${origin}/bench/load.html`;
  const cold = [];
  for (let i = 0; i < LOAD_COLD_RUNS; i++) {
    // A new incognito context per load: empty HTTP cache and no V8 code cache.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    watch(page, 'load (cold)');
    cold.push(await loadRun(page, url));
    await context.close();
  }
  const warm = [];
  const context = await browser.createBrowserContext();
  const page = await context.newPage();
  watch(page, 'load (warm)');
  await loadRun(page, url); // primes the caches; not counted
  for (let i = 0; i < LOAD_WARM_RUNS; i++) warm.push(await loadRun(page, url));
  await context.close();
  return { cold, warm };
}

const empty = () => ({ first: [], script: [], open: [], openScript: [], close: [], closeScript: [] });

async function measureRender(browser, origin, source) {
  const page = await browser.newPage();
  watch(page, 'render');
  await page.setViewport({ width: 1024, height: 800, deviceScaleFactor: 1 });
  const results = Object.fromEntries(
    SIZES.map((size) => [size, { widget: empty(), baseline: empty() }]),
  );
  const mutations = [];
  for (let run = 0; run < RENDER_RUNS; run++) {
    for (const size of SIZES) {
      // Alternate which variant goes first, so drift over the run does not favour one.
      const kinds = run % 2 ? ['baseline', 'widget'] : ['widget', 'baseline'];
      for (const kind of kinds) {
        await page.goto(`${origin}/bench/render.html`, { waitUntil: 'load' });
        const out = await page.evaluate(
          async (kind, size, source, toggled, wantMutations) => {
            await window.bench.ready;
            window.bench.setSource(source);
            const first = await window.bench.firstRender(kind, size);
            const toggles = await window.bench.toggles(kind, toggled);
            const mutations = wantMutations ? await window.bench.mutations() : null;
            return { first, toggles, mutations };
          },
          kind,
          size,
          source,
          TOGGLED_PER_RUN,
          kind === 'widget' && size === 600,
        );
        const r = results[size][kind];
        r.first.push(out.first.total);
        r.script.push(out.first.script);
        r.open.push(...out.toggles.open.map((t) => t.total));
        r.openScript.push(...out.toggles.open.map((t) => t.script));
        r.close.push(...out.toggles.close.map((t) => t.total));
        r.closeScript.push(...out.toggles.close.map((t) => t.script));
        if (out.mutations) mutations.push(...out.mutations);
      }
    }
    log(`render: run ${run + 1}/${RENDER_RUNS}`);
  }
  await page.close();
  return { results, mutations };
}

async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
}

async function measureHeap(browser, origin, source) {
  const runs = { widget: [], baseline: [] };
  for (let run = 0; run < HEAP_RUNS; run++) {
    for (const kind of ['widget', 'baseline']) {
      const page = await browser.newPage();
      watch(page, 'heap');
      const cdp = await page.createCDPSession();
      await page.goto(`${origin}/bench/render.html`, { waitUntil: 'load' });
      await page.evaluate(async (source) => {
        await window.bench.ready;
        window.bench.setSource(source);
      }, source);
      const before = await heapUsage(cdp);
      await page.evaluate((kind, count) => window.bench.addInstances(kind, count), kind, HEAP_INSTANCES);
      const after = await heapUsage(cdp);
      runs[kind].push({
        js: (after.usedSize - before.usedSize) / HEAP_INSTANCES,
        // Blink's garbage-collected heap (DOM nodes and other C++ objects), where Chromium reports it.
        embedder:
          after.embedderHeapUsedSize !== undefined
            ? (after.embedderHeapUsedSize - before.embedderHeapUsedSize) / HEAP_INSTANCES
            : null,
      });
      await page.close();
    }
  }
  return runs;
}

async function measureCls(browser, origin) {
  const scenarios = [
    { name: 'bundle served at once (local server)', delay: 0, values: [] },
    { name: `bundle held back ${CLS_BUNDLE_DELAY_MS} ms (slow network)`, delay: CLS_BUNDLE_DELAY_MS, values: [] },
  ];
  for (const scenario of scenarios) {
    for (let i = 0; i < CLS_RUNS; i++) {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      watch(page, 'cls');
      await page.setViewport(CLS_VIEWPORT);
      await page.evaluateOnNewDocument(() => {
        window.__cls = { value: 0, shifts: 0, moved: [] };
        const name = (node) => (node ? `${node.nodeName.toLowerCase()}${node.className ? `.${node.className}` : ''}` : '?');
        const take = (entries) => {
          for (const entry of entries) {
            if (entry.hadRecentInput) continue;
            window.__cls.value += entry.value;
            window.__cls.shifts += 1;
            window.__cls.moved.push(...entry.sources.map((source) => name(source.node)));
          }
        };
        window.__clsObserver = new PerformanceObserver((list) => take(list.getEntries()));
        window.__clsObserver.observe({ type: 'layout-shift', buffered: true });
        window.__clsTake = () => take(window.__clsObserver.takeRecords());
      });
      if (scenario.delay) {
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          if (new URL(request.url()).pathname === `/${BUNDLE}`) setTimeout(() => request.continue(), scenario.delay);
          else request.continue();
        });
      }
      await page.goto(`${origin}/demo/index.html`, { waitUntil: 'load' });
      const result = await page.evaluate(async () => {
        await customElements.whenDefined('lille-networks');
        const element = document.querySelector('lille-networks');
        await element.updateComplete;
        // Layout shifts are reported after the frame that paints them: let a few frames go by.
        for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
        await new Promise((resolve) => setTimeout(resolve, 300));
        window.__clsTake();
        return {
          ...window.__cls,
          cards: element.shadowRoot.querySelectorAll('[part=card]').length,
          height: element.getBoundingClientRect().height,
        };
      });
      if (result.cards !== 6) problems.push(`cls: ${result.cards} cards on demo/index.html instead of 6`);
      scenario.values.push(result);
      await context.close();
    }
  }
  return scenarios;
}

// ---- Report -------------------------------------------------------------------------------------------

function report({ machine, size, load, render, mutations, heap, cls }) {
  const lines = [];
  const out = (line = '') => lines.push(line);
  const table = (head, rows) => {
    out(`| ${head.join(' | ')} |`);
    out(`|${head.map((h) => (/^[-:]/.test(h) ? h : '---')).join('|')}|`);
    for (const row of rows) out(`| ${row.join(' | ')} |`);
    out();
  };

  const at600 = render.results[600];
  const ratio600 = median(at600.widget.first) / median(at600.baseline.first);
  const toggle600 = Math.max(median(at600.widget.open), median(at600.widget.close));
  const outside = mutations.reduce((sum, m) => sum + m.outside, 0);
  const clsWorst = Math.max(...cls.map((s) => median(s.values.map((v) => v.value))));
  const es = size.bundles.find((b) => b.file.endsWith('lille-networks.js'));

  out('# `<lille-networks>` benchmark results');
  out();
  out(`Written by \`npm run bench\` (scripts/bench.mjs) on ${machine.date}. Re-run it rather than editing this file.`);
  out();
  out('## How measured');
  out();
  out('- **Browser:** Debian Chromium, headless, through puppeteer-core (scripts/chromium.mjs); pages served by');
  out('  @web/dev-server on 127.0.0.1 (scripts/serve.mjs). Times are `performance.now()` differences in the page');
  out('  (resolution 0.1 ms, as the pages are not cross-origin isolated).');
  out('- **"Rendered"** always means: DOM built (for the widget, its `updateComplete` has resolved) and style + layout');
  out('  forced synchronously by reading `offsetHeight`. Paint and compositing are not included. Widget and native');
  out('  baseline are measured the same way.');
  out('- **Load** (bench/load.html): *script start* is a `performance.mark()` in a classic inline script placed');
  out('  immediately before `<script type="module" src="/dist/lille-networks.js">` in the `<head>`; the page holds one');
  out('  `<lille-networks>` with the bundled data. *Rendered* = `customElements.whenDefined` resolved, then');
  out('  `updateComplete`, the shadow root holds 6 `[part=card]`, then forced layout. The interval therefore includes');
  out('  fetching, compiling and running the bundle, defining the element and its first render. *Cold* = a new');
  out(`  incognito browser context per load (empty HTTP cache, no code cache), ${LOAD_COLD_RUNS} loads; *warm* = the same tab`);
  out(`  navigated again ${LOAD_WARM_RUNS} times after one priming load.`);
  out('- **First render** (bench/render.html + bench/render.js): one fresh page load per sample. Generated data: the');
  out('  six bundled networks cloned round-robin with ids `x-1`…`x-N`. Widget: from `createElement`, through setting');
  out('  the `data` property (so validation is included), appending, `updateComplete`, to forced layout. Baseline: the');
  out('  same content (name, summary, description, facts, working groups, projects, links; French) as native');
  out('  `<details>`/`<summary>` markup, built as a string from the same data and set with `innerHTML`, to forced layout.');
  out(`  ${RENDER_RUNS} page loads per size and variant (order alternated); medians.`);
  out(`- **Toggle:** on the same page after the first render, ${TOGGLED_PER_RUN} cards spread over the list are opened then`);
  out('  closed one at a time, a frame apart. Widget: `button.click()` → `updateComplete` → forced layout. Baseline:');
  out(`  \`details.open = !details.open\` → forced layout. Medians over ${RENDER_RUNS * TOGGLED_PER_RUN} opens and as many closes.`);
  out('- **Mutations:** at 600 cards, a `MutationObserver` on the shadow root (subtree, childList, attributes,');
  out('  characterData) while the middle card\'s button is clicked (open, then close); records whose target is not');
  out('  inside the toggled `[part=card]` count as "outside".');
  out(`- **Memory:** ${HEAP_INSTANCES} instances (bundled data, 6 cards each) added to an otherwise empty page; CDP`);
  out('  `HeapProfiler.collectGarbage` (twice) then `Runtime.getHeapUsage` before and after; difference ÷ 100.');
  out('  *JS heap* = V8 `usedSize`; *Blink heap* = `embedderHeapUsedSize` (DOM nodes live there). Baseline: 100 copies');
  out(`  of the native markup of the same six networks. Median of ${HEAP_RUNS} pages.`);
  out('- **CLS:** demo/index.html at 1024×800, a new incognito context per load, in two scenarios: the bundle served');
  out(`  at once by the local server (whether the first paint comes before the element is defined is then a race), and`);
  out(`  the bundle held back ${CLS_BUNDLE_DELAY_MS} ms by request interception (as on a real network). A \`PerformanceObserver\` for`);
  out('  `layout-shift` (buffered, installed before any page script) sums the values of entries without recent input');
  out(`  until the element has rendered plus 3 frames and 300 ms. Median of ${CLS_RUNS} loads per scenario; the target is`);
  out(`  checked against the worse scenario.`);
  out('- **Size:** `node scripts/size.mjs --json` (gzip level 9, brotli quality 11).');
  out();

  out('## Machine');
  out();
  table(['', ''], [
    ['CPU', `${machine.cpu} (${machine.cores} logical cores)`],
    ['Memory', `${(machine.memory / 1024 ** 3).toFixed(1)} GiB`],
    ['OS', machine.os],
    ['Chromium', machine.chromium],
    ['Node', machine.node],
    ['Code', machine.git],
    ['Date', machine.date],
    ['Bench duration', `${machine.duration} s`],
    ['Load average (1 min), start → end', `${machine.load.map((l) => l.toFixed(1)).join(' → ')} (includes the build just before and the bench's own Chromium)`],
  ]);
  if (machine.load[0] > machine.cores + 1) {
    out(`⚠ The load average was ${machine.load[0].toFixed(1)} on ${machine.cores} cores when the bench started: other work competed`);
    out('for the CPU, so the times below are noisier and slower than on a quiet machine. Re-run to compare.');
    out();
  }

  out('## Targets');
  out();
  table(['Target', 'Result', ''], [
    [`First render at 600 cards ≤ ${TARGET_RENDER_RATIO}× native baseline`, `${ratio600.toFixed(2)}× (${ms(median(at600.widget.first))} ms vs ${ms(median(at600.baseline.first))} ms)`, mark(ratio600 <= TARGET_RENDER_RATIO)],
    [`One-card toggle at 600 cards < ${TARGET_TOGGLE_MS} ms`, `open ${ms(median(at600.widget.open))} ms, close ${ms(median(at600.widget.close))} ms (medians)`, mark(toggle600 < TARGET_TOGGLE_MS)],
    ['DOM mutations outside the toggled card (600 cards)', `${outside} in ${mutations.length} toggles`, mark(outside === 0)],
    [`CLS of demo/index.html while loading < ${TARGET_CLS}`, cls.map((s) => `${median(s.values.map((v) => v.value)).toFixed(3)} (${s.delay ? 'slow' : 'local'})`).join(', '), mark(clsWorst < TARGET_CLS)],
    [`ES module ≤ ${size.budget.esGzip} B gzip (enforced by \`npm test\`)`, es ? `${es.gzip} B` : 'missing', mark(es && es.gzip <= size.budget.esGzip)],
  ]);

  out('## Load: script start → six rendered cards');
  out();
  out('"Bundle received": `responseEnd` of the bundle relative to script start (negative: already received, from the');
  out('cache, before the inline script ran).');
  out();
  table(['Loads', 'n', 'median', 'p10–p90', 'min–max', 'bundle received (median)', 'rendered, from navigation start (median)'],
    Object.entries(load).map(([name, runs]) => {
      const total = runs.map((r) => r.total);
      const fetched = runs.map((r) => r.fetched).filter((v) => v !== null);
      return [name, runs.length, `**${ms(median(total))} ms**`, `${ms(quantile(total, 0.1))}–${ms(quantile(total, 0.9))} ms`,
        `${ms(Math.min(...total))}–${ms(Math.max(...total))} ms`, fetched.length ? `${ms(median(fetched))} ms` : 'n/a',
        `${ms(median(runs.map((r) => r.sinceNavigation)))} ms`];
    }));

  out('## First render and one-card toggle (medians, ms)');
  out();
  out('"DOM built" = until `updateComplete` (widget) or until `innerHTML` / `open` returned (native); the rest of');
  out('each total is style + layout.');
  out();
  table(['Cards', 'Widget first render', 'of which DOM built', 'Native first render', 'of which DOM built', 'Ratio'],
    SIZES.map((size) => {
      const { widget: w, baseline: b } = render.results[size];
      return [size, `**${ms(median(w.first))}**`, ms(median(w.script)), `**${ms(median(b.first))}**`, ms(median(b.script)),
        `**${(median(w.first) / median(b.first)).toFixed(2)}×**`];
    }));
  table(['Cards', 'Widget open', 'of which DOM built', 'Widget close', 'of which DOM built', 'Native open / close', 'Ratio (open)'],
    SIZES.map((size) => {
      const { widget: w, baseline: b } = render.results[size];
      return [size, `**${ms(median(w.open))}**`, ms(median(w.openScript)), `**${ms(median(w.close))}**`, ms(median(w.closeScript)),
        `${ms(median(b.open))} / ${ms(median(b.close))}`, `${(median(w.open) / median(b.open)).toFixed(1)}×`];
    }));
  out('Spread (p10–p90, ms):');
  out();
  const spread = (v) => `${ms(quantile(v, 0.1))}–${ms(quantile(v, 0.9))}`;
  table(['Cards', 'Widget first render', 'Native first render', 'Widget open', 'Widget close'], SIZES.map((size) => {
    const { widget: w, baseline: b } = render.results[size];
    return [size, spread(w.first), spread(b.first), spread(w.open), spread(w.close)];
  }));

  out('## DOM mutations when one card toggles among 600');
  out();
  const byAction = (action) => mutations.filter((m) => m.action === action);
  table(['Action', 'toggles', 'records inside the card (median; expected: aria-expanded, hidden)', 'records outside the card (total)', 'examples outside'],
    ['open', 'close'].map((action) => {
      const m = byAction(action);
      const examples = [...new Set(m.flatMap((x) => x.examples))].slice(0, 3).join('; ') || '–';
      return [action, m.length, median(m.map((x) => x.inside)), m.reduce((s, x) => s + x.outside, 0), examples];
    }));

  out(`## Memory per instance (${HEAP_INSTANCES} instances, 6 cards each)`);
  out();
  const heapRow = (name, runs) => {
    const embedder = runs.map((r) => r.embedder).filter((v) => v !== null);
    return [name, kb(median(runs.map((r) => r.js))), embedder.length ? kb(median(embedder)) : 'n/a',
      embedder.length ? kb(median(runs.map((r) => r.js + (r.embedder ?? 0)))) : 'n/a'];
  };
  table(['', 'JS heap', 'Blink heap', 'Total'], [heapRow('Widget', heap.widget), heapRow('Native markup', heap.baseline)]);

  out('## Cumulative layout shift, demo/index.html (1024×800)');
  out();
  table(['Scenario', 'loads', 'median CLS', 'min–max', 'shifts (median)', 'elements moved', `< ${TARGET_CLS}`], cls.map((s) => {
    const v = s.values.map((x) => x.value);
    const moved = [...new Set(s.values.flatMap((x) => x.moved))].join(', ') || '–';
    return [s.name, v.length, median(v).toFixed(3), `${Math.min(...v).toFixed(3)}–${Math.max(...v).toFixed(3)}`,
      median(s.values.map((x) => x.shifts)), moved, mark(median(v) < TARGET_CLS)];
  }));
  out(`Height of the rendered element (all cards closed): ${median(cls.flatMap((s) => s.values.map((x) => x.height))).toFixed(0)} px at ${CLS_VIEWPORT.width} px wide.`);
  out();

  out('## Bundle size');
  out();
  table(['Bundle', 'raw', 'gzip -9', 'brotli -11', 'gzip budget', ''], size.bundles.map((b) => {
    const limit = b === es ? size.budget.esGzip : size.budget.iifeGzip;
    return [b.file, b.raw, b.gzip, b.brotli, b === es ? `≤ ${limit}` : `≤ ${limit} (ES + ${size.budget.iifeOverEsMax * 100} %)`, mark(b.gzip <= limit)];
  }));
  if (!size.bundles.some((b) => b.file.endsWith('.iife.js'))) out('No dist/lille-networks.iife.js in this build.\n');

  if (problems.length) {
    out('## Warnings during the run');
    out();
    for (const problem of [...new Set(problems)].slice(0, 20)) out(`- ${problem}`);
    out();
  }
  return lines.join('\n');
}

// ---- Main -----------------------------------------------------------------------------------------------

const started = Date.now();
const loadAtStart = os.loadavg()[0];
if (!existsSync(BUNDLE)) {
  console.error(`bench: ${BUNDLE} does not exist: run \`npm run build\` first (or \`npm run bench\`, which does).`);
  process.exit(1);
}
const size = sizeFigures();
const source = { networks: await bundledNetworks(), strings: await frenchStrings() };
const server = await serve();
const browser = await launchChromium();
let figures;
try {
  log('load…');
  const load = await measureLoad(browser, server.origin);
  log('first render and toggle…');
  const { results, mutations } = await measureRender(browser, server.origin, source);
  log('memory…');
  const heap = await measureHeap(browser, server.origin, source);
  log('layout shift…');
  const cls = await measureCls(browser, server.origin);
  const cpus = os.cpus();
  const machine = {
    cpu: cpus[0]?.model.trim() ?? 'unknown',
    cores: cpus.length,
    memory: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium '),
    node: process.version,
    git: gitDescription(),
    date: new Date().toISOString().replace(/\.\d+Z$/, 'Z'),
    duration: ((Date.now() - started) / 1000).toFixed(0),
    load: [loadAtStart, os.loadavg()[0]],
  };
  figures = { machine, size, load, render: { results }, mutations, heap, cls };
} finally {
  await browser.close();
  await server.stop();
}

const markdown = report(figures);
writeFileSync(OUTPUT, `${markdown}\n`);
console.log(markdown);
log(`wrote ${OUTPUT} in ${((Date.now() - started) / 1000).toFixed(0)} s`);

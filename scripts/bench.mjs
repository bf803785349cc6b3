/**
 * Performance bench of the built element in headless Chromium; writes bench/results.md.
 * `npm run bench` builds first. Reports, never fails on a missed target (only on a broken setup).
 *
 * Measures (details in the "How measured" section of bench/results.md):
 *   - first render and one-card toggle at 6, 60 and 600 cards (data property), each widget page
 *     load paired with a page load of the native baseline, in alternating order, so that every
 *     ratio is measured side by side; the baseline is the same content as <details>/<summary>,
 *     made from the element's own server markup of the same document (renderToString, then
 *     `nativeFrom` in bench/render.js) and set with innerHTML;
 *   - that both sides show the same texts and links;
 *   - DOM mutations outside the toggled card among 600;
 *   - first paint of the cards and layout shift, side by side: the server's markup with the
 *     element's script, the plain empty tag with it, and a static page with the same markup and
 *     no script (the floor), the script arriving at once or 3 s late, the CPU slowed 4×;
 *   - load: script start → six rendered cards, on bench/load.html, cold and warm page loads;
 *   - heap per instance with 100 instances;
 *   - bundle sizes, code and content apart, from `node scripts/size.mjs --json`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launchChromium } from './chromium.mjs';
import { source } from './lib/typescript.mjs';
import { serve } from './serve.mjs';

const { renderToString } = await import(new URL('../dist/node/server.js', import.meta.url).href);

// ---- Settings and targets -------------------------------------------------------------------------

/** Pairs of page loads (one widget, one native) per number of cards; 600 is what the targets judge. */
const PAIRS = { 6: 7, 60: 7, 600: 15 };
const SIZES = Object.keys(PAIRS).map(Number);
const JUDGED = 600;
/** Cards opened then closed per page load (spread over the list). */
const TOGGLED_PER_RUN = 4;
/** The language of both sides: the widget reads it from its container, the native markup carries it. */
const LANGUAGE = 'fr';
/** Cards whose texts and links are compared between the widget and the native markup. */
const CONTENT_CARDS = 6;
const LOAD_COLD_RUNS = 25;
const LOAD_WARM_RUNS = 20;
const HEAP_INSTANCES = 100;
const HEAP_RUNS = 3;
/** Page loads per page and script delay, for the first paint and the layout shift. */
const PAINT_RUNS = 5;
/** When the element's script arrives after the page: at once, and late, as on a slow network. */
const PAINT_SCRIPT_DELAYS_MS = [0, 3000];
const PAINT_CPU_SLOWDOWN = 4;
const PAINT_VIEWPORT = { width: 1024, height: 800, deviceScaleFactor: 1 };

/** Widget ÷ native at 600 cards, for the first render and for a toggle (open and close alike). */
const TARGET_RATIO = 1;
/** The server's markup: its cards painted no later than the static page's, and nothing moves. */
const TARGET_CLS = 0;

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
const times = (ratio) => `${ratio.toFixed(2)}×`;
const signed = (value) => `${value < 0 ? '−' : '+'}${ms(Math.abs(value))}`;
const mark = (ok) => (ok ? '✅' : '❌');

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

// ---- The two sides' input ---------------------------------------------------------------------------

/** `count` networks: the bundled ones cloned round-robin, with ids x-1…x-count. */
const makeDocument = (networks, count) => ({
  version: 1,
  networks: Array.from({ length: count }, (_, i) => ({ ...structuredClone(networks[i % networks.length]), id: `x-${i + 1}` })),
});

// ---- Runs -------------------------------------------------------------------------------------------------

const problems = [];
/** Console errors and uncaught exceptions of a page become warnings in the output. */
function watch(page, label) {
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`${label}: console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`${label}: ${error}`));
}

async function renderPage(browser, origin, label) {
  const page = await browser.newPage();
  watch(page, label);
  await page.setViewport({ width: 1024, height: 800, deviceScaleFactor: 1 });
  const open = async () => {
    await page.goto(`${origin}/bench/render.html`, { waitUntil: 'load' });
    await page.evaluate(async (language) => {
      await window.bench.ready;
      window.bench.setLanguage(language);
    }, LANGUAGE);
  };
  return { page, open };
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

/**
 * Per size, `PAIRS[size]` pairs of fresh page loads, one per side, taken one right after the
 * other and in alternating order (widget first, then native first), so that whatever else the
 * machine does weighs on both sides of a pair alike.
 */
async function measureRender(browser, origin, inputs) {
  const { page, open } = await renderPage(browser, origin, 'render');
  const pairs = Object.fromEntries(SIZES.map((size) => [size, []]));
  const mutations = [];
  const rounds = Math.max(...SIZES.map((size) => PAIRS[size]));
  for (let round = 0; round < rounds; round++) {
    for (const size of SIZES.filter((s) => round < PAIRS[s])) {
      const pair = {};
      for (const kind of round % 2 ? ['native', 'widget'] : ['widget', 'native']) {
        await open();
        pair[kind] = await page.evaluate(
          async (kind, input, size, toggled, wantMutations) => {
            const first = await window.bench.firstRender(kind, input, size);
            const toggles = await window.bench.toggles(kind, toggled);
            const mutations = wantMutations ? await window.bench.mutations() : null;
            return { first, ...toggles, mutations };
          },
          kind,
          kind === 'widget' ? inputs[size].document : inputs[size].html,
          size,
          TOGGLED_PER_RUN,
          kind === 'widget' && size === JUDGED,
        );
        if (pair[kind].mutations) mutations.push(...pair[kind].mutations);
      }
      pairs[size].push(pair);
    }
    log(`render: round ${round + 1}/${rounds}`);
  }
  await page.close();
  return { pairs, mutations };
}

/** The texts and links of the first cards, on each side; any difference is listed. */
async function compareContent(browser, origin, { document, html }) {
  const { page, open } = await renderPage(browser, origin, 'content');
  await open();
  const shown = await page.evaluate(
    (document, html, count) => window.bench.contents(document, html, count),
    document,
    html,
    CONTENT_CARDS,
  );
  await page.close();
  const missing = (from, to) => {
    const left = [...to];
    return from.filter((item) => {
      const i = left.indexOf(item);
      if (i === -1) return true;
      left.splice(i, 1);
      return false;
    });
  };
  const differences = ['texts', 'links'].flatMap((what) => [
    ...missing(shown.widget[what], shown.native[what]).map((item) => `${what}: only in the widget: ${item}`),
    ...missing(shown.native[what], shown.widget[what]).map((item) => `${what}: only in the native markup: ${item}`),
  ]);
  for (const difference of differences.slice(0, 10)) problems.push(`content: ${difference}`);
  return { texts: shown.widget.texts.length, links: shown.widget.links.length, differences };
}

async function heapUsage(cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('HeapProfiler.collectGarbage');
  return cdp.send('Runtime.getHeapUsage');
}

async function measureHeap(browser, origin, bundled) {
  const runs = { widget: [], native: [] };
  for (let run = 0; run < HEAP_RUNS; run++) {
    for (const kind of ['widget', 'native']) {
      const { page, open } = await renderPage(browser, origin, 'heap');
      const cdp = await page.createCDPSession();
      await open();
      const before = await heapUsage(cdp);
      await page.evaluate(
        (kind, instances, cards, html) => window.bench.addInstances(kind, instances, cards, html),
        kind,
        HEAP_INSTANCES,
        bundled.count,
        bundled.html,
      );
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

/**
 * The page around the cards, for the paint measurements: a heading and a paragraph above, and
 * text below (what a layout shift moves). `cards` is the element's markup; `script`, whether the
 * page loads the element's script (as a module, in <head>, as the README says).
 */
const paintPage = (cards, script) => `<!doctype html>
<html lang="${LANGUAGE}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,"><title>bench: first paint</title>
<style>body { margin: 1rem; font: 16px/1.5 system-ui, sans-serif; max-width: 60rem; }</style>
<script>
  // The frame in which the cards first have a size: they are painted at its end.
  window.__paint = { shift: 0 };
  new PerformanceObserver((list) => {
    for (const entry of list.getEntries()) if (!entry.hadRecentInput) window.__paint.shift += entry.value;
  }).observe({ type: 'layout-shift', buffered: true });
  const look = () => {
    const card = document.querySelector('lille-networks')?.shadowRoot?.querySelector('[part=card]');
    if (card?.getBoundingClientRect().height) window.__paint.cards = performance.now();
    else requestAnimationFrame(look);
  };
  requestAnimationFrame(look);
</script>
${script ? `<script type="module" src="/${BUNDLE}"></script>` : ''}
</head><body>
<h1>Les réseaux européens de la Métropole</h1>
<p>La Métropole européenne de Lille participe à plusieurs réseaux européens.</p>
${cards}
<h2 id="below">Pour aller plus loin</h2>
<p>${'Le bureau européen accompagne les communes et les acteurs du territoire. '.repeat(12)}</p>
</body></html>`;

/**
 * Side by side, in one run: the server's markup with the element's script, the plain empty tag
 * with it, and the floor, a static page with the server's markup and no script; the script
 * arriving at once or late, the CPU slowed. Each load in a new incognito context (no cache).
 */
async function measurePaint(browser, origin) {
  const pages = {
    static: paintPage(renderToString({ lang: LANGUAGE }), false),
    server: paintPage(renderToString({ lang: LANGUAGE }), true),
    'empty tag': paintPage(`<lille-networks lang="${LANGUAGE}"></lille-networks>`, true),
  };
  const results = [];
  for (const delay of PAINT_SCRIPT_DELAYS_MS) {
    const runs = Object.fromEntries(Object.keys(pages).map((kind) => [kind, []]));
    for (let i = 0; i < PAINT_RUNS; i++) {
      const order = Object.keys(pages);
      for (const kind of i % 2 ? order.reverse() : order) {
        const context = await browser.createBrowserContext();
        const page = await context.newPage();
        watch(page, `paint (${kind})`);
        await page.setViewport(PAINT_VIEWPORT);
        const cdp = await page.createCDPSession();
        await cdp.send('Emulation.setCPUThrottlingRate', { rate: PAINT_CPU_SLOWDOWN });
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (path === '/bench/paint.html') request.respond({ contentType: 'text/html', body: pages[kind] });
          else if (path === `/${BUNDLE}`) setTimeout(() => request.continue(), delay);
          else request.continue();
        });
        await page.goto(`${origin}/bench/paint.html`, { waitUntil: 'domcontentloaded' });
        const result = await page.evaluate(async (scripted) => {
          if (scripted) {
            await customElements.whenDefined('lille-networks');
            await document.querySelector('lille-networks').updateComplete;
          }
          while (window.__paint.cards === undefined) await new Promise((resolve) => requestAnimationFrame(resolve));
          // Layout shifts are reported after the frame that paints them: let a few frames go by.
          for (let i = 0; i < 3; i++) await new Promise((resolve) => requestAnimationFrame(resolve));
          const paint = performance.getEntriesByName('first-contentful-paint')[0];
          return {
            cards: window.__paint.cards,
            firstPaint: paint?.startTime ?? null,
            shift: window.__paint.shift,
            count: document.querySelector('lille-networks').shadowRoot.querySelectorAll('[part=card]').length,
          };
        }, kind !== 'static');
        if (result.count !== 6) problems.push(`paint (${kind}): ${result.count} cards instead of 6`);
        runs[kind].push(result);
        await context.close();
      }
    }
    results.push({ delay, runs });
    log(`paint: script ${delay} ms late, done`);
  }
  return results;
}

// ---- Figures -------------------------------------------------------------------------------------------

/**
 * For one size: the medians of each side, and the ratio of each pair, widget ÷ native (for the
 * toggles, of the medians of that pair's page loads).
 */
function summarise(pairs) {
  const side = (kind) => ({
    first: pairs.map((p) => p[kind].first.total),
    script: pairs.map((p) => p[kind].first.script),
    elements: median(pairs.map((p) => p[kind].first.elements)),
    open: pairs.flatMap((p) => p[kind].open.map((t) => t.total)),
    openScript: pairs.flatMap((p) => p[kind].open.map((t) => t.script)),
    close: pairs.flatMap((p) => p[kind].close.map((t) => t.total)),
    closeScript: pairs.flatMap((p) => p[kind].close.map((t) => t.script)),
  });
  const ratios = (value) => pairs.map((p) => value(p.widget) / value(p.native));
  return {
    pairs: pairs.length,
    widget: side('widget'),
    native: side('native'),
    ratio: {
      first: ratios((s) => s.first.total),
      open: ratios((s) => median(s.open.map((t) => t.total))),
      close: ratios((s) => median(s.close.map((t) => t.total))),
    },
  };
}

// ---- Report -------------------------------------------------------------------------------------------

function report({ machine, size, load, render, content, mutations, heap, paint }) {
  const lines = [];
  const out = (line = '') => lines.push(line);
  const table = (head, rows) => {
    out(`| ${head.join(' | ')} |`);
    out(`|${head.map(() => '---').join('|')}|`);
    for (const row of rows) out(`| ${row.join(' | ')} |`);
    out();
  };
  const spread = (values, format) => `${format(quantile(values, 0.1))}–${format(quantile(values, 0.9))}`;

  const judged = render[JUDGED];
  const outside = mutations.reduce((sum, m) => sum + m.outside, 0);
  const paintOf = (runs, key) => median(runs.map((run) => run[key]));
  const serverShift = Math.max(...paint.map(({ runs }) => paintOf(runs.server, 'shift')));
  const serverLater = Math.max(...paint.map(({ runs }) => paintOf(runs.server, 'cards') - paintOf(runs.static, 'cards')));
  const { code, es, iife } = size.figures;

  out('# `<lille-networks>` benchmark results');
  out();
  out(`Written by \`npm run bench\` (scripts/bench.mjs) on ${machine.date}. Re-run it rather than editing this file.`);
  out();
  out(`## At ${JUDGED} cards, widget / native, same run`);
  out();
  out(`${judged.pairs} pairs of fresh page loads, one widget and one native \`<details>\` with the same content, taken`);
  out('one after the other in alternating order. Times are medians of each side; the ratio is the median of the');
  out(`${judged.pairs} paired ratios, and p10–p90 their spread.`);
  out();
  const row = (name, key) => {
    const ratio = median(judged.ratio[key]);
    return [name, `**${ms(median(judged.widget[key]))} ms**`, `${ms(median(judged.native[key]))} ms`, `**${times(ratio)}**`,
      spread(judged.ratio[key], times), `≤ ${TARGET_RATIO.toFixed(1)}×`, mark(ratio <= TARGET_RATIO)];
  };
  table(['What', 'Widget', 'Native', 'Widget / native', 'p10–p90 of the ratio', 'Target', ''], [
    row('First render', 'first'),
    row('Toggle: open one card', 'open'),
    row('Toggle: close it', 'close'),
  ]);

  out('## Other targets');
  out();
  table(['Target', 'Result', ''], [
    ['Same texts and links on both sides', content.differences.length
      ? `${content.differences.length} differences (see the warnings)`
      : `${content.texts} texts and ${content.links} links alike in ${CONTENT_CARDS} cards`, mark(!content.differences.length)],
    [`DOM mutations outside the toggled card (${JUDGED} cards)`, `${outside} in ${mutations.length} toggles`, mark(outside === 0)],
    [`Server's markup: layout shift = ${TARGET_CLS}, whenever the script arrives`, `${serverShift.toFixed(3)} at worst`, mark(serverShift <= TARGET_CLS)],
    [`Server's markup: cards painted when the static page's are (medians, within the ${PAINT_RUNS} loads' noise)`, `${signed(serverLater)} ms at worst`, mark(serverLater <= 17 * PAINT_CPU_SLOWDOWN)],
    ...[code, es, iife].filter(Boolean).map((f) => [`${f.what} ≤ ${f.max} B gzip (enforced by \`npm test\`)`, `${f.gzip} B`, mark(f.gzip <= f.max)]),
  ]);

  out('## How measured');
  out();
  out('- **Browser:** Debian Chromium, headless, through puppeteer-core (scripts/chromium.mjs); pages served by');
  out('  @web/dev-server on 127.0.0.1 (scripts/serve.mjs). Times are `performance.now()` differences in the page');
  out('  (resolution 0.1 ms, as the pages are not cross-origin isolated).');
  out('- **"Rendered"** always means: DOM built (for the widget, its `updateComplete` has resolved) and style + layout');
  out('  forced synchronously by reading `offsetHeight`. Paint and compositing are not included. Widget and native');
  out('  baseline are measured the same way.');
  out('- **Input** (scripts/bench.mjs): *N* networks, the bundled ones cloned round-robin with ids `x-1`…`x-N`, as');
  out('  one document. The widget gets that document as its `data` property. The native baseline is made from the');
  out('  element\'s own markup of the same document (`renderToString` of the server entry, the element\'s templates),');
  out('  turned into plain elements before the runs (`nativeFrom` in bench/render.js): per card a `<details>` whose');
  out('  `<summary>` holds the card\'s level-2 heading with what its button holds (the name and the summary), then');
  out(`  what its panel holds (description, facts, what Lille Métropole does there, projects, links), in ${LANGUAGE === 'fr' ? 'French' : LANGUAGE}; before the`);
  out('  cards, a button where the widget has "show all". The page receives that HTML as a string. Its styles');
  out('  (bench/render.html) are plain: no `content-visibility`, no containment. The widget\'s own styles may use');
  out('  them (src/styles.ts): the ratio compares the widget with what plain `<details>` markup costs a page.');
  out(`- **Same content:** ${CONTENT_CARDS} cards rendered by each side; every non-empty text node (trimmed) and every link`);
  out('  (address and text) of the shadow root and of the native markup, compared as multisets.');
  out(`- **First render** (bench/render.html + bench/render.js): one fresh page load per sample, ${PAIRS[6]} pairs at 6 and`);
  out(`  ${PAIRS[60]} at 60 cards, ${PAIRS[JUDGED]} at ${JUDGED}: in each pair the widget and the native page loads follow each other, the`);
  out('  first of the two alternating from pair to pair. Widget: from `createElement`, through setting the `data`');
  out('  property (so validation is included), appending, `updateComplete`, to forced layout. Native: from setting');
  out('  the stage\'s `innerHTML` to forced layout (building the string is not timed).');
  out(`- **Toggle:** on the same page after the first render, ${TOGGLED_PER_RUN} cards spread over the list are opened then`);
  out('  closed one at a time, a frame apart, by `click()`: on the widget\'s card button, then `updateComplete`');
  out('  (which the toggle event follows), then forced layout; on the native `<summary>`, then forced layout.');
  out(`  Medians over ${PAIRS[JUDGED] * TOGGLED_PER_RUN} opens and as many closes at ${JUDGED} cards; a pair's ratio compares the medians of its two page loads.`);
  out(`- **Mutations:** at ${JUDGED} cards, a \`MutationObserver\` on the shadow root (subtree, childList, attributes,`);
  out('  characterData) while the middle card\'s button is clicked (open, then close); records whose target is not');
  out('  inside the toggled `[part=card]` count as "outside".');
  out('- **Load** (bench/load.html): *script start* is a `performance.mark()` in a classic inline script placed');
  out('  immediately before `<script type="module" src="/dist/lille-networks.js">` in the `<head>`; the page holds one');
  out('  `<lille-networks>` with the bundled data. *Rendered* = `customElements.whenDefined` resolved, then');
  out('  `updateComplete`, the shadow root holds 6 `[part=card]`, then forced layout. The interval therefore includes');
  out('  fetching, compiling and running the bundle, defining the element and its first render. *Cold* = a new');
  out(`  incognito browser context per load (empty HTTP cache, no code cache), ${LOAD_COLD_RUNS} loads; *warm* = the same tab`);
  out(`  navigated again ${LOAD_WARM_RUNS} times after one priming load.`);
  out(`- **Memory:** ${HEAP_INSTANCES} instances (bundled data, 6 cards each) added to an otherwise empty page; CDP`);
  out(`  \`HeapProfiler.collectGarbage\` (twice) then \`Runtime.getHeapUsage\` before and after; difference ÷ ${HEAP_INSTANCES}.`);
  out('  *JS heap* = V8 `usedSize`; *Blink heap* = `embedderHeapUsedSize` (DOM nodes live there). Native: 100 copies');
  out(`  of the native markup of the same six networks. Median of ${HEAP_RUNS} pages.`);
  out(`- **First paint and layout shift** (pages made by scripts/bench.mjs, served through request interception):`);
  out('  a heading and a paragraph, the cards, then a heading and text below them. *Server* holds the element\'s');
  out('  markup from `renderToString({ lang })` and loads the element\'s script as a module in `<head>`; *empty tag*');
  out('  holds `<lille-networks lang>` and loads the script the same way; *static* holds the same markup as *server* and');
  out('  no script (the floor: what the browser paints from the HTML alone). The script\'s response is held back');
  out(`  ${PAINT_SCRIPT_DELAYS_MS.join(' or ')} ms; the CPU is slowed ${PAINT_CPU_SLOWDOWN}× (CDP \`Emulation.setCPUThrottlingRate\`); a new incognito context`);
  out(`  per load (no cache), ${PAINT_RUNS} loads per page and delay, the three pages in turn, in alternating order.`);
  out('  *Cards painted*: an inline script in `<head>` looks at each animation frame for a card with a size; the');
  out('  frame where it first has one paints it (`performance.now()` at that frame\'s callback). *First paint*: the');
  out('  `first-contentful-paint` entry. *Layout shift*: the sum of `layout-shift` entries (buffered), once the');
  out('  element has rendered, plus three frames.');
  out('- **Size:** `node scripts/size.mjs --json` (gzip level 9, brotli quality 11): *code* is the module built with');
  out('  no bundled networks, *content* the rest of dist/lille-networks.js.');
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
    out('for the CPU, so the times below are noisier and slower than on a quiet machine; the paired ratios suffer');
    out('least. Re-run to compare.');
    out();
  }

  out('## First render and one-card toggle at every size (medians, ms)');
  out();
  out('"DOM built" = until `updateComplete` (widget) or until `innerHTML` / `click()` returned (native); the rest of');
  out('each total is style + layout. Ratios: medians of the paired ratios.');
  out();
  table(['Cards', 'pairs', 'Widget first render', 'of which DOM built', 'Native first render', 'of which DOM built', 'Ratio', 'p10–p90'],
    SIZES.map((n) => {
      const { widget: w, native: b, ratio, pairs } = render[n];
      return [n, pairs, `**${ms(median(w.first))}**`, ms(median(w.script)), `**${ms(median(b.first))}**`, ms(median(b.script)),
        `**${times(median(ratio.first))}**`, spread(ratio.first, times)];
    }));
  table(['Cards', 'Widget open', 'of which DOM built', 'Native open', 'Ratio', 'Widget close', 'of which DOM built', 'Native close', 'Ratio'],
    SIZES.map((n) => {
      const { widget: w, native: b, ratio } = render[n];
      return [n, `**${ms(median(w.open))}**`, ms(median(w.openScript)), ms(median(b.open)), times(median(ratio.open)),
        `**${ms(median(w.close))}**`, ms(median(w.closeScript)), ms(median(b.close)), times(median(ratio.close))];
    }));
  out('Spread (p10–p90, ms):');
  out();
  table(['Cards', 'Widget first render', 'Native first render', 'Widget open', 'Native open', 'Widget close', 'Native close'],
    SIZES.map((n) => {
      const { widget: w, native: b } = render[n];
      return [n, spread(w.first, ms), spread(b.first, ms), spread(w.open, ms), spread(b.open, ms), spread(w.close, ms), spread(b.close, ms)];
    }));
  const elements = (kind) => (judged[kind].elements / JUDGED).toFixed(1);
  out(`Elements per card at ${JUDGED} cards, all closed (the toolbar included): ${elements('widget')} in the widget's shadow tree,`);
  out(`${elements('native')} in the native markup.`);
  out();

  out(`## DOM mutations when one card toggles among ${JUDGED}`);
  out();
  const byAction = (action) => mutations.filter((m) => m.action === action);
  table(['Action', 'toggles', 'records inside the card (median; expected: aria-expanded, hidden)', 'records outside the card (total)', 'examples outside'],
    ['open', 'close'].map((action) => {
      const m = byAction(action);
      const examples = [...new Set(m.flatMap((x) => x.examples))].slice(0, 3).join('; ') || '–';
      return [action, m.length, median(m.map((x) => x.inside)), m.reduce((s, x) => s + x.outside, 0), examples];
    }));

  out('## Load: script start → six rendered cards');
  out();
  out('"Bundle received": `responseEnd` of the bundle relative to script start (negative: already received, from the');
  out('cache, before the inline script ran).');
  out();
  table(['Loads', 'n', 'median', 'p10–p90', 'min–max', 'bundle received (median)', 'rendered, from navigation start (median)'],
    Object.entries(load).map(([name, runs]) => {
      const total = runs.map((r) => r.total);
      const fetched = runs.map((r) => r.fetched).filter((v) => v !== null);
      return [name, runs.length, `**${ms(median(total))} ms**`, `${spread(total, ms)} ms`,
        `${ms(Math.min(...total))}–${ms(Math.max(...total))} ms`, fetched.length ? `${ms(median(fetched))} ms` : 'n/a',
        `${ms(median(runs.map((r) => r.sinceNavigation)))} ms`];
    }));

  out(`## Memory per instance (${HEAP_INSTANCES} instances, 6 cards each)`);
  out();
  const heapRow = (name, runs) => {
    const embedder = runs.map((r) => r.embedder).filter((v) => v !== null);
    return [name, kb(median(runs.map((r) => r.js))), embedder.length ? kb(median(embedder)) : 'n/a',
      embedder.length ? kb(median(runs.map((r) => r.js + (r.embedder ?? 0)))) : 'n/a'];
  };
  table(['', 'JS heap', 'Blink heap', 'Total'], [heapRow('Widget', heap.widget), heapRow('Native markup', heap.native)]);

  out(`## First paint and layout shift: server's markup, empty tag and static page (CPU ${PAINT_CPU_SLOWDOWN}× slower, ${PAINT_VIEWPORT.width}×${PAINT_VIEWPORT.height})`);
  out();
  out('Medians of the loads, in ms from navigation start; "vs static" is the median of the page\'s minus the static page\'s.');
  out();
  table(['Script arrives', 'Page', 'loads', 'cards painted', 'vs static', 'first paint', 'layout shift (median, max)'],
    paint.flatMap(({ delay, runs }) => Object.entries(runs).map(([kind, values]) => [
      delay ? `${delay} ms late` : 'at once', kind, values.length, `**${ms(paintOf(values, 'cards'))}**`,
      kind === 'static' ? '–' : signed(paintOf(values, 'cards') - paintOf(runs.static, 'cards')),
      ms(paintOf(values, 'firstPaint')), `${paintOf(values, 'shift').toFixed(3)}, ${Math.max(...values.map((v) => v.shift)).toFixed(3)}`,
    ])));

  out('## Bundle size (bytes)');
  out();
  table(['What', 'raw', 'gzip -9', 'brotli -11', 'gzip limit', ''], Object.values(size.figures).map((f) => [
    f.what, f.raw, f.gzip, f.brotli, f.max === null ? '–' : `≤ ${f.max}`, f.max === null ? '' : mark(f.gzip <= f.max),
  ]));
  if (!Object.keys(size.figures).length) out('No figures: run `npm run build` first.\n');

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
const { bundledNetworks } = await source('data/networks.ts');
const markups = Object.fromEntries(
  [...new Set([...SIZES, CONTENT_CARDS])].map((count) => {
    const document = makeDocument(bundledNetworks, count);
    return [count, { document, markup: renderToString({ lang: LANGUAGE, data: document }) }];
  }),
);
const server = await serve();
const browser = await launchChromium();
let figures;
try {
  // The native baseline of each document, from the element's own markup of it (not timed).
  const { page: maker, open: openMaker } = await renderPage(browser, server.origin, 'native baseline');
  await openMaker();
  const nativeOf = (markup) => maker.evaluate((markup) => window.bench.nativeFrom(markup), markup);
  const inputs = {};
  for (const [count, { document, markup }] of Object.entries(markups)) inputs[count] = { document, html: await nativeOf(markup) };
  const bundled = { count: bundledNetworks.length, html: await nativeOf(renderToString({ lang: LANGUAGE })) };
  await maker.close();
  log('same content on both sides…');
  const content = await compareContent(browser, server.origin, inputs[CONTENT_CARDS]);
  log('first render and toggle…');
  const { pairs, mutations } = await measureRender(browser, server.origin, inputs);
  log('load…');
  const load = await measureLoad(browser, server.origin);
  log('memory…');
  const heap = await measureHeap(browser, server.origin, bundled);
  log('first paint and layout shift…');
  const paint = await measurePaint(browser, server.origin);
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
  const render = Object.fromEntries(SIZES.map((n) => [n, summarise(pairs[n])]));
  figures = { machine, size, load, render, content, mutations, heap, paint };
} finally {
  await browser.close();
  await server.stop();
}

const markdown = report(figures);
writeFileSync(OUTPUT, `${markdown}\n`);
console.log(markdown);
log(`wrote ${OUTPUT} in ${((Date.now() - started) / 1000).toFixed(0)} s`);

/**
 * Performance bench of the built element in headless Chromium; writes bench/results.md.
 * `npm run bench` builds first. Reports, never fails on a missed target (only on a broken setup).
 *
 * Measures (details in the "How measured" section of bench/results.md):
 *   - first render and one-card toggle at 6, 60 and 600 cards (data property), each widget page
 *     load paired with a page load of the native baseline, in alternating order, so that every
 *     ratio is measured side by side; the baseline is the same content as <details>/<summary>,
 *     made here from the element's own description of a card (src/card.ts through
 *     scripts/lib/artifacts.mjs) and set with innerHTML by bench/render.js;
 *   - that both sides show the same texts and links;
 *   - DOM mutations outside the toggled card among 600;
 *   - load: script start → six rendered cards, on bench/load.html, cold and warm page loads;
 *   - heap per instance with 100 instances;
 *   - cumulative layout shift of demo/index.html while the element loads;
 *   - bundle sizes, code and content apart, from `node scripts/size.mjs --json`.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launchChromium } from './chromium.mjs';
import { cardBodyHtml, cardsOf, escape } from './lib/artifacts.mjs';
import { loadSources } from './lib/sources.mjs';
import { serve } from './serve.mjs';

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
const CLS_RUNS = 5;
/** The second CLS scenario holds the bundle back this long, as a slow network would. */
const CLS_BUNDLE_DELAY_MS = 300;
const CLS_VIEWPORT = { width: 1024, height: 800, deviceScaleFactor: 1 };

/** Widget ÷ native at 600 cards, for the first render and for a toggle (open and close alike). */
const TARGET_RATIO = 1;
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
const times = (ratio) => `${ratio.toFixed(2)}×`;
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

/**
 * The native baseline: each card as <details>, its name and summary in the <summary> (under a
 * heading, as the widget's button is), then the fallback's body of the card, all from the
 * element's own description of it; before them, a button where the widget has "show all".
 */
function nativeHtml({ strings, describeCard }, networks) {
  const t = strings[LANGUAGE];
  const cards = cardsOf(networks, LANGUAGE, t, describeCard).map((card) =>
    [
      '<details>',
      `<summary><h2 id="${escape(card.id)}"><span class="name">${escape(card.name)}</span> <span class="summary">${escape(card.summary)}</span></h2></summary>`,
      '<div class="panel">',
      ...cardBodyHtml(card, 2),
      '</div>',
      '</details>',
    ].join('\n'),
  );
  return `<div lang="${LANGUAGE}">\n<button type="button">${escape(t.showAll)}</button>\n${cards.join('\n')}\n</div>`;
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

function report({ machine, size, load, render, content, mutations, heap, cls }) {
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
  const clsWorst = Math.max(...cls.map((s) => median(s.values.map((v) => v.value))));
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
    [`CLS of demo/index.html while loading < ${TARGET_CLS}`, cls.map((s) => `${median(s.values.map((v) => v.value)).toFixed(3)} (${s.delay ? 'slow' : 'local'})`).join(', '), mark(clsWorst < TARGET_CLS)],
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
  out('  same document in Node, by the element\'s own description of a card (`describeCard` in src/card.ts, through');
  out('  `cardsOf` and `cardBodyHtml` of scripts/lib/artifacts.mjs, as the no-JavaScript fallback is): per card a');
  out('  `<details>` whose `<summary>` holds a level-2 heading with the name and the summary, then the card\'s body');
  out(`  (description, facts, what Lille Métropole does there, working groups, projects, links), in ${LANGUAGE === 'fr' ? 'French' : LANGUAGE}; before the`);
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
  out('- **CLS:** demo/index.html at 1024×800, a new incognito context per load, in two scenarios: the bundle served');
  out('  at once by the local server (whether the first paint comes before the element is defined is then a race), and');
  out(`  the bundle held back ${CLS_BUNDLE_DELAY_MS} ms by request interception (as on a real network). A \`PerformanceObserver\` for`);
  out('  `layout-shift` (buffered, installed before any page script) sums the values of entries without recent input');
  out(`  until the element has rendered plus 3 frames and 300 ms. Median of ${CLS_RUNS} loads per scenario; the target is`);
  out('  checked against the worse scenario.');
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
const sources = await loadSources();
const inputs = Object.fromEntries(
  [...new Set([...SIZES, CONTENT_CARDS])].map((count) => {
    const document = makeDocument(sources.bundledNetworks, count);
    return [count, { document, html: nativeHtml(sources, document.networks) }];
  }),
);
const bundled = { count: sources.bundledNetworks.length, html: nativeHtml(sources, sources.bundledNetworks) };
const server = await serve();
const browser = await launchChromium();
let figures;
try {
  log('same content on both sides…');
  const content = await compareContent(browser, server.origin, inputs[CONTENT_CARDS]);
  log('first render and toggle…');
  const { pairs, mutations } = await measureRender(browser, server.origin, inputs);
  log('load…');
  const load = await measureLoad(browser, server.origin);
  log('memory…');
  const heap = await measureHeap(browser, server.origin, bundled);
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
  const render = Object.fromEntries(SIZES.map((n) => [n, summarise(pairs[n])]));
  figures = { machine, size, load, render, content, mutations, heap, cls };
} finally {
  await browser.close();
  await server.stop();
}

const markdown = report(figures);
writeFileSync(OUTPUT, `${markdown}\n`);
console.log(markdown);
log(`wrote ${OUTPUT} in ${((Date.now() - started) / 1000).toFixed(0)} s`);

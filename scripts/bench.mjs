/**
 * `npm run bench`: the built element beside plain <details> markup of the same content, in
 * headless Chromium; writes bench/results.md. It reports, and fails only on a broken setup.
 * What is measured, and how: bench/README.md.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import { launchChromium } from './engines.mjs';
import { serve } from './serve.mjs';

/** Pairs of page loads (one widget, one native) per number of cards; 600 is what the targets judge. */
const PAIRS = { 6: 7, 60: 7, 600: 15 };
const SIZES = Object.keys(PAIRS).map(Number);
const JUDGED = 600;
const TOGGLED_PER_RUN = 4;
const LANGUAGE = 'fr';
const CONTENT_CARDS = 6;
const LOAD_RUNS = { cold: 25, warm: 20 };
const HEAP_INSTANCES = 100;
const HEAP_RUNS = 3;
const PAINT_RUNS = 5;
/** When the element's script arrives after the page: at once, and late, as on a slow network. */
const PAINT_SCRIPT_DELAYS_MS = [0, 3000];
const PAINT_CPU_SLOWDOWN = 4;
const VIEWPORT = { width: 1024, height: 800, deviceScaleFactor: 1 };
const BUNDLE = 'dist/lille-networks.js';

const log = (message) => process.stderr.write(`bench: ${message}\n`);
const quantile = (values, q) => {
  const s = [...values].sort((a, b) => a - b);
  const position = (s.length - 1) * q;
  const below = Math.floor(position);
  return s[below] + (s[Math.min(below + 1, s.length - 1)] - s[below]) * (position - below);
};
const median = (values) => quantile(values, 0.5);
const ms = (value) => (value < 10 ? value.toFixed(2) : value.toFixed(1));
const kb = (bytes) => `${(bytes / 1024).toFixed(1)} KiB`;
const times = (ratio) => `${ratio.toFixed(2)}×`;
const signed = (value) => `${value < 0 ? '−' : '+'}${ms(Math.abs(value))}`;
const spread = (values, format) => `${format(quantile(values, 0.1))}–${format(quantile(values, 0.9))}`;
const mark = (ok) => (ok ? '✅' : '❌');

const problems = [];
/** A new page of `context`, whose console errors and exceptions become warnings of the report. */
async function newPage(context, label) {
  const page = await context.newPage();
  page.on('console', (message) => message.type() === 'error' && problems.push(`${label}: console error: ${message.text()}`));
  page.on('pageerror', (error) => problems.push(`${label}: ${error}`));
  await page.setViewport(VIEWPORT);
  return page;
}

/** bench/render.html, reloaded by `open` for each sample. */
async function renderPage(browser, origin, label) {
  const page = await newPage(browser, label);
  const open = async () => {
    await page.goto(`${origin}/bench/render.html`, { waitUntil: 'load' });
    await page.evaluate(async (language) => {
      await window.bench.ready;
      window.bench.setLanguage(language);
    }, LANGUAGE);
  };
  return { page, open };
}

async function measureLoad(browser, origin) {
  const load = async (page) => {
    await page.goto(`${origin}/bench/load.html`, { waitUntil: 'load' });
    await page.waitForFunction(() => window.__load, { timeout: 15000, polling: 50 });
    const result = await page.evaluate(() => window.__load);
    if (result.error) throw new Error(`bench/load.html: ${result.error}`);
    return result;
  };
  const cold = [];
  for (let i = 0; i < LOAD_RUNS.cold; i++) {
    // A new incognito context per load: empty HTTP cache and no code cache.
    const context = await browser.createBrowserContext();
    cold.push(await load(await newPage(context, 'load (cold)')));
    await context.close();
  }
  const context = await browser.createBrowserContext();
  const page = await newPage(context, 'load (warm)');
  await load(page); // primes the caches; not counted
  const warm = [];
  for (let i = 0; i < LOAD_RUNS.warm; i++) warm.push(await load(page));
  await context.close();
  return { cold, warm };
}

/** Per size, PAIRS[size] pairs of fresh page loads, one per side, in alternating order. */
async function measureRender(browser, origin, inputs) {
  const { page, open } = await renderPage(browser, origin, 'render');
  const pairs = Object.fromEntries(SIZES.map((size) => [size, []]));
  const mutations = [];
  const rounds = Math.max(...Object.values(PAIRS));
  for (let round = 0; round < rounds; round++) {
    for (const size of SIZES.filter((s) => round < PAIRS[s])) {
      const pair = {};
      for (const kind of round % 2 ? ['native', 'widget'] : ['widget', 'native']) {
        await open();
        pair[kind] = await page.evaluate(
          async (kind, input, size, toggled, wantMutations) => ({
            first: await window.bench.firstRender(kind, input, size),
            ...(await window.bench.toggles(kind, toggled)),
            mutations: wantMutations ? await window.bench.mutations() : null,
          }),
          kind,
          inputs[size][kind],
          size,
          TOGGLED_PER_RUN,
          kind === 'widget' && size === JUDGED,
        );
        mutations.push(...(pair[kind].mutations ?? []));
      }
      pairs[size].push(pair);
    }
    log(`render: round ${round + 1}/${rounds}`);
  }
  await page.close();
  return { pairs, mutations };
}

/** The texts and links of the first cards on each side; every difference is listed. */
async function compareContent(browser, origin, { widget, native }) {
  const { page, open } = await renderPage(browser, origin, 'content');
  await open();
  const shown = await page.evaluate((...args) => window.bench.contents(...args), widget, native, CONTENT_CARDS);
  await page.close();
  const missing = (from, to) => {
    const left = [...to];
    return from.filter((item) => (left.includes(item) ? !left.splice(left.indexOf(item), 1) : true));
  };
  const differences = ['texts', 'links'].flatMap((what) => [
    ...missing(shown.widget[what], shown.native[what]).map((item) => `${what}: only in the widget: ${item}`),
    ...missing(shown.native[what], shown.widget[what]).map((item) => `${what}: only in the native markup: ${item}`),
  ]);
  problems.push(...differences.slice(0, 10).map((difference) => `content: ${difference}`));
  return { texts: shown.widget.texts.length, links: shown.widget.links.length, differences };
}

async function measureHeap(browser, origin, bundled) {
  const usage = async (cdp) => {
    await cdp.send('HeapProfiler.collectGarbage');
    await cdp.send('HeapProfiler.collectGarbage');
    return cdp.send('Runtime.getHeapUsage');
  };
  const runs = { widget: [], native: [] };
  for (let run = 0; run < HEAP_RUNS; run++) {
    for (const kind of ['widget', 'native']) {
      const { page, open } = await renderPage(browser, origin, 'heap');
      const cdp = await page.createCDPSession();
      await open();
      const before = await usage(cdp);
      await page.evaluate((...args) => window.bench.addInstances(...args), kind, HEAP_INSTANCES, bundled.count, bundled.html);
      const after = await usage(cdp);
      runs[kind].push({
        js: (after.usedSize - before.usedSize) / HEAP_INSTANCES,
        // Blink's garbage-collected heap, where the DOM nodes live, where Chromium reports it.
        embedder: after.embedderHeapUsedSize === undefined
          ? null
          : (after.embedderHeapUsedSize - before.embedderHeapUsedSize) / HEAP_INSTANCES,
      });
      await page.close();
    }
  }
  return runs;
}

/** The server's markup with the script, the empty tag with it, and the static page without it. */
async function measurePaint(browser, origin, renderToString) {
  const template = readFileSync('bench/paint.html', 'utf8');
  const script = `<script type="module" src="/${BUNDLE}"></script>`;
  const paintPage = (cards, withScript) => template.replace('<!-- cards -->', cards).replace('<!-- script -->', withScript ? script : '');
  const markup = renderToString({ lang: LANGUAGE });
  const pages = {
    static: paintPage(markup, false),
    server: paintPage(markup, true),
    'empty tag': paintPage(`<lille-networks lang="${LANGUAGE}"></lille-networks>`, true),
  };
  const results = [];
  for (const delay of PAINT_SCRIPT_DELAYS_MS) {
    const runs = Object.fromEntries(Object.keys(pages).map((kind) => [kind, []]));
    for (let i = 0; i < PAINT_RUNS; i++) {
      const order = Object.keys(pages);
      for (const kind of i % 2 ? order.reverse() : order) {
        const context = await browser.createBrowserContext();
        const page = await newPage(context, `paint (${kind})`);
        await (await page.createCDPSession()).send('Emulation.setCPUThrottlingRate', { rate: PAINT_CPU_SLOWDOWN });
        await page.setRequestInterception(true);
        page.on('request', (request) => {
          const path = new URL(request.url()).pathname;
          if (path === '/bench/paint.html') request.respond({ contentType: 'text/html', body: pages[kind] });
          else if (path === `/${BUNDLE}`) setTimeout(() => request.continue(), delay);
          else request.continue();
        });
        await page.goto(`${origin}/bench/paint.html`, { waitUntil: 'domcontentloaded' });
        const result = await page.evaluate(async (scripted) => {
          const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));
          if (scripted) {
            await customElements.whenDefined('lille-networks');
            await document.querySelector('lille-networks').updateComplete;
          }
          while (window.__paint.cards === undefined) await frame();
          // Layout shifts are reported after the frame that paints them.
          for (let i = 0; i < 3; i++) await frame();
          // Paint entries are queued once the frame is presented, which a slowed CPU can put
          // after the frames above: wait for it (a page that never paints text has none).
          const firstPaint = await new Promise((resolve) => {
            const entry = () => performance.getEntriesByName('first-contentful-paint')[0]?.startTime;
            new PerformanceObserver(() => entry() !== undefined && resolve(entry())).observe({ type: 'paint', buffered: true });
            setTimeout(() => resolve(entry() ?? null), 2000);
          });
          return {
            cards: window.__paint.cards,
            firstPaint,
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

/** One size's samples per side, and each pair's ratio, widget ÷ native (toggles: of the pair's medians). */
function summarise(pairs) {
  const side = (kind) => ({
    first: pairs.map((p) => p[kind].first.total),
    script: pairs.map((p) => p[kind].first.script),
    elements: median(pairs.map((p) => p[kind].first.elements)),
    ...Object.fromEntries(['open', 'close'].flatMap((action) => [
      [action, pairs.flatMap((p) => p[kind][action].map((t) => t.total))],
      [`${action}Script`, pairs.flatMap((p) => p[kind][action].map((t) => t.script))],
    ])),
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

function report({ machine, size, load, render, content, mutations, heap, paint }) {
  const lines = [];
  const out = (...text) => lines.push(...text, '');
  const table = (head, rows) =>
    out([`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((row) => `| ${row.join(' | ')} |`)].join('\n'));
  const judged = render[JUDGED];
  const outside = mutations.reduce((sum, m) => sum + m.outside, 0);
  const paintOf = (runs, key) => median(runs.map((run) => run[key]));
  const worst = (value) => Math.max(...paint.map(({ runs }) => value(runs)));
  const serverShift = worst((runs) => paintOf(runs.server, 'shift'));
  const serverLater = worst((runs) => paintOf(runs.server, 'cards') - paintOf(runs.static, 'cards'));
  const budgets = Object.values(size.figures).filter((f) => f.max !== null);
  const cell = (values) => `**${ms(median(values))}** (${spread(values, ms)})`;

  out('# `<lille-networks>` benchmark results');
  out(`Written by \`npm run bench\` (scripts/bench.mjs) on ${machine.date}; how it measures: [README.md](README.md).`,
    'Re-run it rather than editing this file.');
  out(`## At ${JUDGED} cards, widget / native, same run`);
  out(
    `${judged.pairs} pairs of fresh page loads, one widget and one native \`<details>\` with the same content, one after the other`,
    `in alternating order. Times are medians of each side; the ratio is the median of the ${judged.pairs} paired ratios, p10–p90 their spread.`,
  );
  const targets = [['First render', 'first'], ['Toggle: open one card', 'open'], ['Toggle: close it', 'close']];
  table(['What', 'Widget', 'Native', 'Widget / native', 'p10–p90 of the ratio', 'Target', ''], targets.map(([name, key]) => {
    const ratio = median(judged.ratio[key]);
    const [widget, native] = [judged.widget[key], judged.native[key]].map((values) => ms(median(values)));
    return [name, `**${widget} ms**`, `${native} ms`, `**${times(ratio)}**`, spread(judged.ratio[key], times), '≤ 1.0×', mark(ratio <= 1)];
  }));

  out('## Other targets');
  const same = `${content.texts} texts and ${content.links} links alike in ${CONTENT_CARDS} cards`;
  table(['Target', 'Result', ''], [
    [
      'Same texts and links on both sides',
      content.differences.length ? `${content.differences.length} differences (see the warnings)` : same,
      mark(!content.differences.length),
    ],
    [`DOM mutations outside the toggled card (${JUDGED} cards)`, `${outside} in ${mutations.length} toggles`, mark(outside === 0)],
    ["Server's markup: layout shift = 0, whenever the script arrives", `${serverShift.toFixed(3)} at worst`, mark(serverShift <= 0)],
    [
      `Server's markup: cards painted when the static page's are (medians, within the ${PAINT_RUNS} loads' noise)`,
      `${signed(serverLater)} ms at worst`,
      mark(serverLater <= 17 * PAINT_CPU_SLOWDOWN),
    ],
    ...budgets.map((f) => [`${f.what} ≤ ${f.max} B gzip (enforced by \`npm test\`)`, `${f.gzip} B`, mark(f.gzip <= f.max)]),
  ]);

  out('## Machine');
  const loadAverage = `${machine.load.map((l) => l.toFixed(1)).join(' → ')} (includes the build just before and the bench's own Chromium)`;
  table(['', ''], [
    ['CPU', `${machine.cpu} (${machine.cores} logical cores)`],
    ['Memory', `${(machine.memory / 1024 ** 3).toFixed(1)} GiB`],
    ['OS', machine.os],
    ['Chromium', machine.chromium],
    ['Node', machine.node],
    ['Code', machine.git],
    ['Bench duration', `${machine.duration} s`],
    ['Load average (1 min), start → end', loadAverage],
  ]);
  if (machine.load[0] > machine.cores + 1) {
    out(
      `⚠ The load average was ${machine.load[0].toFixed(1)} on ${machine.cores} cores when the bench started: other work competed for the`,
      'CPU, so the times below are noisier and slower than on a quiet machine; the paired ratios suffer least. Re-run to compare.',
    );
  }

  out('## First render and one-card toggle at every size (medians, p10–p90, ms)');
  out(
    '"DOM built" = until `updateComplete` (widget) or until `innerHTML` / `click()` returned (native); the rest of each total is',
    'style + layout. Ratios: medians of the paired ratios.',
  );
  table(['Cards', 'pairs', 'Widget first render', 'of which DOM built', 'Native first render', 'of which DOM built', 'Ratio (p10–p90)'],
    SIZES.map((n) => {
      const { widget: w, native: b, ratio, pairs } = render[n];
      const firstRatio = `**${times(median(ratio.first))}** (${spread(ratio.first, times)})`;
      return [n, pairs, cell(w.first), ms(median(w.script)), cell(b.first), ms(median(b.script)), firstRatio];
    }));
  table(['Cards', 'Widget open', 'of which DOM built', 'Native open', 'Ratio', 'Widget close', 'of which DOM built', 'Native close', 'Ratio'],
    SIZES.map((n) => {
      const { widget: w, native: b, ratio } = render[n];
      return [n, ...['open', 'close'].flatMap((action) =>
        [cell(w[action]), ms(median(w[`${action}Script`])), cell(b[action]), times(median(ratio[action]))])];
    }));
  const perCard = (kind) => (judged[kind].elements / JUDGED).toFixed(1);
  out(`Elements per card at ${JUDGED} cards, all closed (the toolbar included): ${perCard('widget')} in the widget's shadow tree,`,
    `${perCard('native')} in the native markup.`);

  out(`## DOM mutations when one card toggles among ${JUDGED}`);
  const inside = 'records inside the card (median; expected: aria-expanded, hidden)';
  table(['Action', 'toggles', inside, 'records outside the card (total)', 'examples outside'], ['open', 'close'].map((action) => {
    const m = mutations.filter((x) => x.action === action);
    const examples = [...new Set(m.flatMap((x) => x.examples))].slice(0, 3).join('; ') || '–';
    return [action, m.length, median(m.map((x) => x.inside)), m.reduce((s, x) => s + x.outside, 0), examples];
  }));

  out('## Load: script start → six rendered cards');
  out('"Bundle received": `responseEnd` of the bundle relative to script start (negative: already received, from the cache, before',
    'the inline script ran).');
  table(['Loads', 'n', 'median', 'p10–p90', 'min–max', 'bundle received (median)', 'rendered, from navigation start (median)'],
    Object.entries(load).map(([name, runs]) => {
      const total = runs.map((r) => r.total);
      const fetched = runs.map((r) => r.fetched).filter((v) => v !== null);
      return [name, runs.length, `**${ms(median(total))} ms**`, `${spread(total, ms)} ms`, `${ms(Math.min(...total))}–${ms(Math.max(...total))} ms`,
        fetched.length ? `${ms(median(fetched))} ms` : 'n/a', `${ms(median(runs.map((r) => r.sinceNavigation)))} ms`];
    }));

  out(`## Memory per instance (${HEAP_INSTANCES} instances, 6 cards each)`);
  table(['', 'JS heap', 'Blink heap', 'Total'], [['Widget', heap.widget], ['Native markup', heap.native]].map(([name, runs]) => {
    const of = (value) => kb(median(runs.map(value)));
    const embedder = runs.every((r) => r.embedder !== null);
    return [name, of((r) => r.js), embedder ? of((r) => r.embedder) : 'n/a', embedder ? of((r) => r.js + r.embedder) : 'n/a'];
  }));

  const conditions = `CPU ${PAINT_CPU_SLOWDOWN}× slower, ${VIEWPORT.width}×${VIEWPORT.height}`;
  out(`## First paint and layout shift: server's markup, empty tag and static page (${conditions})`);
  out('Medians of the loads, in ms from navigation start; "vs static" is the median of the page\'s minus the static page\'s.');
  table(['Script arrives', 'Page', 'loads', 'cards painted', 'vs static', 'first paint', 'layout shift (median, max)'],
    paint.flatMap(({ delay, runs }) => Object.entries(runs).map(([kind, values]) => [
      delay ? `${delay} ms late` : 'at once',
      kind,
      values.length,
      `**${ms(paintOf(values, 'cards'))}**`,
      kind === 'static' ? '–' : signed(paintOf(values, 'cards') - paintOf(runs.static, 'cards')),
      values.some((v) => v.firstPaint === null) ? 'n/a' : ms(paintOf(values, 'firstPaint')),
      `${paintOf(values, 'shift').toFixed(3)}, ${Math.max(...values.map((v) => v.shift)).toFixed(3)}`,
    ])));

  out('## Bundle size (bytes)');
  table(['What', 'raw', 'gzip -9', 'brotli -11', 'gzip limit', ''], Object.values(size.figures).map((f) =>
    [f.what, f.raw, f.gzip, f.brotli, f.max === null ? '–' : `≤ ${f.max}`, f.max === null ? '' : mark(f.gzip <= f.max)]));
  if (problems.length) out('## Warnings during the run', ...[...new Set(problems)].slice(0, 20).map((problem) => `- ${problem}`));
  return lines.join('\n').trimEnd();
}

const started = Date.now();
const loadAtStart = os.loadavg()[0];
if (!existsSync(BUNDLE)) throw new Error(`${BUNDLE} does not exist: run \`npm run bench\`, which builds first.`);
// Over budget, size.mjs exits 1 but still prints its figures.
const size = JSON.parse(spawnSync(process.execPath, ['scripts/size.mjs', '--json'], { encoding: 'utf8' }).stdout);
const { renderToString } = await import(new URL('../dist/node/server.js', import.meta.url).href);
const { networks: bundledNetworks } = JSON.parse(readFileSync(new URL('../src/data/networks.json', import.meta.url), 'utf8'));
const server = await serve();
const browser = await launchChromium();
let figures;
try {
  // Each document's native baseline, from the element's own markup of it (not timed).
  const { page: maker, open } = await renderPage(browser, server.origin, 'native baseline');
  await open();
  const nativeOf = (markup) => maker.evaluate((markup) => window.bench.nativeFrom(markup), markup);
  const inputs = {};
  for (const count of new Set([...SIZES, CONTENT_CARDS])) {
    // `count` networks: the bundled ones cloned round-robin, with ids x-1…x-count.
    const networks = Array.from({ length: count }, (_, i) => ({ ...structuredClone(bundledNetworks[i % bundledNetworks.length]), id: `x-${i + 1}` }));
    const widget = { version: 1, networks };
    inputs[count] = { widget, native: await nativeOf(renderToString({ lang: LANGUAGE, data: widget })) };
  }
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
  const paint = await measurePaint(browser, server.origin, renderToString);
  const git = (...args) => {
    try {
      return execFileSync('git', args, { encoding: 'utf8' }).trim();
    } catch {
      return 'unknown';
    }
  };
  const machine = {
    cpu: os.cpus()[0]?.model.trim() ?? 'unknown',
    cores: os.cpus().length,
    memory: os.totalmem(),
    os: `${os.type()} ${os.release()} ${os.arch()}`,
    chromium: (await browser.version()).replace(/^(Headless)?Chrome\//, 'Chromium '),
    node: process.version,
    git: git('rev-parse', '--short', 'HEAD') +
      (git('status', '--porcelain', '--', 'src', 'rollup.config.mjs', 'package.json') ? ' + uncommitted changes in src/ or build config' : ''),
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
writeFileSync('bench/results.md', `${markdown}\n`);
console.log(markdown);
log(`wrote bench/results.md in ${((Date.now() - started) / 1000).toFixed(0)} s`);

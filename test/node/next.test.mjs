/**
 * A Next.js App Router page that prints the element's markup from `lille-networks/server`,
 * built by `next build`, served by `next start`, read as a crawler reads it and used in
 * Debian's Chromium as a person would.
 *
 * test/hosts/next/ is a Next.js 16 app (TypeScript, React 19, nothing else): its page is a
 * Server Component that calls `renderToString` with a document of the app's own
 * (app/networks.json) and prints the markup through `dangerouslySetInnerHTML`; one client
 * component imports 'lille-networks', which defines the element in the browser, and another
 * shows the last card toggled, from the element's events. The package is the one `npm pack`
 * makes of this repository, installed into the app's node_modules as a partner's `npm install`
 * does, so that Next's server and client bundles go through the published `files` and
 * `exports`. Next runs on this Node (20.9 or later).
 *
 * Needs the build (`npm run build`), Chromium, and the npm registry for the app's `npm ci` when
 * its node_modules is missing or older than its lockfile.
 */
import assert from 'node:assert/strict';
import { execFile, spawn } from 'node:child_process';
import { once } from 'node:events';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { chromiumPath, isCI, launchChromium, which } from '../../scripts/engines.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const host = join(root, 'test/hosts/next');
const modules = join(host, 'node_modules');
const next = join(modules, 'next/dist/bin/next');

const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

// npm exports its own state to scripts (`npm test`): the app's npm must find its own project.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_(package_|lifecycle_|config_local_prefix$)/i.test(name)),
);
env.NEXT_TELEMETRY_DISABLED = '1';

const sh = (command, args, cwd) => run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });

/**
 * `next start` on a free port of 127.0.0.1, in a process group of its own so that stopping it
 * stops whatever it started; resolves once it says where it listens.
 */
async function startNext() {
  const child = spawn(process.execPath, [next, 'start', '--hostname', '127.0.0.1', '--port', '0'], {
    cwd: host,
    env,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  const origin = await new Promise((resolveOrigin, reject) => {
    const read = (chunk) => {
      output += chunk;
      const url = /Local:\s+(http:\/\/127\.0\.0\.1:\d+)/.exec(output)?.[1];
      if (url) resolveOrigin(url);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', read);
    child.once('exit', (code) => reject(new Error(`next start exited (${code}) before listening: ${output}`)));
  });
  const exited = once(child, 'exit');
  return {
    origin,
    output: () => output,
    stop: async () => {
      if (child.exitCode !== null || child.signalCode !== null) return;
      process.kill(-child.pid, 'SIGTERM');
      await exited;
    },
  };
}

/** Flattens Chromium's accessibility tree: what a screen reader user can reach, in order. */
async function perceived(page) {
  const nodes = [];
  const walk = (node) => {
    nodes.push(node);
    node.children?.forEach(walk);
  };
  walk(await page.accessibility.snapshot({ interestingOnly: false }));
  return nodes;
}

/** Each card: its heading (below the page's h1) and the state of its button. */
async function cards(page) {
  const nodes = await perceived(page);
  return nodes
    .filter((node) => node.role === 'heading' && node.level > 1)
    .map(({ name, level }) => ({
      name,
      level,
      expanded: nodes.find((node) => node.role === 'button' && node.name === name)?.expanded ?? null,
    }));
}

/** Waits until the page's text outside the element holds `words`. */
async function shows(page, words) {
  await page
    .waitForFunction((expected) => document.body.innerText.includes(expected), {}, words)
    .catch(async (error) => {
      const seen = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      assert.fail(`the page never showed "${words}" (${error.message}); it shows: ${seen}`);
    });
}

const missing = which(chromiumPath) ? null : `Chromium is missing: apt-get install chromium`;

if (missing && !isCI()) {
  console.log(`next.test.mjs: ${missing}`);
} else if (missing) {
  test('Chromium for the Next.js host', () => assert.fail(missing));
} else {
  const timings = [];
  const problems = [];
  let work, server, html, browser, page, document, painted;

  before(async () => {
    assert.ok(existsSync(join(root, 'dist/node/server.js')), 'no build in dist/: run npm run build');
    work = await mkdtemp(join(tmpdir(), 'lille-networks-next-'));

    const lock = join(modules, '.package-lock.json');
    if (!existsSync(lock) || statSync(lock).mtimeMs < statSync(join(host, 'package-lock.json')).mtimeMs) {
      const start = performance.now();
      await sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], host);
      timings.push(`npm ci ${seconds(start)}`);
    }

    // The package as the registry would serve it (the build just made: no lifecycle script runs),
    // installed as a partner's `npm install` does.
    let start = performance.now();
    const { stdout: packed } = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root);
    const tarball = join(work, JSON.parse(packed)[0].filename);
    await sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], host);
    timings.push(`npm pack + install ${seconds(start)}`);

    // From nothing, as a deployment builds: no cache of an earlier run decides anything.
    await rm(join(host, '.next'), { recursive: true, force: true });
    start = performance.now();
    await sh(process.execPath, [next, 'build'], host);
    timings.push(`next build ${seconds(start)} (Node ${process.version})`);

    start = performance.now();
    server = await startNext();
    html = await (await fetch(server.origin)).text();
    timings.push(`next start + first response ${seconds(start)}`);

    document = await readJson(join(host, 'app/networks.json'));
    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    // A prefetch the router drops when a click navigates first is no failure.
    page.on('requestfailed', (request) => {
      if (request.failure()?.errorText !== 'net::ERR_ABORTED') problems.push(`request failed: ${request.url()}`);
    });
    page.on('response', (response) => {
      if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
    });
  }, { timeout: 10 * 60_000 });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('the server sends the cards of its document inside the element, in a declarative shadow root', async (t) => {
    t.diagnostic(timings.join(', '));
    const markup = /<lille-networks\b[^>]*><template shadowrootmode="open">.*?<\/template><\/lille-networks>/s;
    const element = markup.exec(html)?.[0];
    assert.ok(element, `no <lille-networks> with a declarative shadow root in the HTML: ${html.slice(0, 2000)}`);
    assert.match(element, /^<lille-networks lang="en" heading-level="2">/);
    assert.doesNotMatch(server.output(), /lille-networks/, 'renderToString warned on the server');

    const text = (fragment) =>
      fragment.replace(/<[^>]*>/g, '').replace(/&(?:#(\d+)|(amp|lt|gt|quot));/g, (_, code, name) =>
        code ? String.fromCharCode(Number(code)) : { amp: '&', lt: '<', gt: '>', quot: '"' }[name],
      );
    const headings = [...element.matchAll(/<h2[^>]*>(.*?)<\/h2>/gs)].map(([, inner]) => text(inner));
    assert.equal(headings.length, document.networks.length, headings.join(' | '));
    document.networks.forEach((network, index) => {
      assert.ok(headings[index].includes(network.shortName), `card ${index + 1} is "${headings[index]}"`);
      assert.ok(headings[index].includes(network.summary.en), `card "${headings[index]}" lacks the document's summary`);
    });

    // What the element starts with when its script runs: the page's document, not the bundled one.
    const carried = /<script type="application\/json">(.*?)<\/script>/s.exec(element)?.[1];
    assert.ok(carried, 'the markup carries no document for the element');
    assert.deepEqual(
      JSON.parse(carried).data.networks.map(({ id, summary }) => ({ id, summary })),
      document.networks.map(({ id, summary }) => ({ id, summary })),
    );
  });

  test('before any script runs, the browser paints the document\'s cards from the server HTML', async () => {
    const noScript = await browser.newPage();
    await noScript.setJavaScriptEnabled(false);
    await noScript.goto(server.origin);
    painted = await cards(noScript);
    await noScript.close();
    assert.equal(painted.length, document.networks.length, JSON.stringify(painted));
    document.networks.forEach((network, index) => {
      const { name, level } = painted[index];
      assert.ok(name.startsWith(network.shortName), `card ${index + 1} is "${name}", not ${network.shortName}`);
      assert.ok(name.includes(network.summary.en), `card "${name}" lacks the document's "${network.summary.en}"`);
      assert.equal(level, 2);
    });
  });

  test('once React has hydrated, the element is defined and shows the same cards, closed', async () => {
    await page.goto(server.origin);
    await shows(page, 'Last card toggled: none');
    const defined = await page.$eval('lille-networks', (element) => element.matches(':defined'));
    assert.ok(defined, 'the element is not defined');
    const shown = await cards(page);
    assert.deepEqual(
      shown.map(({ name, level }) => ({ name, level })),
      painted.map(({ name, level }) => ({ name, level })),
      'the element shows other cards than the server painted',
    );
    assert.deepEqual(
      shown.map(({ expanded }) => expanded),
      painted.map(() => false),
    );
  });

  test('a click opens a card, and the React component shows which', async () => {
    const [first] = await cards(page);
    await page.locator(`::-p-aria([name=${JSON.stringify(first.name)}][role="button"])`).click();
    await shows(page, `Last card toggled: ${document.networks[0].id} opened`);
    assert.deepEqual(
      (await cards(page)).map((card) => card.expanded),
      document.networks.map((_, index) => index === 0),
    );
  });

  test('no hydration error, console error or warning, page error or failed request', () => {
    assert.deepEqual(problems, []);
  });

  test('reached through Next\'s router (a client-side navigation), the element shows the document\'s cards', async () => {
    problems.length = 0;
    await page.goto(`${server.origin}/elsewhere`);
    await shows(page, 'Elsewhere on the site');
    await page.locator('::-p-aria([name="Our European networks"][role="link"])').click();
    await shows(page, 'Last card toggled: none');
    // The router set the page's markup with innerHTML, which attaches no declarative root: the
    // element renders the cards itself, from the document that markup carries.
    await page.waitForFunction(() => document.querySelector('lille-networks')?.shadowRoot?.querySelector('[part=card]'));
    assert.equal(await page.evaluate(() => performance.getEntriesByType('navigation').length), 1, 'no page load');
    assert.deepEqual(
      (await cards(page)).map(({ name, level }) => ({ name, level })),
      painted.map(({ name, level }) => ({ name, level })),
    );
    // Chromium's advice, for developers, on markup set with innerHTML; no error.
    const advice = /^warn: Found declarative shadowrootmode attribute on a template, but declarative Shadow DOM is not being parsed/;
    assert.deepEqual(problems.filter((problem) => !advice.test(problem)), []);
  });
}

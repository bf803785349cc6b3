/**
 * `engines` says what the package needs to run (its Node entries, Lit, @lit/react), so that an
 * app that installs with `engine-strict=true` (SvelteKit's starter writes it) installs it on
 * every Node its framework accepts; what the test tooling needs is `devEngines` and `.nvmrc`,
 * which only this repository's own `npm install` reads.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import semver from 'semver';

const read = (file) => readFileSync(new URL(`../../${file}`, import.meta.url), 'utf8');
const pkg = JSON.parse(read('package.json'));
const lock = JSON.parse(read('package-lock.json'));

test('engines accepts the first releases of Node 22 and 24, which server frameworks accept', () => {
  // The first release of each line since 18, the oldest on which the Node and React entries ran.
  for (const version of ['18.0.0', '20.0.0', '22.0.0', '24.0.0', '26.0.0']) {
    assert.ok(semver.satisfies(version, pkg.engines.node), `Node ${version} is refused by engines.node "${pkg.engines.node}"`);
  }
});

test('engines asks no less than what the packages the app installs with it ask', () => {
  // What an app gets from this package: its dependencies, all the way down, and its peers.
  const installed = Object.entries(lock.packages).filter(
    ([path, entry]) => path.startsWith('node_modules/') && (!entry.dev || path.slice('node_modules/'.length) in (pkg.peerDependencies ?? {})),
  );
  assert.ok(installed.some(([path]) => path === 'node_modules/lit'), 'the lockfile lists lit as installed with the package');
  for (const [path, entry] of installed) {
    if (!entry.engines?.node) continue;
    assert.ok(
      semver.subset(pkg.engines.node, entry.engines.node),
      `${path} asks for Node ${entry.engines.node}, more than engines.node "${pkg.engines.node}"`,
    );
  }
});

test("the tooling's Node is devEngines and .nvmrc, apart from engines", () => {
  const { runtime } = pkg.devEngines;
  assert.equal(runtime.name, 'node');
  assert.notEqual(runtime.version, pkg.engines.node);
  const nvmrc = read('.nvmrc').trim();
  assert.ok(semver.satisfies(nvmrc, runtime.version), `.nvmrc ${nvmrc} is outside devEngines "${runtime.version}"`);
  assert.ok(semver.satisfies(nvmrc, pkg.engines.node), `.nvmrc ${nvmrc} cannot run the package`);
});

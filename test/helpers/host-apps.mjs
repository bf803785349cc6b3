/**
 * The package where partners run it: the real host apps of test/hosts/ (Angular, Next.js,
 * React 18), built as a partner builds them (the host's own npm, the package installed from what
 * `npm pack` makes), and a fresh Node process, as a server starts.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { promisify } from 'node:util';

export const root = resolve(import.meta.dirname, '../..');

export const readJson = async (file) => JSON.parse(await readFile(file, 'utf8'));
export const seconds = (start) => `${((performance.now() - start) / 1000).toFixed(1)} s`;

/** This process's environment without the state npm exports to scripts, so that a host's npm finds its own project. */
export const hostEnv = (extra = {}) => ({
  ...Object.fromEntries(
    Object.entries(process.env).filter(([name]) => !/^npm_(package_|lifecycle_|config_local_prefix$)/i.test(name)),
  ),
  ...extra,
});

const run = promisify(execFile);

/** Runs a command in `cwd`; resolves with its output, rejects with it on failure. */
export const sh = (command, args, cwd, env = hostEnv()) => run(command, args, { cwd, env, maxBuffer: 64 * 1024 * 1024 });

/**
 * Installs the host's lockfile (when its node_modules is missing or older), then the package as
 * the registry would serve it: what `npm pack` makes of the build just made (no lifecycle script
 * runs), installed as a partner's `npm install` does. The tarball goes to `work`, a new scratch
 * folder unless given. Resolves with that folder and how long each step took.
 */
export async function installPacked(host, { work, env = hostEnv() } = {}) {
  assert.ok(existsSync(join(root, 'dist/lib/lille-networks.js')), 'no build in dist/: run npm run build');
  work ??= await mkdtemp(join(tmpdir(), `lille-networks-${basename(host)}-`));
  const timings = [];
  const lock = join(host, 'node_modules/.package-lock.json');
  if (!existsSync(lock) || statSync(lock).mtimeMs < statSync(join(host, 'package-lock.json')).mtimeMs) {
    const start = performance.now();
    await sh('npm', ['ci', '--no-audit', '--no-fund', '--loglevel=error'], host, env);
    timings.push(`npm ci ${seconds(start)}`);
  }
  const start = performance.now();
  const { stdout: packed } = await sh('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', work], root, env);
  const tarball = join(work, JSON.parse(packed)[0].filename);
  await sh('npm', ['install', '--no-save', '--no-audit', '--no-fund', '--loglevel=error', tarball], host, env);
  timings.push(`npm pack + install ${seconds(start)}`);
  return { work, timings };
}

/** Closes what a host's suite opened, whichever of them it got to. */
export async function tearDown({ browser, server, work }) {
  await browser?.close();
  await server?.stop();
  if (work) await rm(work, { recursive: true, force: true });
}

/**
 * Imports `specifier` in a fresh Node process, as a server starts (nothing else has set up a DOM
 * or a registry), then runs `after`; resolves with where it resolved, its exports and their
 * types, the globals the process gained, whether an element registry exists and holds
 * <lille-networks>, and `probe`, an expression over the module (`api`), evaluated.
 */
export async function importInNode(specifier, { after = '', probe = 'null' } = {}) {
  const script = `
    const before = new Set(Object.getOwnPropertyNames(globalThis));
    const api = await import(${JSON.stringify(specifier)});
    ${after}
    console.log(JSON.stringify({
      resolved: import.meta.resolve(${JSON.stringify(specifier)}),
      exports: Object.keys(api).sort(),
      types: Object.fromEntries(Object.entries(api).map(([name, value]) => [name, typeof value])),
      added: Object.getOwnPropertyNames(globalThis).filter((name) => !before.has(name)).sort(),
      registry: typeof globalThis.customElements,
      defined: typeof globalThis.customElements?.get('lille-networks'),
      probe: ${probe},
    }));`;
  const { stdout } = await sh(process.execPath, ['--input-type=module', '-e', script], root);
  return JSON.parse(stdout);
}

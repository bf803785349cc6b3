/**
 * The typings the package ships, checked as each host's own tooling checks an app:
 *
 *   - React: `<lille-networks>` in JSX (lille-networks/typings/react) and the component of
 *     lille-networks/react, by tsc, with `moduleResolution` bundler and node10 (which reads
 *     `typesVersions`, not `exports`);
 *   - Vue 3 templates (lille-networks/typings/vue), by vue-tsc with strictTemplates;
 *   - Svelte 5 markup (lille-networks/typings/svelte), by svelte-check.
 *
 * Each host's folder in test/types/ holds files that must compile (Ok…) and one whose elements
 * after a `wrong:` comment give a value of the wrong type: the checker must report exactly
 * those lines, and nothing in the others.
 *
 * The package is the one `npm pack` makes, unpacked into the node_modules of a scratch app in
 * tmp/, so that `files`, `exports` and `typesVersions` are checked too. The scratch app has its
 * own package.json, so `lille-networks` resolves to that copy rather than to this repository by
 * self-reference, while React's types, Vue and Svelte resolve from this repository's
 * node_modules. Needs `npm run build` (dist/).
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdir, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { after, before, test } from 'node:test';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = resolve(import.meta.dirname, '../..');
const bin = (name) => join(root, 'node_modules/.bin', name);

if (!existsSync(join(root, 'dist/types/react.d.ts'))) throw new Error('types.test.mjs: run npm run build first');

let app;

before(async () => {
  await mkdir(join(root, 'tmp'), { recursive: true });
  app = await mkdtemp(join(root, 'tmp', 'types-'));
  await writeFile(join(app, 'package.json'), '{ "name": "typings-check", "private": true }\n');
  const { stdout } = await run('npm', ['pack', '--json', '--ignore-scripts', '--pack-destination', app], { cwd: root });
  const installed = join(app, 'node_modules/lille-networks');
  await mkdir(installed, { recursive: true });
  await run('tar', ['-xzf', join(app, JSON.parse(stdout)[0].filename), '-C', installed, '--strip-components=1']);
  await cp(join(root, 'test/types'), app, { recursive: true });
});

after(async () => {
  if (app) await rm(app, { recursive: true, force: true });
});

/** Runs a checker, which exits with an error when it reports any: the report is what counts. */
async function check(command, args, cwd) {
  try {
    const { stdout } = await run(command, args, { cwd, maxBuffer: 16 * 1024 * 1024 });
    return stdout;
  } catch (error) {
    if (typeof error.stdout !== 'string') throw error;
    return error.stdout;
  }
}

/** `file(line,col): error TS…`, as tsc and vue-tsc print without colours. */
const tscErrors = (output) =>
  [...output.matchAll(/^(.+?)\((\d+),\d+\): error (TS\d+: .*)$/gm)].map(([, file, line, message]) => ({
    file: basename(file),
    line: Number(line),
    message,
  }));

/** `… ERROR "file" line:col "message"`, svelte-check's machine output. */
const svelteErrors = (output) =>
  [...output.matchAll(/^\d+ ERROR "(.+?)" (\d+):\d+ "(.*)"$/gm)].map(([, file, line, message]) => ({
    file: basename(file),
    line: Number(line),
    message,
  }));

/** The lines that follow a comment starting `wrong:` (JSX, HTML or line comment), from 1. */
async function wrongLines(file) {
  const lines = (await readFile(file, 'utf8')).split('\n');
  return lines.flatMap((text, index) => (/^\s*(\{\/\*|<!--|\/\/)\s*wrong:/.test(text) ? [index + 2] : []));
}

/** The files of one host: every Ok… file compiles, the Wrong… file fails on its marked lines only. */
async function assertReports(host, errors) {
  const files = (await readdir(join(app, host))).filter((file) => /^(ok|wrong)/i.test(file));
  const wrong = files.find((file) => /^wrong/i.test(file));
  assert.ok(wrong && files.length > 1, `test/types/${host}: ${files}`);
  for (const file of files.filter((name) => name !== wrong)) {
    assert.deepEqual(errors.filter((error) => error.file === file), [], `${host}/${file} must compile`);
  }
  const expected = await wrongLines(join(app, host, wrong));
  assert.ok(expected.length > 0, `${wrong} marks no wrong line`);
  const reported = errors.filter((error) => error.file === wrong);
  assert.deepEqual(
    [...new Set(reported.map((error) => error.line))],
    expected,
    `${host}/${wrong}: the marked lines, and only those, fail:\n${reported.map((e) => `  ${e.line}: ${e.message}`).join('\n')}`,
  );
  const elsewhere = errors.filter((error) => !files.includes(error.file));
  assert.deepEqual(elsewhere, [], 'no error in the typings themselves');
}

test('React: the JSX typings and the component type what they take, with exports (bundler)', async () => {
  const output = await check(bin('tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], join(app, 'react'));
  await assertReports('react', tscErrors(output));
});

test('React: the same through typesVersions, for moduleResolution node10', async () => {
  const output = await check(bin('tsc'), ['-p', 'tsconfig.node10.json', '--pretty', 'false'], join(app, 'react'));
  await assertReports('react', tscErrors(output));
});

test('Vue 3: vue-tsc types the element in templates: props, .prop bindings, events', async () => {
  const output = await check(bin('vue-tsc'), ['-p', 'tsconfig.json', '--pretty', 'false'], join(app, 'vue'));
  await assertReports('vue', tscErrors(output));
});

test('Svelte 5: svelte-check types the element in markup: attributes, objects, listeners', async () => {
  const output = await check(
    bin('svelte-check'),
    ['--workspace', '.', '--tsconfig', './tsconfig.json', '--output', 'machine'],
    join(app, 'svelte'),
  );
  assert.match(output, /COMPLETED \d+ FILES/, output);
  await assertReports('svelte', svelteErrors(output));
});

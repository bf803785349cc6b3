/**
 * The README and docs/ as a reader of the published package meets them: every relative link
 * leads to a file the package holds, and to a heading that exists; what a command prints is the
 * command's (the CDN snippet's hashes are the build's, the API tables the source's JSDoc).
 * Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, normalize } from 'node:path';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';

const run = promisify(execFile);
const root = fileURLToPath(new URL('../../', import.meta.url));
const read = (path) => readFileSync(join(root, path), 'utf8');
const pages = ['README.md', ...readdirSync(join(root, 'docs')).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`)];

/** Markdown without its fenced code, where a link is only text. */
const prose = (markdown) => markdown.replace(/^```[^]*?^```/gm, '');

/** GitHub's anchor for a heading: lower case, punctuation dropped, spaces as hyphens. */
const anchor = (heading) =>
  heading
    .toLowerCase()
    .replace(/[`*_]/g, '')
    .replace(/[^\p{L}\p{N}\s-]/gu, '')
    .replace(/\s/g, '-');
const anchorsOf = (markdown) => new Set([...prose(markdown).matchAll(/^#+ (.+)$/gm)].map(([, heading]) => anchor(heading)));

test('every relative link of the README and docs/ leads to a file of the published package, and to a heading there', async () => {
  const { stdout } = await run('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: root });
  const published = new Set(JSON.parse(stdout)[0].files.map((file) => file.path));
  for (const page of pages) assert.ok(published.has(page), `${page} is published`);
  const broken = [];
  for (const page of pages) {
    for (const [, target] of prose(read(page)).matchAll(/\]\(([^)\s]+)\)/g)) {
      if (/^[a-z]+:/i.test(target)) continue;
      const [path, fragment] = target.split('#');
      const file = path ? normalize(join(dirname(page), path)) : page;
      if (!published.has(file)) broken.push(`${page}: ${target} (not in the package)`);
      else if (fragment && file.endsWith('.md') && !anchorsOf(read(file)).has(fragment)) broken.push(`${page}: ${target} (no such heading)`);
    }
  }
  assert.deepEqual(broken, []);
});

test('the README\'s generated parts are what npm run docs writes: the API tables from the source\'s JSDoc, the CDN snippet with this build\'s hashes', async () => {
  await run(process.execPath, [join(root, 'scripts/readme-api.mjs'), '--check'], { cwd: root });
});

test('the README stays short: the rest is in docs/', () => {
  const lines = read('README.md').split('\n').length;
  assert.ok(lines <= 220, `README.md has ${lines} lines`);
});

/**
 * The analytics recipes of docs/recipes.md are the scripts their pages run, character for character: each
 * page in demo/recipes/ holds its script between `<!-- recipe:NAME:start -->` and
 * `<!-- recipe:NAME:end -->`, and docs/recipes.md holds the same script, in a ```html fence, between
 * the same markers (followed by a ```json fence: what a click on the first card sends, which
 * test/analytics.test.ts checks in the browsers).
 *
 * A Node test, reading the files themselves: the browser tests' server rewrites every inline
 * script of the HTML it serves (esbuild, for the test target), so a page fetched there is not
 * the page's text.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';

const root = new URL('../../', import.meta.url);
const read = (path) => readFileSync(new URL(path, root), 'utf8');

const recipes = [
  { name: 'matomo', page: 'demo/recipes/matomo.html' },
  { name: 'tag-manager', page: 'demo/recipes/tag-manager.html' },
  { name: 'dsfr', page: 'demo/recipes/dsfr.html' },
];

/** What lies between the recipe's start and end markers in `source`. */
function between(source, name, where) {
  const start = `<!-- recipe:${name}:start -->`;
  const end = `<!-- recipe:${name}:end -->`;
  const from = source.indexOf(start);
  const to = source.indexOf(end);
  assert.ok(from > -1, `${where} has ${start}`);
  assert.ok(to > from, `${where} has ${end} after ${start}`);
  assert.equal(source.indexOf(start, from + 1), -1, `${where} has ${start} once`);
  return source.slice(from + start.length, to);
}

/** Lines without the indentation they share, trimmed: the pages indent their scripts. */
function dedent(text) {
  const lines = text.replace(/^\n+|\s+$/g, '').split('\n');
  const indent = Math.min(...lines.filter((line) => line.trim()).map((line) => /^ */.exec(line)[0].length));
  return lines.map((line) => line.slice(indent)).join('\n').trim();
}

const readme = read('docs/recipes.md');

for (const { name, page } of recipes) {
  test(`docs/recipes.md's ${name} recipe is the script of ${page}`, () => {
    const block = between(readme, name, 'docs/recipes.md');
    const script = /```html\n([\s\S]*?)\n```/.exec(block);
    assert.ok(script, `docs/recipes.md's ${name} block has a \`\`\`html fence`);
    const example = /```json\n([\s\S]*?)\n```/.exec(block);
    assert.ok(example, `docs/recipes.md's ${name} block has a \`\`\`json fence`);
    assert.doesNotThrow(() => JSON.parse(example[1]), `docs/recipes.md's ${name} example is JSON`);

    const inPage = dedent(between(read(page), name, page));
    assert.match(inPage, /^<script type="module">\n[\s\S]*\n<\/script>$/, `${page}: the block is one module script`);
    assert.equal(script[1].trim(), inPage);
  });
}

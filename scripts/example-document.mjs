/**
 * Writes demo/networks.example.json: a document for the `src` attribute, made from the bundled
 * data (src/data/networks.ts) — three of its networks, the first with a summary marked as example
 * data, so that a page using it visibly shows `src` at work — and checks it with `validate` and
 * `parseDocument`, exactly as the element will.
 *
 *   node scripts/example-document.mjs           write it
 *   node scripts/example-document.mjs --check   exit 1 when the committed file is invalid, or
 *                                               differs from what the bundled data gives
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { loadSources } from './lib/sources.mjs';

const root = resolve(import.meta.dirname, '..');
const file = resolve(root, 'demo/networks.example.json');
const check = process.argv.includes('--check');

const { validate, documentSchema, parseDocument, bundledNetworks } = await loadSources();

/** Throws when `document` is not one the element accepts in full. */
function assertValid(document, name) {
  validate(documentSchema, document);
  const { networks, dropped } = parseDocument(document);
  if (dropped.length) throw new Error(`${name}: ${dropped.join('; ')}`);
  return networks.length;
}

const [first, ...others] = bundledNetworks.slice(0, 3);
const example = {
  // Editors such as VS Code complete and check the file against the built schema.
  $schema: '../dist/lille-networks.schema.json',
  version: 1,
  networks: [
    {
      ...first,
      summary: {
        fr: `${first.summary.fr} (document d’exemple)`,
        en: `${first.summary.en} (example document)`,
      },
    },
    ...others,
  ],
};
const text = `${JSON.stringify(example, null, 2)}\n`;
assertValid(JSON.parse(text), 'the generated example');

if (check) {
  let committed;
  try {
    committed = await readFile(file, 'utf8');
  } catch {
    console.error(`${file}: missing; run node scripts/example-document.mjs`);
    process.exit(1);
  }
  try {
    const count = assertValid(JSON.parse(committed), 'demo/networks.example.json');
    if (committed !== text) {
      console.error('demo/networks.example.json: valid, but stale (the bundled data changed): run node scripts/example-document.mjs');
      process.exit(1);
    }
    console.log(`demo/networks.example.json: valid, ${count} networks, up to date.`);
  } catch (error) {
    console.error(`demo/networks.example.json: ${error.message}`);
    process.exit(1);
  }
} else {
  await writeFile(file, text);
  console.log(`demo/networks.example.json: written, ${example.networks.length} networks, valid.`);
}

/**
 * Writes two documents for the `src` attribute from the bundled data (src/data/networks.json),
 * each checked as the element checks a document:
 *
 *   demo/networks.example.json     three networks, the first one's summary marked as example
 *                                  data, so that a page using it visibly shows `src` at work;
 *   demo/networks.nl.example.json  every network and the interface strings with Dutch added as
 *                                  `nl` (scripts/lib/dutch.mjs).
 *
 * `--check` writes nothing and fails when a file differs from what the bundled data gives.
 * Either way it fails when a bundled text has no Dutch, or Dutch has no bundled text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import * as dutch from './lib/dutch.mjs';
import { source } from './lib/typescript.mjs';

const { documentSchema } = await source('data/schema.ts');
const { parseDocument } = await source('data/parse.ts');
const { networks: bundledNetworks } = JSON.parse(await readFile(new URL('../src/data/networks.json', import.meta.url), 'utf8'));

// Editors such as VS Code complete and check the files against the built schema.
const $schema = '../dist/lille-networks.schema.json';
const problems = [];

const [first, ...others] = bundledNetworks.slice(0, 3);
const summary = { fr: `${first.summary.fr} (document d’exemple)`, en: `${first.summary.en} (example document)` };
const example = { $schema, version: 1, networks: [{ ...first, summary }, ...others] };

/** Web addresses are not texts to translate: there is no Dutch page to link. */
const addresses = new Set(['website', 'involvementLink']);
const isText = (value) => typeof value?.fr === 'string' && typeof value?.en === 'string';

/**
 * `value` with `nl` added to each text from `nl`, which mirrors it: a string per text, a list
 * per list, an object per object, projects keyed by id.
 */
function translate(value, nl, path) {
  if (isText(value)) {
    if (typeof nl === 'string' && nl.trim()) return { ...value, nl };
    problems.push(`${path}: no Dutch for "${value.en}"`);
    return value;
  }
  if (Array.isArray(value)) {
    const byId = path.endsWith('.projects');
    const given = nl ?? (byId ? {} : []);
    const keys = value.map((item, i) => (byId ? item.id : i));
    for (const key of Object.keys(given).filter((key) => !keys.map(String).includes(key))) {
      problems.push(`${path}[${key}]: Dutch with no bundled text`);
    }
    return value.map((item, i) => translate(item, given[keys[i]], `${path}[${keys[i]}]`));
  }
  if (value === null || typeof value !== 'object') return value;
  const given = nl ?? {};
  const texts = Object.keys(value).filter((key) => typeof value[key] === 'object' && value[key] !== null && !addresses.has(key));
  for (const key of Object.keys(given).filter((key) => !texts.includes(key))) problems.push(`${path}.${key}: Dutch with no bundled text`);
  return Object.fromEntries(
    Object.entries(value).map(([key, item]) => [key, texts.includes(key) ? translate(item, given[key], `${path}.${key}`) : item]),
  );
}

const networks = bundledNetworks.map((network) => translate(network, dutch.networks[network.id], network.id));
for (const id of Object.keys(dutch.networks).filter((id) => !bundledNetworks.some((network) => network.id === id))) {
  problems.push(`${id}: Dutch for a network that is not bundled`);
}
// The interface strings are those of the schema's `strings`: all of them, no others.
const keys = Object.keys(Object.values(documentSchema.properties.strings.patternProperties)[0].properties);
for (const key of keys.filter((key) => !(key in dutch.strings))) problems.push(`strings.${key}: no Dutch`);
for (const key of Object.keys(dutch.strings).filter((key) => !keys.includes(key))) problems.push(`strings.${key}: not an interface string`);
if (problems.length) {
  console.error(`scripts/lib/dutch.mjs does not match the bundled data:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}

const documents = {
  'demo/networks.example.json': example,
  'demo/networks.nl.example.json': { $schema, version: 1, strings: { nl: dutch.strings }, networks },
};
let stale = false;
for (const [name, document] of Object.entries(documents)) {
  const { dropped } = parseDocument(document);
  if (dropped.length) throw new Error(`${name}: ${dropped.join('; ')}`);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  const file = new URL(`../${name}`, import.meta.url);
  if (!process.argv.includes('--check')) {
    await writeFile(file, text);
    console.log(`${name}: written, ${document.networks.length} networks, valid.`);
  } else if ((await readFile(file, 'utf8').catch(() => '')) !== text) {
    console.error(`${name}: missing or stale (the bundled data or the Dutch changed): run node scripts/example-document.mjs`);
    stale = true;
  }
}
process.exitCode = stale ? 1 : 0;

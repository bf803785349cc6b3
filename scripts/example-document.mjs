/**
 * Writes two documents for the `src` attribute, made from the bundled data (src/data/networks.ts)
 * and checked with `validate` and `parseDocument`, exactly as the element will check them:
 *
 *   demo/networks.example.json     three of the networks, the first with a summary marked as
 *                                  example data, so that a page using it visibly shows `src` at work;
 *   demo/networks.nl.example.json  every network and the interface strings in Dutch as well: the
 *                                  Dutch of scripts/lib/dutch.mjs added as `nl` to every text.
 *
 *   node scripts/example-document.mjs           write them
 *   node scripts/example-document.mjs --check   exit 1 when a committed file is invalid, or
 *                                               differs from what the bundled data gives
 *
 * Either way it fails when a bundled text has no Dutch, or when Dutch matches no bundled text.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import * as dutch from './lib/dutch.mjs';
import { loadSources } from './lib/sources.mjs';

const root = resolve(import.meta.dirname, '..');
const check = process.argv.includes('--check');

const { validate, documentSchema, parseDocument, bundledNetworks } = await loadSources();

/** Throws when `document` is not one the element accepts in full. */
function assertValid(document, name) {
  validate(documentSchema, document);
  const { networks, dropped } = parseDocument(document);
  if (dropped.length) throw new Error(`${name}: ${dropped.join('; ')}`);
  return networks.length;
}

// Editors such as VS Code complete and check the files against the built schema.
const $schema = '../dist/lille-networks.schema.json';

const [first, ...others] = bundledNetworks.slice(0, 3);
const example = {
  $schema,
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

const isText = (value) =>
  value !== null && typeof value === 'object' && typeof value.fr === 'string' && typeof value.en === 'string';

/** Web addresses, one or one per language: not texts to translate (there is no Dutch page). */
const addresses = new Set(['website', 'involvementLink']);

/**
 * `value` with `translation` added as `language` to each of its texts. `translation` mirrors
 * `value`: a string for each text, a list for each list, an object for each object, and
 * projects keyed by id. Every text without a translation, and every translation without a
 * text, is named in `problems`.
 */
function translate(value, translation, language, path, problems) {
  if (isText(value)) {
    if (typeof translation === 'string' && translation.trim()) return { ...value, [language]: translation };
    problems.push(`${path}: no ${language} text for "${value.en}"`);
    return value;
  }
  if (Array.isArray(value)) {
    const byId = path.endsWith('.projects');
    const items = byId ? (translation ?? {}) : (translation ?? []);
    const result = value.map((item, i) =>
      translate(item, byId ? items[item.id] : items[i], language, `${path}${byId ? `.${item.id}` : `[${i}]`}`, problems),
    );
    const extra = byId
      ? Object.keys(items).filter((id) => !value.some((item) => item.id === id))
      : Object.keys(items).slice(value.length);
    for (const key of extra) problems.push(`${path}: ${language} text for ${key}, which has no bundled counterpart`);
    return result;
  }
  if (value !== null && typeof value === 'object') {
    const given = translation ?? {};
    const result = {};
    for (const [key, item] of Object.entries(value)) {
      const text = item !== null && typeof item === 'object' && !addresses.has(key);
      result[key] = text ? translate(item, given[key], language, `${path}.${key}`, problems) : item;
    }
    const texts = (key) => key in value && typeof value[key] === 'object' && !addresses.has(key);
    for (const key of Object.keys(given).filter((key) => !texts(key))) {
      problems.push(`${path}.${key}: ${language} text with no bundled text to translate`);
    }
    return result;
  }
  return value;
}

/** Every network in French, English and Dutch, with the interface strings in Dutch. */
function dutchDocument() {
  const problems = [];
  const networks = bundledNetworks.map((network) =>
    translate(network, dutch.networks[network.id], 'nl', network.id, problems),
  );
  for (const id of Object.keys(dutch.networks).filter((id) => !bundledNetworks.some((network) => network.id === id))) {
    problems.push(`${id}: Dutch for a network that is not bundled`);
  }
  // The interface keys are those of the published schema's `strings`: all of them, no others.
  const [stringsShape] = Object.values(documentSchema.properties.strings?.patternProperties ?? {});
  if (!stringsShape) {
    problems.push('documentSchema has no `strings`: the schema does not accept interface strings');
  } else {
    const keys = Object.keys(stringsShape.properties);
    for (const key of keys.filter((key) => !(key in dutch.strings))) problems.push(`strings.${key}: no Dutch`);
    for (const key of Object.keys(dutch.strings).filter((key) => !keys.includes(key))) {
      problems.push(`strings.${key}: not an interface string`);
    }
  }
  if (problems.length) {
    throw new Error(`scripts/lib/dutch.mjs does not match the bundled data:\n  ${problems.join('\n  ')}`);
  }
  return { $schema, version: 1, strings: { nl: dutch.strings }, networks };
}

let documents;
try {
  documents = [
    { name: 'demo/networks.example.json', document: example },
    { name: 'demo/networks.nl.example.json', document: dutchDocument() },
  ];
} catch (error) {
  console.error(error.message);
  process.exit(1);
}

let failed = false;
for (const { name, document } of documents) {
  const file = resolve(root, name);
  const text = `${JSON.stringify(document, null, 2)}\n`;
  assertValid(JSON.parse(text), `the generated ${name}`);
  if (!check) {
    await writeFile(file, text);
    console.log(`${name}: written, ${document.networks.length} networks, valid.`);
    continue;
  }
  try {
    const committed = await readFile(file, 'utf8').catch(() => {
      throw new Error('missing; run node scripts/example-document.mjs');
    });
    const count = assertValid(JSON.parse(committed), name);
    if (committed !== text) {
      throw new Error('valid, but stale (the bundled data or the Dutch changed): run node scripts/example-document.mjs');
    }
    console.log(`${name}: valid, ${count} networks, up to date.`);
  } catch (error) {
    console.error(`${name}: ${error.message}`);
    failed = true;
  }
}
if (failed) process.exit(1);

/**
 * The element's schema interpreter (src/data/parse.ts over src/data/schema-kit.ts, which every
 * `src` document and `data` value goes through) judged by an independent validator, ajv (draft
 * 2020-12), with the published schema, dist/lille-networks.schema.json: over 10,000 generated
 * documents (test/helpers/fuzz-documents.ts), JSON, made in another realm (node:vm), or disguised
 * as objects that JSON cannot make (test/helpers/fuzz-hostile.ts). For each, the interpreter
 * keeps exactly the entries ajv accepts, the first of each id, in order, with their own texts,
 * or refuses the document where ajv refuses its envelope or every entry; and it says that
 * something was refused exactly when ajv refused something. Where the two differ by design, the
 * element's documented rules decide: test/helpers/fuzz-judge.ts lists each, and the counts
 * printed at the end show that the documents exercise them. Where the outcome depends on how a
 * reader goes about its reads (`loose` cases) nothing is compared here.
 *
 * Pure data work, so Node does it: esbuild bundles the TypeScript (the interpreter and the fuzz
 * helpers, fast-check with them) into one module, imported from a data: URL. What the element
 * renders of the same documents, in each browser: fuzz-data.test.ts and fuzz-objects.test.ts.
 * fast-check picks a new seed each run; a failure reports it with the counterexample.
 * Needs `npm run build` first (the published schema is in dist/).
 */
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { after, test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { runInNewContext } from 'node:vm';
import Ajv2020 from 'ajv/dist/2020.js';
import { build } from 'esbuild';

const root = fileURLToPath(new URL('../../', import.meta.url));
const schemaFile = new URL('../../dist/lille-networks.schema.json', import.meta.url);
assert.ok(existsSync(schemaFile), 'dist/lille-networks.schema.json is missing: run npm run build first');
const schema = JSON.parse(readFileSync(schemaFile, 'utf8'));

const {
  outputFiles: [bundle],
} = await build({
  stdin: {
    contents: `
      export { default as fc } from 'fast-check';
      export { parseDocument } from './src/data/parse.ts';
      export * from './test/helpers/fuzz-documents.ts';
      export { disguise } from './test/helpers/fuzz-hostile.ts';
      export { createJudge } from './test/helpers/fuzz-judge.ts';`,
    resolveDir: root,
    sourcefile: 'schema-fuzz.ts',
    loader: 'ts',
  },
  bundle: true,
  write: false,
  format: 'esm',
  platform: 'node',
  logLevel: 'warning',
});
const fuzz = await import(`data:text/javascript;base64,${Buffer.from(bundle.text).toString('base64')}`);
const { fc, parseDocument, cardOf, throwIfFailed, disguise } = fuzz;

const judge = fuzz.createJudge(schema, Ajv2020);
/** Another realm: a vm context's constructors, as an iframe's window in the browser. */
const realm = runInNewContext('globalThis');
const counts = { documents: 0, loose: 0, refused: 0, partly: 0 };

/** What the interpreter makes of `value`: its cards, and whether it says something was refused. */
function interpret(value) {
  try {
    const { networks, dropped } = parseDocument(value);
    return { cards: networks.map(cardOf), refusal: dropped.length > 0 };
  } catch {
    return { cards: null, refusal: true };
  }
}

/** Runs `runs` cases of `arbitrary`, each made a case by `toCase`, and compares the two judges. */
function compare(arbitrary, runs, toCase) {
  const result = fc.check(
    fc.property(arbitrary, (generated) => {
      const { value, view, loose } = toCase(generated);
      counts.documents++;
      if (loose) {
        counts.loose++;
        return;
      }
      const expected = judge.outcome(view);
      if (!expected.cards) counts.refused++;
      else if (expected.refusal) counts.partly++;
      assert.deepEqual(interpret(value), expected, 'the interpreter keeps what ajv accepts, and says when something was refused');
    }),
    { numRuns: runs, includeErrorInReport: true },
  );
  throwIfFailed(result);
}

const json = (document) => ({ value: document, view: document });
const fromRealm = (document) => {
  const text = JSON.stringify(document);
  return { value: realm.JSON.parse(text), view: JSON.parse(text) };
};
const disguised = ({ document, plans }) => disguise(document, plans, schema, realm);

test('mostly valid documents with mutations: the interpreter keeps exactly what ajv accepts', () => {
  compare(fuzz.mostlyValidDocument, 3000, json);
});

test('documents whose every text or address is hostile: the same', () => {
  compare(fuzz.hostileTextDocument, 1000, json);
});

test('random JSON, broken envelopes and deep nesting: refused as ajv refuses them', () => {
  compare(fuzz.strangeDocument, 1600, json);
});

test('documents made in another realm: judged as the same JSON from this one', () => {
  compare(fuzz.mostlyValidDocument, 500, fromRealm);
});

test('objects JSON cannot make: read through their own properties only, as ajv reads the same JSON', () => {
  compare(fuzz.disguisedDocument, 4100, disguised);
});

after(() => {
  const c = judge.counts;
  console.log(
    `schema-fuzz: ${counts.documents} generated documents (${counts.loose} loose, not compared; ${counts.refused} refused ` +
      `whole, ${counts.partly} partly); ajv judged ${c.entries} entries. Where the element's rules decided against ajv's ` +
      `plain verdict: trimming ${c.trim}, UTF-16 length ${c.utf16}, keys of addresses that are no language ${c.ignoredKeys}, ` +
      `language keys differing by case ${c.caseDup}, undefined values ${c.undefinedKey}, repeated ids ${c.repeatedIds}, ` +
      `no valid entry ${c.noValidEntry}.`,
  );
  assert.ok(counts.documents >= 10_000, `${counts.documents} documents: at least 10,000`);
});

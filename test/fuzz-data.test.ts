/**
 * Generated documents (fast-check) fed to the `data` property and rendered, judged as
 * helpers/fuzz-render.ts says: JSON documents, mostly valid with mutations, with hostile texts
 * and addresses, or random JSON and broken envelopes. (Objects JSON cannot make:
 * fuzz-objects.test.ts; the same documents judged by ajv: node/schema-fuzz.test.mjs.)
 */
import { expect } from '@open-wc/testing';
import { bundledNetworks } from './helpers/data.js';
import { hostileTextDocument, mostlyValidDocument, strangeDocument } from './helpers/fuzz-documents.js';
import { cardCount, family, feedOne, fuzzTheElement, json } from './helpers/fuzz-render.js';

fuzzTheElement(
  'fuzz-data.test.ts',
  'Generated JSON documents fed to the data property',
  [
    family({
      title: 'show exactly the entries the parser keeps, run no script and pollute nothing, when mostly valid with mutations',
      name: 'mostly valid, mutated',
      arbitrary: mostlyValidDocument,
      runs: 3000,
      toCase: json,
    }),
    family({
      title: 'show markup, template syntax, right-to-left and huge text only as text, and link only to http(s)',
      name: 'hostile text and addresses',
      arbitrary: hostileTextDocument,
      runs: 1000,
      toCase: json,
    }),
    family({
      title: 'leave the previous cards in place when random JSON, broken envelopes or deep nesting hold nothing valid',
      name: 'random JSON and broken envelopes',
      arbitrary: strangeDocument,
      runs: 1600,
      toCase: json,
    }),
  ],
  5_500,
  () => {
    it('show the bundled networks again when data goes back to null', async () => {
      await feedOne(json(JSON.parse('{"version": 1, "networks": []}')));
      await feedOne(json(null));
      expect(cardCount()).to.equal(bundledNetworks.length);
    });
  },
);

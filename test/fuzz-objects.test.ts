/**
 * Generated documents (fast-check) fed to the `data` property and rendered, judged as
 * helpers/fuzz-render.ts says: documents made in another realm (an iframe's JSON.parse), and
 * documents with, at any depth, objects that JSON cannot make (helpers/fuzz-hostile.ts):
 * getters that throw or answer differently on each read, Proxies whose traps throw or lie,
 * arrays with their own `map` or another prototype, null prototypes, frozen objects, class
 * instances, functions, symbols, `toJSON`/`toString`/`valueOf` that throw. (JSON documents:
 * fuzz-data.test.ts.)
 */
import { disguisedDocument, mostlyValidDocument } from './helpers/fuzz-documents.js';
import { disguised, family, fromRealm, fuzzTheElement } from './helpers/fuzz-render.js';

fuzzTheElement(
  'fuzz-objects.test.ts',
  'Generated documents that JSON cannot make, fed to the data property',
  [
    family({
      title: 'judge objects from another realm (an iframe’s JSON.parse) as the same JSON from this one',
      name: 'from another realm',
      arbitrary: mostlyValidDocument,
      runs: 500,
      toCase: fromRealm,
    }),
    family({
      title: 'read objects JSON cannot make through their own properties only, and never get stuck',
      name: 'objects JSON cannot make',
      arbitrary: disguisedDocument,
      runs: 4100,
      toCase: disguised,
    }),
  ],
  4_500,
);

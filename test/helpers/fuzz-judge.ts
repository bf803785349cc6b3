/**
 * The independent judge of node/schema-fuzz.test.mjs: ajv (draft 2020-12) with the published
 * schema, `dist/lille-networks.schema.json` as `npm run build` writes it, not the element's own
 * interpreter (src/data/schema-kit.ts). Node only: the test hands ajv's class in, so that
 * nothing here loads ajv (a CommonJS package that browsers cannot import).
 *
 * A JSON Schema validator judges a whole document; the element judges the envelope, then each
 * entry and the `strings` on their own (README, "Data from elsewhere"). So ajv is asked the
 * same three questions: is the envelope right (a schema derived from the published one, whose
 * entries and strings may be anything), is `{ version: 1, networks: [entry] }` valid, is
 * `{ version: 1, networks: [], strings }` valid.
 *
 * What ajv is given is a copy of the input's own, enumerable properties, adjusted for the
 * element's documented rules that JSON Schema cannot say (each one is counted by `judge`, so
 * that the fuzz shows it exercises them):
 *   - trim: texts are trimmed before their length and pattern are checked (README). The copy
 *     holds every string trimmed, as String.prototype.trim does.
 *   - utf16: the element counts a text's length in UTF-16 code units (`string.length`), JSON
 *     Schema in code points. A text of 41 emoji is 82 units: too long for an 80-character
 *     `shortName` in the element, fine for ajv. The copy writes each surrogate pair as two BMP
 *     characters that every pattern of the schema judges as it judges the pair: two U+FFFD for a
 *     visible character, two U+200B for one that is not (an astral mark, format, private-use or
 *     unassigned character), as the names' pattern tells them apart; the id, language and host
 *     patterns are ASCII (neither matches), and `\S` in a path takes both. So ajv counts what the
 *     element counts. A lone surrogate is one unit and one code point: left as it is.
 *   - ignoredKeys: an address may be one per language, `{ "fr": "https://…", "en": "…" }`, with at
 *     least one language key (`minProperties: 1`). The element counts the keys it keeps, the
 *     language tags (any other key is ignored, as everywhere); ajv counts every key, so that
 *     `{ "french": "https://…" }` would pass it. In an object whose node has `minProperties`,
 *     the copy leaves out the keys that no pattern matches.
 *   - caseDup: language keys are copied in lower case; a key whose lower-case form is already
 *     taken (`FR` beside `fr`, or a second `NL`) is ignored without being read, where ajv checks
 *     every key that matches `patternProperties`. Named keys (`fr`, `en`) are taken first, then
 *     the others in the object's key order. The copy leaves the ignored keys out.
 *   - undefinedKey (off): an own property whose value is `undefined` (JavaScript, not JSON) is
 *     absent for ajv (`data.key !== undefined`), and absent for the element too since this fuzz
 *     found `{ ...network, involvementLink: undefined }` losing the network. Set it to true to
 *     judge an element that reads such keys as present (the copy then holds them as
 *     `UNREADABLE`, which ajv refuses).
 * Where reading a value throws (a getter, a Proxy trap) the copy holds `UNREADABLE`, which no
 * JSON type accepts: the element refuses what it cannot read, ajv a value of no type.
 * And where the judgement is the element's by design:
 *   - repeated ids: the first entry of an id is shown, later ones are dropped. JSON Schema has
 *     no "unique by this property"; `outcome` applies it to the entries ajv accepts.
 *   - an envelope with no valid entry (even `networks: []`, which ajv accepts) is refused whole
 *     and the previous cards stay: `outcome` applies it too.
 * Patterns: ajv and the element both compile them with the `u` flag (the names' pattern uses
 * `\p{…}` classes).
 * Web addresses carry `format: "iri"`: the element also asks the browser's URL parser, which
 * refuses what the pattern cannot see (a port over 65535, Punycode that does not decode), since a
 * link is made with that parser. No two JSON Schema validators agree on what an IRI is, and ajv
 * knows none without ajv-formats: the judge gives ajv the element's documented rule as that
 * format (README, "Data from elsewhere").
 * ajv's strict mode needs `allowMatchingProperties`: `fr` and `en` are named properties that the
 * language pattern also matches, on purpose (they are required, other languages are not); and
 * `allowUnionTypes`, for the addresses' list of two types.
 */
import type Ajv2020 from 'ajv/dist/2020.js';
import { type Card, cardOf } from './fuzz-documents.js';
import { type Schema, UNREADABLE, keysOf } from './fuzz-hostile.js';

export interface Adjustments {
  trim: boolean;
  utf16: boolean;
  ignoredKeys: boolean;
  caseDup: boolean;
  undefinedKey: boolean;
}
const all: Adjustments = { trim: true, utf16: true, ignoredKeys: true, caseDup: true, undefinedKey: false };

interface Verdicts {
  /** The envelope is right: the element judges the entries. */
  envelope: boolean;
  /** Per entry: ajv accepts it (after the adjustments). */
  entries: boolean[];
  /** The entries' ids as the element compares them (trimmed), where they are texts. */
  ids: (string | undefined)[];
  /** `strings`: absent, valid or to be dropped. */
  strings: 'absent' | 'valid' | 'invalid';
}

/** What the element must make of a document: its cards (null: refused whole), and whether it says something was refused. */
export interface Outcome {
  cards: Card[] | null;
  refusal: boolean;
}

export interface Judge {
  /**
   * What the element must do with `view` (an own-property copy of the input): show the entries
   * ajv accepts, the first of each id, in order; or, if the envelope is refused or no entry is
   * valid, keep the previous cards. Either way, say so when anything was refused.
   */
  outcome(view: unknown): Outcome;
  /** How many verdicts each adjustment changed, and how many ids repeated, so far. */
  counts: Record<keyof Adjustments | 'repeatedIds' | 'noValidEntry' | 'entries', number>;
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null;

/**
 * Each surrogate pair as two BMP characters, one code point per UTF-16 unit for ajv's count, that
 * the names' pattern (`visible`, read from the published schema) judges as it judges the pair.
 */
let unitsAsCodePoints = (text: string) => text;
const withVisible = (visible: RegExp) => (text: string) =>
  text.replace(/[\uD800-\uDBFF][\uDC00-\uDFFF]/g, (pair) => (visible.test(pair) ? '\uFFFD\uFFFD' : '\u200B\u200B'));

/**
 * The copy of `value` that ajv judges, walking `schema` beside it. Own enumerable keys only;
 * objects without prototype, so that no key (`__proto__`) means anything to the copy.
 * Where the schema describes nothing, the value is given as it is: ajv ignores it. `used`
 * collects the adjustments that changed something.
 */
function copyFor(
  schema: Schema | undefined,
  value: unknown,
  adjust: Adjustments,
  used: Set<keyof Adjustments> = new Set(),
): unknown {
  // What the schema does not describe, neither ajv nor the element reads (deep nesting stays out).
  if (!schema) return value;
  if (typeof value === 'string') {
    const text = adjust.trim ? value.trim() : value;
    if (text !== value) used.add('trim');
    const units = adjust.utf16 ? unitsAsCodePoints(text) : text;
    if (units !== text) used.add('utf16');
    return units;
  }
  if (Array.isArray(value)) {
    const items = isObject(schema.items) ? schema.items : undefined;
    const copy: unknown[] = [];
    for (let i = 0; i < value.length; i++) copy.push(copyFor(items, value[i], adjust, used));
    return copy;
  }
  if (!isObject(value)) return value;
  const copy = Object.create(null) as Record<string, unknown>;
  const { named, namedKeys, patterns } = keysOf(schema);
  const taken = new Set<string>();
  const put = (key: string, child: Schema | undefined) => {
    const given = value[key];
    // Recorded only where the adjustment changed the copy: off, it changes nothing to ask again.
    const unreadable = adjust.undefinedKey && given === undefined;
    if (unreadable && child) used.add('undefinedKey');
    copy[key] = unreadable ? UNREADABLE : copyFor(child, given, adjust, used);
  };
  for (const key of namedKeys) {
    if (Object.hasOwn(value, key)) {
      taken.add(key);
      put(key, named[key]);
    }
  }
  for (const key of Object.keys(value)) {
    if (Object.hasOwn(named, key)) continue;
    const values = patterns.length ? patterns.find(([pattern]) => pattern.test(key))?.[1] : undefined;
    if (!values && schema.minProperties !== undefined && adjust.ignoredKeys) {
      used.add('ignoredKeys');
      continue;
    }
    if (values && adjust.caseDup) {
      if (taken.has(key.toLowerCase())) {
        used.add('caseDup');
        continue;
      }
      taken.add(key.toLowerCase());
    }
    put(key, values);
  }
  return copy;
}

/** A judge of documents by ajv (its class, `Ajv`, from `ajv/dist/2020.js`) with the published `schema`. */
export function createJudge(schema: Schema, Ajv: typeof Ajv2020): Judge {
  const ajv = new Ajv({ strict: true, allowMatchingProperties: true, allowUnionTypes: true });
  ajv.addFormat('iri', (address: string) => {
    try {
      return Boolean(new URL(address));
    } catch {
      return false;
    }
  });
  const { networks: networksSchema } = schema.properties as { networks: { items: Schema } };
  const { shortName } = networksSchema.items.properties as { shortName: { pattern: string } };
  unitsAsCodePoints = withVisible(new RegExp(shortName.pattern, 'u'));
  const documentValid = ajv.compile(schema);
  const { properties } = schema as { properties: Record<string, Schema> };
  // The envelope: the published schema without `strings`, whose entries may be anything (and
  // without `$id`, which ajv holds once).
  const envelopeProperties: Record<string, Schema> = { ...properties, networks: { ...properties.networks, items: true } };
  delete envelopeProperties.strings;
  const envelope: Schema = { ...schema, properties: envelopeProperties };
  delete envelope.$id;
  const envelopeValid = ajv.compile(envelope);

  const counts: Judge['counts'] = {
    trim: 0, utf16: 0, ignoredKeys: 0, caseDup: 0, undefinedKey: 0, repeatedIds: 0, noValidEntry: 0, entries: 0,
  };
  const documentSchema = schema;
  /**
   * ajv on `document` with every adjustment, counting those that changed its verdict (asked
   * again without it, where it changed something in the copy).
   */
  const valid = (document: unknown): boolean => {
    const used = new Set<keyof Adjustments>();
    const verdict = documentValid(copyFor(documentSchema, document, all, used));
    for (const name of used) {
      const without = { ...all, [name]: false };
      if (documentValid(copyFor(documentSchema, document, without)) !== verdict) counts[name]++;
    }
    return verdict;
  };

  /** The envelope's copy: its entries' content does not matter to it, so it is not copied. */
  const envelopeOf = (view: unknown): unknown => {
    if (!isObject(view) || Array.isArray(view)) return view;
    const copy = Object.create(null) as Record<string, unknown>;
    for (const key of ['version', 'networks']) {
      if (!Object.hasOwn(view, key)) continue;
      const value = view[key];
      copy[key] = Array.isArray(value) ? Array.from({ length: value.length }) : copyFor(properties[key], value, all);
    }
    return copy;
  };

  function judge(view: unknown): Verdicts {
    const envelope = envelopeValid(envelopeOf(view));
    const verdicts: Verdicts = { envelope, entries: [], ids: [], strings: 'absent' };
    if (!envelope) return verdicts;
    const { networks, strings } = view as { networks: unknown[]; strings?: unknown };
    // The same object at several places is judged once (the longest lists repeat one entry).
    const judged = new Map<unknown, boolean>();
    for (let i = 0; i < networks.length; i++) {
      const entry = networks[i];
      counts.entries++;
      let verdict = judged.get(entry);
      if (verdict === undefined) judged.set(entry, (verdict = valid({ version: 1, networks: [entry] })));
      verdicts.entries.push(verdict);
      const id = isObject(entry) && Object.hasOwn(entry, 'id') ? entry.id : undefined;
      verdicts.ids.push(typeof id === 'string' ? id.trim() : undefined);
    }
    if (Object.hasOwn(view as object, 'strings')) {
      verdicts.strings = valid({ version: 1, networks: [], strings }) ? 'valid' : 'invalid';
    }
    return verdicts;
  }

  function outcome(view: unknown): Outcome {
    const verdicts = judge(view);
    if (!verdicts.envelope) return { cards: null, refusal: true };
    const seen = new Set<string>();
    const cards: Card[] = [];
    const entries = (view as { networks: unknown[] }).networks;
    verdicts.entries.forEach((valid, i) => {
      if (!valid) return;
      const id = verdicts.ids[i]!;
      if (seen.has(id)) counts.repeatedIds++;
      else cards.push(cardOf(entries[i]));
      seen.add(id);
    });
    if (!cards.length) {
      counts.noValidEntry++;
      return { cards: null, refusal: true };
    }
    return { cards, refusal: cards.length < verdicts.entries.length || verdicts.strings === 'invalid' };
  }

  return { outcome, counts };
}

/**
 * The generated documents of the fuzz tests (fast-check), shared by the browser's
 * (fuzz-data.test.ts, fuzz-objects.test.ts: what the element renders) and Node's
 * (node/schema-fuzz.test.mjs: what its schema interpreter accepts, judged by ajv), which bundles
 * this file with esbuild: nothing here may touch the DOM or mocha.
 *
 * Valid documents with a few mutations (a key deleted, a value replaced by random JSON, markup, a
 * hostile URL or one whose host no link text could name, text with no visible character, deep
 * nesting, a huge string, a `__proto__` or `constructor` key, language keys in another case,
 * `strings`); documents whose every text is hostile; random JSON and broken envelopes; and plans
 * to disguise any of them as objects that JSON cannot make (fuzz-hostile.ts).
 */
import fc from 'fast-check';
import { bundledStrings } from '../../src/i18n.js';
import { type Plan, containerKinds, primitiveKinds } from './fuzz-hostile.js';

// ---- payloads ------------------------------------------------------------------------------------

/** The global that every script payload sets: the browser harness checks it stays unset. */
export const flag = '__fuzzPwned';

/** Markup and template fragments that would run `window.__fuzzPwned = 1` if ever parsed as HTML. */
const markup = [
  `<script>window.${flag}=1</script>`,
  `<img src=x onerror="window.${flag}=1">`,
  `</template><img src=x onerror=window.${flag}=1>`,
  `<svg onload=window.${flag}=1>`,
  `<iframe srcdoc="<script>parent.${flag}=1</script>">`,
  `"><script>window.${flag}=1</script>`,
  `'><img src=x onerror=window.${flag}=1>`,
  `\${window.${flag}=1}`,
  `{{constructor.constructor('window.${flag}=1')()}}`,
  `<!--<?lit$1234$>--><img src=x onerror=window.${flag}=1>`,
  `<style>*{display:none}</style>`,
  `<a href="javascript:window.${flag}=1">x</a>`,
];

/** Addresses that must never become a link (or only as an http/https one). */
const hostileUrls = [
  `javascript:window.${flag}=1`,
  ` JaVaScRiPt:window.${flag}=1`,
  `\tjavascript:window.${flag}=1`,
  `java\nscript:window.${flag}=1`,
  `\u0000javascript:window.${flag}=1`,
  `javascript://example.org/%0Awindow.${flag}=1`,
  `data:text/html,<script>window.${flag}=1</script>`,
  ` DATA:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==`,
  `vbscript:msgbox(1)`,
  ` VbScRiPt:msgbox(1)`,
  `https://example.org/"><script>window.${flag}=1</script>`,
  `https://example.org/'onmouseover='window.${flag}=1`,
  `http://[::1`,
  `https:example.org`,
  `//example.org/path`,
  `https://exa mple.org`,
  `https://user:pass@example.org/`,
  `HTTPS://EXAMPLE.ORG/Path`,
  `https://例え.jp/パス`,
  `https://example.org/\u202Egnp.exe`,
  // no link text could name these hosts: refused by the pattern, or by the URL parser alone
  `https://javascript:alert(1)`,
  `https://exa\u200Dmple.org/`,
  `https://exa\u202Emple.org/`,
  `https://www./`,
  `https://example.org:99999/`,
  `https://xn--a.example.org/`,
  `file:///etc/passwd`,
  `blob:https://example.org/uuid`,
];

const rtl = ['مرحبا بالعالم', 'שלום עולם', '\u202Eevil\u202C', '\u200F\u200E', 'עברית <b>bold</b>', 'الشبكة'];

/** Texts with no visible character (zero-width, marks, fillers, astral tags): no name may be one. */
const invisible = ['\u200B\u200D', '\u0301\u0302', '\u3164', '\u2800', '\u{E0041}\u{E007F}', '\u{1D167}', 'e\u0301'];

/** `javascript:` in random case with random leading whitespace or control characters. */
const javascriptScheme = fc
  .tuple(
    fc.array(fc.constantFrom(' ', '\t', '\n', '\r', '\f', '\u0000', '\u0001', '\u00a0'), { maxLength: 3 }),
    fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
    fc.constantFrom('javascript', 'vbscript:', 'data'),
  )
  .map(
    ([space, upper, scheme]) =>
      space.join('') +
      [...scheme].map((c, i) => (upper[i] ? c.toUpperCase() : c)).join('') +
      `:window.${flag}=1`,
  );

// 40 and 100 emoji are 80 and 200 UTF-16 units: the limits where the element (units) and JSON
// Schema (code points) part ways, one character later.
const hugeString = fc
  .constantFrom(40, 41, 80, 81, 100, 101, 200, 201, 1000, 1001, 1999, 2000, 2001, 100_000)
  .chain((n) => fc.constantFrom('x', 'é', '<', ' ', '🙂').map((c) => c.repeat(n)));

const padded = (arb: fc.Arbitrary<string>) =>
  fc
    .tuple(
      // what String.prototype.trim removes (no-break, ideographic, line separator, BOM), and
      // what it keeps (zero-width space, which then counts)
      fc.constantFrom('', ' ', '\t', '\n', '  \u00a0', '\u3000', '\u2028', '\ufeff', '\u200b'),
      arb,
      fc.constantFrom('', ' ', '\t', '\r\n', '\u2029', '\u200b'),
    )
    .map(([a, b, c]) => a + b + c);

/** Ordinary text, mostly valid: it starts with a letter. */
const plainText = fc
  .tuple(fc.constantFrom('A', 'é', 'Z', 'ש', 'م', '1'), fc.string({ maxLength: 16, unit: 'grapheme' }))
  .map(([a, b]) => a + b);

const hostileText = fc.oneof(
  fc.constantFrom(...markup),
  fc.constantFrom(...rtl),
  fc.constantFrom(...invisible),
  fc.constantFrom(...hostileUrls),
  fc.string({ maxLength: 40, unit: 'binary' }),
  fc.string({ maxLength: 10, unit: 'grapheme' }),
  padded(fc.constantFrom(...markup, ...rtl)),
  hugeString,
);

/** Mostly plain text; now and then hostile (which often makes the entry invalid). */
const anyText = fc.oneof({ weight: 60, arbitrary: plainText }, { weight: 1, arbitrary: hostileText });

/** Hostile text that still fits the schema's lengths: it must show, as text. */
const fittingHostileText = fc.oneof(
  fc.constantFrom(...markup, ...rtl, ...invisible, ...hostileUrls),
  padded(fc.constantFrom(...markup, ...rtl)),
  fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }),
);

const url = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileUrls) },
  { weight: 1, arbitrary: javascriptScheme },
  { weight: 1, arbitrary: padded(fc.webUrl()) },
);

/**
 * Web addresses, most of them from a few hosts (fast-check's webUrl makes a new domain each
 * time, a fair share of the time spent per document).
 */
const webAddress = fc.oneof(
  {
    weight: 3,
    arbitrary: fc
      .tuple(
        fc.constantFrom('https://', 'http://', 'HTTPS://', 'Http://'),
        fc.constantFrom('example.org', 'www.eurocities.eu', 'a.aa', 'xn--80ak6aa92e.com', '127.0.0.1', '[::1]', 'lille.fr:8443'),
        fc.constantFrom('', '/', '/members/lille', '/a?b=c#d', '/%E2%9C%93', "/it's"),
      )
      .map((parts) => parts.join('')),
  },
  { weight: 1, arbitrary: fc.webUrl() },
);

/** Mostly valid addresses. */
const mostlyValidUrl = fc.oneof({ weight: 15, arbitrary: webAddress }, { weight: 1, arbitrary: url });

const id = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/) },
  // a small pool, so that ids repeat
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'eurocities', 'polis', 'constructor', 'prototype', 'tostring') },
  { weight: 1, arbitrary: padded(fc.constantFrom('a', 'b')) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'Eurocities', 'a--b', '-a', 'a'.repeat(61), 'a'.repeat(60)) },
);

/**
 * Keys beside `fr` and `en`: other languages, the same ones in another case (ignored by the
 * element when the lower-case form is taken, checked by ajv), and keys that are no language tag.
 */
const languageKey = fc.constantFrom(
  'nl', 'NL', 'nl-BE', 'nl-be', 'de-CH', 'FR', 'En', 'EN', 'zh-Hant-TW', 'es-419',
  'x', 'abcd', '1a', 'fr-', 'fr_BE', 'de-toolongsubtag',
);

const localized = (text: fc.Arbitrary<string>) =>
  fc
    .tuple(
      fc.record({ fr: text, en: text }),
      fc.oneof(
        { weight: 4, arbitrary: fc.constant([] as [string, unknown][]) },
        {
          weight: 1,
          arbitrary: fc.array(
            fc.tuple(languageKey, fc.oneof({ weight: 3, arbitrary: text }, { weight: 1, arbitrary: fc.constantFrom('', ' ', 5, null) })),
            { maxLength: 3 },
          ),
        },
      ),
    )
    .map(([base, extra]) => {
      const texts: Record<string, unknown> = { ...base };
      for (const [key, value] of extra) if (!Object.hasOwn(texts, key)) texts[key] = value;
      return texts;
    });

/** One address, or one per language: now and then a key that is no language tag, or no key at all. */
const perLanguage = (address: fc.Arbitrary<string>) =>
  fc.oneof(
    { weight: 6, arbitrary: address },
    {
      weight: 2,
      arbitrary: fc.dictionary(
        fc.oneof({ weight: 6, arbitrary: fc.constantFrom('fr', 'en', 'nl', 'de-CH') }, { weight: 1, arbitrary: languageKey }),
        address,
        { minKeys: 1, maxKeys: 3 },
      ),
    },
    { weight: 1, arbitrary: fc.dictionary(languageKey, address, { maxKeys: 2 }) },
  );

/** A link's own text: with the `{host}` it must keep, mostly. */
const linkText = (text: fc.Arbitrary<string>) =>
  localized(fc.oneof({ weight: 9, arbitrary: text.map((words) => `${words} {host}`) }, { weight: 1, arbitrary: text }));

const project = fc.record(
  {
    id,
    name: anyText,
    fullName: localized(anyText),
    description: localized(anyText),
    period: localized(anyText),
    partners: localized(anyText),
    website: perLanguage(mostlyValidUrl),
    websiteText: linkText(anyText),
  },
  { requiredKeys: ['id', 'name', 'fullName', 'description', 'period'] },
);

const network = (text: fc.Arbitrary<string>, address: fc.Arbitrary<string>) =>
  fc.record(
    {
      id,
      shortName: text,
      fullName: localized(text),
      summary: localized(text),
      description: localized(text),
      involvement: localized(text),
      involvementLink: perLanguage(address),
      involvementLinkText: linkText(text),
      groups: fc.array(localized(text), { maxLength: 2 }),
      themes: fc.array(localized(text), { maxLength: 2 }),
      founded: localized(text),
      seat: localized(text),
      members: fc.record({
        count: localized(text),
        year: fc.oneof(
          { weight: 20, arbitrary: fc.integer({ min: 1950, max: 2100 }) },
          { weight: 1, arbitrary: fc.constantFrom(1949, 2101, 2000.5, -0, 1e308) },
        ),
      }),
      website: perLanguage(address),
      // One project at most: each costs as much to make as the rest of the entry.
      projects: fc.array(project, { maxLength: 1 }),
    },
    { requiredKeys: ['id', 'shortName', 'fullName', 'summary', 'description', 'involvement', 'website'] },
  );

/** Interface strings, per language tag: some valid, some not (a template without its placeholder). */
const placeholders: Record<string, string> = { figures: '{year}', involvementLink: '{host}', project: '{name}', website: '{host}' };
const uiString = fc
  .tuple(fc.constantFrom(...Object.keys(bundledStrings.en), 'unknownKey'), anyText, fc.boolean())
  .map(([key, text, keep]) => {
    // The words for other languages are an object of texts by language tag.
    if (key === 'inLanguage') return [key, keep ? { en: text, DE: text, 'no-tag': text } : text] as const;
    return [key, keep && placeholders[key] ? `${text} ${placeholders[key]}` : text] as const;
  });
const strings = fc
  .array(
    fc.tuple(
      fc.constantFrom('en', 'EN', 'fr', 'nl', 'nl-BE', 'x', '12'),
      fc.oneof({ weight: 8, arbitrary: fc.array(uiString, { maxLength: 3 }) }, { weight: 1, arbitrary: fc.constant(null) }),
    ),
    { maxLength: 2 },
  )
  .map((languages) => {
    const byLanguage: Record<string, unknown> = {};
    for (const [tag, texts] of languages) byLanguage[tag] = texts && Object.fromEntries(texts);
    return byLanguage;
  });

// ---- mutations -----------------------------------------------------------------------------------

type Json = unknown;

const deep = fc
  .tuple(fc.integer({ min: 50, max: 2000 }), fc.boolean(), fc.jsonValue({ maxDepth: 1 }))
  .map(([depth, arrays, leaf]) => {
    let value: Json = leaf;
    for (let i = 0; i < depth; i++) value = arrays ? [value] : { a: value };
    return value;
  });

const protoKeys = fc.constantFrom('__proto__', 'constructor', 'prototype', '__defineGetter__', 'hasOwnProperty');

interface Mutation {
  at: number;
  kind: 'delete' | 'replace' | 'own-key' | 'wrap';
  key: string;
  value: Json;
}

const mutation: fc.Arbitrary<Mutation> = fc.record({
  at: fc.nat(),
  kind: fc.constantFrom('delete', 'replace', 'own-key', 'wrap'),
  key: protoKeys,
  value: fc.oneof(
    fc.jsonValue({ maxDepth: 2 }),
    hostileText,
    url,
    deep,
    fc.constant({ polluted: 'yes', prototype: { polluted: 'yes' } }),
  ),
});

/** Every [container, key] in a JSON value, depth first. */
function slots(value: Json, out: [Record<string, Json>, string][] = []): [Record<string, Json>, string][] {
  if (value && typeof value === 'object') {
    for (const key of Object.keys(value)) {
      out.push([value as Record<string, Json>, key]);
      if (out.length < 500) slots((value as Record<string, Json>)[key], out);
    }
  }
  return out;
}

const copy = (value: Json): Json => (value === undefined ? value : JSON.parse(JSON.stringify(value)));

/**
 * Applies mutations to a copy (fast-check's values must stay as generated), then returns the
 * document as JSON.parse gives it: own keys only, `__proto__` included. Without mutations, the
 * generated value itself (everyone only reads it).
 */
function mutate(original: Json, mutations: Mutation[]): Json {
  if (!mutations.length) return original;
  const document = copy(original);
  let ownKeys = false;
  for (const { at, kind, key, value: generated } of mutations) {
    const value = copy(generated);
    const all = slots(document);
    if (!all.length) break;
    const [container, slot] = all[at % all.length];
    const target = container[slot];
    switch (kind) {
      case 'delete':
        delete container[slot];
        break;
      case 'replace':
        container[slot] = value;
        break;
      case 'wrap':
        container[slot] = at % 2 ? [target] : { value: target };
        break;
      case 'own-key': {
        // what JSON.parse('{"__proto__": …}') makes: an own, enumerable data property
        const object = target && typeof target === 'object' && !Array.isArray(target) ? target : container;
        Object.defineProperty(object, key, { value, enumerable: true, writable: true, configurable: true });
        ownKeys = true;
        break;
      }
    }
  }
  return ownKeys ? JSON.parse(JSON.stringify(document)) : document;
}

export const mostlyValidDocument = fc
  .tuple(
    fc.array(network(anyText, mostlyValidUrl), { minLength: 0, maxLength: 3 }),
    fc.array(mutation, { maxLength: 2 }),
    fc.option(strings, { freq: 4 }),
  )
  .map(([networks, mutations, texts]) =>
    mutate({ version: 1, networks, ...(texts ? { strings: texts } : {}) }, mutations),
  );

/** Random JSON, JSON text with prototype keys, broken envelopes. */
const strangeJson = fc.oneof(
  { weight: 5, arbitrary: fc.jsonValue() },
  { weight: 5, arbitrary: fc.json().map((text): Json => JSON.parse(text)) },
  {
    weight: 5,
    arbitrary: fc
      .tuple(protoKeys, fc.jsonValue({ maxDepth: 2 }), fc.array(network(plainText, webAddress), { maxLength: 2 }))
      .map(([key, value, networks]): Json =>
        JSON.parse(
          `{"${key}": {"polluted": "yes"}, "version": 1, "networks": ${JSON.stringify(networks)}, ` +
            `"constructor": {"prototype": {"polluted": "yes"}}, "extra": ${JSON.stringify(value)}}`,
        ),
      ),
  },
  {
    weight: 5,
    arbitrary: fc.record({
      version: fc.constantFrom(1, '1', 2, 0, 1.5, null, true, [1], { version: 1 }),
      networks: fc.oneof(
        fc.array(network(plainText, webAddress), { maxLength: 3 }),
        fc.jsonValue({ maxDepth: 2 }),
        deep,
      ),
    }),
  },
  { weight: 2, arbitrary: deep.map((networks) => ({ version: 1, networks })) },
);

/**
 * The longest list allowed, and one more (rare: the element validates each of the thousand).
 * One entry a thousand times, as a script may build it; the judge reads it once.
 */
const oversized = fc
  .tuple(fc.constantFrom(1000, 1001), network(plainText, webAddress))
  .map(([count, entry]) => ({ version: 1, networks: Array(count).fill(JSON.parse(JSON.stringify(entry))) }));

export const strangeDocument = fc.oneof({ weight: 60, arbitrary: strangeJson }, { weight: 1, arbitrary: oversized });

/** Valid structure, every text field hostile: all of it must show as text. */
export const hostileTextDocument = fc
  .array(
    network(
      fc.oneof({ weight: 20, arbitrary: fittingHostileText }, { weight: 1, arbitrary: hostileText }),
      fc.oneof({ weight: 3, arbitrary: mostlyValidUrl }, { weight: 1, arbitrary: url }),
    ),
    { minLength: 1, maxLength: 3 },
  )
  .map((networks): Json => JSON.parse(JSON.stringify({ version: 1, networks })));

/** A JSON document and where to disguise it: fast-check makes the plan, `disguise` the objects. */
const plan: fc.Arbitrary<Plan> = fc.record({
  at: fc.nat(),
  container: fc.constantFrom(...containerKinds),
  primitive: fc.constantFrom(...primitiveKinds),
  n: fc.nat(1_000_000),
});
export const disguisedDocument = fc.record({
  document: fc.oneof(
    { weight: 6, arbitrary: mostlyValidDocument },
    { weight: 1, arbitrary: hostileTextDocument },
    { weight: 1, arbitrary: strangeJson },
  ),
  plans: fc.array(plan, { minLength: 1, maxLength: 4 }),
});

// ---- cases and what they show --------------------------------------------------------------------

/** A generated case: what the element is given, and what an own-property reader sees of it. */
export interface Case {
  value: unknown;
  view: unknown;
  /**
   * The outcome depends on how a reader goes about its reads (a getter that answers differently
   * on each read, a Proxy that throws on `ownKeys` where no key needs listing): only the checks
   * that do not depend on it apply.
   */
  loose?: boolean;
  /** Every string the input gives as an own value (for loose cases). */
  texts?: Set<string>;
}

/** What a person sees of a card: its id (the deep-link target), name, summary and description. */
export interface Card {
  id: string;
  name: string;
  summary: string;
  description: string;
}

const own = (object: unknown, key: string): unknown =>
  object !== null && typeof object === 'object' && Object.hasOwn(object, key) ? (object as Record<string, unknown>)[key] : undefined;
const trimmed = (value: unknown) => String(value).trim();

/** The card an accepted entry makes, in English: the entry's own texts, trimmed. */
export const cardOf = (entry: unknown): Card => ({
  id: trimmed(own(entry, 'id')),
  name: trimmed(own(entry, 'shortName')),
  summary: trimmed(own(own(entry, 'summary'), 'en')),
  description: trimmed(own(own(entry, 'description'), 'en')),
});

/** Throws fast-check's report (its seed and counterexample, which replay it) when `result` failed. */
export function throwIfFailed<T>(result: fc.RunDetails<T>): void {
  if (!result.failed) return;
  let report: string | null | undefined;
  try {
    report = fc.defaultReportMessage(result);
  } catch {
    // a counterexample that cannot be printed (nested too deep, a revoked Proxy): its seed and path still replay it
    report = `seed ${result.seed}, path "${result.counterexamplePath}": ${String(result.errorInstance)}`;
  }
  throw new Error(report ?? `failed, seed ${result.seed}`);
}

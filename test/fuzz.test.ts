/**
 * Property-based tests (fast-check): over ten thousand generated documents per engine, each fed
 * to the element's `data` property and rendered (one element, reused), and judged by ajv, an
 * independent JSON Schema validator, with the published schema (test/helpers/fuzz-judge.ts).
 *
 * The documents: valid documents with a few mutations (a key deleted, a value replaced by random
 * JSON, markup, a hostile URL or one whose host no link text could name, text with no visible
 * character, deep nesting, a huge string, a `__proto__` or `constructor` key, language keys in
 * another case, `strings`); documents whose every text is hostile; random JSON
 * and broken envelopes; the same made in another realm (an iframe's JSON.parse); and, mixed into
 * them at any depth, objects that JSON cannot make (test/helpers/fuzz-hostile.ts): getters that
 * throw or give another value on each read, Proxies whose traps throw or lie, arrays with their
 * own `map` or another prototype, null prototypes, frozen objects, class instances, functions,
 * symbols, `toJSON`/`toString`/`valueOf` that throw.
 *
 * For every document, whatever it holds:
 *   - no exception escapes (neither from setting `data` and rendering, nor as a window error);
 *   - no injected script runs (a global flag that every payload would set stays unset), no
 *     function of the input is called, the shadow root holds no <script>, <img> or other active
 *     element and no `on…` attribute, and every link is http: or https:;
 *   - nothing but the input's own property values is shown: no text carrying the marker that
 *     prototypes, lying traps and methods offer, and the cards' texts are the input's own;
 *   - Object.prototype, Array.prototype, Function.prototype and String.prototype gain no property;
 *   - the element shows entry i exactly when ajv accepts `{ version: 1, networks: [entry i] }`,
 *     the first entry of each id, in order, with its own texts; the envelope refused, or no entry
 *     valid, leaves the previous cards; the differences between the two judges are the element's
 *     documented rules, each listed in fuzz-judge.ts, counted and printed at the end;
 *   - one `lille-networks-error` event and one console warning exactly when something was
 *     refused, one `lille-networks-load` with the count exactly when cards changed.
 * Where the outcome depends on how a reader goes about its reads (a getter that answers
 * differently on each read, a Proxy that throws on `ownKeys` where no key needs listing), the
 * checks that do not depend on it still apply, the cards are the input's own texts, and a valid
 * document given next shows (the element is never stuck).
 *
 * fast-check picks a new seed each run; a failure reports its seed and counterexample
 * (`fc.defaultReportMessage`), so that `fc.check(…, { seed, path })` replays it. The counts are
 * printed per engine: `fuzz.test.ts: <engine>: …`.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand } from '@web/test-runner-commands';
import fc from 'fast-check';
import '../src/define.js';
import { bundledNetworks } from '../src/data/networks.js';
import type { LoadDetail } from '../src/events.js';
import { bundledStrings } from '../src/i18n.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { documentOf } from './helpers/data.js';
import { type Judge, createJudge } from './helpers/fuzz-judge.js';
import { calls, containerKinds, disguise, marker, type Plan, primitiveKinds } from './helpers/fuzz-hostile.js';

// ---- payloads ------------------------------------------------------------------------------------

const flag = '__fuzzPwned';
const pwned = () => (window as unknown as Record<string, unknown>)[flag];

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

const mostlyValidDocument = fc
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

const strangeDocument = fc.oneof({ weight: 60, arbitrary: strangeJson }, { weight: 1, arbitrary: oversized });

/** Valid structure, every text field hostile: all of it must show as text. */
const hostileTextDocument = fc
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
const disguisedDocument = fc.record({
  document: fc.oneof(
    { weight: 6, arbitrary: mostlyValidDocument },
    { weight: 1, arbitrary: hostileTextDocument },
    { weight: 1, arbitrary: strangeJson },
  ),
  plans: fc.array(plan, { minLength: 1, maxLength: 4 }),
});

// ---- the harness ---------------------------------------------------------------------------------

/** What a person sees of a card: its id (the deep-link target), name, summary and description. */
interface Card {
  id: string;
  name: string;
  summary: string;
  description: string;
}

/** A generated case: what the element is given, and what an own-property reader sees of it. */
interface Case {
  value: unknown;
  view: unknown;
  /** Only the checks that do not depend on how the reader reads apply (see the header). */
  loose?: boolean;
  /** Every string the input gives as an own value (for loose cases). */
  texts?: Set<string>;
}

let el: LilleNetworks;
let root: ShadowRoot;
let judge: Judge;
let realm: Window & typeof globalThis;
let frame: HTMLIFrameElement;
let engine = 'unknown';
const started = performance.now();
/** What the cards show now: the model's state, carried from case to case. */
let shown: Card[];
let documentsRun = 0;
let canaries = 0;
let repeats = 0;
const outcomes = { accepted: 0, kept: 0, cards: 0, loose: 0 };
const disguises = new Map<string, number>();
const events: { type: string; detail: unknown }[] = [];
const record = (event: Event) => events.push({ type: event.type, detail: (event as CustomEvent).detail });
let warnings = 0;
const windowErrors: string[] = [];
const onError = (event: ErrorEvent) => windowErrors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => windowErrors.push(`unhandled rejection: ${event.reason}`);
const prototypes: object[] = [Object.prototype, Array.prototype, Function.prototype, String.prototype];
const prototypeKeys = () => prototypes.map((prototype) => Reflect.ownKeys(prototype).map(String).sort().join()).join('|');
/** Counted after every document, compared name by name after every run of cases. */
const prototypeKeyCount = () => prototypes.reduce<number>((sum, prototype) => sum + Reflect.ownKeys(prototype).length, 0);
let cleanPrototypes: string;
let cleanPrototypeCount: number;
let warn: typeof console.warn;

before(async () => {
  engine = String(await executeServerCommand('engine'));
  judge = await createJudge();
  cleanPrototypes = prototypeKeys();
  cleanPrototypeCount = prototypeKeyCount();
  frame = document.createElement('iframe');
  document.body.append(frame);
  realm = frame.contentWindow as Window & typeof globalThis;
  el = document.createElement('lille-networks');
  el.lang = 'en';
  el.addEventListener('lille-networks-error', record);
  el.addEventListener('lille-networks-load', record);
  document.body.append(el);
  await el.updateComplete;
  root = el.shadowRoot!;
  shown = bundledNetworks.map(cardOf);
  changes = new MutationObserver((records) => delivered.push(...records));
  changes.observe(root, { childList: true, subtree: true, attributes: true, characterData: true });
  // What the bundled data rendered is checked once, as a whole; then each render's changes.
  expect(scan(root), 'the first render').to.deep.equal([]);
});

after(() => {
  el?.remove();
  frame?.remove();
  if (!judge) return;
  const { counts } = judge;
  console.log(
    `fuzz.test.ts: ${engine}: ${documentsRun} generated documents through the data property and a render ` +
      `(and ${canaries} valid ones after loose cases, ${repeats} repeating the previous value) in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `ajv judged ${counts.entries} entries. Where the element's rules decided against ajv's plain verdict: ` +
      `trimming ${counts.trim}, UTF-16 length ${counts.utf16}, keys of addresses that are no language ${counts.ignoredKeys}, ` +
      `language keys differing by case ${counts.caseDup}, ` +
      `undefined values ${counts.undefinedKey}, repeated ids ${counts.repeatedIds}, no valid entry ${counts.noValidEntry}. ` +
      `Loose cases ${outcomes.loose}; ` +
      `methods of thrown values called ${calls.thrown.length} times (${[...new Set(calls.thrown)].join(', ') || 'none'}).`,
  );
  console.log(
    `fuzz.test.ts: ${engine}: disguises applied: ${[...disguises].map(([kind, n]) => `${kind} ${n}`).join(', ')}`,
  );
});

beforeEach(() => {
  // Every refused document warns on the console: counted, not printed.
  warn = console.warn;
  console.warn = () => void warnings++;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  console.warn = warn;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  delete (window as unknown as Record<string, unknown>)[flag];
});

const own = (object: unknown, key: string): unknown =>
  object !== null && typeof object === 'object' && Object.hasOwn(object, key)
    ? (object as Record<string, unknown>)[key]
    : undefined;
const trimmed = (value: unknown) => String(value).trim();

/** The card an accepted entry makes, from the view: the entry's own texts, trimmed. */
const cardOf = (entry: unknown): Card => ({
  id: trimmed(own(entry, 'id')),
  name: trimmed(own(entry, 'shortName')),
  summary: trimmed(own(own(entry, 'summary'), 'en')),
  description: trimmed(own(own(entry, 'description'), 'en')),
});

function cardsOnScreen(): Card[] {
  return [...root.querySelectorAll('[part=card]')].map((card) => {
    const button = card.querySelector<HTMLButtonElement>('[part=heading] > button')!;
    return {
      id: button.dataset.id!,
      name: button.querySelector('.name')!.textContent,
      summary: button.querySelector('[part=summary]')!.textContent,
      description: card.querySelector('[part=panel] > p')!.textContent,
    };
  });
}

/** What ajv (and the element's documented rules) say the element must do with `view`. */
function expectedOf(view: unknown): { cards: Card[] | null; refusal: boolean } {
  const verdicts = judge.judge(view);
  if (!verdicts.envelope) return { cards: null, refusal: true };
  const seen = new Set<string>();
  const cards: Card[] = [];
  const entries = (view as { networks: unknown[] }).networks;
  verdicts.entries.forEach((valid, i) => {
    if (!valid) return;
    const id = verdicts.ids[i]!;
    if (seen.has(id)) judge.counts.repeatedIds++;
    else cards.push(cardOf(entries[i]));
    seen.add(id);
  });
  if (!cards.length) {
    judge.counts.noValidEntry++;
    return { cards: null, refusal: true };
  }
  return { cards, refusal: cards.length < verdicts.entries.length || verdicts.strings === 'invalid' };
}

const same = (a: Card[], b: Card[]) => JSON.stringify(a) === JSON.stringify(b);

const activeElements = new Set(
  'script img iframe object embed svg math style link base form input textarea select template video audio meta'.split(' '),
);

/** An element or text node that must not be in the shadow root, or undefined. */
function unsafeNode(node: Node): string | undefined {
  if (node.nodeType === Node.TEXT_NODE) {
    return (node as Text).data.includes(marker) ? `a text that is no own property of the input: ${(node as Text).data.slice(0, 200)}` : undefined;
  }
  if (node.nodeType !== Node.ELEMENT_NODE) return undefined;
  const element = node as Element;
  if (activeElements.has(element.localName)) return `an active element in the shadow root: <${element.localName}>`;
  for (const { name } of element.attributes) {
    const problem = unsafeAttribute(element, name);
    if (problem) return problem;
  }
  return undefined;
}

function unsafeAttribute(element: Element, name: string): string | undefined {
  if (/^on/i.test(name)) return `an event handler attribute: ${name}`;
  if (name === 'href' && element instanceof HTMLAnchorElement) {
    if (!/^https?:$/.test(element.protocol)) return `a link that is not http(s): ${element.getAttribute('href')}`;
    if (element.href.includes(marker)) return `a link from a prototype, a lie or a method: ${element.href}`;
  }
  return undefined;
}

/**
 * Every node and attribute that the last render added or changed (the rest was checked when it
 * appeared): a MutationObserver's records, taken once the render is done.
 */
let changes: MutationObserver;
/** Records the observer was handed already (it runs at each microtask checkpoint). */
const delivered: MutationRecord[] = [];

/** The problems of `node` and of everything inside it. */
function scan(node: Node, problems: string[] = []): string[] {
  const problem = unsafeNode(node);
  if (problem) problems.push(problem);
  if (node.nodeType === Node.ELEMENT_NODE || node.nodeType === Node.DOCUMENT_FRAGMENT_NODE) {
    const walker = document.createTreeWalker(node, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const found = unsafeNode(walker.currentNode);
      if (found) problems.push(found);
    }
  }
  return problems;
}

function checkChanges(): void {
  const problems: string[] = [];
  for (const record of [...delivered.splice(0), ...changes.takeRecords()]) {
    if (record.type === 'childList') record.addedNodes.forEach((node) => scan(node, problems));
    else if (record.type === 'characterData') scan(record.target, problems);
    else if (record.attributeName && (record.target as Element).hasAttribute(record.attributeName)) {
      const problem = unsafeAttribute(record.target as Element, record.attributeName);
      if (problem) problems.push(problem);
    }
  }
  if (problems.length) expect.fail(problems.slice(0, 5).join('\n'));
}

/** What no document may cause, whatever it holds. */
function checkNothingUnsafe(): void {
  checkChanges();
  if (pwned() !== undefined) expect.fail('an injected script ran');
  if (calls.data.length) expect.fail(`the element called functions of the input: ${calls.data.join(', ')}`);
  if (({} as Record<string, unknown>).polluted !== undefined) expect.fail('Object.prototype.polluted is set');
  if (prototypeKeyCount() !== cleanPrototypeCount) expect(prototypeKeys(), 'built-in prototypes').to.equal(cleanPrototypes);
}

/** Sets `data` to the case's value and checks everything a person or the page could notice. */
async function feed(generated: Case, canary = false): Promise<void> {
  try {
    await check(generated, canary);
  } catch (error) {
    // fast-check goes on with smaller cases: each starts from what the screen shows.
    shown = cardsOnScreen();
    throw error;
  }
}

async function check({ value, view, loose = false, texts }: Case, canary: boolean): Promise<void> {
  // The same primitive again (`false` after `false`) is no change: nothing to render or tell.
  const unchanged = Object.is(el.data, value);
  if (canary) canaries++;
  else if (unchanged) repeats++;
  else documentsRun++;
  events.length = 0;
  warnings = 0;
  calls.data.length = 0;
  try {
    el.data = value as LilleNetworks['data'];
    await el.updateComplete;
  } catch (error) {
    throw new Error(`an exception escaped: ${(error as Error)?.stack ?? String(error)}`, { cause: error });
  }
  if (windowErrors.length) expect(windowErrors, 'window errors').to.deep.equal([]);
  checkNothingUnsafe();

  const cards = cardsOnScreen();
  const errors = events.filter((event) => event.type === 'lille-networks-error').length;
  const loads = events.filter((event) => event.type === 'lille-networks-load').map((event) => (event.detail as LoadDetail).count);
  if (warnings !== errors) expect(warnings, 'one console warning per error event').to.equal(errors);

  if (unchanged) {
    expect(errors + loads.length, 'events for the same value again').to.equal(0);
    if (!same(cards, shown)) expect(cards, 'the same value again changes nothing').to.deep.equal(shown);
  } else if (value === null) {
    shown = bundledNetworks.map(cardOf);
    expect(errors + loads.length, 'events for data = null').to.equal(0);
  } else if (!loose) {
    const expected = expectedOf(view);
    if (expected.cards) shown = expected.cards;
    outcomes[expected.cards ? 'accepted' : 'kept']++;
    outcomes.cards += expected.cards?.length ?? 0;
    if (!same(cards, shown)) {
      expect(cards, 'the cards are the entries ajv accepts, first of each id, in order, with their own texts').to.deep.equal(shown);
    }
    if (errors !== (expected.refusal ? 1 : 0)) {
      expect(errors, 'a lille-networks-error event tells the page that something was refused').to.equal(expected.refusal ? 1 : 0);
    }
    const load = expected.cards ? [expected.cards.length] : [];
    if (loads.join() !== load.join()) {
      expect(loads, 'a lille-networks-load event with the count when cards change').to.deep.equal(load);
    }
  } else {
    outcomes.loose++;
    // Which reads decide is the reader's affair: the outcome must still be one of the two, told
    // by one event each, and the cards (if new) the input's own texts.
    expect(errors, 'at most one error event').to.be.at.most(1);
    expect(loads.length, 'at most one load event').to.be.at.most(1);
    if (!loads.length) {
      expect(errors, 'a refused document is told by one error event').to.equal(1);
      expect(cards, 'a refused document leaves the cards as they were').to.deep.equal(shown);
    } else {
      expect(cards.length, 'the load event counts the cards').to.equal(loads[0]);
      const ownTexts = new Set([...texts!].map((text) => text.trim()));
      for (const card of cards) {
        for (const text of [card.id, card.name, card.summary, card.description]) {
          expect(ownTexts.has(text), `"${text}" is one of the input's own texts`).to.equal(true);
        }
      }
      const entries = own(view, 'networks');
      if (Array.isArray(entries) && cards.length < entries.length) expect(errors, 'dropped entries are told').to.equal(1);
      shown = cards;
    }
  }
}

/** A valid document after a loose case: the element is not stuck, whatever came before. */
async function canary(): Promise<void> {
  const document = documentOf(`after-${canaries + 1}`);
  await feed({ value: document, view: document }, true);
}

/** Runs `numRuns` cases of `arbitrary` through `feed`, and prints what they did. */
async function run<T>(name: string, arbitrary: fc.Arbitrary<T>, numRuns: number, toCase: (generated: T) => Case): Promise<void> {
  const { accepted, kept, cards } = outcomes;
  const start = performance.now();
  const result = await fc.check(
    fc.asyncProperty(arbitrary, async (generated) => {
      const built = toCase(generated);
      await feed(built);
      if (built.loose) await canary();
    }),
    { numRuns, includeErrorInReport: true },
  );
  expect(prototypeKeys(), 'built-in prototypes').to.equal(cleanPrototypes);
  console.log(
    `fuzz.test.ts: ${engine}: ${name}: ${result.numRuns} cases (${outcomes.accepted - accepted} showed ` +
      `${outcomes.cards - cards} valid entries, ${outcomes.kept - kept} kept the previous cards) in ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s, seed ${result.seed}`,
  );
  if (result.failed) {
    let report: string | undefined;
    try {
      report = fc.defaultReportMessage(result);
    } catch {
      // a counterexample nested too deep to print (the deep documents): its seed and path still replay it
      report = `seed ${result.seed}, path "${result.counterexamplePath}": ${String(result.errorInstance)}`;
    }
    throw new Error(report ?? `failed, seed ${result.seed}`);
  }
}

const json = (document: unknown): Case => ({ value: document, view: document });
const fromRealm = (document: unknown): Case => {
  const text = JSON.stringify(document);
  return { value: realm.JSON.parse(text), view: JSON.parse(text) };
};
const disguised = ({ document, plans }: { document: unknown; plans: Plan[] }): Case => {
  const built = disguise(document, plans, judge.schema, realm);
  for (const kind of built.applied) disguises.set(kind, (disguises.get(kind) ?? 0) + 1);
  return built;
};

// A few more than 10,000, since a primitive that repeats the previous one is not counted.
const runs = { mutated: 3000, hostile: 1000, strange: 1600, realm: 500, disguised: 4000 };
/** Cases per test: each mocha test stays well within its time limit (see `this.timeout` below). */
const chunk = 1000;
/** The same property in tests of at most `chunk` cases each. */
function cases<T>(title: string, name: string, arbitrary: fc.Arbitrary<T>, total: number, toCase: (generated: T) => Case) {
  for (let done = 0, part = 1; done < total; done += chunk, part++) {
    const numRuns = Math.min(chunk, total - done);
    const parts = Math.ceil(total / chunk);
    it(parts > 1 ? `${title} (${part} of ${parts})` : title, () => run(name, arbitrary, numRuns, toCase));
  }
}

describe('Generated documents fed to the data property', function () {
  // A thousand cases with their renders take 1 to 3 s, but up to 7 s in WebKit (the first
  // thousand, before its JIT warms up) and over 10 s on this machine when other work loads it
  // while three engines share two cores: mocha's 10 s would fail a slow but healthy run.
  this.timeout(30_000);

  cases(
    'show exactly the entries ajv accepts, run no script and pollute nothing, when mostly valid with mutations',
    'mostly valid, mutated', mostlyValidDocument, runs.mutated, json,
  );
  cases(
    'show markup, template syntax, right-to-left and huge text only as text, and link only to http(s)',
    'hostile text and addresses', hostileTextDocument, runs.hostile, json,
  );
  cases(
    'leave the previous cards in place when random JSON, broken envelopes or deep nesting hold nothing valid',
    'random JSON and broken envelopes', strangeDocument, runs.strange, json,
  );
  cases(
    'judge objects from another realm (an iframe’s JSON.parse) as the same JSON from this one',
    'from another realm', mostlyValidDocument, runs.realm, fromRealm,
  );
  cases(
    'read objects JSON cannot make through their own properties only, and never get stuck',
    'objects JSON cannot make', disguisedDocument, runs.disguised, disguised,
  );

  it('show the bundled networks again when data goes back to null', async () => {
    await feed(json(JSON.parse('{"version": 1, "networks": []}')));
    await feed(json(null));
    expect(root.querySelectorAll('[part=card]')).to.have.length(bundledNetworks.length);
  });

  it('run at least 10,000 generated documents through the element in this engine', () => {
    expect(documentsRun).to.be.at.least(10_000);
  });
});

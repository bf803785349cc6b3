/**
 * Property-based tests (fast-check): thousands of generated documents fed to the element's
 * `data` property. Most are valid documents with a few mutations (a key deleted, a value
 * replaced by random JSON, markup, a hostile URL, deep nesting, a huge string, a `__proto__`
 * or `constructor` key); the rest are random JSON values and broken envelopes.
 *
 * For every document, whatever it holds:
 *   - no exception escapes (neither from setting `data` and rendering, nor as a window error);
 *   - no injected script runs (a global flag that every payload would set stays unset) and the
 *     shadow root holds no <script>, <img> or other active element, and no `on…` attribute;
 *   - every link in the shadow root is http: or https:;
 *   - Object.prototype (and Array.prototype) are not polluted;
 *   - the valid entries show, and only they: the cards are the entries that
 *     `validate(networkSchema, entry)` accepts, first of each id, in order, with their own
 *     names; when none is valid (or the envelope is wrong) the previous cards stay;
 *   - the page is told (a `lille-networks-error` event) exactly when something was refused.
 *
 * One element is reused across all runs. fast-check picks a new seed each run; a failure
 * reports its seed and counterexample (`fc.defaultReportMessage`), so that
 * `fc.check(…, { seed, path })` replays it. The number of cases run is printed.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { bundledNetworks } from '../src/data/networks.js';
import { ValidationError, validate } from '../src/data/schema-kit.js';
import { type Network, networkSchema } from '../src/data/schema.js';

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
  `file:///etc/passwd`,
  `blob:https://example.org/uuid`,
];

const rtl = ['مرحبا بالعالم', 'שלום עולם', '\u202Eevil\u202C', '\u200F\u200E', 'עברית <b>bold</b>', 'الشبكة'];

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

const hugeString = fc
  .constantFrom(80, 81, 200, 201, 1999, 2000, 2001, 100_000)
  .chain((n) => fc.constantFrom('x', 'é', '<', ' ', '🙂').map((c) => c.repeat(n)));

const padded = (arb: fc.Arbitrary<string>) =>
  fc
    .tuple(fc.constantFrom('', ' ', '\t', '\n', '  \u00a0'), arb, fc.constantFrom('', ' ', '\t', '\r\n'))
    .map(([a, b, c]) => a + b + c);

/** Ordinary text, mostly valid: it starts with a letter. */
const plainText = fc
  .tuple(fc.constantFrom('A', 'é', 'Z', 'ש', 'م', '1'), fc.string({ maxLength: 30, unit: 'grapheme' }))
  .map(([a, b]) => a + b);

const hostileText = fc.oneof(
  fc.constantFrom(...markup),
  fc.constantFrom(...rtl),
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
  fc.constantFrom(...markup, ...rtl, ...hostileUrls),
  padded(fc.constantFrom(...markup, ...rtl)),
  fc.string({ minLength: 1, maxLength: 40, unit: 'binary' }),
);

const url = fc.oneof(
  { weight: 3, arbitrary: fc.webUrl({ withQueryParameters: true, withFragments: true }) },
  { weight: 2, arbitrary: fc.constantFrom(...hostileUrls) },
  { weight: 1, arbitrary: javascriptScheme },
  { weight: 1, arbitrary: padded(fc.webUrl()) },
);

/** Mostly valid addresses. */
const mostlyValidUrl = fc.oneof({ weight: 15, arbitrary: fc.webUrl() }, { weight: 1, arbitrary: url });

const id = fc.oneof(
  { weight: 6, arbitrary: fc.stringMatching(/^[a-z0-9]{1,6}(-[a-z0-9]{1,6}){0,2}$/) },
  // a small pool, so that ids repeat
  { weight: 3, arbitrary: fc.constantFrom('a', 'b', 'eurocities', 'polis', 'constructor', 'prototype', 'tostring') },
  { weight: 1, arbitrary: padded(fc.constantFrom('a', 'b')) },
  { weight: 1, arbitrary: fc.constantFrom('__proto__', 'Eurocities', 'a--b', '-a', 'a'.repeat(61), 'a'.repeat(60)) },
);

const localized = (text: fc.Arbitrary<string>) => fc.record({ fr: text, en: text });

const project = fc.record(
  {
    id,
    name: anyText,
    fullName: localized(anyText),
    description: localized(anyText),
    period: localized(anyText),
    partners: localized(anyText),
    website: mostlyValidUrl,
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
      groups: fc.array(localized(text), { maxLength: 3 }),
      themes: fc.array(localized(text), { maxLength: 3 }),
      founded: localized(text),
      seat: localized(text),
      members: fc.record({
        count: localized(text),
        year: fc.oneof(
          { weight: 20, arbitrary: fc.integer({ min: 1950, max: 2100 }) },
          { weight: 1, arbitrary: fc.constantFrom(1949, 2101, 2000.5, -0, 1e308) },
        ),
      }),
      website: address,
      projects: fc.array(project, { maxLength: 2 }),
    },
    { requiredKeys: ['id', 'shortName', 'fullName', 'summary', 'description', 'involvement', 'website'] },
  );

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
 * document as JSON.parse gives it: own keys only, `__proto__` included.
 */
function mutate(original: Json, mutations: Mutation[]): Json {
  const document = copy(original);
  for (const { at, kind, key, value: generated } of mutations) {
    const value = copy(generated);
    const all = slots(document);
    if (!all.length) break;
    const [container, slot] = all[at % all.length]!;
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
        break;
      }
    }
  }
  return JSON.parse(JSON.stringify(document));
}

const mostlyValidDocument = fc
  .tuple(
    fc.array(network(anyText, mostlyValidUrl), { minLength: 0, maxLength: 6 }),
    fc.array(mutation, { maxLength: 2 }),
  )
  .map(([networks, mutations]) => mutate({ version: 1, networks }, mutations));

/** Random JSON, JSON text with prototype keys, broken envelopes, oversized lists. */
const strangeDocument = fc.oneof(
  fc.jsonValue(),
  fc.json().map((text) => JSON.parse(text)),
  fc
    .tuple(protoKeys, fc.jsonValue({ maxDepth: 2 }), fc.array(network(plainText, fc.webUrl()), { maxLength: 2 }))
    .map(([key, value, networks]) =>
      JSON.parse(
        `{"${key}": {"polluted": "yes"}, "version": 1, "networks": ${JSON.stringify(networks)}, ` +
          `"constructor": {"prototype": {"polluted": "yes"}}, "extra": ${JSON.stringify(value)}}`,
      ),
    ),
  fc.record({
    version: fc.constantFrom(1, '1', 2, 0, 1.5, null, true, [1], { version: 1 }),
    networks: fc.oneof(
      fc.array(network(plainText, fc.webUrl()), { maxLength: 3 }),
      fc.jsonValue({ maxDepth: 2 }),
      deep,
    ),
  }),
  fc.constantFrom(1000, 1001).chain((count) =>
    network(plainText, fc.webUrl()).map((entry) => ({ version: 1, networks: Array(count).fill(entry) })),
  ),
  deep.map((networks) => ({ version: 1, networks })),
);

/** Valid structure, every text field hostile: all of it must show as text. */
const hostileTextDocument = fc
  .array(
    network(
      fc.oneof({ weight: 20, arbitrary: fittingHostileText }, { weight: 1, arbitrary: hostileText }),
      fc.oneof({ weight: 3, arbitrary: mostlyValidUrl }, { weight: 1, arbitrary: url }),
    ),
    { minLength: 1, maxLength: 4 },
  )
  .map((networks) => JSON.parse(JSON.stringify({ version: 1, networks })));

// ---- the model -----------------------------------------------------------------------------------

/** The networks a document should show, by the schema itself; null when nothing in it is usable. */
function expectedNetworks(document: Json): Network[] | null {
  const envelope = document as { version?: unknown; networks?: unknown } | null;
  if (!envelope || typeof envelope !== 'object' || envelope.version !== 1) return null;
  if (!Array.isArray(envelope.networks) || envelope.networks.length > 1000) return null;
  const seen = new Set<string>();
  const valid: Network[] = [];
  for (const entry of envelope.networks) {
    try {
      const network = validate(networkSchema, entry);
      if (!seen.has(network.id)) valid.push(network);
      seen.add(network.id);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
    }
  }
  return valid.length ? valid : null;
}

/** Everything short of the whole document being valid as given. */
function somethingRefused(document: Json, expected: Network[] | null): boolean {
  return expected === null || expected.length !== (document as { networks: unknown[] }).networks.length;
}

// ---- the harness ---------------------------------------------------------------------------------

let el: LilleNetworks;
/** What the cards show now: the model's state, carried from case to case. */
let shown: Network[] = bundledNetworks;
let casesRun = 0;
/** How many documents showed new cards, and how many kept the previous ones. */
const outcomes = { accepted: 0, kept: 0, cards: 0 };
const windowErrors: string[] = [];
const onError = (event: ErrorEvent) => windowErrors.push(String(event.message));
const onRejection = (event: PromiseRejectionEvent) => windowErrors.push(`unhandled rejection: ${event.reason}`);
const prototypeKeys = () => [
  Object.getOwnPropertyNames(Object.prototype).sort().join(),
  Object.getOwnPropertyNames(Array.prototype).sort().join(),
  Object.getOwnPropertyNames(Function.prototype).sort().join(),
];
let cleanPrototypes: string[];
let warn: typeof console.warn;
let refusals = 0;
const onRefused = () => refusals++;

before(() => {
  cleanPrototypes = prototypeKeys();
  el = document.createElement('lille-networks');
  el.lang = 'en';
  el.addEventListener('lille-networks-error', onRefused);
  document.body.append(el);
});

after(() => {
  el.remove();
  console.log(`fuzz.test.ts: ${casesRun} generated documents run`);
});

beforeEach(() => {
  // Every refused document warns on the console: thousands of lines, none of interest here.
  warn = console.warn;
  console.warn = () => {};
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

afterEach(() => {
  console.warn = warn;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  delete (window as unknown as Record<string, unknown>)[flag];
});

/** Sets `data` to `document` and checks everything a person or the page could notice. */
async function feed(document: Json): Promise<void> {
  casesRun++;
  const before = el.data;
  refusals = 0;
  try {
    el.data = document as LilleNetworks['data'];
    await el.updateComplete;
  } catch (error) {
    throw new Error(`an exception escaped: ${(error as Error).stack ?? error}`);
  }
  expect(windowErrors, 'window errors').to.deep.equal([]);

  // the model
  const changed = document !== before;
  if (changed) {
    if (document === null) shown = bundledNetworks;
    else {
      const expected = expectedNetworks(document);
      if (expected) shown = expected;
      outcomes[expected ? 'accepted' : 'kept']++;
      outcomes.cards += expected?.length ?? 0;
      expect(refusals > 0, 'a lille-networks-error event tells the page that something was refused').to.equal(
        somethingRefused(document, expected),
      );
    }
  }

  const root = el.shadowRoot!;
  const buttons = [...root.querySelectorAll<HTMLButtonElement>('[part=heading] > button')];
  expect(
    buttons.map((button) => button.dataset.id),
    'the cards are the valid entries, first of each id',
  ).to.deep.equal(shown.map((network) => network.id));
  buttons.forEach((button, i) => {
    expect(button.querySelector('.name')!.textContent, 'a card shows its own name, as text').to.equal(
      shown[i]!.shortName,
    );
    expect(button.querySelector('[part=summary]')!.textContent).to.equal(shown[i]!.summary.en);
  });

  // nothing active, nothing runs
  expect(pwned(), 'an injected script ran').to.equal(undefined);
  expect(
    root.querySelectorAll('script, img, iframe, object, embed, svg, style, link, base, form, template'),
    'active elements in the shadow root',
  ).to.have.length(0);
  for (const node of root.querySelectorAll('*')) {
    for (const { name } of node.attributes) expect(name, `an attribute of <${node.localName}>`).to.not.match(/^on/i);
  }
  for (const link of root.querySelectorAll<HTMLAnchorElement>('a[href]')) {
    expect(link.protocol, `link to ${link.getAttribute('href')}`).to.be.oneOf(['http:', 'https:']);
  }

  // no pollution
  expect(({} as Record<string, unknown>).polluted, 'Object.prototype.polluted').to.equal(undefined);
  expect(prototypeKeys(), 'built-in prototypes').to.deep.equal(cleanPrototypes);
}

async function run(name: string, arbitrary: fc.Arbitrary<Json>, numRuns: number): Promise<void> {
  const { accepted, kept, cards } = outcomes;
  const result = await fc.check(fc.asyncProperty(arbitrary, feed), { numRuns, includeErrorInReport: true });
  console.log(
    `fuzz.test.ts: ${name}: ${result.numRuns} cases (${outcomes.accepted - accepted} showed ` +
      `${outcomes.cards - cards} valid entries, ${outcomes.kept - kept} kept the previous cards), seed ${result.seed}`,
  );
  if (result.failed) throw new Error(fc.defaultReportMessage(result) ?? `failed, seed ${result.seed}`);
}

describe('Generated documents fed to the data property', function () {
  // fast-check runs hundreds of cases in one test: more than mocha's default 5 s when the
  // three engines share two cores.
  this.timeout(25_000);

  it('show exactly their valid entries, run no script and pollute nothing, when mostly valid with mutations', async () => {
    await run('mostly valid, mutated', mostlyValidDocument, 600);
  });

  it('show markup, template syntax, right-to-left and huge text only as text, and link only to http(s)', async () => {
    await run('hostile text and addresses', hostileTextDocument, 300);
  });

  it('leave the previous cards in place when random JSON, broken envelopes or deep nesting hold nothing valid', async () => {
    await run('random JSON and broken envelopes', strangeDocument, 400);
  });

  it('show the bundled networks again when data goes back to null', async () => {
    await feed(JSON.parse('{"version": 1, "networks": []}'));
    await feed(null);
    expect(el.shadowRoot!.querySelectorAll('[part=card]')).to.have.length(6);
  });
});

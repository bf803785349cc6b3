/**
 * The browser side of the fuzz tests (fuzz-data.test.ts, fuzz-objects.test.ts): one element,
 * reused, is given each generated case (fuzz-documents.ts) as `data` and renders it. For every
 * case, whatever it holds:
 *   - no exception escapes (neither from setting `data` and rendering, nor as a window error);
 *   - no injected script runs (a global flag that every payload would set stays unset), no
 *     function of the input is called, the shadow root holds no <script>, <img> or other active
 *     element and no `on…` attribute, and every link is http: or https:;
 *   - nothing but the input's own property values is shown: no text carrying the marker that
 *     prototypes, lying traps and methods offer (fuzz-hostile.ts), and the cards are those the
 *     element's own parser keeps of an own-property copy of the input (`view`), the first of
 *     each id, in order, with their own texts (that parser is judged against ajv in Node:
 *     node/schema-fuzz.test.mjs); the previous cards stay when it keeps nothing;
 *   - Object.prototype, Array.prototype, Function.prototype and String.prototype gain no property;
 *   - one `lille-networks-error` event and one console warning exactly when something was
 *     refused, one `lille-networks-load` with the count exactly when cards changed.
 * Where the outcome depends on how a reader goes about its reads (`loose` cases), the checks
 * that do not depend on it still apply, the cards are the input's own texts, and a valid
 * document given next shows (the element is never stuck).
 *
 * fast-check picks a new seed each run; a failure reports its seed and counterexample
 * (`fc.defaultReportMessage`), so that `fc.check(…, { seed, path })` replays it. The counts are
 * printed per engine: `<file>: <engine>: …`.
 */
import { expect } from '@open-wc/testing';
import fc from 'fast-check';
import '../../src/define.js';
import { parseDocument } from '../../src/data/parse.js';
import type { LoadDetail } from '../../src/events.js';
import type { LilleNetworks } from '../../src/lille-networks.js';
import { bundledNetworks, documentOf } from './data.js';
import { type Card, type Case, cardOf, flag, throwIfFailed } from './fuzz-documents.js';
import { type Plan, type Schema, calls, disguise, marker } from './fuzz-hostile.js';
import { engine as askEngine } from './page.js';

const pwned = () => (window as unknown as Record<string, unknown>)[flag];

let el: LilleNetworks;
let root: ShadowRoot;
let schema: Schema;
let realm: Window & typeof globalThis;
let frame: HTMLIFrameElement;
let engine = 'unknown';
let file = 'fuzz';
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
  engine = await askEngine();
  const response = await fetch('/dist/lille-networks.schema.json');
  if (!response.ok) throw new Error('dist/lille-networks.schema.json is missing: run `npm run build` first');
  schema = (await response.json()) as Schema;
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
  // Every refused document warns on the console: counted, not printed.
  warn = console.warn;
  console.warn = () => void warnings++;
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
});

after(() => {
  console.warn = warn;
  window.removeEventListener('error', onError);
  window.removeEventListener('unhandledrejection', onRejection);
  delete (window as unknown as Record<string, unknown>)[flag];
  el?.remove();
  frame?.remove();
  console.log(
    `${file}: ${engine}: ${documentsRun} generated documents through the data property and a render ` +
      `(and ${canaries} valid ones after loose cases, ${repeats} repeating the previous value) in ${((performance.now() - started) / 1000).toFixed(1)} s; ` +
      `loose cases ${outcomes.loose}; methods of thrown values called ${calls.thrown.length} times (${[...new Set(calls.thrown)].join(', ') || 'none'})` +
      (disguises.size ? `; disguises applied: ${[...disguises].map(([kind, n]) => `${kind} ${n}`).join(', ')}` : ''),
  );
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

/**
 * What the element must do with `view`, an own-property copy of the input: show what its parser
 * keeps of it, or keep the previous cards when it keeps nothing; say so when anything is refused.
 */
function expectedOf(view: unknown): { cards: Card[] | null; refusal: boolean } {
  try {
    const { networks, dropped } = parseDocument(view);
    return { cards: networks.map(cardOf), refusal: dropped.length > 0 };
  } catch {
    return { cards: null, refusal: true };
  }
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
      expect(cards, 'the cards are the entries the parser keeps of an own-property copy, in order, with their own texts').to.deep.equal(shown);
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
      const entries = view !== null && typeof view === 'object' && Object.hasOwn(view, 'networks') ? (view as { networks: unknown }).networks : undefined;
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
    `${file}: ${engine}: ${name}: ${result.numRuns} cases (${outcomes.accepted - accepted} showed ` +
      `${outcomes.cards - cards} valid entries, ${outcomes.kept - kept} kept the previous cards) in ` +
      `${((performance.now() - start) / 1000).toFixed(1)} s, seed ${result.seed}`,
  );
  throwIfFailed(result);
}

/** A JSON document, given as it is. */
export const json = (document: unknown): Case => ({ value: document, view: document });

/** A JSON document made in another realm (an iframe's JSON.parse). */
export const fromRealm = (document: unknown): Case => {
  const text = JSON.stringify(document);
  return { value: realm.JSON.parse(text), view: JSON.parse(text) };
};

/** A JSON document with some of its nodes disguised as objects that JSON cannot make. */
export const disguised = ({ document, plans }: { document: unknown; plans: Plan[] }): Case => {
  const built = disguise(document, plans, schema, realm);
  for (const kind of built.applied) disguises.set(kind, (disguises.get(kind) ?? 0) + 1);
  return built;
};

/** One family of generated cases: what they are, how many, and how each becomes a case. */
export interface Family<T> {
  /** Completes the sentence the describe block starts. */
  title: string;
  name: string;
  arbitrary: fc.Arbitrary<T>;
  runs: number;
  toCase: (generated: T) => Case;
}
export const family = <T>(family: Family<T>): Family<unknown> => family as unknown as Family<unknown>;

/** Cases per test: each mocha test stays well within its time limit (see `this.timeout` below). */
const chunk = 1000;

/**
 * The tests of a fuzz file: each family in tests of at most `chunk` cases, then `more` tests,
 * then a count of the documents run (a primitive that repeats the previous one is not counted).
 */
export function fuzzTheElement(name: string, title: string, families: Family<unknown>[], minimum: number, more = () => {}): void {
  file = name;
  describe(title, function () {
    // A thousand cases with their renders take 1 to 3 s, but up to 7 s in WebKit (the first
    // thousand, before its JIT warms up) and over 10 s on this machine when other work loads it
    // while three engines share two cores: mocha's 10 s would fail a slow but healthy run.
    this.timeout(30_000);
    for (const { title, name, arbitrary, runs, toCase } of families) {
      for (let done = 0, part = 1; done < runs; done += chunk, part++) {
        const numRuns = Math.min(chunk, runs - done);
        const parts = Math.ceil(runs / chunk);
        it(parts > 1 ? `${title} (${part} of ${parts})` : title, () => run(name, arbitrary, numRuns, toCase));
      }
    }
    more();
    it(`run at least ${minimum.toLocaleString('en')} generated documents through the element in this engine`, () => {
      expect(documentsRun).to.be.at.least(minimum);
    });
  });
}

/** Sets `data` to `generated` and checks it as any case (for the `more` tests of a file). */
export const feedOne = (generated: Case): Promise<void> => feed(generated);

/** The cards on screen now. */
export const cardCount = (): number => root.querySelectorAll('[part=card]').length;

/**
 * Objects that JSON cannot make, for the fuzz tests: a JSON document is rebuilt with some of its
 * nodes disguised (getters, Proxies, replaced prototypes, own methods, other realms…), and the
 * builder says what an own-property reader sees of the result (`view`, what the element must
 * make of it: in the browser, the element's own parser on the view; in Node, ajv), which strings
 * the input gives as own values (`texts`), and whether the outcome depends on how the reader goes
 * about it (`loose`). The published schema is walked beside the document to know which
 * positions a reader reads. Plain JavaScript: Node runs it too (an iframe's window or a
 * `node:vm` context is the other realm).
 *
 * What fast-check generates is the plan (plain data: where, which disguise, a variant number),
 * never the objects: fast-check inspects, clones and prints its values, and a Proxy whose traps
 * throw or a getter that counts its reads must meet the element only.
 *
 * Two kinds of bait tell a careless reader apart:
 *   - `marker` ("zleakz") is in every text that is *not* an own property value of the input:
 *     on prototypes, behind lying Proxy traps, returned by methods. It must never be shown.
 *   - every function of the input that a reader has no reason to call (`map`, `forEach`,
 *     `toJSON`, `toString`, `valueOf`, `Symbol.iterator`, `then`…) records its call in `calls.data`.
 *     Getters and Proxy traps are how own properties are read: they are not counted. Methods of
 *     values *thrown* by the input (an error's `toString`) are recorded apart, in `calls.thrown`.
 */
import { ValidationError } from '../../src/data/schema-kit.js';

/** Another realm's constructors: an iframe's window, or a `node:vm` context's global. */
export type Realm = Pick<typeof globalThis, 'Array' | 'Object' | 'JSON' | 'Proxy' | 'TypeError'>;

/** Stands for a value that cannot be read (a getter or a trap throws): no JSON type accepts it. */
export const UNREADABLE = Symbol('unreadable');

/** A node of the published JSON Schema, as far as the fuzz walks it. */
export type Schema = {
  /** A list of types where a value may be either (an address, or one per language). */
  type?: string | string[];
  properties?: Record<string, Schema>;
  patternProperties?: Record<string, Schema>;
  items?: Schema | boolean;
  [key: string]: unknown;
};

/** A schema node's keys, compiled once: its named properties and its key patterns. */
interface Keys {
  named: Record<string, Schema>;
  namedKeys: string[];
  patterns: [RegExp, Schema][];
}
const compiled = new WeakMap<Schema, Keys>();
export function keysOf(schema: Schema): Keys {
  let keys = compiled.get(schema);
  if (!keys) {
    keys = {
      named: schema.properties ?? {},
      namedKeys: Object.keys(schema.properties ?? {}),
      patterns: Object.entries(schema.patternProperties ?? {}).map(([pattern, values]) => [new RegExp(pattern, 'u'), values]),
    };
    compiled.set(schema, keys);
  }
  return keys;
}

/** The schema of `key` in an object of `schema`: named, else the first pattern it matches. */
export function schemaOfKey(schema: Schema, key: string): Schema | undefined {
  const { named, patterns } = keysOf(schema);
  return Object.hasOwn(named, key) ? named[key] : patterns.find(([pattern]) => pattern.test(key))?.[1];
}

export const marker = 'zleakz';

export const calls = { data: [] as string[], thrown: [] as string[] };

/** Disguises for an object or an array. */
export const containerKinds = [
  'getter',
  'getter-throws',
  'null-proto',
  'leaky-proto',
  'holey-leaky-proto',
  'class',
  'frozen',
  'sealed',
  'non-extensible',
  'realm',
  'realm-json',
  'symbols',
  'methods',
  'enumerable-methods',
  'array-like',
  'callable',
  'proxy',
  'proxy-has-lies',
  'proxy-get-invents',
  'proxy-ownkeys-phantoms',
  'proxy-gopd-hides',
  'proxy-gopd-invents',
  'proxy-throws',
  'revoked',
] as const;
/** Disguises for a text, a number, a boolean or null. */
export const primitiveKinds = [
  'getter-throws',
  'getter-varies',
  'getter-flips',
  'boxed',
  'bigint',
  'symbol',
  'function',
  'undefined',
] as const;
export type ContainerKind = (typeof containerKinds)[number];
export type PrimitiveKind = (typeof primitiveKinds)[number];

/** One disguise: node `at` (modulo the number of nodes, depth first), `n` picks a variant. */
export interface Plan {
  at: number;
  container: ContainerKind;
  primitive: PrimitiveKind;
  n: number;
}

export interface Built {
  /** What the element is given. */
  value: unknown;
  /** What an own-property reader sees: own enumerable keys, `UNREADABLE` where reading throws. */
  view: unknown;
  /** The outcome depends on which reads the reader makes (see `needs`): only loose checks apply. */
  loose: boolean;
  /** Every string that the input gives as an own property value, on any read. */
  texts: Set<string>;
  /** The disguises applied, by kind. */
  applied: string[];
}

const traps = [
  'getOwnPropertyDescriptor',
  'get',
  'ownKeys',
  'has',
  'getPrototypeOf',
  'setPrototypeOf',
  'defineProperty',
  'set',
  'deleteProperty',
  'isExtensible',
  'preventExtensions',
] as const;
type Trap = (typeof traps)[number];

/**
 * Must any reader of own properties call `trap` to read `view` at a position of `schema`?
 * 'yes' makes the value unreadable, 'no' leaves it as it is, 'maybe' depends on the reader.
 * A value of the wrong shape (an object where a text goes) is refused from its type alone; an
 * object's named keys are looked up (getOwnPropertyDescriptor), and read (get) when present; an
 * array's length is read; keys that only a pattern describes must be listed (ownKeys). Asking a
 * Proxy anything else (`has`, its prototype…) is never needed to read JSON-like data.
 */
function needs(trap: Trap, schema: Schema | undefined, view: unknown): 'yes' | 'no' | 'maybe' {
  const isArray = Array.isArray(view);
  if (!schema || ![schema.type].flat().includes(isArray ? 'array' : 'object')) return 'no';
  const keys = Object.keys(view as object);
  const { named, patterns } = keysOf(schema);
  const described = keys.filter((key) => schemaOfKey(schema, key));
  switch (trap) {
    case 'getOwnPropertyDescriptor':
      return isArray || Object.keys(named).length || keys.length ? 'yes' : 'no';
    case 'get':
      return isArray || described.length ? 'yes' : 'no';
    case 'ownKeys':
      return !isArray && patterns.length ? 'yes' : 'maybe';
    default:
      return 'no';
  }
}

const record = (name: string) =>
  function (this: unknown) {
    calls.data.push(name);
    return { fr: marker, en: marker, toString: () => marker };
  };

const methodNames = [
  'map', 'forEach', 'filter', 'slice', 'at', 'entries', 'keys', 'values', 'reduce', 'every',
  'some', 'find', 'join', 'includes', 'indexOf', 'concat', 'toJSON', 'toString', 'valueOf',
  'toLocaleString', 'hasOwnProperty', 'then', 'constructor',
];

/** Values the input throws, from plain errors to objects whose own conversion throws. */
function thrown(n: number, realm: Realm): unknown {
  switch (n % 13) {
    case 0:
      return new Error(`${marker} thrown`);
    case 1:
      return new realm.TypeError(`${marker} from another realm`);
    case 2:
      return `${marker} thrown string`;
    case 3:
      return 42;
    case 4:
      return null;
    case 5:
      return undefined;
    case 6:
      return Symbol(marker);
    case 7:
      return {
        toString() {
          calls.thrown.push('toString');
          return marker;
        },
      };
    case 8:
      return {
        [Symbol.toPrimitive]() {
          calls.thrown.push('Symbol.toPrimitive');
          throw new Error('conversion throws');
        },
      };
    case 9: {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      return proxy;
    }
    case 10:
      // passes `instanceof ValidationError`, then its message cannot be read
      return Object.create(ValidationError.prototype, {
        message: {
          get() {
            calls.thrown.push('message getter');
            throw new Error('message throws');
          },
        },
      });
    case 11:
      return Object.create(null);
    default:
      return new Proxy(
        {},
        Object.fromEntries(
          traps.map((trap) => [
            trap,
            () => {
              throw new Error('every trap throws');
            },
          ]),
        ),
      );
  }
}

/** A valid-looking value for `key` made of marker texts: what a prototype or a lie could supply. */
function leakFor(key: PropertyKey): unknown {
  const text = { fr: marker, en: marker, nl: marker };
  switch (key) {
    case 'id':
      return marker;
    case 'website':
    case 'involvementLink':
      return `https://${marker}.example/`;
    case 'year':
      return 2000;
    case 'version':
      return 1;
    case 'groups':
    case 'themes':
      return [text];
    case 'members':
      return { count: text, year: 2000 };
    case 'projects':
      return [{ id: marker, name: marker, fullName: text, description: text, period: text }];
    case 'networks':
      return [leakEntry];
    case 'strings':
      return { en: { showAll: marker, hideAll: marker } };
    case 'length':
      return 1;
    default:
      return typeof key === 'string' && /^\d+$/.test(key) ? leakEntry : text;
  }
}
const leakEntry = {
  id: marker,
  shortName: marker,
  fullName: { fr: marker, en: marker },
  summary: { fr: marker, en: marker },
  description: { fr: marker, en: marker },
  involvement: { fr: marker, en: marker },
  website: `https://${marker}.example/`,
};

/** Every key the schema names, and a few language tags: the keys a prototype could supply. */
const baitKeys = [
  'id', 'shortName', 'name', 'fullName', 'summary', 'description', 'involvement', 'involvementLink',
  'groups', 'themes', 'founded', 'seat', 'members', 'count', 'year', 'website', 'projects',
  'period', 'partners', 'version', 'networks', 'strings', 'fr', 'en', 'nl', 'de', 'showAll', 'hideAll',
];
const leakObject = Object.fromEntries(baitKeys.map((key) => [key, leakFor(key)]));
const leakArray = [leakEntry, leakEntry, leakEntry, leakEntry, leakEntry, leakEntry, leakEntry];

/** A class whose prototype answers every schema key, and has methods. */
class Entry {
  method() {
    calls.data.push('class method');
  }
}
for (const key of baitKeys) {
  Object.defineProperty(Entry.prototype, key, { get: () => leakFor(key), configurable: true });
}
/** An array class whose prototype's iteration methods are bait. */
class List extends Array {}
for (const name of ['map', 'forEach', 'filter', 'slice', 'at', 'entries', 'keys', 'values', 'reduce']) {
  Object.defineProperty(List.prototype, name, { value: record(`List.prototype.${name}`), configurable: true });
}
Object.defineProperty(List.prototype, Symbol.iterator, { value: record('List.prototype[Symbol.iterator]') });

/** A slot of a container: a data property, or a getter. */
interface Slot {
  key: string;
  built: Node;
}
interface Node {
  value: unknown;
  view: unknown;
  /** Read through this getter rather than a data property. */
  get?: () => unknown;
}

const data = (value: unknown): PropertyDescriptor => ({ value, writable: true, enumerable: true, configurable: true });
const descriptor = ({ value, get }: Node): PropertyDescriptor =>
  get ? { get, enumerable: true, configurable: true } : data(value);

/** Defines the slots on `target`; on an array, `length` too (holes stay holes). */
function define(target: object, slots: Slot[], length = 0): void {
  for (const { key, built } of slots) Object.defineProperty(target, key, descriptor(built));
  if (Array.isArray(target) && target.length < length) target.length = length;
}

/** A list's view: a hole reads as undefined. */
const listView = (slots: Slot[], length: number): unknown[] => {
  const view: unknown[] = Array.from({ length });
  for (const { key, built } of slots) if (/^\d+$/.test(key)) view[Number(key)] = built.view;
  return view;
};

function nullView(slots: Slot[]): Record<string, unknown> {
  const view = Object.create(null) as Record<string, unknown>;
  for (const { key, built } of slots) view[key] = built.view;
  return view;
}

/**
 * Rebuilds `document` (JSON) with `plans` applied, walking the published `schema` beside it to
 * know which positions the element reads. `realm` is another window (an iframe's).
 */
export function disguise(document: unknown, plans: Plan[], schema: Schema, realm: Realm): Built {
  // Nodes deeper than any the schema describes are left as JSON made them (deep nesting).
  const maxDepth = 12;
  /** The size of the subtree at each node, depth first. */
  const sizes: number[] = [];
  const measure = (value: unknown, depth: number): number => {
    const at = sizes.push(1) - 1;
    if (value && typeof value === 'object' && depth < maxDepth) {
      for (const child of Object.values(value)) sizes[at] += measure(child, depth + 1);
    }
    return sizes[at];
  };
  const count = measure(document, 0);
  const planAt = new Map(plans.map((plan) => [plan.at % count, plan]));
  const planned = [...planAt.keys()];
  /** A subtree with no disguise in it is handed over as JSON made it (read only, by all). */
  const untouched = (from: number) => !planned.some((at) => at >= from && at < from + sizes[from]);
  const texts = new Set<string>();
  const applied: string[] = [];
  let loose = false;
  let index = 0;

  const childSchema = (parent: Schema | undefined, key: string, isArray: boolean): Schema | undefined => {
    if (!parent) return undefined;
    if (isArray) return parent.type === 'array' && typeof parent.items === 'object' ? parent.items : undefined;
    return [parent.type].flat().includes('object') ? schemaOfKey(parent, key) : undefined;
  };

  const build = (value: unknown, at: Schema | undefined, depth: number): Node => {
    if (depth >= maxDepth || untouched(index)) {
      index += sizes[index];
      collectTexts(value);
      return { value, view: value };
    }
    const start = index++;
    const plan = planAt.get(start);
    if (value === null || typeof value !== 'object') {
      if (typeof value === 'string') texts.add(value);
      return plan ? primitive(value, plan) : { value, view: value };
    }
    if (plan?.container === 'realm-json') {
      index = start + sizes[start];
      applied.push('realm-json');
      collectTexts(value);
      const json = JSON.stringify(value);
      return { value: realm.JSON.parse(json), view: JSON.parse(json) };
    }
    const isArray = Array.isArray(value);
    const slots: Slot[] = Object.keys(value).map((key) => ({
      key,
      built: build((value as Record<string, unknown>)[key], childSchema(at, key, isArray), depth + 1),
    }));
    // A list's holes (`delete list[0]`, which JSON cannot make) stay holes: the length is kept.
    const length = isArray ? (value as unknown[]).length : 0;
    return plan ? container(isArray, slots, plan, at, length) : plain(isArray, slots, length);
  };

  const collectTexts = (value: unknown): void => {
    for (const stack: unknown[] = [value]; stack.length; ) {
      const next = stack.pop();
      if (typeof next === 'string') texts.add(next);
      else if (next && typeof next === 'object') stack.push(...(Object.values(next) as unknown[]));
    }
  };

  const plain = (isArray: boolean, slots: Slot[], length: number): Node => {
    const value = isArray ? [] : {};
    define(value, slots, length);
    return { value, view: isArray ? listView(slots, length) : nullView(slots) };
  };

  function primitive(value: unknown, plan: Plan): Node {
    applied.push(plan.primitive);
    switch (plan.primitive) {
      case 'getter-throws':
        return throwingGetter(plan);
      case 'getter-varies': {
        // Each read gives another string (another object in memory) with the same meaning.
        if (typeof value !== 'string') return { value, view: value, get: () => value };
        const variants = [value, ` ${value}`, `${value}\n`, `\u00a0${value}\t`];
        for (const variant of variants) texts.add(variant);
        let reads = 0;
        return { value, view: value, get: () => variants[reads++ % variants.length] };
      }
      case 'getter-flips': {
        // Valid, then not (or the other way round): which read decides is the reader's affair.
        loose = true;
        const other = typeof value === 'string' ? (plan.n % 2 ? '' : 7) : String(value);
        if (typeof other === 'string') texts.add(other);
        let reads = plan.n % 2;
        return { value, view: value, get: () => (reads++ % 2 ? other : value) };
      }
      case 'boxed': {
        const boxed: object = typeof value === 'number' ? new Number(value) : new String(String(value));
        for (const name of ['toString', 'valueOf', 'toJSON']) Object.defineProperty(boxed, name, { value: record(`boxed ${name}`) });
        Object.defineProperty(boxed, Symbol.toPrimitive, { value: record('boxed Symbol.toPrimitive') });
        return { value: boxed, view: Object.create(null) };
      }
      case 'bigint':
        return typeof value === 'number' && Number.isInteger(value)
          ? { value: BigInt(value), view: BigInt(value) }
          : { value, view: value };
      case 'symbol': {
        const symbol = Symbol(marker);
        return { value: symbol, view: symbol };
      }
      case 'function': {
        const fn = record('a function given as a value');
        return { value: fn, view: fn };
      }
      case 'undefined':
        return { value: undefined, view: undefined };
    }
  }

  function throwingGetter(plan: Plan): Node {
    return {
      value: undefined,
      view: UNREADABLE,
      get: () => {
        throw thrown(plan.n, realm);
      },
    };
  }

  function container(isArray: boolean, slots: Slot[], plan: Plan, at: Schema | undefined, length: number): Node {
    const kind = plan.container;
    const { value, view } = plain(isArray, slots, length);
    const target = value as object;
    applied.push(kind);
    const same = (value: unknown): Node => ({ value, view });
    switch (kind) {
      case 'getter':
        // The same object on every read, behind an own getter.
        return { value: target, view, get: () => target };
      case 'getter-throws':
        return throwingGetter(plan);
      case 'null-proto':
        Object.setPrototypeOf(target, null);
        return same(target);
      case 'leaky-proto':
        Object.setPrototypeOf(target, isArray ? leakArray : leakObject);
        return same(target);
      case 'holey-leaky-proto': {
        if (!isArray) {
          Object.setPrototypeOf(target, leakObject);
          return same(target);
        }
        // A hole at the end, which the prototype (another array) fills with a marker entry.
        const array = target as unknown[];
        array.length += 1 + (plan.n % 2);
        Object.setPrototypeOf(array, leakArray);
        return { value: array, view: Array.from({ length: array.length }, (_, i) => (view as unknown[])[i]) };
      }
      case 'class': {
        const instance = isArray ? new List() : new Entry();
        define(instance, slots, length);
        return same(instance);
      }
      case 'frozen':
        return same(Object.freeze(target));
      case 'sealed':
        return same(Object.seal(target));
      case 'non-extensible':
        return same(Object.preventExtensions(target));
      case 'realm':
      case 'realm-json': {
        // realm-json on a subtree holding no JSON-made values (a disguised child): built here.
        const foreign = isArray ? new realm.Array() : new realm.Object();
        define(foreign, slots, length);
        return same(foreign);
      }
      case 'symbols': {
        Object.defineProperty(target, Symbol(marker), data(leakFor('summary')));
        Object.defineProperty(target, Symbol.for('fr'), data(marker));
        Object.defineProperty(target, Symbol.iterator, data(record('own Symbol.iterator')));
        Object.defineProperty(target, Symbol.toPrimitive, data(record('own Symbol.toPrimitive')));
        Object.defineProperty(target, Symbol.toStringTag, {
          get: record('own Symbol.toStringTag getter'),
          enumerable: true,
        });
        return same(target);
      }
      case 'methods':
      case 'enumerable-methods': {
        // Own methods; on an object, enumerable ones are own keys like any other (`map` is
        // even a language tag's shape, so that a text with its own `map` is refused).
        const enumerable = kind === 'enumerable-methods' && !isArray;
        const names = methodNames.filter((_, i) => (i + plan.n) % 3 === 0);
        const extra: Record<string, unknown> = {};
        for (const name of names) {
          const fn =
            plan.n % 2
              ? record(`own ${name}`)
              : () => {
                  calls.data.push(`own ${name} (throws)`);
                  throw new Error(`${name} throws`);
                };
          Object.defineProperty(target, name, { value: fn, writable: true, enumerable, configurable: true });
          extra[name] = fn;
        }
        if (isArray) Object.defineProperty(target, 'length', { value: (target as unknown[]).length, writable: plan.n % 4 < 2 });
        return { value: target, view: enumerable ? Object.assign(view as object, extra) : view };
      }
      case 'array-like': {
        if (!isArray) return same(target);
        // { 0: …, 1: …, length: 2, map, forEach }: not an array, whatever it offers
        const like: Record<string, unknown> = {};
        define(like, slots);
        const fns = { length, map: record('array-like map'), forEach: record('array-like forEach') };
        Object.assign(like, fns);
        return { value: like, view: Object.assign(nullView(slots), fns) };
      }
      case 'callable': {
        const fn = record('a function holding the data');
        define(fn, slots.filter(({ key }) => !['length', 'name', 'prototype'].includes(key)));
        return { value: fn, view: fn };
      }
      case 'proxy':
        return same(new Proxy(target, {}));
      case 'proxy-has-lies':
        return same(new Proxy(target, { has: () => plan.n % 2 === 0 }));
      case 'proxy-get-invents':
        // Answers every key that is not its own with marker data.
        return same(
          new Proxy(target, {
            get: (object, key, receiver): unknown =>
              Object.hasOwn(object, key) ? Reflect.get(object, key, receiver) : leakFor(key),
          }),
        );
      case 'proxy-ownkeys-phantoms': {
        // Lists keys it does not have (getOwnPropertyDescriptor says so), and `get` answers them.
        const phantoms = ['fr', 'en', 'nl', 'id', 'shortName', 'summary', 'website', '0', '1', '7', 'networks', 'version']
          .filter((key) => !Object.hasOwn(target, key));
        return same(
          new Proxy(target, {
            ownKeys: (object) => [...Reflect.ownKeys(object), ...phantoms],
            get: (object, key, receiver): unknown =>
              Object.hasOwn(object, key) ? Reflect.get(object, key, receiver) : leakFor(key),
          }),
        );
      }
      case 'proxy-gopd-hides': {
        // Says one of its keys is not its own; `get` and `ownKeys` still give it, with marker data.
        if (isArray && !slots.length) return same(new Proxy(target, {}));
        const keys = Object.keys(target).filter((key) => key !== 'length');
        const hidden = keys.length ? keys[plan.n % keys.length] : isArray ? '0' : 'nl';
        Object.defineProperty(target, hidden, data(leakFor(hidden)));
        const seen: unknown = isArray
          ? (view as unknown[]).map((item, i) => (String(i) === hidden ? undefined : item))
          : Object.assign(Object.create(null), view);
        if (!isArray) delete (seen as Record<string, unknown>)[hidden];
        return {
          value: new Proxy(target, {
            getOwnPropertyDescriptor: (object, key) => (key === hidden ? undefined : Reflect.getOwnPropertyDescriptor(object, key)),
          }),
          view: seen,
        };
      }
      case 'proxy-gopd-invents': {
        // Has one of its keys only through its traps, told the same way by all of them.
        if (isArray || !slots.length) return same(new Proxy(target, {}));
        const slot = slots[plan.n % slots.length];
        delete (target as Record<string, unknown>)[slot.key];
        const own = descriptor(slot.built);
        const mine = (key: PropertyKey) => key === slot.key;
        return same(
          new Proxy(target, {
            getOwnPropertyDescriptor: (object, key) => (mine(key) ? { ...own } : Reflect.getOwnPropertyDescriptor(object, key)),
            get: (object, key, receiver): unknown =>
              mine(key) ? (slot.built.get ? slot.built.get() : slot.built.value) : Reflect.get(object, key, receiver),
            has: (object, key) => mine(key) || Reflect.has(object, key),
            ownKeys: (object) => [...Reflect.ownKeys(object), slot.key],
          }),
        );
      }
      case 'proxy-throws': {
        const trap = traps[plan.n % traps.length];
        applied.push(`proxy-throws ${trap}`);
        const need = needs(trap, at, view);
        if (need === 'maybe') loose = true;
        return {
          value: new Proxy(target, {
            [trap]: () => {
              throw thrown(plan.n >> 4, realm);
            },
          }),
          view: need === 'yes' ? UNREADABLE : view,
        };
      }
      case 'revoked': {
        const { proxy, revoke } = Proxy.revocable(target, {});
        revoke();
        // Even its type cannot be asked (Array.isArray throws): unreadable wherever it is read.
        return { value: proxy, view: at ? UNREADABLE : view };
      }
    }
  }

  const root = build(document, schema, 0);
  // The document itself is no property: a getter planned on it reads as its value.
  const value = root.get ? (root.view === UNREADABLE ? thrownDocument(realm) : root.value) : root.value;
  const view = root.get && root.view === UNREADABLE ? UNREADABLE : root.view;
  return { value, view, loose, texts, applied };
}

/** A document that cannot even be looked at: the root's "throwing getter". */
function thrownDocument(realm: Realm): unknown {
  const { proxy, revoke } = realm.Proxy.revocable({}, {});
  revoke();
  return proxy;
}

/**
 * A tiny JSON Schema subset whose nodes carry their TypeScript type.
 *
 * Why not a validation library: valibot with the same schema measured 1,944 bytes gzip on its
 * own, a sixth of the element's whole code, which lit-html already half fills. Here a schema
 * node *is* its JSON Schema fragment, so the published schema file is `JSON.stringify(schema)`,
 * the TypeScript types are `Infer<typeof schema>`, and `validate()` interprets the same object:
 * the shape is written once.
 */

declare const phantom: unique symbol;

/** A JSON Schema fragment that describes values of type `T`. */
export type Schema<T> = JsonSchema & { readonly [phantom]?: T };

/** The TypeScript type a schema node describes. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

type Type = 'string' | 'integer' | 'object' | 'array';

export interface JsonSchema {
  /** A list of two types makes a node whose value may be either (a text, or an object). */
  type?: Type | Type[];
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  /**
   * `iri`: an absolute address that the browser's URL parser takes, the parser links are made
   * with. It catches what no pattern can (a port over 65535, Punycode that does not decode).
   */
  format?: 'iri';
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  patternProperties?: Record<string, JsonSchema>;
  /** Counts the keys that `validate` keeps: named ones, and those that match a pattern. */
  minProperties?: number;
  required?: string[];
  description?: string;
}

/**
 * `object[key]` if `object` has it as its own property, else undefined. Input data and our own
 * schema are read only this way: a page that set `Object.prototype.projects` (or `.pattern`)
 * must not reach the cards, nor change what validation accepts.
 */
export const own = (object: unknown, key: PropertyKey): unknown =>
  Object(object) === object && Object.hasOwn(object as object, key)
    ? (object as Record<PropertyKey, unknown>)[key]
    : undefined;

export const text = (maxLength: number, pattern?: string): Schema<string> => ({
  type: 'string',
  minLength: 1,
  maxLength,
  ...(pattern ? { pattern } : {}),
});

export const integer = (minimum: number, maximum: number): Schema<number> => ({
  type: 'integer',
  minimum,
  maximum,
});

export const literal = <T extends string | number>(value: T): Schema<T> => ({ const: value });

export const list = <T>(items: Schema<T>, maxItems: number): Schema<T[]> => ({
  type: 'array',
  items,
  maxItems,
});

type Shape = Record<string, Schema<unknown>>;
type Optional<S extends Shape, O extends keyof S> = {
  [K in Exclude<keyof S, O>]: Infer<S[K]>;
} & { [K in O]?: Infer<S[K]> };

/** An object schema; keys listed in `optional` may be absent, all others are required. */
export const object = <S extends Shape, O extends keyof S = never>(
  properties: S,
  optional: readonly O[] = [],
): Schema<Optional<S, O>> => ({
  type: 'object',
  properties,
  required: Object.keys(properties).filter((key) => !optional.includes(key as O)),
});

/**
 * An object schema whose other keys, when they match `pattern`, hold values of `values`
 * (JSON Schema's `patternProperties`); keys that do not match are ignored, as unknown keys are
 * everywhere. `validate` copies matching keys in lower case.
 */
export const keyed = <T, S extends Shape = Record<never, never>, O extends keyof S = never>(
  pattern: string,
  values: Schema<T>,
  base?: Schema<Optional<S, O>>,
): Schema<Optional<S, O> & Record<string, T>> => ({
  type: 'object',
  ...base,
  patternProperties: { [pattern]: values },
});

/** Thrown by `validate`; its message starts with where the value went wrong, e.g. `fullName.fr`. */
export class ValidationError extends Error {
  constructor(path: string, problem: string) {
    super(`${path || 'document'}: ${problem}`);
  }
}

const typeOf = (value: unknown) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

/**
 * Checks `value` against `schema` and returns a fresh copy made of validated primitives only:
 * plain arrays and objects without prototype, holding the keys the schema names. Keys come from
 * the schema (or match its patterns), values are read as own properties, and nothing of the
 * input is called (no `map` of its own, no `toString`): what reaches the rendering is text and
 * numbers this function made. `__proto__` or `constructor` in a document pollute nothing.
 * A getter or Proxy trap that throws makes this throw too: callers treat any error as a refusal.
 *
 * With `drop`, the value's optional properties, and the items of its lists, that fail are left
 * out and reported to `drop` instead of failing the whole value (one level only: a dropped item
 * is dropped whole); a dropped list item leaves a hole (`undefined`), so that positions still
 * name the items.
 */
export function validate<T>(
  schema: Schema<T>,
  value: unknown,
  path = '',
  drop?: (path: string, part: unknown, error: unknown) => void,
): T {
  const fail = (problem: string): never => {
    throw new ValidationError(path, problem);
  };
  const rule = (key: keyof JsonSchema) => own(schema, key) as never;
  if (Object.hasOwn(schema, 'const')) {
    return value === rule('const') ? (value as T) : fail(`must be ${JSON.stringify(rule('const'))}`);
  }
  /** The validated copy of `value[key]`; when `drop` may take it instead, undefined once dropped. */
  const part = (schema: JsonSchema, key: PropertyKey, where: string, required?: boolean) => {
    let item: unknown;
    try {
      item = own(value, key);
      // A named property whose value is undefined is absent, as in JSON (and for JSON Schema
      // tools): `{ ...network, involvementLink: undefined }` from a framework keeps its network.
      if (item === undefined && required !== undefined) {
        if (required) throw new ValidationError(where, 'is missing');
        return;
      }
      // A list's items are the parts that `drop` takes one by one: it goes down to them.
      return validate(schema, item, where, own(schema, 'type') === 'array' ? drop : undefined);
    } catch (error) {
      if (!drop || required) throw error;
      drop(where, item, error);
    }
  };
  const actual = typeOf(value);
  const max: number = rule('maxLength') ?? rule('maxItems') ?? rule('maximum');
  // A string, or a list of two types (a text or an object): `includes` finds the value's own type
  // in the list, and in a single type's name is true only for that type among typeOf's answers.
  // Any other value is checked as the node's type, or a list's as an object (that names it).
  const type: string = rule('type');
  switch (type.includes(actual) ? actual : type) {
    case 'string': {
      if (actual !== 'string') fail(`must be a string, not ${actual}`);
      const string = (value as string).trim();
      if (string.length < rule('minLength')) fail('must not be empty');
      if (string.length > max) fail(`must be at most ${max} characters`);
      const pattern = rule('pattern') as string | undefined;
      // With the `u` flag, as JSON Schema tools compile patterns: `\p{…}` classes work the same.
      if (pattern && !new RegExp(pattern, 'u').test(string)) fail(`must match ${pattern}`);
      if (rule('format')) {
        try {
          new URL(string);
        } catch {
          fail('must be a web address');
        }
      }
      return string as T;
    }
    case 'integer': {
      const min: number = rule('minimum');
      if (!Number.isInteger(value)) fail(`must be a whole number, not ${actual}`);
      if ((value as number) < min || (value as number) > max) fail(`must be between ${min} and ${max}`);
      return value as T;
    }
    case 'array': {
      if (actual !== 'array') fail(`must be a list, not ${actual}`);
      const length = own(value, 'length') as number;
      if (length > max) fail(`must have at most ${max} items`);
      const copy: unknown[] = [];
      for (let i = 0; i < length; i++) copy.push(part(rule('items'), i, `${path}[${i}]`));
      return copy as T;
    }
    default: {
      if (actual !== 'object') fail(`must be an object, not ${actual}`);
      const copy = Object.create(null) as Record<string, unknown>;
      const at = (key: string) => (path ? `${path}.${key}` : key);
      for (const [key, schema] of Object.entries<JsonSchema>(rule('properties') ?? {})) {
        const item = part(schema, key, at(key), (rule('required') as string[]).includes(key));
        if (item !== undefined) copy[key] = item;
      }
      for (const [pattern, schema] of Object.entries<JsonSchema>(rule('patternProperties') ?? {})) {
        for (const key of Object.keys(value as object)) {
          const name = key.toLowerCase();
          if (!(name in copy) && new RegExp(pattern, 'u').test(key)) copy[name] = part(schema, key, at(key));
        }
      }
      if (Object.keys(copy).length < rule('minProperties')) fail('must not be empty');
      return copy as T;
    }
  }
}

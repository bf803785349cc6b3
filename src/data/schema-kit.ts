/**
 * A tiny JSON Schema subset whose nodes carry their TypeScript type.
 *
 * Why not a validation library: valibot with the same schema measured 1,944 bytes gzip on its
 * own, a sixth of the 12,000-byte budget that lit and both languages already fill. Here a
 * schema node *is* its JSON Schema fragment, so the published schema file is
 * `JSON.stringify(schema)`, the TypeScript types are `Infer<typeof schema>`, and `validate()`
 * interprets the same object: the shape is written once.
 */

declare const phantom: unique symbol;

/** A JSON Schema fragment that describes values of type `T`. */
export type Schema<T> = JsonSchema & { readonly [phantom]?: T };

/** The TypeScript type a schema node describes. */
export type Infer<S> = S extends Schema<infer T> ? T : never;

export interface JsonSchema {
  type?: 'string' | 'integer' | 'object' | 'array';
  const?: unknown;
  minLength?: number;
  maxLength?: number;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  items?: JsonSchema;
  maxItems?: number;
  properties?: Record<string, JsonSchema>;
  required?: string[];
  description?: string;
}

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

/** Thrown by `validate`; its message starts with where the value went wrong, e.g. `fullName.fr`. */
export class ValidationError extends Error {
  constructor(path: string, problem: string) {
    super(`${path || 'document'}: ${problem}`);
  }
}

const typeOf = (value: unknown) =>
  Array.isArray(value) ? 'array' : value === null ? 'null' : typeof value;

/**
 * Checks `value` against `schema` and returns a fresh copy that holds only the keys the schema
 * names. Keys come from the schema, never from the data, so `__proto__` or `constructor` in a
 * document can neither pollute a prototype nor reach the rendering.
 */
export function validate<T>(schema: Schema<T>, value: unknown, path = ''): T {
  const fail = (problem: string): never => {
    throw new ValidationError(path, problem);
  };
  if ('const' in schema) {
    return value === schema.const ? (value as T) : fail(`must be ${JSON.stringify(schema.const)}`);
  }
  const actual = typeOf(value);
  switch (schema.type) {
    case 'string': {
      if (actual !== 'string') fail(`must be a string, not ${actual}`);
      const string = (value as string).trim();
      if (string.length < schema.minLength!) fail('must not be empty');
      if (string.length > schema.maxLength!) fail(`must be at most ${schema.maxLength} characters`);
      if (schema.pattern && !new RegExp(schema.pattern).test(string)) {
        fail(`must match ${schema.pattern}`);
      }
      return string as T;
    }
    case 'integer':
      if (!Number.isInteger(value)) fail(`must be a whole number, not ${actual}`);
      if ((value as number) < schema.minimum! || (value as number) > schema.maximum!) {
        fail(`must be between ${schema.minimum} and ${schema.maximum}`);
      }
      return value as T;
    case 'array':
      if (actual !== 'array') fail(`must be a list, not ${actual}`);
      if ((value as unknown[]).length > schema.maxItems!) {
        fail(`must have at most ${schema.maxItems} items`);
      }
      return (value as unknown[]).map((item, i) =>
        validate(schema.items!, item, `${path}[${i}]`),
      ) as T;
    default: {
      if (actual !== 'object') fail(`must be an object, not ${actual}`);
      const copy: Record<string, unknown> = {};
      for (const [key, child] of Object.entries(schema.properties!)) {
        const childPath = path ? `${path}.${key}` : key;
        if (Object.hasOwn(value as object, key)) {
          copy[key] = validate(child, (value as Record<string, unknown>)[key], childPath);
        } else if (schema.required!.includes(key)) {
          throw new ValidationError(childPath, 'is missing');
        }
      }
      return copy as T;
    }
  }
}

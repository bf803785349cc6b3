import { ValidationError, own, validate } from './schema-kit.js';
import { documentSchema, type Network, networkSchema, type StringsByLanguage, stringsByLanguage } from './schema.js';

export interface ParsedDocument {
  networks: Network[];
  /** The document's interface strings, per language tag (lower case). */
  strings?: StringsByLanguage;
  /** One line per part that was dropped (an entry, the strings), naming it and what was wrong. */
  dropped: string[];
}

/** What went wrong, in words, even for a thrown value whose own `message` or `toString` throws. */
export function reasonOf(error: unknown): string {
  try {
    return error instanceof ValidationError ? error.message : `cannot be read (${String(error)})`;
  } catch {
    return 'cannot be read';
  }
}

/**
 * Reads a networks document. The envelope must be right or the whole document is refused
 * (this throws: a `ValidationError`, or whatever reading the input threw). Then each entry, and
 * the strings, are checked on their own: a bad one is dropped and named, the others are kept.
 * Everything is read through own properties into fresh copies (see `validate`).
 */
export function parseDocument(input: unknown): ParsedDocument {
  const { properties } = documentSchema;
  if (Object(input) !== input) validate(documentSchema, input);
  validate(properties!.version, own(input, 'version'), 'version');
  const entries = own(input, 'networks');
  if (entries === undefined) throw new ValidationError('networks', 'is missing');
  if (!Array.isArray(entries)) validate(properties!.networks, entries, 'networks');
  const length = own(entries, 'length') as number;
  const max = properties!.networks.maxItems!;
  if (length > max) throw new ValidationError('networks', `must have at most ${max} items`);

  const dropped: string[] = [];
  let name = '';
  /** `read()`, or, when it throws, undefined and a line in `dropped` that names the part. */
  const part = <T>(read: () => T): T | undefined => {
    try {
      return read();
    } catch (error) {
      dropped.push(`${name} dropped: ${reasonOf(error)}`);
    }
  };

  const given = own(input, 'strings');
  name = 'strings';
  const strings = given === undefined ? undefined : part(() => validate(stringsByLanguage, given, name));
  const networks: Network[] = [];
  const seen = new Set<string>();
  for (let i = 0; i < length; i++) {
    const path = (name = `networks[${i}]`);
    const network = part(() => {
      const entry = own(entries, i);
      const id = own(entry, 'id');
      // Named by its id where it has one, else by its position alone.
      if (typeof id === 'string') name = `${path} "${id.slice(0, 60)}"`;
      const network = validate(networkSchema, entry, path);
      if (seen.has(network.id)) throw new ValidationError(`${path}.id`, 'repeats an earlier id');
      return network;
    });
    if (network) {
      seen.add(network.id);
      networks.push(network);
    }
  }
  return { networks, strings, dropped };
}

import { ValidationError, own, validate } from './schema-kit.js';
import { documentSchema, type Network, type StringsByLanguage } from './schema.js';

/** Data to show: networks, and the interface strings of the document they came with. */
export interface Data {
  networks: Network[];
  /** The document's interface strings, per language tag (lower case). */
  strings?: StringsByLanguage;
}

export interface ParsedDocument extends Data {
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
 * Reads a networks document. The envelope must be right, and one entry at least valid, or the
 * whole document is refused (this throws: a `ValidationError`, or whatever reading the input
 * threw). Each entry, and the
 * strings, are checked on their own: a bad one is dropped and named, the others are kept, and
 * an entry whose id repeats an earlier one is dropped too. Everything is read through own
 * properties into fresh copies (see `validate`).
 */
export function parseDocument(input: unknown): ParsedDocument {
  const dropped: string[] = [];
  const drop = (path: string, part: unknown, error: unknown) => {
    let name = path;
    try {
      // Named by its id where it has a readable one, else by its position alone.
      const id = own(part, 'id');
      if (typeof id === 'string') name += ` "${id.slice(0, 60)}"`;
    } catch {
      // an entry that cannot even give its id
    }
    dropped.push(`${name} dropped: ${reasonOf(error)}`);
  };
  const { strings, networks } = validate(documentSchema, input, '', drop);
  const seen = new Set<string>();
  // Dropped entries left holes, so that `i` is the entry's place in the document.
  const kept = networks.filter((network, i) => {
    if (!network) return false;
    if (seen.has(network.id)) {
      drop(`networks[${i}]`, network, new ValidationError(`networks[${i}].id`, 'repeats an earlier id'));
      return false;
    }
    seen.add(network.id);
    return true;
  });
  // Nothing usable is one refusal that names every dropped entry.
  if (!kept.length) throw new ValidationError('networks', ['no valid entry', ...dropped].join('; '));
  return { networks: kept, strings, dropped };
}

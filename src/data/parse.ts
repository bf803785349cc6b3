import { ValidationError, validate } from './schema-kit.js';
import { documentSchema, type Network, networkSchema } from './schema.js';

export interface ParsedDocument {
  networks: Network[];
  /** One line per entry that was dropped, naming the entry and what was wrong with it. */
  dropped: string[];
}

/**
 * Reads a networks document. The envelope must be right or the whole document is refused
 * (a `ValidationError` is thrown); each entry is then checked on its own, so one bad entry is
 * dropped and named while the valid ones still show.
 */
export function parseDocument(value: unknown): ParsedDocument {
  const { properties } = documentSchema;
  validate(properties!.version, (value as { version?: unknown } | null)?.version, 'version');
  const entries = (value as { networks?: unknown }).networks;
  if (!Array.isArray(entries)) throw new ValidationError('networks', 'must be a list');
  if (entries.length > properties!.networks.maxItems!) {
    throw new ValidationError('networks', `must have at most ${properties!.networks.maxItems} items`);
  }
  const networks: Network[] = [];
  const dropped: string[] = [];
  const seen = new Set<string>();
  entries.forEach((entry: unknown, i) => {
    const path = `networks[${i}]`;
    const rawId = (entry as { id?: unknown } | null)?.id;
    const name = typeof rawId === 'string' ? `${path} "${rawId.slice(0, 60)}"` : path;
    try {
      const network = validate(networkSchema, entry, path);
      if (seen.has(network.id)) throw new ValidationError(`${path}.id`, 'repeats an earlier id');
      seen.add(network.id);
      networks.push(network);
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      dropped.push(`${name} dropped: ${error.message}`);
    }
  });
  return { networks, dropped };
}

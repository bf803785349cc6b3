/**
 * How the element's options (`networks`, `heading-level`, `expanded`) become what the cards
 * show: one reading for the element in the browser and for the server's HTML (src/server.ts),
 * so that the two agree on every value, good or bad.
 */
import type { Network } from './data/schema.js';

/** Says a problem once to the person who set the option (the console, in both places). */
export type Warn = (message: string) => void;

/** Ids as `networks` and `expanded` take them: separated by spaces or commas, or as an array. */
export const idsOf = (value: unknown): string[] =>
  // Anything else is read as its text, as an attribute's value would be.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  (Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[\s,]+/)).filter(Boolean);

/** The networks of `among` that `ids` names, in that order, once each; one warning names the others. */
export function pick(ids: string[], among: Network[], what: string, warn: Warn): Network[] {
  const byId = new Map(among.map((network) => [network.id, network]));
  const unknown = ids.filter((id) => !byId.has(id));
  if (unknown.length) warn(`${what}: unknown id ${unknown.join(', ')} ignored`);
  return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
}

/** The cards `networks` shows, in its order; empty (or a framework's null) shows them all. */
export const shownOf = (networks: unknown, all: Network[], warn: Warn): Network[] => {
  const wanted = idsOf(networks);
  return wanted.length ? pick(wanted, all, `networks="${wanted.join(' ')}"`, warn) : all;
};

/**
 * The ids of the cards that `expanded` opens, among those shown; in `single` mode, the first
 * of them only.
 */
export function openedBy(expanded: unknown, shown: Network[], single: boolean, warn: Warn): string[] {
  const wanted = idsOf(expanded);
  const what = `expanded="${wanted.join(' ')}"`;
  const ids = pick(wanted, shown, what, warn).map(({ id }) => id);
  if (single && ids.length > 1) {
    warn(`${what}: single mode opens only ${ids[0]}`);
    return ids.slice(0, 1);
  }
  return ids;
}

/**
 * The heading level, 2 to 6; anything else is level 2, with a warning that names the value as
 * the author wrote it (`written`: the attribute's text, when the value came from it).
 */
export function levelOf(value: unknown, written: string | null, warn: Warn): number {
  // A removed attribute (or a framework's null) is the default, without a warning.
  const level = (value ?? 2) as number;
  // NaN fails both comparisons.
  if (level >= 2 && level <= 6 && level % 1 === 0) return level;
  warn(`heading-level="${written !== null && Object.is(+written, level) ? written : level}" is not 2 to 6: level 2 is used`);
  return 2;
}

/** The show-all button shows unless asked not to, or in `single` mode, or with no card to show. */
export const showsToggleAll = (noToggleAll: boolean, single: boolean, cards: number): boolean =>
  !noToggleAll && !single && cards > 0;

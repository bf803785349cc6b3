import type { Address } from '../../src/data/schema.js';

/**
 * Which address a card links, as the README ("Data from elsewhere") documents it: a single
 * address as it is; of one address per language, the card's language, else English, else the
 * first given.
 */
export const addressFor = (address: Address, language: string): string =>
  typeof address === 'string'
    ? address
    : (address[language] ?? address.en ?? Object.values(address).find((value) => value !== undefined)!);

/** A host as link texts name it: without "www." where a name remains. */
export const hostOf = (href: string): string => new URL(href).hostname.replace(/^www\.(?=.+\.)/, '');

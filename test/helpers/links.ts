/**
 * Which address a card links, as the README ("Data from elsewhere") documents it: a single
 * address as it is; of one address per language, the card's language, else English, else the
 * first given.
 */
export const addressFor = (address: string | Record<string, string>, language: string): string =>
  typeof address === 'string' ? address : (address[language] ?? address.en ?? Object.values(address)[0]);

/** A host as link texts name it: without "www." where a name remains. */
export const hostOf = (href: string): string => new URL(href).hostname.replace(/^www\.(?=.+\.)/, '');

/**
 * The package's API without side effects: the element class, the event names and the types.
 * Importing it registers nothing, so it also loads in Node (server rendering), where the
 * package's `node` condition points to a build of this module (rollup.config.mjs).
 */
export { LilleNetworks } from './lille-networks.js';
export * from './events.js';
export type * from './data/schema.js';

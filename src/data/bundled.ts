import { bundledNetworks } from './networks.js';
import { type Data, parseDocument } from './parse.js';

/**
 * The bundled data, as the element and the server show it. It goes through validation too: its
 * copies have no prototype, so a page that set `Object.prototype.projects` before the script
 * ran adds nothing to the cards.
 */
export const bundled: Data = { networks: parseDocument({ version: 1, networks: bundledNetworks }).networks };

import { type Data, parseDocument } from './parse.js';
import type { Network } from './schema.js';
// A document of the published schema, as a web team's `src` would serve it: the one place the
// bundled content is written (the reasons behind its choices are in docs/data.md).
import bundledDocument from './networks.json';

/**
 * The bundled data, as the element and the server show it. It goes through validation too: its
 * copies have no prototype, so a page that set `Object.prototype.projects` before the script
 * ran adds nothing to the cards. The build checks the JSON against the schema's types as
 * TypeScript infers them (a link `{ fr }` beside one `{ en }` is `{ fr: string; en?: undefined }`).
 */
export const bundled: Data = { networks: parseDocument(bundledDocument satisfies { networks: Network[] }).networks };

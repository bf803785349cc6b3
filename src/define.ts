/**
 * The browser entry: registers `<lille-networks>`. Guarded, so that a CMS page that loads
 * the module and the classic script, or either one twice, still defines the element once.
 */
import { LilleNetworks } from './index.js';

if (!customElements.get('lille-networks')) customElements.define('lille-networks', LilleNetworks);

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'lille-networks': LilleNetworks;
  }
}

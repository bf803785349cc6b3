/**
 * The browser entry: registers `<lille-networks>`. Guarded, so that a CMS page that loads
 * the module and the classic script, or either one twice, still defines the element once.
 */
import { LilleNetworks } from './index.js';

/** package.json's version, written in by the build (rollup.config.mjs; the test runner's esbuild). */
declare const LILLE_NETWORKS_VERSION: string;

const defined = customElements.get('lille-networks') as { version?: string } | undefined;
// The class carries its version, for a copy loaded later to read.
if (!defined) customElements.define('lille-networks', Object.assign(LilleNetworks, { version: LILLE_NETWORKS_VERSION }));
// The copy defined first is the one shown: a page that also carries another version (a CMS block
// with its own, older bundle) would otherwise never learn why a fix or a feature is missing.
else if (defined.version !== LILLE_NETWORKS_VERSION) {
  console.warn(`<lille-networks>: version ${defined.version ?? 'unknown'} is used, not ${LILLE_NETWORKS_VERSION}`);
}

export * from './index.js';

declare global {
  interface HTMLElementTagNameMap {
    'lille-networks': LilleNetworks;
  }
}

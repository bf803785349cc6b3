/**
 * `<lille-networks>` in Svelte markup, for svelte-check and Svelte's editor tools: add
 * `/// <reference types="lille-networks/typings/svelte" />` to `src/app.d.ts`, or
 * `import type {} from 'lille-networks/typings/svelte';` to a script of your app.
 *
 * Svelte sets an attribute of a custom element as a property when the element has one of that
 * name, in the browser; on the server it writes attributes, and an object as "[object Object]":
 * give `data` and `strings` in the browser only (an attachment), not as attributes.
 * Listeners: `onlille-networks-toggle` (Svelte 5), `on:lille-networks-toggle` (Svelte 4).
 */
// Renamed: inside `svelteHTML`, the name HTMLAttributes is the namespace's own (empty) interface.
import type { HTMLAttributes as ElementAttributes } from 'svelte/elements';
import type {
  LilleNetworks,
  LilleNetworksAttributes,
  LilleNetworksListeners,
  LilleNetworksObjects,
} from './attributes.js';

declare global {
  namespace svelteHTML {
    interface IntrinsicElements {
      'lille-networks': ElementAttributes<LilleNetworks> &
        LilleNetworksAttributes &
        LilleNetworksObjects &
        LilleNetworksListeners<'on'> &
        LilleNetworksListeners<'on:'>;
    }
  }
}

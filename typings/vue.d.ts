/**
 * `<lille-networks>` in Vue 3 templates, for vue-tsc and Vue's editor tools: add
 * `/// <reference types="lille-networks/typings/vue" />` to a .d.ts of your app (`env.d.ts`), or
 * `import type {} from 'lille-networks/typings/vue';` to one of its files.
 *
 * The pattern of Vue's guide ("Non-Vue Web Components and TypeScript"): the element's
 * properties as `$props`, under their own names (Vue's tools match `:heading-level` to
 * `headingLevel`), its events as `$emit`. Both exist for type checking only.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { LilleNetworks, LilleNetworksEvents, LilleNetworksProperties } from './attributes.js';

declare module 'vue' {
  interface GlobalComponents {
    'lille-networks': new () => LilleNetworks & {
      /** @deprecated For template type checking only: not a property of the element. */
      $props: HTMLAttributes & LilleNetworksProperties & PublicProps;
      /** @deprecated For template type checking only: not a method of the element. */
      $emit: EmitFn<{ [Name in keyof LilleNetworksEvents]: (event: LilleNetworksEvents[Name]) => void }>;
    };
  }
}

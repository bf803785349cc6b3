/**
 * Vue 3 template typings for <lille-networks> (vue-tsc, Volar): add this file to your project.
 * The pattern is the one of Vue's guide ("Non-Vue Web Components and TypeScript"): the element's
 * properties as `$props`, its events as `$emit`. Both exist for type checking only.
 */
import type { EmitFn, HTMLAttributes, PublicProps } from 'vue';
import type { ErrorDetail, LilleNetworks, LoadDetail, ToggleDetail } from 'lille-networks';

type LilleNetworksEvents = {
  'lille-networks-toggle': CustomEvent<ToggleDetail>;
  'lille-networks-load': CustomEvent<LoadDetail>;
  'lille-networks-error': CustomEvent<ErrorDetail>;
};

type LilleNetworksProperties =
  | 'lang' | 'networks' | 'headingLevel' | 'single' | 'noToggleAll' | 'src' | 'timeout' | 'data' | 'strings' | 'expanded';

declare module 'vue' {
  interface GlobalComponents {
    'lille-networks': new () => LilleNetworks & {
      /** @deprecated For template type checking only: not a property of the element. */
      $props: HTMLAttributes & Partial<Pick<LilleNetworks, LilleNetworksProperties>> & PublicProps;
      /** @deprecated For template type checking only: not a method of the element. */
      $emit: EmitFn<{ [Name in keyof LilleNetworksEvents]: (event: LilleNetworksEvents[Name]) => void }>;
    };
  }
}

export {};

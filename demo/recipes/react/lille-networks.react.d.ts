/**
 * React 19 JSX typings for <lille-networks>: add this file to your project (or its content to a
 * .d.ts that TypeScript includes). React 19 passes a prop to a custom element as a *property*
 * when the element has one of that name, else as an *attribute*, and turns a function prop
 * named `on<event-name>` into `addEventListener('<event-name>', …)`.
 *
 * Options are typed here under their attribute names (`heading-level`, `no-toggle-all`), which
 * also work in server rendering, where React writes attributes. `data` and the `on…` props work
 * in client rendering only: React leaves them out of server HTML, and 19.3.1 does not set them
 * after `hydrateRoot` either (facebook/react#35446); `useLilleNetworks.ts` sets them in both.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  ErrorDetail,
  LilleNetworks,
  LoadDetail,
  NetworksDocument,
  StringsByLanguage,
  ToggleDetail,
} from 'lille-networks';

type HeadingLevel = 2 | 3 | 4 | 5 | 6;

export interface LilleNetworksProps
  extends DetailedHTMLProps<HTMLAttributes<LilleNetworks>, LilleNetworks> {
  /** Space- or comma-separated network ids: which cards show, in which order. */
  networks?: string;
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
  single?: boolean;
  'no-toggle-all'?: boolean;
  /** Ids of the cards open at first: a string in server rendering (an attribute), or an array. */
  expanded?: string | string[];
  src?: string;
  timeout?: number;
  /** Set as a property, in client rendering only: import the package before the first render. */
  data?: NetworksDocument | null;
  /** Set as a property, in client rendering only, as `data`. */
  strings?: StringsByLanguage | null;
  'onlille-networks-toggle'?: (event: CustomEvent<ToggleDetail>) => void;
  'onlille-networks-load'?: (event: CustomEvent<LoadDetail>) => void;
  'onlille-networks-error'?: (event: CustomEvent<ErrorDetail>) => void;
}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'lille-networks': LilleNetworksProps;
    }
  }
}

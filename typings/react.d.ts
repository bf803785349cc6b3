/**
 * `<lille-networks>` written directly in React 19 JSX, for TypeScript: add
 * `import type {} from 'lille-networks/typings/react';` to a file of your app (or
 * `"types": ["lille-networks/typings/react"]` to tsconfig.json). The component of
 * `lille-networks/react` needs none of this, and works with React 18 too.
 *
 * React 19 sets a prop of a custom element as a property when the element has one of that name,
 * else as an attribute, and turns `on<event-name>` into a listener. Attributes (`heading-level`)
 * also work in server rendering; `data`, `strings` and the listeners only in client rendering:
 * React leaves them out of server HTML, and sets none of them when it hydrates.
 */
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type {
  LilleNetworks,
  LilleNetworksAttributes,
  LilleNetworksListeners,
  LilleNetworksObjects,
} from './attributes.js';

export interface LilleNetworksJSX
  extends DetailedHTMLProps<HTMLAttributes<LilleNetworks>, LilleNetworks>,
    LilleNetworksAttributes,
    LilleNetworksObjects,
    LilleNetworksListeners<'on'> {}

declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'lille-networks': LilleNetworksJSX;
    }
  }
}

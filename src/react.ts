/**
 * `lille-networks/react`: `<lille-networks>` as a React component, for React 18 and 19, rendered
 * in the browser, or on the server and then hydrated.
 *
 * In the browser, Lit's own `@lit/react` gives the options, `data`, `strings` and the listeners
 * to the element as properties, from a layout effect, through its own ref; React never sees
 * them. React 18 would write each as an attribute (`data="[object Object]"`), and React 19 sets
 * no property and adds no listener on a custom element that it hydrates from server HTML.
 * Layout effects run after hydration as after a client render, before the element's first
 * render in the latter, so the bundled data never shows first there.
 *
 * On the server no element exists to take properties: the options become the element's
 * attributes (`heading-level="3"`), written in a form that React 18 and 19 both serialise the
 * same way, so that the element shows them as soon as it upgrades, before hydration.
 *
 * Importing this module defines `<lille-networks>` in the browser (once, guarded) and registers
 * nothing in Node: rollup.config.mjs leaves `./define.js` as an import of the package itself,
 * which resolves to the defining entry or, under Node's `node` condition, to the Node build.
 */
import { type EventName, createComponent } from '@lit/react';
import React, { type ForwardRefExoticComponent, type HTMLAttributes, type RefAttributes } from 'react';
import {
  type ErrorDetail,
  type LoadDetail,
  type ToggleDetail,
  LilleNetworks as LilleNetworksElement,
  errorEvent,
  loadEvent,
  toggleEvent,
} from './define.js';

export type { LilleNetworksElement };

/** A heading level that fits under the page's title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/** Properties of the element that are props under the same name and type (documented there). */
type ElementProperties = Partial<
  Pick<LilleNetworksElement, 'lang' | 'networks' | 'single' | 'noToggleAll' | 'src' | 'timeout' | 'data' | 'strings'>
>;

/**
 * The element's options, data and events as props, with the HTML attributes any element takes
 * (`id`, `className`, `aria-*`…). A `ref` reaches the element itself, for its methods
 * (`collapseAll()`) and its `expanded` ids.
 */
export interface LilleNetworksProps
  extends Omit<HTMLAttributes<LilleNetworksElement>, 'onToggle' | 'onLoad' | 'onError'>,
    ElementProperties {
  /** Level of the cards' headings, so they fit the host page's outline. Default 2. */
  headingLevel?: HeadingLevel;
  /**
   * Ids of the cards to open (space- or comma-separated, or an array). Applied when the ids
   * change, not on every render: cards a visitor opens stay open.
   */
  expanded?: string | readonly string[];
  /** A card opened or closed. */
  onToggle?: (event: CustomEvent<ToggleDetail>) => void;
  /** Data from `src` or `data` was accepted and its cards are rendered. */
  onLoad?: (event: CustomEvent<LoadDetail>) => void;
  /** Data from `src`, `data` or `strings` was refused in whole or in part. */
  onError?: (event: CustomEvent<ErrorDetail>) => void;
}

const tagName = 'lille-networks';
const displayName = 'LilleNetworks';

/** react-dom's own test for a DOM: false in Node, Deno or Bun rendering on the server. */
const canUseDOM = typeof window !== 'undefined' && typeof window.document?.createElement === 'function';

/**
 * In the browser only: `@lit/react`'s Node build sets nothing. The class is the one registered
 * under the tag, which may be another copy's (a CDN script loaded first): its properties are
 * those the element has.
 */
const WithProperties = canUseDOM
  ? createComponent({
      react: React,
      tagName,
      elementClass: (customElements.get(tagName) ?? LilleNetworksElement) as typeof LilleNetworksElement,
      events: {
        onToggle: toggleEvent as EventName<CustomEvent<ToggleDetail>>,
        onLoad: loadEvent as EventName<CustomEvent<LoadDetail>>,
        onError: errorEvent as EventName<CustomEvent<ErrorDetail>>,
      },
      displayName,
    })
  : null;

function render(
  {
    lang,
    networks,
    headingLevel,
    single,
    noToggleAll,
    expanded,
    src,
    timeout,
    data,
    strings,
    onToggle,
    onLoad,
    onError,
    className,
    ...html
  }: LilleNetworksProps,
  ref: React.ForwardedRef<LilleNetworksElement>,
) {
  // One string for the same ids, so that a new array on each render opens nothing again.
  const ids = Array.isArray(expanded) ? expanded.join(' ') : expanded;

  if (!WithProperties) {
    return React.createElement(tagName, {
      ...html,
      // React 18 writes `className` on a custom element as it is.
      class: className,
      lang,
      networks,
      'heading-level': headingLevel,
      // Present or absent, as HTML booleans are: React 18 would write `single="false"`.
      single: single ? '' : undefined,
      'no-toggle-all': noToggleAll ? '' : undefined,
      expanded: ids,
      src,
      timeout,
    });
  }

  // Options not given are not set: the element keeps its own defaults rather than `undefined`.
  const properties = Object.fromEntries(
    Object.entries({ lang, networks, headingLevel, single, noToggleAll, expanded: ids, src, timeout }).filter(
      ([, value]) => value !== undefined,
    ),
  );
  return React.createElement(WithProperties, {
    ...html,
    className,
    ...properties,
    // Always given, so that a prop left out later restores the bundled data, rather than
    // `@lit/react` setting `undefined`, which the element refuses as a document.
    data: data ?? null,
    strings: strings ?? null,
    onToggle,
    onLoad,
    onError,
    ref,
  });
}

/**
 * `<lille-networks>` for React 18 and 19: options and data as props, events as `onToggle`,
 * `onLoad`, `onError`, the element through `ref`.
 */
export const LilleNetworks: ForwardRefExoticComponent<LilleNetworksProps & RefAttributes<LilleNetworksElement>> =
  React.forwardRef(render);
LilleNetworks.displayName = displayName;

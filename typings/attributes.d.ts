/**
 * What `<lille-networks>` takes in a template, shared by the typings of each host (react.d.ts,
 * vue.d.ts, svelte.d.ts). Importing this file declares nothing for any host.
 */
import type {
  LilleNetworks,
  errorEvent,
  loadEvent,
  toggleEvent,
} from 'lille-networks';

/** A heading level that fits under the page's title. */
export type HeadingLevel = 2 | 3 | 4 | 5 | 6;

/**
 * The attributes, under their names in HTML: the ones a server writes into its markup. Values
 * are what a template gives (a number, a boolean), or the text an attribute holds.
 */
export interface LilleNetworksAttributes {
  /** A language tag (`fr`, `en`, `nl-BE`…); without it, the nearest ancestor's `lang`, then French. */
  lang?: string;
  /** Space- or comma-separated network ids: which cards show, in which order. Empty shows all. */
  networks?: string;
  /** Level of the cards' headings. Default 2. */
  'heading-level'?: HeadingLevel | `${HeadingLevel}`;
  /** At most one card is open at a time. */
  single?: boolean;
  /** Hides the "show all / hide all" button. */
  'no-toggle-all'?: boolean;
  /** Ids of the cards open at first, space- or comma-separated (an array, as a property). */
  expanded?: string | readonly string[];
  /** URL of a JSON document that replaces the bundled data. */
  src?: string;
  /** How long a `src` request may take, in milliseconds. Default 8000. */
  timeout?: number | `${number}`;
}

/**
 * The properties that have no attribute: objects, which a host can only set on the element in
 * the browser. Server-rendered markup leaves them out (or writes "[object Object]").
 */
export type LilleNetworksObjects = Partial<Pick<LilleNetworks, 'data' | 'strings'>>;

/**
 * The element's properties, under their own names, as hosts that set properties take them; the
 * types and documentation are the element's, but for the two that take more here.
 */
export type LilleNetworksProperties = Partial<
  Pick<LilleNetworks, 'lang' | 'networks' | 'single' | 'noToggleAll' | 'src' | 'timeout' | 'data' | 'strings'>
> & {
  /** Level of the cards' headings, so they fit the host page's outline. Default 2. */
  headingLevel?: HeadingLevel;
  /** Ids of the cards open at first, space- or comma-separated, or an array. */
  expanded?: string | readonly string[];
};

/** The events, by name, with the type of each: declared once, beside the element. */
export type LilleNetworksEvents = Pick<
  HTMLElementEventMap,
  typeof toggleEvent | typeof loadEvent | typeof errorEvent
>;

/** A listener per event, under a host's own prefix (`on`, `on:`) before the event's name. */
export type LilleNetworksListeners<Prefix extends string> = {
  [Name in keyof LilleNetworksEvents as `${Prefix}${Name}`]?: (event: LilleNetworksEvents[Name]) => void;
};

export type { LilleNetworks };

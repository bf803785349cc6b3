/** Names and `detail` types of the events `<lille-networks>` dispatches: declared once, here. */

/**
 * What opened or closed a card:
 * - `user`: a click, <kbd>Enter</kbd> or <kbd>Space</kbd> on the card's button;
 * - `toggle-all`: the "show all / hide all" button;
 * - `method`: `expand()`, `collapse()`, `expandAll()` or `collapseAll()`;
 * - `attribute`: the `expanded` attribute or property;
 * - `link`: a fragment in the address (`#iclei`), on load or on `hashchange`;
 * - `find`: the browser's find-in-page revealed a match inside a closed card;
 * - `single`: in `single` mode, closed because another card opened.
 */
export type ToggleSource = 'user' | 'toggle-all' | 'method' | 'attribute' | 'link' | 'find' | 'single';

export interface ToggleDetail {
  /** The id of the network whose card opened or closed. */
  id: string;
  /** True when the card is now open. */
  expanded: boolean;
  /** What caused the change. */
  source: ToggleSource;
  /** The card's place among the cards shown, from 1. */
  position: number;
  /** The language the cards are shown in (`fr`, `en`, `nl`…). */
  lang: string;
}

export type ErrorReason = 'network' | 'http' | 'timeout' | 'parse' | 'too-large' | 'invalid';

/** Told of a refusal, in whole or in part: a stable reason and a sentence naming the cause. */
export type Fail = (reason: ErrorReason, message: string) => void;

export interface ErrorDetail {
  /** What kind of failure: a stable word to branch on. */
  reason: ErrorReason;
  /** A sentence for the web team, naming the cause. */
  message: string;
}

export interface LoadDetail {
  /** The `src` URL the data came from, or `"data"` for the property. */
  source: string;
  /** How many networks the new data holds after invalid entries were dropped. */
  count: number;
}

export const toggleEvent = 'lille-networks-toggle';
export const errorEvent = 'lille-networks-error';
export const loadEvent = 'lille-networks-load';

declare global {
  interface HTMLElementEventMap {
    'lille-networks-toggle': CustomEvent<ToggleDetail>;
    'lille-networks-error': CustomEvent<ErrorDetail>;
    'lille-networks-load': CustomEvent<LoadDetail>;
  }
}

/** Names and `detail` types of the events `<lille-networks>` dispatches: declared once, here. */

export interface ToggleDetail {
  /** The id of the network whose card opened or closed. */
  id: string;
  /** True when the card is now open. */
  expanded: boolean;
}

export type ErrorReason = 'network' | 'http' | 'timeout' | 'parse' | 'too-large' | 'invalid';

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

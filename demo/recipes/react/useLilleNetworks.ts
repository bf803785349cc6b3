/**
 * Gives a <lille-networks> its `data` and its event listeners through a ref, from effects.
 *
 * Not as JSX props (`data={…}`, `onlille-networks-toggle={…}`): React 19 sets those on a custom
 * element it creates, but skips them on one it hydrates from server HTML, silently
 * (https://github.com/facebook/react/issues/35446, open in 19.3.1; PR #35474 proposes a fix).
 * Effects run alike after `createRoot` and `hydrateRoot`, so this works with or without server
 * rendering. Pass each value here only, never also as a prop: once the component re-renders,
 * React would add its own copy of the listener, and every toggle would be heard twice.
 */
import type { ErrorDetail, LilleNetworks, LoadDetail, NetworksDocument, ToggleDetail } from 'lille-networks';
import { type RefObject, useLayoutEffect } from 'react';

export interface LilleNetworksBindings {
  /** Replaces the bundled data; `null` (or left out) shows the bundled data. */
  data?: NetworksDocument | null;
  onToggle?: (event: CustomEvent<ToggleDetail>) => void;
  onLoad?: (event: CustomEvent<LoadDetail>) => void;
  onError?: (event: CustomEvent<ErrorDetail>) => void;
}

export function useLilleNetworks(
  ref: RefObject<LilleNetworks | null>,
  { data = null, onToggle, onLoad, onError }: LilleNetworksBindings,
): void {
  // Layout effects run before the browser paints and before the element's first render (a
  // microtask away), so a client-rendered element never shows the bundled data first. Listeners
  // come first, to hear the load that `data` causes.
  useListener(ref, 'lille-networks-toggle', onToggle);
  useListener(ref, 'lille-networks-load', onLoad);
  useListener(ref, 'lille-networks-error', onError);
  useLayoutEffect(() => {
    // The element ignores the value it already has: StrictMode's second run loads nothing twice.
    if (ref.current) ref.current.data = data;
  }, [ref, data]);
}

function useListener<K extends keyof HTMLElementEventMap>(
  ref: RefObject<LilleNetworks | null>,
  type: K,
  listener: ((event: HTMLElementEventMap[K]) => void) | undefined,
): void {
  useLayoutEffect(() => {
    const element = ref.current;
    if (!element || !listener) return;
    element.addEventListener(type, listener);
    return () => element.removeEventListener(type, listener);
  }, [ref, type, listener]);
}

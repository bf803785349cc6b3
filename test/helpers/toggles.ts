import type { ToggleDetail } from '../../src/events.js';

/**
 * Records every `lille-networks-toggle` that reaches the document (so: it bubbles), in order,
 * from now on. The listener's removal goes into `cleanups`, which the test file empties in
 * its afterEach.
 */
export function recordToggles(cleanups: (() => void)[]): ToggleDetail[] {
  const seen: ToggleDetail[] = [];
  const listener = (event: Event) => seen.push((event as CustomEvent<ToggleDetail>).detail);
  document.addEventListener('lille-networks-toggle', listener);
  cleanups.push(() => document.removeEventListener('lille-networks-toggle', listener));
  return seen;
}

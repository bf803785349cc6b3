import type { ToggleDetail } from '../../src/events.js';

/**
 * Records every `lille-networks-toggle` that reaches the document (so: it bubbles), in order,
 * from now on, keeping the `fields` of each `detail` (by default `id` and `expanded`). The
 * listener's removal goes into `cleanups`, which the test file empties in its afterEach.
 */
export function recordToggles(
  cleanups: (() => void)[],
  fields: (keyof ToggleDetail)[] = ['id', 'expanded'],
): Partial<ToggleDetail>[] {
  const seen: Partial<ToggleDetail>[] = [];
  const listener = (event: Event) => {
    const { detail } = event as CustomEvent<ToggleDetail>;
    seen.push(Object.fromEntries(fields.map((field) => [field, detail[field]])));
  };
  document.addEventListener('lille-networks-toggle', listener);
  cleanups.push(() => document.removeEventListener('lille-networks-toggle', listener));
  return seen;
}

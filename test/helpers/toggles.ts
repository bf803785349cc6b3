import type { ToggleDetail } from '../../src/events.js';
import { onCleanup } from './page.js';

type Field = keyof ToggleDetail | 'target';

/**
 * Records every `lille-networks-toggle` that reaches the document (so: it bubbles), in order,
 * from now until the test ends, keeping the `fields` of each `detail` (by default `id` and
 * `expanded`), and the event's `target` if asked.
 */
export function recordToggles(fields: Field[] = ['id', 'expanded']): Partial<ToggleDetail & { target: EventTarget | null }>[] {
  const seen: Partial<ToggleDetail & { target: EventTarget | null }>[] = [];
  const listener = (event: Event) => {
    const { detail } = event as CustomEvent<ToggleDetail>;
    seen.push(Object.fromEntries(fields.map((field) => [field, field === 'target' ? event.target : detail[field]])));
  };
  document.addEventListener('lille-networks-toggle', listener);
  onCleanup(() => document.removeEventListener('lille-networks-toggle', listener));
  return seen;
}

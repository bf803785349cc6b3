/**
 * Angular (standalone component, Angular 17.1+ for signal inputs): <lille-networks> in a template.
 * Not type-checked here (no Angular in this repository): a reference snippet.
 *
 * CUSTOM_ELEMENTS_SCHEMA lets the template use an element Angular does not know. Angular sets
 * `[name]` bindings as properties and `[attr.name]` bindings as attributes, and listens to
 * `(event-name)` with addEventListener. Load the bundle once, e.g. `import 'lille-networks';`
 * in main.ts.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, input, signal } from '@angular/core';
import type { ErrorDetail, NetworksDocument, ToggleDetail } from 'lille-networks';

@Component({
  selector: 'app-european-networks',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <lille-networks
      lang="fr"
      networks="eurocities polis"
      [attr.heading-level]="3"
      [data]="document()"
      (lille-networks-toggle)="onToggle($event)"
      (lille-networks-error)="onError($event)"
    ></lille-networks>
    <p>{{ open().length }} open</p>
  `,
})
export class EuropeanNetworksComponent {
  /** A networks document from the app, or null for the bundled data. */
  readonly document = input<NetworksDocument | null>(null);
  readonly open = signal<string[]>([]);

  // With CUSTOM_ELEMENTS_SCHEMA, $event is typed Event: narrow it to the documented detail.
  onToggle(event: Event): void {
    const { id, expanded } = (event as CustomEvent<ToggleDetail>).detail;
    this.open.update((ids) => (expanded ? [...ids, id] : ids.filter((other) => other !== id)));
  }

  onError(event: Event): void {
    const { reason, message } = (event as CustomEvent<ErrorDetail>).detail;
    console.warn(`lille-networks: ${reason}: ${message}`);
  }
}

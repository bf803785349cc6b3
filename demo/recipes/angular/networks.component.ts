/**
 * Angular (standalone component, Angular 17.2+ for signal inputs and viewChild): <lille-networks>
 * in a template. Built with `ng build` and strictTemplates by test/node/angular.test.mjs
 * (test/hosts/angular/).
 *
 * CUSTOM_ELEMENTS_SCHEMA lets the template use an element Angular does not know. Angular sets
 * `[name]` bindings as properties and `[attr.name]` bindings as attributes, and listens to
 * `(event-name)` with addEventListener. Load the bundle once, e.g. `import 'lille-networks';`
 * in main.ts.
 */
import { Component, CUSTOM_ELEMENTS_SCHEMA, ElementRef, input, signal, viewChild } from '@angular/core';
import type { ErrorDetail, LilleNetworks, NetworksDocument, ToggleDetail } from 'lille-networks';

@Component({
  selector: 'app-european-networks',
  standalone: true,
  schemas: [CUSTOM_ELEMENTS_SCHEMA],
  template: `
    <lille-networks
      #networks
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
  // The element itself, for its methods: a parent cannot reach into this template.
  private readonly networks = viewChild.required<ElementRef<LilleNetworks>>('networks');

  // With CUSTOM_ELEMENTS_SCHEMA, $event is typed Event: narrow it to the documented detail.
  onToggle(event: Event): void {
    const { id, expanded } = (event as CustomEvent<ToggleDetail>).detail;
    this.open.update((ids) => (expanded ? [...ids, id] : ids.filter((other) => other !== id)));
  }

  onError(event: Event): void {
    const { reason, message } = (event as CustomEvent<ErrorDetail>).detail;
    console.warn(`lille-networks: ${reason}: ${message}`);
  }

  collapseAll(): void {
    this.networks().nativeElement.collapseAll();
  }
}

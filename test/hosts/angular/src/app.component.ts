import { Component } from '@angular/core';
import type { NetworksDocument } from 'lille-networks';
import { EuropeanNetworksComponent } from '../../../../demo/recipes/angular/networks.component';
// Not the bundled data: the cards prove that [data] reached the element.
import example from '../../../../demo/networks.example.json';

@Component({
  selector: 'app-root',
  imports: [EuropeanNetworksComponent],
  template: `
    <h1>European networks</h1>
    <app-european-networks #section [document]="document" />
    <p role="status">Open cards: {{ section.open().join(', ') || 'none' }}</p>
    <button type="button" (click)="section.collapseAll()">Close all cards</button>
  `,
})
export class AppComponent {
  // JSON imports widen `version: 1` to a number; the element validates the document anyway.
  readonly document = example as NetworksDocument;
}

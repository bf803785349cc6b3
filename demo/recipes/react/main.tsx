/**
 * The app of demo/recipes/react.html: NetworksSection rendered by React 19 in the browser, given
 * the example document as its data. `npm run build` bundles it into dist/demo/react.js
 * (scripts/build-react-demo.mjs), as a partner's bundler would, with `lille-networks/react`.
 */
import type { NetworksDocument } from 'lille-networks';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { NetworksSection } from './NetworksSection';

// Relative to the page: demo/networks.example.json, whose first summary says it is example data.
const networksDocument = (await (await fetch('../networks.example.json')).json()) as NetworksDocument;

createRoot(document.getElementById('app')!).render(
  <StrictMode>
    <NetworksSection networksDocument={networksDocument} />
  </StrictMode>,
);

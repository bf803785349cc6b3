/**
 * The app of demo/recipes/react.html: NetworksSection rendered by React 19 in the browser, given
 * the example document as its data. `npm run build` bundles it into dist/demo/react.js
 * with esbuild (package.json's `build:react-demo`), as a partner's bundler would: React in
 * production mode, and `lille-networks/react` resolved by name through the package's `exports`.
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

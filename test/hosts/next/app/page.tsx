import { renderToString } from 'lille-networks/server';
import type { NetworksDocument } from 'lille-networks';
import { DefineLilleNetworks } from './define-lille-networks';
import { LastToggled } from './last-toggled';
import networks from './networks.json';

// Rendered per request, as a page whose document comes from a CMS would be.
export const dynamic = 'force-dynamic';

export default function Page() {
  const markup = renderToString({ lang: 'en', headingLevel: 2, data: networks as NetworksDocument });
  return (
    <main>
      <h1>Our European networks</h1>
      {/*
        The browser attaches the declarative shadow root as it parses, so the wrapper's
        innerHTML is never the string React wrote: React's development build compares them and
        would report a mismatch. Production builds compare nothing here.
      */}
      <div dangerouslySetInnerHTML={{ __html: markup }} suppressHydrationWarning />
      <LastToggled />
      <DefineLilleNetworks />
    </main>
  );
}

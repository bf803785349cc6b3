/**
 * React 18 or 19: <lille-networks> in a component, through the package's React entry, for
 * client rendering and server rendering alike. Type-checked by test/node/types.test.mjs and run
 * by test/node/react.test.mjs.
 */
import type { NetworksDocument } from 'lille-networks';
import { LilleNetworks, type LilleNetworksElement } from 'lille-networks/react';
import { useRef, useState } from 'react';

export function NetworksSection({ networksDocument }: { networksDocument: NetworksDocument | null }) {
  const [open, setOpen] = useState<string[]>([]);
  const widget = useRef<LilleNetworksElement>(null);

  return (
    <section>
      <button type="button" onClick={() => widget.current?.collapseAll()}>
        Close all ({open.length} open)
      </button>
      <LilleNetworks
        ref={widget}
        lang="en"
        headingLevel={3}
        networks="eurocities polis"
        data={networksDocument}
        onToggle={({ detail }) =>
          setOpen((ids) => (detail.expanded ? [...ids, detail.id] : ids.filter((id) => id !== detail.id)))
        }
      />
    </section>
  );
}

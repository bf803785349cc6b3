/**
 * React 19: <lille-networks> in a component, for client rendering and server rendering alike.
 * Attributes go in JSX (React writes them in server HTML too); `data` and the listeners go
 * through `useLilleNetworks`, which works round facebook/react#35446 (see that file).
 * Type-checked by `node scripts/check-embedding.mjs`, run by test/node/react.test.mjs.
 */
import 'lille-networks'; // defines the element in the browser; registers nothing in Node
import type { LilleNetworks, NetworksDocument } from 'lille-networks';
import { useRef, useState } from 'react';
import { useLilleNetworks } from './useLilleNetworks';

export function NetworksSection({ networksDocument }: { networksDocument: NetworksDocument | null }) {
  const [open, setOpen] = useState<string[]>([]);
  const widget = useRef<LilleNetworks>(null);
  useLilleNetworks(widget, {
    data: networksDocument,
    onToggle: ({ detail }) =>
      setOpen((ids) => (detail.expanded ? [...ids, detail.id] : ids.filter((id) => id !== detail.id))),
  });

  return (
    <section>
      <button type="button" onClick={() => widget.current?.collapseAll()}>
        Close all ({open.length} open)
      </button>
      <lille-networks ref={widget} lang="en" heading-level={3} networks="eurocities polis" />
    </section>
  );
}

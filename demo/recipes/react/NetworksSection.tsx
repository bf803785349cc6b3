/**
 * React 19: <lille-networks> in a component. Importing the package defines the element before
 * React renders it, so React finds its properties (`data`, `expanded`, …) and sets them as
 * properties rather than as attributes. Type-checked by `node scripts/check-embedding.mjs`.
 */
import 'lille-networks';
import type { LilleNetworks, NetworksDocument, ToggleDetail } from 'lille-networks';
import { useRef, useState } from 'react';

export function NetworksSection({ document }: { document: NetworksDocument | null }) {
  const [open, setOpen] = useState<string[]>([]);
  const widget = useRef<LilleNetworks>(null);
  const onToggle = ({ detail }: CustomEvent<ToggleDetail>) =>
    setOpen((ids) => (detail.expanded ? [...ids, detail.id] : ids.filter((id) => id !== detail.id)));

  return (
    <section>
      <button type="button" onClick={() => widget.current?.collapseAll()}>
        Close all ({open.length} open)
      </button>
      <lille-networks
        ref={widget}
        lang="en"
        heading-level={3}
        networks="eurocities polis"
        data={document}
        onlille-networks-toggle={onToggle}
        onlille-networks-error={(event) => console.warn(event.detail.reason, event.detail.message)}
      />
    </section>
  );
}

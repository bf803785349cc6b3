/** Must compile: the element in JSX with the package's typings, and the React component. */
import type { NetworksDocument, ToggleDetail } from 'lille-networks';
import { LilleNetworks, type LilleNetworksElement } from 'lille-networks/react';
import type {} from 'lille-networks/typings/react';
import { useRef } from 'react';

declare const networksDocument: NetworksDocument;
const hear = (detail: ToggleDetail) => detail.id;

export function Direct() {
  const widget = useRef<LilleNetworksElement>(null);
  return (
    <lille-networks
      ref={widget}
      lang="en"
      heading-level={3}
      networks="eurocities polis"
      single
      no-toggle-all={false}
      expanded="eurocities"
      src="/networks.json"
      timeout={5000}
      data={networksDocument}
      strings={{ en: { showAll: 'Every network' } }}
      onlille-networks-toggle={(event) => hear(event.detail)}
      onlille-networks-load={(event) => event.detail.count}
      onlille-networks-error={(event) => event.detail.reason}
      className="partner"
      aria-label="European networks"
      onClick={() => widget.current?.collapseAll()}
    />
  );
}

export function Component() {
  const widget = useRef<LilleNetworksElement>(null);
  return (
    <LilleNetworks
      ref={widget}
      lang="en"
      headingLevel={3}
      networks="eurocities polis"
      single
      noToggleAll
      expanded={['eurocities', 'polis']}
      src="/networks.json"
      timeout={5000}
      data={networksDocument}
      strings={null}
      onToggle={(event) => hear(event.detail)}
      onLoad={(event) => event.detail.source}
      onError={(event) => event.detail.message}
      className="partner"
      id="networks"
      aria-label="European networks"
      onClick={() => widget.current?.expandAll()}
    />
  );
}

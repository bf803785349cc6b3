'use client';
import { useEffect, useState } from 'react';
import type { ToggleDetail } from 'lille-networks';

/** Says which card was opened or closed last: React state, fed by the element's events. */
export function LastToggled() {
  const [last, setLast] = useState<string | null>(null);
  const [hydrated, setHydrated] = useState(false);

  useEffect(() => {
    setHydrated(true);
    const onToggle = (event: Event) => {
      const { id, expanded } = (event as CustomEvent<ToggleDetail>).detail;
      setLast(`${id} ${expanded ? 'opened' : 'closed'}`);
    };
    document.addEventListener('lille-networks-toggle', onToggle);
    return () => document.removeEventListener('lille-networks-toggle', onToggle);
  }, []);

  if (!hydrated) return <p>Loading the page's script…</p>;
  return <p>Last card toggled: {last ?? 'none'}</p>;
}

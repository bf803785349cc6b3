'use client';
// Defines <lille-networks> in the browser, where it takes over the markup the server printed.
// When Next renders this component on the server, Node's entry of the package is the one
// loaded, and it defines nothing.
import 'lille-networks';

export function DefineLilleNetworks() {
  return null;
}

/**
 * The page's address, as links and the address bar change it. Each helper puts the test page's
 * own address back after the test, as a new page load would leave it: no fragment, none
 * remembered as followed, scrolled to the top.
 */
import { oneEvent } from '@open-wc/testing';
import { onCleanup } from './page.js';

const address = location.pathname + location.search;

/**
 * The element forgets the fragment it followed on a hashchange, which it hears only while an
 * instance is connected; by the time the cleanup runs, @open-wc/testing has removed every
 * fixture, so one is connected for the event, then removed.
 */
function asIfNewPage(): void {
  history.replaceState(history.state, '', address);
  const listening = document.body.appendChild(document.createElement('lille-networks'));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  listening.remove();
  window.scrollTo(0, 0);
}

/** Puts the address back after the test (for a test that changes it otherwise, as a link's click). */
export const restoreAddress = (): void => onCleanup(asIfNewPage, 'address');

/** The page as if loaded with `#fragment` in its address (no hashchange). */
export function loadedWith(fragment: string): void {
  restoreAddress();
  history.replaceState(history.state, '', `${address}#${fragment}`);
}

/** Sets the fragment the way a link or the address bar does, and waits for its hashchange. */
export async function navigateTo(fragment: string): Promise<void> {
  restoreAddress();
  const changed = oneEvent(window, 'hashchange');
  location.hash = fragment;
  await changed;
}

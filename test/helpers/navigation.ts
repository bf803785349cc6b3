/**
 * What a new page load gives the next test: the test page's own address, and no fragment
 * remembered as followed. The element forgets the fragment it followed on a hashchange, which it
 * hears only while an instance is connected; by the time a test file's afterEach runs,
 * @open-wc/testing's fixture cleanup (registered first) has removed every instance, so one is
 * connected for the event, then removed.
 */
export function asIfNewPage(address: string): void {
  history.replaceState(history.state, '', address);
  const listening = document.body.appendChild(document.createElement('lille-networks'));
  window.dispatchEvent(new HashChangeEvent('hashchange'));
  listening.remove();
}

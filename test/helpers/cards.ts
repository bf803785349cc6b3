/**
 * Small, generic queries into a <lille-networks> element's shadow root, shared by the test
 * files. Everything here only reads the DOM; nothing waits or changes state. No module of src/
 * is imported (only types): the files that load the element late import these too.
 */
import { expect } from '@open-wc/testing';
import type { LilleNetworks } from '../../src/lille-networks.js';

/**
 * The bundled networks' ids, in the order of Lille Métropole's own "European networks" page
 * (the order the cards keep); the ids a page links to (README, "Deep links").
 */
export const pageOrder = ['eurocities', 'polis', 'afccre', 'iclei', 'oasc', 'energy-cities'];

const root = (el: LilleNetworks | HTMLElement): ShadowRoot => {
  if (!el.shadowRoot) throw new Error('<lille-networks> has no shadow root yet');
  return el.shadowRoot;
};

/** Every card (`part="card"`), in display order. */
export const cards = (el: LilleNetworks | HTMLElement): HTMLElement[] =>
  [...root(el).querySelectorAll<HTMLElement>('[part~="card"]')];

/** Every card's toggle button (`part="button"`), in display order. */
export const buttons = (el: LilleNetworks | HTMLElement): HTMLButtonElement[] =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button[part~="button"]')];

/** The toggle button of network `id`; throws if there is none. */
export const button = (el: LilleNetworks | HTMLElement, id: string): HTMLButtonElement => {
  const found = buttons(el).find((b) => b.dataset.id === id);
  if (!found) throw new Error(`no button for network "${id}"`);
  return found;
};

/** The card (`part="card"`) of network `id`; throws if there is none. */
export const card = (el: LilleNetworks | HTMLElement, id: string): HTMLElement => button(el, id).closest('[part~="card"]')!;

/** The panel (the region a button controls) of network `id`; throws if there is none. */
export const panel = (el: LilleNetworks | HTMLElement, id: string): HTMLElement => {
  const b = button(el, id);
  const found = root(el).getElementById(b.getAttribute('aria-controls') ?? '');
  if (!found) throw new Error(`no panel for network "${id}"`);
  return found;
};

/** The "show all / hide all" button, or null when it is not rendered. */
export const toggleAll = (el: LilleNetworks | HTMLElement): HTMLButtonElement | null =>
  root(el).querySelector<HTMLButtonElement>('button[part~="toggle-all"]');

/**
 * Whether a person can see an element: it is rendered, not `visibility: hidden`, inside no
 * `content-visibility: hidden` ancestor, and its box has an area. The area check matters for
 * panels: a panel hidden "until found" keeps a box of zero height (its content is skipped),
 * which `checkVisibility()` alone still counts as visible.
 */
export const isShown = (element: Element): boolean => {
  const rendered =
    typeof element.checkVisibility === 'function'
      ? element.checkVisibility({ visibilityProperty: true })
      : element.getClientRects().length > 0;
  const { width, height } = element.getBoundingClientRect();
  return rendered && width > 0 && height > 0;
};

/** Text with runs of whitespace collapsed, trimmed. */
export const text = (node: Node | null | undefined): string =>
  (node?.textContent ?? '').replace(/\s+/g, ' ').trim();

/** The ids of the shown cards, in display order. */
export const ids = (el: LilleNetworks | HTMLElement): string[] =>
  buttons(el).map((b) => b.dataset.id ?? '');

/** The text of the summary inside network `id`'s button. */
export const summary = (el: LilleNetworks | HTMLElement, id: string): string =>
  text(button(el, id).querySelector('[part~="summary"]'));

/** The tag name of each card's heading (`h2`…), in display order. */
export const headingTags = (el: LilleNetworks | HTMLElement): string[] =>
  buttons(el).map((b) => b.parentElement!.localName);

/**
 * The name an element gets from its content, as a screen reader speaks it: its text without
 * what is aria-hidden, no space before a comma (Chromium puts one around the visually hidden
 * ", " because it is out of flow; it is not read).
 */
export const nameFromContent = (element: Element): string => {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return spoken(text(clone));
};
export const spoken = (name: string | undefined): string =>
  (name ?? '').replace(/\s+/g, ' ').replace(/ ([,.;:])/g, '$1').trim();

/** Asserts, from what is rendered, which cards are open: `expanded`, aria-expanded and panels. */
export function expectOpen(el: LilleNetworks, open: string[]): void {
  expect(el.expanded).to.deep.equal(open);
  for (const id of ids(el)) {
    const isOpen = open.includes(id);
    expect(button(el, id).getAttribute('aria-expanded'), `aria-expanded of ${id}`).to.equal(String(isOpen));
    expect(isShown(panel(el, id)), `panel of ${id} shown`).to.equal(isOpen);
  }
}

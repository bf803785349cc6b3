/**
 * Deep links: an address whose fragment is a network's id (`#iclei`) opens that card, brings it
 * into view and moves focus to its button, on load and on `hashchange`. One fragment is followed
 * by one instance only: the first in page order that shows that card.
 */

/** What deep links need of an element: whether it shows a card, and to open it into view. */
export interface Linkable extends Element {
  _position(id: string): number;
  _reveal(id: string): void;
}

/** The connected instances. */
const instances = new Set<Linkable>();
/** The fragment last followed: moving an element, or adding another, must not follow it again. */
let followed: string | undefined;

/**
 * Follows the address's fragment, in one pass over the instances, so that a page with many of
 * them does not scroll to and focus each in turn. The page's own anchors win (an article's
 * heading, a skip link's target): the fragment is theirs wherever the page, outside any widget,
 * has an element it names.
 */
export const follow = (event?: Event): void => {
  const { hash } = location;
  // A hashchange is a new navigation, even back to the fragment followed last.
  if (event) followed = undefined;
  let id: string;
  try {
    id = decodeURIComponent(hash.slice(1));
  } catch {
    return;
  }
  if (hash === followed || document.getElementById(id) || document.querySelector(`a[name="${CSS.escape(id)}"]`)) return;
  let first: Linkable | undefined;
  for (const element of instances) {
    // 2: DOCUMENT_POSITION_PRECEDING, `element` comes before `first`.
    if (element._position(id) && (!first || first.compareDocumentPosition(element) & 2)) first = element;
  }
  if (first) {
    followed = hash;
    first._reveal(id);
  }
};

/** An element joins the page's instances: the first one makes the page listen to `hashchange`. */
export function join(element: Linkable): void {
  if (!instances.size) window.addEventListener('hashchange', follow);
  instances.add(element);
}

/** An element leaves: the last one stops the listening, so that nothing stays behind. */
export function leave(element: Linkable): void {
  instances.delete(element);
  if (!instances.size) window.removeEventListener('hashchange', follow);
}

/**
 * Page side of scripts/bench.mjs, loaded by bench/render.html next to /dist/lille-networks.js.
 * It holds no data and no markup of its own: scripts/bench.mjs hands it the networks document
 * (for the widget) and the native markup (for the native baseline), which `nativeFrom` makes
 * from the element's own server markup of the same document. Times are performance.now() differences in
 * milliseconds. "Rendered" always means: the DOM is built and style + layout have been forced
 * synchronously (`offsetHeight`), for the widget and the native baseline alike; paint is not
 * included.
 */
const stage = document.getElementById('stage');

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const forceLayout = () => void stage.offsetHeight;

/** The widget reads its language from its ancestors: the stage carries the bench's one. */
export const setLanguage = (language) => {
  stage.lang = language;
};

const count = (kind) =>
  kind === 'widget'
    ? stage.querySelector('lille-networks')?.shadowRoot.querySelectorAll('[part=card]').length ?? 0
    : stage.querySelectorAll('details').length;

// ---- The native baseline ----------------------------------------------------------------------

/**
 * The native baseline of `markup`, the element's server markup (renderToString): each card as
 * <details>, whose <summary> holds the card's heading with what its button holds (name, hidden
 * comma, summary), then what its panel holds, all of it the element's own templates' output;
 * before the cards, a plain button where the element has "show all".
 */
export function nativeFrom(markup) {
  const root = window.Document.parseHTMLUnsafe(markup).querySelector('lille-networks').shadowRoot;
  const wrapper = root.querySelector('[lang]');
  const native = document.createElement('div');
  native.lang = wrapper.lang;
  const button = native.appendChild(document.createElement('button'));
  button.type = 'button';
  button.textContent = wrapper.querySelector('[part=toggle-all]').textContent;
  for (const card of root.querySelectorAll('[part=card]')) {
    const details = native.appendChild(document.createElement('details'));
    const summary = details.appendChild(document.createElement('summary'));
    const heading = summary.appendChild(document.createElement(card.querySelector('[part=heading]').localName));
    heading.append(...card.querySelector('[part=button]').childNodes);
    const panel = details.appendChild(document.createElement('div'));
    panel.className = 'panel';
    panel.append(...card.querySelector('[part=panel]').childNodes);
  }
  return native.outerHTML;
}

// ---- First render -------------------------------------------------------------------------------

/**
 * Widget: `input` is a networks document, set as `data` on a new element (validation included).
 * Native: `input` is HTML, set as the stage's `innerHTML`.
 * `script`: until the DOM is built (widget: `updateComplete`); `total`: plus forced style + layout.
 */
export async function firstRender(kind, input, expected) {
  stage.replaceChildren();
  await nextFrame();
  let t1;
  const t0 = performance.now();
  if (kind === 'widget') {
    const element = document.createElement('lille-networks');
    element.data = input;
    stage.append(element);
    await element.updateComplete;
    t1 = performance.now();
  } else {
    stage.innerHTML = input;
    t1 = performance.now();
  }
  forceLayout();
  const t2 = performance.now();
  const cards = count(kind);
  if (cards !== expected) throw new Error(`${kind}: ${cards} cards rendered instead of ${expected}`);
  return { script: t1 - t0, total: t2 - t0, elements: elementsOf(kind) };
}

/** The elements that make the rendered cards: the widget's shadow tree, the native markup. */
const elementsOf = (kind) =>
  (kind === 'widget' ? stage.querySelector('lille-networks').shadowRoot : stage).querySelectorAll('*').length;

// ---- Toggling one card (after firstRender on the same page) -----------------------------------

/** Indices of the cards toggled: spread over the list, never the first one only. */
const picks = (total, how) => [...new Set(Array.from({ length: how }, (_, i) => Math.floor(((i + 0.5) * total) / how)))];

/**
 * Opens then closes `how` cards, one at a time, by a click, as a person would: the widget's card
 * button, the native card's <summary>. Returns `{ total, script }` for each open and each close
 * (`script`: until `updateComplete` for the widget, until `click()` returned for the native card).
 */
export async function toggles(kind, how) {
  const open = [];
  const close = [];
  const element = stage.querySelector('lille-networks');
  const targets =
    kind === 'widget' ? element.shadowRoot.querySelectorAll('[part=button]') : stage.querySelectorAll('summary');
  const isOpen = (target) =>
    kind === 'widget' ? target.getAttribute('aria-expanded') === 'true' : target.parentElement.open;
  for (const i of picks(targets.length, how)) {
    for (const times of [open, close]) {
      await nextFrame();
      const t0 = performance.now();
      targets[i].click();
      if (kind === 'widget') await element.updateComplete;
      const t1 = performance.now();
      forceLayout();
      times.push({ total: performance.now() - t0, script: t1 - t0 });
      if (isOpen(targets[i]) !== (times === open)) throw new Error(`${kind}: card ${i} did not ${times === open ? 'open' : 'close'}`);
    }
  }
  return { open, close };
}

// ---- Same content on both sides -------------------------------------------------------------------

/** Every non-empty text of `root`, trimmed (separators such as the hidden ", " left out), sorted. */
const textsOf = (root) => {
  const walker = document.createTreeWalker(root, window.NodeFilter.SHOW_TEXT);
  const texts = [];
  while (walker.nextNode()) {
    const text = walker.currentNode.data.replace(/\s+/g, ' ').trim();
    if (text && text !== ',') texts.push(text);
  }
  return texts.sort();
};

/**
 * Renders the widget from `document`, then the native markup `html`, and returns the texts of
 * each, so that scripts/bench.mjs can check that both show the same content; and the links.
 */
export async function contents(document, html, expected) {
  await firstRender('widget', document, expected);
  const root = stage.querySelector('lille-networks').shadowRoot;
  const links = (scope) => [...scope.querySelectorAll('a')].map((a) => `${a.href} ${a.textContent.trim()}`).sort();
  const widget = { texts: textsOf(root), links: links(root) };
  await firstRender('native', html, expected);
  return { widget, native: { texts: textsOf(stage), links: links(stage) } };
}

// ---- DOM mutations outside the toggled card ----------------------------------------------------

/**
 * Clicks the button of the middle card while a MutationObserver watches the whole shadow root
 * (subtree, child lists, attributes, text). Records whose target is inside the toggled card are
 * expected (aria-expanded, hidden); any other record is a mutation outside it.
 */
export async function mutations() {
  const element = stage.querySelector('lille-networks');
  const root = element.shadowRoot;
  const buttons = root.querySelectorAll('[part=button]');
  const button = buttons[Math.floor(buttons.length / 2)];
  const card = button.closest('[part=card]');
  const result = [];
  for (const action of ['open', 'close']) {
    await nextFrame();
    // Records reach the callback at the next microtask checkpoint (while awaiting the update):
    // collect them there, then take whatever is still queued.
    const records = [];
    const observer = new MutationObserver((list) => records.push(...list));
    observer.observe(root, { subtree: true, childList: true, attributes: true, characterData: true });
    button.click();
    await element.updateComplete;
    await nextFrame();
    records.push(...observer.takeRecords());
    observer.disconnect();
    if (button.getAttribute('aria-expanded') !== String(action === 'open')) throw new Error(`mutations: the card did not ${action}`);
    const outside = records.filter((r) => !card.contains(r.target));
    if (records.length === outside.length) throw new Error('mutations: no record inside the toggled card; the observer missed the update');
    result.push({
      action,
      cards: buttons.length,
      inside: records.length - outside.length,
      outside: outside.length,
      examples: outside.slice(0, 5).map((r) => `${r.type} ${r.attributeName ?? ''} on <${r.target.nodeName?.toLowerCase()}>`),
    });
  }
  return result;
}

// ---- Memory: many instances on one page ------------------------------------------------------------

/**
 * Adds `instances` elements with the bundled data (widget), or `instances` copies of `html`, the
 * native markup of the bundled networks; each must show `cards` cards.
 */
export async function addInstances(kind, instances, cards, html) {
  if (kind === 'widget') {
    const elements = Array.from({ length: instances }, () => document.createElement('lille-networks'));
    stage.append(...elements);
    await Promise.all(elements.map((element) => element.updateComplete));
    const shown = elements.reduce((sum, e) => sum + e.shadowRoot.querySelectorAll('[part=card]').length, 0);
    if (shown !== instances * cards) throw new Error(`widget: ${shown} cards for ${instances} instances`);
  } else {
    for (let i = 0; i < instances; i++) stage.insertAdjacentHTML('beforeend', html);
    const shown = stage.querySelectorAll('details').length;
    if (shown !== instances * cards) throw new Error(`native: ${shown} cards for ${instances} copies`);
  }
  forceLayout();
  await nextFrame();
}

export const ready = customElements.whenDefined('lille-networks');

window.bench = { setLanguage, nativeFrom, firstRender, toggles, contents, mutations, addInstances, ready };

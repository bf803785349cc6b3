/**
 * Page side of scripts/bench.mjs, loaded by bench/render.html next to /dist/lille-networks.js.
 * Every function is called once per fresh page load through `window.bench`; times are
 * performance.now() differences in milliseconds. "Rendered" always means: the DOM is built
 * and style + layout have been forced synchronously (`offsetHeight`), for the widget and the
 * native baseline alike; paint is not included.
 */
const stage = document.getElementById('stage');

const nextFrame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
const forceLayout = () => void stage.offsetHeight;

/**
 * The bundled networks (cloned with ids x-1…x-N) and the element's French strings, both read by
 * scripts/bench.mjs from src/, so that the native baseline shows the same content as the widget.
 */
let source = [];
let t = {};
export const setSource = ({ networks, strings }) => {
  source = networks;
  t = strings;
};

export const makeDocument = (count) => ({
  version: 1,
  networks: Array.from({ length: count }, (_, i) => ({
    ...structuredClone(source[i % source.length]),
    id: `x-${i + 1}`,
  })),
});

// ---- The native baseline: the same content as <details>/<summary>, set with innerHTML --------

const escapes = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;' };
const esc = (text) => String(text).replace(/[&<>"]/g, (c) => escapes[c]);
const say = (text) => esc(text.fr);
const fact = (label, value) => `<div><dt>${label}</dt><dd>${value}</dd></div>`;
const list = (items) => `<ul>${items.map((item) => `<li>${say(item)}</li>`).join('')}</ul>`;
const link = (address, label) => {
  const url = new URL(address);
  return `<p><a href="${esc(url.href)}">${label} ${esc(url.hostname)}</a></p>`;
};
const project = (p) => `<div class="project">
  <p class="label">${t.project} ${esc(p.name)}</p><p>${say(p.fullName)}</p><p>${say(p.description)}</p>
  <dl>${fact(t.period, say(p.period))}${p.partners ? fact(t.partners, say(p.partners)) : ''}</dl>
  ${p.website ? link(p.website, t.website) : ''}</div>`;
const card = (n) => `<details class="card" id="${esc(n.id)}">
  <summary><h2 class="heading"><span class="name">${esc(n.shortName)}</span><span class="visually-hidden">, </span>
  <span class="summary">${say(n.summary)}</span></h2></summary>
  <div class="panel">
    <p>${say(n.description)}</p>
    <dl>
      ${n.fullName.fr === n.shortName ? '' : fact(t.fullName, say(n.fullName))}
      ${n.founded ? fact(t.founded, say(n.founded)) : ''}
      ${n.seat ? fact(t.seat, say(n.seat)) : ''}
      ${n.members ? fact(t.members, `${say(n.members.count)} ${t.figureOf.replace('{year}', n.members.year)}`) : ''}
      ${n.themes?.length ? fact(t.themes, list(n.themes)) : ''}
    </dl>
    <div><p class="label">${t.involvement}</p><p>${say(n.involvement)}</p>
      ${n.groups?.length ? `<p class="label">${t.groups}</p>${list(n.groups)}` : ''}</div>
    ${(n.projects ?? []).map(project).join('')}
    ${link(n.website, t.website)}
  </div>
</details>`;
const baselineHTML = (networks) =>
  `<div lang="fr"><button type="button">${t.showAll}</button>${networks.map(card).join('')}</div>`;

// ---- First render -------------------------------------------------------------------------------

/** `script`: until the DOM is built (widget: `updateComplete`); `total`: plus forced style + layout. */
export async function firstRender(kind, count) {
  const doc = makeDocument(count);
  await nextFrame();
  let cards, t1, t2;
  const t0 = performance.now();
  if (kind === 'widget') {
    const element = document.createElement('lille-networks');
    element.data = doc;
    stage.append(element);
    await element.updateComplete;
    t1 = performance.now();
    forceLayout();
    t2 = performance.now();
    cards = element.shadowRoot.querySelectorAll('[part=card]').length;
  } else {
    stage.innerHTML = baselineHTML(doc.networks);
    t1 = performance.now();
    forceLayout();
    t2 = performance.now();
    cards = stage.querySelectorAll('details').length;
  }
  if (cards !== count) throw new Error(`${kind}: ${cards} cards rendered instead of ${count}`);
  return { script: t1 - t0, total: t2 - t0 };
}

// ---- Toggling one card (after firstRender on the same page) -----------------------------------

/** Indices of the cards toggled: spread over the list, never the first one only. */
const picks = (count, how) => [...new Set(Array.from({ length: how }, (_, i) => Math.floor(((i + 0.5) * count) / how)))];

/**
 * Opens then closes `how` cards, one at a time; returns `{ total, script }` for each open and each
 * close (`script`: until `updateComplete`, or until `open` is set for the baseline).
 */
export async function toggles(kind, how = 4) {
  const open = [];
  const close = [];
  if (kind === 'widget') {
    const element = stage.querySelector('lille-networks');
    const buttons = element.shadowRoot.querySelectorAll('[part=button]');
    for (const i of picks(buttons.length, how)) {
      for (const times of [open, close]) {
        await nextFrame();
        const t0 = performance.now();
        buttons[i].click();
        await element.updateComplete;
        const t1 = performance.now();
        forceLayout();
        times.push({ total: performance.now() - t0, script: t1 - t0 });
        const expected = String(times === open);
        if (buttons[i].getAttribute('aria-expanded') !== expected) throw new Error(`widget: aria-expanded is not ${expected}`);
      }
    }
  } else {
    const details = stage.querySelectorAll('details');
    for (const i of picks(details.length, how)) {
      for (const times of [open, close]) {
        await nextFrame();
        const t0 = performance.now();
        details[i].open = !details[i].open;
        const t1 = performance.now();
        forceLayout();
        times.push({ total: performance.now() - t0, script: t1 - t0 });
      }
    }
  }
  return { open, close };
}

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

/** Adds `count` elements with the bundled data (widget) or `count` copies of the baseline markup. */
export async function addInstances(kind, count) {
  if (kind === 'widget') {
    const elements = Array.from({ length: count }, () => document.createElement('lille-networks'));
    stage.append(...elements);
    await Promise.all(elements.map((element) => element.updateComplete));
    const cards = elements.reduce((sum, e) => sum + e.shadowRoot.querySelectorAll('[part=card]').length, 0);
    if (cards !== count * source.length) throw new Error(`widget: ${cards} cards for ${count} instances`);
  } else {
    const html = baselineHTML(source);
    for (let i = 0; i < count; i++) stage.insertAdjacentHTML('beforeend', html);
  }
  forceLayout();
  await nextFrame();
}

export const ready = Promise.all([customElements.whenDefined('lille-networks')]);

window.bench = { setSource, makeDocument, firstRender, toggles, mutations, addInstances, ready };

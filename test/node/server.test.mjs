/**
 * `lille-networks/server` in Node, as a page's server calls it: renderToString() gives the
 * element with its cards in a declarative shadow root, and reads each option as the element
 * reads its attribute or property. The markup is read back with parse5 (Lit's server renderer's
 * own HTML parser), as a browser would see its elements. What a browser does with the markup
 * (painting it, taking it over) is test/server-rendering.test.ts. Needs `npm run build` first.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { afterEach, beforeEach, test } from 'node:test';
import { parseFragment } from 'parse5';
import { renderToString } from 'lille-networks/server';
import { importInNode } from '../helpers/host-apps.mjs';

const fixture = (name) => JSON.parse(readFileSync(new URL(`../fixtures/${name}`, import.meta.url), 'utf8'));

// ---- Reading the markup back -------------------------------------------------------------------

/** Every element under `node` (a template's content included), depth first, in document order. */
function* elements(node) {
  for (const child of node.content?.childNodes ?? node.childNodes ?? []) {
    if (child.tagName) yield child;
    yield* elements(child);
  }
}
const attr = (element, name) => element.attrs.find((a) => a.name === name)?.value;
const text = (node) =>
  node.nodeName === '#text' ? node.value : (node.content ?? node).childNodes?.map(text).join('') ?? '';
const squash = (value) => value.replace(/\s+/g, ' ').trim();

/** The element, its shadow root's template, and questions about what it shows. */
function read(markup) {
  const host = parseFragment(markup).childNodes.find((node) => node.tagName === 'lille-networks');
  assert.ok(host, 'a <lille-networks> element');
  const template = host.childNodes.find((node) => node.tagName === 'template');
  assert.equal(attr(template, 'shadowrootmode'), 'open', 'a declarative open shadow root');
  const all = [...elements(template)];
  const cards = all.filter((element) => attr(element, 'part') === 'card');
  const card = (id) => cards.find((element) => [...elements(element)].some((e) => attr(e, 'data-id') === id));
  return {
    host,
    all,
    attributes: Object.fromEntries(host.attrs.map(({ name, value }) => [name, value])),
    ids: cards.map((element) => attr([...elements(element)].find((e) => attr(e, 'data-id')), 'data-id')),
    names: cards.map((element) => squash(text([...elements(element)].find((e) => attr(e, 'class') === 'name')))),
    heading: (id) => [...elements(card(id))].find((e) => attr(e, 'part') === 'heading').tagName,
    button: (id) => [...elements(card(id))].find((e) => attr(e, 'part') === 'button'),
    panel: (id) => [...elements(card(id))].find((e) => attr(e, 'part') === 'panel'),
    toggleAll: all.find((element) => attr(element, 'part') === 'toggle-all'),
    language: attr(all.find((element) => element.tagName === 'div'), 'lang'),
    carried: all.find((element) => element.tagName === 'script'),
  };
}

const bundledIds = ['eurocities', 'polis', 'afccre', 'iclei', 'oasc', 'energy-cities'];

let warnings;
const warn = console.warn;
beforeEach(() => {
  warnings = [];
  console.warn = (message) => warnings.push(String(message));
});
afterEach(() => {
  console.warn = warn;
});

// ---- The entry ---------------------------------------------------------------------------------

test('imports by the package name in a fresh Node process, and defines nothing', async () => {
  const ours = await importInNode('lille-networks/server', { probe: 'api.renderToString().length' });
  assert.match(ours.resolved, /\/dist\/node\/server\.js$/);
  assert.ok(ours.probe > 10_000, 'the whole markup');
  assert.equal(ours.defined, 'undefined', '<lille-networks> is not defined on the server');
  // Lit's server renderer records Lit's versions and shims the element registry on every
  // server; the package adds no global of its own.
  const lits = await importInNode('@lit-labs/ssr', { after: "await import('lit/html.js');" });
  assert.deepEqual(ours.added, lits.added);
});

test('without options: every bundled card, closed, in French, with the element\'s styles', () => {
  const markup = renderToString();
  const shown = read(markup);
  assert.deepEqual(shown.attributes, {}, 'no attribute: the element follows the page once it runs');
  assert.deepEqual(shown.ids, bundledIds);
  assert.equal(shown.language, 'fr');
  assert.equal(squash(text(shown.toggleAll)), 'Afficher tous les réseaux');
  for (const id of bundledIds) {
    assert.equal(shown.heading(id), 'h2');
    assert.equal(attr(shown.button(id), 'aria-expanded'), 'false');
    assert.equal(attr(shown.panel(id), 'hidden'), 'until-found', `${id} is closed, and found by find-in-page`);
    assert.equal(attr(shown.panel(id), 'role'), undefined, 'a closed panel is no region');
  }
  const style = shown.all.find((element) => element.tagName === 'style');
  assert.match(text(style), /\[part=card\]/, 'the element\'s own styles');
  assert.match(text(style), /@media print,\(scripting:none\)/, 'every card\'s content without JavaScript');
  assert.equal(shown.carried, undefined, 'nothing to carry for the bundled data');
  assert.doesNotMatch(markup, /lit-part|lit-node/, 'no hydration comments: nothing hydrates this markup');
  assert.deepEqual(warnings, []);
});

test('lang, networks, heading level, single and no-toggle-all, as the element reads them', () => {
  const shown = read(renderToString({ lang: 'en', networks: ['iclei', 'polis'], headingLevel: 4, single: true }));
  assert.deepEqual(shown.attributes, { lang: 'en', networks: 'iclei polis', 'heading-level': '4', single: '' });
  assert.deepEqual(shown.names, ['ICLEI', 'POLIS']);
  assert.equal(shown.language, 'en');
  assert.equal(shown.heading('iclei'), 'h4');
  assert.equal(shown.toggleAll, undefined, 'no show-all button in single mode');

  const spaced = read(renderToString({ networks: 'iclei, polis  oasc', noToggleAll: true }));
  assert.deepEqual(spaced.ids, ['iclei', 'polis', 'oasc'], 'a string: ids separated by spaces or commas');
  assert.equal(spaced.attributes['no-toggle-all'], '');
  assert.equal(spaced.toggleAll, undefined);

  const regional = read(renderToString({ lang: 'fr-BE' }));
  assert.equal(regional.language, 'fr', 'a regional tag reads its base language');
});

test('expanded opens those cards, as regions; in single mode only the first', () => {
  const shown = read(renderToString({ expanded: 'polis iclei' }));
  assert.equal(shown.attributes.expanded, 'polis iclei', 'the element opens the same cards');
  for (const id of ['polis', 'iclei']) {
    assert.equal(attr(shown.button(id), 'aria-expanded'), 'true');
    assert.equal(attr(shown.panel(id), 'hidden'), undefined);
    assert.equal(attr(shown.panel(id), 'role'), 'region');
  }
  assert.equal(attr(shown.button('oasc'), 'aria-expanded'), 'false');

  const single = read(renderToString({ expanded: ['polis', 'iclei'], single: true }));
  assert.equal(attr(single.button('polis'), 'aria-expanded'), 'true');
  assert.equal(attr(single.button('iclei'), 'aria-expanded'), 'false');
  assert.deepEqual(warnings, ['<lille-networks>: expanded="polis iclei": single mode opens only polis']);

  const all = read(renderToString({ expanded: bundledIds }));
  assert.equal(squash(text(all.toggleAll)), 'Masquer tous les réseaux', 'every card open: "hide all"');
  assert.equal(attr(all.toggleAll, 'aria-expanded'), 'true');
});

test('values the element would refuse get its own behaviour and its own warnings', () => {
  const shown = read(renderToString({ networks: 'polis nowhere', headingLevel: 9, expanded: 'elsewhere' }));
  assert.deepEqual(shown.ids, ['polis']);
  assert.equal(shown.heading('polis'), 'h2');
  assert.equal(shown.attributes['heading-level'], '9', 'written as given: the element warns the same way');
  assert.deepEqual(warnings, [
    '<lille-networks>: networks="polis nowhere": unknown id nowhere ignored',
    '<lille-networks>: heading-level="9" is not 2 to 6: level 2 is used',
    '<lille-networks>: expanded="elsewhere": unknown id elsewhere ignored',
  ]);
});

test('data: its cards, and the document carried for the element, escaped', () => {
  const document = fixture('valid.json');
  document.networks[0].description.fr = 'Un texte avec </script><script>alert(1)</script> dedans.';
  const markup = renderToString({ data: document });
  const shown = read(markup);
  assert.deepEqual(shown.names, document.networks.map((network) => network.shortName));
  assert.equal(attr(shown.carried, 'type'), 'application/json');
  const carried = JSON.parse(text(shown.carried));
  assert.deepEqual(carried.data.networks.map((network) => network.id), document.networks.map((network) => network.id));
  assert.equal(carried.data.networks[0].description.fr, document.networks[0].description.fr, 'the text, intact');
  assert.equal(shown.all.filter((element) => element.tagName === 'script').length, 1, 'no script element made from the data');
  assert.doesNotMatch(markup, /<script>alert/);
});

test('an invalid document renders the bundled data, and onError says why', () => {
  const errors = [];
  const shown = read(renderToString({ data: fixture('all-invalid.json'), onError: (detail) => errors.push(detail) }));
  assert.deepEqual(shown.ids, bundledIds);
  assert.equal(shown.carried, undefined, 'nothing carried: the element shows the bundled data too');
  assert.equal(errors.length, 1);
  assert.equal(errors[0].reason, 'invalid');
  assert.match(errors[0].message, /^data: .*no valid entry.*; the bundled data is shown$/);

  // Without onError, the reason goes where the element's would: the console.
  renderToString({ data: { version: 2 } });
  assert.equal(warnings.length, 1);
  assert.match(warnings[0], /^<lille-networks>: data: version: must be 1; the bundled data is shown$/);
});

test('a document with some invalid entries shows the others and names those dropped', () => {
  const errors = [];
  const shown = read(renderToString({ data: fixture('partly-invalid.json'), onError: (detail) => errors.push(detail) }));
  assert.ok(shown.ids.length > 0);
  assert.equal(errors.length, 1);
  assert.match(errors[0].message, /^data: networks\[\d+\].* dropped: /);
});

test('strings replace the interface strings and are carried too; invalid ones are ignored', () => {
  const strings = { fr: { showAll: 'Tout afficher' } };
  const shown = read(renderToString({ strings }));
  assert.equal(squash(text(shown.toggleAll)), 'Tout afficher');
  assert.deepEqual(JSON.parse(text(shown.carried)), { strings });

  const errors = [];
  const ignored = read(renderToString({ strings: { fr: { showAll: 42 } }, onError: (detail) => errors.push(detail) }));
  assert.equal(squash(text(ignored.toggleAll)), 'Afficher tous les réseaux');
  assert.match(errors[0].message, /strings\.fr\.showAll: must be a string.*; the strings property is ignored$/);
});

test('a language the data lacks is shown in English, as the element does: a fallback, not a fault', () => {
  const shown = read(renderToString({ lang: 'de' }));
  assert.equal(shown.language, 'en');
  assert.equal(shown.attributes.lang, 'de');
  assert.deepEqual(warnings, []);
});

test('a language the data has in part: the rest in English, with the element\'s warning naming what is missing', () => {
  const strings = { nl: { showAll: 'Alle netwerken tonen' } };
  const shown = read(renderToString({ lang: 'nl', strings }));
  assert.equal(shown.language, 'nl');
  assert.equal(warnings.length, 1, warnings.join('\n'));
  assert.match(warnings[0], /^<lille-networks>: lang="nl": English shown for .*\bstrings\.hideAll\b/);
  assert.doesNotMatch(warnings[0], /\bstrings\.showAll\b/);
});

test('more attributes, escaped; a name that is not one is left out with a warning', () => {
  const shown = read(renderToString({ attributes: { id: 'europe', class: 'a "b" <c>', hidden: true, title: false, 'on x': 'y' } }));
  assert.deepEqual(shown.attributes, { id: 'europe', class: 'a "b" <c>', hidden: '' });
  assert.deepEqual(warnings, ['<lille-networks>: attributes: "on x" is not an attribute name: left out']);
});

test('text from data is text: markup in it is escaped', () => {
  const document = fixture('valid.json');
  document.networks[0].shortName = '<img src=x onerror=alert(1)>';
  const shown = read(renderToString({ data: document }));
  assert.equal(shown.names[0], '<img src=x onerror=alert(1)>');
  assert.equal(shown.all.filter((element) => element.tagName === 'img').length, 0);
});

test('links go to web addresses only: an entry with another kind is dropped and named', () => {
  const errors = [];
  const document = fixture('valid.json');
  document.networks[1].website = 'javascript:alert(1)';
  const markup = renderToString({ data: document, onError: (detail) => errors.push(detail) });
  assert.deepEqual(read(markup).ids, [document.networks[0].id]);
  assert.doesNotMatch(markup, /javascript:/);
  assert.match(errors[0].message, /networks\[1\] "beta-network" dropped: networks\[1\]\.website: must match/);
  for (const [, href] of markup.matchAll(/href="([^"]*)"/g)) assert.match(href, /^https:\/\//);
});

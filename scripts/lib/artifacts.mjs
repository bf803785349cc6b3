/**
 * The files the build writes beside the bundles, made from the sources' own objects (see
 * sources.mjs): the JSON Schema of a networks document, and the plain-HTML fallback that an
 * editor pastes inside `<lille-networks>` for visitors without JavaScript and for crawlers.
 */
import { createHash } from 'node:crypto';

/** `sha384-…`: the value of a `<script integrity>` attribute for these bytes. */
export const sri = (bytes) => `sha384-${createHash('sha384').update(bytes).digest('base64')}`;

/** Where each release's files are served from; the `$id` of the schema uses it. */
export const cdnBase = (name, version) => `https://cdn.jsdelivr.net/npm/${name}@${version}`;

/**
 * The JSON Schema (draft 2020-12) of a networks document: `documentSchema` itself, since a
 * schema-kit node *is* its JSON Schema fragment, with the keywords that name the schema.
 */
export function schemaDocument(documentSchema, { name, version }) {
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    $id: `${cdnBase(name, version)}/dist/${name}.schema.json`,
    title: 'Lille Métropole European networks document',
    description:
      'The document for the `src` attribute or the `data` property of <lille-networks>. ' +
      'Text is trimmed before its length is checked; an entry that fails is dropped and named ' +
      'in a lille-networks-error event while the others still show.',
    ...documentSchema,
  };
}

const entities = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes text for an HTML text node or a quoted attribute value. */
export const escape = (value) => String(value).replace(/[&<>"']/g, (char) => entities[char]);

/** The card contents of `networks` in `language`, as the element describes them (src/card.ts). */
export const cardsOf = (networks, language, t, describeCard) =>
  networks.map((network) => describeCard(network, (text) => text[language], t, language));

const link = (target) => (target ? [`<p><a href="${escape(target.href)}">${escape(target.text)}</a></p>`] : []);

const list = (items, indent) => [
  `${indent}<ul>`,
  ...items.map((item) => `${indent}  <li>${escape(item)}</li>`),
  `${indent}</ul>`,
];

/** `<dt>label</dt><dd>…</dd>`: a text, a list, or lines of HTML already escaped (`html`). */
const fact = ([label, value], html) => [
  `  <dt>${escape(label)}</dt>`,
  ...(typeof value === 'string' && !html ? [`  <dd>${escape(value)}</dd>`] : ['  <dd>', ...(html ?? list(value, '    ')), '  </dd>']),
];

/**
 * Everything a card shows below its heading and summary, as plain HTML: its description, a
 * `<dl>` of its facts (with what Lille Métropole does there), its links, and its projects
 * under headings of `level + 1`. The no-JavaScript fallback and the benchmark's native
 * baseline both use it. All text is escaped; links are the card's, http(s) only.
 */
export function cardBodyHtml(card, level) {
  const [label, text] = card.involvement;
  const involvement = [`    <p>${escape(text)}</p>`, ...link(card.involvementLink).map((line) => `    ${line}`)];
  const sub = Math.min(level + 1, 6);
  return [
    `<p>${escape(card.description)}</p>`,
    '<dl>',
    ...card.facts.flatMap((item) => fact(item)),
    ...fact([label], involvement),
    ...(card.groups ? fact(card.groups) : []),
    '</dl>',
    ...link(card.link),
    ...card.projects.flatMap((project) => [
      `<h${sub}>${escape(project.heading)}</h${sub}>`,
      ...project.paragraphs.map((paragraph) => `<p>${escape(paragraph)}</p>`),
      '<dl>',
      ...project.facts.flatMap((item) => fact(item)),
      '</dl>',
      ...link(project.link),
    ]),
  ];
}

/**
 * One card as plain, accessible HTML: a `<section>` with a heading of `level` whose `id` is the
 * network's id (so that `#eurocities` links work without JavaScript too), the summary, the body.
 */
export const cardHtml = (card, level) =>
  [
    '<section>',
    `<h${level} id="${escape(card.id)}">${escape(card.name)}</h${level}>`,
    `<p>${escape(card.summary)}</p>`,
    ...cardBodyHtml(card, level),
    '</section>',
  ].join('\n');

/**
 * The networks as plain, accessible HTML in `language`, with the element's own description of
 * each card and its strings: the file an editor pastes inside the element.
 */
export function fallbackHtml(networks, language, t, describeCard, { name, version }) {
  return [
    `<!-- ${name} ${version}, ${language}: the bundled data as plain HTML, made by "npm run build".`,
    '     Paste it inside <lille-networks> for visitors without JavaScript and for crawlers;',
    '     the element does not show it once it runs (it has no slot). -->',
    `<div lang="${escape(language)}">`,
    ...cardsOf(networks, language, t, describeCard).map((card) => `\n${cardHtml(card, 2)}`),
    '</div>',
    '',
  ].join('\n');
}

/**
 * For servers that print the fallback themselves (the WordPress plugin): per language and
 * heading level (2 to 6), each network's card as HTML, keyed by id, in the bundled order.
 */
export function fallbackFragments(networks, languages, strings, describeCard) {
  return Object.fromEntries(
    languages.map((language) => {
      const cards = cardsOf(networks, language, strings[language], describeCard);
      const levels = [2, 3, 4, 5, 6].map((level) => [level, Object.fromEntries(cards.map((card) => [card.id, cardHtml(card, level)]))]);
      return [language, Object.fromEntries(levels)];
    }),
  );
}

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

/**
 * A link whose text names where it goes, as the element makes it: only `http:` and `https:`
 * addresses become links; anything else gives nothing.
 */
function link(address, label) {
  let url;
  try {
    url = new URL(address);
  } catch {
    return [];
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return [];
  const host = url.hostname.replace(/^www\./, '');
  return [`<p><a href="${escape(url.href)}">${escape(label)} ${escape(host)}</a></p>`];
}

const list = (items, indent) => [
  `${indent}<ul>`,
  ...items.map((item) => `${indent}  <li>${escape(item)}</li>`),
  `${indent}</ul>`,
];

/** `<dt>label</dt><dd>…</dd>`; `value` is text, or lines of HTML already escaped. */
const fact = (label, value) =>
  typeof value === 'string'
    ? [`  <dt>${escape(label)}</dt>`, `  <dd>${escape(value)}</dd>`]
    : [`  <dt>${escape(label)}</dt>`, '  <dd>', ...value, '  </dd>'];

/**
 * The networks as plain, accessible HTML in `language`, with the element's own UI strings:
 * per network a level-2 heading whose `id` is the network's id (so `#eurocities` links work
 * without JavaScript too), its summary and description, a `<dl>` of facts, its projects under
 * level-3 headings, and links for http(s) addresses only. All text is escaped.
 */
export function fallbackHtml(networks, language, t, { name, version }) {
  const say = (text) => text[language];
  const lines = [
    `<!-- ${name} ${version}, ${language}: the bundled data as plain HTML, made by "npm run build".`,
    '     Paste it inside <lille-networks> for visitors without JavaScript and for crawlers;',
    '     the element does not show it once it runs (it has no slot). -->',
    `<div lang="${escape(language)}">`,
  ];
  for (const network of networks) {
    const facts = [
      // As in the cards: a full name that only repeats the heading is left out.
      ...(say(network.fullName) === network.shortName ? [] : fact(t.fullName, say(network.fullName))),
      ...(network.founded ? fact(t.founded, say(network.founded)) : []),
      ...(network.seat ? fact(t.seat, say(network.seat)) : []),
      ...(network.members
        ? fact(t.members, `${say(network.members.count)} ${t.figureOf(network.members.year)}`)
        : []),
      ...(network.themes?.length ? fact(t.themes, list(network.themes.map(say), '    ')) : []),
      ...fact(t.involvement, say(network.involvement)),
      ...(network.groups?.length ? fact(t.groups, list(network.groups.map(say), '    ')) : []),
    ];
    lines.push(
      '',
      `<h2 id="${escape(network.id)}">${escape(network.shortName)}</h2>`,
      `<p>${escape(say(network.summary))}</p>`,
      `<p>${escape(say(network.description))}</p>`,
      '<dl>',
      ...facts,
      '</dl>',
      ...link(network.website, t.website),
    );
    for (const project of network.projects ?? []) {
      lines.push(
        `<h3>${escape(t.project)} ${escape(project.name)}</h3>`,
        `<p>${escape(say(project.fullName))}</p>`,
        `<p>${escape(say(project.description))}</p>`,
        '<dl>',
        ...fact(t.period, say(project.period)),
        ...(project.partners ? fact(t.partners, say(project.partners)) : []),
        '</dl>',
        ...(project.website ? link(project.website, t.website) : []),
      );
    }
  }
  lines.push('</div>', '');
  return lines.join('\n');
}

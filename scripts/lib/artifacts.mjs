/**
 * The files the build writes beside the bundles: the JSON Schema of a networks document, made
 * from the sources' own objects (see sources.mjs), and the element's markup, made by its server
 * entry (dist/node/server.js) from its own templates.
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

/**
 * The element's markup in `language` (its bundled data, all cards closed), as a file to paste
 * where the cards go: made by the server entry, from the element's own templates.
 */
export function staticHtml(renderToString, language, { name, version }) {
  return [
    `<!-- ${name} ${version}, ${language}: the cards of the bundled data, made by "npm run build".`,
    '     Paste it where the cards go, and load the element\'s script anywhere on the page: the',
    '     cards show as the page loads, and work once the script runs. -->',
    renderToString({ lang: language }),
    '',
  ].join('\n');
}

/**
 * For servers that assemble the markup themselves without Node (the WordPress plugin): per
 * language, the pieces of `renderPieces` (the shadow root's opening and closing, the show-all
 * button), and the cards per heading level (2 to 6), keyed by network id in the bundled order.
 */
export function markupPieces(renderPieces, languages) {
  return Object.fromEntries(
    languages.map((language) => {
      const { open, toggleAll, close } = renderPieces({ lang: language });
      const levels = [2, 3, 4, 5, 6].map((level) => [level, Object.fromEntries(renderPieces({ lang: language, headingLevel: level }).cards)]);
      return [language, { open, toggleAll, close, cards: Object.fromEntries(levels) }];
    }),
  );
}

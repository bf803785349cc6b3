/**
 * A @web/dev-server plugin that does for the demo pages what a partner's server does: each
 * `<lille-networks data-server-render …></lille-networks>` of a page under /demo/ is replaced,
 * as the page is served, by the element's server markup (`renderToString` of the built
 * dist/node/server.js), its attributes read as the element's options. A `src` naming a JSON
 * file of the repository is read and rendered as `data`, as a server that has the document
 * would; the element then starts with it (no `src` left to request).
 */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const root = resolve(import.meta.dirname, '../..');
const marked = /<lille-networks\b([^>]*)\sdata-server-render\b([^>]*)><\/lille-networks>/g;

const unescape = (value) =>
  value.replace(/&(quot|amp|lt|gt|#39);/g, (_, name) => ({ quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" })[name]);

/** The attributes of a start tag, as written: `{ name: value }`, `true` for a name alone. */
const attributesOf = (text) =>
  Object.fromEntries(
    [...text.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value === undefined ? true : unescape(value)]),
  );

async function optionsOf(attributes, page) {
  const { lang, networks, 'heading-level': level, single, 'no-toggle-all': noToggleAll, expanded, src, ...rest } = attributes;
  const options = { lang, networks, expanded, single: single === true, noToggleAll: noToggleAll === true, attributes: rest };
  if (level !== undefined) options.headingLevel = Number(level);
  if (src) options.data = JSON.parse(await readFile(resolve(root, new URL(src, `file://${page}`).pathname.slice(1)), 'utf8'));
  return options;
}

export function serverRender() {
  return {
    name: 'lille-networks-server-render',
    async transform(context) {
      if (!context.path.startsWith('/demo/') || !context.response.is('html')) return undefined;
      const page = String(context.body);
      if (!page.includes('data-server-render')) return undefined;
      const { renderToString } = await import(pathToFileURL(resolve(root, 'dist/node/server.js')).href);
      let body = '';
      let last = 0;
      for (const match of page.matchAll(marked)) {
        const options = await optionsOf(attributesOf(`${match[1]} ${match[2]}`), context.path);
        body += page.slice(last, match.index) + renderToString(options);
        last = match.index + match[0].length;
      }
      return { body: body + page.slice(last) };
    },
  };
}

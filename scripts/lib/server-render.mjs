/**
 * A @web/dev-server plugin that does for the demo pages what a partner's server does: each
 * `<lille-networks data-server-render …></lille-networks>` of a page under /demo/ becomes the
 * element's server markup (dist/node/server.js), its attributes read as the element's options. A
 * `src` naming a JSON file of the repository is rendered as `data`, as a server holding the
 * document would render it: the element then starts with it and requests nothing.
 */
import { readFile } from 'node:fs/promises';

const root = new URL('../../', import.meta.url);
const marked = /<lille-networks\b([^>]*)\sdata-server-render\b([^>]*)><\/lille-networks>/g;
const entities = { quot: '"', amp: '&', lt: '<', gt: '>', '#39': "'" };

async function optionsOf(tag, page) {
  const unescape = (value) => value.replace(/&(quot|amp|lt|gt|#39);/g, (_, entity) => entities[entity]);
  const attributes = Object.fromEntries([...tag.matchAll(/([^\s=]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value === undefined ? true : unescape(value)]));
  const { lang, networks, 'heading-level': level, single, 'no-toggle-all': noToggleAll, expanded, src, ...rest } = attributes;
  const options = { lang, networks, expanded, single: single === true, noToggleAll: noToggleAll === true, attributes: rest };
  if (level !== undefined) options.headingLevel = Number(level);
  if (src) options.data = JSON.parse(await readFile(new URL(new URL(src, `file://${page}`).pathname.slice(1), root), 'utf8'));
  return options;
}

export const serverRender = () => ({
  name: 'lille-networks-server-render',
  async transform(context) {
    const page = String(context.body);
    if (!context.path.startsWith('/demo/') || !context.response.is('html') || !page.includes('data-server-render')) return undefined;
    const { renderToString } = await import(new URL('dist/node/server.js', root).href);
    let body = '';
    let last = 0;
    for (const match of page.matchAll(marked)) {
      body += page.slice(last, match.index) + renderToString(await optionsOf(`${match[1]} ${match[2]}`, context.path));
      last = match.index + match[0].length;
    }
    return { body: body + page.slice(last) };
  },
});

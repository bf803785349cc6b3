/**
 * The browser tests' server settings (web-test-runner.config.mjs): on 127.0.0.1 only, with these
 * routes beside the static files (every answer `Cache-Control: no-store`, so no test sees a
 * cached copy):
 *
 *   /test/csp/**                    with the Content-Security-Policy below; such a page cannot
 *                                   itself be a test page (the runner's inline script would be
 *                                   blocked): tests load it in a same-origin frame
 *   /test/csp/page                  a page holding one element: test/csp/observe.js, then
 *                                   `?scripts=` (space-separated names of `cspScripts` below),
 *                                   under `&policy=` too when given (a <meta> policy, enforced
 *                                   beside the header's)
 *   /test/fixtures/slow.json        a small document after 90 s, or `?delay=MS`
 *   /test/fixtures/status-500.json  HTTP 500
 *   /test/fixtures/huge.json        a valid document over the element's 512 KB limit, with a
 *                                   Content-Length; `?chunked=1` without one; `?encoding=gzip|br`
 *                                   compressed, over the limit once decoded only; `?accented=1`
 *                                   under it in characters but over it in UTF-8 bytes
 *   /test/fixtures/bomb.json        16 KB of a gzip bomb (16 MB inflated), then nothing until the
 *                                   browser hangs up: only a client that stops at the limit ends
 *   /test/server-html               the element's server markup (dist/node/server.js) between two
 *                                   paragraphs: `?options=JSON` for renderToString (`"data":
 *                                   "fixture:NAME"` reads test/fixtures/NAME), `&lang=` for the
 *                                   page (fr), `&script=module|none|missing|integrity|held:KEY`,
 *                                   `&carried=JSON` in place of what the markup carries;
 *                                   a held script is sent once the test asks for /test/release?key=KEY
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { LOOPBACK, loopbackOnly } from './lib/loopback.mjs';

const TEST_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; require-trusted-types-for 'script'; trusted-types lit-html";

/** The element's limit on a document (src/data/load.ts). */
const LIMIT = 512 * 1024;

/** A valid document of `count` networks, their descriptions padded with `fill` to `pad` characters. */
const fixtureDocument = (count, pad = 0, fill = 'x') => ({
  version: 1,
  networks: Array.from({ length: count }, (_, index) => {
    const i = index + 1;
    const both = (fr, en = fr) => ({ fr, en });
    return {
      id: `fixture-${i}`,
      shortName: `Fixture ${i}`,
      fullName: both(`Réseau de test ${i}`, `Test network ${i}`),
      summary: both(`Résumé ${i}`, `Summary ${i}`),
      description: both(`Description ${i}. `.padEnd(pad, fill)),
      involvement: both(`Rôle ${i}`, `Role ${i}`),
      website: `https://example.org/${i}`,
    };
  }),
});

const huge = new Map();
/** 150 networks of 2,000-character descriptions (~640 KB), or 100 padded with "é" (~430,000 characters, 830 KB). */
function hugeBody(accented) {
  if (!huge.has(accented)) {
    const text = JSON.stringify(accented ? fixtureDocument(100, 2000, 'é') : fixtureDocument(150, 2000));
    if (Buffer.byteLength(text) <= LIMIT || (accented && text.length > LIMIT)) throw new Error('huge.json is not over the limit');
    huge.set(accented, Buffer.from(text));
  }
  return huge.get(accented);
}

/** Resolves with true when the browser hangs up within `delay` ms, else with false. */
const hangUp = (ctx, delay) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), delay).unref();
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

const answer = (ctx, type, body, status = 200) => {
  Object.assign(ctx, { status, type, body });
  ctx.set('Cache-Control', 'no-store');
};

/** Scripts held until a test releases them, by key. */
const held = new Map();
const hold = (key) => {
  if (!held.has(key)) {
    let release;
    held.set(key, { promise: new Promise((resolve) => (release = resolve)), release: () => release() });
  }
  return held.get(key);
};

const scriptTags = {
  module: '<script type="module" src="/dist/lille-networks.js"></script>',
  none: '',
  missing: '<script type="module" src="/dist/missing.js"></script>',
  integrity: `<script type="module" src="/dist/lille-networks.js" crossorigin="anonymous" integrity="sha384-${'A'.repeat(64)}"></script>`,
};

async function serverPage(query) {
  const { renderToString } = await import(new URL('../dist/node/server.js', import.meta.url).href);
  const options = JSON.parse(query.options || '{}');
  if (options.data?.startsWith?.('fixture:')) {
    const name = options.data.slice('fixture:'.length).replace(/[^\w.-]/g, '');
    options.data = JSON.parse(await readFile(new URL(`../test/fixtures/${name}`, import.meta.url), 'utf8'));
  }
  const script = query.script ?? 'module';
  const tag = script.startsWith('held:')
    ? `<script type="module" src="/test/held.js?key=${encodeURIComponent(script.slice(5))}"></script>`
    : scriptTags[script];
  if (tag === undefined) throw new Error(`/test/server-html: no script "${script}"`);
  let markup = renderToString(options);
  // What the markup carries, replaced: a server of another version, or a page that changed it.
  if (query.carried) markup = markup.replace(/(<script type="application\/json">)[^]*?(<\/script>)/, `$1${query.carried.replace(/</g, '\\u003c')}$2`);
  return `<!doctype html>
<html lang="${query.lang ?? 'fr'}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<link rel="icon" href="data:,">
<title>server markup</title>
<style>body { margin: 0.5rem; font: 16px/1.5 "DejaVu Serif", serif; }</style>
${tag}
</head>
<body>
<h1 id="above">Réseaux européens</h1>
${markup}
<p id="below">Après les cartes.</p>
</body>
</html>
`;
}

const cspScripts = {
  module: '<script type="module" src="/dist/lille-networks.js"></script>',
  classic: '<script src="/dist/lille-networks.iife.js" defer></script>',
  older: '<script src="/test/csp/older-copy.js"></script>',
};

function cspPage({ scripts = '', policy }) {
  const tags = scripts.split(' ').map((name) => {
    if (!Object.hasOwn(cspScripts, name)) throw new Error(`/test/csp/page: no script "${name}"`);
    return cspScripts[name];
  });
  const meta = policy
    ? `<meta http-equiv="Content-Security-Policy" content="${policy.replace(/&/g, '&amp;').replace(/"/g, '&quot;')}">`
    : '';
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
${meta}
<title>CSP: ${scripts}</title>
<script src="/test/csp/observe.js"></script>
${tags.join('\n')}
</head>
<body><lille-networks></lille-networks></body>
</html>
`;
}

let bombStart;
const routes = {
  async '/test/fixtures/slow.json'(ctx) {
    const delay = ctx.query.delay ? Math.min(Math.max(Number(ctx.query.delay) || 0, 0), 120_000) : 90_000;
    // An aborted fetch leaves no timer behind on the server.
    if (await hangUp(ctx, delay)) ctx.status = 204;
    else answer(ctx, 'application/json', JSON.stringify(fixtureDocument(1)));
  },
  '/test/fixtures/status-500.json': (ctx) => answer(ctx, 'application/json', '{"error":"Internal Server Error (test fixture)"}', 500),
  '/test/fixtures/huge.json'(ctx) {
    const body = hugeBody(ctx.query.accented === '1');
    const { encoding } = ctx.query;
    if (encoding === 'gzip' || encoding === 'br') {
      answer(ctx, 'application/json', (encoding === 'gzip' ? gzipSync : brotliCompressSync)(body));
      ctx.set('Content-Encoding', encoding);
    } else if (ctx.query.chunked === '1') {
      // A stream: Koa sends it chunked, without Content-Length.
      const chunks = Array.from({ length: Math.ceil(body.length / 16384) }, (_, i) => body.subarray(i * 16384, (i + 1) * 16384));
      answer(ctx, 'application/json', Readable.from(chunks));
    } else {
      answer(ctx, 'application/json', body);
    }
  },
  '/test/fixtures/bomb.json'(ctx) {
    // Zeros inflate about a thousandfold.
    bombStart ??= gzipSync(Buffer.alloc(32 << 20, '0'), { level: 9 }).subarray(0, 16 * 1024);
    const body = new Readable({ read() {} });
    body.push(bombStart);
    answer(ctx, 'application/json', body);
    ctx.set('Content-Encoding', 'gzip');
    void hangUp(ctx, 90_000).then(() => body.push(null));
  },
  '/test/csp/page': (ctx) => answer(ctx, 'text/html', cspPage(ctx.query)),
  '/test/server-html': async (ctx) => answer(ctx, 'text/html', await serverPage(ctx.query)),
  async '/test/held.js'(ctx) {
    await hold(ctx.query.key).promise;
    held.delete(ctx.query.key);
    answer(ctx, 'text/javascript', await readFile(new URL('../dist/lille-networks.js', import.meta.url)));
  },
  '/test/release'(ctx) {
    hold(ctx.query.key).release();
    ctx.status = 204;
  },
};

/**
 * src/ imports its JSON (the bundled networks) as a module, as rollup's JSON plugin bundles it;
 * every other .json (the documents `src` loads) is served as it is.
 */
const isSourceJson = (path) => path.startsWith('/src/') && path.endsWith('.json');
const jsonModules = {
  name: 'json-modules',
  resolveMimeType: (ctx) => (isSourceJson(ctx.path) ? 'js' : undefined),
  transform: (ctx) => (isSourceJson(ctx.path) ? { body: `export default ${ctx.body};` } : undefined),
};

export const testServer = () => ({
  hostname: LOOPBACK,
  middleware: [
    async function testRoutes(ctx, next) {
      if (ctx.path.startsWith('/test/csp/')) ctx.set('Content-Security-Policy', TEST_CSP);
      if (Object.hasOwn(routes, ctx.path)) return routes[ctx.path](ctx);
      return next();
    },
  ],
  plugins: [loopbackOnly(), jsonModules],
});

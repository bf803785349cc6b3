/**
 * Dev-server middleware for the browser tests (see web-test-runner.config.mjs), and the server
 * settings they come in (`testServer`, at the end). Koa middleware: `(ctx, next) => Promise`.
 *
 * Routes (everything else under /test/fixtures/ is a plain static file):
 *
 *   /test/csp/**                   served as usual, plus the header
 *                                  Content-Security-Policy: <CSP below>
 *   /test/fixtures/slow.json       answers only after 90 s (past any sane test timeout), with a
 *                                  small valid document; `?delay=MS` (0..120000) picks the delay.
 *                                  The timer is dropped as soon as the browser hangs up, so an
 *                                  aborted fetch leaves nothing behind on the server.
 *   /test/fixtures/status-500.json HTTP 500 with a small JSON error body.
 *   /test/fixtures/huge.json       HTTP 200, a schema-valid document of ~650 KB (over the
 *                                  element's 512 KB limit), sent with Content-Length; with
 *                                  `?chunked=1` it is streamed in 16 KB chunks WITHOUT
 *                                  Content-Length, to exercise the byte counting while reading;
 *                                  `?encoding=gzip` or `br` sends it compressed (7 KB or 2 KB on
 *                                  the wire), so that only its decoded size is over the limit;
 *                                  `?accented=1` is a document under the limit in characters but
 *                                  over it in UTF-8 bytes.
 *   /test/fixtures/bomb.json       the first 16 KB of a gzip bomb (16 MB once inflated), then
 *                                  nothing until the browser hangs up (at most 90 s): a client
 *                                  that stops at the limit hangs up, one that waits for the end
 *                                  of the body never gets it.
 *
 *   /test/server-html              a page with the element's server markup (dist/node/server.js,
 *                                  so after `npm run build`), content above and below it:
 *                                  `?options=JSON` for renderToString (`data` may name a file of
 *                                  test/fixtures/ as `"fixture:valid.json"`), `&lang=` for the
 *                                  page's <html lang> (fr), and `&script=` for the element's
 *                                  script: `module` (default), `none`, `missing` (a 404),
 *                                  `integrity` (a wrong hash, so the browser blocks it), or
 *                                  `held:KEY`, which is answered only once the test asks for
 *                                  /test/release?key=KEY.
 *
 * All fixture answers carry `Cache-Control: no-store`, so a test never sees a cached copy.
 */
import { readFile } from 'node:fs/promises';
import { Readable } from 'node:stream';
import { brotliCompressSync, gzipSync } from 'node:zlib';
import { LOOPBACK, loopbackOnly } from './lib/loopback.mjs';

export const TEST_CSP =
  "default-src 'self'; script-src 'self'; style-src 'self'; " +
  "require-trusted-types-for 'script'; trusted-types lit-html";

/** The element's limit on a document's size (src/data/load.ts: maxDocumentBytes). */
const LIMIT = 512 * 1024;

/** A schema-valid network (src/data/schema.ts), its description padded with `fill` to `pad` characters. */
function network(i, pad = 0, fill = 'x') {
  const description = `Description ${i}. `.padEnd(pad, fill);
  const loc = (fr, en) => ({ fr, en });
  return {
    id: `fixture-${i}`,
    shortName: `Fixture ${i}`,
    fullName: loc(`Réseau de test ${i}`, `Test network ${i}`),
    summary: loc(`Résumé ${i}`, `Summary ${i}`),
    description: loc(description, description),
    involvement: loc(`Rôle ${i}`, `Role ${i}`),
    website: `https://example.org/${i}`,
  };
}

/** `{ version: 1, networks: [...] }` with `count` networks. */
export function fixtureDocument(count, pad = 0, fill = 'x') {
  return { version: 1, networks: Array.from({ length: count }, (_, i) => network(i + 1, pad, fill)) };
}

const hugeBodies = new Map();
/**
 * 150 networks with 2000-character descriptions in both languages: about 640 KB. `accented`:
 * 100 networks padded with "é", about 430,000 characters (under the limit) but 830 KB in UTF-8.
 */
function huge(accented) {
  if (!hugeBodies.has(accented)) {
    const text = JSON.stringify(accented ? fixtureDocument(100, 2000, 'é') : fixtureDocument(150, 2000));
    const body = Buffer.from(text);
    if (body.length <= LIMIT || (accented && text.length > LIMIT)) throw new Error('huge.json fixture is not over the limit');
    hugeBodies.set(accented, body);
  }
  return hugeBodies.get(accented);
}

/** Resolves with true when the browser hangs up within `delay` ms, else with false. */
const hangUp = (ctx, delay) =>
  new Promise((resolve) => {
    const timer = setTimeout(() => resolve(false), delay);
    timer.unref();
    ctx.res.once('close', () => {
      clearTimeout(timer);
      resolve(true);
    });
  });

let bombStart;
const compress = { gzip: gzipSync, br: brotliCompressSync };

const json = (ctx, status, body) => {
  ctx.status = status;
  ctx.type = 'application/json';
  ctx.set('Cache-Control', 'no-store');
  ctx.body = typeof body === 'string' || Buffer.isBuffer(body) ? body : JSON.stringify(body);
};

/** Scripts held until a test releases them, by key: the release, and the promise that waits for it. */
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
  integrity:
    '<script type="module" src="/dist/lille-networks.js" crossorigin="anonymous" ' +
    'integrity="sha384-AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA"></script>',
};

/** The page of /test/server-html: the element's server markup between two paragraphs. */
async function serverPage(query) {
  const { renderToString } = await import(new URL('../dist/node/server.js', import.meta.url).href);
  const options = JSON.parse(query.options || '{}');
  if (typeof options.data === 'string' && options.data.startsWith('fixture:')) {
    const file = new URL(`../test/fixtures/${options.data.slice(8).replace(/[^\w.-]/g, '')}`, import.meta.url);
    options.data = JSON.parse(await readFile(file, 'utf8'));
  }
  const script = query.script ?? 'module';
  const tag = script.startsWith('held:')
    ? `<script type="module" src="/test/held.js?key=${encodeURIComponent(script.slice(5))}"></script>`
    : scriptTags[script];
  if (tag === undefined) throw new Error(`/test/server-html: no script "${script}"`);
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
${renderToString(options)}
<p id="below">Après les cartes.</p>
</body>
</html>
`;
}

/** Adds the CSP header to everything under /test/csp/. */
export function cspMiddleware() {
  return async function csp(ctx, next) {
    if (ctx.path.startsWith('/test/csp/')) ctx.set('Content-Security-Policy', TEST_CSP);
    await next();
  };
}

/** The synthetic fixtures above. */
export function fixturesMiddleware() {
  return async function fixtures(ctx, next) {
    switch (ctx.path) {
      case '/test/fixtures/slow.json': {
        const asked = Number(ctx.query.delay);
        const delay = Number.isFinite(asked) && ctx.query.delay !== '' && ctx.query.delay != null
          ? Math.min(Math.max(asked, 0), 120_000)
          : 90_000;
        if (await hangUp(ctx, delay)) {
          ctx.status = 204; // the browser gave up (the fetch was aborted): nobody is listening
          return;
        }
        json(ctx, 200, fixtureDocument(1));
        return;
      }
      case '/test/server-html':
        ctx.type = 'text/html';
        ctx.set('Cache-Control', 'no-store');
        ctx.body = await serverPage(ctx.query);
        return;
      case '/test/held.js': {
        await hold(ctx.query.key).promise;
        held.delete(ctx.query.key);
        ctx.type = 'text/javascript';
        ctx.set('Cache-Control', 'no-store');
        ctx.body = await readFile(new URL('../dist/lille-networks.js', import.meta.url));
        return;
      }
      case '/test/release':
        hold(ctx.query.key).release();
        ctx.status = 204;
        return;
      case '/test/fixtures/status-500.json':
        json(ctx, 500, { error: 'Internal Server Error (test fixture)' });
        return;
      case '/test/fixtures/huge.json': {
        const body = huge(ctx.query.accented === '1');
        const encoding = ctx.query.encoding;
        if (Object.hasOwn(compress, encoding)) {
          json(ctx, 200, compress[encoding](body));
          ctx.set('Content-Encoding', encoding);
        } else if (ctx.query.chunked === '1' || ctx.query.chunked === 'true') {
          json(ctx, 200, '');
          const chunks = [];
          for (let i = 0; i < body.length; i += 16 * 1024) chunks.push(body.subarray(i, i + 16 * 1024));
          ctx.body = Readable.from(chunks); // a stream: Koa sends it chunked, without Content-Length
          ctx.remove('Content-Length');
        } else {
          json(ctx, 200, body);
        }
        return;
      }
      case '/test/fixtures/bomb.json': {
        // Zeros inflate about a thousandfold: 16 KB of the stream are 16 MB of document.
        bombStart ??= gzipSync(Buffer.alloc(32 << 20, '0'), { level: 9 }).subarray(0, 16 * 1024);
        json(ctx, 200, '');
        ctx.set('Content-Encoding', 'gzip');
        const body = new Readable({ read() {} });
        body.push(bombStart);
        ctx.body = body;
        ctx.remove('Content-Length');
        void hangUp(ctx, 90_000).then(() => body.push(null));
        return;
      }
      default:
        await next();
    }
  };
}

/**
 * The server part of web-test-runner.config.mjs, which spreads it in (and adds its own plugins
 * after these): on 127.0.0.1 only, the pages' origin too, with the routes above. Kept here, away
 * from the engine detection that the config runs when it loads, so that a test can start it.
 */
export const testServer = () => ({
  hostname: LOOPBACK,
  middleware: [cspMiddleware(), fixturesMiddleware()],
  plugins: [loopbackOnly()],
});

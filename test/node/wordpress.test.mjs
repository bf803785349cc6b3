/**
 * The WordPress plugin for real: dist/wordpress/lille-networks.zip (npm run build) uploaded into
 * Debian's WordPress 6.1 with Twenty Twenty-Three, on MariaDB and PHP 8.2 from Debian packages,
 * and its pages read in Debian's Chromium, with JavaScript and without.
 *
 * Everything lives in one temporary folder and stops after the tests, also when they fail:
 *   - MariaDB, a fresh data directory (mariadb-install-db), on a socket in that folder only
 *     (--skip-networking), without grant tables: the socket is reachable by this user alone;
 *   - the site root: links to Debian's code in /usr/share/wordpress, test/wordpress/wp-config.php
 *     instead of Debian's (which reads /etc/wordpress/config-<host>.php: nothing is written
 *     outside the folder, and no root is needed), and a wp-content of its own;
 *   - `php -S 127.0.0.1:<free port>` with test/wordpress/router.php.
 *
 * test/wordpress/setup.php installs the site once for all cases, uploads the zip through
 * WordPress's plugin installer, and saves the posts below as an author or a contributor (kses
 * applies to both), or an editor (unfiltered). Visitors' pages are then read with and without
 * JavaScript; more posts are saved through the REST API, and the editor's preview asked for;
 * and an author adds the block in the real block editor, sets it in its sidebar and publishes.
 * Needs `npm run build`; WordPress, MariaDB, PHP and Chromium from Debian.
 */
import assert from 'node:assert/strict';
import { spawn, spawnSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { copyFile, mkdir, mkdtemp, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { chromiumPath, isCI, launchChromium, which } from '../../scripts/engines.mjs';
import { freePort, startUntil } from '../../scripts/lib/processes.mjs';

const root = resolve(import.meta.dirname, '../..');
const wordpress = '/usr/share/wordpress';
const theme = join(wordpress, 'wp-content/themes/twentytwentythree');
const zip = join(root, 'dist/wordpress/lille-networks.zip');
const piecesFile = join(root, 'dist/lille-networks.pieces.json');
const serverEntry = join(root, 'dist/node/server.js');

for (const file of [zip, piecesFile, serverEntry]) {
  if (!existsSync(file)) throw new Error(`wordpress.test.mjs: ${file} is missing: run npm run build first`);
}

// ---- What this machine has ---------------------------------------------------------------------

const sbin = (name) => which(name) ?? which(`/usr/sbin/${name}`);
const hostPackages = {
  wordpress: existsSync(join(wordpress, 'wp-settings.php')),
  'wordpress-theme-twentytwentythree': existsSync(join(theme, 'theme.json')),
  'mariadb-server': Boolean(sbin('mariadbd') && sbin('mariadb-install-db')),
  'php-cli': Boolean(which('php')),
  'php-mysql':
    Boolean(which('php')) && spawnSync('php', ['-r', 'exit(extension_loaded("mysqli") ? 0 : 1);']).status === 0,
  chromium: Boolean(which(chromiumPath)),
};

// ---- What the cards should show, from the build and the example document -----------------------

const pieces = JSON.parse(await readFile(piecesFile, 'utf8'));
const { renderToString } = await import(serverEntry);
const entities = { amp: '&', lt: '<', gt: '>', quot: '"' };
/** Text from HTML: Lit's escapes, and the numeric ones of WordPress's (`&#038;`, `&#039;`). */
const text = (html) =>
  html.replace(/&(amp|lt|gt|quot|#\d+);/g, (_, name) => entities[name] ?? String.fromCodePoint(name.slice(1)));
/** The bundled networks' names by id, per language, in the bundled order. */
const bundled = Object.fromEntries(
  Object.entries(pieces).map(([language, { cards }]) => [
    language,
    Object.entries(cards[2]).map(([id, html]) => [id, text(html.match(/class=name>([^<]*)</)[1])]),
  ]),
);
const names = (language, ids) => ids.map((id) => new Map(bundled[language]).get(id));
const allIds = bundled.en.map(([id]) => id);
const exampleDocument = JSON.parse(await readFile(join(root, 'demo/networks.example.json'), 'utf8'));
/** Every name a network's heading may have here, longest first (so that a name is not taken for its start). */
const networkNames = [
  ...new Set([
    ...Object.values(bundled).flatMap((list) => list.map(([, name]) => name)),
    ...exampleDocument.networks.map((network) => network.shortName),
  ]),
].sort((a, b) => b.length - a.length);

/** The README's recipes, as a post holds them (demo/recipes/wordpress/). */
const recipe = (name) => readFile(join(root, 'demo/recipes/wordpress', name), 'utf8');
const recipes = {
  // After the comment that says what the file is.
  block: (await recipe('block.html')).replace(/^<!--(?! wp:)[\s\S]*?-->\n/, ''),
  classic: await recipe('classic-content.txt'),
};

/** What the block recipe and the classic one both show and print: the same element. */
const recipeCards = {
  expect: { names: names('fr', ['polis', 'iclei']), level: 3, language: 'fr', showAll: false, inHtml: true },
  printed: [{ lang: 'fr', networks: 'polis iclei', headingLevel: 3, single: true, noToggleAll: true }],
};

/**
 * The posts, each saved as its writer would save it. `content`: classic text, or blocks that
 * WordPress serializes itself. `expect`: the cards the page shows (names in order, heading
 * level, language), and whether the page's HTML holds them. `printed`: per element of the page,
 * the options the element reads from the attributes the plugin printed (beside the defaults:
 * see `read`), which renderToString must turn into the cards the page's HTML holds.
 */
const posts = ({ home }) => [
  {
    key: 'block',
    writer: 'author',
    title: 'Nos réseaux européens',
    content: [recipes.block],
    ...recipeCards,
  },
  {
    key: 'shortcode',
    writer: 'author',
    title: 'Our European networks',
    // Several lines, as the classic editor saves them: wpautop makes paragraphs and line breaks.
    content: [
      'Lille Métropole takes part in several European networks.\n\n' +
        '[lille-networks lang="en" networks="energy-cities eurocities" heading-level="4"]\n\n' +
        'For any question,\nwrite to the European office.',
    ],
    expect: {
      names: names('en', ['energy-cities', 'eurocities']),
      level: 4,
      language: 'en',
      showAll: true,
      inHtml: true,
    },
    printed: [{ lang: 'en', networks: 'energy-cities eurocities', headingLevel: 4 }],
  },
  {
    key: 'contributor',
    writer: 'contributor',
    title: 'Réseaux, proposés par une contributrice',
    content: [recipes.classic],
    ...recipeCards,
  },
  {
    key: 'defaults',
    writer: 'contributor',
    title: 'Every network',
    content: [{ block: 'lille-networks/networks' }],
    // No `lang`: the page's, from the site's language (en_US).
    expect: { names: names('en', allIds), level: 2, language: 'en', showAll: true, inHtml: true },
    // The page's language (en-US), which the element follows: the plugin renders the cards in it.
    printed: [{}],
  },
  {
    key: 'bad-values',
    writer: 'author',
    title: 'Bad values',
    content: [
      'Networks:\n\n[lille-networks lang="de" heading-level="9" networks="polis nope eurocities polis"]\n\nEnd.',
    ],
    expect: { names: names('en', ['polis', 'eurocities']), level: 2, language: 'en', showAll: true, inHtml: true },
    // A language tag the data lacks is the element's to handle (English); the rest is invalid.
    printed: [{ lang: 'de', networks: 'polis eurocities' }],
  },
  {
    key: 'src',
    writer: 'author',
    title: 'Networks from a document',
    content: [
      { block: 'lille-networks/networks', attrs: { lang: 'en', src: `${home}/wp-content/uploads/networks.json` } },
    ],
    expect: {
      names: exampleDocument.networks.map((network) => network.shortName),
      level: 2,
      language: 'en',
      showAll: true,
      inHtml: false,
    },
    printed: [{ lang: 'en', src: `${home}/wp-content/uploads/networks.json` }],
  },
  {
    key: 'plain',
    writer: 'author',
    title: 'A page without cards',
    content: ['Nothing European here.'],
  },
  {
    // What the README used to advise: an author types the script and the element.
    key: 'typed',
    writer: 'author',
    title: 'Typed by hand',
    content: [
      '<!-- wp:html -->\n' +
        '<script type="module" src="https://cdn.jsdelivr.net/npm/lille-networks/dist/lille-networks.js"></script>\n' +
        '<lille-networks lang="fr"></lille-networks>\n<!-- /wp:html -->',
    ],
  },
  ...hostile({ home }),
];

/** The block as a post holds it, its attributes written as given: JSON text, any type. */
const block = (attributes) => `<!-- wp:lille-networks/networks ${attributes} /-->\n\n`;
/** A megabyte: what no option needs, and what core's formatters choke on. */
const megabyte = 2 ** 20;

/**
 * Values of the wrong type or out of range, as a hand-edited post or a REST client may save
 * them (the editor writes none of them). The plugin prints only what it checked, so that the
 * element reads what its PHP read: the cards of the page's HTML are then the element's. A
 * block's attributes are read as the block editor reads them (a value of another type than
 * block.json's is the default), so that the editor, its preview and the page agree.
 */
const hostile = ({ home }) => [
  {
    key: 'hostile-booleans',
    writer: 'contributor',
    title: 'Booleans that are not',
    content: [
      block('{"single":"false","noToggleAll":"0"}'),
      block('{"single":"","noToggleAll":0}'),
      block('{"single":"true","noToggleAll":1}'),
      block('{"single":true,"noToggleAll":true}'),
    ],
    printed: [{}, {}, {}, { single: true, noToggleAll: true }],
  },
  {
    key: 'hostile-levels',
    writer: 'author',
    title: 'Heading levels that are not',
    content: [
      block('{"headingLevel":"3e0"}'),
      block('{"headingLevel":-7}'),
      block('{"headingLevel":1180591620717411303424}'),
      block('{"headingLevel":3.5}'),
      block('{"headingLevel":"4"}'),
      block('{"headingLevel":null}'),
      block('{"headingLevel":[5]}'),
      block('{"headingLevel":4.0}'),
      block('{"headingLevel":6}'),
    ],
    printed: [{}, {}, {}, {}, {}, {}, {}, { headingLevel: 4 }, { headingLevel: 6 }],
  },
  {
    key: 'hostile-languages',
    writer: 'author',
    title: 'Languages that are not',
    content: [
      block('{"lang":"fr-FR"}'),
      block('{"lang":"x"}'),
      block('{"lang":"en US"}'),
      block('{"lang":"fr\\u0022 onclick=\\u0022alert(1)"}'),
      // As the element's pattern goes, but longer than a tag is.
      block(`{"lang":"en-${'abcdefgh-'.repeat(4)}x"}`),
      block('{"lang":["fr"]}'),
    ],
    printed: [{ lang: 'fr-FR' }, {}, {}, {}, {}, {}],
  },
  {
    key: 'hostile-networks',
    writer: 'author',
    title: 'Networks that are not',
    content: [
      block('{"networks":"iclei, nope polis,iclei"}'),
      // Nothing it knows: no element (one would show no card, or all of them without `networks`).
      block('{"networks":"nope POLIS"}'),
      block('{"networks":["polis"]}'),
      // Another document's ids: unknown to the bundled data, checked as ids only.
      block(`{"networks":"polis Not_an_id not-bundled polis","src":"${home}/wp-content/uploads/networks.json"}`),
    ],
    printed: [
      { networks: 'iclei polis' },
      {},
      { networks: 'polis not-bundled', src: `${home}/wp-content/uploads/networks.json` },
    ],
  },
  {
    // An editor's post is not filtered (kses would empty this one, in core's block parser).
    key: 'huge-blocks',
    writer: 'editor',
    title: 'Megabytes of options',
    content: [
      block(`{"lang":"fr-${'abcdefgh-'.repeat(megabyte / 9)}x"}`),
      block(`{"networks":"${'iclei nope '.repeat(megabyte / 11)}"}`),
      block(`{"src":"https://example.org/${'a'.repeat(megabyte)}.json"}`),
    ],
    printed: [{}, { networks: 'iclei' }, {}],
  },
  {
    key: 'huge-shortcodes',
    writer: 'author',
    title: 'Megabytes of shortcode',
    content: [
      `[lille-networks lang="fr-${'abcdefgh-'.repeat(megabyte / 9)}x"]\n\n` +
        `[lille-networks networks="${'iclei nope '.repeat(megabyte / 11)}"]`,
    ],
    printed: [{}, { networks: 'iclei' }],
  },
  {
    key: 'hostile-sources',
    writer: 'author',
    title: 'Data addresses that are not',
    content: [
      block('{"src":"javascript:alert(1)"}'),
      block(`{"src":"https://example.org/${'a'.repeat(2000)}.json"}`),
      block('{"src":"//example.org/networks.json"}'),
      block('{"src":"ftp://example.org/networks.json"}'),
      block('{"src":"example.org/networks.json"}'),
      block(`{"src":"${home}/wp-content/uploads/networks.json?a=1&b=2"}`),
    ],
    // Without an address the element shows the bundled data: so does the page's HTML.
    printed: [{}, {}, {}, {}, {}, { src: `${home}/wp-content/uploads/networks.json?a=1&b=2` }],
  },
  {
    key: 'hostile-shortcodes',
    writer: 'author',
    title: 'Shortcodes with values that are not',
    content: [
      [
        '[lille-networks single="false" no-toggle-all="0"]',
        '[lille-networks single no-toggle-all]',
        '[lille-networks single="" no-toggle-all="no"]',
        '[lille-networks single="TRUE" no-toggle-all="1"]',
        '[lille-networks single="yes" no-toggle-all="maybe"]',
        '[lille-networks heading-level="3e0"]',
        '[lille-networks heading-level=" 4 "]',
        '[lille-networks heading-level="3.5"]',
        '[lille-networks heading-level="-7"]',
        '[lille-networks lang="en US" networks="nope,iclei iclei"]',
        '[lille-networks src="javascript:alert(1)"]',
      ].join('\n\n'),
    ],
    printed: [
      {},
      { single: true, noToggleAll: true },
      {},
      { single: true, noToggleAll: true },
      { single: true },
      {},
      { headingLevel: 4 },
      {},
      {},
      { networks: 'iclei' },
      {},
    ],
  },
];

// ---- What the element reads from the plugin's markup --------------------------------------------

/** The attributes of a start tag's text, as HTML reads them: name → value, `true` for a name alone. */
const attributesOf = (tag) =>
  Object.fromEntries(
    [...tag.matchAll(/\s([^\s"'>/=]+)(?:="([^"]*)")?/g)].map(([, name, value]) => [name, value === undefined ? true : text(value)]),
  );

/** Each <lille-networks> in a page's HTML: the whole of it, its attributes, and what it holds. */
const elementsIn = (html) =>
  [...html.matchAll(/<lille-networks\b([^>]*)>([^]*?)<\/lille-networks>/g)].map(([markup, tag, inside]) => ({
    markup,
    attributes: attributesOf(tag),
    inside,
  }));

/**
 * The options the element reads from its attributes (src/lille-networks.ts, i18n.ts): `lang`,
 * else the page's (an empty one counts as none); `heading-level` as a number (`Number()`);
 * `single` and `no-toggle-all` on when present, whatever their value.
 */
const read = (attributes, pageLanguage) => ({
  lang: attributes.lang || pageLanguage,
  networks: attributes.networks ?? '',
  headingLevel: 'heading-level' in attributes ? Number(attributes['heading-level']) : 2,
  single: 'single' in attributes,
  noToggleAll: 'no-toggle-all' in attributes,
  src: attributes.src ?? '',
});

/** The attributes the plugin may print: the element's options, and the block's classes. */
const printable = new Set(['class', 'lang', 'networks', 'heading-level', 'single', 'no-toggle-all', 'src']);

/**
 * Checks the elements of a page's HTML: the element reads from each one's attributes the options
 * `printed` says (over the defaults), and holds the cards renderToString makes for those
 * options (none with `src`: the element renders that document's once it has it). The server's
 * HTML and the element then show the same cards, whatever the post holds.
 */
function assertPrinted(html, printed, what) {
  const pageLanguage = html.match(/<html\b[^>]*\slang="([^"]*)"/)[1];
  const defaults = { lang: pageLanguage, networks: '', headingLevel: 2, single: false, noToggleAll: false, src: '' };
  const elements = elementsIn(html);
  const options = elements.map(({ attributes }) => read(attributes, pageLanguage));
  assert.deepEqual(options, printed.map((given) => ({ ...defaults, ...given })), `${what}: what the element reads`);
  elements.forEach(({ attributes, inside }, i) => {
    const { src, ...rest } = options[i];
    const extra = Object.keys(attributes).filter((name) => !printable.has(name));
    assert.deepEqual(extra, [], `${what}: element ${i + 1} has no other attribute`);
    const cards = src ? '' : renderToString(rest).match(/^<lille-networks\b[^>]*>([^]*)<\/lille-networks>$/)[1];
    assert.equal(inside, cards, `${what}: element ${i + 1} holds renderToString's cards for what it reads`);
  });
}

// ---- Processes ---------------------------------------------------------------------------------

/** Runs `command` to its end; its output, or an error with it. */
function run(command, args, { input, env } = {}) {
  return new Promise((done, fail) => {
    const child = spawn(command, args, { env: { ...process.env, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.setEncoding('utf8').on('data', (chunk) => (stdout += chunk));
    child.stderr.setEncoding('utf8').on('data', (chunk) => (stderr += chunk));
    child.once('error', fail);
    child.once('exit', (code) => {
      if (code === 0) done({ stdout, stderr });
      else fail(new Error(`${command} ${args.join(' ')} failed (${code}):\n${stderr}${stdout}`));
    });
    child.stdin.end(input ?? '');
  });
}

// ---- The suite ---------------------------------------------------------------------------------

/** PHP's built-in server answers one request at a time per worker. */
const phpWorkers = 4;

function wordpressSuite() {
  let dir, mariadb, php, browser, home, site, setupOutput;

  before(async () => {
    dir = await mkdtemp(join(tmpdir(), 'lille-networks-wp-'));
    const socket = join(dir, 'mysqld.sock');
    const asRoot = process.getuid() === 0 ? ['--user=root'] : [];

    const database = (async () => {
      await run(sbin('mariadb-install-db'), [
        '--no-defaults', `--datadir=${join(dir, 'db')}`, '--auth-root-authentication-method=normal',
        '--skip-test-db', ...asRoot,
      ]);
      mariadb = await startUntil(/ready for connections/, sbin('mariadbd'), [
        '--no-defaults', `--datadir=${join(dir, 'db')}`, `--socket=${socket}`, '--skip-networking',
        '--skip-grant-tables', `--pid-file=${join(dir, 'mysqld.pid')}`, ...asRoot,
      ]);
    })();

    const port = await freePort();
    home = `http://127.0.0.1:${port}`;
    site = join(dir, 'site');
    const content = join(site, 'wp-content');
    await Promise.all(['plugins', 'themes', 'uploads'].map((name) => mkdir(join(content, name), { recursive: true })));
    for (const entry of readdirSync(wordpress)) {
      if (['wp-config.php', 'wp-content', '.htaccess'].includes(entry)) continue;
      await symlink(join(wordpress, entry), join(site, entry));
    }
    await symlink(join(root, 'test/wordpress/wp-config.php'), join(site, 'wp-config.php'));
    // As Debian links it into /var/lib/wordpress/wp-content/themes.
    await symlink(theme, join(content, 'themes/twentytwentythree'));
    await copyFile(join(root, 'demo/networks.example.json'), join(content, 'uploads/networks.json'));
    // WordPress's installer deletes the zip it unpacks: give it a copy.
    await copyFile(zip, join(dir, 'upload.zip'));
    const salts = ['AUTH', 'SECURE_AUTH', 'LOGGED_IN', 'NONCE'].flatMap((name) => [`${name}_KEY`, `${name}_SALT`]);
    await writeFile(
      join(site, 'lille-networks-test.json'),
      JSON.stringify({
        socket,
        home,
        log: join(dir, 'debug.log'),
        salts: Object.fromEntries(salts.map((name) => [name, randomBytes(32).toString('base64')])),
      }),
    );

    // Every other host name fails at once, so that a request to the outside is seen, not waited on.
    const chromium = launchChromium(['--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1']);
    [browser] = await Promise.all([chromium, database]);

    const phpOptions = ['-d', 'error_reporting=-1', '-d', 'display_errors=stderr'];
    const spec = { zip: join(dir, 'upload.zip'), posts: posts({ home }) };
    const setupScript = join(root, 'test/wordpress/setup.php');
    const setup = await run('php', [...phpOptions, setupScript, site], { input: JSON.stringify(spec) });
    setupOutput = { ...JSON.parse(setup.stdout), stderr: setup.stderr };

    const router = join(root, 'test/wordpress/router.php');
    php = await startUntil(/Development Server \(http:\/\/127\.0\.0\.1:\d+\) started/, 'php', [...phpOptions, '-S', `127.0.0.1:${port}`, '-t', site, router], {
      env: { ...process.env, PHP_CLI_SERVER_WORKERS: String(phpWorkers) },
    });
  });

  after(async () => {
    await browser?.close();
    // The web server first: it holds connections to the database.
    await php?.stop();
    await mariadb?.stop();
    if (dir) await rm(dir, { recursive: true, force: true });
  });

  const post = (key) => setupOutput.posts[key];
  /** The site, or data inside the page itself. */
  const local = (address) => address.startsWith(`${home}/`) || address.startsWith('data:');
  const spec = (key) => posts({ home }).find((entry) => entry.key === key);

  /**
   * Opens `url` in a new tab and waits for it to be loaded (and, with JavaScript, for every
   * <lille-networks> to show its cards). Every request and console warning is recorded; a request
   * that leaves 127.0.0.1, or an error in the page, fails the test that made it.
   */
  async function open(url, { javaScript = true, cards = true, loaded = false } = {}) {
    // A context of its own: a window of its own, so that the page renders (and waits on
    // animation frames) while other tests' pages do, and no cookie from another test.
    const context = await browser.createBrowserContext();
    const page = await context.newPage();
    const requests = [];
    const warnings = [];
    const errors = [];
    page.on('request', (request) => requests.push(request.url()));
    page.on('console', (message) => message.type() === 'warn' && warnings.push(message.text()));
    page.on('pageerror', (error) => errors.push(error.message));
    await page.setJavaScriptEnabled(javaScript);
    if (loaded) {
      // Data from `src` arrives after the first render, with the bundled data.
      await page.evaluateOnNewDocument(() =>
        document.addEventListener('lille-networks-load', () => (document.documentElement.dataset.loaded = 'yes')),
      );
    }
    const response = await page.goto(url, { waitUntil: 'load' });
    assert.equal(response.status(), 200, `${url} answers 200`);
    if (javaScript && cards) {
      await page.waitForFunction(() =>
        [...document.querySelectorAll('lille-networks')].every((el) => el.shadowRoot?.querySelector('[part=card]')),
      );
    }
    if (loaded) await page.waitForSelector('html[data-loaded]');
    const outside = requests.filter((address) => !local(address));
    assert.deepEqual({ outside, errors }, { outside: [], errors: [] }, `${url}: no request leaves ${home}, no error`);
    return { page, requests, warnings, close: () => context.close() };
  }

  /** The headings a person finds in `page`, shadow roots included: level and name. */
  async function headings(page) {
    // Only the full tree holds what shadow roots render; "interesting" nodes leave it out.
    const tree = await page.accessibility.snapshot({ interestingOnly: false });
    const found = [];
    const walk = (node) => {
      if (node.role === 'heading') found.push({ level: node.level, name: node.name });
      for (const child of node.children ?? []) walk(child);
    };
    walk(tree);
    return found;
  }

  /**
   * The networks whose heading the page shows, in order, with their heading levels: the cards
   * (a card's heading is named by its button: the name, a comma, the summary).
   */
  async function networksShown(page) {
    const shown = [];
    for (const { level, name } of await headings(page)) {
      const network = networkNames.find(
        (known) => name === known || (name.startsWith(known) && /^\s*,/.test(name.slice(known.length))),
      );
      if (network) shown.push({ name: network, level });
    }
    return shown;
  }

  /** Each expected network once, in order, at the expected level, and no other network. */
  async function assertNetworks(page, { names: expected, level }, what) {
    assert.deepEqual(await networksShown(page), expected.map((name) => ({ name, level })), what);
  }

  // Each test opens pages of its own: they run side by side, as many as PHP has workers.
  describe('what its users and visitors see', { concurrency: phpWorkers }, () => {
    test('the zip uploads through WordPress’s installer and activates, with the package’s version', async () => {
      const { version } = JSON.parse(await readFile(join(root, 'package.json'), 'utf8'));
      assert.deepEqual(setupOutput.plugin, { file: 'lille-networks/lille-networks.php', version, active: true });
      assert.match(setupOutput.versions.wordpress, /^6\.1\./);
    });

    test('an author’s hand-typed <script> and <lille-networks> are stripped on save (kses applies)', () => {
      const saved = post('typed').saved;
      assert.doesNotMatch(saved, /<script|<lille-networks/, saved);
      // What the plugin's posts keep, by contrast: the block and the shortcode as written.
      assert.match(post('block').saved, /<!-- wp:lille-networks\/networks \{"lang":"fr",/);
      assert.ok(post('shortcode').saved.includes(spec('shortcode').content[0].match(/\[lille-networks[^\]]*\]/)[0]));
    });

    for (const key of ['block', 'shortcode', 'contributor', 'defaults', 'bad-values', 'src']) {
      test(`${key}: the cards show as the options say, once, and a click opens one`, async () => {
        const { expect } = spec(key);
        const { page, close } = await open(post(key).url, { loaded: !expect.inHtml });
        await assertNetworks(page, expect, key);
        const cards = await page.$eval('lille-networks', (el) => ({
          lang: el.shadowRoot.querySelector('[lang]').lang,
          showAll: Boolean(el.shadowRoot.querySelector('[part=toggle-all]')),
        }));
        assert.deepEqual(cards, { lang: expect.language, showAll: expect.showAll });
        // A real click, at the button's place on the screen.
        const buttons = await page.$$('lille-networks >>> [part=button]');
        await buttons[0].click();
        await page.waitForFunction((el) => el.getAttribute('aria-expanded') === 'true', {}, buttons[0]);
        assert.equal(await page.$eval('lille-networks >>> [role=region]', (region) => region.checkVisibility()), true);
        await close();
      });
    }

    for (const key of ['block', 'shortcode', 'contributor', 'defaults', 'bad-values']) {
      test(`${key} without JavaScript: every card shows its content, once, at the level asked`, async () => {
        const { expect } = spec(key);
        const { page, close } = await open(post(key).url, { javaScript: false });
        await assertNetworks(page, expect, `${key} without JavaScript`);
        const shown = await page.$eval('lille-networks', (el) => ({
          lang: el.shadowRoot.querySelector('[lang]').lang,
          // wpautop left the element whole: the parser did not close it early at a </p>.
          whole: !el.closest('p'),
          panels: [...el.shadowRoot.querySelectorAll('[part=panel]')].map((panel) => panel.checkVisibility() && panel.offsetHeight > 0),
        }));
        assert.deepEqual(shown, { lang: expect.language, whole: true, panels: expect.names.map(() => true) });
        await close();
      });
    }

    // Fetched, not opened: what the plugin prints is the page's HTML.
    for (const key of posts({ home: '' }).flatMap((entry) => (entry.printed ? [entry.key] : []))) {
      test(`${key}: the element reads what the plugin checked, and holds the cards renderToString makes for it`, async () => {
        const response = await fetch(post(key).url);
        assert.equal(response.status, 200, `${key} answers 200`);
        assertPrinted(await response.text(), spec(key).printed, key);
      });
    }

    test('with src, the page\'s HTML holds no cards: they would be of the bundled data', async () => {
      const { page, close } = await open(post('src').url, { javaScript: false });
      assert.deepEqual(await networksShown(page), []);
      assert.equal(await page.$eval('lille-networks', (el) => el.innerHTML + (el.shadowRoot ? 'shadow' : '')), '');
      await close();
    });

    test('classic content still gets its paragraphs: wpautop runs around the shortcode', async () => {
      const { page, close } = await open(post('shortcode').url, { javaScript: false });
      const paragraphs = await page.$$eval('.wp-block-post-content > p', (list) => list.map((p) => p.innerHTML));
      assert.ok(paragraphs.some((html) => /For any question,<br>\s*write/.test(html)), JSON.stringify(paragraphs));
      await close();
    });

    for (const key of ['bad-values', 'hostile-levels']) {
      test(`${key} with JavaScript: the element keeps the cards' heading levels, and has nothing to warn about`, async () => {
        const { page, warnings, close } = await open(post(key).url);
        const levels = await page.$$eval('lille-networks', (list) =>
          list.map((el) => [...new Set([...el.shadowRoot.querySelectorAll('[part=heading]')].map((h) => h.localName))]),
        );
        assert.deepEqual(levels, spec(key).printed.map(({ headingLevel = 2 }) => [`h${headingLevel}`]));
        assert.deepEqual(warnings.filter((warning) => warning.includes('lille-networks')), []);
        await close();
      });
    }

    test('posts saved through the REST API by an author, a contributor and an editor: each page, and the editor’s preview of each block', async () => {
      /** A REST API client with `role`'s session, as the editor has it: its cookies and a nonce. */
      const restAs = async (role) => {
        const cookie = setupOutput.cookies[role].map(({ name, value }) => `${name}=${value}`).join('; ');
        const nonce = await (await fetch(`${home}/wp-admin/admin-ajax.php?action=rest-nonce`, { headers: { cookie } })).text();
        return async (method, route, body) => {
          const response = await fetch(`${home}/wp-json${route}`, {
            method,
            headers: { cookie, 'x-wp-nonce': nonce, 'content-type': 'application/json' },
            body: JSON.stringify(body),
          });
          const answer = await response.text();
          // An error page is HTML: kept as text, for the assertion's message.
          return { status: response.status, body: /^[[{]/.test(answer) ? JSON.parse(answer) : answer };
        };
      };
      const administrator = await restAs('administrator');
      // Each part of a post: as saved, as the block editor then holds a block (`held`: of
      // block.json's types, else the defaults; none for a shortcode), and what the element reads
      // on the page.
      const saved = {
        author: [
          { content: block('{"single":"false","noToggleAll":"0"}'), held: {}, printed: {} },
          { content: block('{"headingLevel":3.5}'), held: { headingLevel: 3.5 }, printed: {} },
          { content: block(`{"headingLevel":${2n ** 70n}}`), held: { headingLevel: 2 ** 70 }, printed: {} },
          { content: block('{"headingLevel":"3e0","lang":"x"}'), held: {}, printed: {} },
          { content: `[lille-networks lang="fr" networks="${'polis nope '.repeat(megabyte / 11)}"]\n\n`, printed: { lang: 'fr', networks: 'polis' } },
        ],
        contributor: [
          { content: block('{"headingLevel":-7,"single":true}'), held: { headingLevel: -7, single: true }, printed: { single: true } },
          { content: block('{"headingLevel":"4","noToggleAll":"true"}'), held: {}, printed: {} },
          {
            content: block('{"headingLevel":3,"src":"javascript:alert(1)"}'),
            held: { headingLevel: 3, src: 'javascript:alert(1)' },
            printed: { headingLevel: 3 },
          },
          { content: '[lille-networks single="false" heading-level="2^70"]\n\n', printed: {} },
        ],
        // Saved unfiltered: kses would empty these (core's block parser gives up on a megabyte,
        // and JSON has no infinity to write back).
        editor: [
          // Infinity for the block editor, which JSON (the preview's request) writes as null.
          { content: block('{"headingLevel":1e400}'), held: { headingLevel: null }, printed: {} },
          {
            content: block(`{"lang":"fr-${'abcdefgh-'.repeat(megabyte / 9)}x","networks":"${'iclei nope '.repeat(megabyte / 11)}"}`),
            held: { lang: `fr-${'abcdefgh-'.repeat(megabyte / 9)}x`, networks: 'iclei nope '.repeat(megabyte / 11) },
            printed: { networks: 'iclei' },
          },
        ],
      };
      const defaults = { lang: '', networks: '', headingLevel: 2, single: false, noToggleAll: false, src: '' };
      // Each writer's post at once, as PHP has workers for them.
      const checks = Object.entries(saved).map(async ([writer, blocks]) => {
        const rest = await restAs(writer);
        const created = await rest('POST', '/wp/v2/posts', {
          title: `Saved through the REST API by the ${writer}`,
          content: blocks.map(({ content }) => content).join(''),
          status: writer === 'contributor' ? 'pending' : 'publish',
        });
        assert.equal(created.status, 201, JSON.stringify(created.body).slice(0, 500));
        const { id } = created.body;
        // The editor's preview, as it asks for it (ServerSideRender, within the post).
        const route = `/wp/v2/block-renderer/lille-networks/networks?context=edit&post_id=${id}&_locale=user`;
        const previews = [];
        for (const { held } of blocks.filter((part) => part.held)) {
          const preview = await rest('POST', route, { attributes: { ...defaults, ...held } });
          assert.equal(preview.status, 200, `${writer}'s preview of ${JSON.stringify(held).slice(0, 100)}: ${JSON.stringify(preview.body).slice(0, 300)}`);
          previews.push(preview.body.rendered);
        }
        if (writer === 'contributor') {
          assert.equal((await administrator('POST', `/wp/v2/posts/${id}`, { status: 'publish' })).status, 200);
        }
        const response = await fetch(created.body.link);
        assert.equal(response.status, 200, `${writer}'s post answers 200`);
        const html = await response.text();
        assertPrinted(html, blocks.map(({ printed }) => printed), `${writer}'s post`);
        // The preview prints what the page prints; without `lang`, its cards are in the editor's
        // language, which the element follows there (the author works in French: setup.php).
        const tag = (markup) => markup.match(/^<[^>]*>/)[0];
        const shown = elementsIn(html).flatMap(({ markup }, i) => (blocks[i].held ? [tag(markup)] : []));
        assert.deepEqual(previews.map(tag), shown, `${writer}'s previews print the page's attributes`);
        const editorLanguage = writer === 'author' ? 'fr-FR' : 'en-US';
        const held = blocks.filter((part) => part.held).map(({ printed }) => printed);
        assertPrinted(`<html lang="${editorLanguage}">${previews.join('')}`, held, `${writer}'s previews`);
      });
      await Promise.all(checks);
    });

    test('the plugin’s folders list nothing where a server would list them: each has an empty index.php', async () => {
      const plugin = join(site, 'wp-content/plugins/lille-networks');
      const folders = ['', ...readdirSync(plugin, { recursive: true }).filter((name) => statSync(join(plugin, name)).isDirectory())];
      assert.deepEqual(folders.sort(), ['', 'build', 'languages']);
      for (const folder of folders) {
        const response = await fetch(`${home}/wp-content/plugins/lille-networks/${folder}`);
        assert.deepEqual({ status: response.status, body: await response.text() }, { status: 200, body: '' }, folder);
        assert.equal(await readFile(join(plugin, folder, 'index.php'), 'utf8'), '<?php // Silence is golden.\n');
      }
    });

    test('the script is the plugin’s own module, only on pages that show the element', async () => {
      const bundle = `${home}/wp-content/plugins/lille-networks/build/lille-networks.js`;
      const { page, requests, close } = await open(post('block').url);
      const scripts = await page.$$eval('script[src*="lille-networks"]', (list) =>
        list.map((script) => ({ type: script.type, src: script.src })),
      );
      assert.equal(scripts.length, 1, JSON.stringify(scripts));
      assert.equal(scripts[0].type, 'module');
      assert.ok(scripts[0].src.startsWith(`${bundle}?`), scripts[0].src);
      assert.ok(requests.some((address) => address.startsWith(bundle)));
      await close();

      const plain = await open(post('plain').url, { cards: false });
      assert.equal(await plain.page.$$eval('script[src*="lille-networks"], lille-networks', (list) => list.length), 0);
      assert.equal(plain.requests.some((address) => address.includes('lille-networks')), false);
      await plain.close();
    });

    test('in single mode, opening a card closes the other', async () => {
      const { page, close } = await open(post('block').url);
      const buttons = await page.$$('lille-networks >>> [part=button]');
      const expanded = () => Promise.all(buttons.map((button) => button.evaluate((b) => b.ariaExpanded)));
      await buttons[0].click();
      await page.waitForFunction((b) => b.getAttribute('aria-expanded') === 'true', {}, buttons[0]);
      await buttons[1].click();
      await page.waitForFunction((b) => b.getAttribute('aria-expanded') === 'true', {}, buttons[1]);
      assert.deepEqual(await expanded(), ['false', 'true']);
      await close();
    });

    test('an author adds the block, sets it in the sidebar (in her French), publishes: the post shows it', async () => {
      const context = await browser.createBrowserContext();
      const page = await context.newPage();
      const outside = [];
      const errors = [];
      page.on('request', (request) => !local(request.url()) && outside.push(request.url()));
      page.on('pageerror', (error) => errors.push(error.message));
      const previews = [];
      page.on('response', (response) => {
        if (response.url().includes('block-renderer')) previews.push(`${response.request().method()} ${response.status()}`);
      });
      await page.setViewport({ width: 1400, height: 1000 });
      await context.setCookie(...setupOutput.cookies.author.map((cookie) => ({ ...cookie, domain: '127.0.0.1', path: '/' })));
      await page.goto(`${home}/wp-admin/post-new.php`, { waitUntil: 'load' });

      /**
       * The one control of `role` that a person reads as `name` (the sidebar's labels are
       * upper-cased by CSS, which Chromium's names follow), looked for at each frame until it shows.
       */
      async function control(role, name) {
        // As long as puppeteer's own waits.
        const deadline = Date.now() + 30_000;
        for (;;) {
          const found = [];
          const walk = (node) => {
            if (node.role === role && node.name?.trim().toLowerCase() === name.toLowerCase()) found.push(node);
            for (const child of node.children ?? []) walk(child);
          };
          walk(await page.accessibility.snapshot());
          if (found.length === 1) return found[0].elementHandle();
          assert.ok(Date.now() < deadline, `one ${role} named ${name} (${found.length} found)`);
          await page.evaluate(() => new Promise((done) => requestAnimationFrame(done)));
        }
      }

      await (await control('textbox', 'Add title')).click();
      await page.keyboard.type('Réseaux, depuis l’éditeur');
      await (await control('button', 'Toggle block inserter')).click();
      await (await control('searchbox', 'Search for blocks and patterns')).type('Réseaux européens');
      await (await control('option', 'Réseaux européens')).click();
      // The preview is the server's rendering, brought to life by the bundle: all the cards.
      const preview = '.wp-block-lille-networks-networks lille-networks';
      const cardsIn = (at) => document.querySelector(at)?.shadowRoot?.querySelector('[part=card]');
      await page.waitForFunction(cardsIn, {}, preview);
      await (await control('button', 'Toggle block inserter')).click();
      await (await control('button', 'Settings')).click();

      await (await control('combobox', 'Langue')).select('fr');
      await (await control('combobox', 'Réseaux')).click();
      for (const id of ['polis', 'iclei']) {
        await page.keyboard.type(id);
        await page.keyboard.press('Enter');
      }
      // Out of the list of suggestions, which covers the controls below.
      await page.keyboard.press('Tab');
      await (await control('combobox', 'Niveau de titre')).select('3');
      await (await control('checkbox', 'Une seule carte ouverte à la fois')).click();
      const { expect } = spec('block');
      await page.waitForFunction(
        (selector, names) => {
          const root = document.querySelector(selector)?.shadowRoot;
          const buttons = [...(root?.querySelectorAll('h3 [part=button]') ?? [])];
          const shown = buttons.map((button) => button.firstElementChild.textContent);
          return shown.join('|') === names.join('|') && !root.querySelector('[part=toggle-all]');
        },
        {},
        preview,
        expect.names,
      );

      await (await control('button', 'Publish')).click();
      // Then the same button in the panel that asks to confirm.
      const confirm = '.editor-post-publish-panel ::-p-aria([name="Publish"][role="button"])';
      await (await page.waitForSelector(confirm)).click();
      const view = await page.waitForSelector('::-p-aria([name="View Post"][role="link"])');
      const url = await view.evaluate((link) => link.href);
      assert.deepEqual({ outside, errors }, { outside: [], errors: [] }, 'the editor runs without errors, offline');
      // The preview sends the block's attributes in the request's body, which has no length
      // limit as an address has, and keeps their types.
      assert.deepEqual([...new Set(previews)], ['POST 200'], 'the preview asks as the REST test does');
      await context.close();

      const published = await open(url);
      await assertNetworks(published.page, expect, 'published from the editor');
      const showAll = (el) => el.shadowRoot.querySelector('[part=toggle-all]') !== null;
      assert.equal(await published.page.$eval('lille-networks', showAll), false);
      await published.close();
    });
  });

  test('PHP logs no warning, notice or deprecation', async () => {
    const log = existsSync(join(dir, 'debug.log')) ? await readFile(join(dir, 'debug.log'), 'utf8') : '';
    // The built-in server's own lines name requests (…/deprecated.min.js): not messages.
    const served = /^\[\d+\] \[[^\]]+\] (PHP .* started|127\.0\.0\.1:\d+ (Accepted|Closing|\[\d{3}\]: \w+ \S+))$/;
    const server = php.output.split('\n').filter((line) => !served.test(line));
    const all = [log, setupOutput.stderr, ...server].join('\n');
    assert.doesNotMatch(all, /\b(Warning|Notice|Deprecated|Fatal error|Parse error)\b/i, all);
  });
}

// ---- Run, or say how to install what is missing ------------------------------------------------

const absent = Object.keys(hostPackages).filter((name) => !hostPackages[name]);
const missing =
  `wordpress.test.mjs: WordPress, MariaDB, PHP or Chromium is missing (${absent.join(', ')}): ` +
  `apt-get install --no-install-recommends ${absent.join(' ')}`;
if (absent.length) {
  if (isCI()) throw new Error(missing);
  console.log(missing);
} else {
  describe('The WordPress plugin in Debian’s WordPress', wordpressSuite);
}

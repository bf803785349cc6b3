/**
 * Writes dist/wordpress/lille-networks.zip, the WordPress plugin as a site installs it
 * (Plugins → Add New → Upload Plugin): the folder `lille-networks/` with the sources in
 * wordpress/ and its own copy of the build (no CDN request), under `build/`. Run after Rollup.
 *
 * Made here rather than written by hand, so that each thing has one description:
 *   - `{{version}}` in the sources becomes package.json's version (plugin header, readme's
 *     stable tag, block.json, the scripts' `?ver=`);
 *   - editor.asset.php, which WordPress reads for the editor script's dependencies, lists the
 *     `wp.*` globals that editor.js uses, as @wordpress/dependency-extraction-webpack-plugin
 *     does for imports, and a hash of the script as its version;
 *   - each languages/*.po (the plugin's own words, translated) becomes the .mo that PHP reads
 *     and the .json that WordPress gives editor.js (as `wp i18n make-mo` and `make-json` do);
 *     the build fails when a text of block.json, the plugin's header or editor.js has none;
 *   - each folder gets an empty index.php (`<?php // Silence is golden.`, as WordPress core's
 *     folders have), so that a server that lists a folder without an index lists none of these.
 *
 * Entries carry a fixed date, so that the same sources give the same bytes.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import AdmZip from 'adm-zip';

const root = resolve(import.meta.dirname, '..');
const sources = join(root, 'wordpress');
const dist = join(root, 'dist');
const pluginZip = join(dist, 'wordpress', 'lille-networks.zip');
/** The md5 of the editor script's path: WordPress looks for its translations under that name. */
const editorScriptHash = createHash('md5').update('editor.js').digest('hex');
/** The plugin's folder in the zip, hence in wp-content/plugins. */
const folder = 'lille-networks';

/** What the plugin takes from the build, and where it puts it. */
const fromBuild = {
  'lille-networks.js': 'build/lille-networks.js',
  'lille-networks.iife.js': 'build/lille-networks.iife.js',
  'lille-networks.pieces.json': 'build/lille-networks.pieces.json',
};

const textFile = /\.(php|js|json|txt|md)$/;

/** `wp.blockEditor` → `wp-block-editor`: the script handle WordPress gives each `wp.*` package. */
function editorAsset(script) {
  const packages = new Set([...script.matchAll(/\bwp\.([a-z][A-Za-z0-9]*)\b/g)].map((match) => match[1]));
  const kebab = (name) => name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
  const handles = [...packages].map((name) => `wp-${kebab(name)}`).sort();
  const version = createHash('sha256').update(script).digest('hex').slice(0, 20);
  const list = handles.map((handle) => `'${handle}'`).join(', ');
  return `<?php return array( 'dependencies' => array( ${list} ), 'version' => '${version}' );\n`;
}

/** The entries of a .po file: `{ context, id, text }`, the header (id '') first. */
function parsePo(po) {
  const entries = [];
  let entry = {};
  let field;
  const unquote = (quoted) => JSON.parse(quoted.replace(/\\(?!["\\nt])/g, '\\\\'));
  const flush = () => {
    if (entry.id !== undefined) entries.push({ context: entry.context, id: entry.id, text: entry.text ?? '' });
    entry = {};
  };
  for (const line of po.split('\n').map((l) => l.trim())) {
    const keyword = line.match(/^(msgctxt|msgid|msgstr)\s+(".*")$/);
    if (keyword) {
      if (keyword[1] === 'msgctxt' || (keyword[1] === 'msgid' && entry.text !== undefined)) flush();
      field = { msgctxt: 'context', msgid: 'id', msgstr: 'text' }[keyword[1]];
      entry[field] = unquote(keyword[2]);
    } else if (line.startsWith('"')) {
      entry[field] += unquote(line);
    } else if (line === '' && entry.text !== undefined) {
      flush();
    }
  }
  flush();
  return entries;
}

/** The key of an entry in a .mo file or a Jed JSON file: its context, EOT, its text. */
const keyOf = ({ context, id }) => (context === undefined ? id : `${context}\u0004${id}`);

/** A GNU .mo file (little-endian, no hash table), which WordPress's MO reader reads. */
function moFile(entries) {
  const sorted = entries
    .map((entry) => ({ key: Buffer.from(keyOf(entry)), text: Buffer.from(entry.text) }))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const count = sorted.length;
  const header = Buffer.alloc(28 + count * 16);
  header.writeUInt32LE(0x950412de, 0);
  header.writeUInt32LE(0, 4);
  header.writeUInt32LE(count, 8);
  header.writeUInt32LE(28, 12);
  header.writeUInt32LE(28 + count * 8, 16);
  header.writeUInt32LE(0, 20);
  header.writeUInt32LE(28 + count * 16, 24);
  const strings = [];
  let offset = header.length;
  const table = (index, tableStart, bytes) => {
    header.writeUInt32LE(bytes.length, tableStart + index * 8);
    header.writeUInt32LE(offset, tableStart + index * 8 + 4);
    strings.push(bytes, Buffer.from([0]));
    offset += bytes.length + 1;
  };
  sorted.forEach(({ key }, index) => table(index, 28, key));
  sorted.forEach(({ text }, index) => table(index, 28 + count * 8, text));
  return Buffer.concat([header, ...strings]);
}

/** The Jed 1.x JSON that wp_set_script_translations() hands to wp.i18n. */
function jedFile(entries, locale) {
  const headers = Object.fromEntries(
    (entries.find((entry) => entry.id === '')?.text ?? '')
      .split('\n')
      .filter(Boolean)
      .map((line) => line.split(/:\s*/, 2)),
  );
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': headers['Plural-Forms'] } };
  for (const entry of entries) if (entry.id) messages[keyOf(entry)] = [entry.text];
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}

/**
 * The texts WordPress translates with the plugin's text domain: block.json's title, description
 * and keywords (with the contexts of WordPress's i18n schema), the plugin header's name and
 * description, and the `__()` calls of editor.js.
 */
function translatable(files) {
  const block = JSON.parse(files.get('block.json').toString('utf8'));
  const header = files.get('lille-networks.php').toString('utf8');
  const field = (name) => header.match(new RegExp(`^ \\* ${name}:\\s*(.+)$`, 'm'))[1].trim();
  const script = files.get('editor.js').toString('utf8');
  const calls = [...script.matchAll(/\b__\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'lille-networks'\s*,?\s*\)/g)];
  return {
    php: [
      { context: 'block title', id: block.title },
      { context: 'block description', id: block.description },
      ...block.keywords.map((id) => ({ context: 'block keyword', id })),
      { id: field('Plugin Name') },
      { id: field('Description') },
    ],
    js: calls.map((call) => ({ id: call[1].replace(/\\(.)/g, '$1') })),
  };
}

function buildPluginZip() {
  const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  /** @type {Map<string, Buffer>} path inside the plugin folder → bytes */
  const files = new Map();

  for (const entry of readdirSync(sources, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    const file = join(entry.parentPath ?? entry.path, entry.name);
    const name = relative(sources, file).split('\\').join('/');
    let bytes = readFileSync(file);
    if (textFile.test(name)) {
      const text = bytes.toString('utf8').replaceAll('{{version}}', version);
      if (text.includes('{{')) throw new Error(`wordpress/${name}: a {{placeholder}} this script does not fill`);
      bytes = Buffer.from(text);
    }
    files.set(name, bytes);
  }
  files.set('editor.asset.php', Buffer.from(editorAsset(files.get('editor.js').toString('utf8'))));

  const wanted = translatable(files);
  for (const name of [...files.keys()].filter((file) => /^languages\/.+\.po$/.test(file))) {
    const entries = parsePo(files.get(name).toString('utf8'));
    const has = new Set(entries.filter((entry) => entry.text).map(keyOf));
    const untranslated = [...wanted.php, ...wanted.js].map(keyOf).filter((key) => !has.has(key));
    if (untranslated.length) {
      const list = untranslated.map((key) => JSON.stringify(key)).join(', ');
      throw new Error(`wordpress/${name} has no translation of: ${list}`);
    }
    const base = name.slice(0, -'.po'.length);
    const locale = base.split('-').at(-1);
    files.set(`${base}.mo`, moFile(entries));
    const forScript = new Set(wanted.js.map(keyOf));
    const scriptEntries = entries.filter((entry) => !entry.id || forScript.has(keyOf(entry)));
    // The name WordPress looks for: the domain, the locale and the md5 of the script's path.
    files.set(`${base}-${editorScriptHash}.json`, Buffer.from(jedFile(scriptEntries, locale)));
  }
  for (const [built, name] of Object.entries(fromBuild)) {
    const file = join(dist, built);
    if (!existsSync(file)) throw new Error(`${relative(root, file)} is missing: run Rollup (npm run build) first`);
    files.set(name, readFileSync(file));
  }

  const folders = new Set([...files.keys()].map((name) => name.split('/').slice(0, -1).join('/')));
  for (const folder of folders) {
    const index = folder ? `${folder}/index.php` : 'index.php';
    if (!files.has(index)) files.set(index, Buffer.from('<?php // Silence is golden.\n'));
  }

  const zip = new AdmZip();
  // The DOS epoch's first full day, so that no time zone moves it before 1980.
  const date = new Date(1980, 0, 2);
  for (const name of [...files.keys()].sort()) {
    zip.addFile(`${folder}/${name}`, files.get(name), '', 0o644 << 16);
    zip.getEntry(`${folder}/${name}`).header.time = date;
  }
  mkdirSync(dirname(pluginZip), { recursive: true });
  zip.writeZip(pluginZip);
  return { version, files: [...files.keys()].sort(), bytes: statSync(pluginZip).size };
}

const { files, bytes } = buildPluginZip();
console.log(`${relative(root, pluginZip)}: ${files.length} files, ${(bytes / 1024).toFixed(1)} KiB`);

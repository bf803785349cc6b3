/**
 * Writes dist/wordpress/lille-networks.zip, the WordPress plugin as a site uploads it: the
 * folder `lille-networks/` with the sources of wordpress/ and its own copy of the build under
 * `build/` (no CDN request). Made rather than written by hand, so that each thing is described
 * once:
 *   - `{{version}}` becomes package.json's version (header, readme, block.json, `?ver=`);
 *   - editor.asset.php lists the `wp.*` packages editor.js uses and a hash of it as its version,
 *     as @wordpress/dependency-extraction-webpack-plugin does for imports;
 *   - each languages/*.po becomes the .mo PHP reads and the .json WordPress gives editor.js (as
 *     `wp i18n make-mo` and `make-json` do), and the build fails when a text of block.json, the
 *     plugin's header or editor.js has no translation;
 *   - each folder gets an empty index.php, as WordPress's own folders have, so that a server
 *     that lists folders without an index lists none of these.
 * Entries carry a fixed date, so that the same sources give the same bytes.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import AdmZip from 'adm-zip';

const root = new URL('../', import.meta.url).pathname;
const pluginZip = join(root, 'dist/wordpress/lille-networks.zip');
const { version } = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
const hash = (algorithm, data) => createHash(algorithm).update(data).digest('hex');

/** A .po file's entries, `{ context, id, text }`, the header (id '') first. */
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
    } else if (line.startsWith('"')) entry[field] += unquote(line);
    else if (line === '' && entry.text !== undefined) flush();
  }
  flush();
  return entries;
}

/** An entry's key in .mo and Jed files: its context, EOT, its text. */
const keyOf = ({ context, id }) => (context === undefined ? id : `${context}\u0004${id}`);

/** A GNU .mo file (little-endian, no hash table), as WordPress's MO reader reads it. */
function moFile(entries) {
  const sorted = entries
    .map((entry) => ({ key: Buffer.from(keyOf(entry)), text: Buffer.from(entry.text) }))
    .sort((a, b) => Buffer.compare(a.key, b.key));
  const count = sorted.length;
  const header = Buffer.alloc(28 + count * 16);
  [0x950412de, 0, count, 28, 28 + count * 8, 0, 28 + count * 16].forEach((value, i) => header.writeUInt32LE(value, i * 4));
  const strings = [];
  let offset = header.length;
  const write = (tableStart) => (bytes, index) => {
    header.writeUInt32LE(bytes.length, tableStart + index * 8);
    header.writeUInt32LE(offset, tableStart + index * 8 + 4);
    strings.push(bytes, Buffer.from([0]));
    offset += bytes.length + 1;
  };
  sorted.map(({ key }) => key).forEach(write(28));
  sorted.map(({ text }) => text).forEach(write(28 + count * 8));
  return Buffer.concat([header, ...strings]);
}

/** The Jed 1.x JSON that wp_set_script_translations() hands to wp.i18n. */
function jedFile(entries, locale) {
  const header = entries.find((entry) => entry.id === '')?.text ?? '';
  const headers = Object.fromEntries(header.split('\n').filter(Boolean).map((line) => line.split(/:\s*/, 2)));
  const messages = { '': { domain: 'messages', lang: locale, 'plural-forms': headers['Plural-Forms'] } };
  for (const entry of entries) if (entry.id) messages[keyOf(entry)] = [entry.text];
  return `${JSON.stringify({ domain: 'messages', locale_data: { messages } })}\n`;
}

/** path in the plugin's folder → bytes */
const files = new Map();
for (const entry of readdirSync(join(root, 'wordpress'), { recursive: true, withFileTypes: true }).filter((e) => e.isFile())) {
  const file = join(entry.parentPath ?? entry.path, entry.name);
  const name = relative(join(root, 'wordpress'), file).split('\\').join('/');
  let bytes = readFileSync(file);
  if (/\.(php|js|json|txt|md)$/.test(name)) {
    const text = bytes.toString('utf8').replaceAll('{{version}}', version);
    if (text.includes('{{')) throw new Error(`wordpress/${name}: a {{placeholder}} this script does not fill`);
    bytes = Buffer.from(text);
  }
  files.set(name, bytes);
}
const text = (name) => files.get(name).toString('utf8');

// `wp.blockEditor` → `wp-block-editor`, the script handle WordPress gives each `wp.*` package.
const packages = new Set([...text('editor.js').matchAll(/\bwp\.([a-z][A-Za-z0-9]*)\b/g)].map((match) => match[1]));
const handles = [...packages].map((name) => `'wp-${name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`)}'`).sort();
const editorVersion = hash('sha256', text('editor.js')).slice(0, 20);
files.set('editor.asset.php', Buffer.from(`<?php return array( 'dependencies' => array( ${handles.join(', ')} ), 'version' => '${editorVersion}' );\n`));

// What WordPress translates with the plugin's text domain: block.json's title, description and
// keywords (in the contexts of its i18n schema), the header's name and description, editor.js's __() calls.
const block = JSON.parse(text('block.json'));
const header = (name) => text('lille-networks.php').match(new RegExp(`^ \\* ${name}:\\s*(.+)$`, 'm'))[1].trim();
const phpTexts = [
  { context: 'block title', id: block.title },
  { context: 'block description', id: block.description },
  ...block.keywords.map((id) => ({ context: 'block keyword', id })),
  { id: header('Plugin Name') },
  { id: header('Description') },
];
const jsTexts = [...text('editor.js').matchAll(/\b__\(\s*'((?:[^'\\]|\\.)*)'\s*,\s*'lille-networks'\s*,?\s*\)/g)]
  .map((call) => ({ id: call[1].replace(/\\(.)/g, '$1') }));
for (const name of [...files.keys()].filter((file) => /^languages\/.+\.po$/.test(file))) {
  const entries = parsePo(text(name));
  const translated = new Set(entries.filter((entry) => entry.text).map(keyOf));
  const untranslated = [...phpTexts, ...jsTexts].map(keyOf).filter((key) => !translated.has(key));
  if (untranslated.length) {
    throw new Error(`wordpress/${name} has no translation of: ${untranslated.map((key) => JSON.stringify(key)).join(', ')}`);
  }
  const base = name.slice(0, -'.po'.length);
  files.set(`${base}.mo`, moFile(entries));
  const forScript = new Set(jsTexts.map(keyOf));
  // The name WordPress looks for: the domain, the locale and the md5 of the script's path.
  const scriptEntries = entries.filter((entry) => !entry.id || forScript.has(keyOf(entry)));
  files.set(`${base}-${hash('md5', 'editor.js')}.json`, Buffer.from(jedFile(scriptEntries, base.split('-').at(-1))));
}
for (const built of ['lille-networks.js', 'lille-networks.iife.js', 'lille-networks.pieces.json']) {
  files.set(`build/${built}`, readFileSync(join(root, 'dist', built)));
}
for (const folder of new Set([...files.keys()].map((name) => name.split('/').slice(0, -1).join('/')))) {
  const index = folder ? `${folder}/index.php` : 'index.php';
  if (!files.has(index)) files.set(index, Buffer.from('<?php // Silence is golden.\n'));
}

const zip = new AdmZip();
for (const name of [...files.keys()].sort()) {
  zip.addFile(`lille-networks/${name}`, files.get(name), '', 0o644 << 16);
  // The DOS epoch's first full day, so that no time zone moves it before 1980.
  zip.getEntry(`lille-networks/${name}`).header.time = new Date(1980, 0, 2);
}
mkdirSync(join(root, 'dist/wordpress'), { recursive: true });
zip.writeZip(pluginZip);
console.log(`${relative(root, pluginZip)}: ${files.size} files, ${(statSync(pluginZip).size / 1024).toFixed(1)} KiB`);

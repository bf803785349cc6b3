/**
 * Writes the generated parts of README.md:
 *
 *   <!-- api:start --> … <!-- api:end -->  the API tables (attributes, properties, methods,
 *       events, CSS custom properties, parts), from the Custom Elements Manifest that the
 *       analyzer makes from src/ with custom-elements-manifest.config.mjs (the same config as
 *       the build, so the tables and custom-elements.json never disagree);
 *   <!-- cdn:start --> … <!-- cdn:end -->  the CDN snippets, with the package's version and the
 *       Subresource Integrity hashes of the bundles in dist/ (skipped when dist/ is not built).
 *
 * Usage:
 *   node scripts/readme-api.mjs           rewrite README.md (npm run docs)
 *   node scripts/readme-api.mjs --check   exit 1 when the API tables are stale; the CDN
 *                                         snippet is only reported, since its hashes are meant
 *                                         to match the release the snippet names
 */
import { existsSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { cli } from '@custom-elements-manifest/analyzer/cli.js';
import { cdnBase, sri } from './lib/artifacts.mjs';

const root = resolve(import.meta.dirname, '..');
const readmePath = resolve(root, 'README.md');
const check = process.argv.includes('--check');

/** Markdown for a table cell: one line, pipes escaped (also inside code spans, as GFM wants). */
const cell = (text = '') => String(text).replace(/\s*\n\s*/g, ' ').replace(/\|/g, '\\|');
const code = (text) => (text === undefined || text === '' ? '' : `\`${text}\``);

function table(headers, rows) {
  if (!rows.length) return [];
  return [
    `| ${headers.join(' | ')} |`,
    `| ${headers.map(() => '---').join(' | ')} |`,
    ...rows.map((row) => `| ${row.map(cell).join(' | ')} |`),
    '',
  ];
}

export function apiMarkdown(manifest) {
  const element = manifest.modules
    .flatMap((module) => module.declarations ?? [])
    .find((declaration) => declaration.customElement);
  const fields = element.members.filter((member) => member.kind === 'field');
  const methods = element.members.filter((member) => member.kind === 'method');
  const propertyOnly = fields.filter((field) => !field.attribute);
  const lines = [
    '<!-- Generated from the JSDoc in src/ by `npm run docs` (scripts/readme-api.mjs): edit the source, not this. -->',
    '',
    `\`<${element.tagName}>\`: ${element.summary ?? element.description}`,
    '',
    '### Attributes',
    '',
    'Each attribute is also a property (the name in the second column); setting either updates the element.',
    '',
    ...table(
      ['Attribute', 'Property', 'Type', 'Default', 'Reflected', 'Description'],
      element.attributes.map((attribute) => {
        const field = fields.find((member) => member.name === attribute.fieldName);
        return [
          code(attribute.name),
          code(attribute.fieldName),
          code(attribute.type?.text),
          code(attribute.default),
          field?.reflects ? 'yes' : '',
          attribute.description,
        ];
      }),
    ),
    '### Properties',
    '',
    'Properties that have no attribute:',
    '',
    ...table(
      ['Property', 'Type', 'Default', 'Description'],
      propertyOnly.map((field) => [
        code(field.name),
        code(field.type?.text),
        code(field.default),
        `${field.readonly ? 'Read-only. ' : ''}${field.description ?? ''}`,
      ]),
    ),
    '### Methods',
    '',
    ...table(
      ['Method', 'Returns', 'Description'],
      methods.map((method) => [
        code(`${method.name}(${(method.parameters ?? []).map((p) => `${p.name}: ${p.type?.text ?? 'unknown'}`).join(', ')})`),
        code(method.return?.type?.text),
        method.description,
      ]),
    ),
    '### Events',
    '',
    'All bubble and are composed (they cross shadow roots). The `detail` types are exported by the module.',
    '',
    ...table(
      ['Event', 'Type', 'Description'],
      element.events.map((event) => [code(event.name), code(event.type?.text), event.description]),
    ),
    '### CSS custom properties',
    '',
    ...table(
      ['Property', 'Default', 'Description'],
      element.cssProperties.map((property) => [code(property.name), code(property.default), property.description]),
    ),
    '### Parts',
    '',
    'Style them from the page with `lille-networks::part(name)`.',
    '',
    ...table(
      ['Part', 'Description'],
      element.cssParts.map((part) => [code(part.name), part.description]),
    ),
  ];
  return lines.join('\n').trimEnd();
}

export async function cdnMarkdown() {
  const pkg = JSON.parse(await readFile(resolve(root, 'package.json'), 'utf8'));
  const files = [`dist/${pkg.name}.js`, `dist/${pkg.name}.iife.js`];
  if (!files.every((file) => existsSync(resolve(root, file)))) return undefined;
  const [module, classic] = await Promise.all(
    files.map(async (file) => ({ url: `${cdnBase(pkg)}/${file}`, hash: sri(await readFile(resolve(root, file))) })),
  );
  return [
    `<!-- Generated by \`npm run docs\` from the build of ${pkg.name} ${pkg.version}. -->`,
    'As an ES module (modern browsers; runs after the page is parsed):',
    '',
    '```html',
    `<script type="module" src="${module.url}"`,
    `  integrity="${module.hash}"`,
    '  crossorigin="anonymous"></script>',
    '',
    '<lille-networks lang="fr"></lille-networks>',
    '```',
    '',
    'As a classic script, where a CMS accepts only those (`defer` runs it after parsing too):',
    '',
    '```html',
    `<script defer src="${classic.url}"`,
    `  integrity="${classic.hash}"`,
    '  crossorigin="anonymous"></script>',
    '```',
  ].join('\n');
}

function replaceBetween(text, name, content) {
  const start = `<!-- ${name}:start -->`;
  const end = `<!-- ${name}:end -->`;
  const from = text.indexOf(start);
  const to = text.indexOf(end);
  if (from < 0 || to < from) throw new Error(`README.md: no "${start}" … "${end}" markers`);
  return `${text.slice(0, from + start.length)}\n${content}\n${text.slice(to)}`;
}

const manifest = await cli({
  argv: ['analyze', '--config', resolve(root, 'custom-elements-manifest.config.mjs'), '--quiet'],
  cwd: root,
  noWrite: true,
});
const readme = await readFile(readmePath, 'utf8');
const withApi = replaceBetween(readme, 'api', apiMarkdown(manifest));
const cdn = await cdnMarkdown();
const updated = cdn ? replaceBetween(withApi, 'cdn', cdn) : withApi;

if (check) {
  if (withApi !== readme) {
    console.error('README.md: the API tables are stale (the JSDoc in src/ changed): run `npm run docs`.');
    process.exit(1);
  }
  if (cdn && replaceBetween(readme, 'cdn', cdn) !== readme) {
    console.log('README.md: the CDN snippet does not match the build in dist/ (fine between releases; run `npm run docs` before one).');
  }
  console.log('README.md: the API tables are up to date.');
} else if (updated !== readme) {
  await writeFile(readmePath, updated);
  console.log(`README.md: updated${cdn ? '' : ' (API only: run `npm run build` for the CDN snippet)'}.`);
} else {
  console.log('README.md: already up to date.');
}

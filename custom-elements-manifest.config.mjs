/**
 * The Custom Elements Manifest (custom-elements.json, written by `npm run build`), shaped after
 * what the package publishes: one module, the bundle, holding the element and the event-name
 * constants, and the public API only. scripts/readme-api.mjs makes README's API tables from it.
 */
const bundle = 'dist/lille-networks.js';

export default {
  globs: ['src/define.ts', 'src/lille-networks.ts', 'src/events.ts'],
  litelement: true,
  // package.json already names the manifest: the analyzer must not rewrite it.
  packagejson: false,
  outdir: '.',
  plugins: [publicApi()],
};

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function publicApi() {
  /** Event name → its type, from `interface HTMLElementEventMap` in src/events.ts. */
  const eventTypes = new Map();
  const isPublic = (member) => !member.name.startsWith('_') && member.privacy !== 'private' && member.privacy !== 'protected';
  return {
    name: 'lille-networks-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (!ts.isPropertySignature(member) || !member.type || !ts.isStringLiteral(member.name)) continue;
        eventTypes.set(member.name.text, member.type.getText());
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const elements = declarations.filter((declaration) => declaration.customElement);
      if (elements.length !== 1) throw new Error(`expected one custom element, found ${elements.length}`);
      const [element] = elements;
      // The analyzer lists the private `_` members, and Lit's internal state as attributes.
      element.members = (element.members ?? []).filter(isPublic);
      // An attribute kept in a private property belongs to the public member of its name, whose
      // getter and setter give it its meaning.
      const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
      element.attributes = (element.attributes ?? []).flatMap((attribute) => {
        if (!(attribute.fieldName ?? attribute.name).startsWith('_')) return [attribute];
        const member = element.members.find((candidate) => candidate.name === camel(attribute.name));
        if (!member) return [];
        return [{ ...attribute, fieldName: member.name, type: { text: 'string' }, description: attribute.description ?? member.description }];
      });
      // An event dispatched in a helper shows up named after its variable: only @fires events are real.
      element.events = (element.events ?? []).filter((event) => event.description).map((event) => {
        const type = eventTypes.get(event.name);
        if (!type) throw new Error(`@fires ${event.name}: not declared in HTMLElementEventMap (src/events.ts)`);
        return { ...event, type: { text: type } };
      });
      const undocumented = [...eventTypes.keys()].filter((name) => !element.events.some((event) => event.name === name));
      if (undocumented.length) throw new Error(`events ${undocumented.join(', ')} (src/events.ts) have no @fires tag on the element`);
      // The event-name constants are `const` strings: their literal is their type.
      const constants = declarations
        .filter((declaration) => declaration.kind === 'variable' && /Event$/.test(declaration.name))
        .map(({ default: value, ...declaration }) => ({ ...declaration, type: { text: value }, default: value }));
      const reference = (name) => ({ name, module: bundle });
      customElementsManifest.modules = [{
        kind: 'javascript-module',
        path: bundle,
        description: 'The bundle (lit included). Loading it defines `<lille-networks>`, once.',
        declarations: [element, ...constants],
        exports: [
          ...[element, ...constants].map(({ name }) => ({ kind: 'js', name, declaration: reference(name) })),
          { kind: 'custom-element-definition', name: element.tagName, declaration: reference(element.name) },
        ],
      }];
    },
  };
}

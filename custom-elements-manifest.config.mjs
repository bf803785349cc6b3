/**
 * Custom Elements Manifest (custom-elements.json, built by `npm run build`, not committed).
 *
 * The analyzer reads the TypeScript sources; the plugin below then shapes the manifest after
 * what the package publishes: one module, the bundle `dist/lille-networks.js`, holding the
 * element class and the event-name constants, and only the public API (the private `_` members
 * and Lit's internal `state` properties, which the analyzer lists as attributes, are dropped).
 * `scripts/readme-api.mjs` turns the result into the README's API tables.
 */
const bundle = 'dist/lille-networks.js';

export default {
  globs: ['src/define.ts', 'src/lille-networks.ts', 'src/events.ts'],
  litelement: true,
  // package.json already names the manifest; never let the analyzer rewrite that file.
  packagejson: false,
  outdir: '.',
  plugins: [publicApi()],
};

/** @returns {import('@custom-elements-manifest/analyzer').Plugin} */
function publicApi() {
  /** Event name → its type, from `interface HTMLElementEventMap` in src/events.ts. */
  const eventTypes = new Map();
  const isPublic = (member) =>
    !member.name.startsWith('_') && member.privacy !== 'private' && member.privacy !== 'protected';

  return {
    name: 'lille-networks-public-api',
    analyzePhase({ ts, node }) {
      if (!ts.isInterfaceDeclaration(node) || node.name.text !== 'HTMLElementEventMap') return;
      for (const member of node.members) {
        if (ts.isPropertySignature(member) && member.type && ts.isStringLiteral(member.name)) {
          eventTypes.set(member.name.text, member.type.getText());
        }
      }
    },
    packageLinkPhase({ customElementsManifest }) {
      const declarations = customElementsManifest.modules.flatMap((module) => module.declarations ?? []);
      const elements = declarations.filter((declaration) => declaration.customElement);
      if (elements.length !== 1) throw new Error(`expected one custom element, found ${elements.length}`);
      const [element] = elements;

      element.members = (element.members ?? []).filter(isPublic);
      // An attribute kept in a private property (`expanded`, in `_expandedIds`) belongs to the public
      // member of its own name, whose getter and setter give the property its meaning.
      const camel = (name) => name.replace(/-(\w)/g, (_, letter) => letter.toUpperCase());
      element.attributes = (element.attributes ?? []).flatMap((attribute) => {
        const field = attribute.fieldName ?? attribute.name;
        if (!field.startsWith('_')) return [attribute];
        const member = element.members.find((candidate) => candidate.name === camel(attribute.name));
        if (!member) return [];
        return [{ ...attribute, fieldName: member.name, type: { text: 'string' }, description: attribute.description ?? member.description }];
      });
      // `this.dispatchEvent(new CustomEvent(type, …))` in a helper shows up as an event named
      // after the variable: only the events documented with @fires are real.
      element.events = (element.events ?? [])
        .filter((event) => event.description)
        .map((event) => {
          const type = eventTypes.get(event.name);
          if (!type) throw new Error(`@fires ${event.name}: not declared in HTMLElementEventMap (src/events.ts)`);
          return { ...event, type: { text: type } };
        });
      for (const name of eventTypes.keys()) {
        if (!element.events.some((event) => event.name === name)) {
          throw new Error(`event ${name} (src/events.ts) has no @fires tag on the element`);
        }
      }

      // The event-name constants are `const` strings: give them their literal type.
      const constants = declarations
        .filter((declaration) => declaration.kind === 'variable' && /Event$/.test(declaration.name))
        .map(({ default: value, ...declaration }) => ({ ...declaration, type: { text: value }, default: value }));

      const reference = (name) => ({ name, module: bundle });
      customElementsManifest.modules = [
        {
          kind: 'javascript-module',
          path: bundle,
          description: 'The bundle (lit included). Loading it defines `<lille-networks>`, once.',
          declarations: [element, ...constants],
          exports: [
            { kind: 'js', name: element.name, declaration: reference(element.name) },
            ...constants.map(({ name }) => ({ kind: 'js', name, declaration: reference(name) })),
            { kind: 'custom-element-definition', name: element.tagName, declaration: reference(element.name) },
          ],
        },
      ];
    },
  };
}

/**
 * Imports the TypeScript sources that the build scripts need (schema, validation, bundled data,
 * UI strings) by bundling them with Rollup and @rollup/plugin-typescript into a temporary ES
 * module: the scripts read the very objects the element uses, never a copy.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { rollup } from 'rollup';
import typescript from '@rollup/plugin-typescript';

const root = resolve(import.meta.dirname, '../..');
const entryId = '\0lille-networks-sources';

const entry = `
export { validate, ValidationError } from ${JSON.stringify(join(root, 'src/data/schema-kit.ts'))};
export { documentSchema, networkSchema, projectSchema, languages } from ${JSON.stringify(join(root, 'src/data/schema.ts'))};
export { parseDocument } from ${JSON.stringify(join(root, 'src/data/parse.ts'))};
export { bundledNetworks } from ${JSON.stringify(join(root, 'src/data/networks.ts'))};
export { bundledStrings as strings } from ${JSON.stringify(join(root, 'src/i18n.ts'))};
export { describeCard } from ${JSON.stringify(join(root, 'src/card.ts'))};
`;

/**
 * @returns {Promise<{
 *   validate: <T>(schema: object, value: unknown, path?: string) => T,
 *   ValidationError: typeof Error,
 *   documentSchema: Record<string, unknown>, networkSchema: Record<string, unknown>,
 *   projectSchema: Record<string, unknown>, languages: readonly ['fr', 'en'],
 *   parseDocument: (value: unknown) => { networks: any[], dropped: string[] },
 *   bundledNetworks: any[],
 *   strings: Record<'fr' | 'en', Record<string, string>>,
 *   describeCard: (network: any, say: (text: any) => string, t: Record<string, string>) => any,
 * }>}
 */
export async function loadSources() {
  const bundle = await rollup({
    input: entryId,
    onwarn(warning, warn) {
      // The type check is the main build's job; here only the runtime values matter.
      if (warning.plugin !== 'typescript') warn(warning);
    },
    plugins: [
      {
        name: 'sources-entry',
        resolveId: (id) => (id === entryId ? id : null),
        load: (id) => (id === entryId ? entry : null),
      },
      typescript({
        tsconfig: join(root, 'tsconfig.json'),
        compilerOptions: { declaration: false, sourceMap: false, noEmitOnError: false, noCheck: true },
        outputToFilesystem: false,
        noForceEmit: false,
      }),
    ],
  });
  const { output } = await bundle.generate({ format: 'es' });
  await bundle.close();
  const dir = await mkdtemp(join(tmpdir(), 'lille-networks-'));
  try {
    const file = join(dir, 'sources.mjs');
    await writeFile(file, output[0].code);
    return await import(pathToFileURL(file).href);
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

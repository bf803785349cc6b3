/**
 * Lets build scripts import the element's TypeScript sources, `await source('data/schema.ts')`,
 * so that they read the very objects the element uses, never a copy. A Node module hook
 * transpiles each .ts file with esbuild (types dropped, nothing checked: that is the build's
 * job) and maps the sources' `./x.js` imports to their `./x.ts`.
 */
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { register } from 'node:module';
import { fileURLToPath } from 'node:url';
import { isMainThread } from 'node:worker_threads';

export async function resolve(specifier, context, next) {
  if (context.parentURL?.endsWith('.ts') && /^\.\.?\/.*\.js$/.test(specifier)) {
    const ts = new URL(specifier.replace(/\.js$/, '.ts'), context.parentURL);
    if (existsSync(fileURLToPath(ts))) return { url: ts.href, shortCircuit: true };
  }
  return next(specifier, context);
}

export async function load(url, context, next) {
  if (!url.endsWith('.ts')) return next(url, context);
  const { transform } = await import('esbuild');
  const { code } = await transform(await readFile(fileURLToPath(url), 'utf8'), { loader: 'ts', format: 'esm', target: 'es2022' });
  return { format: 'module', source: code, shortCircuit: true };
}

// Node loads this module again in the hooks' own thread, where it must not register twice.
if (isMainThread) register(import.meta.url);

export const source = (path) => import(new URL(`../../src/${path}`, import.meta.url).href);

/**
 * Bundles the app of demo/recipes/react.html (demo/recipes/react/main.tsx, a real React 19 app)
 * into dist/demo/react.js with esbuild, as a partner's bundler would: `lille-networks/react`
 * resolves by name through the package's `exports` (dist/react/lille-networks.js, which imports
 * @lit/react and the defining entry dist/lib/lille-networks.js), and React is in production
 * mode. Nothing built is committed; `npm run build` runs this after Rollup, whose output it
 * bundles.
 */
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';
import * as esbuild from 'esbuild';

const root = resolve(import.meta.dirname, '..');
for (const file of ['dist/lib/lille-networks.js', 'dist/react/lille-networks.js']) {
  if (!existsSync(resolve(root, file))) {
    console.error(`build-react-demo: ${file} is missing: run rollup -c first`);
    process.exit(1);
  }
}

const outfile = resolve(root, 'dist/demo/react.js');
const { metafile } = await esbuild.build({
  entryPoints: [resolve(root, 'demo/recipes/react/main.tsx')],
  outfile,
  bundle: true,
  format: 'esm',
  minify: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'warning',
  metafile: true,
  absWorkingDir: root,
});
const bytes = metafile.outputs['dist/demo/react.js'].bytes;
console.log(`dist/demo/react.js: ${(bytes / 1024).toFixed(0)} KiB (the React 19 recipe page's app, not part of the package)`);

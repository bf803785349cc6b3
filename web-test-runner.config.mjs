/**
 * The browser suite, in each engine Debian ships (scripts/engines.mjs: BROWSERS=chromium,firefox
 * picks; CI requires all three), against the test routes of scripts/test-server.mjs, with the
 * commands of scripts/wtr-commands.mjs. `npm test` runs it after the build and the Node tests.
 */
import { readFileSync } from 'node:fs';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { browsers } from './scripts/engines.mjs';
import { testServer } from './scripts/test-server.mjs';
import { commands, resetAfterEachFile } from './scripts/wtr-commands.mjs';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8'));
const server = testServer();

export default {
  rootDir: '.',
  hostname: server.hostname,
  middleware: server.middleware,
  // test/hosts/ holds host projects with their own node_modules, run by test/node/.
  files: ['test/**/*.test.ts', 'test/**/*.test.html', '!test/hosts/**'],
  nodeResolve: true,
  browsers: browsers().map(resetAfterEachFile),
  // One test file at a time per engine, the engines side by side.
  concurrency: 1,
  concurrentBrowsers: 3,
  // WebKit's first page has taken over 60 s to open while the other engines ran on two cores.
  browserStartTimeout: 120_000,
  testsStartTimeout: 30_000,
  testsFinishTimeout: 60_000,
  // axe in WebKit on a busy two-core machine has needed over 5 s.
  testFramework: { config: { timeout: 10_000 } },
  plugins: [
    ...server.plugins,
    // The version rollup.config.mjs writes into src/define.ts for the bundles.
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: 'tsconfig.json', define: { LILLE_NETWORKS_VERSION: JSON.stringify(version) } }),
    commands,
  ],
};

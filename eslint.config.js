/**
 * `npm run lint` is ESLint with this file, tsc on the tests and lit-analyzer on the templates.
 * TypeScript (src/, test/): recommended rules with type information, and Lit's; src/ also
 * eslint-plugin-wc's best practice. Plain JavaScript (scripts, configs, demo): @eslint/js's
 * recommended rules, with Node and browser globals both, since scripts hand functions to pages.
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

const globals = Object.fromEntries(
  [
    ...['process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval', 'clearInterval', 'AbortController'],
    ...['AbortSignal', 'TextDecoder', 'TextEncoder', 'fetch', 'structuredClone', 'performance'],
    ...['window', 'document', 'navigator', 'location', 'customElements', 'CustomEvent', 'Event', 'HTMLElement', 'CSS'],
    ...['getComputedStyle', 'requestAnimationFrame', 'PerformanceObserver', 'MutationObserver', 'queueMicrotask'],
  ].map((name) => [name, 'readonly']),
);

export default defineConfig(
  // Host projects and the typings' fixtures are checked by their own tools; tmp/ is what the
  // host tests build while they run.
  globalIgnores(['dist/', 'coverage/', 'custom-elements.json', '**/node_modules/', 'test/hosts/', 'test/types/', 'tmp/']),
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, lit.configs['flat/recommended']],
    languageOptions: { parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname } },
  },
  { files: ['src/**/*.ts'], extends: [wc.configs['flat/best-practice']] },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for its DOM
      // diffs), so every `expect(…).to.equal(…)` would be a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
      // chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  { files: ['**/*.mjs', '**/*.js'], extends: [js.configs.recommended], languageOptions: { globals } },
);

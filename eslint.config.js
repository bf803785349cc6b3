/**
 * `npm run lint` = ESLint (this file) + lit-analyzer (Lit template bindings, type-checked).
 *
 *   src/**\/*.ts   @eslint/js recommended, typescript-eslint recommended with type information,
 *                 eslint-plugin-lit recommended, eslint-plugin-wc best practice
 *   test/**\/*.ts  the same but eslint-plugin-wc (type-checked through test/tsconfig.json, which
 *                 `npm run lint` also runs tsc on)
 *   scripts, configs, demo (plain JS)   @eslint/js recommended; Node and browser globals both,
 *                 since scripts pass functions to pages (puppeteer's page.evaluate)
 *
 */
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import lit from 'eslint-plugin-lit';
import wc from 'eslint-plugin-wc';
import tseslint from 'typescript-eslint';

const readonly = (names) => Object.fromEntries(names.map((name) => [name, 'readonly']));

/** The few globals our Node scripts use (no `globals` package needed for these). */
const nodeGlobals = readonly([
  'process', 'console', 'URL', 'Buffer', 'setTimeout', 'clearTimeout', 'setInterval',
  'clearInterval', 'AbortController', 'AbortSignal', 'TextDecoder', 'TextEncoder', 'fetch',
  'structuredClone', 'performance',
]);

/** Browser globals: for the demo pages, and for the functions scripts run in a page (puppeteer). */
const browserGlobals = readonly([
  'window', 'document', 'navigator', 'location', 'customElements', 'CustomEvent', 'Event',
  'HTMLElement', 'CSS', 'getComputedStyle', 'requestAnimationFrame', 'PerformanceObserver',
  'MutationObserver', 'queueMicrotask',
]);

export default defineConfig(
  // test/hosts/ holds host projects (Angular, React 18) built and checked with their own
  // toolchains; test/types/ the typings' fixtures, checked by tsc, vue-tsc and svelte-check;
  // tmp/ what the host tests build while they run.
  globalIgnores(['dist/', 'coverage/', 'custom-elements.json', '**/node_modules/', 'test/hosts/', 'test/types/', 'tmp/']),
  {
    files: ['src/**/*.ts', 'test/**/*.ts'],
    extends: [js.configs.recommended, tseslint.configs.recommendedTypeChecked, lit.configs['flat/recommended']],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['src/**/*.ts'],
    extends: [wc.configs['flat/best-practice']],
  },
  {
    files: ['test/**/*.ts'],
    rules: {
      // @open-wc/semantic-dom-diff types chai's `equal` as returning a Promise (for its DOM
      // diffs), so every `expect(…).to.equal(…)` would be reported as a floating promise.
      '@typescript-eslint/no-floating-promises': 'off',
      // chai's property assertions (`expect(x).to.exist`) are expressions by design.
      '@typescript-eslint/no-unused-expressions': 'off',
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } },
  },
);

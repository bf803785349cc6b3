/**
 * `npm run lint` = ESLint (this file) + lit-analyzer (Lit template bindings, type-checked).
 *
 *   src/**\/*.ts   @eslint/js recommended, typescript-eslint recommended with type information,
 *                 eslint-plugin-lit recommended, eslint-plugin-wc best practice
 *   scripts, configs, demo (plain JS)   @eslint/js recommended; Node and browser globals both,
 *                 since scripts pass functions to pages (puppeteer's page.evaluate)
 *
 * TypeScript outside src/ (the browser tests) is not linted here.
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
  globalIgnores(['dist/', 'coverage/', 'custom-elements.json', 'node_modules/']),
  {
    files: ['src/**/*.ts'],
    extends: [
      js.configs.recommended,
      tseslint.configs.recommendedTypeChecked,
      lit.configs['flat/recommended'],
      wc.configs['flat/best-practice'],
    ],
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
  },
  {
    files: ['**/*.mjs', '**/*.js'],
    extends: [js.configs.recommended],
    languageOptions: { globals: { ...nodeGlobals, ...browserGlobals } },
  },
);

/**
 * The class the element extends: the browser's own. The Node build (rollup.config.mjs) swaps
 * this module for html-element.node.ts, since Node has no DOM and `extends HTMLElement` would
 * throw there at import time.
 */
export const HTMLElementBase = HTMLElement;

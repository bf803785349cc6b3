/*
 * Stands for an older copy of the widget that a page loads first, as a classic script (a CMS
 * block that brings its own): as every copy of Lit does, it creates the "lit-html" Trusted Types
 * policy where the browser has them, and it defines <lille-networks>, carrying its version.
 */
'use strict';

window.trustedTypes?.createPolicy('lit-html', { createHTML: (html) => html });
customElements.define(
  'lille-networks',
  class extends HTMLElement {
    static version = '0.0.1';
  },
);

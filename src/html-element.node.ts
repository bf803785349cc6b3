/**
 * In Node (server rendering), the element extends Lit's DOM shim, as Lit's own Node builds do:
 * a page's server can import the package, and the class exists, without a browser's globals.
 */
import { HTMLElement as ShimHTMLElement } from '@lit-labs/ssr-dom-shim';

export const HTMLElementBase: typeof HTMLElement = globalThis.HTMLElement ?? ShimHTMLElement;

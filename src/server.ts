/**
 * `lille-networks/server`: the element's complete HTML, cards included, for a page's server.
 *
 * The cards come from the element's own templates (templates.ts), rendered by Lit's server
 * renderer into a declarative shadow root, with the element's styles: the browser paints them
 * as it parses the page, and the element takes that root over when its script runs
 * (reactive-element.ts), with nothing moving on screen. The options are read as the element
 * reads its attributes and properties (options.ts, i18n.ts, data/parse.ts).
 *
 * Node only: the browser bundles never import this module.
 */
import { render } from '@lit-labs/ssr';
import { collectResultSync } from '@lit-labs/ssr/lib/render-result.js';
import { escapeHtml } from '@lit-labs/ssr/lib/util/escape-html.js';
import { nothing } from 'lit/html.js';
import { describeCard } from './card.js';
import { bundled } from './data/bundled.js';
import type { Data } from './data/parse.js';
import type { NetworksDocument, StringsByLanguage } from './data/schema.js';
import { type Carried, type Fail, accept, acceptStrings } from './data/source.js';
import type { ErrorDetail } from './events.js';
import { reader, textsFor } from './i18n.js';
import { idsOf, levelOf, openedBy, showsToggleAll, shownOf } from './options.js';
import { serverStyles, styles } from './styles.js';
import { card, frame, toggleAllButton } from './templates.js';

export interface RenderOptions {
  /**
   * The language tag of the cards (`fr`, `en`, `nl-BE`…), written as the element's `lang`.
   * Without it the cards are rendered in French and the element, once its script runs,
   * follows the page's language: give the page's language here.
   */
  lang?: string;
  /** Which cards show, in which order: ids as an array or separated by spaces or commas. */
  networks?: string | readonly string[];
  /** Level of the cards' headings, 2 to 6. */
  headingLevel?: number;
  /** At most one card open at a time. */
  single?: boolean;
  /** No "show all / hide all" button. */
  noToggleAll?: boolean;
  /** The cards open at first: ids as an array or separated by spaces or commas. */
  expanded?: string | readonly string[];
  /**
   * A networks document (the `data` property's), validated as the element validates it. The
   * markup carries it, so that the element shows it, not the bundled data, when its script runs.
   * An invalid one renders the bundled data, and `onError` is told why.
   */
  data?: NetworksDocument | null;
  /** Interface strings per language (the `strings` property's), carried in the markup as `data` is. */
  strings?: StringsByLanguage | null;
  /**
   * More attributes for the element, escaped: `{ id: 'europe', class: 'wide' }`; `true` writes
   * the name alone. A `src` given here makes the element load that document once it runs.
   */
  attributes?: Readonly<Record<string, string | boolean>>;
  /**
   * Told of each part of `data` or `strings` refused, as the element's `lille-networks-error`
   * event would be; by default, each goes to `console.warn` like the element's warnings.
   */
  onError?: (detail: ErrorDetail) => void;
}

/**
 * The markup in the pieces a server assembles: the shadow root's opening (its styles, the data
 * it carries and the cards' wrapper), the show-all button, each card by id in display order,
 * and the closing. `renderToString` joins them; the build writes them for the WordPress
 * plugin, whose PHP joins them the same way.
 */
export interface RenderedPieces {
  /** The element's attributes, each with its leading space, escaped. */
  attributes: string;
  open: string;
  /** Empty when the button does not show (`single`, `noToggleAll`, no card). */
  toggleAll: string;
  cards: [id: string, html: string][];
  close: string;
}

/**
 * The element's styles, whose print rule (every card's content) also applies without
 * JavaScript, and those for the time before its script runs.
 */
const shadowStyles = styles.replace(/@media print(?=\s*\{)/, '@media print,(scripting:none)') + serverStyles;

/** The text that stands for the cards in the wrapper's markup, which is split there. */
const slot = '\u0000';

const warn = (message: string) => console.warn(`<lille-networks>: ${message}`);

/** Lit's server rendering of one template, without its hydration comments: nothing hydrates it. */
const html = (template: unknown): string =>
  collectResultSync(render(template)).replace(/<!--\/?lit-(?:part|node)[^>]*-->/g, '');

/** ` name="value"`, escaped; a name that is not one is left out, with a warning. */
function attribute(name: string, value: string | boolean | undefined | null): string {
  if (value === false || value == null) return '';
  if (!/^[a-z_][\w.:-]*$/i.test(name)) {
    warn(`attributes: "${name}" is not an attribute name: left out`);
    return '';
  }
  return value === true ? ` ${name}` : ` ${name}="${escapeHtml(String(value))}"`;
}

export function renderPieces(options: RenderOptions = {}): RenderedPieces {
  const fail: Fail = (reason, message) => (options.onError ?? ((error: ErrorDetail) => warn(error.message)))({ reason, message });
  const accepted = options.data == null ? undefined : accept(options.data, 'data', fail, 'the bundled data is shown');
  const data: Data = accepted ?? bundled;
  const extra = acceptStrings(options.strings, fail);
  const carry: Carried = {};
  if (accepted) carry.data = { version: 1, networks: accepted.networks, strings: accepted.strings };
  if (extra) carry.strings = extra;

  const { lang, networks, headingLevel, single = false, noToggleAll = false, expanded } = options;
  const texts = textsFor((lang || 'fr').toLowerCase(), data, extra);
  const shown = shownOf(networks, data.networks, warn);
  const level = levelOf(headingLevel, null, warn);
  const open = new Set(openedBy(expanded, shown, single, warn));
  const cards = shown.map(({ id }, i): [string, string] => [
    id,
    html(card(describeCard(shown[i], reader(texts, id), texts._strings, texts._language), level, open.has(id), {})),
  ]);
  if (texts._missing.size) warn(`lang="${lang}": English shown for ${[...texts._missing].join(', ')}`);
  const [before, after] = html(frame(texts._language, nothing, [slot])).split(slot);

  const ids = (value: unknown) => idsOf(value).join(' ') || null;
  const script = Object.keys(carry).length
    ? // `<` escaped, so that no text of the data can close the script element.
      `<script type="application/json">${JSON.stringify(carry).replace(/</g, '\\u003c')}</script>`
    : '';
  return {
    attributes: [
      attribute('lang', lang || null),
      attribute('networks', ids(networks)),
      attribute('heading-level', headingLevel == null ? null : String(headingLevel)),
      attribute('single', single),
      attribute('no-toggle-all', noToggleAll),
      attribute('expanded', ids(expanded)),
      ...Object.entries(options.attributes ?? {}).map(([name, value]) => attribute(name, value)),
    ].join(''),
    open: `<template shadowrootmode="open">${script}<style>${shadowStyles}</style>${before}`,
    toggleAll: showsToggleAll(noToggleAll, single, shown.length)
      ? html(toggleAllButton(shown.every(({ id }) => open.has(id)), texts._strings, {}))
      : '',
    cards,
    close: `${after}</template>`,
  };
}

/**
 * The element's complete markup, `<lille-networks …>` to `</lille-networks>`, with its cards in
 * a declarative shadow root: paste it where the cards go, and load the element's script
 * anywhere on the page.
 */
export function renderToString(options: RenderOptions = {}): string {
  const { attributes, open, toggleAll, cards, close } = renderPieces(options);
  return `<lille-networks${attributes}>${open}${toggleAll}${cards.map(([, markup]) => markup).join('')}${close}</lille-networks>`;
}

/**
 * The element's markup: one set of lit-html templates, rendered by the element in the browser
 * and by Lit's server renderer (src/server.ts) into the declarative shadow root of the server's
 * HTML, the static files and the WordPress plugin's pieces. Nothing else describes a card.
 *
 * Every binding here is an attribute, text or event binding: Lit's server renderer drops
 * property bindings, and the server's HTML must already say what the client renders.
 */
import { html, nothing, type TemplateResult } from 'lit/html.js';
import type { DirectiveResult } from 'lit/directive.js';
import type { CardContent, Fact, Link, Mixed } from './card.js';
import type { Strings } from './data/schema.js';

/** The element's listeners; absent on the server, where nothing listens. */
export interface Listeners {
  _toggle?: (event: Event) => void;
  _toggleAll?: () => void;
  _find?: (event: Event) => void;
}

/**
 * Lit cannot bind a tag name, and a heading level must stay a real heading element (h2 to h6),
 * which every screen reader lists, rather than role="heading". So each level gets its own
 * template strings, made once from constants, as lit's static-html does: the same array for a
 * level every time, so lit-html prepares each template once.
 */
const headings: TemplateStringsArray[] = [];
const heading = (level: number, content: TemplateResult): TemplateResult => {
  const strings = [`<h${level} part=heading>`, `</h${level}>`];
  return html((headings[level] ??= Object.assign(strings, { raw: strings })), content);
};

/**
 * All the cards, after the show-all button where there is one. `lang` on the wrapper makes
 * screen readers switch voice when the widget's language differs from the page's (RGAA 8.7).
 */
export const frame = (language: string, toggleAll: unknown, cards: unknown[]): TemplateResult =>
  html`<div lang=${language}>${toggleAll}${cards}</div>`;

export const toggleAllButton = (allOpen: boolean, t: Strings, on: Listeners): TemplateResult =>
  html`<button part="toggle-all" aria-expanded=${allOpen} @click=${on._toggleAll}>${allOpen ? t.hideAll : t.showAll}</button>`;

/**
 * `hidden` for a panel: none when open, "until-found" when closed. Typed as a directive's result
 * for lit-analyzer alone, whose HTML data takes `hidden` for a boolean attribute (it was before
 * "until-found").
 */
const untilFound = (open: boolean) => (open ? nothing : 'until-found') as unknown as DirectiveResult;

export const card = (content: CardContent, level: number, open: boolean, on: Listeners): TemplateResult => {
  const { _id: id } = content;
  // A closed panel is hidden "until found": find-in-page searches it and fires beforematch to
  // open it; a browser without that reads the attribute as plain `hidden`.
  // Only an open panel is a region: Chromium exposes "until found" panels, and six empty
  // named regions would crowd screen readers' landmark lists (APG: avoid region proliferation).
  // Buttons sit inside headings so that screen-reader users can jump from card to card by
  // heading (WAI-ARIA APG accordion pattern; GOV.UK accordion).
  const button = html`<button part="button" id=${`b-${id}`} data-id=${id}
    aria-expanded=${open} aria-controls=${`p-${id}`} @click=${on._toggle}>
    <bdi class="name">${content._name}</bdi><span class="visually-hidden">, </span>
    <bdi part="summary">${content._summary}</bdi>
  </button>`;
  // A card takes focus from a click anywhere inside it: in the server's markup, until the
  // script runs, a card holding focus shows its panel (styles.ts), and reading or selecting its
  // text must not hide it again; once the element takes the markup over, that focus stays.
  // No role when closed: typed as a directive's result for lit-analyzer alone, which knows no
  // `nothing` for `role` (TypeScript needs no assertion there, hence the rule turned off).
  return html`<section part="card" tabindex="-1">
    ${heading(level, button)}
    <div part="panel" id=${`p-${id}`} role=${/* eslint-disable-line @typescript-eslint/no-unnecessary-type-assertion */ (open ? 'region' : nothing) as DirectiveResult} aria-labelledby=${`b-${id}`}
      hidden=${untilFound(open)} @beforematch=${on._find}>
      ${panel(content)}
    </div>
  </section>`;
};

const facts = (items: Fact[]) =>
  html`<dl>${items.map(([label, value]) => html`<div><dt>${label}</dt><dd>${words(value)}</dd></div>`)}</dl>`;

/** A text; the data's words beside the widget's, set apart in <bdi>; or a list of texts as a bulleted list. */
const words = (value: string | Mixed | string[]) =>
  Array.isArray(value)
    ? html`<ul>${value.map((item) => html`<li>${item}</li>`)}</ul>`
    : typeof value == 'object'
      ? html`${value._before}<bdi>${value._data}</bdi>${value._after}`
      : value;

const linkTo = (target?: Link) =>
  target ? html`<p><a part="link" href=${target._href}>${words(target._text)}</a></p>` : nothing;

const panel = (content: CardContent) => html`
  <p>${content._description}</p>
  ${facts(content._facts)}
  <div>
    <p class="label">${content._involvement[0]}</p>
    <p>${content._involvement[1]}</p>
    ${linkTo(content._involvementLink)}
    ${content._groups ? html`<p class="label">${content._groups[0]}</p>${words(content._groups[1])}` : nothing}
  </div>
  ${content._projects.map(
    (project) => html`<div class="project">
      <p class="label">${words(project._heading)}</p>
      ${project._paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${facts(project._facts)}
      ${linkTo(project._link)}
    </div>`,
  )}
  ${linkTo(content._link)}
`;

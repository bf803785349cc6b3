import { html, nothing, type TemplateResult } from 'lit/html.js';
import { bundledNetworks } from './data/networks.js';
import { LoadError, loadJson } from './data/load.js';
import { parseDocument } from './data/parse.js';
import { ValidationError } from './data/schema-kit.js';
import type { Language, LocalizedText, Network, NetworksDocument, Project } from './data/schema.js';
import {
  type ErrorDetail,
  type LoadDetail,
  type ToggleDetail,
  errorEvent,
  loadEvent,
  toggleEvent,
} from './events.js';
import { type Strings, resolveLanguage, strings } from './i18n.js';
import { type Changes, type PropertyDeclaration, ReactiveElement } from './reactive-element.js';
import { styles } from './styles.js';

/**
 * Lille Métropole's European networks as accessible accordion cards, in French and English.
 *
 * @summary Lille Métropole's European networks as bilingual, accessible accordion cards.
 * @tag lille-networks
 *
 * @fires lille-networks-toggle - A card opened or closed, by a person or a method. `detail: { id, expanded }`.
 * @fires lille-networks-load - Data from `src` or `data` was accepted. `detail: { source, count }`.
 * @fires lille-networks-error - Data from `src` or `data` was refused in whole or in part; the cards keep the last good data. `detail: { reason, message }`.
 *
 * @cssprop [--lille-networks-accent=#0b5394] - Titles, links, the expand indicator and the open card's edge.
 * @cssprop [--lille-networks-text=#1e1e1e] - Body text.
 * @cssprop [--lille-networks-muted=#4d4d4d] - Secondary text: summaries and fact labels.
 * @cssprop [--lille-networks-background=#ffffff] - Card background.
 * @cssprop [--lille-networks-header-background=#f4f6f9] - Background of an open card's header and of hovered headers.
 * @cssprop [--lille-networks-border=#8a8f98] - Card borders.
 * @cssprop [--lille-networks-radius=0.25rem] - Corner radius of cards and buttons.
 * @cssprop [--lille-networks-spacing=1rem] - The base spacing unit; gaps and padding derive from it.
 * @cssprop [--lille-networks-focus=#ffbf47] - Colour of the focus ring.
 *
 * @csspart toggle-all - The "show all / hide all" button.
 * @csspart card - One network's card.
 * @csspart heading - The heading that holds a card's button.
 * @csspart button - The button that opens and closes a card.
 * @csspart summary - The one-line summary inside a card's button.
 * @csspart panel - The region that holds a card's content.
 * @csspart link - A link to a network's or a project's website.
 */
export class LilleNetworks extends ReactiveElement {
  static override styles = styles;

  static override properties: Record<string, PropertyDeclaration> = {
    lang: { type: String, reflect: true },
    networks: { type: String },
    headingLevel: { type: Number, attribute: 'heading-level' },
    single: { type: Boolean, reflect: true },
    noToggleAll: { type: Boolean, attribute: 'no-toggle-all', reflect: true },
    src: { type: String },
    timeout: { type: Number },
    data: { attribute: false },
    _shown: { attribute: false },
    _open: { attribute: false },
  };

  // ---- Public API ---------------------------------------------------------------------------

  /** `fr` or `en`. Without it, the nearest ancestor's `lang`, then French. Other languages get English. */
  declare lang: string;

  /** Space- or comma-separated network ids: which cards show, in which order. Empty shows all. */
  networks = '';

  /** Level of the cards' headings, 2 to 6, so they fit the host page's outline. */
  headingLevel = 2;

  /** At most one card is open at a time. */
  single = false;

  /** Hides the "show all / hide all" button. */
  noToggleAll = false;

  /** URL of a JSON document (see `lille-networks.schema.json`) that replaces the bundled data. */
  src = '';

  /** How long a `src` request may take, in milliseconds, before the bundled data stays. */
  timeout = 8000;

  /** A networks document (same shape as `src`) that replaces the bundled data; `null` for the bundled data. */
  data: NetworksDocument | null = null;

  /** The ids of the open cards, in display order. */
  get expanded(): string[] {
    return this._visible().flatMap(({ id }) => (this._open.has(id) ? [id] : []));
  }

  /** Opens the card of network `id`. */
  expand(id: string): void {
    this._setOpen(id, true);
  }

  /** Closes the card of network `id`. */
  collapse(id: string): void {
    this._setOpen(id, false);
  }

  /** Opens every card shown. In `single` mode, where at most one card may be open, it does nothing. */
  expandAll(): void {
    if (!this.single) for (const { id } of this._visible()) this._setOpen(id, true);
  }

  /** Closes every card. */
  collapseAll(): void {
    for (const { id } of this._visible()) this._setOpen(id, false);
  }

  // ---- Internal state -----------------------------------------------------------------------

  /** The networks in use: the bundled ones until `src` or `data` gives valid ones. */
  private _shown: Network[] = bundledNetworks;
  private _open = new Set<string>();
  private _request?: AbortController;
  private _warned = new Set<string>();
  private _pageLanguage = new MutationObserver(() => this.requestUpdate());
  /** A `src` request that a removal cut short: made again if the element comes back (a move). */
  private _resume = false;
  /** The fragment this element last followed: a move in the page must not follow it again. */
  private _followed?: string;

  override connectedCallback(): void {
    super.connectedCallback();
    // A page that switches its <html lang> at run time (a translation plugin) switches the cards.
    this._pageLanguage.observe(document.documentElement, { attributeFilter: ['lang'] });
    window.addEventListener('hashchange', this._onHash);
    void this.updateComplete.then(() => {
      if (location.hash !== this._followed) this._onHash();
    });
    if (this._resume) {
      this._resume = false;
      if (this.src && (!this._request || this._request.signal.aborted)) void this._load(this.src);
    }
  }

  disconnectedCallback(): void {
    this._pageLanguage.disconnect();
    window.removeEventListener('hashchange', this._onHash);
    if (this._request && !this._request.signal.aborted) {
      this._request.abort();
      this._resume = true;
    }
  }

  protected override willUpdate(changed: Changes): void {
    // Whichever of `src` and `data` was set last wins: new data cancels a pending request.
    if (changed.has('data') && this.data !== null) {
      this._request?.abort();
      this._accept(this.data, 'data');
    }
    if (changed.has('src') || (changed.has('data') && this.data === null)) {
      this._request?.abort();
      if (this.src) void this._load(this.src);
      else if (this.data === null) this._shown = bundledNetworks;
    }
    if (this.single && this._open.size > 1) {
      // Switching to single mode keeps the first open card, in display order.
      for (const id of this.expanded.slice(1)) this._setOpen(id, false);
    }
  }

  private _warn(message: string): void {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`<lille-networks>: ${message}`);
  }

  private _fail(detail: ErrorDetail): void {
    console.warn(`<lille-networks>: ${detail.message}`);
    this._emit<ErrorDetail>(errorEvent, detail);
  }

  private _emit<T>(type: string, detail: T): void {
    this.dispatchEvent(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
  }

  private async _load(src: string): Promise<void> {
    const request = (this._request = new AbortController());
    try {
      // A timeout="abc" or "-1" must not make every load fail: the default applies instead.
      const timeout = this.timeout > 0 ? this.timeout : 8000;
      const json = await loadJson(src, request.signal, timeout);
      // Cancelled while its answer was on the way: a late answer must not replace newer data.
      if (request.signal.aborted) return;
      this._accept(json, src);
    } catch (error) {
      // A newer `src` aborted this one: the newer request reports for itself.
      if (request.signal.aborted) return;
      const reason = error instanceof LoadError ? error.reason : 'network';
      this._fail({ reason, message: (error as Error).message });
    } finally {
      if (this._request === request) this._request = undefined;
    }
  }

  /** Validates a document and, if anything in it is usable, shows it. */
  private _accept(document: unknown, source: string): void {
    try {
      const { networks, dropped } = parseDocument(document);
      // Nothing usable is one refusal (one warning, one event) that names every dropped entry.
      if (!networks.length) throw new ValidationError('networks', ['no valid entry', ...dropped].join('; '));
      if (dropped.length) {
        this._fail({ reason: 'invalid', message: `${source}: ${dropped.join('; ')}` });
      }
      this._shown = networks;
      this._emit<LoadDetail>(loadEvent, { source, count: networks.length });
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      this._fail({
        reason: 'invalid',
        message: `${source}: ${error.message}; the previous data stays`,
      });
    }
  }

  /** The cards to show, in order, after the `networks` filter. */
  private _visible(): Network[] {
    // A removed attribute (or a framework's null) sets null: treat it as empty, i.e. all.
    const wanted = (this.networks ?? '').split(/[\s,]+/).filter(Boolean);
    if (!wanted.length) return this._shown;
    const byId = new Map(this._shown.map((network) => [network.id, network]));
    const unknown = wanted.filter((id) => !byId.has(id));
    if (unknown.length) this._warn(`networks="${this.networks}": unknown id ${unknown.join(', ')} ignored`);
    return [...new Set(wanted)].flatMap((id) => byId.get(id) ?? []);
  }

  private _setOpen(id: string, open: boolean): void {
    if (this._open.has(id) === open || !this._visible().some((network) => network.id === id)) return;
    if (open && this.single) for (const other of this.expanded) this._setOpen(other, false);
    const next = new Set(this._open);
    if (open) next.add(id);
    else next.delete(id);
    this._open = next;
    this._emit<ToggleDetail>(toggleEvent, { id, expanded: open });
  }

  private _onToggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    this._setOpen(id, !this._open.has(id));
  };

  private _onBeforeMatch = (event: Event): void => {
    // The panel's id is "p-" and the network's id.
    this._setOpen((event.currentTarget as HTMLElement).id.slice(2), true);
  };

  private _onToggleAll = (): void => {
    if (this._allOpen()) this.collapseAll();
    else this.expandAll();
  };

  private _allOpen(): boolean {
    return this._visible().every(({ id }) => this._open.has(id));
  }

  /** A fragment that names a card (`#eurocities`) opens it, brings it into view and focuses it. */
  private _onHash = (): void => {
    void this._reveal();
  };

  private async _reveal(): Promise<void> {
    let id: string;
    try {
      id = decodeURIComponent(location.hash.slice(1));
    } catch {
      return;
    }
    if (!this.isConnected || !this._visible().some((network) => network.id === id)) return;
    this._followed = location.hash;
    this._setOpen(id, true);
    await this.updateComplete;
    const button = this.shadowRoot!.querySelector<HTMLElement>(`#b-${CSS.escape(id)}`);
    button?.closest('[part=card]')!.scrollIntoView({ block: 'start' });
    button?.focus({ preventScroll: true });
  }

  // ---- Rendering ----------------------------------------------------------------------------

  private _headingLevel(): number {
    // A removed attribute (or a framework's null) sets null: the default, without a warning.
    const level = this.headingLevel ?? 2;
    if (Number.isInteger(level) && level >= 2 && level <= 6) return level;
    // Name the value as the author wrote it ("abc", not NaN).
    this._warn(`heading-level="${this.getAttribute('heading-level') ?? level}" is not 2 to 6: level 2 is used`);
    return 2;
  }

  protected override render(): TemplateResult {
    // A `lang` set as a property is already reflected to the attribute here (reactive-element.ts
    // reflects before it renders), so the attribute is the one place to read.
    const language = resolveLanguage(this);
    const t = strings[language];
    const cards = this._visible();
    const level = this._headingLevel();
    const allOpen = this._allOpen();
    // `lang` on the wrapper makes screen readers switch voice when the widget's language
    // differs from the page's (RGAA criterion 8.7).
    return html`<div lang=${language}>
      ${this.noToggleAll || this.single || !cards.length
        ? nothing
        : html`<button part="toggle-all" aria-expanded=${allOpen}
            @click=${this._onToggleAll}>${allOpen ? t.hideAll : t.showAll}</button>`}
      ${cards.map((network) => this._card(network, language, t, level))}
    </div>`;
  }

  private _card(network: Network, language: Language, t: Strings, level: number): TemplateResult {
    const { id } = network;
    const open = this._open.has(id);
    // A closed panel is hidden "until found": find-in-page searches it and fires beforematch to
    // open it. A browser without that reads the hidden property's value as plain true.
    // Only an open panel is a region: Chromium exposes "until found" panels, and six empty
    // named regions would crowd screen readers' landmark lists (APG: avoid region proliferation).
    // Set through the `role` property (ARIA reflection; Firefox since 119) rather than the
    // attribute, which lit-analyzer would not let take `nothing`.
    // Buttons sit inside headings so that screen-reader users can jump from card to card by
    // heading (WAI-ARIA APG accordion pattern; GOV.UK accordion).
    const button = html`<button part="button" id=${`b-${id}`} data-id=${id}
      aria-expanded=${open} aria-controls=${`p-${id}`} @click=${this._onToggle}>
      <span class="name">${network.shortName}</span><span class="visually-hidden">, </span>
      <span part="summary">${network.summary[language]}</span>
    </button>`;
    return html`<section part="card">
      ${heading(level, button)}
      <div part="panel" id=${`p-${id}`} .role=${open ? 'region' : null} aria-labelledby=${`b-${id}`}
        .hidden=${open ? false : 'until-found'}
        @beforematch=${this._onBeforeMatch}>
        ${this._panel(network, language, t)}
      </div>
    </section>`;
  }

  private _panel(network: Network, language: Language, t: Strings): TemplateResult {
    const say = (text: LocalizedText) => text[language];
    const { members } = network;
    return html`
      <p>${say(network.description)}</p>
      <dl>
        ${say(network.fullName) === network.shortName ? nothing : fact(t.fullName, say(network.fullName))}
        ${network.founded ? fact(t.founded, say(network.founded)) : nothing}
        ${network.seat ? fact(t.seat, say(network.seat)) : nothing}
        ${members ? fact(t.members, `${say(members.count)} ${t.figureOf(members.year)}`) : nothing}
        ${network.themes?.length ? fact(t.themes, list(network.themes.map(say))) : nothing}
      </dl>
      <div>
        <p class="label">${t.involvement}</p>
        <p>${say(network.involvement)}</p>
        ${network.groups?.length ? html`<p class="label">${t.groups}</p>${list(network.groups.map(say))}` : nothing}
      </div>
      ${(network.projects ?? []).map((project) => projectBox(project, say, t))}
      ${link(network.website, t.website)}
    `;
  }
}

const heading = (level: number, content: TemplateResult): TemplateResult => {
  // Lit cannot bind a tag name; one small template per level keeps real heading elements,
  // which every screen reader lists, rather than role="heading".
  switch (level) {
    case 3:
      return html`<h3 part="heading">${content}</h3>`;
    case 4:
      return html`<h4 part="heading">${content}</h4>`;
    case 5:
      return html`<h5 part="heading">${content}</h5>`;
    case 6:
      return html`<h6 part="heading">${content}</h6>`;
    default:
      return html`<h2 part="heading">${content}</h2>`;
  }
};

const fact = (label: string, value: unknown) =>
  html`<div><dt>${label}</dt><dd>${value}</dd></div>`;

const list = (items: string[]) => html`<ul>${items.map((item) => html`<li>${item}</li>`)}</ul>`;

const projectBox = (project: Project, say: (text: LocalizedText) => string, t: Strings) =>
  html`<div class="project">
    <p class="label">${t.project} ${project.name}</p>
    <p>${say(project.fullName)}</p>
    <p>${say(project.description)}</p>
    <dl>
      ${fact(t.period, say(project.period))}
      ${project.partners ? fact(t.partners, say(project.partners)) : nothing}
    </dl>
    ${project.website ? link(project.website, t.website) : nothing}
  </div>`;

/**
 * A link whose text names where it goes. Only `http:` and `https:` addresses become links,
 * whatever validation let through: a last line of defence against `javascript:` URLs.
 */
const link = (address: string, label: string) => {
  let url: URL;
  try {
    url = new URL(address);
  } catch {
    return nothing;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return nothing;
  return html`<p><a part="link" href=${url.href}>${label}
    ${url.hostname}</a></p>`;
};

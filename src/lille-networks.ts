import { noChange, nothing, type TemplateResult } from 'lit/html.js';
import { describeCard } from './card.js';
import { bundled } from './data/bundled.js';
import { loadJson } from './data/load.js';
import { type Data, reasonOf } from './data/parse.js';
import type { Network, NetworksDocument, StringsByLanguage } from './data/schema.js';
import { type Fail, accept, acceptStrings, carried } from './data/source.js';
import { follow, join, leave } from './deep-links.js';
import {
  type ErrorDetail,
  type LoadDetail,
  type ToggleDetail,
  type ToggleSource,
  errorEvent,
  loadEvent,
  toggleEvent,
} from './events.js';
import { type Texts, declaredLanguage, reader, textsFor } from './i18n.js';
import { idsOf, levelOf, openedBy, showsToggleAll, shownOf } from './options.js';
import { type Changes, type PropertyDeclaration, ReactiveElement } from './reactive-element.js';
import { styles } from './styles.js';
import { type Listeners, card, frame, toggleAllButton } from './templates.js';

/**
 * Lille Métropole's European networks as accessible accordion cards, in French, English, or any
 * language that the data brings.
 *
 * @summary Lille Métropole's European networks as bilingual, accessible accordion cards.
 * @tag lille-networks
 *
 * @fires lille-networks-toggle - A card opened or closed. `detail: { id, expanded, source, position, lang }`; `source` says what caused it.
 * @fires lille-networks-load - Data from `src` or `data` was accepted and its cards are rendered. `detail: { source, count }`.
 * @fires lille-networks-error - Data from `src`, `data` or `strings` was refused in whole or in part; the cards keep the last good data. `detail: { reason, message }`.
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
 * @csspart link - A link to a network's or a project's website, or to the network's page about Lille Métropole.
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
    strings: { attribute: false },
    // The `expanded` attribute; the public `expanded` property (below) reads the open cards.
    _expandedIds: { type: String, attribute: 'expanded' },
  };

  // ---- Public API ---------------------------------------------------------------------------

  /**
   * A language tag (`fr`, `en`, `nl-BE`…). Without it, the nearest ancestor's `lang`, then French.
   * The cards show that language where the data has it (the tag, then its base language), else English.
   */
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

  /**
   * A networks document (same shape as `src`) that replaces the bundled data; `null` for the data
   * the element started with (the bundled data, or the document of the server's markup).
   */
  data: NetworksDocument | null = null;

  /**
   * Interface strings per language tag (`{ en: { showAll: "Show every network" } }`), over those
   * of the bundled data and of the document; `null` for none.
   */
  strings: StringsByLanguage | null = null;

  /**
   * The ids of the open cards, in display order. Set it (an array of ids) to open exactly those
   * cards, as the `expanded` attribute does.
   */
  get expanded(): string[] {
    return this._visible().map(({ id }) => id).filter((id) => this._open.has(id));
  }

  set expanded(ids: string[]) {
    this._expandedIds = ids;
  }

  /** Opens the card of network `id`. */
  expand(id: string): void {
    this._setOpen(id, true, 'method');
  }

  /** Closes the card of network `id`. */
  collapse(id: string): void {
    this._setOpen(id, false, 'method');
  }

  /** Opens every card shown. In `single` mode, where at most one card may be open, it does nothing. */
  expandAll(): void {
    this._all(true, 'method');
  }

  /** Closes every card. */
  collapseAll(): void {
    this._all(false, 'method');
  }

  // ---- Internal state -----------------------------------------------------------------------
  // Private members start with "_": the build shortens such names (rollup.config.mjs).

  /**
   * Space- or comma-separated ids of the cards open at first render, and whenever it changes (the
   * `expanded` property reads the open cards, and takes the ids as an array).
   */
  private _expandedIds?: string | string[];
  /** The ids of `expanded` last applied: a framework that sets the same list again changes nothing. */
  private _expandedApplied?: string;
  /** The ids of the open cards. */
  private _open = new Set<string>();

  /** The data shown: what the element started with, until `src` or `data` gives valid data. */
  private _data: Data = bundled;
  /**
   * What the element shows when neither `src` nor `data` gives a document: the bundled data, or
   * the document its server markup was rendered from.
   */
  private _start = bundled;
  /** Which of `src` and `data` was set last since the last render: that one wins. */
  private _lastSource?: 'src' | 'data';
  /** A `src` to request once the current render is done (requests are side effects). */
  private _toLoad?: string;
  /** Ends the wait for the `src` requested, whose answer would come too late. */
  private _cancel?: () => void;
  /** The strings the server's markup was rendered with, used while the `strings` property is null. */
  private _startStrings?: unknown;
  /** The `strings` property (else the server's), checked: nothing of it reaches the cards unchecked. */
  private _givenStrings?: StringsByLanguage;

  /** Events waiting for the render they describe. */
  private _events: CustomEvent[] = [];
  private _warned = new Set<string>();
  private _pageLanguage = new MutationObserver(() => this.requestUpdate());
  /** The texts for one declared language, data and `strings`, worked out again when one changes. */
  private _textsCache?: [key: unknown[], texts: Texts];
  /**
   * What each card position rendered last (network, open, heading level, texts): a card for
   * which all four are the same is not rendered again, so that a toggle renders its card only.
   */
  private _rendered: unknown[][] = [];
  private _on: Listeners = {
    _toggle: (event) => {
      const id = (event.currentTarget as HTMLElement).dataset.id!;
      this._setOpen(id, !this._open.has(id), 'user');
    },
    // The panel's id is "p-" and the network's id.
    _find: (event) => this._setOpen((event.currentTarget as HTMLElement).id.slice(2), true, 'find'),
    _toggleAll: () => this._all(!this._allOpen(), 'toggle-all'),
  };

  // ---- Lifecycle ----------------------------------------------------------------------------

  override connectedCallback(): void {
    super.connectedCallback();
    // A page that switches its <html lang> at run time (a translation plugin) switches the cards.
    this._pageLanguage.observe(document.documentElement, { attributeFilter: ['lang'] });
    join(this);
    void this.updateComplete.then(() => follow());
  }

  disconnectedCallback(): void {
    this._pageLanguage.disconnect();
    // A request under way goes on: the element may come back (a move), and its document then
    // shows without asking again; one left out of the page for good is ended by its timeout.
    leave(this);
  }

  override requestUpdate(name?: string): void {
    if (name === 'src' || name === 'data') this._lastSource = name;
    super.requestUpdate();
  }

  protected override willUpdate(changes: Changes): void {
    if (!this.hasUpdated) {
      // The server's document is what the element starts with, in place of the bundled data:
      // its first render shows the same cards, and with a `src` they show until its document
      // arrives. Read here, not in the constructor: markup set through innerHTML gives the
      // element its children after it is made.
      const { data, strings } = carried(this);
      // Checked like any document: one this copy refuses (rendered by a server of another
      // version) leaves the bundled data, and says why.
      if (data != null) this._accept(data, 'server HTML', true);
      this._startStrings = strings;
    }
    const last = this._lastSource;
    if (last) {
      this._lastSource = undefined;
      this._cancel?.();
      this._cancel = this._toLoad = undefined;
      if (last === 'data' && this.data !== null) this._accept(this.data, 'data');
      else if (this.src) this._toLoad = this.src;
      else if (this.data === null) this._data = this._start;
    }
    // The first render always sees `strings` changed: its initial value is set in the constructor.
    if (changes.has('strings')) this._givenStrings = acceptStrings(this.strings ?? this._startStrings, this._fail);
    this._applyExpanded();
    if (!this.hasUpdated) {
      // Before the script ran, the server's styles showed the panel of the card holding focus,
      // which a visitor clicked or tabbed into (styles.ts, `serverStyles`): it stays open, so
      // that nothing moves on screen.
      const card = this.shadowRoot!.activeElement?.closest('[part=card]');
      if (card) this._setOpen(card.querySelector('button')!.dataset.id!, true, 'user');
    }
    // Switching to single mode keeps the first open card, in display order.
    if (this.single) this._setOpen(this.expanded[0], true, 'single');
  }

  protected override updated(): void {
    const url = this._toLoad;
    if (url) {
      this._toLoad = undefined;
      // A timeout="abc" or "-1" must not make every load fail: the default applies instead.
      this._cancel = loadJson(
        url,
        this.timeout > 0 ? this.timeout : 8000,
        (document) => {
          this._cancel = undefined;
          this._accept(document, url);
          // A fragment naming one of the new cards is followed now.
          follow();
        },
        (reason, message) => {
          this._cancel = undefined;
          this._fail(reason, message);
        },
      );
    }
    const missing = this._textsCache?.[1]._missing;
    if (missing?.size) {
      this._warn(`lang="${declaredLanguage(this)}": English shown for ${[...missing].join(', ')}`);
    }
    const events = this._events;
    this._events = [];
    for (const event of events) {
      // A toggle names the language of the render it follows: a `lang` set just before it counts.
      if (event.type === toggleEvent) (event.detail as ToggleDetail).lang = this._texts()._language;
      this.dispatchEvent(event);
    }
  }

  // ---- Warnings, errors and events ----------------------------------------------------------

  /** Says each distinct warning once; after a hundred, one line says that the others are not shown. */
  private _warn = (message: string): void => {
    const warned = this._warned;
    if (warned.has(message) || warned.size > 100) return;
    warned.add(warned.size < 100 ? message : (message = 'further warnings are not shown'));
    console.warn(`<lille-networks>: ${message}`);
  };

  protected override refuse(name: string, error: unknown): void {
    this._warn(`${name}: ${reasonOf(error)}; the default is used`);
  }

  /** Queues an event for after the next render, and asks for that render. */
  private _emit<T>(type: string, detail: T): void {
    this._events.push(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
    this.requestUpdate();
  }

  /** A refusal, in whole or in part: a warning, and an error event. */
  private _fail: Fail = (reason, message) => {
    console.warn(`<lille-networks>: ${message}`);
    this._emit<ErrorDetail>(errorEvent, { reason, message });
  };

  /**
   * A document from `source` shown, as far as it is valid, and said so; else the data stays.
   * The server markup's is what the element starts with, as the bundled data: nothing loaded.
   */
  private _accept(document: unknown, source: string, start?: boolean): void {
    const data = accept(document, source, this._fail, 'the previous data stays');
    if (data) {
      this._data = data;
      if (start) this._start = data;
      else this._emit<LoadDetail>(loadEvent, { source, count: data.networks.length });
    }
  }

  // ---- Which cards show, and which are open -------------------------------------------------

  /** The cards to show, in order, after the `networks` filter. */
  private _visible(): Network[] {
    return shownOf(this.networks, this._data.networks, this._warn);
  }

  /** Opens exactly the cards that `expanded` lists, once that list changed and the data is there. */
  private _applyExpanded(): void {
    // With data still on its way from `src`, the ids are not known yet: wait for it.
    if (this._expandedIds == null || this._toLoad || this._cancel) return;
    const key = idsOf(this._expandedIds).join(' ');
    if (key === this._expandedApplied) return;
    this._expandedApplied = key;
    const ids = openedBy(key, this._visible(), this.single, this._warn);
    for (const { id } of this._visible()) this._setOpen(id, ids.includes(id), 'attribute');
  }

  private _all(open: boolean, source: ToggleSource): void {
    if (!open || !this.single) for (const { id } of this._visible()) this._setOpen(id, open, source);
  }

  /**
   * Opens or closes a card, and says so. In single mode, opening one closes the others: the one
   * place where "at most one card open" is kept.
   */
  private _setOpen(id: string, open: boolean, source: ToggleSource): void {
    const position = this._position(id);
    if (!position) return;
    if (open && this.single) for (const other of this.expanded) if (other !== id) this._setOpen(other, false, 'single');
    if (this._open.has(id) === open) return;
    // Not a reactive property: the event queued below asks for the render.
    this._open[open ? 'add' : 'delete'](id);
    this._emit<Omit<ToggleDetail, 'lang'>>(toggleEvent, { id, expanded: open, source, position });
  }

  private _allOpen(): boolean {
    return this._visible().every(({ id }) => this._open.has(id));
  }

  // ---- Deep links (deep-links.ts) -----------------------------------------------------------

  /** Where the card of `id` shows, from 1; 0 when it does not. */
  _position(id: string): number {
    return this._visible().findIndex((network) => network.id === id) + 1;
  }

  async _reveal(id: string): Promise<void> {
    this._setOpen(id, true, 'link');
    await this.updateComplete;
    const button = this.shadowRoot!.getElementById(`b-${id}`);
    // The whole card from its top edge, the open panel below its heading.
    button?.closest('[part=card]')!.scrollIntoView();
    button?.focus({ preventScroll: true });
  }

  // ---- Rendering ----------------------------------------------------------------------------

  /** What the cards say (i18n.ts, `textsFor`), for the declared language, the data and `strings`. */
  private _texts(): Texts {
    const key = [declaredLanguage(this), this._data, this._givenStrings];
    const [cached, texts] = this._textsCache ?? [];
    if (cached?.every((part, i) => part === key[i])) return texts!;
    return (this._textsCache = [key, textsFor(key[0] as string, this._data, this._givenStrings)])[1];
  }

  protected override render(): TemplateResult {
    // A `lang` set as a property is already reflected to the attribute here (reactive-element.ts
    // reflects before it renders), so the attribute is the one place to read.
    const texts = this._texts();
    const shown = this._visible();
    const level = levelOf(this.headingLevel, this.getAttribute('heading-level'), this._warn);
    const rendered = this._rendered;
    this._rendered = shown.map((network) => [network, this._open.has(network.id), level, texts]);
    return frame(
      texts._language,
      showsToggleAll(this.noToggleAll, this.single, shown.length) ? toggleAllButton(this._allOpen(), texts._strings, this._on) : nothing,
      shown.map((network, i) =>
        // A toggle renders its own card only: the others are what they were at the last render.
        rendered[i]?.every((value, j) => value === this._rendered[i][j])
          ? noChange
          : card(describeCard(network, reader(texts, network.id), texts._strings, texts._language), level, this._open.has(network.id), this._on),
      ),
    );
  }
}

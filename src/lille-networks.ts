import { noChange, nothing, type TemplateResult } from 'lit/html.js';
import { describeCard } from './card.js';
import { bundled } from './data/bundled.js';
import { loadJson } from './data/load.js';
import { type Data, parseDocument, reasonOf } from './data/parse.js';
import { validate } from './data/schema-kit.js';
import { type Network, type NetworksDocument, type StringsByLanguage, stringsByLanguage } from './data/schema.js';
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
    _wanted: { type: String, attribute: 'expanded' },
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
    return this._visible().flatMap(({ id }) => (this._open.has(id) ? [id] : []));
  }

  set expanded(ids: string[]) {
    this._wanted = ids;
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

  /**
   * Space- or comma-separated ids of the cards open at first render, and whenever it changes (the
   * `expanded` property reads the open cards, and takes the ids as an array).
   */
  private _wanted?: string | string[];
  /** The ids of `expanded` last applied: a framework that sets the same list again changes nothing. */
  private _applied?: string;
  /** The data in use: what it started with until `src` or `data` gives valid data. */
  private _data: Data = bundled;
  /**
   * What the element shows when neither `src` nor `data` gives a document: the bundled data, or
   * the document the server rendered the markup from.
   */
  private _start = bundled;
  /** The `strings` property, validated: nothing of it reaches the cards unchecked. */
  private _extra?: StringsByLanguage;
  private _open = new Set<string>();
  private _cancel?: () => void;
  /** A `src` to request once the current render is done (requests are side effects). */
  private _fetch?: string;
  /** Events waiting for the render they describe. */
  private _events: CustomEvent[] = [];
  private _warned = new Set<string>();
  private _pageLanguage = new MutationObserver(() => this.requestUpdate());
  /**
   * The texts for one declared language, data and `strings` (asked at each render and each
   * toggle event, worked out again only when one of the three changes).
   */
  private _cache?: [key: unknown[], texts: Texts];
  private _on: Listeners = {
    _toggle: (event) => {
      const id = (event.currentTarget as HTMLElement).dataset.id!;
      this._setOpen(id, !this._open.has(id), 'user');
    },
    // The panel's id is "p-" and the network's id.
    _find: (event) => this._setOpen((event.currentTarget as HTMLElement).id.slice(2), true, 'find'),
    _toggleAll: () => this._all(!this._allOpen(), 'toggle-all'),
  };
  /**
   * What each card position rendered last (network, open, heading level, strings): a card for
   * which all four are the same is not rendered again.
   */
  private _memo: unknown[][] = [];
  private _filter?: [string, Data, Network[]];
  /** The ids of the cards whose panels the server's markup revealed before the script ran. */
  private _revealed: string[] = [];

  constructor() {
    super();
    // Until now (the element becomes defined when this returns), the server's styles revealed
    // the panels that a visitor clicked or tabbed into (styles.ts, `serverStyles`): they stay open
    // at the first render, so that nothing moves on screen.
    for (const panel of this.shadowRoot?.querySelectorAll<HTMLElement>('[hidden]') ?? []) {
      if (panel.offsetHeight) this._revealed.push(panel.id.slice(2));
    }
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // A page that switches its <html lang> at run time (a translation plugin) switches the cards.
    this._pageLanguage.observe(document.documentElement, { attributeFilter: ['lang'] });
    const { _instances: instances, _follow: follow } = LilleNetworks;
    if (!instances.size) window.addEventListener('hashchange', follow);
    instances.add(this);
    void this.updateComplete.then(() => follow());
  }

  disconnectedCallback(): void {
    this._pageLanguage.disconnect();
    const { _instances: instances, _follow: follow } = LilleNetworks;
    instances.delete(this);
    // A request under way goes on: the element may come back (a move), and its document then
    // shows without asking again; one left out of the page for good is ended by its timeout.
    if (!instances.size) window.removeEventListener('hashchange', follow);
  }

  protected override willUpdate(changes: Changes): void {
    if (!this.hasUpdated) {
      // The document the server rendered from (src/server.ts) is what the element starts with,
      // in place of the bundled data: its first render shows the same cards, and with a `src`
      // they show until its document arrives. The server's strings are the `strings`
      // property's. Read from the declarative shadow root, or from its template where the
      // markup came through innerHTML (a framework's client-side navigation, WordPress's
      // editor), which does not attach it; read here, as the children may come after the
      // constructor.
      try {
        const { data, strings } = JSON.parse(
          (this.shadowRoot!.querySelector('script') ?? this.querySelector('template')!.content.querySelector('script'))!.textContent,
        ) as { data?: unknown; strings?: StringsByLanguage };
        if (data) this._data = this._start = parseDocument(data);
        if (strings) this.strings = strings;
      } catch {
        // no server markup, or none with data (the server reported what it refused)
      }
    }
    // Whichever of `src` and `data` was set last wins (`changes` keeps the order of the changes).
    const last = [...changes.keys()].filter((name) => name === 'src' || name === 'data').pop();
    if (last) {
      this._cancel?.();
      this._cancel = this._fetch = undefined;
      if (last === 'data' && this.data !== null) this._accept(this.data, 'data');
      else if (this.src) this._fetch = this.src;
      else if (this.data === null) this._data = this._start;
    }
    if (changes.has('strings')) {
      this._extra = undefined;
      try {
        if (this.strings !== null) this._extra = validate(stringsByLanguage, this.strings, 'strings');
      } catch (error) {
        this._fail('invalid', `${reasonOf(error)}; the strings property is ignored`);
      }
    }
    this._applyWanted();
    if (!this.hasUpdated) for (const id of this._revealed) this._setOpen(id, true, 'user');
    if (this.single && this._open.size > 1) {
      // Switching to single mode keeps the first open card, in display order.
      for (const id of this.expanded.slice(1)) this._setOpen(id, false, 'single');
    }
  }

  protected override updated(): void {
    const url = this._fetch;
    if (url) {
      this._fetch = undefined;
      // A timeout="abc" or "-1" must not make every load fail: the default applies instead.
      this._cancel = loadJson(
        url,
        this.timeout > 0 ? this.timeout : 8000,
        (document) => {
          this._cancel = undefined;
          this._accept(document, url);
          // A fragment naming one of the new cards is followed now.
          LilleNetworks._follow();
        },
        (reason, message) => {
          this._cancel = undefined;
          this._fail(reason, message);
        },
      );
    }
    const missing = this._cache?.[1]._missing;
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

  /** Says each distinct warning once; after a hundred, one line says that the others are not shown. */
  private _warn = (message: string): void => {
    const warned = this._warned;
    if (warned.has(message) || warned.size > 100) return;
    warned.add(warned.size < 100 ? message : (message = 'further warnings are not shown'));
    console.warn(`<lille-networks>: ${message}`);
  };

  protected override refuse(name: string, error: unknown): void {
    this._warn(`${name}: the value ${reasonOf(error)}; its default is used`);
  }

  /** Queues an event for after the next render, and asks for that render. */
  private _emit<T>(type: string, detail: T): void {
    this._events.push(new CustomEvent<T>(type, { detail, bubbles: true, composed: true }));
    this.requestUpdate();
  }

  private _fail(reason: ErrorDetail['reason'], message: string): void {
    console.warn(`<lille-networks>: ${message}`);
    this._emit<ErrorDetail>(errorEvent, { reason, message });
  }

  /**
   * Validates a document and, if anything in it is usable, shows it. Whatever the input does
   * (a getter that throws, a Proxy, a replaced prototype), the worst outcome is a refusal.
   */
  private _accept(document: unknown, source: string): void {
    try {
      const { networks, strings, dropped } = parseDocument(document);
      if (dropped.length) this._fail('invalid', `${source}: ${dropped.join('; ')}`);
      this._data = { networks, strings };
      this._emit<LoadDetail>(loadEvent, { source, count: networks.length });
    } catch (error) {
      this._fail('invalid', `${source}: ${reasonOf(error)}; the previous data stays`);
    }
  }

  /** The cards to show, in order, after the `networks` filter. */
  private _visible(): Network[] {
    const { networks } = this;
    const [filter, data, visible] = this._filter ?? [];
    if (filter === networks && data === this._data) return visible!;
    const shown = shownOf(networks, this._data.networks, this._warn);
    this._filter = [networks, this._data, shown];
    return shown;
  }

  /** Opens exactly the cards that `expanded` lists, once that list changed and the data is there. */
  private _applyWanted(): void {
    // With data still on its way from `src`, the ids are not known yet: wait for it.
    if (this._wanted == null || this._fetch || this._cancel) return;
    const key = idsOf(this._wanted).join(' ');
    if (key === this._applied) return;
    this._applied = key;
    const ids = openedBy(key, this._visible(), this.single, this._warn);
    for (const { id } of this._visible()) this._setOpen(id, ids.includes(id), 'attribute');
  }

  private _all(open: boolean, source: ToggleSource): void {
    if (!open || !this.single) for (const { id } of this._visible()) this._setOpen(id, open, source);
  }

  private _setOpen(id: string, open: boolean, source: ToggleSource): void {
    const shown = this._visible();
    const position = shown.findIndex((network) => network.id === id) + 1;
    if (this._open.has(id) === open || !position) return;
    if (open && this.single) for (const other of this.expanded) this._setOpen(other, false, 'single');
    // Not a reactive property: the event queued below asks for the render.
    this._open[open ? 'add' : 'delete'](id);
    this._emit<Omit<ToggleDetail, 'lang'>>(toggleEvent, { id, expanded: open, source, position });
  }

  private _allOpen(): boolean {
    return this._visible().every(({ id }) => this._open.has(id));
  }

  // ---- Deep links: one fragment, one instance ------------------------------------------------

  /** The connected instances: a fragment (`#oasc`) is followed by the first, in page order, that shows it. */
  private static _instances = new Set<LilleNetworks>();
  /** The fragment last followed: moving an element, or adding another, must not follow it again. */
  private static _followed?: string;

  /**
   * Opens the card that the address's fragment names, brings it into view and moves focus to
   * its button: in one instance only, the first in document order that shows that card, found in
   * one pass over the instances (every instance scrolling and taking focus in turn cost time
   * that grew with the square of their number).
   */
  private static _follow = (event?: Event): void => {
    const { hash } = location;
    // A hashchange is a new navigation, even back to the fragment followed last.
    if (event) LilleNetworks._followed = undefined;
    let id: string;
    try {
      id = decodeURIComponent(hash.slice(1));
    } catch {
      return;
    }
    // The page's own anchors win (an article's heading, a skip link's target): the fragment is
    // theirs wherever the page, outside any widget, has an element it names.
    if (hash === LilleNetworks._followed || document.getElementById(id) || document.querySelector(`a[name="${CSS.escape(id)}"]`)) {
      return;
    }
    let first: LilleNetworks | undefined;
    for (const element of LilleNetworks._instances) {
      if (
        element._visible().some((network) => network.id === id) &&
        // 2: DOCUMENT_POSITION_PRECEDING, `element` comes before `first`.
        (!first || first.compareDocumentPosition(element) & 2)
      ) {
        first = element;
      }
    }
    if (first) {
      LilleNetworks._followed = hash;
      void first._reveal(id);
    }
  };

  private async _reveal(id: string): Promise<void> {
    this._setOpen(id, true, 'link');
    await this.updateComplete;
    const button = this.shadowRoot!.getElementById(`b-${id}`);
    // The whole card from its top edge, the open panel below its heading.
    button?.closest('[part=card]')!.scrollIntoView();
    button?.focus({ preventScroll: true });
  }

  // ---- Language and strings -------------------------------------------------------------------

  /** What the cards say (i18n.ts, `textsFor`), for the declared language, the data and `strings`. */
  private _texts(): Texts {
    const key = [declaredLanguage(this), this._data, this._extra];
    const [cached, texts] = this._cache ?? [];
    if (cached?.every((part, i) => part === key[i])) return texts!;
    return (this._cache = [key, textsFor(key[0] as string, this._data, this._extra)])[1];
  }

  // ---- Rendering ----------------------------------------------------------------------------

  protected override render(): TemplateResult {
    // A `lang` set as a property is already reflected to the attribute here (reactive-element.ts
    // reflects before it renders), so the attribute is the one place to read.
    const texts = this._texts();
    const shown = this._visible();
    const level = levelOf(this.headingLevel, this.getAttribute('heading-level'), this._warn);
    const memo = this._memo;
    this._memo = shown.map((network) => [network, this._open.has(network.id), level, texts]);
    return frame(
      texts._language,
      showsToggleAll(this.noToggleAll, this.single, shown.length) ? toggleAllButton(this._allOpen(), texts._strings, this._on) : nothing,
      shown.map((network, i) =>
        // A toggle renders its own card only: the others are what they were at the last render.
        memo[i]?.every((value, j) => value === this._memo[i][j])
          ? noChange
          : card(describeCard(network, reader(texts, network.id), texts._strings, texts._language), level, this._open.has(network.id), this._on),
      ),
    );
  }
}

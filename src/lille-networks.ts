import { html, noChange, nothing, type TemplateResult } from 'lit/html.js';
import { type CardContent, type Fact, type Link, describeCard } from './card.js';
import { bundledNetworks } from './data/networks.js';
import { loadJson } from './data/load.js';
import { type ParsedDocument, parseDocument, reasonOf } from './data/parse.js';
import { ValidationError, own, validate } from './data/schema-kit.js';
import {
  type Network,
  type NetworksDocument,
  type Strings,
  type StringsByLanguage,
  languages,
  stringsByLanguage,
} from './data/schema.js';
import {
  type ErrorDetail,
  type LoadDetail,
  type ToggleDetail,
  type ToggleSource,
  errorEvent,
  loadEvent,
  toggleEvent,
} from './events.js';
import { bundledStrings, chooseLanguage, declaredLanguage } from './i18n.js';
import { type Changes, type PropertyDeclaration, ReactiveElement } from './reactive-element.js';
import { styles } from './styles.js';

/** The data in use: networks, and the interface strings of the document they came with. */
type Data = Omit<ParsedDocument, 'dropped'>;

// The bundled data goes through validation too: its copies have no prototype, so a page that
// set `Object.prototype.projects` before this script ran adds nothing to the cards.
const bundled: Data = { networks: parseDocument({ version: 1, networks: bundledNetworks }).networks };

/** Ids as `networks` and `expanded` take them: separated by spaces or commas, or as an array. */
const idsOf = (value: unknown): string[] =>
  // Anything else is read as its text, as an attribute's value would be.
  // eslint-disable-next-line @typescript-eslint/no-base-to-string
  (Array.isArray(value) ? value.map(String) : String(value ?? '').split(/[\s,]+/)).filter(Boolean);

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

  /** A networks document (same shape as `src`) that replaces the bundled data; `null` for the bundled data. */
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
  /** The data in use: the bundled data until `src` or `data` gives valid data. */
  private _data: Data = bundled;
  /** The `strings` property, validated: nothing of it reaches the cards unchecked. */
  private _extra?: StringsByLanguage;
  private _open = new Set<string>();
  private _cancel?: () => void;
  /** A `src` to request once the current render is done (requests are side effects). */
  private _fetch?: string;
  /** A `src` request that a removal cut short: made again if the element comes back (a move). */
  private _resume = false;
  /** Events waiting for the render they describe. */
  private _events: CustomEvent[] = [];
  private _warned = new Set<string>();
  private _pageLanguage = new MutationObserver(() => this.requestUpdate());
  /**
   * For one declared language, data and `strings`: the language shown, the interface strings,
   * and the texts that had no translation in it (asked at each render and each toggle event,
   * worked out again only when one of the three changes).
   */
  private _cache?: { _key: unknown[]; _language: string; _t: Strings; _missing: Set<string> };
  /**
   * What each card position rendered last (network, open, heading level, strings): a card for
   * which all four are the same is not rendered again.
   */
  private _memo: unknown[][] = [];
  private _filter?: [string, Data, Network[]];

  override connectedCallback(): void {
    super.connectedCallback();
    // A page that switches its <html lang> at run time (a translation plugin) switches the cards.
    this._pageLanguage.observe(document.documentElement, { attributeFilter: ['lang'] });
    const { _instances: instances, _follow: follow } = LilleNetworks;
    if (!instances.size) window.addEventListener('hashchange', follow);
    instances.add(this);
    void this.updateComplete.then(() => follow());
    if (this._resume) {
      this._resume = false;
      this._fetch = this.src;
      this.requestUpdate();
    }
  }

  disconnectedCallback(): void {
    this._pageLanguage.disconnect();
    const { _instances: instances, _follow: follow } = LilleNetworks;
    instances.delete(this);
    if (!instances.size) window.removeEventListener('hashchange', follow);
    if (this._cancel) {
      this._cancel();
      this._cancel = undefined;
      this._resume = true;
    }
  }

  protected override willUpdate(changes: Changes): void {
    // Whichever of `src` and `data` was set last wins (`changes` keeps the order of the changes).
    const last = [...changes.keys()].filter((name) => name === 'src' || name === 'data').pop();
    if (last) {
      this._cancel?.();
      this._cancel = this._fetch = undefined;
      if (last === 'data' && this.data !== null) this._accept(this.data, 'data');
      else if (this.src) this._fetch = this.src;
      else if (this.data === null) this._data = bundled;
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
    const missing = this._cache?._missing;
    if (missing?.size) {
      this._warn(`lang="${declaredLanguage(this)}": English shown for ${[...missing].join(', ')}`);
    }
    const events = this._events;
    this._events = [];
    for (const event of events) {
      // A toggle names the language of the render it follows: a `lang` set just before it counts.
      if (event.type === toggleEvent) (event.detail as ToggleDetail).lang = this._content()._language;
      this.dispatchEvent(event);
    }
  }

  private _warn(message: string): void {
    if (this._warned.has(message)) return;
    this._warned.add(message);
    console.warn(`<lille-networks>: ${message}`);
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
      // Nothing usable is one refusal (one warning, one event) that names every dropped entry.
      if (!networks.length) throw new ValidationError('networks', ['no valid entry', ...dropped].join('; '));
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
    // A removed attribute (or a framework's null) is treated as empty, i.e. all.
    const wanted = idsOf(networks);
    const shown = wanted.length ? this._pick(wanted, this._data.networks, `networks="${networks}"`) : this._data.networks;
    this._filter = [networks, this._data, shown];
    return shown;
  }

  /** The networks of `among` that `ids` names, in that order, once each; one warning names the others. */
  private _pick(ids: string[], among: Network[], what: string): Network[] {
    const byId = new Map(among.map((network) => [network.id, network]));
    const unknown = ids.filter((id) => !byId.has(id));
    if (unknown.length) this._warn(`${what}: unknown id ${unknown.join(', ')} ignored`);
    return [...new Set(ids)].flatMap((id) => byId.get(id) ?? []);
  }

  /** Opens exactly the cards that `expanded` lists, once that list changed and the data is there. */
  private _applyWanted(): void {
    // With data still on its way from `src`, the ids are not known yet: wait for it.
    if (this._wanted == null || this._fetch || this._cancel) return;
    const wanted = idsOf(this._wanted);
    const key = wanted.join(' ');
    if (key === this._applied) return;
    this._applied = key;
    const what = `expanded="${key}"`;
    let ids = this._pick(wanted, this._visible(), what).map(({ id }) => id);
    if (this.single && ids.length > 1) {
      this._warn(`${what}: single mode opens only ${ids[0]}`);
      ids = ids.slice(0, 1);
    }
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

  private _onToggle = (event: Event): void => {
    const id = (event.currentTarget as HTMLElement).dataset.id!;
    this._setOpen(id, !this._open.has(id), 'user');
  };

  private _onBeforeMatch = (event: Event): void => {
    // The panel's id is "p-" and the network's id.
    this._setOpen((event.currentTarget as HTMLElement).id.slice(2), true, 'find');
  };

  private _onToggleAll = (): void => {
    this._all(!this._allOpen(), 'toggle-all');
  };

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
    if (hash === LilleNetworks._followed) return;
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

  /**
   * What the cards say: the language shown (the declared one where the data or the strings
   * cover it, else English), and each interface string in it, from the `strings` property, else
   * the document, else the bundled strings; a string or text that the language lacks is shown
   * in English and recorded as missing.
   */
  private _content() {
    const key = [declaredLanguage(this), this._data, this._extra];
    if (this._cache?._key.every((part, i) => part === key[i])) return this._cache;
    const covered = new Set<string>(languages);
    const { networks, strings } = this._data;
    // Every network has a summary: its languages are the document's.
    for (const texts of [strings, this._extra, ...networks.map((network) => network.summary)]) {
      for (const tag in texts) covered.add(tag);
    }
    const language = chooseLanguage(key[0] as string, covered);
    const sources = [bundledStrings, strings, this._extra];
    /** The strings written for `tag`, the later sources over the earlier. */
    const of = (tag: string) => Object.assign({}, ...sources.map((source) => own(source, tag))) as Partial<Strings>;
    const mine = of(language);
    const missing = new Set(Object.keys(bundledStrings.en).flatMap((name) => (own(mine, name) ? [] : [`strings.${name}`])));
    return (this._cache = { _key: key, _language: language, _t: { ...of('en'), ...mine } as Strings, _missing: missing });
  }



  // ---- Rendering ----------------------------------------------------------------------------

  private _headingLevel(): number {
    // A removed attribute (or a framework's null) sets null: the default, without a warning.
    const level = this.headingLevel ?? 2;
    // NaN fails both comparisons.
    if (level >= 2 && level <= 6 && level % 1 === 0) return level;
    // Name the value as the author wrote it: the attribute's text ("abc", not NaN) when the
    // value came from it, else the property's value.
    const attribute = this.getAttribute('heading-level');
    this._warn(`heading-level="${attribute !== null && Object.is(+attribute, level) ? attribute : level}" is not 2 to 6: level 2 is used`);
    return 2;
  }

  protected override render(): TemplateResult {
    // A `lang` set as a property is already reflected to the attribute here (reactive-element.ts
    // reflects before it renders), so the attribute is the one place to read.
    const content = this._content();
    const { _language: language, _t: t, _missing: missing } = content;
    const shown = this._visible();
    const level = this._headingLevel();
    const allOpen = this._allOpen();
    const memo = this._memo;
    this._memo = shown.map((network) => [network, this._open.has(network.id), level, content]);
    // `lang` on the wrapper makes screen readers switch voice when the widget's language
    // differs from the page's (RGAA criterion 8.7).
    return html`<div lang=${language}>
      ${this.noToggleAll || this.single || !shown.length
        ? nothing
        : html`<button part="toggle-all" aria-expanded=${allOpen}
            @click=${this._onToggleAll}>${allOpen ? t.hideAll : t.showAll}</button>`}
      ${shown.map((network, i) =>
        // A toggle renders its own card only: the others are what they were at the last render.
        memo[i]?.every((value, j) => value === this._memo[i][j])
          ? noChange
          : this._card(
              describeCard(
                network,
                (text) => (own(text, language) as string | undefined) ?? (missing.add(network.id), text.en),
                t,
                language,
              ),
              level,
            ),
      )}
    </div>`;
  }

  private _card(card: CardContent, level: number): TemplateResult {
    const { id } = card;
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
      <span class="name">${card.name}</span><span class="visually-hidden">, </span>
      <span part="summary">${card.summary}</span>
    </button>`;
    return html`<section part="card">
      ${heading(level, button)}
      <div part="panel" id=${`p-${id}`} .role=${open ? 'region' : null} aria-labelledby=${`b-${id}`}
        .hidden=${open ? false : 'until-found'}
        @beforematch=${this._onBeforeMatch}>
        ${panel(card)}
      </div>
    </section>`;
  }
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

const facts = (items: Fact[]) =>
  html`<dl>${items.map(([label, value]) => html`<div><dt>${label}</dt><dd>${text(value)}</dd></div>`)}</dl>`;

/** A text, or a list of texts as a bulleted list. */
const text = (value: string | string[]) =>
  Array.isArray(value) ? html`<ul>${value.map((item) => html`<li>${item}</li>`)}</ul>` : value;

const link = (target?: Link) =>
  target ? html`<p><a part="link" href=${target.href}>${target.text}</a></p>` : nothing;

const panel = (card: CardContent) => html`
  <p>${card.description}</p>
  ${facts(card.facts)}
  <div>
    <p class="label">${card.involvement[0]}</p>
    <p>${card.involvement[1]}</p>
    ${link(card.involvementLink)}
    ${card.groups ? html`<p class="label">${card.groups[0]}</p>${text(card.groups[1])}` : nothing}
  </div>
  ${card.projects.map(
    (project) => html`<div class="project">
      <p class="label">${project.heading}</p>
      ${project.paragraphs.map((paragraph) => html`<p>${paragraph}</p>`)}
      ${facts(project.facts)}
      ${link(project.link)}
    </div>`,
  )}
  ${link(card.link)}
`;

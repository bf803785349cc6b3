import { render, type TemplateResult } from 'lit/html.js';
import { HTMLElementBase } from './html-element.js';

/**
 * The few things `<lille-networks>` needs from LitElement, on lit-html alone: declared
 * properties with attributes (converted and, where asked, reflected), batched asynchronous
 * rendering into an open shadow root, `willUpdate(changes)`, `updated(changes)` and
 * `updateComplete`.
 *
 * Why not LitElement: LitElement's ReactiveElement measured 2,400 bytes gzip more than lit-html
 * alone, for features (controllers, decorators, style fallbacks, SSR hydration) this element
 * never uses. The declarations keep LitElement's shape, so moving back is a change of base
 * class; and the base keeps Lit's own safeguards (see each below).
 */

export interface PropertyDeclaration {
  /**
   * String, Number or Boolean: how the attribute's text, or any value set, becomes the
   * property's value.
   */
  type?: StringConstructor | NumberConstructor | BooleanConstructor;
  /** The attribute's name; `false` for a property without one. Default: the name in lower case. */
  attribute?: string | false;
  /** Writes the property back to its attribute after each change. */
  reflect?: boolean;
}

/**
 * The properties changed since the last render, with their values before the first of those
 * changes, in the order of their first change, as Lit's `changedProperties`. (Which of two
 * properties was set last, the map does not say: `requestUpdate(name)` hears each change.)
 */
export type Changes = Map<string, unknown>;

/** Classes whose accessors and stylesheet are made: once per class, as Lit's `finalize()`. */
const finalized = new WeakMap<object, { _attributes: Map<string, string>; _sheet: CSSStyleSheet }>();

export abstract class ReactiveElement extends HTMLElementBase {
  static properties: Record<string, PropertyDeclaration> = {};
  static styles: string;

  /**
   * Defines the accessors of the declared properties and the class's stylesheet, once: the
   * browser reads `observedAttributes` at `define()`, but a page or a tool may read it again,
   * and redefining the accessors would throw (and Lit guards the same way).
   */
  private static _finalize() {
    let done = finalized.get(this);
    if (!done) {
      done = { _attributes: new Map(), _sheet: new CSSStyleSheet() };
      finalized.set(this, done);
      for (const [name, options] of Object.entries(this.properties)) {
        const { type } = options;
        // Configurable, as Lit's: a subclass or a test may redefine a property.
        Object.defineProperty(this.prototype, name, {
          configurable: true,
          get(this: ReactiveElement) {
            return this._values.get(name);
          },
          set(this: ReactiveElement, given: unknown) {
            let value: unknown;
            // Read once, into a plain value of the declared type: a value that cannot be read (no
            // prototype, a throwing toString, a Symbol, a revoked Proxy) is refused here, once,
            // rather than wherever it is read later, where it would stop the element.
            try {
              // A template literal, not String(): a Symbol refuses it, as it should.
              value = given == null || !type ? given : type === String ? `${given as string}` : type(given);
            } catch (error) {
              value = undefined;
              this.refuse(options.attribute || name, error);
            }
            const old = this._values.get(name);
            if (Object.is(old, value)) return;
            this._values.set(name, value);
            if (!this._changes.has(name)) this._changes.set(name, old);
            this.requestUpdate(name);
          },
        });
        const attribute = options.attribute ?? name.toLowerCase();
        if (attribute !== false) done._attributes.set(attribute, name);
      }
      done._sheet.replaceSync(this.styles);
    }
    return done;
  }

  static get observedAttributes(): string[] {
    return [...this._finalize()._attributes.keys()];
  }

  /** Resolves once the pending render is done (true when no other render is pending). */
  updateComplete: Promise<boolean>;

  /** False until the first render is done, as in Lit. */
  hasUpdated = false;

  private _values = new Map<string, unknown>();
  private _changes: Changes = new Map();
  private _pending = false;
  /** The property being written to its attribute, whose attribute change must not write it back. */
  private _reflecting?: string;
  private _connect!: () => void;
  private _connected = new Promise<void>((resolve) => (this._connect = resolve));
  // Values a page or framework set on the element before it was upgraded: they shadow the
  // accessors and must win over the class's defaults, as with LitElement.
  private _early = new Map<string, unknown>();

  constructor() {
    super();
    const ctor = this.constructor as typeof ReactiveElement;
    const { _sheet: sheet } = ctor._finalize();
    for (const name of Object.keys(ctor.properties)) {
      if (Object.hasOwn(this, name)) {
        this._early.set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    }
    // A declarative shadow root, which the server's HTML brought (src/server.ts), is kept as it
    // is until the first render replaces its content, as Lit's createRenderRoot() keeps it.
    (this.shadowRoot ?? this.attachShadow({ mode: 'open' })).adoptedStyleSheets = [sheet];
    this.updateComplete = this._schedule();
  }

  connectedCallback(): void {
    this._connect();
  }

  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const ctor = this.constructor as typeof ReactiveElement;
    const name = ctor._finalize()._attributes.get(attribute)!;
    if (name === this._reflecting) return;
    const type = ctor.properties[name].type;
    (this as Record<string, unknown>)[name] =
      // The property's setter reads the text into its type.
      type === Boolean ? value !== null : value;
  }

  /**
   * Asks for a render in the next microtask; several changes make one render. `name`: the
   * declared property that changed, when a change asks (as in Lit), for a subclass to hear.
   */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature documents the hook
  requestUpdate(_name?: string): void {
    if (!this._pending) this.updateComplete = this._schedule();
  }

  private async _schedule(): Promise<boolean> {
    this._pending = true;
    // No render before the first connection: a detached element costs nothing.
    await this._connected;
    if (this._pending) this._update();
    return !this._pending;
  }

  private _update(): void {
    for (const [name, value] of this._early) (this as Record<string, unknown>)[name] = value;
    this._early.clear();
    const changes = this._changes;
    try {
      // Changes made here belong to this render (they land in `changes`, no new render).
      this.willUpdate(changes);
    } finally {
      // Even when willUpdate throws, the element must stay able to update (Lit: "Ensure
      // element can accept additional updates after an exception").
      this._changes = new Map();
      this._pending = false;
    }
    const { properties } = this.constructor as typeof ReactiveElement;
    for (const name of changes.keys()) {
      const { reflect, attribute, type } = properties[name];
      if (!reflect) continue;
      const value = this._values.get(name);
      const attributeName = attribute || name.toLowerCase();
      this._reflecting = name;
      if (type === Boolean) this.toggleAttribute(attributeName, !!value);
      else if (value == null) this.removeAttribute(attributeName);
      else this.setAttribute(attributeName, value as string);
      this._reflecting = undefined;
    }
    const root = this.shadowRoot!;
    const value = this.render();
    // The server's content and the first render's differ only by the <style> and data <script>
    // the server's starts with: the same element, the same place in this list.
    const elements = () => root.querySelectorAll<HTMLElement>(':not(style,script)');
    let focus: number | undefined;
    if (!this.hasUpdated && root.firstChild) {
      // The first render takes over the server's content: replaced in this same task, so that no
      // frame shows the element empty, and the same in every pixel, being the same templates.
      // What had focus (a visitor tabbed there before the script ran) gets it back, on the same
      // element of the new content; the opening fade of a panel already open is skipped.
      focus = [...elements()].indexOf(root.activeElement as HTMLElement);
      root.replaceChildren();
    }
    // Listeners are arrow functions bound to their element: lit-html needs no `host` to call them.
    render(value, root);
    if (focus !== undefined) {
      elements()[focus]?.focus({ preventScroll: true });
      for (const animation of root.getAnimations()) animation.cancel();
    }
    this.hasUpdated = true;
    this.updated(changes);
  }

  /** Told of a property value that cannot be read, which the property's default replaces. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature documents the hook
  protected refuse(_name: string, _error: unknown): void {}

  /** Runs before each render, with the changed properties: derive state here, no side effects. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature documents the hook
  protected willUpdate(_changes: Changes): void {}

  /** Runs after each render, with the same changes: side effects (requests, events) go here. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature documents the hook
  protected updated(_changes: Changes): void {}

  protected abstract render(): TemplateResult;
}

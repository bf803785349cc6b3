import { render, type TemplateResult } from 'lit/html.js';
import { HTMLElementBase } from './html-element.js';

/**
 * The few things `<lille-networks>` needs from LitElement, on lit-html alone: declared
 * properties with attributes (converted and, where asked, reflected), batched asynchronous
 * rendering into an open shadow root, `willUpdate(changed)`, and `updateComplete`.
 *
 * Why not LitElement: the whole widget must fit in 12,000 bytes gzip with both languages'
 * data, and LitElement's ReactiveElement measured 2,400 bytes gzip more than lit-html alone,
 * for features (controllers, decorators, style fallbacks, SSR hydration) this element never
 * uses. The declarations keep LitElement's shape, so moving back is a change of base class.
 */

export interface PropertyDeclaration {
  /** String, Number or Boolean: how the attribute's text becomes the property's value. */
  type?: StringConstructor | NumberConstructor | BooleanConstructor;
  /** The attribute's name; `false` for a property without one. Default: the name in lower case. */
  attribute?: string | false;
  /** Writes the property back to its attribute after each change. */
  reflect?: boolean;
}

/** The properties changed since the last render, with their previous values. */
export type Changes = Map<string, unknown>;

export abstract class ReactiveElement extends HTMLElementBase {
  static properties: Record<string, PropertyDeclaration> = {};
  static styles: string;

  // Filled once per class by `observedAttributes`, which the browser reads at `define()`.
  private static _attributes: Map<string, string>;
  private static _sheet: CSSStyleSheet;

  static get observedAttributes(): string[] {
    this._attributes = new Map();
    for (const [name, options] of Object.entries(this.properties)) {
      Object.defineProperty(this.prototype, name, {
        get(this: ReactiveElement) {
          return this._values.get(name);
        },
        set(this: ReactiveElement, value: unknown) {
          const old = this._values.get(name);
          if (Object.is(old, value)) return;
          this._values.set(name, value);
          if (!this._changes.has(name)) this._changes.set(name, old);
          this.requestUpdate();
        },
      });
      const attribute = options.attribute ?? name.toLowerCase();
      if (attribute !== false) this._attributes.set(attribute, name);
    }
    this._sheet = new CSSStyleSheet();
    this._sheet.replaceSync(this.styles);
    return [...this._attributes.keys()];
  }

  /** Resolves once the pending render is done (true when no other render is pending). */
  updateComplete: Promise<boolean>;

  private _values = new Map<string, unknown>();
  private _changes: Changes = new Map();
  private _pending = false;
  private _connect!: () => void;
  private _connected = new Promise<void>((resolve) => (this._connect = resolve));
  // Values a page or framework set on the element before it was upgraded: they shadow the
  // accessors and must win over the class's defaults, as with LitElement.
  private _early = new Map<string, unknown>();

  constructor() {
    super();
    const { properties, _sheet } = this.constructor as typeof ReactiveElement;
    for (const name of Object.keys(properties)) {
      if (Object.hasOwn(this, name)) {
        this._early.set(name, this[name as keyof this]);
        delete this[name as keyof this];
      }
    }
    this.attachShadow({ mode: 'open' }).adoptedStyleSheets = [_sheet];
    this.updateComplete = this._schedule();
  }

  connectedCallback(): void {
    this._connect();
  }

  // Reflecting a property calls this back with the same value, which the setter ignores.
  attributeChangedCallback(attribute: string, _old: string | null, value: string | null): void {
    const ctor = this.constructor as typeof ReactiveElement;
    const name = ctor._attributes.get(attribute)!;
    const type = ctor.properties[name].type;
    (this as Record<string, unknown>)[name] =
      type === Boolean ? value !== null : type === Number && value !== null ? Number(value) : value;
  }

  /** Asks for a render in the next microtask; several changes make one render. */
  requestUpdate(): void {
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
    this.willUpdate(changes);
    this._changes = new Map();
    this._pending = false;
    const { properties } = this.constructor as typeof ReactiveElement;
    for (const name of changes.keys()) {
      const { reflect, attribute, type } = properties[name];
      const value = this._values.get(name);
      const attributeName = attribute || name.toLowerCase();
      if (!reflect) continue;
      if (type === Boolean) this.toggleAttribute(attributeName, !!value);
      else if (value == null) this.removeAttribute(attributeName);
      else this.setAttribute(attributeName, value as string);
    }
    // Listeners are arrow functions bound to their element: lit-html needs no `host` to call them.
    render(this.render(), this.shadowRoot!);
  }

  /** Runs before each render, with the changed properties: derive state here. */
  // eslint-disable-next-line @typescript-eslint/no-unused-vars -- the signature documents the hook
  protected willUpdate(_changes: Changes): void {}

  protected abstract render(): TemplateResult;
}

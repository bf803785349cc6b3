/**
 * The small reactive base under <lille-networks> (src/reactive-element.ts), held to Lit's own
 * safeguards: the class is finalized once, however often `observedAttributes` is read; its
 * accessors are configurable; an update that throws leaves the element able to update again;
 * a reflected attribute does not write back into its property; changes made in one task make
 * one render, in the order they were last made; side effects wait for `updated()`.
 *
 * A developer perceives the base through an element: a small one defined here, and the real one.
 * (What the real element makes of that order, of `src` and `data` the one set last wins:
 * data-from-elsewhere.test.ts.)
 */
import { expect, fixture, html as fixtureHtml } from '@open-wc/testing';
import { html } from 'lit/html.js';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { type Changes, type PropertyDeclaration, ReactiveElement } from '../src/reactive-element.js';
import { ids } from './helpers/cards.js';
import { recordPageErrors } from './helpers/data.js';

class TestElement extends ReactiveElement {
  static override styles = ':host { display: block }';
  static override properties: Record<string, PropertyDeclaration> = {
    label: { type: String },
    count: { type: Number, reflect: true },
    flag: { type: Boolean, reflect: true },
    derived: { attribute: false },
  };
  declare label: string | null;
  declare count: number | null;
  declare flag: unknown;
  declare derived: string;
  renders = 0;
  refused: string[] = [];
  asked: string[] = [];
  /** What each willUpdate and updated saw: the names of the changed properties, in order. */
  seen: string[] = [];
  failNext = false;

  protected override willUpdate(changes: Changes): void {
    this.seen.push(`will ${[...changes.keys()].join(' ')}`);
    // State derived here belongs to this render and must not ask for another.
    this.derived = `[${this.label ?? ''}]`;
    if (this.failNext) {
      this.failNext = false;
      throw new Error('willUpdate failed on purpose');
    }
  }

  protected override updated(changes: Changes): void {
    this.seen.push(`updated ${[...changes.keys()].join(' ')} ${this.shadowRoot!.textContent}`);
  }

  override requestUpdate(name?: string): void {
    if (name) this.asked?.push(name);
    super.requestUpdate(name);
  }

  protected override refuse(name: string): void {
    this.refused.push(name);
  }

  protected render() {
    this.renders++;
    return html`<p>${this.derived}</p>`;
  }
}
customElements.define('test-reactive-element', TestElement);

const make = () => fixture<TestElement>(fixtureHtml`<test-reactive-element></test-reactive-element>`);

describe('the reactive base', () => {
  it('reads observedAttributes as often as asked, and attributes still work after', async () => {
    const element = elementClass();
    const first = element.observedAttributes;
    expect(() => element.observedAttributes).to.not.throw();
    expect(element.observedAttributes).to.deep.equal(first);
    expect(TestElement.observedAttributes).to.deep.equal(['label', 'count', 'flag']);

    const el = await fixture<LilleNetworks>(fixtureHtml`<lille-networks lang="fr"></lille-networks>`);
    el.setAttribute('networks', 'polis iclei');
    el.setAttribute('lang', 'en');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['polis', 'iclei']);
    expect(el.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal('en');
  });

  it('defines configurable accessors, so that a subclass or a test can redefine a property', () => {
    for (const name of ['lang', 'src', 'data', 'networks']) {
      const descriptor = Object.getOwnPropertyDescriptor(elementClass().prototype, name);
      expect(descriptor?.configurable, name).to.equal(true);
    }
  });

  it('gathers the changes of one task into one render, then updated() sees them rendered', async () => {
    const el = await make();
    el.seen.length = 0;
    el.asked.length = 0;
    const before = el.renders;
    el.label = 'a';
    el.count = 1;
    el.label = 'b';
    expect(await el.updateComplete).to.equal(true);
    expect(el.renders - before).to.equal(1);
    // In the order of their first change, as Lit's changedProperties (label was set first);
    // what willUpdate derived is part of the same render's changes, as in Lit.
    expect(el.seen).to.deep.equal(['will label count', 'updated label count derived [b]']);
    // Each change is heard by name, in the order it was made (then willUpdate's): the last one
    // set is known.
    expect(el.asked).to.deep.equal(['label', 'count', 'label', 'derived']);
    expect(el.getAttribute('count')).to.equal('1');
  });

  it('takes state derived in willUpdate into the same render, without asking for another', async () => {
    const el = await make();
    const before = el.renders;
    el.label = 'x';
    await el.updateComplete;
    await el.updateComplete;
    expect(el.renders - before).to.equal(1);
    expect(el.shadowRoot!.textContent).to.equal('[x]');
  });

  it('stays able to update after an update that threw', async () => {
    const pageErrors = recordPageErrors();
    const el = await make();
    el.failNext = true;
    el.label = 'lost';
    // The render that threw rejects updateComplete, as Lit's does; the page sees the error.
    const failed = await el.updateComplete.then(
      () => 'resolved',
      (error: Error) => error.message,
    );
    expect(failed).to.equal('willUpdate failed on purpose');
    el.label = 'kept';
    expect(await el.updateComplete).to.equal(true);
    expect(el.shadowRoot!.textContent).to.equal('[kept]');
    expect(pageErrors).to.deep.equal([]);
  });

  it('writes a reflected property to its attribute without the attribute writing it back', async () => {
    const el = await make();
    const before = el.renders;
    el.count = -0; // written "0", which would read back as 0
    await el.updateComplete;
    await el.updateComplete;
    expect(el.getAttribute('count')).to.equal('0');
    expect(Object.is(el.count, -0), 'the value kept as set').to.equal(true);
    expect(el.renders - before).to.equal(1);

    el.removeAttribute('count');
    await el.updateComplete;
    expect(el.count).to.equal(null);
  });

  it('reads a value set as a property once, into its declared type; one that cannot be read is told and left out', async () => {
    const el = await make();
    el.count = '42' as never;
    el.flag = 'yes';
    el.label = ['a', 'b'] as never;
    expect([el.count, el.flag, el.label]).to.deep.equal([42, true, 'a,b']);
    el.label = { toString: () => { throw new Error('no text'); } } as never;
    expect(el.label).to.equal(undefined);
    expect(el.refused).to.deep.equal(['label']);
    el.derived = Object.create(null) as never;
    expect(el.refused, 'a property without a declared type keeps what it is given').to.deep.equal(['label']);
  });

  it('converts attributes to numbers and booleans, and a removed attribute to null or false', async () => {
    const el = await make();
    el.setAttribute('count', '42');
    el.setAttribute('flag', '');
    el.setAttribute('label', 'text');
    await el.updateComplete;
    expect([el.count, el.flag, el.label]).to.deep.equal([42, true, 'text']);
    el.removeAttribute('count');
    el.removeAttribute('flag');
    el.removeAttribute('label');
    await el.updateComplete;
    expect([el.count, el.flag, el.label]).to.deep.equal([null, false, null]);
  });
});

/** The class, from the registry: this file imports it only as a type. */
function elementClass(): typeof ReactiveElement {
  return customElements.get('lille-networks') as unknown as typeof ReactiveElement;
}

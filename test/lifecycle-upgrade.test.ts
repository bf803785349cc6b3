/**
 * An element that exists before its definition loads, as on a page whose script tag comes
 * late (async, defer, or a framework that renders first): properties and attributes set on
 * it beforehand must take effect when it upgrades.
 *
 * This file must not import src/ statically (imports are hoisted and would define the element
 * first): only types, and the helpers, which import only types. The definition is loaded with
 * a dynamic import in `before`, after the elements are made. wtr gives each test file a page
 * of its own, so nothing else has defined <lille-networks> here.
 */
import { expect, waitUntil } from '@open-wc/testing';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, headingTags, ids, isShown, panel } from './helpers/cards.js';

const loc = (text: string) => ({ fr: `${text} (fr)`, en: text });
const entry = (id: string) => ({
  id,
  shortName: `Net ${id}`,
  fullName: loc(`Network ${id}`),
  summary: loc(`Summary ${id}`),
  description: loc(`Description ${id}.`),
  involvement: loc(`Role ${id}.`),
  website: `https://example.org/${id}`,
});

const made: Element[] = [];
let definedBefore: unknown;
/** Created, given properties and attached, all before the definition. */
let attachedEarly: LilleNetworks;
/** Created and given properties before the definition, attached after it. */
let attachedLate: LilleNetworks;
/** Written as page markup, attributes only, before the definition. */
let fromMarkup: LilleNetworks;
/** Given a `src` before the definition. */
let withSrc: LilleNetworks;

before(async () => {
  definedBefore = customElements.get('lille-networks');

  attachedEarly = document.createElement('lille-networks');
  attachedEarly.lang = 'en';
  attachedEarly.data = { version: 1, networks: [entry('alpha'), entry('beta'), entry('gamma')] };
  attachedEarly.networks = 'gamma alpha';
  attachedEarly.headingLevel = 4;
  attachedEarly.single = true;
  document.body.append(attachedEarly);

  attachedLate = document.createElement('lille-networks');
  attachedLate.lang = 'en';
  attachedLate.data = { version: 1, networks: [entry('delta')] };
  attachedLate.noToggleAll = true;

  const holder = document.createElement('div');
  holder.innerHTML = '<lille-networks lang="en" networks="polis iclei" heading-level="3" no-toggle-all></lille-networks>';
  document.body.append(holder);
  fromMarkup = holder.firstElementChild as LilleNetworks;

  withSrc = document.createElement('lille-networks');
  withSrc.lang = 'en';
  withSrc.src = '/test/fixtures/slow.json?delay=0';
  document.body.append(withSrc);

  made.push(attachedEarly, holder, withSrc);

  await import('../src/define.js');
  document.body.append(attachedLate);
  made.push(attachedLate);
  await Promise.all([attachedEarly, attachedLate, fromMarkup, withSrc].map((el) => el.updateComplete));
});

after(() => {
  for (const node of made) node.remove();
});


describe('An element created before its definition loaded', () => {
  it('was not defined until this file loaded the definition', () => {
    expect(definedBefore, 'defined before the dynamic import').to.equal(undefined);
    expect(customElements.get('lille-networks')).to.be.a('function');
    expect(attachedEarly.shadowRoot, 'upgraded').to.exist;
  });

  it('keeps the data, networks, heading level and single mode set as properties before the upgrade', async () => {
    const el = attachedEarly;
    expect(ids(el)).to.deep.equal(['gamma', 'alpha']);
    expect(buttons(el)[0].textContent).to.contain('Net gamma');
    expect(headingTags(el)).to.deep.equal(['h4', 'h4']);
    expect(el.shadowRoot!.querySelector('[part=toggle-all]'), 'no "show all" in single mode').to.equal(null);

    button(el, 'alpha').click();
    await el.updateComplete;
    button(el, 'gamma').click();
    await el.updateComplete;
    expect(el.expanded, 'single mode: one card open').to.deep.equal(['gamma']);
    expect(isShown(panel(el, 'gamma'))).to.equal(true);
  });

  it('keeps the properties set before the upgrade when it is attached only afterwards', async () => {
    const el = attachedLate;
    expect(ids(el)).to.deep.equal(['delta']);
    expect(el.shadowRoot!.querySelector('[part=toggle-all]'), 'no-toggle-all').to.equal(null);
    button(el, 'delta').click();
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['delta']);
  });

  it('applies the attributes written in the page markup before the upgrade', () => {
    const el = fromMarkup;
    expect(ids(el)).to.deep.equal(['polis', 'iclei']);
    expect(headingTags(el)).to.deep.equal(['h3', 'h3']);
    expect(el.shadowRoot!.querySelector('[part=toggle-all]')).to.equal(null);
    expect(el.shadowRoot!.querySelector('[lang]')!.getAttribute('lang')).to.equal('en');
  });

  it('loads the src set as a property before the upgrade', async () => {
    await waitUntil(() => ids(withSrc).join() === 'fixture-1', 'the src document never showed');
  });
});

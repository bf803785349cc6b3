/**
 * A page whose own scripts (or a compromised third-party script) added properties to
 * Object.prototype before the bundle loaded: the cards must show the bundled data only, valid
 * documents must still be accepted, and a `src` load must still finish.
 *
 * This file must not import src/ statically: the element is loaded by a dynamic import in
 * `before`, after the pollution (wtr gives each test file a page of its own).
 */
import { expect } from '@open-wc/testing';
import type { LilleNetworks } from '../src/lille-networks.js';
import { ids, text } from './helpers/cards.js';
import { network as entry } from './helpers/data.js';

const proto = Object.prototype as Record<string, unknown>;
const injected = {
  // Optional fields of a network, read through the prototype chain by code that trusts `in`.
  projects: [{ id: 'evil', name: 'Injected project', fullName: { fr: 'Injecté', en: 'Injected' } }],
  seat: { fr: 'Siège injecté', en: 'Injected seat' },
  involvementLink: 'https://evil.example/',
  // Keywords of the element's own schema: would make every valid document fail.
  pattern: '^$',
  const: 'never',
};


let el: LilleNetworks;

before(async () => {
  // Plain assignment, as a polluting script does: the properties are enumerable.
  for (const [key, value] of Object.entries(injected)) proto[key] = value;
  await import('../src/define.js');
  el = document.createElement('lille-networks');
  el.lang = 'en';
  document.body.append(el);
  await el.updateComplete;
});

after(() => {
  for (const key of Object.keys(injected)) delete proto[key];
  el.remove();
});

/** The next event of `type` on the element, resolved with its detail as JSON text. */
const next = (type: 'lille-networks-load' | 'lille-networks-error') =>
  new Promise<string>((resolve) =>
    el.addEventListener(type, (event) => resolve(JSON.stringify((event as CustomEvent).detail)), { once: true }),
  );

describe('a page that polluted Object.prototype before the bundle loaded', () => {
  it('shows the six bundled cards with nothing injected into them', async () => {
    el.expandAll();
    await el.updateComplete;
    expect(ids(el)).to.have.length(6);
    const shown = text(el.shadowRoot);
    expect(shown).to.not.include('Injected');
    expect(shown).to.not.include('evil.example');
    expect(el.shadowRoot!.querySelectorAll('a[href*="evil"]')).to.have.length(0);
  });

  it('still accepts a valid document, whatever the schema keywords on the prototype say', async () => {
    const loaded = next('lille-networks-load');
    el.data = { version: 1, networks: [entry('still-valid')] };
    expect(JSON.parse(await loaded)).to.deep.equal({ source: 'data', count: 1 });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['still-valid']);
    el.expand('still-valid');
    await el.updateComplete;
    expect(text(el.shadowRoot)).to.not.include('Injected');
  });

  it('still finishes a src load when Object.prototype.then makes every object a "thenable"', async () => {
    const loaded = next('lille-networks-load');
    const failed = next('lille-networks-error');
    // Only for the length of the load: the test runner itself awaits objects.
    Object.defineProperty(proto, 'then', { value: () => {}, configurable: true, writable: true });
    let outcome: string;
    try {
      el.src = '/test/fixtures/valid.json';
      outcome = await Promise.race([loaded.then((detail) => `load ${detail}`), failed.then((detail) => `error ${detail}`)]);
    } finally {
      delete proto.then;
    }
    expect(outcome).to.equal(`load ${JSON.stringify({ source: '/test/fixtures/valid.json', count: 2 })}`);
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['alpha-network', 'beta-network']);
  });
});

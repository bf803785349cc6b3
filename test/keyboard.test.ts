/**
 * The keyboard: native buttons and links only, so Tab, Enter and Space, with no custom keys to
 * learn (README, "Accessibility"). Keys are real input (sendKeys). The focus ring:
 * accessibility.test.ts.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, expectOpen, pageOrder, panel, toggleAll } from './helpers/cards.js';
import { element } from './helpers/data.js';
import { press, tab } from './helpers/input.js';
import { recordToggles } from './helpers/toggles.js';


/** What the shadow root has focused, by id, for failure messages that stay small. */
const focused = (el: LilleNetworks): string => el.shadowRoot!.activeElement?.id || String(el.shadowRoot!.activeElement?.localName);

describe('the keyboard', () => {
  for (const [key, name, tabs, id, position] of [
    ['Enter', 'Enter', 1, 'eurocities', 1],
    [' ', 'Space', 2, 'polis', 2],
  ] as const) {
    it(`Tab from "show all" reaches card ${position}; ${name} opens and closes it, the focus staying on its button`, async () => {
      const el = await element('fr');
      const seen = recordToggles(['id', 'expanded', 'source', 'position', 'lang']);
      toggleAll(el)!.focus();
      for (let i = 0; i < tabs; i++) await tab();
      expect(focused(el)).to.equal(button(el, id).id);

      await press(el, key);
      expectOpen(el, [id]);
      await press(el, key);
      expectOpen(el, []);
      expect(focused(el)).to.equal(button(el, id).id);
      expect(seen).to.deep.equal([
        { id, expanded: true, source: 'user', position, lang: 'fr' },
        { id, expanded: false, source: 'user', position, lang: 'fr' },
      ]);
    });
  }

  it('Enter on "show all" opens every card', async () => {
    const el = await element('fr');
    toggleAll(el)!.focus();
    await press(el, 'Enter');
    expectOpen(el, pageOrder);
  });

  it('Tab goes from an open card\'s button through its panel\'s links before the next card', async () => {
    const el = await element('fr');
    el.expand('eurocities');
    await el.updateComplete;
    button(el, 'eurocities').focus();
    // Each of the panel's links in turn (the network's page about Lille Métropole, its website),
    // then the next card.
    const links = [...panel(el, 'eurocities').querySelectorAll('a')];
    expect(links).to.have.length.above(0);
    for (const link of links) {
      await tab();
      expect(el.shadowRoot!.activeElement === link, `focus on ${link.href}`).to.equal(true);
    }
    await tab();
    expect(focused(el)).to.equal(button(el, 'polis').id);
  });

  it('Tab skips the links of collapsed panels', async () => {
    const el = await element('fr');
    button(el, 'eurocities').focus();
    await tab();
    expect(focused(el)).to.equal(button(el, 'polis').id);
  });

  it('closing a card that was open at first keeps the focus on its button (DSFR issue 1505)', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" expanded="afccre"></lille-networks>`);
    button(el, 'afccre').focus();
    await press(el, 'Enter');
    expectOpen(el, []);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'afccre'));
    expect(document.activeElement).to.equal(el);
  });
});

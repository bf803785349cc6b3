/**
 * Opening and closing cards, and what the page hears of it: a mouse click on a card, "show all /
 * hide all", `single`, the methods, the `expanded` attribute and property, find-in-page, the
 * open cards kept through live changes, and the `lille-networks-toggle` event. (Keys:
 * keyboard.test.ts; fragments: deep-links.test.ts.) Clicks are real input (sendMouse).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { ToggleDetail } from '../src/events.js';
import { bundledStrings } from '../src/i18n.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, cards, expectOpen, headingTags, ids, isShown, pageOrder, panel, text, toggleAll } from './helpers/cards.js';
import { element, recordWarnings } from './helpers/data.js';
import { click, press } from './helpers/input.js';
import { onCleanup } from './helpers/page.js';
import { recordToggles } from './helpers/toggles.js';


describe('a mouse click', () => {
  it('starts with every card collapsed: its button visible, its content out of sight', async () => {
    const el = await element('fr');
    expectOpen(el, []);
    for (const id of pageOrder) {
      expect(isShown(button(el, id)), `${id} button`).to.equal(true);
      expect(panel(el, id).firstElementChild!.checkVisibility(), `${id} description`).to.equal(false);
    }
  });

  it('on a card\'s button opens that card only, a second click closes it, and the page hears both', async () => {
    const el = await element('fr');
    const seen = recordToggles();
    await click(el, button(el, 'polis'));
    expectOpen(el, ['polis']);
    expect(isShown(panel(el, 'polis').firstElementChild!)).to.equal(true);
    await click(el, button(el, 'polis'));
    expectOpen(el, []);
    expect(seen).to.deep.equal([
      { id: 'polis', expanded: true },
      { id: 'polis', expanded: false },
    ]);
  });

  it('on the summary text opens its card', async () => {
    const el = await element('fr');
    await click(el, button(el, 'iclei').querySelector('[part~="summary"]')!);
    expectOpen(el, ['iclei']);
  });

  it('through button.click() opens and closes a card', async () => {
    const el = await element('fr');
    button(el, 'afccre').click();
    await el.updateComplete;
    expectOpen(el, ['afccre']);
    button(el, 'afccre').click();
    await el.updateComplete;
    expectOpen(el, []);
  });

  it('changes its own card only: nothing else in the widget is touched', async () => {
    const el = await element();
    el.expand('afccre');
    await el.updateComplete;
    const card = cards(el)[pageOrder.indexOf('iclei')];
    const outside: string[] = [];
    const observer = new MutationObserver((records) => {
      for (const { target } of records) {
        const node = target instanceof Element ? target : target.parentElement!;
        // The show-all button says "hide all" only once every card is open: not here.
        if (!card.contains(node)) outside.push(node.localName + (node.id ? `#${node.id}` : ''));
      }
    });
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
    await click(el, button(el, 'iclei'));
    expect(el.expanded, 'after the first click').to.deep.equal(['afccre', 'iclei']);
    await click(el, button(el, 'iclei'));
    observer.disconnect();
    expect(outside).to.deep.equal([]);
    expect(el.expanded).to.deep.equal(['afccre']);
  });
});

describe('show all / hide all', () => {
  for (const lang of ['fr', 'en'] as const) {
    const { showAll, hideAll } = bundledStrings[lang];

    it(`comes before the cards and opens then closes every card, its label and state following (${lang})`, async () => {
      const el = await element(lang);
      const control = toggleAll(el)!;
      expect(control.compareDocumentPosition(cards(el)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect([text(control), control.getAttribute('aria-expanded')]).to.deep.equal([showAll, 'false']);
      expectOpen(el, []);

      const seen = recordToggles(['id', 'expanded', 'source']);
      await click(el, control);
      expectOpen(el, pageOrder);
      expect([text(toggleAll(el)), toggleAll(el)!.getAttribute('aria-expanded')]).to.deep.equal([hideAll, 'true']);
      expect(seen.splice(0)).to.deep.equal(pageOrder.map((id) => ({ id, expanded: true, source: 'toggle-all' })));

      await click(el, toggleAll(el)!);
      expectOpen(el, []);
      expect([text(toggleAll(el)), toggleAll(el)!.getAttribute('aria-expanded')]).to.deep.equal([showAll, 'false']);
      expect(seen).to.deep.equal(pageOrder.map((id) => ({ id, expanded: false, source: 'toggle-all' })));
    });

    it(`says "hide all" once every card has been opened one by one, and "show all" opens the one closed again (${lang})`, async () => {
      const el = await element(lang);
      for (const id of pageOrder) {
        expect(text(toggleAll(el))).to.equal(showAll);
        await click(el, button(el, id));
      }
      expect([text(toggleAll(el)), toggleAll(el)!.getAttribute('aria-expanded')]).to.deep.equal([hideAll, 'true']);
      await click(el, button(el, 'iclei'));
      expect([text(toggleAll(el)), toggleAll(el)!.getAttribute('aria-expanded')]).to.deep.equal([showAll, 'false']);
      await click(el, toggleAll(el)!);
      expectOpen(el, pageOrder);
      expect(text(toggleAll(el))).to.equal(hideAll);
    });
  }

  it('opens only the cards that `networks` shows', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" networks="oasc polis"></lille-networks>`);
    await click(el, toggleAll(el)!);
    expectOpen(el, ['oasc', 'polis']);
    expect(text(toggleAll(el))).to.equal(bundledStrings.en.hideAll);
  });

  it('is not rendered with no-toggle-all, and the cards still open one by one', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" no-toggle-all></lille-networks>`);
    expect(toggleAll(el)).to.equal(null);
    expect(text(el.shadowRoot)).to.not.include(bundledStrings.en.showAll);
    await click(el, button(el, 'polis'));
    expectOpen(el, ['polis']);

    el.noToggleAll = false;
    await el.updateComplete;
    expect(text(toggleAll(el))).to.equal(bundledStrings.en.showAll);
    expect(el.hasAttribute('no-toggle-all'), 'the property is reflected').to.equal(false);
  });

  it('is not rendered in single mode, where expandAll() opens nothing and fires no event', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" single></lille-networks>`);
    expect(toggleAll(el)).to.equal(null);
    const seen = recordToggles();
    el.expandAll();
    await el.updateComplete;
    expectOpen(el, []);
    expect(seen).to.deep.equal([]);
  });
});

describe('single', () => {
  it('keeps at most one card open: opening another closes the open one, with an event for each', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" single></lille-networks>`);
    const seen = recordToggles(['id', 'expanded', 'source']);
    await click(el, button(el, 'polis'));
    expectOpen(el, ['polis']);
    expect(seen.splice(0)).to.deep.equal([{ id: 'polis', expanded: true, source: 'user' }]);

    await click(el, button(el, 'iclei'));
    expectOpen(el, ['iclei']);
    // The card that closes is reported first, with the source "single".
    expect(seen.splice(0)).to.deep.equal([
      { id: 'polis', expanded: false, source: 'single' },
      { id: 'iclei', expanded: true, source: 'user' },
    ]);

    button(el, 'oasc').focus();
    await press(el, 'Enter');
    expectOpen(el, ['oasc']);
    expect(seen.splice(0)).to.have.deep.members([
      { id: 'iclei', expanded: false, source: 'single' },
      { id: 'oasc', expanded: true, source: 'user' },
    ]);

    el.expand('afccre');
    await el.updateComplete;
    expectOpen(el, ['afccre']);
    expect(seen).to.have.deep.members([
      { id: 'oasc', expanded: false, source: 'single' },
      { id: 'afccre', expanded: true, source: 'method' },
    ]);
    expect(seen).to.have.length(2);
  });

  it('still lets the open card be closed, leaving none open', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" single></lille-networks>`);
    await click(el, button(el, 'energy-cities'));
    await click(el, button(el, 'energy-cities'));
    expectOpen(el, []);
  });

  it('turned on keeps the open card open and removes "show all"; turned off brings it back', async () => {
    const el = await element();
    el.expand('oasc');
    await el.updateComplete;
    el.setAttribute('single', '');
    await el.updateComplete;
    expectOpen(el, ['oasc']);
    expect(toggleAll(el)).to.equal(null);
    expect(el.single).to.equal(true);

    el.single = false;
    await el.updateComplete;
    expectOpen(el, ['oasc']);
    expect(text(toggleAll(el))).to.equal(bundledStrings.en.showAll);
    expect(el.hasAttribute('single'), 'the property is reflected').to.equal(false);
  });

  it('turned on with several cards open keeps the first one in display order, and reports the others closing', async () => {
    const el = await element('fr');
    el.expand('oasc');
    el.expand('polis');
    el.expand('iclei');
    await el.updateComplete;
    const seen = recordToggles();
    el.single = true;
    await el.updateComplete;
    expectOpen(el, ['polis']);
    expect(seen).to.have.deep.members([
      { id: 'iclei', expanded: false },
      { id: 'oasc', expanded: false },
    ]);
    expect(seen).to.have.length(2);
  });
});

describe('methods', () => {
  it('expand(id) and collapse(id) open and close one card, with one event per change and none for no change', async () => {
    const el = await element();
    const seen = recordToggles(['id', 'expanded', 'source']);
    el.expand('iclei');
    await el.updateComplete;
    expectOpen(el, ['iclei']);
    el.expand('iclei');
    el.collapse('polis');
    el.expand('no-such-network');
    el.collapse('no-such-network');
    await el.updateComplete;
    expectOpen(el, ['iclei']);
    el.collapse('iclei');
    await el.updateComplete;
    expectOpen(el, []);
    expect(seen).to.deep.equal([
      { id: 'iclei', expanded: true, source: 'method' },
      { id: 'iclei', expanded: false, source: 'method' },
    ]);
  });

  it('expand(id) ignores a network that `networks` does not show', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks networks="polis oasc"></lille-networks>`);
    const seen = recordToggles();
    el.expand('iclei');
    await el.updateComplete;
    expectOpen(el, []);
    expect(seen).to.deep.equal([]);
  });

  it('expandAll() and collapseAll() fire one event per card that changes', async () => {
    const el = await element('fr');
    el.expand('afccre');
    await el.updateComplete;
    const seen = recordToggles(['id', 'expanded', 'source']);
    el.expandAll();
    await el.updateComplete;
    expectOpen(el, pageOrder);
    expect(text(toggleAll(el))).to.equal(bundledStrings.fr.hideAll);
    expect(seen.splice(0)).to.deep.equal(
      pageOrder.filter((id) => id !== 'afccre').map((id) => ({ id, expanded: true, source: 'method' })),
    );

    el.collapse('polis');
    el.collapseAll();
    await el.updateComplete;
    expectOpen(el, []);
    expect(text(toggleAll(el))).to.equal(bundledStrings.fr.showAll);
    expect(seen.splice(0)).to.deep.equal(
      ['polis', ...pageOrder.filter((id) => id !== 'polis')].map((id) => ({ id, expanded: false, source: 'method' })),
    );

    el.collapseAll();
    await el.updateComplete;
    expect(seen, 'nothing left to close: no event').to.deep.equal([]);
  });

  it('`expanded` lists the open cards in display order, not in the order they were opened, and hands out a copy', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks networks="oasc afccre polis"></lille-networks>`);
    expect(el.expanded).to.deep.equal([]);
    el.expand('polis');
    el.expand('oasc');
    await el.updateComplete;
    expectOpen(el, ['oasc', 'polis']);

    const seen = recordToggles();
    el.expanded.push('afccre');
    el.expanded.length = 0;
    await el.updateComplete;
    expectOpen(el, ['oasc', 'polis']);
    expect(seen).to.deep.equal([]);
  });
});

describe('open by default (`expanded`)', () => {
  it('the expanded attribute opens the cards it lists at first render, in display order', async () => {
    const seen = recordToggles(['id', 'expanded', 'source']);
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" expanded="iclei polis"></lille-networks>`);
    expectOpen(el, ['polis', 'iclei']);
    // Reported in display order, as `expanded` reads them.
    expect(seen).to.deep.equal([
      { id: 'polis', expanded: true, source: 'attribute' },
      { id: 'iclei', expanded: true, source: 'attribute' },
    ]);
  });

  it('takes ids separated by commas too, as `networks` does', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks expanded="oasc, afccre"></lille-networks>`);
    expectOpen(el, ['afccre', 'oasc']);
  });

  it('a change of the attribute opens exactly the cards it then lists', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks expanded="eurocities"></lille-networks>`);
    const seen = recordToggles(['id', 'expanded', 'source']);
    el.setAttribute('expanded', 'polis afccre');
    await el.updateComplete;
    expectOpen(el, ['polis', 'afccre']);
    expect(seen).to.have.deep.members([
      { id: 'eurocities', expanded: false, source: 'attribute' },
      { id: 'polis', expanded: true, source: 'attribute' },
      { id: 'afccre', expanded: true, source: 'attribute' },
    ]);
    el.setAttribute('expanded', '');
    await el.updateComplete;
    expectOpen(el, []);
  });

  it('the expanded property takes an array of ids, and reads back the open cards', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks networks="oasc polis iclei"></lille-networks>`);
    el.expanded = ['iclei', 'oasc'];
    await el.updateComplete;
    expectOpen(el, ['oasc', 'iclei']);
  });

  it('a framework that sets the same list again, after the visitor closed a card, reopens nothing', async () => {
    const el = await element();
    el.expanded = ['polis', 'iclei'];
    await el.updateComplete;
    await click(el, button(el, 'polis'));
    expectOpen(el, ['iclei']);
    const seen = recordToggles();
    el.expanded = ['polis', 'iclei']; // a new array, as each render of a component makes
    await el.updateComplete;
    expectOpen(el, ['iclei']);
    expect(seen).to.deep.equal([]);
  });

  it('ignores unknown ids with exactly one console warning that names them', async () => {
    const warnings = recordWarnings();
    const el = await fixture<LilleNetworks>(html`<lille-networks expanded="polis nowhere"></lille-networks>`);
    expectOpen(el, ['polis']);
    el.lang = 'en';
    await el.updateComplete;
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('nowhere');
  });

  it('in single mode opens only the first card listed, with one warning', async () => {
    const warnings = recordWarnings();
    const el = await fixture<LilleNetworks>(html`<lille-networks single expanded="oasc polis"></lille-networks>`);
    expectOpen(el, ['oasc']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('single');
  });
});

describe('open cards stay open when the options change', () => {
  it('changing networks re-orders and filters the cards, and the open cards still shown stay open', async () => {
    const el = await element();
    el.expand('iclei');
    el.expand('eurocities');
    await el.updateComplete;

    el.setAttribute('networks', 'oasc iclei eurocities');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['oasc', 'iclei', 'eurocities']);
    expectOpen(el, ['iclei', 'eurocities']);

    el.networks = 'iclei';
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['iclei']);
    expectOpen(el, ['iclei']);
  });

  it('removing the networks attribute shows all six cards again, the open ones still open', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" networks="polis afccre"></lille-networks>`);
    el.expand('afccre');
    await el.updateComplete;
    el.removeAttribute('networks');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(pageOrder);
    expectOpen(el, ['afccre']);
  });

  it('changing heading-level changes every card heading and keeps the open cards open', async () => {
    const el = await element('fr');
    el.expand('afccre');
    el.expand('energy-cities');
    await el.updateComplete;
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(headingTags(el)).to.deep.equal(pageOrder.map(() => 'h4'));
    expectOpen(el, ['afccre', 'energy-cities']);
    el.headingLevel = 3;
    await el.updateComplete;
    expect(headingTags(el)).to.deep.equal(pageOrder.map(() => 'h3'));
    expectOpen(el, ['afccre', 'energy-cities']);
  });
});

describe('find in page', () => {
  const supported = 'onbeforematch' in HTMLElement.prototype;

  // Each engine takes the branch of its own support. Here Chromium, Firefox ESR and WebKitGTK
  // all support "until found"; a browser that does not reads the value as plain `hidden` (the
  // attribute's boolean IDL), which the other branch checks.
  it(
    supported
      ? 'collapsed panels are hidden "until found", and a beforematch on one opens its card with a toggle event'
      : 'collapsed panels are plainly hidden where the browser cannot reveal "until found" content',
    async () => {
      const el = await element();
      el.expand('polis');
      await el.updateComplete;
      expect(panel(el, 'polis').hasAttribute('hidden')).to.equal(false);
      for (const id of pageOrder.filter((id) => id !== 'polis')) {
        expect(panel(el, id).getAttribute('hidden'), id).to.equal(supported ? 'until-found' : '');
        if (!supported) expect(getComputedStyle(panel(el, id)).display, id).to.equal('none');
        expect(isShown(panel(el, id).querySelector('p')!), id).to.equal(false);
      }
      if (!supported) return;
      // What the browser does when a match lies in a closed panel: fire beforematch on it.
      const toggled = oneEvent<CustomEvent<ToggleDetail>>(el, 'lille-networks-toggle');
      panel(el, 'iclei').dispatchEvent(new Event('beforematch'));
      expect((await toggled).detail).to.deep.include({ id: 'iclei', expanded: true, source: 'find', position: 4 });
      await el.updateComplete;
      expectOpen(el, ['polis', 'iclei']);
      expect(panel(el, 'iclei').hasAttribute('hidden')).to.equal(false);
      expect(isShown(panel(el, 'iclei').querySelector('p')!)).to.equal(true);
    },
  );

  it('a panel closed again goes back to its hidden state', async () => {
    const el = await element('fr');
    el.expand('oasc');
    await el.updateComplete;
    el.collapse('oasc');
    await el.updateComplete;
    expect(panel(el, 'oasc').getAttribute('hidden')).to.equal(supported ? 'until-found' : '');
    expect(isShown(panel(el, 'oasc').querySelector('p')!)).to.equal(false);
  });
});

describe('the toggle event', () => {
  it('bubbles and is composed: a page listener hears a click inside another component\'s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('lille-networks');
    el.lang = 'en';
    host.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;

    const heard: { event: CustomEvent<ToggleDetail>; target: EventTarget | null }[] = [];
    const listener = (event: Event) => heard.push({ event: event as CustomEvent<ToggleDetail>, target: event.target });
    document.addEventListener('lille-networks-toggle', listener);
    onCleanup(() => document.removeEventListener('lille-networks-toggle', listener));

    await click(el, button(el, 'polis'));
    expect(heard).to.have.length(1);
    const [{ event, target }] = heard;
    expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
    expect(event.detail).to.deep.equal({ id: 'polis', expanded: true, source: 'user', position: 2, lang: 'en' });
    // seen from the page, the event comes from the outer host (retargeted), as it should
    expect(target).to.equal(host);
  });

  it('says where the card is among those shown and in which language, for a click and for the show-all button', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" networks="oasc iclei"></lille-networks>`);
    const seen = recordToggles(['id', 'expanded', 'source', 'position', 'lang']);
    await click(el, button(el, 'iclei'));
    await click(el, toggleAll(el)!);
    expect(seen).to.deep.equal([
      { id: 'iclei', expanded: true, source: 'user', position: 2, lang: 'fr' },
      { id: 'oasc', expanded: true, source: 'toggle-all', position: 1, lang: 'fr' },
    ]);
  });

  it('names the language the cards show after the toggle, when lang changed just before it', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" networks="polis"></lille-networks>`);
    const seen = recordToggles(['id', 'lang']);
    el.lang = 'en';
    el.expand('polis');
    await el.updateComplete;
    expect(button(el, 'polis').closest('[lang]')!.getAttribute('lang')).to.equal('en');
    expect(seen).to.deep.equal([{ id: 'polis', lang: 'en' }]);
  });

  it('fires after the render it reports: a listener reads the card already open', async () => {
    const el = await element();
    const states: (string | null)[] = [];
    el.addEventListener('lille-networks-toggle', () => states.push(button(el, 'iclei').getAttribute('aria-expanded')));
    el.expand('iclei');
    await el.updateComplete;
    expect(states).to.deep.equal(['true']);
  });
});

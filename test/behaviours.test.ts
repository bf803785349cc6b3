/**
 * What a person (or the page's own script) perceives of <lille-networks>: the "show all /
 * hide all" control, `single`, `heading-level`, `networks`, live attribute changes, the toggle
 * event and the methods, find-in-page (`hidden="until-found"`), and axe in every state.
 * Runs in Chromium, Firefox and WebKit; clicks and keys are real input (sendMouse, sendKeys).
 */
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { ToggleDetail } from '../src/events.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, cards, ids, isShown, panel, text, toggleAll } from './helpers/cards.js';
import { expectAccessible } from './helpers/axe.js';
import { recordWarnings } from './helpers/data.js';
import { clickCentre } from './helpers/input.js';
import { recordToggles } from './helpers/toggles.js';

const allIds = ['eurocities', 'polis', 'afccre', 'iclei', 'oasc', 'energy-cities'];

const labels = {
  fr: { showAll: 'Afficher tous les réseaux', hideAll: 'Masquer tous les réseaux' },
  en: { showAll: 'Show all networks', hideAll: 'Hide all networks' },
} as const;
const languages = ['fr', 'en'] as const;

// ---- helpers ------------------------------------------------------------------------------------

const cleanups: (() => void)[] = [];

/** A real mouse click in the middle of `target`, resolved once the element reported a toggle. */
async function click(el: LilleNetworks, target: Element): Promise<void> {
  const toggled = oneEvent(el, 'lille-networks-toggle');
  await clickCentre(target);
  await toggled;
  await el.updateComplete;
}

/**
 * A real key press on the focused element, resolved once the element reported a toggle. The
 * space bar is `' '`: Firefox's WebDriver BiDi keyboard does not know the name "Space".
 */
async function press(el: LilleNetworks, key: string): Promise<void> {
  const toggled = oneEvent(el, 'lille-networks-toggle');
  await sendKeys({ press: key });
  await toggled;
  await el.updateComplete;
}

const openState = (el: LilleNetworks) =>
  buttons(el).map((b) => [b.dataset.id, b.getAttribute('aria-expanded')]);

/** Asserts, from what is rendered, which cards are open: aria-expanded and panel visibility. */
function expectOpen(el: LilleNetworks, open: string[]): void {
  expect(el.expanded).to.deep.equal(open);
  for (const id of ids(el)) {
    const isOpen = open.includes(id);
    expect(button(el, id).getAttribute('aria-expanded'), `aria-expanded of ${id}`).to.equal(String(isOpen));
    expect(isShown(panel(el, id)), `panel of ${id} shown`).to.equal(isOpen);
  }
}

const headingTags = (el: LilleNetworks) => buttons(el).map((b) => b.parentElement!.tagName);

afterEach(async () => {
  while (cleanups.length) cleanups.pop()!();
  await resetMouse();
  window.scrollTo(0, 0);
});

// ---- show all / hide all ------------------------------------------------------------------------

describe('show all / hide all', () => {
  for (const lang of languages) {
    const { showAll, hideAll } = labels[lang];

    it(`comes before the cards and opens then closes every card, its label and state following (${lang})`, async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);
      const control = toggleAll(el)!;
      expect(control).to.exist;
      expect(control.compareDocumentPosition(cards(el)[0]) & Node.DOCUMENT_POSITION_FOLLOWING).to.not.equal(0);
      expect(text(control)).to.equal(showAll);
      expect(control.getAttribute('aria-expanded')).to.equal('false');
      expectOpen(el, []);

      const seen = recordToggles();
      await click(el, control);
      expectOpen(el, allIds);
      expect(text(toggleAll(el))).to.equal(hideAll);
      expect(toggleAll(el)!.getAttribute('aria-expanded')).to.equal('true');
      expect(seen).to.deep.equal(allIds.map((id) => ({ id, expanded: true })));

      seen.length = 0;
      await click(el, toggleAll(el)!);
      expectOpen(el, []);
      expect(text(toggleAll(el))).to.equal(showAll);
      expect(toggleAll(el)!.getAttribute('aria-expanded')).to.equal('false');
      expect(seen).to.deep.equal(allIds.map((id) => ({ id, expanded: false })));
    });

    it(`works from the keyboard and says "hide all" once every card has been opened one by one (${lang})`, async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);
      for (const id of allIds) {
        expect(text(toggleAll(el))).to.equal(showAll);
        button(el, id).focus();
        await press(el, 'Enter');
      }
      expect(text(toggleAll(el))).to.equal(hideAll);
      expect(toggleAll(el)!.getAttribute('aria-expanded')).to.equal('true');

      button(el, 'iclei').focus();
      await press(el, ' ');
      expect(text(toggleAll(el))).to.equal(showAll);
      expect(toggleAll(el)!.getAttribute('aria-expanded')).to.equal('false');

      // "show all" now opens the one closed card; pressed from the keyboard.
      toggleAll(el)!.focus();
      await press(el, 'Enter');
      expectOpen(el, allIds);
      expect(text(toggleAll(el))).to.equal(hideAll);
    });
  }

  it('opens only the cards that `networks` shows', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" networks="oasc polis"></lille-networks>`);
    await click(el, toggleAll(el)!);
    expectOpen(el, ['oasc', 'polis']);
    expect(text(toggleAll(el))).to.equal(labels.en.hideAll);
  });

  it('is not rendered with no-toggle-all, and the cards still open one by one', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" no-toggle-all></lille-networks>`);
    expect(toggleAll(el)).to.equal(null);
    expect(text(el.shadowRoot)).to.not.include(labels.en.showAll);
    await click(el, button(el, 'polis'));
    expectOpen(el, ['polis']);

    el.noToggleAll = false;
    await el.updateComplete;
    expect(text(toggleAll(el))).to.equal(labels.en.showAll);
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

// ---- single ---------------------------------------------------------------------------------------

describe('single', () => {
  it('keeps at most one card open: opening another closes the open one, with an event for each', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" single></lille-networks>`);
    const seen = recordToggles();
    await click(el, button(el, 'polis'));
    expectOpen(el, ['polis']);
    expect(seen).to.deep.equal([{ id: 'polis', expanded: true }]);

    seen.length = 0;
    await click(el, button(el, 'iclei'));
    expectOpen(el, ['iclei']);
    expect(seen).to.have.deep.members([
      { id: 'polis', expanded: false },
      { id: 'iclei', expanded: true },
    ]);
    expect(seen).to.have.length(2);

    seen.length = 0;
    button(el, 'oasc').focus();
    await press(el, 'Enter');
    expectOpen(el, ['oasc']);
    expect(seen).to.have.deep.members([
      { id: 'iclei', expanded: false },
      { id: 'oasc', expanded: true },
    ]);

    seen.length = 0;
    el.expand('afccre');
    await el.updateComplete;
    expectOpen(el, ['afccre']);
    expect(seen).to.have.deep.members([
      { id: 'oasc', expanded: false },
      { id: 'afccre', expanded: true },
    ]);
  });

  it('still lets the open card be closed, leaving none open', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" single></lille-networks>`);
    await click(el, button(el, 'energy-cities'));
    await click(el, button(el, 'energy-cities'));
    expectOpen(el, []);
  });
});

// ---- heading-level --------------------------------------------------------------------------------

describe('heading-level', () => {
  it('defaults to 2: every card heading is an h2, without any warning', async () => {
    const warnings = recordWarnings();
    const el = await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`);
    expect(headingTags(el)).to.deep.equal(allIds.map(() => 'H2'));
    expect(warnings).to.deep.equal([]);
  });

  for (const level of [2, 3, 4, 5, 6]) {
    it(`heading-level="${level}" makes every card heading an h${level}, without any warning`, async () => {
      const warnings = recordWarnings();
      const el = await fixture<LilleNetworks>(html`<lille-networks heading-level=${level}></lille-networks>`);
      expect(headingTags(el)).to.deep.equal(allIds.map(() => `H${level}`));
      expect(warnings).to.deep.equal([]);
    });
  }

  for (const value of ['1', '7', 'abc', '0', '2.5', '']) {
    it(`heading-level="${value}" falls back to h2 with exactly one console warning, however often it renders`, async () => {
      const warnings = recordWarnings();
      const el = await fixture<LilleNetworks>(html`<lille-networks heading-level=${value}></lille-networks>`);
      expect(headingTags(el)).to.deep.equal(allIds.map(() => 'H2'));
      el.expandAll();
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      expect(headingTags(el)).to.deep.equal(allIds.map(() => 'H2'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('heading-level');
    });
  }

  it('falls back to 2 without a warning when the attribute is removed', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks heading-level="4"></lille-networks>`);
    const warnings = recordWarnings();
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(headingTags(el)).to.deep.equal(allIds.map(() => 'H2'));
    expect(warnings).to.deep.equal([]);
  });
});

// ---- live changes ---------------------------------------------------------------------------------

describe('live changes', () => {
  it('changing networks re-orders and filters the cards, and the open cards still shown stay open', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
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
    expect(ids(el)).to.deep.equal(allIds);
    expectOpen(el, ['afccre']);
  });

  it('changing heading-level changes every card heading and keeps the open cards open', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
    el.expand('afccre');
    el.expand('energy-cities');
    await el.updateComplete;
    el.setAttribute('heading-level', '4');
    await el.updateComplete;
    expect(headingTags(el)).to.deep.equal(allIds.map(() => 'H4'));
    expectOpen(el, ['afccre', 'energy-cities']);
    el.headingLevel = 3;
    await el.updateComplete;
    expect(headingTags(el)).to.deep.equal(allIds.map(() => 'H3'));
    expectOpen(el, ['afccre', 'energy-cities']);
  });

  it('turning single on keeps the open card open and removes "show all"; turning it off brings it back', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    el.expand('oasc');
    await el.updateComplete;
    el.setAttribute('single', '');
    await el.updateComplete;
    expectOpen(el, ['oasc']);
    expect(toggleAll(el)).to.equal(null);

    el.single = false;
    await el.updateComplete;
    expectOpen(el, ['oasc']);
    expect(text(toggleAll(el))).to.equal(labels.en.showAll);
  });

  it('turning single on with several cards open keeps the first one in display order, and reports the others closing', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
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

// ---- events and methods ---------------------------------------------------------------------------

describe('the toggle event', () => {
  it('bubbles and is composed: a page listener hears a click inside another component\'s shadow root', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('lille-networks');
    el.lang = 'en';
    host.attachShadow({ mode: 'open' }).append(el);
    await el.updateComplete;

    const heard: { event: CustomEvent<ToggleDetail>; target: EventTarget | null }[] = [];
    const listener = (event: Event) =>
      heard.push({ event: event as CustomEvent<ToggleDetail>, target: event.target });
    document.addEventListener('lille-networks-toggle', listener);
    cleanups.push(() => document.removeEventListener('lille-networks-toggle', listener));

    await click(el, button(el, 'polis'));
    expect(heard).to.have.length(1);
    const [{ event, target }] = heard;
    expect(event.bubbles).to.equal(true);
    expect(event.composed).to.equal(true);
    expect(event.detail).to.deep.equal({ id: 'polis', expanded: true, source: 'user', position: 2, lang: 'en' });
    // seen from the page, the event comes from the outer host (retargeted), as it should
    expect(target).to.equal(host);
  });

  it('reports a card opened then closed by a click, with { id, expanded }', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
    const seen = recordToggles();
    await click(el, button(el, 'afccre'));
    expectOpen(el, ['afccre']);
    await click(el, button(el, 'afccre'));
    expectOpen(el, []);
    expect(seen).to.deep.equal([
      { id: 'afccre', expanded: true },
      { id: 'afccre', expanded: false },
    ]);
  });

  it('reports a card opened with Enter and closed with Space', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    const seen = recordToggles();
    button(el, 'energy-cities').focus();
    await press(el, 'Enter');
    expectOpen(el, ['energy-cities']);
    await press(el, ' ');
    expectOpen(el, []);
    expect(seen).to.deep.equal([
      { id: 'energy-cities', expanded: true },
      { id: 'energy-cities', expanded: false },
    ]);
  });
});

describe('methods', () => {
  it('expand(id) and collapse(id) open and close one card, with one event per change and none for no change', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    const seen = recordToggles();
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
      { id: 'iclei', expanded: true },
      { id: 'iclei', expanded: false },
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
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
    el.expand('afccre');
    await el.updateComplete;
    const seen = recordToggles();
    el.expandAll();
    await el.updateComplete;
    expectOpen(el, allIds);
    expect(text(toggleAll(el))).to.equal(labels.fr.hideAll);
    expect(seen).to.deep.equal(allIds.filter((id) => id !== 'afccre').map((id) => ({ id, expanded: true })));

    seen.length = 0;
    el.collapse('polis');
    el.collapseAll();
    await el.updateComplete;
    expectOpen(el, []);
    expect(text(toggleAll(el))).to.equal(labels.fr.showAll);
    expect(seen).to.deep.equal(
      ['polis', ...allIds.filter((id) => id !== 'polis')].map((id) => ({ id, expanded: false })),
    );

    seen.length = 0;
    el.collapseAll();
    expect(seen).to.deep.equal([]);
  });

  it('`expanded` lists the open cards in display order, not in the order they were opened', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks networks="oasc afccre polis"></lille-networks>`);
    expect(el.expanded).to.deep.equal([]);
    el.expand('polis');
    el.expand('oasc');
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['oasc', 'polis']);
    expect(openState(el)).to.deep.equal([
      ['oasc', 'true'],
      ['afccre', 'false'],
      ['polis', 'true'],
    ]);
  });

  it('the list `expanded` hands out is a copy: changing it changes nothing', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`);
    el.expand('polis');
    await el.updateComplete;
    const seen = recordToggles();
    el.expanded.push('iclei');
    el.expanded.length = 0;
    await el.updateComplete;
    expectOpen(el, ['polis']);
    expect(seen).to.deep.equal([]);
  });
});

// ---- open by default: the expanded attribute and property ----------------------------------------

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
    expect(el.expanded).to.deep.equal(['oasc', 'iclei']);
  });

  it('a framework that sets the same list again, after the visitor closed a card, reopens nothing', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
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

  it('closing a card that was open at first keeps the focus on its button (DSFR issue 1505)', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" expanded="afccre"></lille-networks>`);
    button(el, 'afccre').focus();
    await press(el, 'Enter');
    expectOpen(el, []);
    expect(el.shadowRoot!.activeElement).to.equal(button(el, 'afccre'));
    expect(document.activeElement).to.equal(el);
  });

  it('has no accessibility violation with cards open at first (fr, en)', async () => {
    for (const lang of languages) {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang} expanded="iclei oasc"></lille-networks>`);
      await expectAccessible(el);
    }
  });
});

// ---- what each toggle event tells -------------------------------------------------------------------

describe('the toggle event says what caused it, where the card is and in which language', () => {
  const fields: (keyof ToggleDetail)[] = ['id', 'expanded', 'source', 'position', 'lang'];

  it('source "user" for a click, Enter or Space, with the card\'s position among those shown', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" networks="oasc iclei"></lille-networks>`);
    const seen = recordToggles(fields);
    await click(el, button(el, 'iclei'));
    button(el, 'oasc').focus();
    await press(el, 'Enter');
    await press(el, ' ');
    expect(seen).to.deep.equal([
      { id: 'iclei', expanded: true, source: 'user', position: 2, lang: 'fr' },
      { id: 'oasc', expanded: true, source: 'user', position: 1, lang: 'fr' },
      { id: 'oasc', expanded: false, source: 'user', position: 1, lang: 'fr' },
    ]);
  });

  it('source "toggle-all" for the show-all button, "method" for the methods', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" networks="polis afccre"></lille-networks>`);
    const seen = recordToggles(['id', 'expanded', 'source', 'lang']);
    await click(el, toggleAll(el)!);
    el.collapse('polis');
    el.collapseAll();
    el.expand('afccre');
    await el.updateComplete;
    expect(seen).to.deep.equal([
      { id: 'polis', expanded: true, source: 'toggle-all', lang: 'en' },
      { id: 'afccre', expanded: true, source: 'toggle-all', lang: 'en' },
      { id: 'polis', expanded: false, source: 'method', lang: 'en' },
      { id: 'afccre', expanded: false, source: 'method', lang: 'en' },
      { id: 'afccre', expanded: true, source: 'method', lang: 'en' },
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

  it('source "single" for the card that closes because another opened', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" single></lille-networks>`);
    await click(el, button(el, 'polis'));
    const seen = recordToggles(['id', 'expanded', 'source']);
    await click(el, button(el, 'oasc'));
    expect(seen).to.deep.equal([
      { id: 'polis', expanded: false, source: 'single' },
      { id: 'oasc', expanded: true, source: 'user' },
    ]);
  });

  it('fires after the render it reports: a listener reads the card already open', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    const states: (string | null)[] = [];
    const listener = () => states.push(button(el, 'iclei').getAttribute('aria-expanded'));
    el.addEventListener('lille-networks-toggle', listener);
    cleanups.push(() => el.removeEventListener('lille-networks-toggle', listener));
    el.expand('iclei');
    await el.updateComplete;
    expect(states).to.deep.equal(['true']);
  });
});

// ---- find in page ---------------------------------------------------------------------------------

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
      const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
      el.expand('polis');
      await el.updateComplete;
      expect(panel(el, 'polis').hasAttribute('hidden')).to.equal(false);
      const collapsed = allIds.filter((id) => id !== 'polis');

      if (supported) {
        // find-in-page can reach the text of a closed card
        for (const id of collapsed) {
          expect(panel(el, id).getAttribute('hidden'), id).to.equal('until-found');
          expect(isShown(panel(el, id).querySelector('p')!), id).to.equal(false);
        }
        // What the browser does when a match lies in a closed panel: fire beforematch on it.
        const toggled = oneEvent<CustomEvent<ToggleDetail>>(el, 'lille-networks-toggle');
        panel(el, 'iclei').dispatchEvent(new Event('beforematch'));
        expect((await toggled).detail).to.deep.include({ id: 'iclei', expanded: true, source: 'find', position: 4 });
        await el.updateComplete;
        expectOpen(el, ['polis', 'iclei']);
        expect(panel(el, 'iclei').hasAttribute('hidden')).to.equal(false);
        expect(isShown(panel(el, 'iclei').querySelector('p')!)).to.equal(true);
      } else {
        for (const id of collapsed) {
          expect(panel(el, id).getAttribute('hidden'), id).to.equal('');
          expect(getComputedStyle(panel(el, id)).display, id).to.equal('none');
          expect(isShown(panel(el, id).querySelector('p')!), id).to.equal(false);
        }
      }
    },
  );

  it('a panel closed again goes back to its hidden state', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
    el.expand('oasc');
    await el.updateComplete;
    el.collapse('oasc');
    await el.updateComplete;
    expect(panel(el, 'oasc').getAttribute('hidden')).to.equal(supported ? 'until-found' : '');
    expect(isShown(panel(el, 'oasc').querySelector('p')!)).to.equal(false);
  });
});

// ---- accessibility --------------------------------------------------------------------------------

describe('accessibility (axe)', () => {
  for (const lang of languages) {
    it(`has no violation with every card closed (${lang})`, async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);
      await expectAccessible(el);
    });

    it(`has no violation with one card open (${lang})`, async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);
      el.expand('eurocities');
      await el.updateComplete;
      await expectAccessible(el);
    });

    it(`has no violation with every card open (${lang})`, async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);
      el.expandAll();
      await el.updateComplete;
      await expectAccessible(el);
    });

    it(`has no violation in single mode, one card open (${lang})`, async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang} single></lille-networks>`);
      el.expand('energy-cities');
      await el.updateComplete;
      await expectAccessible(el);
    });

    for (const level of [2, 3, 4, 5, 6]) {
      it(`has no violation at heading level ${level}, under a page outline that leads to it (${lang})`, async () => {
        // The host page's headings h1 … h(level-1), as the attribute is meant to fit them.
        const outline = [1, 2, 3, 4, 5].filter((n) => n < level);
        const page = await fixture<HTMLElement>(html`<div>
          ${outline.map((n) => {
            const h = document.createElement(`h${n}`);
            h.textContent = `Section ${n}`;
            return h;
          })}
          <lille-networks lang=${lang} heading-level=${level}></lille-networks>
        </div>`);
        const el = page.querySelector('lille-networks')!;
        await el.updateComplete;
        el.expand('iclei');
        await el.updateComplete;
        expect(headingTags(el)).to.deep.equal(allIds.map(() => `H${level}`));
        await expectAccessible(page);
      });
    }
  }
});

/**
 * What a person finds on the page: headings that hold buttons,
 * collapsed panels that open and close by mouse, Enter and Space, and a visible focus ring.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, cards, isShown, pageOrder, panel, toggleAll } from './helpers/cards.js';
import { clickCentre, painted } from './helpers/input.js';
import { screen } from './helpers/screen.js';

const ids = pageOrder;

const render = (lang = 'fr') => fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);

/**
 * A short description of an element, for comparisons whose failure message must stay small
 * (chai would otherwise print, and the runner serialise, whole DOM nodes).
 */
const who = (node: Element | null | undefined): string =>
  node ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('href') ? `[href=${node.getAttribute('href')}]` : ''}` : 'nothing';

/** What the shadow root has focused, described by `who`. */
const focused = (el: LilleNetworks): string => who(el.shadowRoot!.activeElement);

describe('rendering', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('cards', () => {
    it('puts each card behind a level-2 heading that holds exactly one button', async () => {
      const el = await render();
      for (const card of cards(el)) {
        const headings = card.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
        expect(headings.length).to.equal(1);
        const [heading] = headings;
        expect(heading.localName).to.equal('h2');
        const inside = heading.querySelectorAll('button, [role="button"], a, input');
        expect(inside.length).to.equal(1);
        expect(inside[0].localName).to.equal('button');
      }
    });

    it('gives each button aria-expanded and aria-controls naming a region labelled by that button', async () => {
      const el = await render();
      el.expandAll();
      await el.updateComplete;
      for (const b of buttons(el)) {
        expect(b.getAttribute('aria-expanded')).to.be.oneOf(['true', 'false']);
        const controlled = el.shadowRoot!.getElementById(b.getAttribute('aria-controls') ?? '');
        expect(controlled !== null, `${b.id} controls an element`).to.equal(true);
        expect(controlled!.getAttribute('role')).to.equal('region');
        expect(controlled!.getAttribute('aria-labelledby')).to.equal(b.id);
        expect(b.id).to.not.equal('');
      }
    });

    it('makes a panel a region only while it is open, so that closed cards add no empty landmark', async () => {
      const el = await render();
      const roles = () => ids.map((id) => panel(el, id).getAttribute('role'));
      expect(roles()).to.deep.equal(ids.map(() => null));
      el.expand('polis');
      await el.updateComplete;
      expect(roles()).to.deep.equal(ids.map((id) => (id === 'polis' ? 'region' : null)));
    });

    it('starts with every card collapsed and its content out of sight', async () => {
      const el = await render();
      for (const id of ids) {
        expect(button(el, id).getAttribute('aria-expanded')).to.equal('false');
        expect(isShown(panel(el, id)), `${id} panel`).to.equal(false);
        const first = panel(el, id).firstElementChild!;
        expect(first.checkVisibility(), `${id} description`).to.equal(false);
      }
      expect(el.expanded).to.deep.equal([]);
    });

    it('keeps every button visible while the cards are collapsed', async () => {
      const el = await render();
      for (const b of buttons(el)) expect(isShown(b), b.id).to.equal(true);
    });
  });

  describe('opening and closing', () => {
    it('opens a card on a mouse click on its button, and closes it on a second click', async () => {
      const el = await render();
      const b = button(el, 'polis');
      await clickCentre(b);
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'polis'))).to.equal(true);
      expect(isShown(panel(el, 'polis').firstElementChild!)).to.equal(true);
      // only the clicked card opens
      expect(isShown(panel(el, 'eurocities'))).to.equal(false);

      await clickCentre(b);
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'polis'))).to.equal(false);
    });

    it('opens a card when a mouse click lands on its summary text', async () => {
      const el = await render();
      const summary = button(el, 'iclei').querySelector('[part~="summary"]')!;
      await clickCentre(summary);
      await el.updateComplete;
      expect(button(el, 'iclei').getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'iclei'))).to.equal(true);
    });

    it('opens and closes a card through button.click()', async () => {
      const el = await render();
      const b = button(el, 'afccre');
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'afccre'))).to.equal(true);
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'afccre'))).to.equal(false);
    });

    it('reaches the first card with Tab and toggles it with Enter', async () => {
      const el = await render();
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      const b = button(el, 'eurocities');
      expect(focused(el)).to.equal(who(b));

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'eurocities'))).to.equal(true);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'eurocities'))).to.equal(false);
      expect(focused(el)).to.equal(who(b));
    });

    it('toggles a card with Space', async () => {
      const el = await render();
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const b = button(el, 'polis');
      expect(focused(el)).to.equal(who(b));

      await sendKeys({ press: ' ' }); // ' ': Firefox (BiDi) knows no key named "Space"
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'polis'))).to.equal(true);

      await sendKeys({ press: ' ' }); // ' ': Firefox (BiDi) knows no key named "Space"
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'polis'))).to.equal(false);
    });

    it('moves Tab from an open card\'s button through its panel\'s links before the next card', async () => {
      const el = await render();
      el.expand('eurocities');
      await el.updateComplete;
      button(el, 'eurocities').focus();
      // Each of the panel's links in turn (the network's page about Lille Métropole, its website),
      // then the next card.
      for (const link of panel(el, 'eurocities').querySelectorAll('a')) {
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal(who(link));
      }
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(who(button(el, 'polis')));
    });

    it('skips collapsed panels\' links with Tab', async () => {
      const el = await render();
      button(el, 'eurocities').focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(who(button(el, 'polis')));
    });

    it('shows a focus ring around a button reached with the keyboard', async () => {
      const el = await render();
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      const b = button(el, 'eurocities');
      expect(focused(el)).to.equal(who(b));
      const ring = getComputedStyle(b);
      expect(ring.outlineStyle).to.not.equal('none');
      expect(parseFloat(ring.outlineWidth)).to.be.greaterThan(0);
      // and no ring on the buttons that do not have the focus
      expect(getComputedStyle(button(el, 'polis')).outlineStyle).to.equal('none');
    });
  });

  describe('what a toggle costs the page', () => {
    it('a toggle changes its own card only: nothing else in the widget is touched', async () => {
      const el = await render('en');
      el.expand('afccre');
      await el.updateComplete;
      const card = cards(el)[ids.indexOf('iclei')];
      const outside: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement!;
          // The show-all button says "hide all" only once every card is open: not here.
          if (!card.contains(target)) outside.push(who(target));
        }
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      await clickCentre(button(el, 'iclei'));
      await el.updateComplete;
      expect(el.expanded, 'after the first click').to.deep.equal(['afccre', 'iclei']);
      await clickCentre(button(el, 'iclei'));
      await el.updateComplete;
      observer.disconnect();
      expect(outside).to.deep.equal([]);
      expect(el.expanded).to.deep.equal(['afccre']);
    });
  });

  describe('the focus ring', () => {
    it('is whole on every side of a card\'s button, not clipped by its card', async () => {
      // A colour found nowhere else on the page, to find the ring by.
      const el = await fixture<LilleNetworks>(
        html`<lille-networks lang="fr" style="--lille-networks-focus: rgb(255, 0, 255)"></lille-networks>`,
      );
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      const b = button(el, 'eurocities');
      expect(focused(el)).to.equal(who(b));
      b.scrollIntoView({ block: 'center' });
      await painted();
      const at = (await screen()).at.bind(null);
      const { left, right, top, bottom } = b.getBoundingClientRect();
      const middle = { x: (left + right) / 2, y: (top + bottom) / 2 };
      // 3.5 px in from each edge: inside the ring's focus-coloured band, wherever it is drawn.
      const sides = {
        top: at(middle.x, top + 3.5),
        bottom: at(middle.x, bottom - 3.5),
        left: at(left + 3.5, middle.y),
        right: at(right - 3.5, middle.y),
      };
      for (const [side, [red, green, blue]] of Object.entries(sides)) {
        expect(red > 200 && green < 60 && blue > 200, `${side} side: rgb(${red}, ${green}, ${blue})`).to.equal(true);
      }
    });
  });
});

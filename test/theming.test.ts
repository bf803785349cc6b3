/**
 * What a host page can restyle: each documented `--lille-networks-*` custom property changes
 * what it is documented to change, each documented `::part()` takes the page's rules, and the
 * text uses the page's font.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, cards, panel, toggleAll } from './helpers/cards.js';
import { tab } from './helpers/input.js';
import { addStyle } from './helpers/page.js';

const render = async () => {
  const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
  // an open card: its header, panel and link are on screen
  el.expand('eurocities');
  await el.updateComplete;
  return el;
};

const style = (element: Element) => getComputedStyle(element);

/** Gives `element` the focus as a keyboard user would: Tab from the control before it. */
async function tabTo(el: LilleNetworks, id: string): Promise<HTMLButtonElement> {
  toggleAll(el)!.focus();
  await tab();
  const target = button(el, id);
  expect(el.shadowRoot!.activeElement === target, `keyboard focus on ${id}`).to.equal(true);
  return target;
}

interface Case {
  /** The name after `--lille-networks-`. */
  name: string;
  /** What the documentation says it changes. */
  what: string;
  value: string;
  /** Reads the computed value(s) it should change; each must then equal `value`. */
  read: (el: LilleNetworks) => string[] | Promise<string[]>;
}

const cases: Case[] = [
  {
    name: 'accent', value: 'rgb(10, 20, 30)',
    what: 'the colour of card titles, links, the toggle-all button and the open card\'s edge',
    read: (el) => [
      style(button(el, 'polis').querySelector('.name')!).color,
      style(panel(el, 'eurocities').querySelector('a')!).color,
      style(toggleAll(el)!).color,
      getComputedStyle(button(el, 'eurocities'), '::after').borderRightColor,
      // the open card's edge: an inset shadow in the accent colour
      style(button(el, 'eurocities')).boxShadow.match(/rgb\([^)]*\)/)?.[0] ?? 'none',
    ],
  },
  {
    name: 'text', value: 'rgb(40, 50, 60)',
    what: 'the colour of body text',
    // The widget's own text, on its wrapper and in a panel (the host keeps the page's colour).
    read: (el) => [style(el.shadowRoot!.firstElementChild!).color, style(panel(el, 'eurocities').querySelector('p')!).color],
  },
  {
    name: 'muted', value: 'rgb(70, 80, 90)',
    what: 'the colour of summaries and fact labels',
    read: (el) => [
      style(button(el, 'polis').querySelector('[part~="summary"]')!).color,
      style(panel(el, 'eurocities').querySelector('dt')!).color,
    ],
  },
  {
    name: 'background', value: 'rgb(250, 240, 230)',
    what: 'the cards\' background',
    read: (el) => cards(el).map((card) => style(card).backgroundColor),
  },
  {
    name: 'header-background', value: 'rgb(200, 210, 220)',
    what: 'the background of an open card\'s header',
    read: (el) => [style(button(el, 'eurocities')).backgroundColor],
  },
  {
    name: 'border', value: 'rgb(100, 0, 100)',
    what: 'the cards\' border colour',
    read: (el) =>
      cards(el).flatMap((card) => {
        const s = style(card);
        return [s.borderTopColor, s.borderRightColor, s.borderBottomColor, s.borderLeftColor];
      }),
  },
  {
    name: 'radius',
    what: 'the cards\' and buttons\' corner radius',
    value: '13px',
    read: (el) => [
      ...cards(el).map((card) => style(card).borderTopLeftRadius),
      style(button(el, 'polis')).borderBottomRightRadius,
    ],
  },
  {
    name: 'spacing',
    what: 'the padding of an open panel',
    value: '22px',
    read: (el) => {
      const s = style(panel(el, 'eurocities'));
      return [s.paddingTop, s.paddingRight, s.paddingBottom, s.paddingLeft, s.rowGap];
    },
  },
  {
    name: 'focus',
    what: 'the colour of the focus ring',
    value: 'rgb(255, 0, 128)',
    read: async (el) => [style(await tabTo(el, 'eurocities')).outlineColor],
  },
];

describe('theming', () => {
  describe('custom properties', () => {
    for (const { name, what, value, read } of cases) {
      it(`--lille-networks-${name} sets ${what}`, async () => {
        const el = await render();
        // the default differs, so the change below is the property's doing
        for (const before of await read(el)) expect(before).to.not.equal(value);
        el.style.setProperty(`--lille-networks-${name}`, value);
        const after = await read(el);
        expect(after.length).to.be.greaterThan(0);
        for (const computed of after) expect(computed).to.equal(value);
      });
    }

    it('takes the custom properties from a page rule on an ancestor', async () => {
      const wrapper = await fixture(html`<div style="--lille-networks-accent: rgb(1, 99, 2); --lille-networks-background: rgb(3, 4, 5)">
        <lille-networks lang="fr"></lille-networks>
      </div>`);
      const el = wrapper.querySelector('lille-networks')!;
      await el.updateComplete;
      expect(style(button(el, 'oasc').querySelector('.name')!).color).to.equal('rgb(1, 99, 2)');
      expect(style(cards(el)[0]).backgroundColor).to.equal('rgb(3, 4, 5)');
    });
  });

  describe('parts', () => {
    const parts: Array<[string, (el: LilleNetworks) => Element[]]> = [
      ['toggle-all', (el) => [toggleAll(el)!]],
      ['card', (el) => cards(el)],
      ['heading', (el) => cards(el).map((card) => card.querySelector('h2')!)],
      ['button', (el) => cards(el).map((card) => card.querySelector('button')!)],
      ['summary', (el) => cards(el).map((card) => card.querySelector('button [part~="summary"]')!)],
      ['panel', (el) => [panel(el, 'eurocities')]],
      ['link', (el) => [panel(el, 'eurocities').querySelector('a')!]],
    ];

    for (const [part, find] of parts) {
      it(`lets the page style ::part(${part})`, async () => {
        const el = await render();
        const targets = find(el);
        expect(targets.length).to.be.greaterThan(0);
        for (const target of targets) expect(style(target).outlineStyle).to.not.equal('dashed');
        addStyle(`lille-networks::part(${part}) { outline: 3px dashed rgb(1, 2, 3); }`);
        for (const target of targets) {
          expect(target.getAttribute('part')).to.equal(part);
          const s = style(target);
          expect(s.outlineStyle).to.equal('dashed');
          expect(s.outlineColor).to.equal('rgb(1, 2, 3)');
          expect(s.outlineWidth).to.equal('3px');
        }
      });
    }

    it('lets the page\'s ::part rules win over the element\'s own styles', async () => {
      const el = await render();
      addStyle(`
        lille-networks::part(card) { background-color: rgb(9, 8, 7); border-radius: 0px; }
        lille-networks::part(link) { color: rgb(6, 5, 4); }
        lille-networks::part(summary) { color: rgb(3, 2, 1); }
        lille-networks::part(toggle-all) { text-decoration-line: none; }
      `);
      expect(style(cards(el)[2]).backgroundColor).to.equal('rgb(9, 8, 7)');
      expect(style(cards(el)[2]).borderTopLeftRadius).to.equal('0px');
      expect(style(panel(el, 'eurocities').querySelector('a')!).color).to.equal('rgb(6, 5, 4)');
      expect(style(button(el, 'iclei').querySelector('[part~="summary"]')!).color).to.equal('rgb(3, 2, 1)');
      expect(style(toggleAll(el)!).textDecorationLine).to.equal('none');
    });
  });

  describe('fonts', () => {
    it('writes every text in the host page\'s font family, buttons included', async () => {
      const wrapper = await fixture(html`<div style="font-family: 'Lille Test Sans', Georgia, serif">
        <lille-networks lang="fr"></lille-networks>
      </div>`);
      const el = wrapper.querySelector('lille-networks')!;
      el.expand('polis');
      await el.updateComplete;
      const family = style(wrapper).fontFamily;
      expect(family).to.contain('Lille Test Sans');
      const texts = [
        el,
        toggleAll(el)!,
        button(el, 'polis'),
        button(el, 'polis').querySelector('[part~="summary"]')!,
        panel(el, 'polis').querySelector('p')!,
        panel(el, 'polis').querySelector('dt')!,
        panel(el, 'polis').querySelector('a')!,
      ];
      for (const node of texts) expect(style(node).fontFamily, node.localName).to.equal(family);
    });
  });
});

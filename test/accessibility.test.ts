/**
 * What assistive technologies get: no axe violation in any state the widget reaches, in French
 * and in English; an accessibility tree of headings at the level the page asks for, each holding
 * one button named after its network, with its expanded state, and regions named after their
 * button that exist only while open; a focus ring a person can see. (Print, motion, forced
 * colours and reflow: visitor-settings.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot } from '@web/test-runner-commands';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { expectAccessible } from './helpers/axe.js';
import { button, buttons, cards, headingTags, isShown, nameFromContent, pageOrder, panel, spoken, text, toggleAll } from './helpers/cards.js';
import { bundledNetworks, element, recordWarnings } from './helpers/data.js';
import { painted, tab } from './helpers/input.js';
import { engine } from './helpers/page.js';
import { screen } from './helpers/screen.js';

type Language = 'fr' | 'en';
const languages = ['fr', 'en'] as const;

/**
 * Each button's expected name: the network's short name first (what voice-control users say),
 * then its summary, from the bundled data.
 */
const names = (lang: Language) => bundledNetworks.map((network) => `${network.shortName}, ${network.summary[lang]}`);
const toggleAllNames: Record<Language, [string, string]> = {
  fr: ['Afficher tous les réseaux', 'Masquer tous les réseaux'],
  en: ['Show all networks', 'Hide all networks'],
};

// ---- The accessibility tree, per engine ------------------------------------------------------

/** A card as the accessibility tree presents it. */
interface TreeCard {
  headingLevel: number;
  /** How many buttons the heading holds. */
  buttonCount: number;
  buttonName: string;
  expanded: boolean;
  /** The name of the region the button controls, or null if no region has that name. */
  regionName: string | null;
  /** Whether the region's content (text) is in the tree. */
  regionHasContent: boolean;
}
interface Tree {
  toggleAll: { name: string; expanded: boolean } | null;
  cards: TreeCard[];
}

interface AXNode {
  role: string;
  name?: string;
  level?: number;
  expanded?: boolean;
  children?: AXNode[];
}

const descendants = (node: AXNode): AXNode[] => (node.children ?? []).flatMap((child) => [child, ...descendants(child)]);

/** Chromium: the browser's own accessibility tree, through CDP (see web-test-runner.config.mjs). */
async function treeFromSnapshot(): Promise<Tree> {
  const root = (await a11ySnapshot({ interestingOnly: false } as never)) as unknown as AXNode;
  const all = [root, ...descendants(root)];
  const regions = all.filter((node) => node.role === 'region');
  const headings = all.filter((node) => node.role === 'heading');
  const inHeadings = new Set(headings.flatMap(descendants));
  const loose = all.find((node) => node.role === 'button' && !inHeadings.has(node));
  return {
    toggleAll: loose ? { name: spoken(loose.name), expanded: loose.expanded === true } : null,
    cards: headings.map((heading) => {
      const inside = descendants(heading).filter((node) => node.role === 'button');
      const buttonName = spoken(inside[0]?.name);
      const region = regions.find((node) => spoken(node.name) === buttonName);
      return {
        headingLevel: heading.level ?? 0,
        buttonCount: inside.length,
        buttonName,
        expanded: inside[0]?.expanded === true,
        regionName: region ? spoken(region.name) : null,
        regionHasContent: !!region && descendants(region).some((node) => node.role === 'StaticText'),
      };
    }),
  };
}

/**
 * Firefox and WebKit: their drivers (WebDriver BiDi, classic WebDriver) expose no accessibility
 * tree, so `a11ySnapshot` throws there. The same facts are read from what builds the tree:
 * heading elements and aria-level, aria-expanded, aria-labelledby resolved in the shadow root,
 * names computed from content, and whether the region's content is rendered at all (content
 * that is not rendered is left out of the tree).
 */
function treeFromDom(el: LilleNetworks): Tree {
  const root = el.shadowRoot!;
  const all = toggleAll(el);
  return {
    toggleAll: all ? { name: nameFromContent(all), expanded: all.getAttribute('aria-expanded') === 'true' } : null,
    cards: [...root.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]')].map((heading) => {
      const inside = [...heading.querySelectorAll('button, [role="button"]')];
      const b = inside[0];
      const region = b ? root.getElementById(b.getAttribute('aria-controls') ?? '') : null;
      const isRegion = region?.getAttribute('role') === 'region';
      const labels = (region?.getAttribute('aria-labelledby') ?? '').split(/\s+/).filter(Boolean).map((id) => root.getElementById(id));
      return {
        headingLevel: Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1)),
        buttonCount: inside.length,
        buttonName: b ? nameFromContent(b) : '',
        expanded: b?.getAttribute('aria-expanded') === 'true',
        regionName: isRegion && labels.length && labels.every(Boolean) ? labels.map((label) => nameFromContent(label!)).join(' ') : null,
        regionHasContent: !!region && isRegion && isShown(region) && text(region).length > 0,
      };
    }),
  };
}

async function tree(el: LilleNetworks): Promise<Tree> {
  await el.updateComplete;
  return (await engine()) === 'chromium' ? treeFromSnapshot() : treeFromDom(el);
}


// ---- Tests -------------------------------------------------------------------------------------

for (const lang of languages) {
  describe(`axe, lang="${lang}"`, () => {
    it('finds no violation with every card closed', async () => {
      await expectAccessible(await element(lang));
    });

    it('finds no violation with every card open', async () => {
      const el = await element(lang);
      el.expandAll();
      await el.updateComplete;
      expect(el.expanded).to.have.length(6);
      await expectAccessible(el);
    });

    it('finds no violation in single mode, one card open', async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang} single></lille-networks>`);
      el.expand('energy-cities');
      await el.updateComplete;
      await expectAccessible(el);
    });

    it('finds no violation with cards open at first (`expanded`)', async () => {
      await expectAccessible(await fixture<LilleNetworks>(html`<lille-networks lang=${lang} expanded="iclei oasc"></lille-networks>`));
    });
  });

  describe(`headings, lang="${lang}"`, () => {
    for (const level of [2, 3, 4, 5, 6]) {
      it(`heading-level="${level}" makes every card heading a level-${level} heading without warning; axe finds no violation with one card open, under a page outline that leads to it`, async () => {
        const warnings = recordWarnings();
        // The host page's headings h1 … h(level-1), as the attribute is meant to fit them.
        const outline = [1, 2, 3, 4, 5].filter((n) => n < level).map((n) => Object.assign(document.createElement(`h${n}`), { textContent: `Section ${n}` }));
        const page = await fixture<HTMLElement>(html`<div>${outline}<lille-networks lang=${lang} heading-level=${level}></lille-networks></div>`);
        const el = page.querySelector('lille-networks')!;
        await el.updateComplete;
        el.expand('iclei');
        await el.updateComplete;
        expect(headingTags(el)).to.deep.equal(pageOrder.map(() => `h${level}`));
        // Chromium's tree is the page's: the outline's headings come first.
        expect((await tree(el)).cards.slice(-6).map((card) => card.headingLevel)).to.deep.equal(pageOrder.map(() => level));
        expect(warnings).to.deep.equal([]);
        await expectAccessible(page);
      });
    }
  });

  describe(`accessibility tree, lang="${lang}"`, () => {
    it('presents six level-2 headings without warning, each holding one collapsed button and nothing else to press, named after the network (for voice control), then its summary', async () => {
      const warnings = recordWarnings();
      const el = await element(lang);
      const { cards: presented } = await tree(el);
      expect(headingTags(el)).to.deep.equal(pageOrder.map(() => 'h2'));
      expect(presented.map((card) => card.buttonName)).to.deep.equal(names(lang));
      for (const card of presented) {
        expect([card.headingLevel, card.buttonCount, card.expanded], card.buttonName).to.deep.equal([2, 1, false]);
      }
      for (const card of cards(el)) {
        const headings = card.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
        expect(headings).to.have.length(1);
        expect([...headings[0].querySelectorAll('button, [role="button"], a, input')].map((node) => node.localName)).to.deep.equal(['button']);
      }
      expect(warnings).to.deep.equal([]);
    });

    it('presents no region and no content for a collapsed card, and a region named after its button once open', async () => {
      const el = await element(lang);
      for (const card of (await tree(el)).cards) {
        expect([card.regionName, card.regionHasContent], card.buttonName).to.deep.equal([null, false]);
      }
      el.expandAll();
      for (const card of (await tree(el)).cards) expect(card.regionName, card.buttonName).to.equal(card.buttonName);
      // The WAI-ARIA accordion's wiring: the button controls the region, which it labels.
      for (const b of buttons(el)) {
        expect(b.id).to.not.equal('');
        expect(panel(el, b.dataset.id!).getAttribute('role')).to.equal('region');
        expect(panel(el, b.dataset.id!).getAttribute('aria-labelledby')).to.equal(b.id);
      }
    });

    it('reports the opened card\'s button as expanded and exposes its region\'s content', async () => {
      const el = await element(lang);
      button(el, 'afccre').click();
      const { cards: opened } = await tree(el);
      expect(opened.map((card) => card.expanded)).to.deep.equal([false, false, true, false, false, false]);
      expect(opened.map((card) => card.regionHasContent)).to.deep.equal([false, false, true, false, false, false]);
      expect(opened[2].regionName).to.equal(names(lang)[2]);

      button(el, 'afccre').click();
      const { cards: closed } = await tree(el);
      expect(closed.map((card) => card.expanded)).to.deep.equal(Array(6).fill(false));
      expect(closed.map((card) => card.regionHasContent)).to.deep.equal(Array(6).fill(false));
    });

    it('presents the toggle-all button with its name and expanded state, outside the headings', async () => {
      const el = await element(lang);
      const [show, hide] = toggleAllNames[lang];
      expect((await tree(el)).toggleAll).to.deep.equal({ name: show, expanded: false });
      toggleAll(el)!.click();
      const all = await tree(el);
      expect(all.toggleAll).to.deep.equal({ name: hide, expanded: true });
      expect(all.cards.every((card) => card.expanded && card.regionHasContent)).to.equal(true);
    });
  });
}

describe('headings', () => {
  for (const value of ['1', '7', 'abc', '0', '2.5', '']) {
    it(`heading-level="${value}" falls back to h2 with exactly one console warning, however often it renders`, async () => {
      const warnings = recordWarnings();
      const el = await fixture<LilleNetworks>(html`<lille-networks heading-level=${value}></lille-networks>`);
      expect(headingTags(el)).to.deep.equal(pageOrder.map(() => 'h2'));
      el.expandAll();
      await el.updateComplete;
      el.lang = 'en';
      await el.updateComplete;
      expect(headingTags(el)).to.deep.equal(pageOrder.map(() => 'h2'));
      expect(warnings).to.have.length(1);
      expect(warnings[0]).to.include('heading-level');
    });
  }

  it('falls back to 2 without a warning when the attribute is removed', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks heading-level="4"></lille-networks>`);
    const warnings = recordWarnings();
    el.removeAttribute('heading-level');
    await el.updateComplete;
    expect(headingTags(el)).to.deep.equal(pageOrder.map(() => 'h2'));
    expect(warnings).to.deep.equal([]);
  });

  it('keeps every card\'s heading and button in the accessibility tree when the widget is far below the viewport', async () => {
    // Screen readers list a page's headings from this tree, scrolled to or not. (Cards with
    // content-visibility: auto, tried for first-render speed, dropped out of Chromium's tree
    // until they were scrolled into view: this guards against that.)
    const page = await fixture<HTMLElement>(html`<div><div style="block-size: 1000vh"></div><lille-networks lang="en"></lille-networks></div>`);
    await painted();
    const { cards: presented } = await tree(page.querySelector('lille-networks')!);
    expect(presented.map((card) => card.buttonName.split(',')[0])).to.deep.equal(bundledNetworks.map((network) => network.shortName));
    expect(presented.every((card) => card.headingLevel === 2 && card.buttonCount === 1)).to.equal(true);
  });
});

describe('the focus ring', () => {
  it('is drawn whole, on every side, around the button the keyboard reaches, and around no other', async () => {
    // A colour found nowhere else on the page, to find the ring by.
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr" style="--lille-networks-focus: rgb(255, 0, 255)"></lille-networks>`);
    toggleAll(el)!.focus();
    await tab();
    const b = button(el, 'eurocities');
    expect(el.shadowRoot!.activeElement === b, 'focus on the first card').to.equal(true);
    expect(getComputedStyle(b).outlineStyle).to.not.equal('none');
    expect(parseFloat(getComputedStyle(b).outlineWidth)).to.be.greaterThan(0);
    expect(getComputedStyle(button(el, 'polis')).outlineStyle).to.equal('none');

    b.scrollIntoView({ block: 'center' });
    await painted();
    const painting = await screen();
    const at = (x: number, y: number) => painting.at(x, y);
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

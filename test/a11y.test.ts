/**
 * What assistive technologies get: no axe violations whatever is open and in either language,
 * and an accessibility tree of level-2 headings holding buttons named after each network, with
 * their expanded state, and regions whose content is exposed only when open.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { a11ySnapshot, executeServerCommand } from '@web/test-runner-commands';
import '../src/define.js';
import { bundledNetworks } from '../src/data/networks.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, isShown, text, toggleAll } from './helpers/cards.js';
import { expectAccessible } from './helpers/axe.js';
import { painted } from './helpers/input.js';

type Language = 'fr' | 'en';

const render = (lang: Language, level?: number) =>
  fixture<LilleNetworks>(
    level
      ? html`<lille-networks lang=${lang} heading-level=${level}></lille-networks>`
      : html`<lille-networks lang=${lang}></lille-networks>`,
  );

/** Each button's expected name: the network's short name, then its summary (bundled data). */
const names: Record<Language, string[]> = {
  fr: bundledNetworks.map((network) => `${network.shortName}, ${network.summary.fr}`),
  en: bundledNetworks.map((network) => `${network.shortName}, ${network.summary.en}`),
};
const toggleAllNames: Record<Language, [string, string]> = {
  fr: ['Afficher tous les réseaux', 'Masquer tous les réseaux'],
  en: ['Show all networks', 'Hide all networks'],
};

/**
 * Names as a screen reader speaks them: whitespace collapsed, and no space before a comma
 * (Chromium puts one around the visually hidden ", " because it is out of flow; it is not read).
 */
const spoken = (name: string | undefined) =>
  (name ?? '').replace(/\s+/g, ' ').replace(/ ([,.;:])/g, '$1').trim();

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

const descendants = (node: AXNode): AXNode[] =>
  (node.children ?? []).flatMap((child) => [child, ...descendants(child)]);

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

/** The name an element gets from its content: its text, minus what is aria-hidden. */
const nameFromContent = (element: Element): string => {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return spoken(text(clone));
};

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
      const level = Number(heading.getAttribute('aria-level') ?? heading.localName.slice(1));
      const region = b ? root.getElementById(b.getAttribute('aria-controls') ?? '') : null;
      const isRegion = region?.getAttribute('role') === 'region';
      const labels = (region?.getAttribute('aria-labelledby') ?? '')
        .split(/\s+/)
        .filter(Boolean)
        .map((id) => root.getElementById(id));
      return {
        headingLevel: level,
        buttonCount: inside.length,
        buttonName: b ? nameFromContent(b) : '',
        expanded: b?.getAttribute('aria-expanded') === 'true',
        regionName:
          isRegion && labels.length && labels.every(Boolean) ? labels.map((label) => nameFromContent(label!)).join(' ') : null,
        regionHasContent: !!region && isRegion && isShown(region) && text(region).length > 0,
      };
    }),
  };
}

async function tree(el: LilleNetworks): Promise<Tree> {
  await el.updateComplete;
  const engine = await executeServerCommand<string, undefined>('engine');
  return engine === 'chromium' ? treeFromSnapshot() : treeFromDom(el);
}

// ---- Tests -------------------------------------------------------------------------------------

describe('accessibility', () => {
  for (const lang of ['fr', 'en'] as const) {
    describe(`axe, lang="${lang}"`, () => {
      it('finds no violation with every card collapsed', async () => {
        const el = await render(lang);
        await expectAccessible(el);
      });

      it('finds no violation with one card open', async () => {
        const el = await render(lang);
        button(el, 'energy-cities').click();
        await el.updateComplete;
        expect(el.expanded).to.deep.equal(['energy-cities']);
        await expectAccessible(el);
      });

      it('finds no violation with every card open', async () => {
        const el = await render(lang);
        toggleAll(el)!.click();
        await el.updateComplete;
        expect(el.expanded).to.have.length(6);
        await expectAccessible(el);
      });
    });

    describe(`accessibility tree, lang="${lang}"`, () => {
      it('presents six level-2 headings, each holding one collapsed button named after the network and its summary', async () => {
        const { cards } = await tree(await render(lang));
        expect(cards.map((card) => card.buttonName)).to.deep.equal(names[lang]);
        for (const card of cards) {
          expect(card.headingLevel, card.buttonName).to.equal(2);
          expect(card.buttonCount, card.buttonName).to.equal(1);
          expect(card.expanded, card.buttonName).to.equal(false);
        }
      });

      it('presents no region and no content for a collapsed card, and a region named after its button once open', async () => {
        const el = await render(lang);
        for (const card of (await tree(el)).cards) {
          expect(card.regionName, card.buttonName).to.equal(null);
          expect(card.regionHasContent, card.buttonName).to.equal(false);
        }
        el.expandAll();
        await el.updateComplete;
        for (const card of (await tree(el)).cards) {
          expect(card.regionName, card.buttonName).to.equal(card.buttonName);
        }
      });

      it('reports the opened card\'s button as expanded and exposes its region\'s content', async () => {
        const el = await render(lang);
        button(el, 'afccre').click();
        const { cards } = await tree(el);
        expect(cards.map((card) => card.expanded)).to.deep.equal([false, false, true, false, false, false]);
        expect(cards.map((card) => card.regionHasContent)).to.deep.equal([false, false, true, false, false, false]);
        expect(cards[2].regionName).to.equal(names[lang][2]);

        button(el, 'afccre').click();
        const after = await tree(el);
        expect(after.cards.map((card) => card.expanded)).to.deep.equal(Array(6).fill(false));
        expect(after.cards.map((card) => card.regionHasContent)).to.deep.equal(Array(6).fill(false));
      });

      it('presents the toggle-all button with its name and expanded state, outside the headings', async () => {
        const el = await render(lang);
        const [show, hide] = toggleAllNames[lang];
        expect((await tree(el)).toggleAll).to.deep.equal({ name: show, expanded: false });
        toggleAll(el)!.click();
        const all = await tree(el);
        expect(all.toggleAll).to.deep.equal({ name: hide, expanded: true });
        expect(all.cards.every((card) => card.expanded && card.regionHasContent)).to.equal(true);
      });
    });
  }

  it('keeps every card\'s heading and button in the accessibility tree when the widget is far below the viewport', async () => {
    // Screen readers list a page's headings from this tree, scrolled to or not. (Cards with
    // content-visibility: auto, tried for first-render speed, dropped out of Chromium's tree
    // until they were scrolled into view: this guards against that.)
    const page = await fixture<HTMLElement>(html`<div>
      <div style="block-size: 1000vh"></div>
      <lille-networks lang="en"></lille-networks>
    </div>`);
    const el = page.querySelector('lille-networks')!;
    await painted();
    const { cards } = await tree(el);
    expect(cards.map((card) => card.buttonName.split(',')[0])).to.deep.equal(bundledNetworks.map((network) => network.shortName));
    expect(cards.every((card) => card.headingLevel === 2 && card.buttonCount === 1)).to.equal(true);
  });

  it('presents the heading level the page asks for with heading-level', async () => {
    const { cards } = await tree(await render('en', 4));
    expect(cards).to.have.length(6);
    for (const card of cards) expect(card.headingLevel, card.buttonName).to.equal(4);
  });

  it('gives every button a name that starts with the network\'s short name, for voice control', async () => {
    const el = await render('fr');
    const starts = bundledNetworks.map((network) => network.shortName);
    const { cards } = await tree(el);
    for (const [i, card] of cards.entries()) expect(card.buttonName.startsWith(`${starts[i]},`), card.buttonName).to.equal(true);
    expect(buttons(el).length).to.equal(6);
  });
});

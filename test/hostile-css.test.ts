/**
 * Hostile page CSS: the element sits in pages whose global stylesheets would wreck an ordinary
 * widget (resets with !important, `all: unset`, tiny and huge root font sizes, forced
 * upper-case, squeezed lines, hidden class names, removed focus outlines, custom properties
 * that collide with the element's private ones). In each, a person must still see the card
 * buttons, open a card with a real mouse click, read the text and see where the keyboard
 * focus is.
 *
 * The other side: the page must still be able to hide the element the ordinary ways (inline
 * `display: none` as jQuery's .hide() and Vue's v-show write it, a class rule, an invisible
 * container), since resisting hostile CSS must not defeat the page's own intent.
 *
 * Each test adds one <style> to document.head, removed after it. The element is appended to
 * <body> itself (not in a fixture <div>), so that rules on `div` or `section` cannot hide its
 * container and hide it for reasons that are the page's own.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { buttons as cardButtons, panel } from './helpers/cards.js';
import { centreOf, clickAt, tab } from './helpers/input.js';
import { addStyle, place } from './helpers/page.js';

interface HostilePage {
  /** Completes "on a page with …". */
  page: string;
  css: string;
  /** A class for a <div> that wraps the element: for rules that reach it by inheritance. */
  container?: string;
}

const hostilePages: HostilePage[] = [
  {
    page: 'a universal reset: no margin, padding or border, half-size text, all !important',
    css: `*, *::before, *::after {
      margin: 0 !important; padding: 0 !important; border: 0 !important;
      font-size: 0.5rem !important;
    }`,
  },
  {
    page: '`* { all: unset !important }`',
    css: `* { all: unset !important; }`,
  },
  {
    page: 'buttons, headings, links, sections, divs and paragraphs hidden, transparent and zero-sized with !important',
    css: `button, h1, h2, h3, h4, h5, h6, a, section, div, p, span, dl, dt, dd, ul, li {
      display: none !important; color: transparent !important; visibility: hidden !important;
      font-size: 0 !important; opacity: 0 !important;
    }`,
  },
  {
    page: 'display: none !important on common class names',
    css: `.card, .button, .panel, .toolbar, .icon, .name, .summary, .visually-hidden, .hidden,
      .title, .content, .header, .accordion, .label, .project, .year {
      display: none !important;
    }`,
  },
  {
    page: 'a 4px root font size',
    css: `html { font-size: 4px !important; }`,
  },
  {
    page: 'a 40px root font size',
    css: `html { font-size: 40px !important; }`,
  },
  {
    page: 'upper-case, squeezed, spaced, indented and italic text on every element, all !important',
    css: `* {
      text-transform: uppercase !important; line-height: 0.5 !important;
      letter-spacing: 0.5em !important; word-spacing: 2em !important;
      text-indent: -9999px !important; white-space: pre !important; font-style: italic !important;
    }`,
  },
  {
    page: '`lille-networks { all: unset }`',
    css: `lille-networks { all: unset; }`,
  },
  {
    page: '`lille-networks { all: unset !important }`',
    css: `lille-networks { all: unset !important; }`,
  },
  {
    page: 'focus outlines and shadows removed from every element with !important',
    css: `*:focus, *:focus-visible, :focus-within {
      outline: none !important; outline-width: 0 !important; box-shadow: none !important;
    }`,
  },
  {
    page: 'a container whose text is zero-sized, transparent and gradient-clipped (`font: 0/0 a`, `-webkit-text-fill-color: transparent`)',
    container: 'hostile-container',
    css: `.hostile-container {
      font: 0/0 a !important; color: transparent !important;
      -webkit-text-fill-color: transparent !important; background-clip: text !important;
      text-transform: uppercase !important; letter-spacing: -1em !important;
    }`,
  },
  {
    page: 'its own "private" custom properties on every element, with the element\'s names (--_text, --_accent, --_space…)',
    css: `* {
      --_accent: transparent; --_text: transparent; --_muted: transparent; --_bg: transparent;
      --_header-bg: transparent; --_border: transparent; --_focus: transparent;
      --_space: 0px; --_radius: 0px;
    }`,
  },
];

// ---- helpers ------------------------------------------------------------------------------------

/** A place for the keyboard to start from, just before the element. */
function addFocusStart(): HTMLElement {
  const start = document.createElement('focus-start');
  start.tabIndex = -1;
  start.textContent = 'start';
  return place(start);
}

async function addElement(container?: string): Promise<LilleNetworks> {
  const el = document.createElement('lille-networks');
  el.lang = 'en';
  if (container) {
    const div = place(document.createElement('div'));
    div.className = container;
    div.append(el);
  } else {
    place(el);
  }
  await el.updateComplete;
  return el;
}

/** The alpha of a computed colour (`rgb(…)`, `rgba(…)`, `color(srgb … / a)`). */
function alpha(color: string): number {
  if (color === 'transparent') return 0;
  const slash = color.match(/\/\s*([\d.]+%?)\s*\)$/);
  if (slash) return slash[1].endsWith('%') ? parseFloat(slash[1]) / 100 : parseFloat(slash[1]);
  const rgba = color.match(/^rgba\((?:[^,]+,){3}\s*([\d.]+)\s*\)$/);
  return rgba ? parseFloat(rgba[1]) : 1;
}

/** The product of the opacities from `node` up to and including the host, across the shadow root. */
function opacityUpToHost(node: Element, host: Element): number {
  let product = 1;
  for (let n: Element | null = node; n; ) {
    product *= parseFloat(getComputedStyle(n).opacity);
    if (n === host) break;
    n = n.parentElement ?? ((n.getRootNode() as ShadowRoot).host || null);
  }
  return product;
}

/** Checks that a person can see and read `node`'s text. */
function expectReadable(node: Element, what: string): void {
  const style = getComputedStyle(node);
  const size = parseFloat(style.fontSize);
  expect(size, `${what}: font-size ${style.fontSize}`).to.be.within(12, 40);
  expect(alpha(style.color), `${what}: color ${style.color}`).to.be.greaterThan(0.5);
  const fill = style.getPropertyValue('-webkit-text-fill-color');
  if (fill) expect(alpha(fill), `${what}: -webkit-text-fill-color ${fill}`).to.be.greaterThan(0.5);
  expect(style.textTransform, `${what}: text-transform`).to.equal('none');
  expect(style.visibility, `${what}: visibility`).to.equal('visible');
  if (style.lineHeight !== 'normal') {
    expect(parseFloat(style.lineHeight), `${what}: line-height ${style.lineHeight}`).to.be.at.least(size);
  }
  if (style.letterSpacing !== 'normal') {
    expect(Math.abs(parseFloat(style.letterSpacing)), `${what}: letter-spacing`).to.be.below(size * 0.2);
  }
  expect(parseFloat(style.textIndent), `${what}: text-indent ${style.textIndent}`).to.equal(0);
  const rect = node.getBoundingClientRect();
  expect(rect.width * rect.height, `${what}: box ${rect.width}×${rect.height}`).to.be.greaterThan(0);
}

// ---- hostile pages --------------------------------------------------------------------------------

for (const { page, css, container } of hostilePages) {
  describe(`On a page with ${page}`, () => {
    beforeEach(() => addStyle(css));

    it('shows every card button at a usable size, visible and opaque', async () => {
      const el = await addElement(container);
      const buttons = cardButtons(el);
      expect(buttons).to.have.length(6);
      for (const button of buttons) {
        const name = button.querySelector('.name')!.textContent.trim();
        const rect = button.getBoundingClientRect();
        expect(rect.width, `${name}: width`).to.be.at.least(24);
        expect(rect.height, `${name}: height`).to.be.at.least(24);
        expect(getComputedStyle(button).visibility, `${name}: visibility`).to.equal('visible');
        expect(getComputedStyle(button).display, `${name}: display`).to.not.equal('none');
        expect(opacityUpToHost(button, el), `${name}: opacity`).to.equal(1);
        expectReadable(button.querySelector('.name')!, `${name} name`);
        expectReadable(button.querySelector('[part=summary]')!, `${name} summary`);
      }
    });

    it('opens a card when a person clicks the centre of its button', async () => {
      const el = await addElement(container);
      const button = cardButtons(el)[1];
      const [x, y] = await centreOf(button);
      const hit = el.shadowRoot!.elementFromPoint(x, y);
      expect(
        hit && button.contains(hit),
        `the point (${x}, ${y}) in a ${innerWidth}×${innerHeight} viewport hits ${hit?.outerHTML.slice(0, 80)}`,
      ).to.equal(true);

      await clickAt([x, y]);
      await el.updateComplete;

      expect(button.getAttribute('aria-expanded')).to.equal('true');
      const open = panel(el, button.dataset.id!);
      expect(open.hasAttribute('hidden'), 'the panel is hidden').to.equal(false);
      expect(open.getBoundingClientRect().height).to.be.greaterThan(0);
    });

    it('keeps the text of an open card readable', async () => {
      const el = await addElement(container);
      el.expand('eurocities');
      await el.updateComplete;
      const open = panel(el, 'eurocities');
      // the panel fades in when motion is not reduced: read it once it has
      await Promise.all(open.getAnimations().map((animation) => animation.finished));
      expect(opacityUpToHost(open, el), 'opacity').to.equal(1);
      expectReadable(open.querySelector('p')!, 'description');
      expectReadable(open.querySelector('dt')!, 'fact label');
      expectReadable(open.querySelector('li')!, 'list item');
      expectReadable(open.querySelector('a[href]')!, 'website link');
    });

    it('shows a focus ring of at least 2px around the button the keyboard reaches', async () => {
      const start = addFocusStart();
      const el = await addElement(container);
      start.focus();
      await tab();
      await tab();

      const focused = el.shadowRoot!.activeElement;
      expect(focused, 'focus is inside the element').to.equal(cardButtons(el)[0]);
      const style = getComputedStyle(focused!);
      expect(style.outlineStyle, 'outline-style').to.not.equal('none');
      expect(parseFloat(style.outlineWidth), `outline-width ${style.outlineWidth}`).to.be.at.least(2);
      expect(alpha(style.outlineColor), `outline-color ${style.outlineColor}`).to.be.greaterThan(0.5);
    });
  });
}

// ---- the page's own intent ------------------------------------------------------------------------

describe('On a page that hides the element the ordinary ways', () => {
  const isShown = (el: LilleNetworks) =>
    el.getClientRects().length > 0 &&
    cardButtons(el).some((button) => getComputedStyle(button).visibility === 'visible');

  it('hides it with the hidden attribute', async () => {
    const el = await addElement();
    el.hidden = true;
    expect(isShown(el)).to.equal(false);
  });

  it("hides it with an inline display: none, as jQuery's .hide() and Vue's v-show write it", async () => {
    const el = await addElement();
    expect(isShown(el), 'shown at first').to.equal(true);
    el.style.display = 'none';
    expect(isShown(el)).to.equal(false);
  });

  it('hides it with a display: none rule of its own stylesheet', async () => {
    addStyle(`.is-collapsed { display: none; }`);
    const el = await addElement();
    el.classList.add('is-collapsed');
    expect(isShown(el)).to.equal(false);
  });

  it('hides it, and keeps the keyboard out, inside a container made invisible (an off-canvas menu)', async () => {
    addStyle(`.offcanvas:not(.show) { visibility: hidden; }`);
    const start = addFocusStart();
    const el = await addElement('offcanvas');
    const after = place(document.createElement('button'));
    after.textContent = 'after';
    expect(isShown(el)).to.equal(false);

    start.focus();
    await tab();
    expect(el.shadowRoot!.activeElement, 'focus went inside the hidden element').to.equal(null);
    expect(document.activeElement).to.equal(after);
  });
});

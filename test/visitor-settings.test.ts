/**
 * The element under the visitor's and the page's settings: printing, reduced motion, forced
 * colours, the page's colour scheme, and a 320 CSS px viewport (reflow, 400 % zoom).
 *
 * Branches per engine. Only Chromium can emulate media (emulateMedia throws in Firefox and
 * WebKit, whose WebDriver has no media emulation: see web-test-runner.config.mjs). There the
 * real rendering is checked. Elsewhere the test checks the rule in the element's adopted
 * stylesheet and, where possible, its effect in that engine's cascade: a copy of the stylesheet
 * in which the media query is replaced by what it would evaluate to (`all` / `not all`) is
 * adopted for the duration of the check, then the original sheet is put back.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia, sendKeys, setViewport } from '@web/test-runner-commands';
import '../src/define.js';
import { bundledNetworks } from './helpers/data.js';
import type { Network, NetworksDocument } from '../src/data/schema.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, cards, isShown, panel } from './helpers/cards.js';
import { type Engine, engine as askEngine, onCleanup, setPageAttribute } from './helpers/page.js';

let engine: Engine;
before(async () => {
  engine = await askEngine();
});

/** Chromium only (the callers branch on `engine`): emulated media, until the test ends. */
async function emulate(media: Parameters<typeof emulateMedia>[0]): Promise<void> {
  onCleanup(() => emulateMedia({ media: null, colorScheme: null, reducedMotion: null, forcedColors: null } as never), 'media');
  await emulateMedia(media);
}

/** The page's own `color-scheme`, until the test ends. */
const pageColorScheme = (scheme: string | null) => setPageAttribute('style', scheme && `color-scheme: ${scheme}`);

// ---- the element's stylesheet -------------------------------------------------------------------

const sheetsOf = (el: LilleNetworks): CSSStyleSheet[] => {
  const root = el.shadowRoot!;
  return root.adoptedStyleSheets.length ? [...root.adoptedStyleSheets] : [...root.styleSheets];
};

/** `[part="panel"]:not([hidden])` → `[part=panel]:not([hidden])`, for comparison. */
const normal = (selector: string) => selector.replace(/["'\s]/g, '');

/** The @media rules of the element's stylesheet whose query matches `query`. */
function mediaRules(el: LilleNetworks, query: RegExp): CSSMediaRule[] {
  return sheetsOf(el)
    .flatMap((sheet) => [...sheet.cssRules])
    .filter((rule): rule is CSSMediaRule => rule instanceof CSSMediaRule && query.test(rule.media.mediaText));
}

/** The style rule inside `rules` one of whose selectors is `selector`. */
function styleRule(rules: CSSMediaRule[], selector: string): CSSStyleRule {
  const found = rules
    .flatMap((rule) => [...rule.cssRules])
    .find(
      (rule): rule is CSSStyleRule =>
        rule instanceof CSSStyleRule && rule.selectorText.split(',').map(normal).includes(normal(selector)),
    );
  if (!found) throw new Error(`no rule for ${selector} in @media ${rules.map((r) => r.media.mediaText).join(', ')}`);
  return found;
}

/**
 * Adopts, until the test ends, a copy of the element's stylesheet with `@media <query>` turned
 * into `@media <outcome>`: the rules then apply (or not) as they would under that medium or
 * preference, through the engine's own cascade.
 */
function adoptAsIf(el: LilleNetworks, query: RegExp, outcome: 'all' | 'not all'): void {
  const root = el.shadowRoot!;
  const original = root.adoptedStyleSheets;
  const text = sheetsOf(el)
    .flatMap((sheet) => [...sheet.cssRules])
    .map((rule) =>
      rule instanceof CSSMediaRule && query.test(rule.media.mediaText)
        ? rule.cssText.replace(/^@media[^{]*/, `@media ${outcome} `)
        : rule.cssText,
    )
    .join('\n');
  const copy = new CSSStyleSheet();
  copy.replaceSync(text);
  root.adoptedStyleSheets = [copy];
  onCleanup(() => {
    root.adoptedStyleSheets = original;
  });
}

// ---- colours ------------------------------------------------------------------------------------

/** A computed colour as sRGB bytes, through a canvas: any syntax the engine serialises. */
function rgba(color: string): [number, number, number, number] {
  const canvas = document.createElement('canvas');
  canvas.width = canvas.height = 1;
  const context = canvas.getContext('2d', { willReadFrequently: true })!;
  context.fillStyle = color;
  context.fillRect(0, 0, 1, 1);
  const [r, g, b, a] = context.getImageData(0, 0, 1, 1).data;
  return [r, g, b, a];
}

/** WCAG relative luminance, 0 (black) to 1 (white). */
function luminance(color: string): number {
  const [r, g, b] = rgba(color).map((byte) => {
    const c = byte / 255;
    return c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

const cardBackground = (el: LilleNetworks) => getComputedStyle(cards(el)[0]).backgroundColor;

/** A border or outline side that a person can see: some width, a style, an opaque colour. */
function expectVisibleLine(style: CSSStyleDeclaration, side: string, what: string): void {
  const width = parseFloat(style.getPropertyValue(`${side}-width`));
  expect(width, `${what}: ${side}-width`).to.be.above(0);
  expect(style.getPropertyValue(`${side}-style`), `${what}: ${side}-style`).to.not.be.oneOf(['none', 'hidden']);
  expect(rgba(style.getPropertyValue(`${side}-color`))[3], `${what}: ${side}-color alpha`).to.be.above(0);
}

// ---- print --------------------------------------------------------------------------------------

describe('print', () => {
  it('prints the content of every card, open or closed', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
    el.expand('polis');
    await el.updateComplete;
    const contentShown = () =>
      buttons(el).map((b) => [b.dataset.id, isShown(panel(el, b.dataset.id!).querySelector('p')!)]);

    if (engine === 'chromium') {
      await emulate({ media: 'print' });
    } else {
      // Firefox, WebKit: no print emulation. The print rule must be there, and must win in this
      // engine's cascade over the closed panels' `hidden` (plain `hidden` in WebKit, "until
      // found" in Firefox): checked with the @media print block applied as if printing.
      const rule = styleRule(mediaRules(el, /^print$/), '[part=panel][hidden]');
      expect(rule.style.getPropertyValue('display')).to.equal('grid');
      expect(rule.style.getPropertyPriority('display')).to.equal('important');
      if (CSS.supports('content-visibility', 'visible')) {
        expect(rule.style.getPropertyValue('content-visibility')).to.equal('visible');
      }
      adoptAsIf(el, /^print$/, 'all');
    }
    expect(contentShown()).to.deep.equal(buttons(el).map((b) => [b.dataset.id, true]));
    for (const b of buttons(el)) {
      expect(panel(el, b.dataset.id!).getBoundingClientRect().height, b.dataset.id).to.be.above(0);
    }
  });
});

// ---- motion -------------------------------------------------------------------------------------

describe('motion', () => {
  const motionQuery = /prefers-reduced-motion:\s*no-preference/;

  it('an opening card is animated when the user has no motion preference', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    if (engine === 'chromium') {
      await emulate({ reducedMotion: 'no-preference' });
    } else if (!matchMedia('(prefers-reduced-motion: no-preference)').matches) {
      // Firefox, WebKit: no emulation; the browser's own setting decides, so apply the rule as
      // under no preference.
      adoptAsIf(el, motionQuery, 'all');
    }
    el.expand('iclei');
    await el.updateComplete;
    expect(getComputedStyle(panel(el, 'iclei')).animationName).to.not.equal('none');
  });

  it('an opening card is not animated when the user prefers reduced motion', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    if (engine === 'chromium') {
      await emulate({ reducedMotion: 'reduce' });
    } else {
      // Firefox, WebKit: no emulation. The animation must live only inside the no-preference
      // block; with that block evaluating false, as under `reduce`, no animation is left.
      const rule = styleRule(mediaRules(el, motionQuery), '[part=panel]:not([hidden])');
      expect(rule.style.getPropertyValue('animation-name')).to.not.equal('none');
      adoptAsIf(el, motionQuery, 'not all');
    }
    el.expand('iclei');
    await el.updateComplete;
    expect(getComputedStyle(panel(el, 'iclei')).animationName).to.equal('none');
    expect(getComputedStyle(button(el, 'iclei'), '::after').transitionDuration).to.match(/^0s(, 0s)*$/);
  });
});

// ---- forced colours -----------------------------------------------------------------------------

describe('forced colours', () => {
  it('keeps the card borders, the focus outline and the expand indicator visible', async () => {
    const el = await fixture<LilleNetworks>(html`<div>
      <button>before</button>
      <lille-networks lang="fr" no-toggle-all></lille-networks>
    </div>`).then((page) => page.querySelector('lille-networks')!);
    el.expand('eurocities');
    await el.updateComplete;

    if (engine === 'chromium') {
      await emulate({ forcedColors: 'active' });
      expect(matchMedia('(forced-colors: active)').matches).to.equal(true);
    } else {
      // Firefox, WebKit: forced colours cannot be emulated (nor simulated: the browser itself
      // replaces the colours). The forced-colors block must give borders, indicator and
      // outline system colours.
      const rules = mediaRules(el, /forced-colors:\s*active/);
      expect(styleRule(rules, '[part=card]').style.getPropertyValue('border-top-style')).to.equal('solid');
      expect(styleRule(rules, '[part=button]::after').style.getPropertyValue('border-top-color').toLowerCase()).to.equal('buttontext');
      expect(styleRule(rules, ':focus-visible').style.getPropertyValue('outline-color').toLowerCase()).to.equal('highlight');
    }

    for (const card of cards(el)) {
      for (const side of ['border-top', 'border-right', 'border-bottom', 'border-left']) {
        expectVisibleLine(getComputedStyle(card), side, 'card');
      }
    }
    for (const b of buttons(el)) {
      const icon = getComputedStyle(b, '::after');
      // the chevron is the button's ::after, drawn with its inline-end and block-end borders
      expectVisibleLine(icon, 'border-right', `indicator of ${b.dataset.id}`);
      expectVisibleLine(icon, 'border-bottom', `indicator of ${b.dataset.id}`);
    }

    // a keyboard user's focus: Tab from the button before the element
    el.parentElement!.querySelector('button')!.focus();
    await sendKeys({ press: 'Tab' });
    expect((el.shadowRoot!.activeElement as HTMLElement).dataset.id).to.equal('eurocities');
    expect(button(el, 'eurocities').matches(':focus-visible')).to.equal(true);
    expectVisibleLine(getComputedStyle(button(el, 'eurocities')), 'outline', 'focus outline');
  });
});

// ---- colour scheme ------------------------------------------------------------------------------

describe('colour scheme', () => {
  it('cards are light on a page that declares no colour scheme, even when the user prefers dark', async () => {
    if (engine === 'chromium') await emulate({ colorScheme: 'dark' });
    // Firefox, WebKit cannot emulate the preference: their own (light or dark) setting applies,
    // and the cards must be light whatever it is.
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
    if (engine === 'chromium') expect(matchMedia('(prefers-color-scheme: dark)').matches).to.equal(true);
    expect(getComputedStyle(document.documentElement).colorScheme).to.equal('normal');
    expect(rgba(cardBackground(el))[3]).to.equal(255);
    expect(luminance(cardBackground(el))).to.be.above(0.8);
    // and the text on them dark
    expect(luminance(getComputedStyle(el).color)).to.be.below(0.2);
  });

  it('cards are dark on a page that declares color-scheme: dark', async () => {
    pageColorScheme('dark');
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    expect(rgba(cardBackground(el))[3]).to.equal(255);
    expect(luminance(cardBackground(el))).to.be.below(0.1);
    expect(luminance(getComputedStyle(el).color)).to.be.above(0.7);
  });

  it('cards follow a page that switches its colour scheme after they rendered', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    expect(luminance(cardBackground(el))).to.be.above(0.8);
    pageColorScheme('dark');
    expect(luminance(cardBackground(el))).to.be.below(0.1);
    pageColorScheme(null);
    expect(luminance(cardBackground(el))).to.be.above(0.8);
  });
});

// ---- reflow -------------------------------------------------------------------------------------

/**
 * The element at 320 CSS px. Chromium and Firefox: a 320 px wide viewport. WebKit: MiniBrowser's
 * window is no narrower than about 450 px (see web-test-runner.config.mjs), so the element goes
 * in a 320 px wide container instead; it sizes itself from its container (container queries), so
 * its layout is the same.
 */
async function at320px(template: ReturnType<typeof html>): Promise<LilleNetworks> {
  if (engine === 'webkit') {
    const box = await fixture<HTMLElement>(html`<div style="inline-size: 320px">${template}</div>`);
    return box.querySelector('lille-networks')!;
  }
  const { innerWidth: width, innerHeight: height } = window;
  onCleanup(() => setViewport({ width, height }), 'viewport');
  await setViewport({ width: 320, height: 640 });
  expect(innerWidth).to.equal(320);
  return fixture<LilleNetworks>(template);
}

function expectNoSidewaysScroll(el: LilleNetworks): void {
  expect(el.scrollWidth, 'host').to.be.at.most(el.clientWidth);
  expect(el.getBoundingClientRect().width).to.be.at.most(320);
  for (const card of cards(el)) {
    expect(card.scrollWidth, 'card').to.be.at.most(card.clientWidth);
    for (const part of card.querySelectorAll<HTMLElement>('[part=button], [part=panel], dl, .project')) {
      expect(part.scrollWidth, `${part.getAttribute('part') ?? part.className} in a card`).to.be.at.most(part.clientWidth);
    }
  }
  if (engine !== 'webkit') {
    expect(document.documentElement.scrollWidth, 'page').to.be.at.most(document.documentElement.clientWidth);
  }
}

describe('reflow at 320 CSS px', () => {
  for (const lang of ['fr', 'en'] as const) {
    it(`nothing scrolls sideways with every card open (${lang})`, async () => {
      const el = await at320px(html`<lille-networks lang=${lang}></lille-networks>`);
      el.expandAll();
      await el.updateComplete;
      expect(el.expanded).to.have.length(6);
      expectNoSidewaysScroll(el);
    });

    it(`a 60-character word in a summary and a description wraps inside its card (${lang})`, async () => {
      const word = 'Intercommunalité'.padEnd(60, 'x');
      expect(word).to.have.length(60);
      const [first, ...rest] = bundledNetworks;
      const long: Network = {
        ...first,
        summary: { fr: word, en: word },
        description: { fr: word, en: word },
      };
      const data: NetworksDocument = { version: 1, networks: [long, ...rest] };
      const el = await at320px(html`<lille-networks lang=${lang} .data=${data}></lille-networks>`);
      el.expandAll();
      await el.updateComplete;
      expectNoSidewaysScroll(el);

      const card = cards(el)[0].getBoundingClientRect();
      const description = [...panel(el, first.id).querySelectorAll('p')].find((p) => p.textContent === word)!;
      const summary = button(el, first.id).querySelector('[part=summary]')!;
      for (const [what, node] of [
        ['description', description],
        ['summary', summary],
      ] as const) {
        const range = document.createRange();
        range.selectNodeContents(node);
        const lines = new Set([...range.getClientRects()].filter((r) => r.width > 0).map((r) => Math.round(r.top)));
        expect(lines.size, `lines of the ${what}`).to.be.above(1);
        expect(range.getBoundingClientRect().right, `${what} right edge`).to.be.at.most(card.right);
      }
    });
  }
});

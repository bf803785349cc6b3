/**
 * Content-Security-Policy and Trusted Types: the built element (dist/, as a CMS page loads it)
 * in pages served with the test server's strict policy
 *
 *   default-src 'self'; script-src 'self'; style-src 'self';
 *   require-trusted-types-for 'script'; trusted-types lit-html
 *
 * (every request under /test/csp/ gets it). A wtr test page cannot itself run under that
 * policy (wtr injects inline scripts), so this file, an ordinary test page, loads each page in
 * an <iframe> and looks inside it (same origin). The test server makes each page from the
 * scripts and the extra policy named in `pages` below; every page first loads
 * test/csp/observe.js, which records each `securitypolicyviolation` event, uncaught error and
 * console warning from the start.
 *
 * Only engines with Trusted Types (`window.trustedTypes`) enforce the last two directives; the
 * tests that depend on them say what they expect in the others.
 */
import { expect } from '@open-wc/testing';
import type { LilleNetworks } from '../../src/lille-networks.js';
import { buttons, panel } from '../helpers/cards.js';
import { clickCentre, framedElement, openFrame } from '../helpers/input.js';

interface FramedWindow extends Window {
  cspReport: { violations: string[]; errors: string[]; warnings: string[] };
  cspFlush(): Promise<void>;
  trustedTypes?: unknown;
}

interface Framed {
  frame: HTMLIFrameElement;
  win: FramedWindow;
}

/**
 * The framed pages: the scripts they load in this order (`cspScripts` in scripts/test-server.mjs:
 * the module, the classic script, an older copy of the element), and a policy of their own
 * enforced on top of the server's.
 */
const pages = {
  module: { scripts: 'module' },
  classic: { scripts: 'classic' },
  // Nothing is allowed but scripts from this origin: no styles, connections, images or fonts.
  strictest: {
    scripts: 'module',
    policy: "default-src 'none'; script-src 'self'; style-src 'none'; require-trusted-types-for 'script'; trusted-types lit-html",
  },
  // Trusted Types required, and no policy may be created.
  noPolicyAllowed: { scripts: 'module', policy: "require-trusted-types-for 'script'; trusted-types 'none'" },
  // Both bundles: two copies of Lit.
  twoCopies: { scripts: 'module classic' },
  // An older copy defines the element first, then the built module loads.
  olderCopyFirst: { scripts: 'older module' },
};

const address = (page: keyof typeof pages) => `/test/csp/page?${new URLSearchParams(pages[page])}`;

/** Loads one of `pages` in a frame; resolves when it has loaded (its scripts have run). */
async function load(page: keyof typeof pages): Promise<Framed> {
  const frame = await openFrame(address(page));
  const win = frame.contentWindow as FramedWindow;
  expect(win.cspReport, `${page} ran test/csp/observe.js`).to.exist;
  return { frame, win };
}

/** The framed element, once defined and rendered. */
const element = ({ frame }: Framed): Promise<LilleNetworks> => framedElement(frame);

/** Every violation and error so far (waits until all violations so far have been delivered). */
async function report({ win }: Framed): Promise<{ violations: string[]; errors: string[] }> {
  await win.cspFlush();
  return { violations: [...win.cspReport.violations], errors: [...win.cspReport.errors] };
}

/** A real click at the centre of a button inside the frame. */
const clickInFrame = ({ frame }: Framed, button: HTMLElement): Promise<void> => clickCentre(button, frame);

/** Six cards; a click opens the first and shows its panel. */
async function expectWorkingCards(framed: Framed): Promise<LilleNetworks> {
  const el = await element(framed);
  const shown = buttons(el);
  expect(shown, 'card buttons').to.have.length(6);
  const [button] = shown;
  expect(button.getAttribute('aria-expanded')).to.equal('false');

  await clickInFrame(framed, button);
  await el.updateComplete;

  expect(button.getAttribute('aria-expanded'), 'after a click').to.equal('true');
  const opened = panel(el, button.dataset.id!);
  expect(opened.hasAttribute('hidden'), 'the panel is hidden').to.equal(false);
  expect(opened.getBoundingClientRect().height).to.be.greaterThan(0);
  // styled: the stylesheet applied (adoptedStyleSheets, which style-src does not govern)
  expect(framed.win.getComputedStyle(button).display, 'the button is styled').to.equal('grid');
  return el;
}

describe('Under a strict Content-Security-Policy with Trusted Types', () => {
  it('serves the framed pages with the strict policy', async () => {
    const response = await fetch(address('module'));
    expect(response.headers.get('content-security-policy')).to.contain("trusted-types lit-html");
    console.log(`csp.test.ts: this engine ${'trustedTypes' in window ? 'enforces' : 'has no'} Trusted Types`);
  });

  for (const [page, title] of [
    ['module', 'renders six cards from the module bundle and opens one on a click, with no violation'],
    ['classic', 'renders six cards from the classic-script bundle and opens one on a click, with no violation'],
    ['strictest', 'works with no style-src, connect-src, img-src or font-src at all: only script-src for the bundle'],
  ] as const) {
    it(title, async () => {
      const framed = await load(page);
      await expectWorkingCards(framed);
      expect(await report(framed)).to.deep.equal({ violations: [], errors: [] });
    });
  }

  it('loads a same-origin `src` document, which the policy allows through connect-src', async () => {
    const framed = await load('module');
    const el = await element(framed);
    const loaded = new Promise((resolve) => el.addEventListener('lille-networks-load', resolve, { once: true }));
    el.src = '/test/fixtures/slow.json?delay=0';
    await loaded;
    await el.updateComplete;
    expect(buttons(el).map((button) => button.dataset.id)).to.deep.equal(['fixture-1']);
    expect(await report(framed)).to.deep.equal({ violations: [], errors: [] });
  });

  it('escapes markup in `data` and shows it as text, with no violation', async () => {
    const framed = await load('module');
    const el = await element(framed);
    const evil = '<img src=x onerror="parent.__cspPwned=1"><script>parent.__cspPwned=1</script>';
    el.data = {
      version: 1,
      networks: [
        {
          id: 'evil',
          shortName: evil,
          fullName: { fr: evil, en: evil },
          summary: { fr: evil, en: evil },
          description: { fr: evil, en: evil },
          involvement: { fr: evil, en: evil },
          website: 'https://example.org/"><script>parent.__cspPwned=1</script>',
        },
      ],
    };
    const refused: string[] = [];
    el.addEventListener('lille-networks-error', (event) => refused.push(event.detail.message));
    await el.updateComplete;
    expect(refused, 'the data was refused').to.deep.equal([]);
    el.expand('evil');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('img, script')).to.have.length(0);
    expect(buttons(el)[0].querySelector('.name')!.textContent).to.equal(evil);
    expect(await report(framed)).to.deep.equal({ violations: [], errors: [] });
    expect((window as { __cspPwned?: number }).__cspPwned).to.equal(undefined);
  });

  it('needs "lit-html" among the allowed Trusted Types policies, where the browser enforces them', async () => {
    const framed = await load('noPolicyAllowed');
    if (!('trustedTypes' in framed.win)) {
      // No Trusted Types here: the directive means nothing and the element works.
      await expectWorkingCards(framed);
      return;
    }
    // Lit creates its policy when its module runs; refused, the bundle stops there.
    const { violations, errors } = await report(framed);
    expect(violations.join('\n')).to.match(/^trusted-types .*"lit-html"/m);
    expect(errors, 'the refusal is an uncaught error').to.have.length.greaterThan(0);
    expect(framed.win.customElements.get('lille-networks'), 'defined').to.equal(undefined);
  });

  it('works with both bundles on the page: the second copy asks for no policy and says nothing', async () => {
    const framed = await load('twoCopies');
    await expectWorkingCards(framed);
    expect(await report(framed)).to.deep.equal({ violations: [], errors: [] });
    expect(framed.win.cspReport.warnings, 'the same version twice').to.deep.equal([]);
  });

  it('leaves the element to an older copy that defined it first, and says so once, naming both versions', async () => {
    const { version } = (await (await fetch('/package.json')).json()) as { version: string };
    // The older copy created the "lit-html" policy (where Trusted Types exist) before the module
    // ran; module scripts have run by the time the frame has loaded.
    const framed = await load('olderCopyFirst');
    expect(await report(framed)).to.deep.equal({ violations: [], errors: [] });
    const { warnings } = framed.win.cspReport;
    expect(warnings, warnings.join('\n')).to.have.length(1);
    expect(warnings[0]).to.include('<lille-networks>').and.include('0.0.1').and.include(version);
    const defined = framed.win.customElements.get('lille-networks') as { version?: string } | undefined;
    expect(defined?.version, 'the older copy stays in use').to.equal('0.0.1');
  });
});

/**
 * The server's HTML (`lille-networks/server`, src/server.ts) as a visitor gets it, in each
 * engine: the cards are painted as the page loads, before the element's script runs; when it
 * runs, the element takes them over without any change on screen, keeps the server's state and
 * the visitor's focus, then works as always. Without JavaScript every card's content shows;
 * when the script never arrives, a click on a card shows its panel.
 *
 * Pages come from the test server's /test/server-html (scripts/test-server.mjs), which calls the
 * built server entry; each is opened in a frame of the test page, so that its size is the one
 * asked in every engine and its script can be held back until the test releases it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys, setViewport } from '@web/test-runner-commands';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, cards, isShown, panel, text, toggleAll } from './helpers/cards.js';
import { bundledNetworks, fixtures } from './helpers/data.js';
import { clickCentre, painted } from './helpers/input.js';
import { engine, onCleanup } from './helpers/page.js';
import { screen } from './helpers/screen.js';

interface Page {
  frame: HTMLIFrameElement;
  window: Window & typeof globalThis;
  document: Document;
  element: LilleNetworks;
  below: HTMLElement;
}

let held = 0;

/**
 * Opens /test/server-html in a frame of `width` × `height` at the top left of the viewport, and
 * resolves once its markup is parsed and painted (its script may still be held: the frame's
 * `load` waits for it, so this does not). `sandbox`: no scripts at all in the frame.
 */
async function open(
  query: { options?: object; script?: string; lang?: string; carried?: string },
  { width = 1024, height = 800, sandbox = false } = {},
): Promise<Page> {
  await setViewport({ width: 1100, height: 900 });
  const frame = document.createElement('iframe');
  onCleanup(() => frame.remove());
  frame.style.cssText = `position: fixed; inset: 0 auto auto 0; width: ${width}px; height: ${height}px; border: 0; background: #fff`;
  if (sandbox) frame.setAttribute('sandbox', 'allow-same-origin');
  const search = new URLSearchParams({ options: JSON.stringify(query.options ?? {}), script: query.script ?? 'module' });
  if (query.lang) search.set('lang', query.lang);
  if (query.carried) search.set('carried', query.carried);
  frame.src = `/test/server-html?${search}`;
  document.body.append(frame);
  await waitUntil(() => frame.contentDocument?.getElementById('below'), 'the page is parsed', { timeout: 8000 });
  const page = pageOf(frame);
  await settled(page);
  return page;
}

const pageOf = (opened: HTMLIFrameElement): Page => {
  const win = opened.contentWindow as Window & typeof globalThis;
  return {
    frame: opened,
    window: win,
    document: win.document,
    element: win.document.querySelector('lille-networks') as LilleNetworks,
    below: win.document.getElementById('below')!,
  };
};

/** Painted, with every animation and transition of the cards over. */
async function settled({ window: win, element }: Page): Promise<void> {
  await painted(win);
  await Promise.all(element.shadowRoot!.getAnimations().map((animation) => animation.finished));
  await painted(win);
}

/** A script held by the test server (`held:KEY`), and the release that lets it through. */
function heldScript(): { script: string; release: () => Promise<unknown> } {
  const key = `${Date.now()}-${++held}`;
  const release = () => fetch(`/test/release?key=${key}`);
  // A test that fails before it lets the script through must not leave the server waiting.
  onCleanup(release);
  return { script: `held:${key}`, release };
}

/** Lets the held script run, and resolves once the element has taken the markup over. */
async function takeOver(page: Page, release: () => Promise<unknown>): Promise<void> {
  await release();
  await waitUntil(() => page.window.customElements.get('lille-networks'), 'the element is defined', { timeout: 8000 });
  await page.element.updateComplete;
  await settled(page);
}

/** The frame as painted, pixel by pixel, with its width in pixels. */
const picture = async ({ frame: opened }: Page) => {
  const rect = opened.getBoundingClientRect();
  const data = (await screen()).region(rect);
  return Object.assign(data, { columns: Math.sqrt((data.length / 4) * (rect.width / rect.height)) });
};

/**
 * The frame once its painting is steady: two pictures a frame apart that agree. Under load a
 * picture can catch a painting in between (seen once in Chromium: 33 pixels at a card's
 * rounded corners); a change the takeover makes stays, so it is still seen.
 */
async function pixels(page: Page) {
  let last = await picture(page);
  for (let tries = 0; tries < 5; tries++) {
    await painted(page.window);
    const next = await picture(page);
    if (difference(last, next, await noise()) === 'none') return next;
    last = next;
  }
  return last;
}

/**
 * Where two pictures of the frame differ by more than `tolerance` (of 255) in a colour channel:
 * 'none', or how many pixels, within which box.
 */
function difference(before: Uint8ClampedArray & { columns: number }, after: Uint8ClampedArray, tolerance: number): string {
  if (after.length !== before.length) return `sizes differ: ${before.length} and ${after.length} bytes`;
  let count = 0;
  const box = [Infinity, Infinity, -1, -1];
  for (let i = 0; i < before.length; i += 4) {
    const most = Math.max(...[0, 1, 2].map((channel) => Math.abs(before[i + channel] - after[i + channel])));
    if (most <= tolerance) continue;
    const x = (i / 4) % Math.round(before.columns);
    const y = Math.floor(i / 4 / Math.round(before.columns));
    count++;
    box.splice(0, 4, Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y));
  }
  return count ? `${count} pixels differ, within x ${box[0]}–${box[2]}, y ${box[1]}–${box[3]}` : 'none';
}

/**
 * How far two paintings of the same pixels may differ in this engine: not at all in Chromium
 * and Firefox. WebKitGTK anti-aliases glyph edges and rounds colours slightly differently from
 * one painting to the next, even for two loads of the same static page (measured: up to 42 of
 * 255 on glyph edges, 1 elsewhere); a card that opens, closes or moves changes pixels by far more.
 */
const noise = async () => ((await engine()) === 'webkit' ? 48 : 0);

/** The shadow root's cards as markup, without what differs by construction (comments, styles). */
const markupOf = ({ element }: Page): string => {
  const copy = document.createElement('div');
  copy.innerHTML = element.shadowRoot!.innerHTML;
  copy.querySelectorAll('style, script').forEach((node) => node.remove());
  copy.querySelectorAll('[part=card]').forEach((node) => node.removeAttribute('tabindex'));
  return copy.innerHTML.replace(/<!--[^]*?-->/g, '').replace(/\s+/g, ' ').replace(/ >/g, '>');
};

const bundledNames = bundledNetworks.map((network) => network.shortName);

describe('server-rendered markup', () => {
  it('shows the cards as the page loads, before the element\'s script runs', async () => {
    const { script, release } = heldScript();
    const page = await open({ script });
    expect(page.window.customElements.get('lille-networks'), 'not defined yet').to.equal(undefined);
    const shown = buttons(page.element);
    expect(shown.map((b) => text(b.querySelector('.name')))).to.deep.equal(bundledNames);
    expect(shown.every(isShown), 'every card button is visible').to.equal(true);
    expect(page.element.shadowRoot!.querySelectorAll('h2')).to.have.length(6);
    expect(bundledNetworks.some((network) => isShown(panel(page.element, network.id))), 'panels closed').to.equal(false);
    expect(isShown(toggleAll(page.element)!)).to.equal(true);
    const lastCard = cards(page.element).at(-1)!.getBoundingClientRect();
    expect(page.below.getBoundingClientRect().top, 'what follows is below the cards').to.be.greaterThan(lastCard.bottom);
    await release();
  });

  for (const [width, height] of [
    [390, 844],
    [1024, 800],
  ]) {
    it(`is taken over without a pixel changing, at ${width} × ${height}`, async () => {
      const { script, release } = heldScript();
      const page = await open({ script, options: { expanded: ['polis'] } }, { width, height });
      const before = await pixels(page);
      const belowBefore = page.below.getBoundingClientRect().top;
      await takeOver(page, release);
      expect(page.element.expanded).to.deep.equal(['polis']);
      expect(page.below.getBoundingClientRect().top, 'what follows did not move').to.equal(belowBefore);
      expect(difference(before, await pixels(page), await noise())).to.equal('none');
    });
  }

  it('shifts no layout with content below (the layout-shift entries, where the engine has them)', async () => {
    const { script, release } = heldScript();
    const page = await open({ script });
    const belowBefore = page.below.getBoundingClientRect().top;
    await takeOver(page, release);
    expect(page.below.getBoundingClientRect().top).to.equal(belowBefore);
    // Chromium reports layout shifts; Firefox and WebKit have no such API.
    if (!('LayoutShift' in page.window)) return;
    const shifts = await new Promise<number>((resolve) => {
      let total = 0;
      new page.window.PerformanceObserver((list) => {
        for (const entry of list.getEntries()) total += (entry as unknown as { value: number }).value;
      }).observe({ type: 'layout-shift', buffered: true });
      // Buffered entries come in the observer's first callback, before the next frame.
      void painted(page.window).then(() => resolve(total));
    });
    expect(shifts).to.equal(0);
  });

  it('holds the same cards before and after: the markup is the element\'s own, never two sets', async () => {
    const { script, release } = heldScript();
    const page = await open({ script, options: { lang: 'en', headingLevel: 3, networks: 'iclei polis oasc', expanded: 'oasc' } });
    const before = markupOf(page);
    await takeOver(page, release);
    expect(cards(page.element)).to.have.length(3);
    expect(markupOf(page)).to.equal(before);
  });

  it('keeps the server\'s state: language, heading level, the cards shown and open', async () => {
    const { script, release } = heldScript();
    const page = await open({ script, options: { lang: 'en', headingLevel: 4, networks: ['iclei', 'polis'], expanded: ['polis'] } });
    await takeOver(page, release);
    const { element } = page;
    expect(element.shadowRoot!.querySelector('div')!.lang).to.equal('en');
    expect(buttons(element).map((b) => b.closest('h4') !== null)).to.deep.equal([true, true]);
    expect(buttons(element).map((b) => b.dataset.id)).to.deep.equal(['iclei', 'polis']);
    expect(element.expanded).to.deep.equal(['polis']);
    expect(text(toggleAll(element))).to.equal('Show all networks');
  });

  it('starts with the document and strings it was rendered from, never showing the bundled data', async () => {
    const { script, release } = heldScript();
    const page = await open({ script, options: { data: 'fixture:valid.json', strings: { fr: { showAll: 'Tout voir' } } } });
    const added: string[] = [];
    new page.window.MutationObserver((records) => {
      for (const record of records) {
        for (const node of record.addedNodes) {
          if (node instanceof page.window.Element) added.push(...[...node.querySelectorAll('.name')].map((name) => text(name)));
        }
      }
    }).observe(page.element.shadowRoot!, { childList: true, subtree: true });
    const loads: string[] = [];
    page.element.addEventListener('lille-networks-load', (event) => loads.push(event.detail.source));
    await takeOver(page, release);
    expect(buttons(page.element).map((b) => b.dataset.id)).to.deep.equal(fixtures.valid.ids);
    expect(added.filter((name) => bundledNames.includes(name)), 'no bundled card, even for a moment').to.deep.equal([]);
    expect(text(toggleAll(page.element))).to.equal('Tout voir');
    expect(loads, 'what it starts with, as the bundled data: nothing loaded').to.deep.equal([]);
  });

  it('keeps the strings a page set before the script ran over the carried ones, and goes back to those on null', async () => {
    const { script, release } = heldScript();
    const page = await open({ script, options: { strings: { fr: { showAll: 'Tout voir' } } } });
    page.element.strings = { fr: { showAll: 'Voir chaque réseau' } };
    await takeOver(page, release);
    expect(text(toggleAll(page.element)), 'the page\'s strings').to.equal('Voir chaque réseau');
    page.element.strings = null;
    await page.element.updateComplete;
    expect(text(toggleAll(page.element)), 'the server\'s strings, as data goes back to its document').to.equal('Tout voir');
  });

  for (const [carried, what] of [
    ['{"data":{"version":2,"networks":[]}}', 'a document this copy refuses (a server of another version)'],
    ['null', 'no object at all'],
  ]) {
    it(`carrying ${what}, is still taken over and works, with the bundled cards, and says why`, async () => {
      const { script, release } = heldScript();
      const page = await open({ script, carried, options: { data: 'fixture:valid.json' } });
      const errors: string[] = [];
      page.element.addEventListener('lille-networks-error', (event) => errors.push(event.detail.reason));
      await takeOver(page, release);
      expect(buttons(page.element).map((b) => b.dataset.id)).to.deep.equal(bundledNetworks.map((network) => network.id));
      await clickCentre(button(page.element, 'iclei'), page.frame);
      await page.element.updateComplete;
      await settled(page);
      expect(isShown(panel(page.element, 'iclei')), 'a click opens a card').to.equal(true);
      expect(errors, 'an error event says why').to.deep.equal(carried === 'null' ? [] : ['invalid']);
    });
  }

  it('with a src too, shows the document it was rendered from until the src document arrives', async () => {
    const { script, release } = heldScript();
    const options = { data: 'fixture:valid.json', attributes: { src: `${fixtures.validOther.url}?n=${held}` } };
    const page = await open({ script, options });
    const shown: string[][] = [];
    new page.window.MutationObserver(() => {
      if (page.window.customElements.get('lille-networks')) shown.push(buttons(page.element).map((b) => b.dataset.id!));
    }).observe(page.element.shadowRoot!, { childList: true, subtree: true });
    const loaded = new Promise((resolve) => page.element.addEventListener('lille-networks-load', resolve, { once: true }));
    await takeOver(page, release);
    await loaded;
    await page.element.updateComplete;
    expect(buttons(page.element).map((b) => b.dataset.id)).to.deep.equal(fixtures.validOther.ids);
    expect(shown.flat().filter((id) => bundledNetworks.some((network) => network.id === id)), 'never the bundled cards').to.deep.equal([]);
  });

  it('inserted through innerHTML once the script ran (a framework\'s client-side navigation), shows the document it carries', async () => {
    const page = await open({});
    await waitUntil(() => page.window.customElements.get('lille-networks'), 'the element is defined', { timeout: 8000 });
    const search = new URLSearchParams({ options: JSON.stringify({ lang: 'en', data: 'fixture:valid.json' }), script: 'none' });
    const served = await (await fetch(`/test/server-html?${search}`)).text();
    const markup = served.slice(served.indexOf('<lille-networks'), served.indexOf('</lille-networks>') + 17);
    // As routers do: the new page's HTML set with innerHTML, which attaches no declarative shadow root.
    for (const connected of [true, false]) {
      const container = page.document.createElement('div');
      if (connected) page.document.body.append(container);
      container.innerHTML = markup;
      if (!connected) page.document.body.append(container);
      const inserted = container.querySelector('lille-networks') as LilleNetworks;
      await inserted.updateComplete;
      expect(buttons(inserted).map((b) => b.dataset.id), connected ? 'into the page' : 'into a container, then the page').to.deep.equal(fixtures.valid.ids);
    }
  });

  it('keeps the focus of a visitor who tabbed to a card before the script ran, and its panel open', async () => {
    const { script, release } = heldScript();
    const page = await open({ script });
    page.frame.focus();
    page.window.focus();
    await sendKeys({ press: 'Tab' });
    await sendKeys({ press: 'Tab' });
    const first = bundledNetworks[0].id;
    const root = page.element.shadowRoot!;
    expect(root.activeElement?.id, 'the first card\'s button has focus').to.equal(`b-${first}`);
    await settled(page);
    expect(isShown(panel(page.element, first)), 'its panel shows while it has focus').to.equal(true);
    const belowBefore = page.below.getBoundingClientRect().top;
    await takeOver(page, release);
    expect(root.activeElement?.id, 'still on that button').to.equal(`b-${first}`);
    expect(root.activeElement?.matches(':focus-visible'), 'with its focus ring').to.equal(true);
    expect(page.element.expanded, 'the panel it showed is open').to.deep.equal([first]);
    expect(page.below.getBoundingClientRect().top, 'nothing moved').to.equal(belowBefore);
    await sendKeys({ press: 'Enter' });
    await page.element.updateComplete;
    expect(button(page.element, first).getAttribute('aria-expanded'), 'Enter closes it, as always').to.equal('false');
  });

  it('works as always once taken over: a click opens a card and says so', async () => {
    const page = await open({});
    await waitUntil(() => page.window.customElements.get('lille-networks'), 'the element is defined', { timeout: 8000 });
    await page.element.updateComplete;
    const toggles: string[] = [];
    page.element.addEventListener('lille-networks-toggle', (event) => toggles.push(`${event.detail.id} ${event.detail.source}`));
    await clickCentre(button(page.element, 'iclei'), page.frame);
    await page.element.updateComplete;
    expect(page.element.expanded).to.deep.equal(['iclei']);
    expect(toggles).to.deep.equal(['iclei user']);
  });
});

describe('server-rendered markup without the script', () => {
  it('without JavaScript, shows every card\'s content: headings, text, links, in order', async () => {
    const page = await open({ script: 'module' }, { sandbox: true });
    const { element } = page;
    expect(page.window.customElements.get('lille-networks'), 'no script ran').to.equal(undefined);
    expect([...element.shadowRoot!.querySelectorAll('h2')].map((h) => text(h.querySelector('.name')))).to.deep.equal(bundledNames);
    for (const network of bundledNetworks) {
      const region = panel(element, network.id);
      expect(isShown(region), `${network.id}: content shown`).to.equal(true);
      expect(text(region), `${network.id}: its description`).to.include(network.description.fr.slice(0, 40));
      const links = [...region.querySelectorAll('a')];
      expect(links.length, `${network.id}: its links`).to.be.greaterThan(0);
      expect(links.every((link) => /^https:\/\//.test(link.href) && isShown(link))).to.equal(true);
    }
    expect(isShown(toggleAll(element)!), 'no show-all button: nothing to show').to.equal(false);
  });

  for (const script of ['missing', 'integrity']) {
    it(`when the script never arrives (${script === 'missing' ? 'not found' : 'a wrong integrity hash'}), a click on a card shows its panel`, async () => {
      const page = await open({ script });
      const { element } = page;
      const id = bundledNetworks[3].id;
      expect(isShown(panel(element, id))).to.equal(false);
      await clickCentre(button(element, id), page.frame);
      await settled(page);
      expect(isShown(panel(element, id)), 'shown after a click').to.equal(true);
      // Reading it: a click on its text keeps it shown.
      await clickCentre(panel(element, id).querySelector('p')!, page.frame);
      await settled(page);
      expect(isShown(panel(element, id)), 'still shown after a click on its text').to.equal(true);
      expect(page.window.customElements.get('lille-networks')).to.equal(undefined);
    });
  }
});

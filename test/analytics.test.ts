/**
 * The analytics recipes of docs/recipes.md's "Analytics" section, each on its page in demo/recipes/
 * (matomo.html, tag-manager.html, dsfr.html) with a stand-in tracker, loaded in an <iframe> and
 * used with real clicks (sendMouse):
 * - a click on the first card sends what docs/recipes.md shows (the ```json fence between the
 *   recipe's `<!-- recipe:NAME:start -->` and `<!-- recipe:NAME:end -->` markers), and "show
 *   all" one entry per card;
 * - what the visitor did not do on the widget (a fragment link, `expand()`, the `expanded`
 *   attribute, a card closed by `single` mode) sends nothing.
 * That the recipe's script is the page's, character for character, is checked from the files
 * by test/node/analytics-recipes.test.mjs: this server rewrites the inline scripts of the HTML
 * it serves (esbuild), so the page's text cannot be read from here.
 */
import { expect } from '@open-wc/testing';
import { buttons, toggleAll } from './helpers/cards.js';
import { clickCentre, framedElement, openFrame } from './helpers/input.js';
import type { ToggleDetail } from '../src/events.js';
import type { LilleNetworks } from '../src/lille-networks.js';

type Change = Pick<ToggleDetail, 'id' | 'expanded' | 'position' | 'lang'>;

interface RecipeWindow extends Window {
  _paq?: unknown;
  dataLayer?: unknown[];
  dsfr?: { analytics: { pushed: unknown[] } };
}

interface Recipe {
  /** The name in the recipes page's and the demo page's markers. */
  name: string;
  page: string;
  /** The language the page's cards are shown in. */
  lang: string;
  /** Everything the page's stand-in tracker has received, as plain JSON. */
  sent(win: RecipeWindow): unknown[];
  /** What the tracker receives for the changes of one moment (one click, one "show all"). */
  expected(moment: Change[]): unknown[];
}

const json = (value: unknown): unknown[] => JSON.parse(JSON.stringify(value ?? [])) as unknown[];
const action = (change: Change) => (change.expanded ? 'open' : 'close');

const recipes: Recipe[] = [
  {
    name: 'matomo',
    page: 'matomo.html',
    lang: 'fr',
    sent: (win) => json(win._paq),
    expected: (moment) =>
      moment.map((c) => ['trackEvent', 'Réseaux européens', action(c), `${c.id} (${c.lang})`, c.position]),
  },
  {
    name: 'tag-manager',
    page: 'tag-manager.html',
    lang: 'en',
    sent: (win) => json(win.dataLayer),
    expected: (moment) =>
      moment.map((c) => ({
        event: 'lille_networks_toggle',
        network_id: c.id,
        network_action: action(c),
        network_position: c.position,
        network_lang: c.lang,
      })),
  },
  {
    name: 'dsfr',
    page: 'dsfr.html',
    lang: 'fr',
    sent: (win) => json(win.dsfr!.analytics.pushed),
    expected: (moment) => [
      [
        'action',
        moment.flatMap((c) => [
          'actionname', `(${c.expanded ? 'disclose' : 'hide'})_${c.id}_[lille-networks-${c.id}]`,
          'actionpname', 'position', 'actionpvalue', String(c.position),
          'actionpname', 'lang', 'actionpvalue', c.lang,
        ]),
      ],
    ],
  },
];

const recipe = (name: string) => recipes.find((r) => r.name === name)!;

// ---- the recipes page (docs/recipes.md) ---------------------------------------------------

let readme: Promise<string> | undefined;

/** What lies between `<!-- recipe:NAME:start -->` and `<!-- recipe:NAME:end -->` in docs/recipes.md. */
function between(source: string, name: string): string {
  const start = `<!-- recipe:${name}:start -->`;
  const end = `<!-- recipe:${name}:end -->`;
  const from = source.indexOf(start);
  const to = source.indexOf(end);
  expect(from, `docs/recipes.md has ${start}`).to.be.greaterThan(-1);
  expect(to, `docs/recipes.md has ${end} after it`).to.be.greaterThan(from);
  return source.slice(from + start.length, to);
}

/** What docs/recipes.md shows a click on the first card sends: the ```json fence of the recipe's block. */
async function firstClick(name: string): Promise<unknown> {
  readme ??= fetch('/docs/recipes.md').then((response) => response.text());
  const block = between(await readme, name);
  const found = /```json\n([\s\S]*?)\n```/.exec(block);
  expect(found, `docs/recipes.md's ${name} block has a \`\`\`json fence`).to.exist;
  return JSON.parse(found![1]);
}

// ---- the framed page ----------------------------------------------------------------------------

interface Framed {
  frame: HTMLIFrameElement;
  win: RecipeWindow;
  el: LilleNetworks;
}

/** Loads a recipe page in a frame; resolves once its cards are rendered (its scripts have run). */
async function load(page: string): Promise<Framed> {
  const frame = await openFrame(`/demo/recipes/${page}`);
  return { frame, win: frame.contentWindow as RecipeWindow, el: await framedElement(frame) };
}

/**
 * Resolves after the next `count` toggle events reach the frame's document. The recipe's listener
 * was added first, so it has run for each of them by then (and the DSFR recipe's one call per
 * moment, a microtask queued before this one resolves, too).
 */
function toggles({ win }: Framed, count: number): Promise<Change[]> {
  return new Promise((resolve) => {
    const seen: Change[] = [];
    const listener = (event: Event) => {
      const { id, expanded, position, lang } = (event as CustomEvent<ToggleDetail>).detail;
      seen.push({ id, expanded, position, lang });
      if (seen.length < count) return;
      win.document.removeEventListener('lille-networks-toggle', listener);
      resolve(seen);
    };
    win.document.addEventListener('lille-networks-toggle', listener);
  });
}

/** A real click at the centre of `target`, brought into the frame's view first. */
const click = ({ frame }: Framed, target: Element): Promise<void> => clickCentre(target, frame);


/** Clicks card `index` (from 0); resolves with the `events` changes the click causes. */
async function clickCard(framed: Framed, index: number, events = 1): Promise<Change[]> {
  const changes = toggles(framed, events);
  await click(framed, buttons(framed.el)[index]);
  return changes;
}

// ---- the tests ----------------------------------------------------------------------------------

for (const recipe of recipes) {
  describe(`The ${recipe.name} recipe (demo/recipes/${recipe.page})`, () => {
    it('sends what docs/recipes.md shows when the visitor opens the first card, then its closing', async () => {
      const shown = await firstClick(recipe.name);
      const framed = await load(recipe.page);
      const [first] = buttons(framed.el);

      const opened = await clickCard(framed, 0);
      expect(first.getAttribute('aria-expanded'), 'the card opened').to.equal('true');
      expect(opened).to.deep.equal([
        { id: first.dataset.id, expanded: true, position: 1, lang: recipe.lang },
      ]);
      expect(recipe.sent(framed.win), 'what docs/recipes.md shows').to.deep.equal([shown]);
      expect(recipe.expected(opened), "this test's reading of the README").to.deep.equal([shown]);

      const closed = await clickCard(framed, 0);
      expect(first.getAttribute('aria-expanded'), 'the card closed').to.equal('false');
      expect(recipe.sent(framed.win)).to.deep.equal([...recipe.expected(opened), ...recipe.expected(closed)]);
    });

    it('sends one entry per card for "show all"', async () => {
      const framed = await load(recipe.page);
      const count = buttons(framed.el).length;
      expect(count, 'cards').to.equal(6);

      const changes = toggles(framed, count);
      await click(framed, toggleAll(framed.el)!);
      const opened = await changes;

      expect(opened.map((c) => c.position)).to.deep.equal([1, 2, 3, 4, 5, 6]);
      expect(opened.every((c) => c.expanded)).to.equal(true);
      expect(recipe.sent(framed.win)).to.deep.equal(recipe.expected(opened));
    });

    it('sends nothing for a fragment link, expand() or the expanded attribute', async () => {
      const framed = await load(recipe.page);
      const { el, win } = framed;

      let changed = toggles(framed, 1);
      await click(framed, win.document.querySelector('a[href="#iclei"]')!);
      expect(await changed, 'the link opened ICLEI').to.have.length(1);

      changed = toggles(framed, 1);
      el.expand('afccre');
      await changed;

      // Closes the two open cards and opens POLIS.
      changed = toggles(framed, 3);
      el.setAttribute('expanded', 'polis');
      await changed;

      expect(el.expanded).to.deep.equal(['polis']);
      expect(recipe.sent(win)).to.deep.equal([]);
    });

    it('in single mode, sends the cards the visitor opened, not the one single mode closed', async () => {
      const framed = await load(recipe.page);
      framed.el.single = true;
      await framed.el.updateComplete;

      const first = await clickCard(framed, 0);
      // The first card closes (source "single"), then the second opens.
      const second = await clickCard(framed, 1, 2);

      expect(second.map((c) => [c.position, c.expanded])).to.deep.equal([[1, false], [2, true]]);
      expect(framed.el.expanded).to.have.length(1);
      expect(recipe.sent(framed.win)).to.deep.equal([
        ...recipe.expected(first),
        ...recipe.expected(second.slice(1)),
      ]);
    });
  });
}

describe('The matomo recipe, once matomo.js has loaded', () => {
  it("sends through the tracker that replaced the queue, as matomo.js's does", async () => {
    const framed = await load('matomo.html');
    // matomo.js runs the queued calls, then replaces window._paq with an object whose push runs
    // each call at once (TrackerProxy in Matomo's js/piwik.js).
    const calls: unknown[] = [];
    framed.win._paq = { push: (...entries: unknown[]) => calls.push(...json(entries)) };

    const opened = await clickCard(framed, 0);
    expect(calls).to.deep.equal(recipe('matomo').expected(opened));
  });
});

describe('The dsfr recipe, when the visitor opted out', () => {
  it('sends nothing: the DSFR rejects its readiness and the recipe listens to nothing', async () => {
    const framed = await load('dsfr.html?opt-out');
    await clickCard(framed, 0);
    expect(buttons(framed.el)[0].getAttribute('aria-expanded'), 'the card opened').to.equal('true');
    expect(recipe('dsfr').sent(framed.win)).to.deep.equal([]);
  });
});

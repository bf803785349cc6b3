/**
 * Lifecycle under stress: many create/attach/detach cycles, many instances on one page, and
 * an element moved around the page. (An element created before its definition loads is in
 * test/lifecycle-upgrade.test.ts: that file must load the definition itself, later.)
 *
 * Listeners on window and document are counted by wrapping their addEventListener and
 * removeEventListener for the length of a test; the originals are put back after it.
 */
import { expect, waitUntil } from '@open-wc/testing';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, ids, isShown, panel } from './helpers/cards.js';
import { documentOf, recordEvents, stubRequests } from './helpers/data.js';
import { loadedWith, navigateTo } from './helpers/navigation.js';
import { onCleanup, place as placeNode, setPageAttribute } from './helpers/page.js';
import { recordToggles } from './helpers/toggles.js';

/** A <div> on the page, removed after the test. */
const place = (): HTMLDivElement => placeNode(document.createElement('div'));

async function attach(parent: Element, lang = 'en'): Promise<LilleNetworks> {
  const el = document.createElement('lille-networks');
  if (lang) el.lang = lang;
  parent.append(el);
  await el.updateComplete;
  return el;
}

interface Listener {
  target: string;
  type: string;
}

/**
 * From now until the end of the test, the listeners added to window and document and not yet
 * removed (a listener added twice is one listener, as in the DOM).
 */
function watchListeners(): () => Listener[] {
  const live = new Map<string, Listener>();
  const ids = new WeakMap<object, number>();
  let next = 0;
  const idOf = (listener: object) => ids.get(listener) ?? (ids.set(listener, ++next), next);
  const keyOf = (name: string, type: string, listener: object, options?: boolean | EventListenerOptions) =>
    `${name} ${type} ${idOf(listener)} ${typeof options === 'boolean' ? options : !!options?.capture}`;

  for (const [name, target] of [
    ['window', window],
    ['document', document],
  ] as const) {
    const own = {
      add: Object.getOwnPropertyDescriptor(target, 'addEventListener'),
      remove: Object.getOwnPropertyDescriptor(target, 'removeEventListener'),
    };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as they were
    const { addEventListener: add, removeEventListener: remove } = target;
    target.addEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | AddEventListenerOptions,
    ) {
      if (listener) live.set(keyOf(name, type, listener, options), { target: name, type });
      return add.call(this, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof add;
    target.removeEventListener = function (
      this: EventTarget,
      type: string,
      listener: EventListenerOrEventListenerObject | null,
      options?: boolean | EventListenerOptions,
    ) {
      if (listener) live.delete(keyOf(name, type, listener, options));
      return remove.call(this, type, listener as EventListenerOrEventListenerObject, options);
    } as typeof remove;
    onCleanup(() => {
      for (const [key, descriptor] of [
        ['addEventListener', own.add],
        ['removeEventListener', own.remove],
      ] as const) {
        if (descriptor) Object.defineProperty(target, key, descriptor);
        else delete (target as unknown as Record<string, unknown>)[key];
      }
    });
  }
  return () => [...live.values()];
}

describe('1,000 create, attach and detach cycles', () => {
  it('leave no listener on window or document and no element behind', async function () {
    this.timeout(30_000);
    const parent = place();
    const nodesBefore = document.querySelectorAll('*').length;
    const memory = (performance as { memory?: { usedJSHeapSize: number } }).memory;
    const heapBefore = memory?.usedJSHeapSize;
    const live = watchListeners();

    for (let i = 0; i < 1000; i++) {
      const el = await attach(parent, i % 2 ? 'en' : '');
      if (i % 100 === 0) {
        // now and then a card is opened, as a person would, before the element goes
        button(el, 'polis').click();
        await el.updateComplete;
        expect(el.expanded).to.deep.equal(['polis']);
      }
      el.remove();
    }

    expect(live(), 'listeners still on window or document').to.deep.equal([]);
    expect(document.querySelectorAll('*').length, 'elements in the document').to.equal(nodesBefore);
    if (memory) {
      const mb = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MB`;
      console.log(
        `lifecycle.test.ts: JS heap ${mb(heapBefore!)} before 1,000 cycles, ${mb(memory.usedJSHeapSize)} ` +
          'after (performance.memory, coarse and before garbage collection; not asserted)',
      );
    }
  });

  it('leave a page where a new element still works and a language change still reaches it', async () => {
    const parent = place();
    for (let i = 0; i < 50; i++) (await attach(parent, '')).remove();
    const el = await attach(parent, '');
    setPageAttribute('lang', 'fr');
    await waitUntil(() => el.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') === 'fr', 'French');
    setPageAttribute('lang', 'en');
    await waitUntil(() => el.shadowRoot!.querySelector('[lang]')?.getAttribute('lang') === 'en', 'English');
    button(el, 'iclei').click();
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['iclei']);
  });
});

describe('100 instances on one page', () => {
  let els: LilleNetworks[];

  beforeEach(async () => {
    const parent = place();
    els = [];
    for (let i = 0; i < 100; i++) {
      const el = document.createElement('lille-networks');
      el.lang = 'en';
      parent.append(el);
      els.push(el);
    }
    await Promise.all(els.map((el) => el.updateComplete));
  });

  it('keep their own state: opening a card in one opens nothing in the others', async () => {
    const toggles = recordToggles(['target', 'id', 'expanded']);
    button(els[37], 'polis').click();
    await Promise.all(els.map((el) => el.updateComplete));

    els.forEach((el, i) => {
      expect(el.expanded, `instance ${i}`).to.deep.equal(i === 37 ? ['polis'] : []);
      const open = buttons(el).filter((b) => b.getAttribute('aria-expanded') === 'true');
      expect(open.length, `open buttons in instance ${i}`).to.equal(i === 37 ? 1 : 0);
    });
    expect(isShown(panel(els[37], 'polis')), 'the open panel is shown').to.equal(true);
    expect(isShown(panel(els[38], 'polis')), "the next instance's panel is shown").to.equal(false);
    expect(toggles).to.deep.equal([{ target: els[37], id: 'polis', expanded: true }]);

    els[37].collapseAll();
    els[5].expandAll();
    await Promise.all(els.map((el) => el.updateComplete));
    for (const [i, el] of els.entries()) expect(el.expanded.length, `instance ${i}`).to.equal(i === 5 ? 6 : 0);
  });

  it("label each region by a button of its own shadow root, and keep their ids out of the page's", () => {
    expect(document.getElementById('b-polis'), 'a card id in the document').to.equal(null);
    expect(document.getElementById('p-polis'), 'a panel id in the document').to.equal(null);
    els.forEach((el, i) => {
      const root = el.shadowRoot!;
      // Every panel, open or not, is labelled by its button (only open ones are regions).
      const regions = [...root.querySelectorAll<HTMLElement>('[part=panel]')];
      expect(regions, `regions of instance ${i}`).to.have.length(6);
      const allIds = [...root.querySelectorAll('[id]')].map((node) => node.id);
      expect(new Set(allIds).size, `ids repeated within instance ${i}`).to.equal(allIds.length);
      for (const region of regions) {
        const label = root.getElementById(region.getAttribute('aria-labelledby')!);
        expect(label, `the label of ${region.id} in instance ${i}`).to.be.an.instanceOf(HTMLButtonElement);
        expect(label!.getAttribute('aria-controls'), 'the labelling button controls the region').to.equal(region.id);
        expect(label!.getRootNode()).to.equal(root);
        const elements = (region as { ariaLabelledByElements?: readonly Element[] | null }).ariaLabelledByElements;
        if (elements !== undefined) {
          // where the browser reflects aria-labelledby as elements, it resolves the same button
          expect(elements?.length, `ariaLabelledByElements of ${region.id}`).to.equal(1);
          expect(elements![0]).to.equal(label);
        }
      }
    });
  });
});

describe('An element moved in the page', () => {
  // `moveBefore` (where the browser has it) moves without a disconnect; `append` disconnects
  // and reconnects. Both must keep the element working.
  const moves: [string, (to: Element, el: Element) => void][] = [
    ['append', (to, el) => to.append(el)],
    ...('moveBefore' in Element.prototype
      ? [['moveBefore', (to: Element, el: Element) => (to as Element & { moveBefore(n: Node, c: Node | null): void }).moveBefore(el, null)] as [string, (to: Element, el: Element) => void]]
      : []),
  ];

  for (const [how, move] of moves) {
    it(`keeps its open card open and still toggles its cards (moved with ${how})`, async () => {
      const [a, b] = [place(), place()];
      const el = await attach(a);
      button(el, 'polis').click();
      await el.updateComplete;

      move(b, el);
      await el.updateComplete;
      expect(el.parentElement).to.equal(b);
      expect(el.expanded).to.deep.equal(['polis']);
      expect(button(el, 'polis').getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'polis'))).to.equal(true);

      button(el, 'polis').click();
      button(el, 'iclei').click();
      await el.updateComplete;
      expect(el.expanded).to.deep.equal(['iclei']);
      expect(isShown(panel(el, 'polis'))).to.equal(false);
    });
  }

  it('holds exactly one hashchange listener however often it is moved, and opens a linked card once', async () => {
    const live = watchListeners();
    const places = [place(), place(), place()];
    const el = await attach(places[0]);
    for (let i = 1; i <= 10; i++) {
      places[i % 3].append(el);
      await el.updateComplete;
    }
    expect(live().filter(({ target }) => target === 'window'), 'window listeners').to.deep.equal([
      { target: 'window', type: 'hashchange' },
    ]);
    expect(live().filter(({ target }) => target === 'document')).to.deep.equal([]);

    const toggles = recordToggles(['id', 'expanded', 'source']);
    await navigateTo('energy-cities');
    await el.updateComplete;
    expect(toggles).to.deep.equal([{ id: 'energy-cities', expanded: true, source: 'link' }]);
    expect(el.expanded).to.deep.equal(['energy-cities']);

    el.remove();
    expect(live().filter(({ target }) => target === 'window'), 'window listeners after removal').to.deep.equal([]);
  });

  it('does not reopen, scroll to or focus a card the person closed, when moved while the address names it', async () => {
    loadedWith('polis');
    const [a, b] = [place(), place()];
    const el = await attach(a);
    await waitUntil(() => el.expanded.includes('polis'), 'the fragment opens the polis card on arrival');
    const toggles = recordToggles();
    button(el, 'polis').click();
    await el.updateComplete;
    const outside = document.createElement('button');
    outside.textContent = 'elsewhere';
    b.append(outside);
    outside.focus();

    b.prepend(el);
    await el.updateComplete;
    await el.updateComplete;

    expect(el.expanded, 'open cards after the move').to.deep.equal([]);
    expect(document.activeElement, 'focus after the move').to.equal(outside);
    expect(toggles).to.deep.equal([{ id: 'polis', expanded: false }]);
  });

  it('still shows the document it was loading from src when moved before the answer came', async () => {
    const [a, b] = [place(), place()];
    const el = document.createElement('lille-networks');
    el.lang = 'en';
    el.src = '/test/fixtures/slow.json?delay=300';
    a.append(el);
    await el.updateComplete; // the request is on its way

    b.append(el);
    await el.updateComplete;
    await waitUntil(() => ids(el).join() === 'fixture-1', 'the document requested before the move never showed', {
      timeout: 3000,
    });
  });
});

describe('src and data across removals and moves', () => {
  it('data given while the element is out of the page wins over the src it was loading', async () => {
    const requests = stubRequests();
    const el = document.createElement('lille-networks');
    el.src = '/slow.json';
    place().append(el);
    await el.updateComplete;
    el.remove();
    el.data = documentOf('given') as never;
    await el.updateComplete;
    place().append(el);
    await el.updateComplete;
    // Every request made, answered late.
    for (const request of requests) request.respond(documentOf('late'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['given']);
    expect(requests.map(({ url }) => url), 'and nothing asked again').to.deep.equal(['/slow.json']);
  });

  it('asks for a src once per change, however often the element is moved, in one task or across tasks', async () => {
    const requests = stubRequests();
    const el = document.createElement('lille-networks');
    const events = recordEvents(el);
    el.src = '/first.json';
    const [a, b] = [place(), place()];
    a.append(el);
    await el.updateComplete;
    el.remove();
    el.src = '/second.json';
    await el.updateComplete;
    for (let i = 0; i < 10; i++) {
      // Within one task, then with a task between the removal and the return.
      (i % 2 ? a : b).append(el);
      el.remove();
      (i % 2 ? b : a).append(el);
      await el.updateComplete;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve));
      a.append(el);
      await el.updateComplete;
    }
    expect(requests.map(({ url }) => url)).to.deep.equal(['/first.json', '/second.json']);
    requests[1].respond(documentOf('second'));
    await events.next('lille-networks-load');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['second']);
    expect(events.loads()).to.have.length(1);
  });
});

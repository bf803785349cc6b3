/**
 * Deep links: a URL fragment that is a network id (`#iclei`) opens that card, brings it into
 * view and focuses its button, when the page loads with it and when it changes (hashchange).
 * The address and the scroll position are put back after each test (helpers/navigation.ts).
 */
import { expect, fixture, oneEvent } from '@open-wc/testing';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, cards, ids } from './helpers/cards.js';
import { clickCentre } from './helpers/input.js';
import { loadedWith, navigateTo, restoreAddress } from './helpers/navigation.js';
import { onCleanup } from './helpers/page.js';
import { recordToggles } from './helpers/toggles.js';

/**
 * The element below a spacer twice the viewport's height: no card is in view until something
 * scrolls to it.
 */
async function belowTheFold(attributes = ''): Promise<LilleNetworks> {
  // A string fixture, so that the attributes are there before the element's first update.
  const page = await fixture<HTMLElement>(`<div>
    <p><a href="#iclei">ICLEI</a> <a href="#energy-cities">Energy Cities</a></p>
    <div style="block-size: 200vh"></div>
    <lille-networks lang="en" ${attributes}></lille-networks>
  </div>`);
  const el = page.querySelector('lille-networks')!;
  await el.updateComplete;
  return el;
}

/** The card's top edge is inside the viewport. */
function expectInView(el: LilleNetworks, id: string): void {
  const card = cards(el)[ids(el).indexOf(id)];
  const { top } = card.getBoundingClientRect();
  expect(top, `top of the ${id} card`).to.be.at.least(-1);
  expect(top, `top of the ${id} card`).to.be.below(innerHeight);
}

function expectOutOfView(el: LilleNetworks, id: string): void {
  const card = cards(el)[ids(el).indexOf(id)];
  expect(card.getBoundingClientRect().top, `top of the ${id} card`).to.be.at.least(innerHeight);
}

const focusedId = (el: LilleNetworks) => (el.shadowRoot!.activeElement as HTMLElement | null)?.dataset.id;

/** The fragment was followed: the card of `id` is open, in view, and its button has the focus. */
function expectFollowed(el: LilleNetworks, id: string): void {
  expect(el.expanded).to.include(id);
  expectInView(el, id);
  expect(document.activeElement).to.equal(el);
  expect(focusedId(el)).to.equal(id);
}

/** The fragment was not followed: no card open, nothing scrolled, the focus not moved to the element. */
function expectIgnored(el: LilleNetworks): void {
  expect(el.expanded).to.deep.equal([]);
  expect(buttons(el).every((b) => b.getAttribute('aria-expanded') === 'false')).to.equal(true);
  expect(scrollY, 'scrolled').to.equal(0);
  expect(document.activeElement, 'focus').to.not.equal(el);
}

describe('deep links when the page loads', () => {
  it('a fragment naming a network opens its card, scrolls it into view and focuses its button', async () => {
    loadedWith('iclei');
    const seen = recordToggles();
    const el = await belowTheFold();
    await el.updateComplete;

    expect(el.expanded).to.deep.equal(['iclei']);
    expect(button(el, 'iclei').getAttribute('aria-expanded')).to.equal('true');
    expect(seen).to.deep.equal([{ id: 'iclei', expanded: true }]);
    expectFollowed(el, 'iclei');
  });

  it('a percent-encoded fragment is decoded before it is matched', async () => {
    loadedWith('energy%2Dcities');
    const el = await belowTheFold();
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['energy-cities']);
    expect(focusedId(el)).to.equal('energy-cities');
  });

  it('an unknown fragment opens nothing, scrolls nothing and moves no focus', async () => {
    loadedWith('nowhere');
    const seen = recordToggles();
    const el = await belowTheFold();
    await el.updateComplete;
    expectIgnored(el);
    expect(seen).to.deep.equal([]);
  });

  it('a fragment naming a network that `networks` leaves out opens nothing', async () => {
    loadedWith('iclei');
    const el = await belowTheFold('networks="polis,oasc"');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['polis', 'oasc']);
    expectIgnored(el);
  });
});

describe('deep links when the fragment changes', () => {
  it('setting location.hash to a network id opens its card, scrolls it into view and focuses its button', async () => {
    const el = await belowTheFold();
    expectOutOfView(el, 'oasc');
    const seen = recordToggles();

    await navigateTo('oasc');
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['oasc']);
    expect(seen).to.deep.equal([{ id: 'oasc', expanded: true }]);
    expectFollowed(el, 'oasc');

    // a second link opens a second card; the first stays open
    window.scrollTo(0, 0);
    await navigateTo('polis');
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['polis', 'oasc']);
    expectFollowed(el, 'polis');
  });

  it('a click on a link to #iclei on the page opens and focuses the ICLEI card', async () => {
    const el = await belowTheFold();
    const changed = oneEvent(window, 'hashchange');
    restoreAddress();
    await clickCentre(el.parentElement!.querySelector('a[href="#iclei"]')!);
    await changed;
    await el.updateComplete;
    expect(location.hash).to.equal('#iclei');
    expect(el.expanded).to.deep.equal(['iclei']);
    expectFollowed(el, 'iclei');
  });

  it('in single mode, a link to another card closes the open one', async () => {
    const el = await belowTheFold('single');
    el.expand('eurocities');
    await el.updateComplete;
    const seen = recordToggles();
    await navigateTo('energy-cities');
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['energy-cities']);
    expect(seen).to.have.deep.members([
      { id: 'eurocities', expanded: false },
      { id: 'energy-cities', expanded: true },
    ]);
    expect(focusedId(el)).to.equal('energy-cities');
  });

  it('an unknown fragment opens nothing, scrolls nothing and moves no focus', async () => {
    const el = await belowTheFold();
    const seen = recordToggles();
    await navigateTo('nowhere');
    await el.updateComplete;
    expectIgnored(el);
    expect(seen).to.deep.equal([]);
  });

  it('a fragment that is not valid percent-encoding is ignored without an error', async () => {
    const el = await belowTheFold();
    await navigateTo('%E0%A4%A');
    await el.updateComplete;
    expectIgnored(el);
  });

  it('an element removed from the page no longer reacts to the fragment', async () => {
    const el = await belowTheFold();
    el.remove();
    const seen = recordToggles();
    await navigateTo('polis');
    await el.updateComplete;
    expect(el.expanded).to.deep.equal([]);
    expect(seen).to.deep.equal([]);
  });
});

describe('deep links with several instances on the page', () => {
  /** `count` elements one below the other, each `attributes`, after a tall spacer. */
  async function several(count: number, attributes: (i: number) => string = () => ''): Promise<LilleNetworks[]> {
    const page = await fixture<HTMLElement>(`<div>
      <div style="block-size: 200vh"></div>
      ${Array.from({ length: count }, (_, i) => `<lille-networks lang="en" ${attributes(i)}></lille-networks>`).join('')}
    </div>`);
    const all = [...page.querySelectorAll('lille-networks')];
    for (const el of all) await el.updateComplete;
    return all;
  }

  /** Counts scrollIntoView calls and focus moves from now on (restored after the test). */
  function countScrollsAndFocus() {
    const counts = { scrolls: 0, focus: 0 };
    // eslint-disable-next-line @typescript-eslint/unbound-method -- kept to be put back as it was
    const { scrollIntoView } = Element.prototype;
    Element.prototype.scrollIntoView = function (this: Element, ...args: Parameters<Element['scrollIntoView']>) {
      counts.scrolls++;
      return scrollIntoView.apply(this, args);
    };
    const onFocus = () => counts.focus++;
    document.addEventListener('focusin', onFocus);
    onCleanup(() => {
      Element.prototype.scrollIntoView = scrollIntoView;
      document.removeEventListener('focusin', onFocus);
    });
    return counts;
  }

  it('on load, only the first instance in page order opens the card, scrolls to it and takes focus', async () => {
    loadedWith('oasc');
    const counts = countScrollsAndFocus();
    const seen = recordToggles();
    const [first, ...others] = await several(5);
    await first.updateComplete;
    expect(first.expanded).to.deep.equal(['oasc']);
    for (const other of others) expect(other.expanded).to.deep.equal([]);
    expect(seen).to.deep.equal([{ id: 'oasc', expanded: true }]);
    expect(counts).to.deep.equal({ scrolls: 1, focus: 1 });
    expect(document.activeElement).to.equal(first);
    expectInView(first, 'oasc');
  });

  it('on hashchange too, and an instance that does not show the card leaves it to the next one', async () => {
    const all = await several(4, (i) => (i === 0 ? 'networks="polis"' : ''));
    const counts = countScrollsAndFocus();
    await navigateTo('iclei');
    await all[1].updateComplete;
    expect(all.map((el) => el.expanded)).to.deep.equal([[], ['iclei'], [], []]);
    expect(counts).to.deep.equal({ scrolls: 1, focus: 1 });
    expect(focusedId(all[1])).to.equal('iclei');
  });

  it('an instance added later does not follow a fragment already followed', async () => {
    loadedWith('polis');
    const [first] = await several(1);
    expect(first.expanded).to.deep.equal(['polis']);
    const outside = document.createElement('button');
    first.before(outside);
    outside.focus();
    const late = document.createElement('lille-networks');
    first.after(late);
    await late.updateComplete;
    await late.updateComplete;
    expect(late.expanded).to.deep.equal([]);
    expect(document.activeElement).to.equal(outside);
  });
});

describe('deep links and cards open by default', () => {
  it('a fragment opens its card in addition to those `expanded` opens, and reports source "link"', async () => {
    loadedWith('iclei');
    const seen = recordToggles(['id', 'expanded', 'source']);
    const el = await belowTheFold('expanded="polis"');
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['polis', 'iclei']);
    expect(seen).to.deep.equal([
      { id: 'polis', expanded: true, source: 'attribute' },
      { id: 'iclei', expanded: true, source: 'link' },
    ]);
    expect(focusedId(el)).to.equal('iclei');
  });
});

describe('deep links and the page\'s own anchors', () => {
  /** An article with its own heading `#iclei` and a table of contents linking to it, and the element. */
  async function articleAndElement(): Promise<[HTMLElement, LilleNetworks]> {
    const page = await fixture<HTMLElement>(`<div>
      <nav><a href="#iclei">ICLEI, in this article</a> <a href="#main">Skip</a></nav>
      <h2 id="iclei">ICLEI and us</h2>
      <div style="block-size: 200vh"></div>
      <lille-networks lang="en"></lille-networks>
    </div>`);
    const el = page.querySelector('lille-networks')!;
    await el.updateComplete;
    return [page, el];
  }

  it('following the page\'s own link to #iclei shows the page\'s heading: the element opens, scrolls and focuses nothing', async () => {
    const [page, el] = await articleAndElement();
    const toggles = recordToggles();
    await navigateTo('#iclei');
    await el.updateComplete;
    expect(el.expanded).to.deep.equal([]);
    expect(toggles).to.deep.equal([]);
    expect(focusedId(el)).to.equal(undefined);
    expect(page.querySelector('h2')!.getBoundingClientRect().top, 'the article\'s heading is in view').to.be.below(innerHeight);
  });

  it('on load too, the page\'s own anchor wins', async () => {
    loadedWith('iclei');
    const [, el] = await articleAndElement();
    await el.updateComplete;
    expect(el.expanded).to.deep.equal([]);
    expect(focusedId(el)).to.equal(undefined);
  });

  it('a network whose id is also an element of the page (a skip link\'s #main) leaves that link to the page', async () => {
    const page = await fixture<HTMLElement>(`<div><main id="main"><lille-networks lang="en"></lille-networks></main></div>`);
    const el = page.querySelector('lille-networks')!;
    el.data = { version: 1, networks: [{ id: 'main', shortName: 'Main', fullName: { fr: 'M', en: 'M' }, summary: { fr: 'S', en: 'S' }, description: { fr: 'D', en: 'D' }, involvement: { fr: 'I', en: 'I' }, website: 'https://example.org' }] } as never;
    await el.updateComplete;
    await navigateTo('#main');
    await el.updateComplete;
    expect(el.expanded).to.deep.equal([]);
  });
});

/**
 * Hostile input from a page's script or a document: markup and script in texts, keys that would
 * pollute prototypes (`__proto__`, `constructor`), objects that JSON cannot make (a getter or a
 * Proxy trap that throws, an array with its own `map` or with another prototype, frozen and
 * cross-realm objects), and property values that no conversion can read. Whatever they do, the
 * page keeps working, the visitor keeps the cards, one warning and one `lille-networks-error`
 * say what went wrong, and nothing but validated text reaches the cards. (A page that polluted
 * Object.prototype before the element loaded: polluted-page.test.ts; generated input:
 * fuzz-*.test.ts.)
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, ids, nameFromContent, pageOrder, panel, text } from './helpers/cards.js';
import { documentOf, element, fixtures, load, logEachTest, network, recordEvents, unreadableValues } from './helpers/data.js';
import { navigateTo } from './helpers/navigation.js';
import { onCleanup, place } from './helpers/page.js';

const logged = logEachTest();

/** A global flag that markup from the data would set if it ever ran; unset after the test. */
const ran = () => {
  onCleanup(() => delete (window as { __lilleRan?: boolean }).__lilleRan, 'ran');
  return (window as { __lilleRan?: boolean }).__lilleRan;
};

/** Sets `data`, waits for the error it must cause, and checks that nothing else broke. */
async function refused(el: LilleNetworks, data: unknown, shown: string[]) {
  const events = recordEvents(el);
  el.data = data as never;
  const error = await events.next('lille-networks-error');
  await el.updateComplete;
  expect(error.reason).to.equal('invalid');
  expect(ids(el), 'the cards shown before stay').to.deep.equal(shown);
  expect(logged.warnings).to.have.length(1);
  expect(logged.pageErrors, 'no exception escapes').to.deep.equal([]);
  return error;
}

/** The element still takes valid data and still opens cards, as a person would click them. */
async function stillWorks(el: LilleNetworks) {
  await load(el, { data: documentOf('after-all') });
  expect(ids(el)).to.deep.equal(['after-all']);
  button(el, 'after-all').click();
  await el.updateComplete;
  expect(el.expanded).to.deep.equal(['after-all']);
  el.expand('after-all');
  el.collapse('after-all');
  await el.updateComplete;
  expect(el.expanded).to.deep.equal([]);
}

describe('markup and script in the data', () => {
  it('shows text from the data as text, never as HTML', async () => {
    const el = await element();
    const hostile = 'Avant <img src=x onerror="window.__lilleRan = true"> et <b>gras</b> après';
    const loc = (value: string) => ({ fr: value, en: value });
    el.data = {
      version: 1,
      networks: [
        {
          id: 'hostile',
          shortName: '<b>Réseau</b>',
          fullName: loc('<i>Nom complet</i>'),
          summary: loc('<script>window.__lilleRan = true</script>Résumé'),
          description: loc(hostile),
          involvement: loc('<u>rôle</u>'),
          themes: [loc('<em>thème</em>')],
          website: 'https://example.org/',
        },
      ],
    };
    await el.updateComplete;
    el.expand('hostile');
    await el.updateComplete;
    expect(el.shadowRoot!.querySelectorAll('img, b, i, u, em, script').length, 'elements made from the data').to.equal(0);
    const region = panel(el, 'hostile');
    expect(text(region)).to.contain(hostile).and.contain('<em>thème</em>').and.contain('<u>rôle</u>');
    expect(nameFromContent(button(el, 'hostile'))).to.equal('<b>Réseau</b>, <script>window.__lilleRan = true</script>Résumé');
    expect(ran()).to.equal(undefined);
  });
});

describe('__proto__ and constructor keys in a document do not pollute Object.prototype', () => {
  const expectClean = () => {
    // Should the pollution ever happen, it is kept out of the tests that follow.
    onCleanup(() => ['polluted', 'isAdmin'].forEach((key) => delete (Object.prototype as Record<string, unknown>)[key]));
    expect(Object.hasOwn(Object.prototype, 'polluted')).to.equal(false);
    expect(Object.hasOwn(Object.prototype, 'isAdmin')).to.equal(false);
    expect(({} as Record<string, unknown>).polluted).to.equal(undefined);
  };

  it('loads a document at src with such keys and leaves Object.prototype untouched', async () => {
    const el = await element();
    const { events } = await load(el, { src: fixtures.protoKeys.url });

    expectClean();
    expect(ids(el)).to.deep.equal(fixtures.protoKeys.ids);
    expect(el.shadowRoot!.textContent).not.to.include('Inherited text').and.not.include('entry-level');
    expect(events.errors()[0].message).to.include('networks[1] "inherited-text" dropped: networks[1].fullName.fr: is missing');
  });

  it('accepts a parsed document with such keys as data and leaves Object.prototype untouched', async () => {
    const text = await (await fetch(fixtures.protoKeys.url)).text();
    const el = await element();
    await load(el, { data: JSON.parse(text) });

    expectClean();
    expect(ids(el)).to.deep.equal(fixtures.protoKeys.ids);
  });

  it('does not take an entry’s required text from its prototype', async () => {
    const el = await element();
    const inherited = Object.create(network('from-prototype')) as object;
    const { events } = await load(el, { data: { version: 1, networks: [network('own-fields'), inherited] } });

    expect(ids(el)).to.deep.equal(['own-fields']);
    expect(events.errors()[0].message).to.match(/networks\[1\]( "[^"]*")? dropped: networks\[1\]\.id: is missing/);
  });
});

describe('objects that throw when read', () => {
  it('a document whose networks getter throws is refused, and the element keeps working', async () => {
    const el = await element();
    const data = {
      version: 1,
      get networks(): never {
        throw new Error('getter went wrong');
      },
    };
    const error = await refused(el, data, pageOrder);
    expect(error.message).to.include('getter went wrong').and.include('the previous data stays');
    await stillWorks(el);
  });

  it('a Proxy whose traps throw is refused, whichever trap is hit first', async () => {
    const el = await element();
    const trap = () => {
      throw new TypeError('trap went wrong');
    };
    const data = new Proxy({}, { get: trap, has: trap, ownKeys: trap, getOwnPropertyDescriptor: trap, getPrototypeOf: trap });
    await refused(el, data, pageOrder);
    await stillWorks(el);
  });

  it('an entry that throws is dropped and named; the other entries show', async () => {
    const el = await element();
    const events = recordEvents(el);
    const bad = new Proxy(network('bad'), {
      get(target, key) {
        if (key === 'summary') throw new Error('summary went wrong');
        return Reflect.get(target, key) as unknown;
      },
    });
    el.data = { version: 1, networks: [network('good'), bad] } as never;
    await events.next('lille-networks-load');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['good']);
    expect(events.errors()[0].message).to.include('networks[1] "bad" dropped').and.include('summary went wrong');
    expect(logged.pageErrors).to.deep.equal([]);
  });

  it('a thrown value that cannot even be turned into text still gives a clear refusal', async () => {
    const el = await element();
    const data = {
      version: 1,
      get networks(): never {
        // eslint-disable-next-line @typescript-eslint/only-throw-error -- what a hostile page may throw
        throw {
          toString() {
            throw new Error('no text either');
          },
        };
      },
    };
    const error = await refused(el, data, pageOrder);
    expect(error.message).to.include('cannot be read');
    await stillWorks(el);
  });

  it('strings whose getter throws are ignored with one error; the cards keep their labels', async () => {
    const el = await element();
    const events = recordEvents(el);
    el.strings = {
      get en(): never {
        throw new Error('strings went wrong');
      },
    };
    const error = await events.next('lille-networks-error');
    await el.updateComplete;
    expect(error.reason).to.equal('invalid');
    expect(error.message).to.include('strings went wrong');
    expect(text(el.shadowRoot!.querySelector('[part=toggle-all]'))).to.equal('Show all networks');
    expect(logged.pageErrors).to.deep.equal([]);
  });
});

describe('arrays and objects that are not what they seem', () => {
  it('never calls an array\'s own map, and never renders what it returns', async () => {
    const el = await element();
    const events = recordEvents(el);
    let called = false;
    const groups = [{ fr: 'Groupe', en: 'Group' }];
    Object.defineProperty(groups, 'map', {
      value: () => {
        called = true;
        // Shaped like a lit-html template result, which lit-html would render as markup.
        return [
          {
            _$litType$: 1,
            strings: Object.assign(['<img src=x onerror="window.__lilleRan = true">'], { raw: [''] }),
            values: [],
          },
        ];
      },
    });
    el.data = { version: 1, networks: [network('mapped', { groups })] } as never;
    await events.next('lille-networks-load');
    el.expand('mapped');
    await el.updateComplete;
    expect(called, 'its own map was called').to.equal(false);
    expect(el.shadowRoot!.querySelectorAll('img')).to.have.length(0);
    expect(text(panel(el, 'mapped'))).to.include('Group');
    expect(ran()).to.equal(undefined);
  });

  it('reads a list whose prototype was replaced by its items alone', async () => {
    const el = await element();
    const list = [network('no-prototype')];
    Object.setPrototypeOf(list, null);
    await load(el, { data: { version: 1, networks: list } });
    expect(ids(el)).to.deep.equal(['no-prototype']);
    expect(logged.pageErrors).to.deep.equal([]);
  });

  it('refuses a list that lies about its length, as too long', async () => {
    const el = await element();
    const list = new Proxy([network('liar')], {
      get: (target, key) => (key === 'length' ? 1e9 : (Reflect.get(target, key) as unknown)),
    });
    const error = await refused(el, { version: 1, networks: list }, pageOrder);
    expect(error.message).to.include('at most 1000 items');
  });

  it('accepts frozen documents', async () => {
    const el = await element();
    const deepFreeze = <T>(value: T): T => {
      if (value && typeof value === 'object') for (const child of Object.values(value)) deepFreeze(child);
      return Object.freeze(value);
    };
    await load(el, { data: deepFreeze(documentOf('frozen')) });
    expect(ids(el)).to.deep.equal(['frozen']);
  });

  it('accepts a document made in another frame (other Object and Array constructors)', async () => {
    const other = place(document.createElement('iframe')).contentWindow as Window & typeof globalThis;
    const foreign = other.JSON.parse(JSON.stringify(documentOf('from-frame'))) as { networks: unknown };
    expect(Array.isArray(foreign.networks)).to.equal(true);
    expect(foreign.networks instanceof Array).to.equal(false);
    const el = await element();
    await load(el, { data: foreign });
    expect(ids(el)).to.deep.equal(['from-frame']);
  });
});

describe('warnings name the value as it was last given', () => {
  it('heading-level given as an attribute, then as a property, is named as the property', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks heading-level="3"></lille-networks>`);
    el.headingLevel = 9;
    await el.updateComplete;
    expect(logged.warnings).to.have.length(1);
    expect(logged.warnings[0]).to.include('heading-level="9"').and.not.include('"3"');
  });

  it('heading-level written as text is named as written', async () => {
    await fixture<LilleNetworks>(html`<lille-networks heading-level="three"></lille-networks>`);
    expect(logged.warnings).to.have.length(1);
    expect(logged.warnings[0]).to.include('heading-level="three"');
  });
});

describe('what frameworks hand over', () => {
  it('reads an optional field set to undefined (a spread of props) as absent, and keeps the network', async () => {
    const el = await element();
    const { events } = await load(el, { data: { version: 1, strings: undefined, networks: [{ ...network('spread'), involvementLink: undefined, seat: undefined }] } });
    expect(ids(el)).to.deep.equal(['spread']);
    expect(events.errors()).to.deep.equal([]);
    expect(logged.warnings).to.deep.equal([]);
  });
});

describe('property values that cannot be read', () => {
  for (const [property, attribute] of [
    ['networks', 'networks'],
    ['expanded', 'expanded'],
    ['headingLevel', 'heading-level'],
    ['src', 'src'],
    ['lang', 'lang'],
    ['timeout', 'timeout'],
  ] as const) {
    it(`${property}: each gets one warning and the default; the cards and deep links keep working`, async () => {
      const elements: LilleNetworks[] = [];
      for (const [what, make] of unreadableValues) {
        const el = await element();
        elements.push(el);
        logged.warnings.length = 0;
        (el as unknown as Record<string, unknown>)[property] = make();
        await el.updateComplete;
        expect(logged.pageErrors, `${what}: no exception escapes`).to.deep.equal([]);
        expect(logged.warnings, `${what}: one warning`).to.have.length(1);
        expect(logged.warnings[0], what).to.include(attribute).and.include('cannot be read');
        expect(ids(el), `${what}: the bundled cards`).to.deep.equal(pageOrder);
      }
      const [first, other] = elements;
      // Deep links still reach the page's instances: the first in page order opens the card.
      await navigateTo('iclei');
      await first.updateComplete;
      expect(first.expanded).to.deep.equal(['iclei']);
      expect(other.expanded, 'the other instance leaves it to the first').to.deep.equal([]);
      expect(logged.pageErrors).to.deep.equal([]);
      await stillWorks(first);
    });
  }
});

describe('warnings', () => {
  it('are said once each, and after a hundred, one line says the others are not shown', async () => {
    const el = await element();
    for (let i = 0; i < 300; i++) {
      el.networks = `polis unknown-${i % 150}`;
      await el.updateComplete;
    }
    expect(logged.warnings.slice(0, 100).every((warning) => /unknown id unknown-\d+ ignored/.test(warning))).to.equal(true);
    expect(logged.warnings).to.have.length(101);
    expect(logged.warnings[100]).to.include('further warnings are not shown');
    expect(ids(el)).to.deep.equal(['polis']);
  });
});

describe('text from the data beside the widget’s own words', () => {
  /** Whether `word`, in the first text node of `root` that holds it, is drawn left to right. */
  const readsLeftToRight = (root: ShadowRoot, word: string): boolean => {
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    while (walker.nextNode()) {
      const node = walker.currentNode as Text;
      const start = node.data.indexOf(word);
      if (start < 0) continue;
      const [first, last] = [start, start + word.length - 1].map((at) => {
        const range = document.createRange();
        range.setStart(node, at);
        range.setEnd(node, at + 1);
        return range.getBoundingClientRect().left;
      });
      return first < last;
    }
    throw new Error(`no "${word}" in the cards`);
  };

  it('a right-to-left override in a member count or a project name leaves the widget’s words in reading order', async () => {
    const el = await element();
    const override = '\u202e';
    const words = { fr: 'x', en: 'x' };
    el.data = {
      version: 1,
      networks: [
        network('bidi', {
          members: { count: { fr: `${override}12 villes`, en: `${override}12 cities` }, year: 2024 },
          projects: [{ id: 'p', name: `${override}Abc`, fullName: words, description: words, period: words }],
        }),
      ],
    } as never;
    await el.updateComplete;
    el.expand('bidi');
    await el.updateComplete;
    expect(readsLeftToRight(el.shadowRoot!, 'figures'), '"(2024 figures)" after the count').to.equal(true);
    expect(readsLeftToRight(el.shadowRoot!, 'project'), '"project" after the name').to.equal(true);
    expect(logged.warnings).to.deep.equal([]);
  });
});

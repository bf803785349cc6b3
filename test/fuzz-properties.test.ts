/**
 * Property-based tests (fast-check) of every property at once: each case sets some of the
 * element's properties (`lang`, `networks`, `headingLevel`, `single`, `noToggleAll`, `expanded`,
 * `src`, `timeout`, `data`, `strings`) to generated values, from plain ones to values that no
 * conversion can read (objects without prototype, a throwing `toString`, Symbols, revoked
 * Proxies, lists holding them), then renders. Whatever the values:
 *   - no exception escapes, and the element still renders: cards of the data in use, each with a
 *     real heading (h2 to h6) and a button, or none when the ids shown name nothing;
 *   - a fragment naming a card shown still opens it (deep links work for the page);
 *   - back to plain values, the element shows the bundled cards and a click still opens one.
 * Three hundred cases per engine. `src` requests go to a stub (test/helpers/data.ts): nothing leaves the page.
 */
import { expect, fixture, html } from '@open-wc/testing';
import fc from 'fast-check';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { buttons, ids, pageOrder } from './helpers/cards.js';
import { documentOf, recordPageErrors, recordWarnings, stubRequests, unreadableValues } from './helpers/data.js';
import { throwIfFailed } from './helpers/fuzz-documents.js';
import { navigateTo } from './helpers/navigation.js';

const properties = ['lang', 'networks', 'headingLevel', 'single', 'noToggleAll', 'expanded', 'src', 'timeout', 'data', 'strings'] as const;

/** An unreadable value (helpers/data.ts), made when a case runs; or a BigInt, which no property takes as it is. */
class Unreadable {
  constructor(readonly make: () => unknown) {}
}
const unreadable = fc.constantFrom(...unreadableValues.map(([, make]) => new Unreadable(make)), new Unreadable(() => 10n));

/** A value for any property: plain ones, ids and lists of ids, and unreadable ones. */
const value = fc.oneof(
  fc.anything({ maxDepth: 2 }),
  fc.constantFrom(...pageOrder, 'polis iclei', 'fr', 'en', 'nl-BE', 3, 7, -1, NaN, '', null, undefined, true, false),
  fc.array(fc.constantFrom(...pageOrder, 'unknown'), { maxLength: 4 }),
  fc.constant(documentOf('generated')),
  unreadable,
);

/** Some properties, each with a value. */
const settings = fc.dictionary(fc.constantFrom(...properties), value, { maxKeys: 5 });

let el: LilleNetworks;
let pageErrors: unknown[];

beforeEach(async () => {
  recordWarnings();
  pageErrors = recordPageErrors();
  stubRequests();
  el = await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`);
});

/** Plain values for every property: the element as a page writes it. */
async function reset(): Promise<void> {
  Object.assign(el, { lang: 'en', networks: '', headingLevel: 2, single: false, noToggleAll: false, expanded: [], src: '', timeout: 8000, data: null, strings: null });
  // `expanded` set to the list it had changes nothing: a card a link opened stays open.
  el.collapseAll();
  await el.updateComplete;
}

describe('Generated values for every property', function () {
  // Each case renders, follows a fragment and clicks: a few seconds in all, more on a loaded machine.
  this.timeout(30_000);

  it('never stop the element, nor deep links, and plain values afterwards bring everything back', async () => {
    let runs = 0;
    const result = await fc.check(
      fc.asyncProperty(settings, async (given) => {
        runs++;
        for (const [property, set] of Object.entries(given)) {
          (el as unknown as Record<string, unknown>)[property] = set instanceof Unreadable ? set.make() : set;
        }
        await el.updateComplete;
        expect(pageErrors, 'no exception escapes').to.deep.equal([]);
        for (const button of buttons(el)) {
          expect(button.closest('h2, h3, h4, h5, h6'), 'each card under a real heading').to.not.equal(null);
        }
        const shown = ids(el);
        if (shown.length) {
          const target = shown[shown.length - 1];
          await navigateTo(target);
          await el.updateComplete;
          expect(el.expanded, 'a fragment naming a card shown opens it').to.include(target);
          // Away from it again, as a link would: not with history.replaceState, which WebKit
          // refuses (a SecurityError) past a hundred calls in a short time, leaving the fragment
          // set, so that the next link to it fired no hashchange and the case waited forever.
          await navigateTo('');
        }
        await reset();
        expect(ids(el)).to.deep.equal(pageOrder);
        buttons(el)[1].click();
        await el.updateComplete;
        expect(el.expanded).to.deep.equal([pageOrder[1]]);
        el.collapseAll();
        await el.updateComplete;
      }),
      { numRuns: 300, includeErrorInReport: true },
    );
    throwIfFailed(result);
    console.log(`fuzz-properties.test.ts: ${runs} cases, seed ${result.seed}`);
  });
});

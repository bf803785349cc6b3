/**
 * Which language a person reads: French or English, from the element's own `lang`, else the
 * nearest ancestor's (across shadow roots), else the page's, else French; and the switch when
 * the language changes after the cards are on screen.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, isShown, panel, text, toggleAll } from './helpers/cards.js';

/** What the person reads in each language, on a card that is open (Eurocities). */
const french = {
  showAll: 'Afficher tous les réseaux',
  hideAll: 'Masquer tous les réseaux',
  summary: 'Le réseau qui porte la voix des villes auprès de l’Union européenne.',
  labels: ['Création', 'Siège', 'Membres', 'Thématiques'],
  involvement: 'La Métropole dans ce réseau',
  // eurocities.eu has no French page: the link says the page is in English.
  link: 'Site officiel : eurocities.eu (en anglais)',
  year: '(données 2023)',
};
const english = {
  showAll: 'Show all networks',
  hideAll: 'Hide all networks',
  summary: 'The network that speaks for cities to the European Union.',
  labels: ['Founded', 'Headquarters', 'Members', 'Themes'],
  involvement: 'Lille Metropole in this network',
  link: 'Official website: eurocities.eu',
  year: '(2023 figures)',
};

/** Text as read, with no-break spaces read as spaces. */
const read = (node: Node | null | undefined) => text(node).replace(/[\u00a0\u202f]/g, ' ');

/** Checks that everything the element shows is in `expected`'s language. */
async function expectLanguage(el: LilleNetworks, expected: typeof french): Promise<void> {
  await el.updateComplete;
  expect(read(toggleAll(el)), 'toggle-all').to.equal(el.expanded.length === 6 ? expected.hideAll : expected.showAll);
  const b = button(el, 'eurocities');
  expect(read(b.querySelector('[part~="summary"]')), 'summary').to.equal(expected.summary);
  const region = panel(el, 'eurocities');
  expect([...region.querySelectorAll(':scope > dl dt')].map(read), 'fact labels').to.deep.equal(expected.labels);
  expect(read(region), 'involvement label').to.contain(expected.involvement);
  expect(read(region), 'year of the figure').to.contain(expected.year);
  expect(read(region.querySelector(':scope > p > a')), 'link to the website').to.equal(expected.link);
  // the wrapper says which language is spoken, for screen readers' voices
  expect(el.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal(expected === french ? 'fr' : 'en');
}

/** Opens the Eurocities card once the element has rendered. */
async function open(el: LilleNetworks): Promise<LilleNetworks> {
  await el.updateComplete;
  el.expand('eurocities');
  await el.updateComplete;
  return el;
}

/**
 * A change of `<html lang>` reaches the element through a MutationObserver, whose callback is
 * queued as a microtask when the attribute changes: after one microtask it has run and asked
 * for an update, which `updateComplete` then waits for. No timers.
 */
async function afterPageLanguageChange(el: LilleNetworks): Promise<void> {
  await Promise.resolve();
  await el.updateComplete;
}

describe('language', () => {
  const root = document.documentElement;
  let pageLang: string | null;

  beforeEach(() => {
    pageLang = root.getAttribute('lang');
  });

  afterEach(() => {
    if (pageLang === null) root.removeAttribute('lang');
    else root.setAttribute('lang', pageLang);
  });

  it('speaks French with lang="fr": toggle-all, summaries, fact labels, link text', async () => {
    root.setAttribute('lang', 'en');
    const el = await open(await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`));
    await expectLanguage(el, french);
  });

  it('speaks English with lang="en": toggle-all, summaries, fact labels, link text', async () => {
    root.setAttribute('lang', 'fr');
    const el = await open(await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`));
    await expectLanguage(el, english);
  });

  it('names the toggle-all button "hide all" in the element\'s language once every card is open', async () => {
    const fr = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
    const en = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    toggleAll(fr)!.click();
    toggleAll(en)!.click();
    await fr.updateComplete;
    await en.updateComplete;
    expect(read(toggleAll(fr))).to.equal(french.hideAll);
    expect(read(toggleAll(en))).to.equal(english.hideAll);
  });

  describe('without its own lang', () => {
    it('follows the nearest ancestor\'s lang over the page\'s', async () => {
      root.setAttribute('lang', 'fr');
      const wrapper = await fixture(html`<section lang="en"><div><lille-networks></lille-networks></div></section>`);
      await expectLanguage(await open(wrapper.querySelector('lille-networks')!), english);
    });

    it('follows a French ancestor inside an English page', async () => {
      root.setAttribute('lang', 'en');
      const wrapper = await fixture(html`<div lang="fr-FR"><lille-networks></lille-networks></div>`);
      await expectLanguage(await open(wrapper.querySelector('lille-networks')!), french);
    });

    it('follows the lang of the host of the shadow root it sits in', async () => {
      root.setAttribute('lang', 'fr');
      const host = await fixture(html`<div lang="en"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<article><lille-networks></lille-networks></article>';
      await expectLanguage(await open(shadow.querySelector('lille-networks')!), english);
    });

    it('follows an ancestor of that shadow host when the host declares no lang', async () => {
      root.setAttribute('lang', 'fr');
      const outer = await fixture(html`<div lang="en"><div class="host"></div></div>`);
      const shadow = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<lille-networks></lille-networks>';
      await expectLanguage(await open(shadow.querySelector('lille-networks')!), english);
    });

    it('follows the page\'s <html lang> when no ancestor declares one', async () => {
      root.setAttribute('lang', 'en');
      const el = await open(await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`));
      await expectLanguage(el, english);
    });

    it('looks past an empty lang="" (language unknown) to the ancestors', async () => {
      root.setAttribute('lang', 'en');
      const wrapper = await fixture(html`<div lang="fr"><lille-networks lang=""></lille-networks></div>`);
      await expectLanguage(await open(wrapper.querySelector('lille-networks')!), french);
    });

    it('speaks French when nothing on the page declares a language', async () => {
      root.removeAttribute('lang');
      const el = await open(await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`));
      await expectLanguage(el, french);
    });
  });

  describe('language tags', () => {
    for (const tag of ['fr-BE', 'FR', 'fr-CA', 'Fr-ch']) {
      it(`speaks French for lang="${tag}"`, async () => {
        root.setAttribute('lang', 'en');
        const el = await fixture<LilleNetworks>(html`<lille-networks lang=${tag}></lille-networks>`);
        await expectLanguage(await open(el), french);
      });
    }

    for (const tag of ['de', 'es-ES', 'nl-BE', 'en-GB']) {
      it(`speaks English for lang="${tag}"`, async () => {
        root.setAttribute('lang', 'fr');
        const el = await fixture<LilleNetworks>(html`<lille-networks lang=${tag}></lille-networks>`);
        await expectLanguage(await open(el), english);
      });
    }

    it('speaks English for a page in another language, such as German', async () => {
      root.setAttribute('lang', 'de');
      const el = await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`);
      await expectLanguage(await open(el), english);
    });
  });

  describe('changes after the cards are on screen', () => {
    it('switches its strings when its lang attribute changes, and keeps open cards open', async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
      el.expand('eurocities');
      el.expand('oasc');
      await el.updateComplete;
      await expectLanguage(el, french);

      el.setAttribute('lang', 'en');
      await expectLanguage(el, english);
      expect(el.expanded).to.deep.equal(['eurocities', 'oasc']);
      for (const id of ['eurocities', 'oasc']) {
        expect(button(el, id).getAttribute('aria-expanded')).to.equal('true');
        expect(isShown(panel(el, id))).to.equal(true);
      }
      expect(button(el, 'polis').getAttribute('aria-expanded')).to.equal('false');

      el.lang = 'fr';
      await expectLanguage(el, french);
      expect(el.expanded).to.deep.equal(['eurocities', 'oasc']);
    });

    it('switches its strings when the page\'s <html lang> changes and it inherits it', async () => {
      root.setAttribute('lang', 'fr');
      const el = await open(await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`));
      await expectLanguage(el, french);

      root.setAttribute('lang', 'en');
      await afterPageLanguageChange(el);
      await expectLanguage(el, english);
      expect(el.expanded).to.deep.equal(['eurocities']);

      root.setAttribute('lang', 'fr');
      await afterPageLanguageChange(el);
      await expectLanguage(el, french);
    });

    it('keeps its own lang when the page\'s <html lang> changes', async () => {
      root.setAttribute('lang', 'fr');
      const el = await open(await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`));
      root.setAttribute('lang', 'en');
      await afterPageLanguageChange(el);
      await expectLanguage(el, french);
    });
  });
});

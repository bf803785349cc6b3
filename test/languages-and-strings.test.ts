/**
 * Which language a person reads, and in which words: French or English from the element's own
 * `lang`, else the nearest ancestor's (across shadow roots), else the page's, else French; any
 * other language the data brings (the exact tag, then its base language), with English for what
 * it lacks; the switch when the language changes after the cards are on screen; and the
 * interface strings that a document's `strings` and the `strings` property replace.
 */
import { expect, fixture, html } from '@open-wc/testing';
// The interface strings of the Dutch example document (demo/networks.nl.example.json).
import { strings as dutchStrings } from '../scripts/lib/dutch.mjs';
import '../src/define.js';
import { bundledStrings } from '../src/i18n.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { expectAccessible } from './helpers/axe.js';
import { button, expectOpen, ids, panel, summary, text, toggleAll } from './helpers/cards.js';
import { element, load, network, recordEvents, recordWarnings } from './helpers/data.js';
import { setPageAttribute } from './helpers/page.js';
import { recordToggles } from './helpers/toggles.js';

type Bundled = 'fr' | 'en';

/** What the person reads in French and in English, on a card that is open (Eurocities). */
const words: Record<string, Record<Bundled, string | string[]>> = {
  showAll: { fr: 'Afficher tous les réseaux', en: 'Show all networks' },
  hideAll: { fr: 'Masquer tous les réseaux', en: 'Hide all networks' },
  summary: { fr: 'Le réseau qui porte la voix des villes auprès de l’Union européenne.', en: 'The network that speaks for cities to the European Union.' },
  labels: { fr: ['Création', 'Siège', 'Membres', 'Thématiques'], en: ['Founded', 'Headquarters', 'Members', 'Themes'] },
  involvement: { fr: 'La Métropole dans ce réseau', en: 'Lille Metropole in this network' },
  // eurocities.eu has no French page: the link says the page is in English.
  link: { fr: 'Site officiel : eurocities.eu (en anglais)', en: 'Official website: eurocities.eu' },
  year: { fr: '(données 2023)', en: '(2023 figures)' },
};
const french = 'fr';
const english = 'en';

/** Text as read, with no-break spaces read as spaces. */
const read = (node: Node | null | undefined) => text(node).replace(/[\u00a0\u202f]/g, ' ');

/** Checks that everything the element shows is in `lang`. */
async function expectLanguage(el: LilleNetworks, lang: Bundled): Promise<void> {
  await el.updateComplete;
  const say = (key: string) => words[key][lang];
  expect(read(toggleAll(el)), 'toggle-all').to.equal(say(el.expanded.length === 6 ? 'hideAll' : 'showAll'));
  expect(read(button(el, 'eurocities').querySelector('[part~="summary"]')), 'summary').to.equal(say('summary'));
  const region = panel(el, 'eurocities');
  expect([...region.querySelectorAll(':scope > dl dt')].map(read), 'fact labels').to.deep.equal(say('labels'));
  expect(read(region), 'involvement label').to.contain(say('involvement'));
  expect(read(region), 'year of the figure').to.contain(say('year'));
  expect(read(region.querySelector(':scope > p > a')), 'link to the website').to.equal(say('link'));
  // the wrapper says which language is spoken, for screen readers' voices
  expect(el.shadowRoot!.firstElementChild!.getAttribute('lang')).to.equal(lang);
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

describe('the language the element speaks', () => {
  it('speaks French with lang="fr": toggle-all, summaries, fact labels, link text', async () => {
    setPageAttribute('lang', 'en');
    await expectLanguage(await open(await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`)), french);
  });

  it('speaks English with lang="en": toggle-all, summaries, fact labels, link text', async () => {
    setPageAttribute('lang', 'fr');
    await expectLanguage(await open(await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`)), english);
  });

  describe('without its own lang', () => {
    it('follows the nearest ancestor\'s lang over the page\'s', async () => {
      setPageAttribute('lang', 'fr');
      const wrapper = await fixture(html`<section lang="en"><div><lille-networks></lille-networks></div></section>`);
      await expectLanguage(await open(wrapper.querySelector('lille-networks')!), english);
    });

    it('follows a French ancestor inside an English page', async () => {
      setPageAttribute('lang', 'en');
      const wrapper = await fixture(html`<div lang="fr-FR"><lille-networks></lille-networks></div>`);
      await expectLanguage(await open(wrapper.querySelector('lille-networks')!), french);
    });

    it('follows the lang of the host of the shadow root it sits in', async () => {
      setPageAttribute('lang', 'fr');
      const host = await fixture(html`<div lang="en"></div>`);
      const shadow = host.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<article><lille-networks></lille-networks></article>';
      await expectLanguage(await open(shadow.querySelector('lille-networks')!), english);
    });

    it('follows an ancestor of that shadow host when the host declares no lang', async () => {
      setPageAttribute('lang', 'fr');
      const outer = await fixture(html`<div lang="en"><div class="host"></div></div>`);
      const shadow = outer.querySelector('.host')!.attachShadow({ mode: 'open' });
      shadow.innerHTML = '<lille-networks></lille-networks>';
      await expectLanguage(await open(shadow.querySelector('lille-networks')!), english);
    });

    it('follows the page\'s <html lang> when no ancestor declares one', async () => {
      setPageAttribute('lang', 'en');
      await expectLanguage(await open(await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`)), english);
    });

    it('looks past an empty lang="" (language unknown) to the ancestors', async () => {
      setPageAttribute('lang', 'en');
      const wrapper = await fixture(html`<div lang="fr"><lille-networks lang=""></lille-networks></div>`);
      await expectLanguage(await open(wrapper.querySelector('lille-networks')!), french);
    });

    it('speaks French when nothing on the page declares a language', async () => {
      setPageAttribute('lang', null);
      await expectLanguage(await open(await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`)), french);
    });
  });

  describe('language tags', () => {
    for (const [tags, page, expected] of [
      [['fr-BE', 'FR', 'fr-CA', 'Fr-ch'], 'en', french],
      [['de', 'es-ES', 'nl-BE', 'en-GB'], 'fr', english],
    ] as const) {
      for (const tag of tags) {
        it(`speaks ${expected === french ? 'French' : 'English'} for lang="${tag}"`, async () => {
          setPageAttribute('lang', page);
          await expectLanguage(await open(await fixture<LilleNetworks>(html`<lille-networks lang=${tag}></lille-networks>`)), expected);
        });
      }
    }

    it('speaks English for a page in another language, such as German', async () => {
      setPageAttribute('lang', 'de');
      await expectLanguage(await open(await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`)), english);
    });
  });

  describe('changes after the cards are on screen', () => {
    it('switches its words when its lang attribute or property changes, in the same update, and keeps open cards open', async () => {
      const el = await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`);
      el.expand('eurocities');
      el.expand('oasc');
      await el.updateComplete;
      await expectLanguage(el, french);

      el.setAttribute('lang', 'en');
      await expectLanguage(el, english);
      expectOpen(el, ['eurocities', 'oasc']);

      el.expand('iclei');
      el.lang = 'fr';
      await expectLanguage(el, french);
      expect(el.getAttribute('lang'), 'the property is reflected').to.equal('fr');
      expectOpen(el, ['eurocities', 'iclei', 'oasc']);
    });

    it('switches its words when the page\'s <html lang> changes and it inherits it', async () => {
      setPageAttribute('lang', 'fr');
      const el = await open(await fixture<LilleNetworks>(html`<lille-networks></lille-networks>`));
      await expectLanguage(el, french);

      setPageAttribute('lang', 'en');
      await afterPageLanguageChange(el);
      await expectLanguage(el, english);
      expect(el.expanded).to.deep.equal(['eurocities']);

      setPageAttribute('lang', 'fr');
      await afterPageLanguageChange(el);
      await expectLanguage(el, french);
    });

    it('keeps its own lang when the page\'s <html lang> changes', async () => {
      setPageAttribute('lang', 'fr');
      const el = await open(await fixture<LilleNetworks>(html`<lille-networks lang="fr"></lille-networks>`));
      setPageAttribute('lang', 'en');
      await afterPageLanguageChange(el);
      await expectLanguage(el, french);
    });
  });
});

/** A text in French, English and Dutch. */
const tri = (fr: string, en: string, nl: string) => ({ fr, en, nl });

/** A network whose every text also exists in Dutch. */
const dutchNetwork = (id: string) =>
  network(id, {
    fullName: tri(`Réseau ${id}`, `Network ${id}`, `Netwerk ${id}`),
    summary: tri(`Résumé ${id}`, `Summary ${id}`, `Samenvatting ${id}`),
    description: tri(`Description ${id}.`, `Description ${id}.`, `Beschrijving ${id}.`),
    involvement: tri(`Rôle ${id}.`, `Role ${id}.`, `Rol ${id}.`),
    members: { count: tri('Plus de 10', 'Over 10', 'Meer dan 10'), year: 2024 },
  });

async function withData(lang: string, data: unknown): Promise<LilleNetworks> {
  const el = await element(lang);
  await load(el, { data });
  return el;
}

const wrapperLang = (el: LilleNetworks) => el.shadowRoot!.firstElementChild!.getAttribute('lang');
const facts = (el: LilleNetworks, id: string) =>
  [...panel(el, id).querySelectorAll(':scope > dl dt')].map((dt) => text(dt));

describe('interface strings', () => {
  it('a document\'s strings replace the bundled ones they name, and only those', async () => {
    const warnings = recordWarnings();
    const el = await withData('en', {
      version: 1,
      strings: { en: { showAll: 'Open every network', figures: '(as of {year})' } },
      networks: [network('one', { members: { count: { fr: '5', en: 'Five' }, year: 2020 } })],
    });
    expect(text(toggleAll(el))).to.equal('Open every network');
    el.expand('one');
    await el.updateComplete;
    expect(text(panel(el, 'one'))).to.include('Five (as of 2020)');
    expect(facts(el, 'one')).to.include(bundledStrings.en.members);
    expect(warnings).to.deep.equal([]);
  });

  it('the strings property wins over the document\'s, and null gives them back', async () => {
    const el = await withData('fr', { version: 1, strings: { fr: { showAll: 'Du document' } }, networks: [network('one')] });
    el.strings = { fr: { showAll: 'De la page', hideAll: 'Tout replier' } };
    await el.updateComplete;
    expect(text(toggleAll(el))).to.equal('De la page');
    el.expandAll();
    await el.updateComplete;
    expect(text(toggleAll(el))).to.equal('Tout replier');
    el.strings = null;
    el.collapseAll();
    await el.updateComplete;
    expect(text(toggleAll(el))).to.equal('Du document');
  });

  it('refuses strings that lose a placeholder, with one error and one warning, and keeps the labels', async () => {
    const warnings = recordWarnings();
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    const events = recordEvents(el);
    el.strings = { en: { showAll: 'Everything', figures: '(figures)' } };
    const error = await events.next('lille-networks-error');
    await el.updateComplete;
    expect(error.reason).to.equal('invalid');
    expect(error.message).to.include('strings.en.figures').and.match(/must match .*year/);
    expect(text(toggleAll(el))).to.equal(bundledStrings.en.showAll);
    expect(warnings).to.have.length(1);
  });

  it('drops a document\'s bad strings and names them, and still shows its networks', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en"></lille-networks>`);
    const events = recordEvents(el);
    el.data = { version: 1, strings: { en: { project: 'A project' } }, networks: [network('kept')] } as never;
    const loaded = await events.next('lille-networks-load');
    const error = await events.next('lille-networks-error');
    await el.updateComplete;
    expect(loaded.count).to.equal(1);
    expect(ids(el)).to.deep.equal(['kept']);
    expect(error.message).to.include('strings dropped').and.include('strings.en.project');
  });
});

describe('languages beyond French and English', () => {
  const dutchDocument = { version: 1, strings: { nl: dutchStrings }, networks: [dutchNetwork('alpha'), dutchNetwork('beta')] };

  it('speaks Dutch for lang="nl" when the document has Dutch, and says so to screen readers', async () => {
    const warnings = recordWarnings();
    const el = await withData('nl', dutchDocument);
    expect(wrapperLang(el)).to.equal('nl');
    expect(text(toggleAll(el))).to.equal('Alle netwerken tonen');
    expect(summary(el, 'alpha')).to.equal('Samenvatting alpha');
    el.expand('alpha');
    await el.updateComplete;
    expect(facts(el, 'alpha')).to.deep.equal(['Volledige naam', 'Leden']);
    expect(text(panel(el, 'alpha'))).to.include('Meer dan 10 (cijfers 2024)').and.include('Officiële website: example.org');
    expect(warnings).to.deep.equal([]);
    await expectAccessible(el);
  });

  it('speaks the base language for a regional tag: nl-BE reads the Dutch texts', async () => {
    const el = await withData('nl-BE', dutchDocument);
    expect(wrapperLang(el)).to.equal('nl');
    expect(text(toggleAll(el))).to.equal('Alle netwerken tonen');
  });

  it('takes the exact regional tag when the document has it', async () => {
    const el = await withData('nl-BE', {
      version: 1,
      strings: { 'nl-BE': { showAll: 'Toon alle netwerken' }, nl: dutchStrings },
      networks: [network('one', { summary: { fr: 'Résumé', en: 'Summary', 'nl-BE': 'Samenvatting (Vlaanderen)' } })],
    });
    expect(wrapperLang(el)).to.equal('nl-be');
    expect(text(toggleAll(el))).to.equal('Toon alle netwerken');
    expect(summary(el, 'one')).to.equal('Samenvatting (Vlaanderen)');
  });

  it('reports the language shown in each toggle event', async () => {
    const el = await withData('nl', dutchDocument);
    const seen = recordToggles(['id', 'lang']);
    el.expand('beta');
    await el.updateComplete;
    expect(seen).to.deep.equal([{ id: 'beta', lang: 'nl' }]);
  });

  it('speaks English for a language the document does not have', async () => {
    const warnings = recordWarnings();
    const el = await withData('de', dutchDocument);
    expect(wrapperLang(el)).to.equal('en');
    expect(text(toggleAll(el))).to.equal(bundledStrings.en.showAll);
    expect(warnings).to.deep.equal([]);
  });

  it('shows in English, one by one, the texts and strings Dutch lacks, with one warning naming them', async () => {
    const warnings = recordWarnings();
    const partial = {
      version: 1,
      strings: { nl: { showAll: 'Alle netwerken tonen' } },
      networks: [dutchNetwork('alpha'), network('beta', { summary: tri('Résumé', 'English summary', 'Samenvatting') })],
    };
    const el = await withData('nl', partial);
    expect(wrapperLang(el)).to.equal('nl');
    expect(text(toggleAll(el))).to.equal('Alle netwerken tonen');
    expect(summary(el, 'beta')).to.equal('Samenvatting');
    el.expandAll();
    await el.updateComplete;
    // Never an empty label: what Dutch lacks is shown in English.
    expect(text(panel(el, 'beta'))).to.include('Description beta.');
    expect(facts(el, 'alpha')).to.deep.equal([bundledStrings.en.fullName, bundledStrings.en.members]);
    expect(text(toggleAll(el))).to.equal(bundledStrings.en.hideAll);
    expect(warnings).to.have.length(1);
    // Named by network and by interface string: beta lacks Dutch, alpha does not.
    expect(warnings[0])
      .to.include('lang="nl"')
      .and.include('beta')
      .and.include('strings.hideAll')
      .and.include('strings.members')
      .and.not.include('alpha');
  });

  it('the strings property alone can bring a language, the texts then in English', async () => {
    const warnings = recordWarnings();
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="de"></lille-networks>`);
    el.strings = { de: { showAll: 'Alle Netzwerke anzeigen' } };
    await el.updateComplete;
    expect(wrapperLang(el)).to.equal('de');
    expect(text(toggleAll(el))).to.equal('Alle Netzwerke anzeigen');
    expect(summary(el, 'polis').length).to.be.greaterThan(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('lang="de"').and.include('polis');
  });
});

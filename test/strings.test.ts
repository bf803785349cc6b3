/**
 * Every interface string can be replaced, and the cards can speak any language the data brings:
 * a document's `strings` and the `strings` property override the bundled strings, per language;
 * localised texts may carry more languages than French and English, chosen by `lang` (its exact
 * tag, then its base language), with English for whatever that language lacks, one piece at a
 * time, and one warning that names what was missing.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import { bundledStrings } from '../src/i18n.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, ids, panel, text, toggleAll } from './helpers/cards.js';
import { expectAccessible } from './helpers/axe.js';
import { network, recordEvents, recordWarnings } from './helpers/data.js';
import { recordToggles } from './helpers/toggles.js';

let warnings: string[];
const cleanups: (() => void)[] = [];
beforeEach(() => {
  warnings = recordWarnings();
});
afterEach(() => {
  while (cleanups.length) cleanups.pop()!();
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

const dutchStrings = {
  showAll: 'Alle netwerken tonen',
  hideAll: 'Alle netwerken verbergen',
  fullName: 'Volledige naam',
  founded: 'Opgericht',
  seat: 'Zetel',
  members: 'Leden',
  figures: '(cijfers {year})',
  themes: "Thema's",
  involvement: 'De Metropool in dit netwerk',
  involvementLink: 'De Metropool op {host}',
  groups: 'Enkele werkgroepen',
  project: 'Project {name}',
  period: 'Periode',
  partners: 'Partners',
  website: 'Officiële website: {host}',
  inLanguage: { fr: '(in het Frans)', en: '(in het Engels)' },
};

async function withData(lang: string, data: unknown): Promise<LilleNetworks> {
  const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);
  const events = recordEvents(el);
  el.data = data as never;
  await events.next('lille-networks-load');
  await el.updateComplete;
  return el;
}

const wrapperLang = (el: LilleNetworks) => el.shadowRoot!.firstElementChild!.getAttribute('lang');
const facts = (el: LilleNetworks, id: string) =>
  [...panel(el, id).querySelectorAll(':scope > dl dt')].map((dt) => text(dt));

describe('interface strings', () => {
  it('a document\'s strings replace the bundled ones they name, and only those', async () => {
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
    const el = await withData('nl', dutchDocument);
    expect(wrapperLang(el)).to.equal('nl');
    expect(text(toggleAll(el))).to.equal('Alle netwerken tonen');
    expect(text(button(el, 'alpha').querySelector('[part~="summary"]'))).to.equal('Samenvatting alpha');
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
    expect(text(button(el, 'one').querySelector('[part~="summary"]'))).to.equal('Samenvatting (Vlaanderen)');
  });

  it('reports the language shown in each toggle event', async () => {
    const el = await withData('nl', dutchDocument);
    const seen = recordToggles(['id', 'lang']);
    el.expand('beta');
    await el.updateComplete;
    expect(seen).to.deep.equal([{ id: 'beta', lang: 'nl' }]);
  });

  it('speaks English for a language the document does not have', async () => {
    const el = await withData('de', dutchDocument);
    expect(wrapperLang(el)).to.equal('en');
    expect(text(toggleAll(el))).to.equal(bundledStrings.en.showAll);
    expect(warnings).to.deep.equal([]);
  });

  it('shows in English, one by one, the texts and strings Dutch lacks, with one warning naming them', async () => {
    const partial = {
      version: 1,
      strings: { nl: { showAll: 'Alle netwerken tonen' } },
      networks: [dutchNetwork('alpha'), network('beta', { summary: tri('Résumé', 'English summary', 'Samenvatting') })],
    };
    const el = await withData('nl', partial);
    expect(wrapperLang(el)).to.equal('nl');
    expect(text(toggleAll(el))).to.equal('Alle netwerken tonen');
    expect(text(button(el, 'beta').querySelector('[part~="summary"]'))).to.equal('Samenvatting');
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
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="de"></lille-networks>`);
    el.strings = { de: { showAll: 'Alle Netzwerke anzeigen' } };
    await el.updateComplete;
    expect(wrapperLang(el)).to.equal('de');
    expect(text(toggleAll(el))).to.equal('Alle Netzwerke anzeigen');
    expect(text(button(el, 'polis').querySelector('[part~="summary"]')).length).to.be.greaterThan(0);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('lang="de"').and.include('polis');
  });
});

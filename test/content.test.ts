/**
 * What a visitor reads about each network, in French and in English, both in the rendered
 * cards and in the static HTML of the build (dist/lille-networks.{fr,en}.html): the facts that
 * issue 11 corrected, checked against ../shared/content/networks-facts.md, the sheet that
 * src/data/networks.ts is written from. The phrases below are that sheet's facts, so that a
 * change to the data that contradicts it fails here. Last, a Flemish page reads the same cards
 * in Dutch from demo/networks.nl.example.json (its Dutch is scripts/lib/dutch.mjs).
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as dutch from '../scripts/lib/dutch.mjs';
import '../src/define.js';
import { bundledNetworks } from '../src/data/networks.js';
import { bundledStrings, fill } from '../src/i18n.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, card, ids, panel, text, toggleAll } from './helpers/cards.js';
import { recordEvents } from './helpers/data.js';

type Language = 'fr' | 'en';

/** A card, or its section of the fallback, gathered in one element to read from. */
type Reader = (id: string) => Promise<Element>;

const cardReader = async (language: Language): Promise<{ read: Reader; all: () => string[] }> => {
  const el = await fixture<LilleNetworks>(html`<lille-networks lang=${language}></lille-networks>`);
  el.expandAll();
  await el.updateComplete;
  return { read: (id) => Promise.resolve(card(el, id)), all: () => ids(el) };
};

const fallbacks = new Map<Language, Promise<ShadowRoot>>();
/**
 * The static file of the build (dist/lille-networks.{fr,en}.html, the server's markup): parsed
 * as a page's HTML is, its declarative shadow root attached, without the element's script.
 */
const fallbackDocument = (language: Language) => {
  if (!fallbacks.has(language)) {
    fallbacks.set(
      language,
      fetch(`/dist/lille-networks.${language}.html`, { cache: 'no-store' })
        .then((response) => {
          if (!response.ok) throw new Error(`dist/lille-networks.${language}.html: HTTP ${response.status} (run npm run build)`);
          return response.text();
        })
        .then((source) => {
          const root = Document.parseHTMLUnsafe(source).querySelector('lille-networks')?.shadowRoot;
          if (!root) throw new Error(`dist/lille-networks.${language}.html has no declarative shadow root`);
          return root;
        }),
    );
  }
  return fallbacks.get(language)!;
};

/** A network's card in the static file. */
const fallbackReader = async (language: Language): Promise<{ read: Reader; all: () => string[] }> => {
  const root = await fallbackDocument(language);
  const read: Reader = (id) => {
    const found = root.querySelector(`[data-id="${id}"]`)?.closest('[part=card]');
    if (!found) throw new Error(`the ${language} static file has no card ${id}`);
    return Promise.resolve(found);
  };
  return { read, all: () => [...root.querySelectorAll<HTMLElement>('[data-id]')].map((b) => b.dataset.id!) };
};

/** The value shown for the fact labelled `label`, or undefined when there is none. */
const fact = (section: Element, label: string): string | undefined => {
  const term = [...section.querySelectorAll('dt')].find((dt) => text(dt) === label);
  return term ? text(term.nextElementSibling) : undefined;
};

const hrefs = (section: Element): string[] =>
  [...section.querySelectorAll('a[href]')].map((a) => a.getAttribute('href') ?? '');

/** Where each network's own page about Lille Métropole is (the facts sheet), and MOLOC's. */
const pagesAboutLille: Record<string, string> = {
  eurocities: 'https://eurocities.eu/latest/lille-metropoles-green-ambitions/',
  polis: 'https://www.polisnetwork.eu/member/lille',
  iclei: 'https://iclei-europe.org/member-in-the-spotlight/lille-metropole',
  'energy-cities': 'https://energy-cities.eu/members/european-metropolis-of-lille/',
};
const molocPage = 'https://projects2014-2020.interregeurope.eu/moloc';

/** The year each member count refers to (the facts sheet); POLIS has no count recent enough. */
const countYears: Record<string, number> = {
  eurocities: 2023,
  afccre: 2021,
  iclei: 2025,
  oasc: 2019,
  'energy-cities': 2019,
};

/** What a visitor reads, and must not read, in each language. */
const says = {
  fr: {
    energyMember: /La Métropole est membre du réseau\./,
    molocCity: /projet MOLOC[^.]* porté par la Ville de Lille/,
    notMember: /et non la Métropole/,
    groupsSeveral: /siège dans plusieurs groupes de travail/,
    groupsComplete: /groupes de travail ci-dessous/,
    population: /représentent 130 millions d’habitants/,
    populationOver: /plus de 130 millions/i,
    urbanAgenda: 'Agenda urbain pour l’Union européenne',
    greenCity: /En 2021, elle a signé le Green City Accord, première métropole française/,
    founders: '1986, par les maires de Barcelone, Birmingham, Francfort, Lyon, Milan et Rotterdam',
    accessibility: 'Accessibilité sociale et économique',
    mobilityAuthority: /autorité organisatrice de la mobilité du territoire/,
    cemr: 'Conseil des communes et régions d’Europe (CCRE)',
    afccreDefends: 'défend les intérêts des collectivités territoriales auprès de l’Union européenne sur de nombreux dossiers',
    oascMarket: /marché mondial émergent des données et services de la ville intelligente/,
    mim: 'Interopérabilité (MIM)',
    icleiGathers: /Il rassemble des acteurs locaux, régionaux et nationaux/,
    icleiSeat: 'Bonn (secrétariat mondial) et Fribourg-en-Brisgau (secrétariat européen)',
    icleiFormerName: /Jusqu’en 2003, il portait le nom d’International Council for Local Environmental Initiatives/,
    formerly: '(anciennement Énergie-Cités)',
    molocActs: /en agissant sur la forme urbaine/,
    gig: 'l’Institut central des mines (GIG) avec la Ville de Katowice',
    otherNames: /Métropole Européenne|\bMEL\b|Lille Metropole/,
  },
  en: {
    energyMember: /Lille Metropole is a member\./,
    molocCity: /MOLOC project[^.]* was the City of Lille’s/,
    notMember: /not the Metropole/,
    groupsSeveral: /sits on several of the network’s working groups/,
    groupsComplete: /the working groups below/,
    population: /representing 130 million people/,
    populationOver: /over 130 million/i,
    urbanAgenda: 'Urban Agenda for the EU',
    greenCity: /In 2021 it signed the Green City Accord, the first French metropolis/,
    founders: '1986, by the mayors of Barcelona, Birmingham, Frankfurt, Lyon, Milan and Rotterdam',
    accessibility: 'Social and economic access',
    mobilityAuthority: /the area’s mobility organising authority/,
    cemr: 'Council of European Municipalities and Regions (CEMR)',
    afccreDefends: 'promotes local authorities’ interests at EU level on many issues',
    oascMarket: /emerging global market for smart city data and services/,
    mim: 'Interoperability (MIMs)',
    icleiGathers: /brings local, regional and national players together/,
    icleiSeat: 'Bonn (World Secretariat) and Freiburg (European Secretariat)',
    icleiFormerName: /Until 2003 it was called the International Council for Local Environmental Initiatives/,
    formerly: '(formerly Énergie-Cités)',
    molocActs: /by acting on urban form/,
    gig: 'the Central Mining Institute (GIG) with the City of Katowice',
    // "Lille Metropole" only: no other name, and no "Metropole" on its own.
    otherNames: /European Metropolis|Métropole|(?<!Lille )Metropole|\bMEL\b/,
  },
} satisfies Record<Language, Record<string, RegExp | string>>;

const places = { card: cardReader, fallback: fallbackReader } as const;

for (const language of ['fr', 'en'] as const) {
  const t = bundledStrings[language];
  const say = says[language];
  for (const [where, open] of Object.entries(places)) {
    describe(`content: the ${language === 'fr' ? 'French' : 'English'} ${where === 'card' ? 'cards' : 'static HTML'}`, () => {
      let read: Reader;
      let all: () => string[];
      beforeEach(async () => {
        ({ read, all } = await open(language));
      });

      it('tell that the metropolis is a member of Energy Cities, and that MOLOC was the City of Lille’s', async () => {
        const section = text(await read('energy-cities'));
        expect(section).to.match(say.energyMember);
        expect(section).to.match(say.molocCity);
        expect(section).to.not.match(say.notMember);
        expect(section).to.contain(say.formerly);
      });

      it('name Eurocities as it writes itself, and give its working groups as examples', async () => {
        const section = text(await read('eurocities'));
        expect(section).to.contain('Eurocities');
        expect(section).to.not.contain('EUROCITIES');
        expect(section).to.match(say.groupsSeveral);
        expect(section).to.not.match(say.groupsComplete);
        expect(section).to.contain(say.urbanAgenda);
        expect(section).to.match(say.greenCity);
      });

      it('give Eurocities’ population as 130 million, not more, and its six founding cities', async () => {
        const section = await read('eurocities');
        const members = fact(section, t.members) ?? '';
        expect(members).to.match(say.population);
        expect(members).to.not.match(say.populationOver);
        expect(fact(section, t.founded)).to.equal(say.founders);
      });

      it('show POLIS founded in 1989, with no tagline as its full name and no member count', async () => {
        const section = await read('polis');
        expect(fact(section, t.founded)).to.equal('1989');
        expect(fact(section, t.fullName)).to.equal(undefined);
        expect(fact(section, t.members)).to.equal(undefined);
        const whole = text(section);
        expect(whole).to.not.contain('Transport Innovation');
        expect(whole).to.not.contain('2012');
        expect(whole).to.match(say.mobilityAuthority);
        expect([...section.querySelectorAll('li')].map(text)).to.include(say.accessibility);
      });

      it('name CEMR with its acronym in the AFCCRE card, and what AFCCRE does at EU level', async () => {
        const section = text(await read('afccre'));
        expect(section).to.contain(say.cemr);
        expect(section).to.contain(say.afccreDefends);
      });

      it('say that OASC aims at the market for smart city data and services', async () => {
        const section = await read('oasc');
        expect(text(section)).to.match(say.oascMarket);
        expect([...section.querySelectorAll('li')].map(text)).to.include(say.mim);
      });

      it('give ICLEI’s world and European secretariats, and its name before 2003', async () => {
        const section = await read('iclei');
        expect(fact(section, t.seat)).to.equal(say.icleiSeat);
        expect(text(section)).to.match(say.icleiGathers);
        expect(text(section)).to.match(say.icleiFormerName);
      });

      it('describe MOLOC’s method and name the Central Mining Institute by its acronym', async () => {
        const section = await read('energy-cities');
        expect(text(section)).to.match(say.molocActs);
        expect(fact(section, t.partners)).to.contain(say.gig);
      });

      it('show every member count with the year it refers to', async () => {
        for (const id of all()) {
          const members = fact(await read(id), t.members);
          if (id in countYears) expect(members, id).to.contain(String(countYears[id]));
          else expect(members, id).to.equal(undefined);
        }
        expect(all().filter((id) => id in countYears)).to.have.length(Object.keys(countYears).length);
      });

      it('link each network’s own page about Lille Métropole, and MOLOC’s project page', async () => {
        for (const id of all()) {
          const links = hrefs(await read(id));
          if (id in pagesAboutLille) expect(links, id).to.include(pagesAboutLille[id]);
        }
        expect(hrefs(await read('energy-cities'))).to.include(molocPage);
      });

      it('name the metropolis in one form only', async () => {
        for (const id of all()) expect(text(await read(id)), id).to.not.match(say.otherNames);
      });

      it('never let a dash start a line: a no-break space comes before each spaced dash', async () => {
        for (const id of all()) {
          const raw = (await read(id)).textContent ?? '';
          expect(raw, id).to.not.match(/[ \t\n\r]–/);
        }
      });
    });
  }
}

describe('content: the Dutch document on a Flemish page', () => {
  /** An element on a page in Belgian Dutch that has loaded the Dutch example document. */
  async function dutchCards(): Promise<LilleNetworks> {
    const el = await fixture<LilleNetworks>(html`<div lang="nl-BE"><lille-networks></lille-networks></div>`).then(
      (wrapper) => wrapper.querySelector<LilleNetworks>('lille-networks')!,
    );
    const events = recordEvents(el);
    el.src = '/demo/networks.nl.example.json';
    await events.next('lille-networks-load');
    await el.updateComplete;
    return el;
  }

  it('shows every bundled network, summed up in Dutch', async () => {
    const el = await dutchCards();
    expect(ids(el)).to.deep.equal(bundledNetworks.map(({ id }) => id));
    for (const { id } of bundledNetworks) {
      expect(text(button(el, id).querySelector('[part~="summary"]')), id).to.equal(dutch.networks[id as keyof typeof dutch.networks].summary);
    }
    expect(text(toggleAll(el))).to.equal(dutch.strings.showAll);
  });

  it('labels the facts, the figures’ year and the links in Dutch', async () => {
    const el = await dutchCards();
    el.expandAll();
    await el.updateComplete;
    expect(text(toggleAll(el))).to.equal(dutch.strings.hideAll);
    const eurocities = panel(el, 'eurocities');
    expect(fact(eurocities, dutch.strings.members)).to.contain(fill(dutch.strings.figures, { year: 2023 }));
    expect(fact(eurocities, dutch.strings.founded)).to.contain('Milaan');
    const links = [...eurocities.querySelectorAll('a[href]')].map((a) => text(a));
    expect(links).to.include(fill(dutch.strings.involvementLink, { host: 'eurocities.eu' }));
    expect(links).to.include(fill(dutch.strings.website, { host: 'eurocities.eu' }));
    expect(text(panel(el, 'energy-cities'))).to.contain(fill(dutch.strings.project, { name: 'MOLOC' }));
  });

  it('names the metropolis “Europese Metropool Rijsel”, and in no other way', async () => {
    const el = await dutchCards();
    el.expandAll();
    await el.updateComplete;
    for (const { id } of bundledNetworks) {
      const read = text(card(el, id));
      expect(read, id).to.contain('Europese Metropool Rijsel');
      expect(read, id).to.not.match(/Métropole|Metropole|European Metropolis|\bLille\b|\bMEL\b/);
    }
  });
});

/**
 * What a visitor reads in the cards. First, how each panel shows the data: description, facts,
 * themes, working groups, projects and links, in French and in English. Then what it says about
 * each network, checked against
 * ../shared/content/networks-facts.md, the sheet that src/data/networks.json is written from. The
 * phrases below are that sheet's facts, so that a change to the data that contradicts it fails
 * here. The first facts are read both in the rendered cards and in the static HTML of the build
 * (dist/lille-networks.{fr,en}.html, the server's markup); the sheet's second round of
 * corrections (its sections "Corrections, second round", "Links per language" and "English and
 * French style") is read in both too: which page each link opens in each language, what its
 * text says, the French and English typography. A document that gives one address per link
 * still reads as before. Last, a Flemish page reads the same cards in Dutch from
 * demo/networks.nl.example.json (its Dutch is scripts/lib/dutch.mjs). And which cards show,
 * in which order (`networks`).
 */
import { expect, fixture, html } from '@open-wc/testing';
import * as dutch from '../scripts/lib/dutch.mjs';
import '../src/define.js';
import { bundledStrings, fill } from '../src/i18n.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, card, cards, ids, isShown, pageOrder, panel, text, toggleAll } from './helpers/cards.js';
import { bundledNetworks, element, load, recordWarnings } from './helpers/data.js';
import { addressFor, hostOf } from './helpers/links.js';

type Language = 'fr' | 'en';

const network = (id: string) => bundledNetworks.find((entry) => entry.id === id)!;
/** Text as `text()` reads it from the page: white space (no-break spaces too) collapsed. */
const asRead = (value: string) => value.replace(/\s+/g, ' ').trim();

/** An element in `lang` with every card open. */
async function allOpen(lang: Language): Promise<LilleNetworks> {
  const el = await fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);
  el.expandAll();
  await el.updateComplete;
  return el;
}

for (const lang of ['fr', 'en'] as const) {
  const t = bundledStrings[lang];
  describe(`what a panel shows of the data (${lang})`, () => {
    it('the description, founding, seat and member count with the year of the figure', async () => {
      const region = panel(await allOpen(lang), 'eurocities');
      const { description, founded, seat, members } = network('eurocities');
      expect(text(region.querySelector(':scope > p'))).to.equal(asRead(description[lang]));
      expect(fact(region, t.founded)).to.equal(asRead(founded![lang]));
      expect(fact(region, t.seat)).to.equal(asRead(seat![lang]));
      expect(fact(region, t.members)).to.equal(asRead(`${members!.count[lang]} ${fill(t.figures, { year: members!.year })}`));
      expect(isShown(region.querySelector('dl')!)).to.equal(true);
    });

    it('a network\'s themes', async () => {
      const region = panel(await allOpen(lang), 'polis');
      const items = [...region.querySelectorAll(':scope > dl li')].map((li) => text(li));
      expect(items).to.deep.equal(network('polis').themes!.map((theme) => asRead(theme[lang])));
      expect(fact(region, t.themes)).to.not.equal(undefined);
    });

    it('what Lille Métropole does in each network, with a link to the network\'s page about it', async () => {
      const el = await allOpen(lang);
      for (const id of pageOrder) {
        const { involvement, involvementLink, involvementLinkText } = network(id);
        const part = panel(el, id).querySelector(':scope > div')!;
        expect(text(part.querySelector('.label')), id).to.equal(t.involvement);
        expect(text(part), id).to.contain(asRead(involvement[lang]));
        const link = part.querySelector<HTMLAnchorElement>('a[href]');
        if (!involvementLink) {
          expect(link, id).to.equal(null);
          continue;
        }
        expect(link!.href, id).to.equal(new URL(addressFor(involvementLink, lang)).href);
        // The page's own text where the data gives one, else the interface string; either way
        // the site's name (the page's language may follow: links.test.ts).
        expect(text(link), id).to.contain(asRead(fill(involvementLinkText?.[lang] ?? t.involvementLink, { host: hostOf(link!.href) })));
        expect(isShown(link!), id).to.equal(true);
      }
    });

    it('Eurocities\' working groups, introduced as examples, and no such list for a network without one', async () => {
      const el = await allOpen(lang);
      const part = panel(el, 'eurocities').querySelector(':scope > div')!;
      expect([...part.querySelectorAll('.label')].map(text)).to.include(t.groups);
      const groups = [...part.querySelectorAll(':scope > ul > li')];
      expect(groups.map(text)).to.deep.equal(network('eurocities').groups!.map((group) => asRead(group[lang])));
      for (const li of groups) expect(isShown(li)).to.equal(true);
      expect(text(panel(el, 'polis'))).to.not.contain(t.groups);
    });

    it('each network\'s website, linked over https, with a link text naming the site', async () => {
      const el = await allOpen(lang);
      for (const id of pageOrder) {
        const links = [...panel(el, id).querySelectorAll<HTMLAnchorElement>(':scope > p > a[href]')];
        expect(links.length, id).to.equal(1);
        const [a] = links;
        expect(a.protocol).to.equal('https:');
        expect(a.href).to.equal(new URL(addressFor(network(id).website, lang)).href);
        // The site's name as people say it: without "www.", as the fallback HTML writes it too
        // (the page's language may follow: links.test.ts).
        expect(text(a)).to.contain(asRead(fill(t.website, { host: hostOf(a.href) })));
        expect(isShown(a)).to.equal(true);
      }
    });
  });
}

describe('what a panel shows of the data', () => {
  it('shows the MOLOC project inside the Energy Cities card, and only there, named in each language\'s order', async () => {
    const el = await allOpen('en');
    const region = panel(el, 'energy-cities');
    expect([...region.querySelectorAll('.project .label')].map(text)).to.deep.equal(['MOLOC project']);
    const [moloc] = network('energy-cities').projects!;
    expect(text(region)).to.contain(asRead(moloc.fullName.en));
    expect(text(region)).to.contain(asRead(moloc.period.en));
    const host = hostOf(addressFor(moloc.website!, 'en'));
    expect(text(region.querySelector('.project a'))).to.contain(asRead(fill(moloc.websiteText?.en ?? bundledStrings.en.website, { host })));
    for (const id of pageOrder.slice(0, 5)) expect(text(panel(el, id))).to.not.contain('MOLOC');
    el.lang = 'fr';
    await el.updateComplete;
    expect([...region.querySelectorAll('.project .label')].map(text)).to.deep.equal(['Projet MOLOC']);
  });
});

/** A card, or its section of the fallback, gathered in one element to read from. */
type Reader = (id: string) => Promise<Element>;

const cardReader = async (language: Language): Promise<{ read: Reader; all: () => string[] }> => {
  const el = await allOpen(language);
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

/**
 * Where each network's own page about Lille Métropole is (the facts sheet), and MOLOC's, in
 * each language: a French reader lands on a French page where one exists.
 */
const pagesAboutLille: Record<string, Record<Language, string>> = {
  eurocities: {
    fr: 'https://eurocities.eu/latest/lille-metropoles-green-ambitions/',
    en: 'https://eurocities.eu/latest/lille-metropoles-green-ambitions/',
  },
  polis: { fr: 'https://www.polisnetwork.eu/member/lille', en: 'https://www.polisnetwork.eu/member/lille' },
  iclei: {
    fr: 'https://iclei-europe.org/member-in-the-spotlight/lille-metropole',
    en: 'https://iclei-europe.org/member-in-the-spotlight/lille-metropole',
  },
  'energy-cities': {
    fr: 'https://energy-cities.eu/fr/membre/metropole-europeenne-de-lille/',
    en: 'https://energy-cities.eu/members/european-metropolis-of-lille/',
  },
};
const molocPage: Record<Language, string> = {
  fr: 'https://www.lille.fr/Actualites/Projet-MOLOC-pour-une-ville-bas-carbone',
  en: 'https://projects2014-2020.interregeurope.eu/moloc',
};

/**
 * The year each member count refers to (the facts sheet); POLIS has no count recent enough.
 * AFCCRE's only dated source is of May 2019 (none of 2021 was found).
 */
const countYears: Record<string, number> = {
  eurocities: 2023,
  afccre: 2019,
  iclei: 2025,
  oasc: 2019,
  'energy-cities': 2019,
};

/** What a visitor reads, and must not read, in each language. */
const says = {
  fr: {
    energyMember: /La Métropole européenne de Lille est membre du réseau\./,
    molocCity: /projet MOLOC[^.]* porté par la Ville de Lille/,
    notMember: /et non la Métropole/,
    groupsSeveral: /siège dans plusieurs groupes de travail/,
    groupsComplete: /groupes de travail ci-dessous/,
    population: /représentent 130 millions d’habitants/,
    populationOver: /plus de 130 millions/i,
    urbanAgenda: 'Agenda urbain pour l’Union européenne',
    greenCity: /En février 2021, elle a signé l’accord des villes vertes \(Green City Accord\), initiative de la Commission européenne/,
    founders: '1986, par les maires de Barcelone, Birmingham, Francfort, Lyon, Milan et Rotterdam',
    accessibility: 'Accessibilité sociale et économique',
    mobilityAuthority: /en est membre en tant qu’autorité organisatrice de la mobilité du territoire/,
    cemr: 'Conseil des communes et régions d’Europe (CCRE)',
    afccreDefends: 'défend les intérêts des collectivités territoriales auprès de l’Union européenne sur de nombreux sujets, dont la politique environnementale et la politique régionale',
    oascMarket: /marché mondial émergent des données et des services de la ville intelligente/,
    mim: 'Mécanismes d’interopérabilité minimale (MIM)',
    icleiGathers: /Il rassemble des acteurs locaux, régionaux et nationaux/,
    icleiSeat: 'Bonn (secrétariat mondial) ; secrétariat européen à Fribourg-en-Brisgau',
    icleiFormerName: /Jusqu’en 2003, il portait le nom d’International Council for Local Environmental Initiatives/,
    formerly: '(anciennement Énergie-Cités)',
    molocActs: /en travaillant sur la forme urbaine, de la ville à l’îlot, sur les usages et sur la manière de faire la ville : conduite des projets, gouvernance, outils/,
    gig: 'l’Institut central des mines (GIG) avec la Ville de Katowice',
    // MEL only inside the name of its project So MEL So Connected.
    otherNames: /Métropole Européenne|\bMEL\b(?! So Connected)|Lille Metropole/,
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
    greenCity: /In February 2021 it signed the Green City Accord, a European Commission initiative/,
    founders: '1986, by the mayors of Barcelona, Birmingham, Frankfurt, Lyon, Milan and Rotterdam',
    accessibility: 'Social and economic access',
    mobilityAuthority: /is a member as the area’s transport authority/,
    cemr: 'Council of European Municipalities and Regions (CEMR)',
    afccreDefends: 'represents local authorities’ interests to the European Union on many subjects, including environmental and regional policy',
    oascMarket: /emerging global market for smart city data and services/,
    mim: 'Minimal Interoperability Mechanisms (MIMs)',
    icleiGathers: /brings local, regional and national players together/,
    icleiSeat: 'Bonn (World Secretariat); European Secretariat in Freiburg',
    icleiFormerName: /Until 2003 it was called the International Council for Local Environmental Initiatives/,
    formerly: '(formerly Énergie-Cités)',
    molocActs: /by working on urban form, from the whole city down to the block, on uses, and on how the city is made: project practice, governance and tools/,
    gig: 'the Central Mining Institute (GIG) with the City of Katowice',
    // "Lille Metropole" only: no other name, and no "Metropole" on its own.
    otherNames: /European Metropolis|Métropole|(?<!Lille )Metropole|\bMEL\b(?! So Connected)/,
  },
} satisfies Record<Language, Record<string, RegExp | string>>;

const places = { card: cardReader, fallback: fallbackReader } as const;

/** Each link of a card, in order, as a person meets it: where it goes and what it says. */
const linksOf = (section: Element): [href: string, text: string][] =>
  [...section.querySelectorAll('a[href]')].map((a) => [a.getAttribute('href') ?? '', text(a)]);

/**
 * The sheet's second round, in each language: what a visitor must read (`reads`), and must not
 * (`never`), per network.
 */
const secondRound = {
  fr: {
    reads: {
      polis: [
        /Sa fiche de membre, sur le site de POLIS, cite les projets européens auxquels elle a participé ou participe : BAPTS ; BIOGASMAX, que coordonnait Lille Métropole Communauté urbaine, à laquelle la Métropole a succédé ; TRACE, dans son groupe « take-up », celui des villes qui en reprennent les résultats ; European Cycling Challenge\./,
      ],
      oasc: [
        /La Métropole européenne de Lille a rejoint le réseau en octobre 2019\./,
        /Akim Oural, conseiller métropolitain chargé des villes intelligentes et du numérique/,
        /Son projet de réseau électrique intelligent, So MEL So Connected, est propre à la Métropole et ne relève pas de son action au sein d’OASC\./,
      ],
      'energy-cities': [
        /l’« autoroute de la chaleur », soit 20 km de canalisations qui relient le centre de valorisation énergétique \(CVE\) d’Halluin aux réseaux de chaleur du territoire/,
        /^Le réseau européen des collectivités locales en transition énergétique/,
        /transition climatique doit être conduite par les collectivités locales/,
        /De janvier 2017 à décembre 2021, programme Interreg Europe 2014-2020, financé par le Fonds européen de développement régional \(FEDER\)/,
      ],
      afccre: [/Association française du Conseil des communes et régions d’Europe/, /La Métropole européenne de Lille est adhérente de l’association\./, /Au moins 1 000 collectivités adhérentes \(données 2019\)/],
      eurocities: [
        /d’après sa page consacrée aux réseaux européens \(non datée\)/,
        /Quelques groupes de travail où siège la Métropole/,
        /Industries créatives \(groupe devenu depuis « Skills, creativity and work »\)/,
        /elle a été la première métropole française à y adhérer/,
      ],
    },
    never: {
      polis: [/Par l’intermédiaire du réseau/, /par le réseau/],
      oasc: [/SoMel SoConnected/, /par exemple/, /vice-président/],
      'energy-cities': [/réseau de chaleur de 20/, /Le réseau européen des villes/, /portée par les villes/],
      afccre: [/Association Française|Communes et Régions/, /Plus de 1 000/, /2021/, /tire parti de l’expérience/],
      eurocities: [/Parmi ses groupes de travail/, /Green City Accord, première/],
      iclei: [/ et Fribourg/],
    },
  },
  en: {
    reads: {
      polis: [
        /Its member page on the POLIS website lists EU projects it took part in or is taking part in: BAPTS; BIOGASMAX, coordinated by the urban community that preceded Lille Metropole; TRACE, in the ‘take-up’ group of cities that use its results; and the European Cycling Challenge\./,
      ],
      oasc: [
        /Lille Metropole joined in October 2019\./,
        /Akim Oural, the metropolitan councillor for smart cities and digital affairs/,
        /Its smart grid project, So MEL So Connected, is its own and not part of its work in OASC\./,
      ],
      'energy-cities': [
        /the ‘heat highway’ \(autoroute de la chaleur\), 20 km of pipes linking the Halluin energy-from-waste plant to the area’s heat networks/,
        /^The European network of local authorities in energy transition/,
        /It argues that local authorities must lead the climate transition/,
        /its 2021 to 2026 climate plan/,
        /January 2017 to December 2021, Interreg Europe 2014–2020 programme, funded by the European Regional Development Fund \(ERDF\)/,
        /Association européenne des autorités locales en transition énergétique \(European association of local authorities in energy transition\)/,
      ],
      afccre: [
        /Association française du Conseil des communes et régions d’Europe \(French association of the Council of European Municipalities and Regions\)/,
        /Lille Metropole is a member\./,
        /At least 1,000 member authorities \(2019 figures\)/,
      ],
      eurocities: [
        /according to its undated page on its European networks/,
        /Some of the working groups Lille Metropole sits on/,
        /Creative industries \(since renamed ‘Skills, creativity and work’\)/,
        /It was the first French metropolis to join\./,
        /It works on the issues people face in daily life/,
      ],
    },
    never: {
      polis: [/[Tt]hrough the network/, /mobility organising authority/],
      oasc: [/SoMel SoConnected/, /for instance/, /vice-president/],
      'energy-cities': [/20 km heat network/, /network of cities/, /cities, home to most Europeans/, / – December|2021–2026/],
      afccre: [/Full name French Association/, /More than 1,000/, /2021/, /promotes/, /draws on other local authorities/],
      eurocities: [/Among its working groups/, /tackles/],
      iclei: [/ and Freiburg/],
    },
  },
} satisfies Record<Language, { reads: Record<string, RegExp[]>; never: Record<string, RegExp[]> }>;

/**
 * Each card's links in each language, in order: where each goes and what its text says (the
 * language of the page it opens, where it is not the card's). A table of the sheet's
 * corrections, kept as data beside the other fixtures.
 */
const { links: secondRoundLinks } = (await (await fetch('/test/fixtures/content-links.json')).json()) as {
  links: Record<string, Record<Language, [href: string, text: string][]>>;
};

for (const language of ['fr', 'en'] as const) {
  const t = bundledStrings[language];
  const say = says[language];
  const expected = secondRound[language];
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
          if (id in pagesAboutLille) expect(links, id).to.include(pagesAboutLille[id][language]);
        }
        expect(hrefs(await read('energy-cities'))).to.include(molocPage[language]);
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

      describe('second round', () => {
        for (const id of Object.keys(expected.reads)) {
          it(`say what the sheet corrected about ${id}, in their own words`, async () => {
            const section = await read(id);
            // The summary alone, for facts that open it; the whole card for the others.
            const summary = text(section.querySelector('[part~="summary"]'));
            for (const pattern of expected.reads[id as keyof typeof expected.reads]) {
              expect(pattern.source.startsWith('^') ? summary : text(section), `${id}: ${pattern}`).to.match(pattern);
            }
          });
        }

        for (const id of Object.keys(expected.never)) {
          it(`no longer say what the sheet found wrong about ${id}`, async () => {
            const whole = text(await read(id));
            for (const pattern of expected.never[id as keyof typeof expected.never]) expect(whole, `${id}: ${pattern}`).to.not.match(pattern);
          });
        }

        it('say which ICLEI secretariat is where: Bonn the world one, Freiburg the European one', async () => {
          const seat = fact(await read('iclei'), bundledStrings[language].seat);
          expect(seat).to.match(language === 'fr' ? /^Bonn \(secrétariat mondial\) ; secrétariat européen à Fribourg/ : /^Bonn \(World Secretariat\); European Secretariat in Freiburg$/);
        });

        it('open each page in the card’s language where one exists, and say the page’s language where it differs', async () => {
          for (const [id, { [language]: links }] of Object.entries(secondRoundLinks)) {
            expect(linksOf(await read(id)), id).to.deep.equal(links.map(([href, words]) => [new URL(href).href, words]));
          }
        });

        if (language === 'fr') {
          it('write French as French typography asks: no-break space before a colon, narrow ones inside « » and before ;', async () => {
            for (const id of bundledNetworks.map((network) => network.id)) {
              const raw = (await read(id)).textContent ?? '';
              expect(raw, id).to.not.match(/[^\u00a0]:(?!\/\/)/);
              expect(raw, id).to.not.match(/«[^\u202f]|[^\u202f]»/);
              expect(raw, id).to.not.match(/[^\u202f][;!?]/);
            }
          });
        } else {
          it('write English as GOV.UK does: ranges with "to", no "tackles", "promotes" or calques', async () => {
            for (const id of bundledNetworks.map((network) => network.id)) {
              const whole = text(await read(id));
              expect(whole, id).to.not.match(/\b(tackles?|promotes?)\b|organising authority/);
              // "Interreg Europe 2014–2020" is a programme's name, and a host is a name too
              // (projects2014-2020.interregeurope.eu); a range of dates takes "to".
              const prose = whole.replace(/Interreg Europe 2014–2020|\S+\.\S+/g, '');
              expect(prose, id).to.not.match(/\d{4}\s*[–-]\s*(\w+ )?\d{4}/);
            }
          });
        }
      });
    });
  }
}


describe('content: a document with one address per link reads as before', () => {
  /** The bundled networks with each link one address: the one an English card opens. */
  const single = bundledNetworks.map((network) => ({
    ...network,
    website: addressFor(network.website, 'en'),
    ...(network.involvementLink ? { involvementLink: addressFor(network.involvementLink, 'en') } : {}),
    projects: network.projects?.map((project) => ({ ...project, website: project.website && addressFor(project.website, 'en') })),
  }));

  for (const language of ['fr', 'en'] as const) {
    it(`links the one address given, and says no page language (${language})`, async () => {
      const el = await element(language);
      const { events } = await load(el, { data: { version: 1, networks: single } });
      el.expandAll();
      await el.updateComplete;
      expect(events.errors()).to.deep.equal([]);
      for (const network of single) {
        const links = linksOf(card(el, network.id));
        expect(links.map(([href]) => href), network.id).to.include(new URL(network.website).href);
        for (const [, words] of links) expect(words, network.id).to.not.match(/\((en anglais|in French|en français|in English)\)$/);
      }
      const website = fill(bundledStrings[language].website, { host: 'afccre.org' }).replace(/\s+/g, ' ');
      expect(linksOf(card(el, 'afccre'))).to.deep.equal([['https://www.afccre.org/', website]]);
    });
  }
});

describe('content: the Dutch document on a Flemish page', () => {
  /** An element on a page in Belgian Dutch that has loaded the Dutch example document. */
  async function dutchCards(): Promise<LilleNetworks> {
    const el = await fixture<LilleNetworks>(html`<div lang="nl-BE"><lille-networks></lille-networks></div>`).then(
      (wrapper) => wrapper.querySelector<LilleNetworks>('lille-networks')!,
    );
    await load(el, { src: '/demo/networks.nl.example.json' });
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
    // No Dutch page: the English one, said to be in English.
    expect(linksOf(eurocities)).to.deep.equal([
      [
        'https://eurocities.eu/latest/lille-metropoles-green-ambitions/',
        `${fill(dutch.networks.eurocities.involvementLinkText, { host: 'eurocities.eu' })} ${dutch.strings.inLanguage.en}`,
      ],
      ['https://eurocities.eu/', `${fill(dutch.strings.website, { host: 'eurocities.eu' })} ${dutch.strings.inLanguage.en}`],
    ]);
    expect(linksOf(panel(el, 'afccre'))).to.deep.equal([
      ['https://www.afccre.org/', `${fill(dutch.strings.website, { host: 'afccre.org' })} ${dutch.strings.inLanguage.fr}`],
    ]);
    expect(text(panel(el, 'energy-cities'))).to.contain(fill(dutch.strings.project, { name: 'MOLOC' }));
  });

  it('names the metropolis “de Europese Metropool Rijsel”, with its article, and in no other way', async () => {
    const el = await dutchCards();
    el.expandAll();
    await el.updateComplete;
    for (const { id } of bundledNetworks) {
      const read = text(card(el, id));
      expect(read, id).to.match(/\b[Dd]e Europese Metropool Rijsel/);
      expect(read, id).to.not.match(/(?<![Dd]e )Europese Metropool Rijsel/);
      // MEL only inside the name of its project So MEL So Connected.
      expect(read, id).to.not.match(/Métropole|Metropole|European Metropolis|\bLille\b|\bMEL\b(?! So Connected)/);
    }
  });

  it('says what the sheet corrected in Belgian Dutch: REGR, bevoegde mobiliteitsoverheid, koolstofneutraliteit', async () => {
    const el = await dutchCards();
    el.expandAll();
    await el.updateComplete;
    expect(text(card(el, 'afccre'))).to.contain('Raad van Europese Gemeenten en Regio’s (REGR)').and.not.contain('CEMR');
    expect(text(card(el, 'polis'))).to.contain('lid als bevoegde mobiliteitsoverheid').and.not.match(/[Vv]ia het netwerk/);
    expect(text(card(el, 'iclei'))).to.contain('koolstofneutraliteit tegen 2050').and.not.contain('klimaatneutraliteit');
    expect(text(card(el, 'oasc'))).to.contain('So MEL So Connected').and.not.contain('SoMel');
    expect(text(card(el, 'energy-cities'))).to.contain('‘warmtesnelweg’ (autoroute de la chaleur), 20 km leidingen');
  });
});

describe('which cards show (`networks`)', () => {
  it('shows the six networks in the order of Lille Métropole\'s page when absent, empty or blank', async () => {
    for (const networks of [undefined, '', ' , ']) {
      const attribute = networks === undefined ? '' : ` networks="${networks}"`;
      const el = await fixture<LilleNetworks>(`<lille-networks${attribute}></lille-networks>`);
      expect(ids(el), `networks="${networks}"`).to.deep.equal(pageOrder);
      expect(cards(el)).to.have.length(6);
      const names = buttons(el).map((b) => text(b.querySelector('.name')));
      expect(names).to.deep.equal(pageOrder.map((id) => network(id).shortName));
    }
  });

  it('chooses the cards and their order from space-separated ids', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks networks="iclei  polis"></lille-networks>`);
    expect(ids(el)).to.deep.equal(['iclei', 'polis']);
  });

  it('chooses the cards and their order from comma-separated ids, with or without spaces', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks networks="energy-cities,eurocities, afccre"></lille-networks>`);
    expect(ids(el)).to.deep.equal(['energy-cities', 'eurocities', 'afccre']);
  });

  it('ignores unknown ids with exactly one console warning that names them', async () => {
    const warnings = recordWarnings();
    const el = await fixture<LilleNetworks>(html`<lille-networks networks="polis nowhere iclei"></lille-networks>`);
    expect(ids(el)).to.deep.equal(['polis', 'iclei']);
    el.expandAll();
    await el.updateComplete;
    el.collapse('polis');
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['polis', 'iclei']);
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.include('nowhere');
  });

  it('shows a network named twice only once', async () => {
    const el = await fixture<LilleNetworks>(html`<lille-networks networks="oasc polis oasc"></lille-networks>`);
    expect(ids(el)).to.deep.equal(['oasc', 'polis']);
  });
});

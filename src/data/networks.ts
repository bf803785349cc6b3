import type { Network } from './schema.js';

/**
 * Lille Métropole's six European networks, in the order of its own "European networks" page.
 * Every fact here, and its source, is in ../shared/content/networks-facts.md: add nothing
 * that sheet does not hold, and keep each count with the year it refers to.
 *
 * French as a French public body writes it: « la Métropole européenne de Lille » at its first
 * mention in a card, « la Métropole » after; articles repeated; acronyms spelt out at first use.
 * A narrow no-break space (U+202F) inside « », before ; ! ? and in thousands; a no-break space
 * (U+00A0) before a colon. English as GOV.UK writes it: "Lille Metropole", plain verbs, date
 * ranges with "to" (a programme's name such as "Interreg Europe 2014–2020" keeps its dash).
 * Both languages: a no-break space (U+00A0) before a spaced en dash, so that no line starts with
 * the dash, and between a number and its unit.
 *
 * Links: one address per language of the page where the network has a page in French, else the
 * one page with its language, so that the card says when a page is not in its own language.
 */
export const bundledNetworks: Network[] = [
  {
    id: 'eurocities',
    // The network's own spelling since its rebranding of August 2020.
    shortName: 'Eurocities',
    fullName: { fr: 'Eurocities', en: 'Eurocities' },
    summary: {
      fr: 'Le réseau qui porte la voix des villes auprès de l’Union européenne.',
      en: 'The network that speaks for cities to the European Union.',
    },
    description: {
      fr: 'Il travaille sur les questions que les habitants rencontrent au quotidien et offre aux villes l’une des principales plateformes d’échange de bonnes pratiques.',
      en: 'It works on the issues people face in daily life and is one of the main platforms for cities to share good practice.',
    },
    // The groups are the metropolis's, from its own (undated) networks page, not the network's list.
    involvement: {
      fr: 'La Métropole européenne de Lille siège dans plusieurs groupes de travail du réseau, d’après sa page consacrée aux réseaux européens (non datée). En février 2021, elle a signé l’accord des villes vertes (Green City Accord), initiative de la Commission européenne menée avec Eurocities, ICLEI et le Conseil des communes et régions d’Europe (CCRE)\u00a0: elle a été la première métropole française à y adhérer.',
      en: 'Lille Metropole sits on several of the network’s working groups, according to its undated page on its European networks. In February 2021 it signed the Green City Accord, a European Commission initiative run with Eurocities, ICLEI and the Council of European Municipalities and Regions (CEMR). It was the first French metropolis to join.',
    },
    involvementLink: { en: 'https://eurocities.eu/latest/lille-metropoles-green-ambitions/' },
    involvementLinkText: {
      fr: 'Les ambitions vertes de la Métropole, entretien du 27 avril 2021, sur {host}',
      en: 'Lille Metropole’s green ambitions, interview of 27 April 2021, on {host}',
    },
    // Examples, not the whole list: the label in the card says so.
    groups: [
      { fr: 'Qualité de l’air', en: 'Air quality' },
      {
        fr: 'Industries créatives (groupe devenu depuis «\u202fSkills, creativity and work\u202f»)',
        en: 'Creative industries (since renamed ‘Skills, creativity and work’)',
      },
      { fr: 'Logement', en: 'Housing' },
      { fr: 'Alimentation', en: 'Food' },
      { fr: 'Agenda urbain pour l’Union européenne', en: 'Urban Agenda for the EU' },
    ],
    themes: [
      { fr: 'Politiques européennes', en: 'EU policy' },
      { fr: 'Échanges entre villes', en: 'City-to-city exchange' },
    ],
    founded: {
      fr: '1986, par les maires de Barcelone, Birmingham, Francfort, Lyon, Milan et Rotterdam',
      en: '1986, by the mayors of Barcelona, Birmingham, Frankfurt, Lyon, Milan and Rotterdam',
    },
    seat: { fr: 'Bruxelles', en: 'Brussels' },
    members: {
      count: {
        fr: 'Plus de 200 villes dans 38 pays, qui représentent 130 millions d’habitants',
        en: 'More than 200 cities in 38 countries, representing 130 million people',
      },
      year: 2023,
    },
    website: { en: 'https://eurocities.eu' },
  },
  {
    id: 'polis',
    shortName: 'POLIS',
    // No legal full name was found, and the network varies its tagline: none is shown.
    fullName: { fr: 'POLIS', en: 'POLIS' },
    summary: {
      fr: 'Le réseau européen des villes et des régions pour les transports.',
      en: 'The European network of cities and regions on transport.',
    },
    description: {
      fr: 'Les collectivités locales y échangent leurs bonnes pratiques en matière de mobilité.',
      en: 'Local authorities use it to share good practice on mobility.',
    },
    // The member page lists these projects; it does not say that they came through POLIS.
    involvement: {
      fr: 'La Métropole européenne de Lille en est membre en tant qu’autorité organisatrice de la mobilité du territoire. Sa fiche de membre, sur le site de POLIS, cite les projets européens auxquels elle a participé ou participe\u00a0: BAPTS\u202f; BIOGASMAX, que coordonnait Lille Métropole Communauté urbaine, à laquelle la Métropole a succédé\u202f; TRACE, dans son groupe «\u202ftake-up\u202f», celui des villes qui en reprennent les résultats\u202f; European Cycling Challenge.',
      en: 'Lille Metropole is a member as the area’s transport authority. Its member page on the POLIS website lists EU projects it took part in or is taking part in: BAPTS; BIOGASMAX, coordinated by the urban community that preceded Lille Metropole; TRACE, in the ‘take-up’ group of cities that use its results; and the European Cycling Challenge.',
    },
    involvementLink: { en: 'https://www.polisnetwork.eu/member/lille' },
    involvementLinkText: {
      fr: 'Fiche de membre de la Métropole, sur {host}',
      en: 'Lille Metropole’s member page, on {host}',
    },
    themes: [
      { fr: 'Fret urbain', en: 'Urban freight' },
      { fr: 'Sécurité routière', en: 'Road safety' },
      { fr: 'Véhicules propres, qualité de l’air', en: 'Clean vehicles, air quality' },
      { fr: 'Santé, mobilité active', en: 'Health, active travel' },
      { fr: 'Gouvernance', en: 'Governance' },
      { fr: 'Accessibilité sociale et économique', en: 'Social and economic access' },
      { fr: 'Fluidité du trafic', en: 'Traffic efficiency' },
    ],
    founded: { fr: '1989', en: '1989' },
    seat: { fr: 'Bruxelles', en: 'Brussels' },
    // No member count: the only one found (2012) is too old to show.
    website: { en: 'https://www.polisnetwork.eu' },
  },
  {
    id: 'afccre',
    shortName: 'AFCCRE',
    // The name is French: in English it shows as it is, with a translation in brackets.
    fullName: {
      fr: 'Association française du Conseil des communes et régions d’Europe',
      en: 'Association française du Conseil des communes et régions d’Europe (French association of the Council of European Municipalities and Regions)',
    },
    summary: {
      fr: 'La voix des collectivités françaises au sein du Conseil des communes et régions d’Europe (CCRE).',
      en: 'French local authorities’ voice in the Council of European Municipalities and Regions (CEMR).',
    },
    description: {
      fr: 'Elle défend les intérêts des collectivités territoriales auprès de l’Union européenne sur de nombreux sujets, dont la politique environnementale et la politique régionale.',
      en: 'It represents local authorities’ interests to the European Union on many subjects, including environmental and regional policy.',
    },
    // Nothing specific about the metropolis's work in AFCCRE was found: only that it is a member.
    involvement: {
      fr: 'La Métropole européenne de Lille est adhérente de l’association.',
      en: 'Lille Metropole is a member.',
    },
    themes: [
      { fr: 'Affaires européennes', en: 'EU affairs' },
      { fr: 'Environnement', en: 'Environment' },
      { fr: 'Politique régionale', en: 'Regional policy' },
    ],
    founded: { fr: '1951', en: '1951' },
    seat: { fr: 'Orléans', en: 'Orléans' },
    // "No fewer than 1,000" in May 2019, the only dated source.
    members: {
      count: {
        fr: 'Au moins 1\u202f000 collectivités adhérentes',
        en: 'At least 1,000 member authorities',
      },
      year: 2019,
    },
    website: { fr: 'https://www.afccre.org' },
  },
  {
    id: 'iclei',
    shortName: 'ICLEI',
    fullName: {
      fr: 'ICLEI\u00a0– Local Governments for Sustainability',
      en: 'ICLEI\u00a0– Local Governments for Sustainability',
    },
    summary: {
      fr: 'Le réseau mondial des collectivités engagées pour le développement durable.',
      en: 'The worldwide network of local governments committed to sustainability.',
    },
    description: {
      fr: 'Il rassemble des acteurs locaux, régionaux et nationaux pour rendre les territoires urbains durables. Jusqu’en 2003, il portait le nom d’International Council for Local Environmental Initiatives.',
      en: 'It brings local, regional and national players together to make urban areas sustainable. Until 2003 it was called the International Council for Local Environmental Initiatives.',
    },
    involvement: {
      fr: 'ICLEI Europe a mis la Métropole européenne de Lille à l’honneur parmi ses membres\u00a0: son plan climat-air-énergie territorial (PCAET), adopté en février 2021, vise la neutralité carbone d’ici 2050.',
      en: 'ICLEI Europe has featured Lille Metropole as a ‘member in the spotlight’: its climate plan, adopted in February 2021, aims for carbon neutrality by 2050.',
    },
    involvementLink: { en: 'https://iclei-europe.org/member-in-the-spotlight/lille-metropole' },
    involvementLinkText: {
      fr: 'La Métropole, membre à l’honneur d’ICLEI Europe, sur {host}',
      en: 'Lille Metropole as ICLEI Europe’s member in the spotlight, on {host}',
    },
    themes: [
      { fr: 'Développement durable', en: 'Sustainability' },
      { fr: 'Bonnes pratiques', en: 'Good practice' },
    ],
    founded: {
      fr: 'Septembre 1990, aux Nations unies à New York',
      en: 'September 1990, at the United Nations in New York',
    },
    // Bonn is the headquarters; Freiburg hosts the European Secretariat only.
    seat: {
      fr: 'Bonn (secrétariat mondial)\u202f; secrétariat européen à Fribourg-en-Brisgau',
      en: 'Bonn (World Secretariat); European Secretariat in Freiburg',
    },
    members: {
      count: {
        fr: 'Plus de 2\u202f500 collectivités locales et régionales dans plus de 125 pays',
        en: 'More than 2,500 local and regional governments in over 125 countries',
      },
      year: 2025,
    },
    website: { en: 'https://iclei.org' },
  },
  {
    id: 'oasc',
    shortName: 'OASC',
    fullName: { fr: 'Open & Agile Smart Cities', en: 'Open & Agile Smart Cities' },
    summary: {
      fr: 'L’organisation qui veut façonner le marché mondial émergent des données et des services de la ville intelligente.',
      en: 'The organisation that aims to shape the emerging global market for smart city data and services.',
    },
    description: {
      fr: 'Elle part des besoins des villes et s’appuie sur les industriels pour y répondre en matière de données, de services et de technologies.',
      en: 'It starts from what cities need and draws on industry to meet those needs in data, services and technology.',
    },
    // So MEL So Connected is the metropolis's own project, not its work in OASC.
    involvement: {
      fr: 'La Métropole européenne de Lille a rejoint le réseau en octobre 2019. Akim Oural, conseiller métropolitain chargé des villes intelligentes et du numérique, y voyait un moyen d’avancer plus vite, en échangeant avec des villes qui rencontrent les mêmes difficultés techniques. Son projet de réseau électrique intelligent, So MEL So Connected, est propre à la Métropole et ne relève pas de son action au sein d’OASC.',
      en: 'Lille Metropole joined in October 2019. Akim Oural, the metropolitan councillor for smart cities and digital affairs, said that exchanging with cities facing the same technical problems would help it move faster. Its smart grid project, So MEL So Connected, is its own and not part of its work in OASC.',
    },
    themes: [
      { fr: 'Données urbaines', en: 'City data' },
      { fr: 'Services et technologies', en: 'Services and technology' },
      { fr: 'Mécanismes d’interopérabilité minimale (MIM)', en: 'Minimal Interoperability Mechanisms (MIMs)' },
    ],
    founded: { fr: 'Janvier 2015', en: 'January 2015' },
    seat: { fr: 'Bruxelles', en: 'Brussels' },
    members: {
      count: { fr: 'Plus de 140 villes dans le monde', en: 'More than 140 cities worldwide' },
      year: 2019,
    },
    website: { en: 'https://oascities.org' },
  },
  {
    id: 'energy-cities',
    shortName: 'Energy Cities',
    // The name is French: in English it shows as it is, with a translation in brackets.
    fullName: {
      fr: 'Association européenne des autorités locales en transition énergétique',
      en: 'Association européenne des autorités locales en transition énergétique (European association of local authorities in energy transition)',
    },
    summary: {
      fr: 'Le réseau européen des collectivités locales en transition énergétique (anciennement Énergie-Cités).',
      en: 'The European network of local authorities in energy transition (formerly Énergie-Cités).',
    },
    description: {
      fr: 'Il défend l’idée que la transition climatique doit être conduite par les collectivités locales, puisque la majorité des Européens vivent en ville.',
      en: 'It argues that local authorities must lead the climate transition, since most Europeans live in urban areas.',
    },
    // The metropolis is a member; only the MOLOC project was the City of Lille's.
    involvement: {
      fr: 'La Métropole européenne de Lille est membre du réseau. Sa fiche de membre présente son plan climat 2021-2026, l’«\u202fautoroute de la chaleur\u202f», soit 20\u00a0km de canalisations qui relient le centre de valorisation énergétique (CVE) d’Halluin aux réseaux de chaleur du territoire, la fermeture de la dernière centrale à charbon en janvier 2021 et Amélio, le dispositif d’accompagnement à la rénovation des logements. Le projet MOLOC était, lui, porté par la Ville de Lille.',
      en: 'Lille Metropole is a member. Its member page describes its 2021 to 2026 climate plan; the ‘heat highway’ (autoroute de la chaleur), 20\u00a0km of pipes linking the Halluin energy-from-waste plant to the area’s heat networks; the closure of the last coal-fired plant in January 2021; and Amélio, its home renovation scheme. The MOLOC project, by contrast, was the City of Lille’s.',
    },
    involvementLink: {
      fr: 'https://energy-cities.eu/fr/membre/metropole-europeenne-de-lille/',
      en: 'https://energy-cities.eu/members/european-metropolis-of-lille/',
    },
    involvementLinkText: {
      fr: 'Fiche de membre de la Métropole, sur {host}',
      en: 'Lille Metropole’s member page, on {host}',
    },
    themes: [
      { fr: 'Climat', en: 'Climate' },
      { fr: 'Énergie', en: 'Energy' },
      { fr: 'Ville bas carbone', en: 'Low-carbon city' },
    ],
    founded: { fr: '1990, à Besançon', en: '1990, in Besançon' },
    seat: { fr: 'Besançon, avec un bureau à Bruxelles', en: 'Besançon, with an office in Brussels' },
    members: {
      count: {
        fr: 'Plus de 1\u202f000 villes dans 30 pays',
        en: 'More than 1,000 towns and cities in 30 countries',
      },
      year: 2019,
    },
    website: { fr: 'https://energy-cities.eu/fr/', en: 'https://energy-cities.eu' },
    projects: [
      {
        id: 'moloc',
        name: 'MOLOC',
        fullName: {
          fr: 'MOrphologies LOw Carbon («\u202fMorphologies urbaines bas carbone\u202f»)',
          en: 'MOrphologies LOw Carbon',
        },
        description: {
          fr: 'Il a expérimenté des solutions innovantes pour une ville neutre en carbone, en travaillant sur la forme urbaine, de la ville à l’îlot, sur les usages et sur la manière de faire la ville\u00a0: conduite des projets, gouvernance, outils. La Ville de Lille a fait découvrir à ses partenaires Fives-Cail, Saint-Sauveur, Euralille, «\u202fHabiter 2030\u202f», La Fabrique des Quartiers et LiveTree\u202f; l’événement de clôture a eu lieu le 23 septembre 2021.',
          en: 'It tested innovative solutions for a carbon-neutral city by working on urban form, from the whole city down to the block, on uses, and on how the city is made: project practice, governance and tools. The City of Lille showed its partners Fives-Cail, Saint-Sauveur, Euralille, ‘Habiter 2030’, La Fabrique des Quartiers and LiveTree; the closing event took place on 23 September 2021.',
        },
        period: {
          fr: 'De janvier 2017 à décembre 2021, programme Interreg Europe 2014-2020, financé par le Fonds européen de développement régional (FEDER)',
          en: 'January 2017 to December 2021, Interreg Europe 2014–2020 programme, funded by the European Regional Development Fund (ERDF)',
        },
        partners: {
          fr: 'Ville de Lille (chef de file)\u202f; Turin, Hambourg, Suceava, l’Institut central des mines (GIG) avec la Ville de Katowice\u202f; Energy Cities (partenaire consultatif)',
          en: 'City of Lille (lead partner); Turin, Hamburg, Suceava, the Central Mining Institute (GIG) with the City of Katowice; Energy Cities (advisory partner)',
        },
        // The French page is the City of Lille's; the English one is the programme's archive.
        website: {
          fr: 'https://www.lille.fr/Actualites/Projet-MOLOC-pour-une-ville-bas-carbone',
          en: 'https://projects2014-2020.interregeurope.eu/moloc',
        },
        websiteText: {
          fr: 'Le projet MOLOC présenté par la Ville de Lille, sur {host}',
          en: 'Archived MOLOC page of the Interreg Europe 2014–2020 programme, on {host}',
        },
      },
    ],
  },
];

import type { Network } from './schema.js';

/**
 * Lille Métropole's six European networks, in the order of its own "European networks" page.
 * Every fact here, and its source, is in ../shared/content/networks-facts.md: add nothing
 * that sheet does not hold, and keep each count with the year it refers to.
 *
 * Typography: French takes a narrow no-break space (U+202F) inside « » and before ; and in
 * thousands; both languages take a no-break space (U+00A0) before an en dash, so that no line
 * starts with the dash, and between a number and its unit.
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
      fr: 'Il traite des questions que les habitants rencontrent au quotidien et offre aux villes une grande plateforme d’échange de bonnes pratiques.',
      en: 'It tackles the issues residents face in daily life and is a major platform for cities to share good practice.',
    },
    involvement: {
      fr: 'La Métropole siège dans plusieurs groupes de travail du réseau. En 2021, elle a signé le Green City Accord, première métropole française à le faire.',
      en: 'Lille Metropole sits on several of the network’s working groups. In 2021 it signed the Green City Accord, the first French metropolis to do so.',
    },
    involvementLink: 'https://eurocities.eu/latest/lille-metropoles-green-ambitions/',
    // Examples, not the whole list: the label in the card says so.
    groups: [
      { fr: 'Qualité de l’air', en: 'Air quality' },
      { fr: 'Industries créatives', en: 'Creative industries' },
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
    website: 'https://eurocities.eu',
  },
  {
    id: 'polis',
    shortName: 'POLIS',
    // No legal full name was found, and the network varies its tagline: none is shown.
    fullName: { fr: 'POLIS', en: 'POLIS' },
    summary: {
      fr: 'Le réseau européen des villes et régions pour les transports.',
      en: 'The European network of cities and regions on transport.',
    },
    description: {
      fr: 'Les collectivités y échangent leurs bonnes pratiques en matière de mobilité.',
      en: 'Local authorities use it to share good practice on mobility.',
    },
    involvement: {
      fr: 'La Métropole en est membre en tant qu’autorité organisatrice de la mobilité du territoire. Par l’intermédiaire du réseau, elle a pris part aux projets européens BAPTS, BIOGASMAX et European Cycling Challenge, ainsi qu’au groupe de transfert du projet TRACE.',
      en: 'Lille Metropole is a member as the area’s mobility organising authority. Through the network it has taken part in the EU projects BAPTS, BIOGASMAX and the European Cycling Challenge, and in the take-up group of TRACE.',
    },
    involvementLink: 'https://www.polisnetwork.eu/member/lille',
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
    website: 'https://www.polisnetwork.eu',
  },
  {
    id: 'afccre',
    shortName: 'AFCCRE',
    fullName: {
      fr: 'Association Française du Conseil des Communes et Régions d’Europe',
      en: 'French Association of the Council of European Municipalities and Regions',
    },
    summary: {
      fr: 'La voix des collectivités françaises au sein du Conseil des communes et régions d’Europe (CCRE).',
      en: 'French local authorities’ voice in the Council of European Municipalities and Regions (CEMR).',
    },
    description: {
      fr: 'Elle défend les intérêts des collectivités territoriales auprès de l’Union européenne sur de nombreux dossiers.',
      en: 'It promotes local authorities’ interests at EU level on many issues.',
    },
    involvement: {
      fr: 'La Métropole y tire parti de l’expérience d’autres collectivités pour améliorer ses propres politiques publiques.',
      en: 'Lille Metropole draws on other local authorities’ experience through it to improve its own policies.',
    },
    themes: [
      { fr: 'Affaires européennes', en: 'EU affairs' },
      { fr: 'Environnement', en: 'Environment' },
      { fr: 'Politique régionale', en: 'Regional policy' },
    ],
    founded: { fr: '1951', en: '1951' },
    seat: { fr: 'Orléans', en: 'Orléans' },
    members: {
      count: {
        fr: 'Plus de 1\u202f000 collectivités territoriales',
        en: 'More than 1,000 local authorities',
      },
      year: 2021,
    },
    website: 'https://www.afccre.org',
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
      fr: 'ICLEI Europe a mis la Métropole à l’honneur parmi ses membres\u202f: son plan climat-air-énergie territorial (PCAET), adopté en février 2021, vise la neutralité carbone d’ici 2050.',
      en: 'ICLEI Europe has featured Lille Metropole as a ‘member in the spotlight’: its climate plan, adopted in February 2021, aims for carbon neutrality by 2050.',
    },
    involvementLink: 'https://iclei-europe.org/member-in-the-spotlight/lille-metropole',
    themes: [
      { fr: 'Développement durable', en: 'Sustainability' },
      { fr: 'Bonnes pratiques', en: 'Good practice' },
    ],
    founded: {
      fr: 'Septembre 1990, aux Nations unies à New York',
      en: 'September 1990, at the United Nations in New York',
    },
    seat: {
      fr: 'Bonn (secrétariat mondial) et Fribourg-en-Brisgau (secrétariat européen)',
      en: 'Bonn (World Secretariat) and Freiburg (European Secretariat)',
    },
    members: {
      count: {
        fr: 'Plus de 2\u202f500 collectivités locales et régionales dans plus de 125 pays',
        en: 'More than 2,500 local and regional governments in over 125 countries',
      },
      year: 2025,
    },
    website: 'https://iclei.org',
  },
  {
    id: 'oasc',
    shortName: 'OASC',
    fullName: { fr: 'Open & Agile Smart Cities', en: 'Open & Agile Smart Cities' },
    summary: {
      fr: 'L’organisation qui veut façonner le marché mondial émergent des données et services de la ville intelligente.',
      en: 'The organisation that aims to shape the emerging global market for smart city data and services.',
    },
    description: {
      fr: 'Elle part des besoins des villes et s’appuie sur les industriels pour y répondre en matière de données, de services et de technologies.',
      en: 'It starts from what cities need and draws on industry to meet those needs in data, services and technology.',
    },
    involvement: {
      fr: 'La Métropole a rejoint le réseau en octobre 2019 pour accélérer ses projets numériques en échangeant avec des villes confrontées aux mêmes questions techniques. Son projet SoMel SoConnected, par exemple, a expérimenté les réseaux électriques intelligents à grande échelle.',
      en: 'Lille Metropole joined in October 2019 to speed up its digital projects by exchanging with cities facing the same technical questions. Its SoMel SoConnected project, for instance, has tested smart grids on a large scale.',
    },
    themes: [
      { fr: 'Données urbaines', en: 'City data' },
      { fr: 'Services et technologies', en: 'Services and technology' },
      { fr: 'Interopérabilité (MIM)', en: 'Interoperability (MIMs)' },
    ],
    founded: { fr: 'Janvier 2015', en: 'January 2015' },
    seat: { fr: 'Bruxelles', en: 'Brussels' },
    members: {
      count: { fr: 'Plus de 140 villes dans le monde', en: 'More than 140 cities worldwide' },
      year: 2019,
    },
    website: 'https://oascities.org',
  },
  {
    id: 'energy-cities',
    shortName: 'Energy Cities',
    fullName: {
      fr: 'Association européenne des autorités locales en transition énergétique',
      en: 'European association of local authorities in energy transition',
    },
    summary: {
      fr: 'Le réseau européen des villes en transition énergétique (anciennement Énergie-Cités).',
      en: 'The European network of cities in energy transition (formerly Énergie-Cités).',
    },
    description: {
      fr: 'Il plaide pour une transition climatique portée par les villes, où vit la majorité des Européens.',
      en: 'It argues that cities, home to most Europeans, must lead the climate transition.',
    },
    // The metropolis is a member; only the MOLOC project was the City of Lille's.
    involvement: {
      fr: 'La Métropole est membre du réseau. Sa fiche de membre décrit le plan climat 2021-2026, le réseau de chaleur de 20\u00a0km alimenté par le centre de valorisation énergétique d’Halluin, la fermeture de la dernière centrale à charbon de Lille en janvier 2021 et Amélio, le dispositif métropolitain d’accompagnement à la rénovation des logements. Le projet MOLOC était, lui, porté par la Ville de Lille.',
      en: 'Lille Metropole is a member. Its member profile covers the 2021–2026 climate plan, the 20\u00a0km heat network supplied by the Halluin energy-from-waste plant, the closure of Lille’s last coal-fired plant in January 2021 and Amélio, the metropolitan home renovation support scheme. The MOLOC project, by contrast, was the City of Lille’s.',
    },
    involvementLink: 'https://energy-cities.eu/members/european-metropolis-of-lille/',
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
    website: 'https://energy-cities.eu',
    projects: [
      {
        id: 'moloc',
        name: 'MOLOC',
        fullName: {
          fr: 'MOrphologies LOw Carbon («\u202fMorphologies urbaines bas carbone\u202f»)',
          en: 'MOrphologies LOw Carbon',
        },
        description: {
          fr: 'Il a testé des solutions innovantes pour une ville neutre en carbone, en agissant sur la forme urbaine, de la ville à l’îlot, sur les usages et sur la façon de construire. La Ville de Lille a fait découvrir à ses partenaires Fives-Cail, Saint-Sauveur, Euralille, «\u202fHabiter 2030\u202f», La Fabrique des Quartiers et LiveTree\u202f; l’événement de clôture a eu lieu le 23 septembre 2021.',
          en: 'It tested innovative solutions for a carbon-neutral city by acting on urban form, from the whole city down to the block, on uses and on the way the city is built. The City of Lille showed its partners Fives-Cail, Saint-Sauveur, Euralille, ‘Habiter 2030’, La Fabrique des Quartiers and LiveTree; the closing event took place on 23 September 2021.',
        },
        period: {
          fr: 'Janvier 2017\u00a0– décembre 2021, Interreg Europe 2014-2020 (FEDER)',
          en: 'January 2017\u00a0– December 2021, Interreg Europe 2014–2020 (ERDF)',
        },
        partners: {
          fr: 'Ville de Lille (chef de file)\u202f; Turin, Hambourg, Suceava, l’Institut central des mines (GIG) avec la Ville de Katowice\u202f; Energy Cities (partenaire consultatif)',
          en: 'City of Lille (lead partner); Turin, Hamburg, Suceava, the Central Mining Institute (GIG) with the City of Katowice; Energy Cities (advisory partner)',
        },
        website: 'https://projects2014-2020.interregeurope.eu/moloc',
      },
    ],
  },
];

import type { Network } from './schema.js';

/** Lille Métropole's six European networks, in the order of its own "European networks" page. */
export const bundledNetworks: Network[] = [
  {
    id: 'eurocities',
    shortName: 'EUROCITIES',
    fullName: { fr: 'EUROCITIES', en: 'EUROCITIES' },
    summary: {
      fr: 'Le réseau qui porte la voix des villes auprès de l’Union européenne.',
      en: 'The network that speaks for cities to the European Union.',
    },
    description: {
      fr: 'Il traite les enjeux du quotidien des habitants et offre aux villes une plateforme d’échange majeure.',
      en: 'It tackles residents’ everyday concerns and is a major platform for sharing good practice.',
    },
    involvement: {
      fr: 'La Métropole siège dans les groupes de travail ci-dessous.',
      en: 'Lille Metropole sits on the working groups below.',
    },
    groups: [
      { fr: 'Qualité de l’air', en: 'Air quality' },
      { fr: 'Industries créatives', en: 'Creative industries' },
      { fr: 'Logement', en: 'Housing' },
      { fr: 'Alimentation', en: 'Food' },
      { fr: 'Agenda urbain', en: 'Urban agenda' },
    ],
    themes: [
      { fr: 'Politiques européennes', en: 'EU policy' },
      { fr: 'Échanges entre villes', en: 'City-to-city exchange' },
    ],
    founded: {
      fr: '1986, par les maires de six grandes villes',
      en: '1986, by the mayors of six major cities',
    },
    seat: { fr: 'Bruxelles', en: 'Brussels' },
    members: {
      count: {
        fr: 'Plus de 200 villes dans 38 pays, soit plus de 130 millions d’habitants',
        en: 'Over 200 cities in 38 countries, home to over 130 million people',
      },
      year: 2023,
    },
    website: 'https://eurocities.eu',
  },
  {
    id: 'polis',
    shortName: 'POLIS',
    fullName: {
      fr: 'Cities and Regions for Transport Innovation',
      en: 'Cities and Regions for Transport Innovation',
    },
    summary: {
      fr: 'Le réseau européen des villes et régions pour les transports.',
      en: 'The European network of cities and regions on transport.',
    },
    description: {
      fr: 'Un lieu d’échange de bonnes pratiques de mobilité entre collectivités.',
      en: 'A forum for local authorities to share good practice on mobility.',
    },
    involvement: {
      fr: 'La Métropole y adhère en tant qu’autorité organisatrice de la mobilité.',
      en: 'Lille Metropole is a member as the organising authority for mobility.',
    },
    themes: [
      { fr: 'Fret urbain', en: 'Urban freight' },
      { fr: 'Sécurité routière', en: 'Road safety' },
      { fr: 'Véhicules propres, qualité de l’air', en: 'Clean vehicles, air quality' },
      { fr: 'Santé, mobilité active', en: 'Health, active travel' },
      { fr: 'Gouvernance', en: 'Governance' },
      { fr: 'Accès social et économique', en: 'Social and economic access' },
      { fr: 'Fluidité du trafic', en: 'Traffic efficiency' },
    ],
    founded: { fr: 'En activité depuis 1989', en: 'Active since 1989' },
    seat: { fr: 'Bruxelles', en: 'Brussels' },
    members: {
      count: { fr: 'Environ 70 membres', en: 'About 70 members' },
      year: 2012,
    },
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
      fr: 'La voix des collectivités françaises au Conseil des communes et régions d’Europe.',
      en: 'French local authorities’ voice in the Council of European Municipalities and Regions.',
    },
    description: {
      fr: 'Elle défend les intérêts des collectivités auprès de l’UE, sur de nombreux dossiers.',
      en: 'It defends local authorities’ interests with the EU on many issues.',
    },
    involvement: {
      fr: 'La Métropole y puise l’expérience d’autres collectivités.',
      en: 'Lille Metropole learns from other local authorities through it.',
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
        en: 'Over 1,000 local authorities',
      },
      year: 2021,
    },
    website: 'https://www.afccre.org',
  },
  {
    id: 'iclei',
    shortName: 'ICLEI',
    fullName: {
      fr: 'ICLEI – Local Governments for Sustainability',
      en: 'ICLEI – Local Governments for Sustainability',
    },
    summary: {
      fr: 'Le réseau mondial des collectivités engagées pour le développement durable.',
      en: 'The worldwide network of local governments committed to sustainability.',
    },
    description: {
      fr: 'Il réunit acteurs locaux, régionaux et nationaux pour rendre les territoires urbains durables.',
      en: 'It brings local, regional and national players together to make urban areas sustainable.',
    },
    involvement: {
      fr: 'La Métropole y nourrit sa politique de développement durable.',
      en: 'Lille Metropole draws on it to shape its sustainability policy.',
    },
    themes: [
      { fr: 'Développement durable', en: 'Sustainability' },
      { fr: 'Bonnes pratiques', en: 'Good practice' },
    ],
    founded: {
      fr: 'Septembre 1990, aux Nations unies à New York',
      en: 'September 1990, at the United Nations in New York',
    },
    seat: { fr: 'Bonn\u202f; Fribourg-en-Brisgau pour l’Europe', en: 'Bonn; Freiburg for Europe' },
    members: {
      count: {
        fr: 'Plus de 2\u202f500 collectivités locales et régionales dans plus de 125 pays',
        en: 'Over 2,500 local and regional governments in over 125 countries',
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
      fr: 'L’organisation qui veut façonner le marché mondial de la ville intelligente.',
      en: 'The body that aims to shape the global smart city market.',
    },
    description: {
      fr: 'Elle part des besoins des villes et s’appuie sur les industriels pour y répondre.',
      en: 'It starts from what cities need and draws on industry to meet those needs.',
    },
    involvement: {
      fr: 'La Métropole a rejoint le réseau en octobre 2019.',
      en: 'Lille Metropole joined in October 2019.',
    },
    themes: [
      { fr: 'Données urbaines', en: 'City data' },
      { fr: 'Services et technologies', en: 'Services and technology' },
      { fr: 'Interopérabilité (MIMs)', en: 'Interoperability (MIMs)' },
    ],
    founded: { fr: 'Janvier 2015', en: 'January 2015' },
    seat: { fr: 'Bruxelles', en: 'Brussels' },
    members: {
      count: { fr: 'Plus de 140 villes dans le monde', en: 'Over 140 cities worldwide' },
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
      fr: 'Le réseau européen des villes en transition énergétique (ex-Énergie-Cités).',
      en: 'The European network of cities in energy transition (formerly Énergie-Cités).',
    },
    description: {
      fr: 'Il plaide pour une transition climatique portée par les villes, où vit la majorité des Européens.',
      en: 'It argues that cities, home to most Europeans, must lead the climate transition.',
    },
    involvement: {
      fr: 'La Ville de Lille, et non la Métropole, a piloté le projet MOLOC ci-dessous.',
      en: 'The City of Lille, not the Metropole, led the MOLOC project below.',
    },
    themes: [
      { fr: 'Climat', en: 'Climate' },
      { fr: 'Énergie', en: 'Energy' },
      { fr: 'Ville bas carbone', en: 'Low-carbon city' },
    ],
    founded: { fr: '1990, à Besançon', en: '1990, in Besançon' },
    seat: { fr: 'Besançon et Bruxelles', en: 'Besançon and Brussels' },
    members: {
      count: {
        fr: 'Plus de 1\u202f000 villes dans 30 pays',
        en: 'Over 1,000 towns and cities in 30 countries',
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
          fr: 'Il a testé des solutions pour une ville neutre en carbone, en jouant sur la forme urbaine, les usages et la façon de construire.',
          en: 'It tested solutions for a carbon-neutral city, working on urban form, uses and the way the city is built.',
        },
        period: {
          fr: 'Janvier 2017 – décembre 2021, Interreg Europe (FEDER)',
          en: 'January 2017 – December 2021, Interreg Europe (ERDF)',
        },
        partners: {
          fr: 'Ville de Lille (chef de file)\u202f; Turin, Hambourg, Suceava, l’Institut central des mines avec la Ville de Katowice\u202f; Energy Cities (partenaire consultatif)',
          en: 'City of Lille (lead partner); Turin, Hamburg, Suceava, the Central Mining Institute with the City of Katowice; Energy Cities (advisory partner)',
        },
      },
    ],
  },
];

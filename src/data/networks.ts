import type { Network } from './schema.js';

/** Lille Métropole's six European networks, in the order of its own "European networks" page. */
export const bundledNetworks: Network[] = [
  {
    id: 'eurocities',
    shortName: 'EUROCITIES',
    fullName: {
      fr: 'Réseau des grandes villes européennes',
      en: 'Network of major European cities',
    },
    summary: {
      fr: 'Le réseau des grandes villes européennes, porte-voix des villes auprès de l’Union européenne.',
      en: 'The network of major European cities, speaking for cities to the European Union.',
    },
    description: {
      fr: 'EUROCITIES porte la voix des villes auprès des institutions européennes et se saisit des questions qui touchent au quotidien des habitants. C’est l’une des principales plateformes d’échange de bonnes pratiques entre villes.',
      en: 'EUROCITIES represents cities in their dealings with the EU institutions and takes up the issues residents face in everyday life. It is one of the main platforms where cities exchange good practice.',
    },
    involvement: {
      fr: 'La Métropole européenne de Lille siège dans plusieurs groupes de travail du réseau.',
      en: 'Lille Metropole sits on several of the network’s working groups.',
    },
    groups: [
      { fr: 'Qualité de l’air', en: 'Air quality' },
      { fr: 'Industries créatives', en: 'Creative industries' },
      { fr: 'Logement', en: 'Housing' },
      { fr: 'Alimentation', en: 'Food' },
      { fr: 'Agenda urbain', en: 'Urban agenda' },
    ],
    themes: [
      { fr: 'Représentation des villes auprès de l’UE', en: 'Representing cities to the EU' },
      { fr: 'Échange de bonnes pratiques', en: 'Sharing good practice' },
      { fr: 'Agenda urbain pour l’UE', en: 'Urban Agenda for the EU' },
    ],
    founded: {
      fr: '1986, à l’initiative des maires de Barcelone, Birmingham, Francfort, Lyon, Milan et Rotterdam',
      en: '1986, on the initiative of the mayors of Barcelona, Birmingham, Frankfurt, Lyon, Milan and Rotterdam',
    },
    seat: { fr: 'Bruxelles (secrétariat)', en: 'Brussels (secretariat)' },
    members: {
      count: {
        fr: 'Plus de 200 villes dans 38 pays, soit plus de 130 millions d’habitants',
        en: 'More than 200 cities in 38 countries, home to over 130 million people',
      },
      year: 2023,
    },
    website: 'https://eurocities.eu',
  },
  {
    id: 'polis',
    shortName: 'POLIS',
    fullName: {
      fr: 'Villes et régions pour l’innovation dans les transports',
      en: 'Cities and Regions for Transport Innovation',
    },
    summary: {
      fr: 'Le réseau européen des villes et des régions qui innovent en matière de transports.',
      en: 'The European network of cities and regions working on transport innovation.',
    },
    description: {
      fr: 'POLIS permet aux collectivités locales et régionales de mettre en commun leurs bonnes pratiques en matière de mobilité. Ses travaux portent aussi bien sur le fret urbain et la sécurité routière que sur la qualité de l’air ou l’accès de tous aux transports.',
      en: 'POLIS gives local and regional authorities a place to pool their good practice on mobility. Its work ranges from urban freight and road safety to air quality and fair access to transport.',
    },
    involvement: {
      fr: 'La Métropole européenne de Lille en est membre en sa qualité d’autorité organisatrice de la mobilité.',
      en: 'Lille Metropole is a member in its capacity as the organising authority for mobility.',
    },
    themes: [
      { fr: 'Fret urbain', en: 'Urban freight' },
      { fr: 'Sécurité routière', en: 'Road safety' },
      { fr: 'Véhicules propres et qualité de l’air', en: 'Clean vehicles and air quality' },
      { fr: 'Santé et mobilité active', en: 'Health and active travel' },
      { fr: 'Gouvernance', en: 'Governance' },
      { fr: 'Accès social et économique', en: 'Social and economic access' },
      { fr: 'Fluidité du trafic', en: 'Traffic efficiency' },
    ],
    founded: { fr: 'En activité depuis 1989', en: 'Active since 1989' },
    seat: { fr: 'Bruxelles (secrétariat)', en: 'Brussels (secretariat)' },
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
      fr: 'L’association qui représente les collectivités françaises au sein du Conseil des communes et régions d’Europe (CCRE).',
      en: 'The association representing French local authorities within the Council of European Municipalities and Regions (CEMR).',
    },
    description: {
      fr: 'L’AFCCRE relaie la position des collectivités territoriales françaises au sein du CCRE et défend leurs intérêts auprès de l’Union européenne, sur des sujets très variés, dont l’environnement et la politique régionale. Le CCRE, né à Genève en 1951, fédère 60 associations nationales de 41 pays.',
      en: 'AFCCRE puts the case of French local and regional authorities within CEMR and defends their interests with the European Union on a wide range of subjects, including the environment and regional policy. CEMR, set up in Geneva in 1951, brings together 60 national associations from 41 countries.',
    },
    involvement: {
      fr: 'La Métropole y trouve un relais pour suivre les politiques européennes et s’inspirer de l’expérience d’autres collectivités.',
      en: 'For Lille Metropole, it is a channel for following EU policy and learning from other local authorities.',
    },
    themes: [
      { fr: 'Intérêts des collectivités auprès de l’UE', en: 'Local authorities’ interests in the EU' },
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
      fr: 'ICLEI – Local Governments for Sustainability (collectivités locales pour le développement durable)',
      en: 'ICLEI – Local Governments for Sustainability',
    },
    summary: {
      fr: 'Le réseau mondial des collectivités locales et régionales engagées pour le développement durable.',
      en: 'The worldwide network of local and regional governments committed to sustainability.',
    },
    description: {
      fr: 'ICLEI favorise le partage d’expériences entre collectivités en matière de développement durable et fédère acteurs locaux, régionaux et nationaux autour d’un même objectif\u202f: des territoires urbains durables. Jusqu’en 2003, il portait le nom d’International Council for Local Environmental Initiatives.',
      en: 'ICLEI helps local authorities share what works in sustainable development, and gathers local, regional and national players around one goal: sustainable urban areas. Until 2003 it was called the International Council for Local Environmental Initiatives.',
    },
    involvement: {
      fr: 'La Métropole s’appuie sur ce réseau pour confronter ses politiques de développement durable aux meilleures expériences d’autres collectivités.',
      en: 'Lille Metropole uses the network to compare its sustainability policies with the best experience of other local governments.',
    },
    themes: [
      { fr: 'Développement durable', en: 'Sustainability' },
      { fr: 'Villes durables', en: 'Sustainable cities' },
      { fr: 'Échange de bonnes pratiques', en: 'Sharing good practice' },
    ],
    founded: {
      fr: 'Septembre 1990, aux Nations unies à New York',
      en: 'September 1990, at the United Nations in New York',
    },
    seat: {
      fr: 'Secrétariat mondial à Bonn, secrétariat européen à Fribourg-en-Brisgau',
      en: 'World Secretariat in Bonn; European Secretariat in Freiburg',
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
    fullName: {
      fr: 'Open & Agile Smart Cities (villes intelligentes ouvertes et agiles)',
      en: 'Open & Agile Smart Cities',
    },
    summary: {
      fr: 'L’organisation internationale qui contribue à structurer le marché mondial des données et services de la ville intelligente.',
      en: 'An international organisation helping to shape the new global market in smart city data and services.',
    },
    description: {
      fr: 'OASC part des besoins des villes et s’appuie sur les industriels pour faire avancer les données, les services et les technologies urbaines. Le réseau est connu pour ses mécanismes d’interopérabilité minimale (MIMs), comme la gestion des informations de contexte ou les modèles de données partagés. L’adhésion est gratuite pour les villes.',
      en: 'OASC starts from what cities need and draws on industry support to move city data, services and technology forward. It is best known for its Minimal Interoperability Mechanisms (MIMs), such as context information management and shared data models. Membership is free for cities.',
    },
    involvement: {
      fr: 'La Métropole européenne de Lille a rejoint le réseau en octobre 2019.',
      en: 'Lille Metropole joined the network in October 2019.',
    },
    themes: [
      { fr: 'Ville intelligente', en: 'Smart cities' },
      { fr: 'Données urbaines', en: 'City data' },
      { fr: 'Interopérabilité', en: 'Interoperability' },
      { fr: 'Services et technologies', en: 'Services and technology' },
    ],
    founded: {
      fr: 'Janvier 2015 (lancement en mars 2015)',
      en: 'January 2015 (launched in March 2015)',
    },
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
      fr: 'Le réseau européen des collectivités locales engagées dans la transition énergétique.',
      en: 'The European network of local authorities leading the energy transition.',
    },
    description: {
      fr: 'Pour Energy Cities, la transition climatique doit être portée par les collectivités locales, puisque la majorité des Européens vivent en ville. L’association s’appelait auparavant Énergie-Cités.',
      en: 'Energy Cities makes the case that local authorities must lead the climate transition, as cities are home to most Europeans. It was formerly known as Énergie-Cités.',
    },
    involvement: {
      fr: 'La Ville de Lille, et non la Métropole, a piloté le projet européen MOLOC, auquel Energy Cities était associée en tant que partenaire consultatif.',
      en: 'The City of Lille, rather than the Metropole, led the European project MOLOC, with Energy Cities as advisory partner.',
    },
    themes: [
      { fr: 'Transition énergétique', en: 'Energy transition' },
      { fr: 'Climat', en: 'Climate' },
      { fr: 'Action locale', en: 'Local action' },
      { fr: 'Ville bas carbone', en: 'Low-carbon city' },
    ],
    founded: { fr: '1990, à Besançon', en: '1990, in Besançon' },
    seat: { fr: 'Besançon et Bruxelles', en: 'Besançon and Brussels' },
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
          fr: 'Le projet a expérimenté des solutions innovantes au service d’une ville neutre en carbone. Il a étudié comment la forme urbaine, de la ville à l’îlot, les usages et la façon de construire la ville peuvent réduire les émissions de carbone.',
          en: 'The project tested innovative solutions for a carbon-neutral city. It looked at how urban form, from the whole city down to the block, together with uses and the way the city is built, can bring carbon emissions down.',
        },
        period: {
          fr: 'Janvier 2017 – décembre 2021, programme Interreg Europe 2014-2020, cofinancé par le FEDER',
          en: 'January 2017 – December 2021, Interreg Europe 2014-2020 programme, co-funded by the ERDF',
        },
        partners: {
          fr: 'Ville de Lille (chef de file)\u202f; Turin, Hambourg, Suceava, l’Institut central des mines avec la Ville de Katowice\u202f; Energy Cities, partenaire consultatif',
          en: 'City of Lille (lead partner); Turin, Hamburg, Suceava, the Central Mining Institute with the City of Katowice; Energy Cities (advisory partner)',
        },
      },
    ],
  },
];

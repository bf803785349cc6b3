/**
 * The Dutch of the bundled networks and of the interface strings, for the Flemish partners of
 * the Eurometropolis Lille-Kortrijk-Tournai: the one place this Dutch is written.
 * scripts/example-document.mjs adds it, as `nl`, to every text of src/data/networks.ts and
 * writes demo/networks.nl.example.json; it fails when a text has no Dutch here, or when Dutch
 * here matches no text there.
 *
 * `networks` mirrors the shape of each bundled network (by id): every localised text in
 * src/data/networks.ts has its Dutch at the same place, lists in the same order, projects by id.
 * The facts are those of ../shared/content/networks-facts.md, as in French and English.
 *
 * Register: a Flemish public body. The metropolis is "Europese Metropool Rijsel" throughout,
 * without article; the City of Lille is "Stad Rijsel", as Flemish cities name themselves.
 * Thousands take a full stop (1.000); a no-break space (U+00A0) comes before an en dash and
 * between a number and its unit.
 */

/** The interface strings; `{year}`, `{host}` and `{name}` are filled in where they are shown. */
export const strings = {
  showAll: 'Alle netwerken tonen',
  hideAll: 'Alle netwerken verbergen',
  fullName: 'Volledige naam',
  founded: 'Opgericht',
  seat: 'Zetel',
  members: 'Leden',
  figures: '(cijfers {year})',
  themes: 'Thema’s',
  involvement: 'Europese Metropool Rijsel in dit netwerk',
  involvementLink: 'Europese Metropool Rijsel op {host}',
  groups: 'Onder meer in deze werkgroepen',
  project: 'Project {name}',
  period: 'Periode',
  partners: 'Partners',
  website: 'Officiële website: {host}',
  inLanguage: { fr: '(in het Frans)', en: '(in het Engels)' },
};

/** Per network id, the Dutch of each of its texts. */
export const networks = {
  eurocities: {
    fullName: 'Eurocities',
    summary: 'Het netwerk dat de stem van de steden vertolkt bij de Europese Unie.',
    description:
      'Het behandelt de vragen waar inwoners in hun dagelijks leven mee te maken krijgen en is voor steden een belangrijk platform om goede praktijken uit te wisselen.',
    involvement:
      'Europese Metropool Rijsel zetelt in verschillende werkgroepen van het netwerk. In 2021 ondertekende ze, als eerste Franse metropool, het Green City Accord.',
    groups: ['Luchtkwaliteit', 'Creatieve industrie', 'Wonen', 'Voeding', 'Stedelijke Agenda voor de EU'],
    themes: ['Europees beleid', 'Uitwisseling tussen steden'],
    founded: '1986, door de burgemeesters van Barcelona, Birmingham, Frankfurt, Lyon, Milaan en Rotterdam',
    seat: 'Brussel',
    members: { count: 'Meer dan 200 steden in 38 landen, samen goed voor 130 miljoen inwoners' },
  },
  polis: {
    fullName: 'POLIS',
    summary: 'Het Europese netwerk van steden en regio’s voor vervoer.',
    description: 'Lokale besturen wisselen er goede praktijken rond mobiliteit uit.',
    involvement:
      'Europese Metropool Rijsel is lid als organiserende overheid voor de mobiliteit op haar grondgebied. Via het netwerk nam ze deel aan de Europese projecten BAPTS, BIOGASMAX en European Cycling Challenge, en aan TRACE als lid van de take-upgroep.',
    themes: [
      'Stedelijke distributie',
      'Verkeersveiligheid',
      'Schone voertuigen, luchtkwaliteit',
      'Gezondheid, actieve mobiliteit',
      'Bestuur',
      'Sociale en economische toegankelijkheid',
      'Verkeersdoorstroming',
    ],
    founded: '1989',
    seat: 'Brussel',
  },
  afccre: {
    fullName: 'Franse Vereniging van de Raad van Europese Gemeenten en Regio’s',
    summary: 'De stem van de Franse lokale besturen in de Raad van Europese Gemeenten en Regio’s (CEMR).',
    description: 'Ze verdedigt de belangen van de lokale besturen bij de Europese Unie in tal van dossiers.',
    involvement:
      'Europese Metropool Rijsel leert er uit de ervaring van andere lokale besturen om haar eigen beleid te verbeteren.',
    themes: ['Europese zaken', 'Leefmilieu', 'Regionaal beleid'],
    founded: '1951',
    seat: 'Orléans',
    members: { count: 'Meer dan 1.000 lokale besturen' },
  },
  iclei: {
    fullName: 'ICLEI\u00a0– Local Governments for Sustainability',
    summary: 'Het wereldwijde netwerk van lokale besturen die zich inzetten voor duurzaamheid.',
    description:
      'Het brengt lokale, regionale en nationale actoren samen om stedelijke gebieden duurzaam te maken. Tot 2003 heette het International Council for Local Environmental Initiatives.',
    involvement:
      'ICLEI Europe zette Europese Metropool Rijsel in de kijker in zijn rubriek ‘Member in the spotlight’: haar klimaatplan, goedgekeurd in februari 2021, mikt op klimaatneutraliteit tegen 2050.',
    themes: ['Duurzame ontwikkeling', 'Goede praktijken'],
    founded: 'September 1990, bij de Verenigde Naties in New York',
    seat: 'Bonn (wereldsecretariaat) en Freiburg (Europees secretariaat)',
    members: { count: 'Meer dan 2.500 lokale en regionale overheden in meer dan 125 landen' },
  },
  oasc: {
    fullName: 'Open & Agile Smart Cities',
    summary: 'De organisatie die de opkomende wereldmarkt voor data en diensten van de slimme stad mee vorm wil geven.',
    description:
      'Ze vertrekt van de noden van de steden en doet een beroep op de industrie om daarop in te spelen, op het vlak van data, diensten en technologie.',
    involvement:
      'Europese Metropool Rijsel trad in oktober 2019 toe om haar digitale projecten te versnellen, in overleg met steden die voor dezelfde technische vragen staan. Met haar project SoMel SoConnected testte ze bijvoorbeeld slimme elektriciteitsnetten op grote schaal.',
    themes: ['Stedelijke data', 'Diensten en technologie', 'Interoperabiliteit (MIM’s)'],
    founded: 'Januari 2015',
    seat: 'Brussel',
    members: { count: 'Meer dan 140 steden wereldwijd' },
  },
  'energy-cities': {
    fullName: 'Europese vereniging van lokale overheden in energietransitie',
    summary: 'Het Europese netwerk van steden in energietransitie (voorheen Énergie-Cités).',
    description: 'Het pleit voor een klimaattransitie die gedragen wordt door de steden, waar de meeste Europeanen wonen.',
    involvement:
      'Europese Metropool Rijsel is lid. Haar ledenpagina belicht het klimaatplan 2021-2026, het warmtenet van 20\u00a0km dat gevoed wordt door de afvalverbrandingsinstallatie van Halluin, de sluiting van de laatste steenkoolcentrale van Rijsel in januari 2021 en Amélio, haar begeleidingsaanbod voor woningrenovatie. MOLOC daarentegen was een project van Stad Rijsel.',
    themes: ['Klimaat', 'Energie', 'Koolstofarme stad'],
    founded: '1990, in Besançon',
    seat: 'Besançon, met een kantoor in Brussel',
    members: { count: 'Meer dan 1.000 steden en gemeenten in 30 landen' },
    projects: {
      moloc: {
        fullName: 'MOrphologies LOw Carbon (koolstofarme stadsvormen)',
        description:
          'Het project testte innoverende oplossingen voor een koolstofneutrale stad, door in te grijpen op de stadsvorm, van de hele stad tot het bouwblok, op het gebruik en op de manier van bouwen. Stad Rijsel toonde haar partners Fives-Cail, Saint-Sauveur, Euralille, ‘Habiter 2030’, La Fabrique des Quartiers en LiveTree; het slotevenement vond plaats op 23 september 2021.',
        period: 'Januari 2017\u00a0– december 2021, Interreg Europe 2014-2020 (EFRO)',
        partners:
          'Stad Rijsel (hoofdpartner); Turijn, Hamburg, Suceava, het Centraal Mijnbouwinstituut (GIG) met Stad Katowice; Energy Cities (adviserende partner)',
      },
    },
  },
};

/**
 * The Dutch of the bundled networks and of the interface strings, for the Flemish partners of
 * the Eurometropolis Lille-Kortrijk-Tournai: the one place this Dutch is written.
 * scripts/example-document.mjs adds it, as `nl`, to every text of src/data/networks.json and
 * writes demo/networks.nl.example.json; it fails when a text has no Dutch here, or when Dutch
 * here matches no text there.
 *
 * `networks` mirrors the shape of each bundled network (by id): every localised text in
 * src/data/networks.json has its Dutch at the same place, lists in the same order, projects by id.
 * The facts are those of ../shared/content/networks-facts.md, as in French and English.
 *
 * Register: a Flemish public body. The metropolis is "de Europese Metropool Rijsel", with its
 * article in running text; the City of Lille is "Stad Rijsel", as Flemish cities name
 * themselves; one name for Lille on a page, Rijsel. CEMR is the REGR, as Belgian Dutch writes it.
 * Thousands take a full stop (1.000); a no-break space (U+00A0) comes before an en dash and
 * between a number and its unit. There is no Dutch page to link: a Dutch card links the English
 * one, else the French one, and says so ("(in het Engels)").
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
  involvement: 'De Europese Metropool Rijsel in dit netwerk',
  involvementLink: 'Pagina over de Europese Metropool Rijsel, op {host}',
  groups: 'Enkele werkgroepen waarin de Europese Metropool Rijsel zetelt',
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
      'Het werkt rond de vragen waar inwoners in hun dagelijks leven mee te maken krijgen en is voor steden een van de belangrijkste platformen om goede praktijken uit te wisselen.',
    involvement:
      'De Europese Metropool Rijsel zetelt in verschillende werkgroepen van het netwerk, volgens haar pagina over haar Europese netwerken (zonder datum). In februari 2021 ondertekende ze het Green City Accord, een initiatief van de Europese Commissie dat samen met Eurocities, ICLEI en de Raad van Europese Gemeenten en Regio’s (REGR) wordt gevoerd. Ze was de eerste Franse metropool die toetrad.',
    involvementLinkText: 'De groene ambities van de Europese Metropool Rijsel, interview van 27 april 2021, op {host}',
    groups: [
      'Luchtkwaliteit',
      'Creatieve industrie (sindsdien omgedoopt tot ‘Skills, creativity and work’)',
      'Wonen',
      'Voeding',
      'Stedelijke Agenda voor de EU',
    ],
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
      'De Europese Metropool Rijsel is lid als bevoegde mobiliteitsoverheid voor haar grondgebied. Haar ledenpagina op de website van POLIS vermeldt de Europese projecten waaraan ze heeft deelgenomen of deelneemt: BAPTS; BIOGASMAX, gecoördineerd door de stedelijke gemeenschap die de Europese Metropool Rijsel voorafging; TRACE, in de take-upgroep van steden die de resultaten ervan overnemen; en European Cycling Challenge.',
    involvementLinkText: 'Ledenpagina van de Europese Metropool Rijsel, op {host}',
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
    fullName:
      'Association française du Conseil des communes et régions d’Europe (Franse vereniging van de Raad van Europese Gemeenten en Regio’s)',
    summary: 'De stem van de Franse lokale besturen in de Raad van Europese Gemeenten en Regio’s (REGR).',
    description:
      'Ze verdedigt de belangen van de lokale besturen bij de Europese Unie op tal van gebieden, waaronder het milieubeleid en het regionaal beleid.',
    involvement: 'De Europese Metropool Rijsel is lid van de vereniging.',
    themes: ['Europese zaken', 'Leefmilieu', 'Regionaal beleid'],
    founded: '1951',
    seat: 'Orléans',
    members: { count: 'Minstens 1.000 aangesloten lokale besturen' },
  },
  iclei: {
    fullName: 'ICLEI\u00a0– Local Governments for Sustainability',
    summary: 'Het wereldwijde netwerk van lokale besturen die zich inzetten voor duurzaamheid.',
    description:
      'Het brengt lokale, regionale en nationale actoren samen om stedelijke gebieden duurzaam te maken. Tot 2003 heette het International Council for Local Environmental Initiatives.',
    involvement:
      'ICLEI Europe zette de Europese Metropool Rijsel in de kijker in zijn rubriek ‘Member in the spotlight’: haar klimaatplan, goedgekeurd in februari 2021, mikt op koolstofneutraliteit tegen 2050.',
    involvementLinkText: 'De Europese Metropool Rijsel in de kijker bij ICLEI Europe, op {host}',
    themes: ['Duurzame ontwikkeling', 'Goede praktijken'],
    founded: 'September 1990, bij de Verenigde Naties in New York',
    seat: 'Bonn (wereldsecretariaat); Europees secretariaat in Freiburg',
    members: { count: 'Meer dan 2.500 lokale en regionale overheden in meer dan 125 landen' },
  },
  oasc: {
    fullName: 'Open & Agile Smart Cities',
    summary: 'De organisatie die de opkomende wereldmarkt voor data en diensten van de slimme stad mee vorm wil geven.',
    description:
      'Ze vertrekt van de noden van de steden en doet een beroep op de industrie om daarop in te spelen, op het vlak van data, diensten en technologie.',
    involvement:
      'De Europese Metropool Rijsel trad in oktober 2019 toe. Akim Oural, metropolitaan raadslid bevoegd voor slimme steden en digitalisering, zag in de uitwisseling met steden die voor dezelfde technische problemen staan een manier om sneller vooruit te gaan. Haar project voor een slim elektriciteitsnet, So MEL So Connected, is een eigen project en maakt geen deel uit van haar werk binnen OASC.',
    themes: ['Stedelijke data', 'Diensten en technologie', 'Minimale interoperabiliteitsmechanismen (MIM’s)'],
    founded: 'Januari 2015',
    seat: 'Brussel',
    members: { count: 'Meer dan 140 steden wereldwijd' },
  },
  'energy-cities': {
    fullName:
      'Association européenne des autorités locales en transition énergétique (Europese vereniging van lokale overheden in energietransitie)',
    summary: 'Het Europese netwerk van lokale overheden in energietransitie (voorheen Énergie-Cités).',
    description:
      'Het pleit ervoor dat de lokale overheden de klimaattransitie leiden, omdat de meeste Europeanen in steden wonen.',
    involvement:
      'De Europese Metropool Rijsel is lid. Haar ledenpagina beschrijft haar klimaatplan 2021-2026; de ‘warmtesnelweg’ (autoroute de la chaleur), 20\u00a0km leidingen die de afvalverbrandingsinstallatie van Halluin verbinden met de warmtenetten van het gebied; de sluiting van de laatste steenkoolcentrale in januari 2021; en Amélio, haar begeleiding bij woningrenovatie. MOLOC daarentegen was een project van Stad Rijsel.',
    involvementLinkText: 'Ledenpagina van de Europese Metropool Rijsel, op {host}',
    themes: ['Klimaat', 'Energie', 'Koolstofarme stad'],
    founded: '1990, in Besançon',
    seat: 'Besançon, met een kantoor in Brussel',
    members: { count: 'Meer dan 1.000 steden en gemeenten in 30 landen' },
    projects: {
      moloc: {
        fullName: 'MOrphologies LOw Carbon (koolstofarme stadsvormen)',
        description:
          'Het project testte innoverende oplossingen voor een koolstofneutrale stad, door te werken aan de stadsvorm, van de hele stad tot het bouwblok, aan het gebruik en aan de manier waarop de stad gemaakt wordt: projectpraktijk, bestuur en instrumenten. Stad Rijsel toonde haar partners Fives-Cail, Saint-Sauveur, Euralille, ‘Habiter 2030’, La Fabrique des Quartiers en LiveTree; het slotevenement vond plaats op 23 september 2021.',
        period:
          'Januari 2017 tot december 2021, programma Interreg Europe 2014-2020, gefinancierd door het Europees Fonds voor Regionale Ontwikkeling (EFRO)',
        partners:
          'Stad Rijsel (hoofdpartner); Turijn, Hamburg, Suceava, het Centraal Mijnbouwinstituut (GIG) met Stad Katowice; Energy Cities (adviserende partner)',
        websiteText: 'Gearchiveerde MOLOC-pagina van het programma Interreg Europe 2014-2020, op {host}',
      },
    },
  },
};

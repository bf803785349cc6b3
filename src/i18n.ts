import type { Data } from './data/parse.js';
import { own } from './data/schema-kit.js';
import { type Language, type LocalizedText, type Strings, type StringsByLanguage, languages } from './data/schema.js';

/**
 * Every string the widget itself shows, in both bundled languages (the keys are those of
 * `stringsSchema`). A document's `strings` or the `strings` property replace any of them.
 */
export const bundledStrings: Record<Language, Strings> = {
  fr: {
    showAll: 'Afficher tous les réseaux',
    hideAll: 'Masquer tous les réseaux',
    fullName: 'Nom complet',
    founded: 'Création',
    seat: 'Siège',
    members: 'Membres',
    figures: '(données {year})',
    themes: 'Thématiques',
    involvement: 'La Métropole dans ce réseau',
    involvementLink: 'Page consacrée à la Métropole, sur {host}',
    groups: 'Quelques groupes de travail où siège la Métropole',
    project: 'Projet {name}',
    period: 'Période',
    partners: 'Partenaires',
    website: 'Site officiel\u00a0: {host}',
    inLanguage: { en: '(en anglais)' },
  },
  en: {
    showAll: 'Show all networks',
    hideAll: 'Hide all networks',
    fullName: 'Full name',
    founded: 'Founded',
    seat: 'Headquarters',
    members: 'Members',
    figures: '({year} figures)',
    themes: 'Themes',
    involvement: 'Lille Metropole in this network',
    involvementLink: 'Page about Lille Metropole, on {host}',
    groups: 'Some of the working groups Lille Metropole sits on',
    project: '{name} project',
    period: 'Period',
    partners: 'Partners',
    website: 'Official website: {host}',
    inLanguage: { fr: '(in French)' },
  },
};

/** `template` with each `{key}` replaced by `values[key]`. */
export const fill = (template: string, values: Record<string, string | number>): string =>
  template.replace(/\{(\w+)\}/g, (whole, key: string) => String((own(values, key) as string | number | undefined) ?? whole));

/**
 * The language tag that applies to `element`, in lower case: its own `lang`, else the nearest
 * ancestor's (across shadow roots, since a host framework may nest the element in its own
 * components), else French, the language of the metropolis, when nothing is declared.
 */
export function declaredLanguage(element: Element): string {
  for (let node: Element | null = element; node; ) {
    const tag = node.getAttribute('lang');
    // lang="" means "unknown language" in HTML: keep looking further up.
    if (tag) return tag.toLowerCase();
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'fr';
}

/**
 * The language to show for the tag `wanted`, among those the data covers: the tag itself, else
 * its base language (`nl-be` → `nl`, `fr-ca` → `fr`), else English.
 */
export const chooseLanguage = (wanted: string, covered: Set<string>): string =>
  [wanted, wanted.split('-')[0]].find((tag) => covered.has(tag)) ?? 'en';

/**
 * What the cards say in one language: its tag, the interface strings, and what it lacks. (Its
 * keys start with "_", as private members do, so that the build shortens them: rollup.config.mjs.)
 */
export interface Texts {
  /** The language shown: the declared one where the data or the strings cover it, else English. */
  _language: string;
  /** Each interface string in that language, else in English. */
  _strings: Strings;
  /** What that language lacks and English stands in for: `strings.showAll`, a network's id. */
  _missing: Set<string>;
}

/**
 * The language to show for the tag `declared`, and each interface string in it: from `extra`
 * (the `strings` property), else the document's strings, else the bundled ones. A string the
 * language lacks is taken from English and recorded as missing.
 */
export function textsFor(declared: string, { networks, strings }: Data, extra?: StringsByLanguage): Texts {
  const covered = new Set<string>(languages);
  // Every network has a summary: its languages are the document's.
  for (const texts of [strings, extra, ...networks.map((network) => network.summary)]) {
    for (const tag in texts) covered.add(tag);
  }
  const language = chooseLanguage(declared, covered);
  const sources = [bundledStrings, strings, extra];
  /** The strings written for `tag`, the later sources over the earlier. */
  const writtenIn = (tag: string) => Object.assign({}, ...sources.map((source) => own(source, tag))) as Partial<Strings>;
  const written = writtenIn(language);
  const missing = new Set(Object.keys(bundledStrings.en).flatMap((name) => (own(written, name) ? [] : [`strings.${name}`])));
  return { _language: language, _strings: { ...writtenIn('en'), ...written } as Strings, _missing: missing };
}

/**
 * Reads a network's texts in `language`; a text that lacks it is shown in English, and the
 * network's id is recorded in `missing`.
 */
export const reader =
  ({ _language: language, _missing: missing }: Texts, id: string) =>
  (text: LocalizedText): string =>
    (own(text, language) as string | undefined) ?? (missing.add(id), text.en);

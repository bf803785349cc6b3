import type { Language, Strings } from './data/schema.js';
import { own } from './data/schema-kit.js';

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

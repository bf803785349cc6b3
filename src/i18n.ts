import type { Language } from './data/schema.js';

/** Every string the widget itself shows, in both languages. */
export const strings = {
  fr: {
    showAll: 'Afficher tous les réseaux',
    hideAll: 'Masquer tous les réseaux',
    fullName: 'Nom complet',
    founded: 'Création',
    seat: 'Siège',
    members: 'Membres',
    figureOf: (year: number) => `(chiffre ${year})`,
    themes: 'Thématiques',
    involvement: 'La Métropole dans ce réseau',
    groups: 'Groupes de travail',
    project: 'Projet',
    period: 'Période',
    partners: 'Partenaires',
    website: 'Site officiel\u00a0:',
  },
  en: {
    showAll: 'Show all networks',
    hideAll: 'Hide all networks',
    fullName: 'Full name',
    founded: 'Founded',
    seat: 'Headquarters',
    members: 'Members',
    figureOf: (year: number) => `(${year} figure)`,
    themes: 'Themes',
    involvement: 'Lille Metropole in this network',
    groups: 'Working groups',
    project: 'Project',
    period: 'Period',
    partners: 'Partners',
    website: 'Official website:',
  },
} satisfies Record<Language, Record<string, unknown>>;

export type Strings = (typeof strings)[Language];

/** French for `fr` and its regional forms, English for any other declared language. */
export const languageOf = (tag: string): Language =>
  tag.toLowerCase().split('-')[0] === 'fr' ? 'fr' : 'en';

/**
 * The language that applies to `element`: its own `lang`, else the nearest ancestor's (across
 * shadow roots, since a host framework may nest the element in its own components), else
 * French, the language of the metropolis, when nothing is declared.
 */
export function resolveLanguage(element: Element): Language {
  for (let node: Element | null = element; node; ) {
    const tag = node.getAttribute('lang');
    // lang="" means "unknown language" in HTML: keep looking further up.
    if (tag) return languageOf(tag);
    node = node.parentElement ?? ((node.getRootNode() as ShadowRoot).host || null);
  }
  return 'fr';
}

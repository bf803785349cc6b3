/**
 * The shape of the networks' data: the one source for the TypeScript types, the runtime
 * validation of `src` and `data`, and the published `lille-networks.schema.json`.
 */
import { type Infer, type Schema, integer, keyed, list, literal, object, text } from './schema-kit.js';

/** The two languages every visible string exists in; a document may add others. */
export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

/**
 * A language tag as BCP 47 writes it (`nl`, `nl-BE`, `de-CH`): a key of localised texts and of
 * `strings`. Matched without regard to case.
 */
const languageTag = '^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$';

/** Texts of `each` in French and English, and in any other language a document adds (`nl`, `nl-BE`…). */
const localized = <T>(each: Schema<T>) => keyed(languageTag, each, object({ fr: each, en: each }));
/** A name, a label or a one-line fact. */
const line = localized(text(200));
/** A few sentences. */
const paragraph = localized(text(2000));

/** A label of a host name: ASCII letters, digits, and hyphens inside (Punycode for the others). */
const hostLabel = '[A-Za-z0-9]([A-Za-z0-9-]*[A-Za-z0-9])?';

/**
 * Only web addresses whose link text can name where they lead: `http:` or `https:` (a
 * `javascript:` or `data:` URL never becomes a link), no user name or password, and a host that
 * is a public name: labels as above joined by single dots, the last one starting with a letter
 * (no IP address, no empty label, no invisible or bidi character, which the URL parser would
 * drop or refuse). `format` adds what only the browser's parser can tell (a port up to 65535,
 * Punycode that decodes): an address that validation keeps is one that rendering links.
 */
const webAddress: Schema<string> = {
  ...text(2000, `^[Hh][Tt][Tt][Pp][Ss]?://(${hostLabel}\\.)+[A-Za-z]([A-Za-z0-9-]*[A-Za-z0-9])?(:\\d{1,5})?([/?#]\\S*)?$`),
  format: 'iri',
};

/**
 * Where a link leads: one web address, or one per language of the page it leads to
 * (`{ "fr": "https://…/fr/", "en": "https://…" }`, at least one language tag among its keys).
 * A card links the page in its own language, else the English one, else the first given, and
 * says the page's language when it is not the card's; a single address says none. JSON
 * Schema's list of types: `pattern` applies to a text, `patternProperties` to an object.
 */
const link = {
  ...webAddress,
  ...keyed(languageTag, webAddress),
  type: ['string', 'object'],
  minProperties: 1,
  // Partial: TypeScript infers `{ fr: string; en?: undefined }` from JSON where links differ in
  // shape, and a key set to undefined is absent here as everywhere.
} as Schema<string | Partial<Record<string, string>>>;

const id = text(60, '^[a-z0-9]+(-[a-z0-9]+)*$');

/**
 * A name that shows: at least one character that is not a control, format, private-use or
 * unassigned character (`\p{C}`), a mark, a space, another default-ignorable character
 * (zero-width, bidi controls, Hangul fillers) or the blank Braille pattern. A name made only of
 * those is drawn 0 px wide, or blank: a heading no one can see.
 */
const name = text(80, '[^\\p{C}\\p{M}\\p{Z}\\p{DI}\\u2800]');

/** An interface string; `{name}`-style placeholders are filled in where it is shown. */
const label = text(200);
const template = (placeholder: string) => text(200, `\\{${placeholder}\\}`);

/** A link's own text, naming the page it leads to, with `{host}` where the site's name goes. */
const linkText = localized(template('host'));

/**
 * Every string the widget itself shows (src/i18n.ts has them in French and English). In a
 * document or the `strings` property, any of them may be given per language.
 */
const uiStrings = {
  /** The "show all" button. */
  showAll: label,
  /** The same button once every card is open. */
  hideAll: label,
  fullName: label,
  founded: label,
  seat: label,
  members: label,
  /** After a member count: the year it refers to, `{year}`. */
  figures: template('year'),
  themes: label,
  /** Heading of what Lille Métropole does in the network. */
  involvement: label,
  /** The link to the network's page about Lille Métropole; `{host}` is the site's name. */
  involvementLink: template('host'),
  /** Heading of the working groups Lille Métropole sits on: examples, not the network's list. */
  groups: label,
  /** A project's heading, from its name: `{name}`. */
  project: template('name'),
  period: label,
  partners: label,
  /** A link to a network's or a project's site; `{host}` is the site's name. */
  website: template('host'),
  /**
   * What follows the text of a link to a page in another language than the card's, by that
   * language's tag: `{ "en": "(en anglais)" }` in French. A language missing here is named by its
   * tag, "(de)". A document or the `strings` property replaces the whole list.
   */
  inLanguage: keyed(languageTag, label),
};
type StringKey = keyof typeof uiStrings;
export const stringsSchema = object(uiStrings, Object.keys(uiStrings) as StringKey[]);
/** Interface strings per language tag: `{ "nl": { "showAll": "…" } }`. */
export const stringsByLanguage = keyed(languageTag, stringsSchema);

export const projectSchema = object(
  {
    id,
    name,
    fullName: line,
    description: paragraph,
    period: line,
    partners: paragraph,
    website: link,
    /** The text of the link to `website`, where it is more than the project's site (an archived page). */
    websiteText: linkText,
  },
  ['partners', 'website', 'websiteText'],
);

export const networkSchema = object(
  {
    id,
    shortName: name,
    fullName: line,
    summary: line,
    description: paragraph,
    /** What Lille Métropole does in the network. */
    involvement: paragraph,
    /** The network's own page about Lille Métropole (a member page, an interview), where it has one. */
    involvementLink: link,
    /** The text of the link to that page, naming what it is: "Interview, 27 April 2021, on {host}". */
    involvementLinkText: linkText,
    /** Some of the working groups Lille Métropole sits in, where the network has them. */
    groups: list(line, 30),
    themes: list(line, 30),
    founded: line,
    seat: line,
    /** A member count always comes with the year it refers to: figures age. */
    members: object({ count: line, year: integer(1950, 2100) }),
    website: link,
    projects: list(projectSchema, 10),
  },
  ['involvementLink', 'involvementLinkText', 'groups', 'themes', 'founded', 'seat', 'members', 'projects'],
);

/** A document for the `src` attribute or the `data` property. */
export const documentSchema = object(
  {
    version: literal(1),
    /** Interface strings that replace the bundled ones, per language. */
    strings: stringsByLanguage,
    networks: list(networkSchema, 1000),
  },
  ['strings'],
);

export type LocalizedText = Infer<typeof line>;
/** One web address, or one per language tag. */
export type Address = Infer<typeof link>;
export type Strings = Required<Infer<typeof stringsSchema>>;
export type StringsByLanguage = Infer<typeof stringsByLanguage>;
export type Project = Infer<typeof projectSchema>;
export type Network = Infer<typeof networkSchema>;
export type NetworksDocument = Infer<typeof documentSchema>;

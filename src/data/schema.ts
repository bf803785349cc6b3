/**
 * The shape of the networks' data: the one source for the TypeScript types, the runtime
 * validation of `src` and `data`, and the published `lille-networks.schema.json`.
 */
import { type Infer, integer, list, literal, object, text } from './schema-kit.js';

/** The two languages every visible string exists in. */
export const languages = ['fr', 'en'] as const;
export type Language = (typeof languages)[number];

const localized = (maxLength: number) => object({ fr: text(maxLength), en: text(maxLength) });
/** A name, a label or a one-line fact. */
const line = localized(200);
/** A few sentences. */
const paragraph = localized(2000);

/** Only web addresses: a `javascript:` or `data:` URL fails validation and never becomes a link. */
const webAddress = text(2000, '^[Hh][Tt][Tt][Pp][Ss]?://[^\\s/?#]\\S*$');

const id = text(60, '^[a-z0-9]+(-[a-z0-9]+)*$');

export const projectSchema = object(
  {
    id,
    name: text(80),
    fullName: line,
    description: paragraph,
    period: line,
    partners: paragraph,
    website: webAddress,
  },
  ['partners', 'website'],
);

export const networkSchema = object(
  {
    id,
    shortName: text(80),
    fullName: line,
    summary: line,
    description: paragraph,
    /** What Lille Métropole does in the network. */
    involvement: paragraph,
    /** The network's own page about Lille Métropole (a member page, an interview), where it has one. */
    involvementLink: webAddress,
    /** The working groups Lille Métropole sits in, where the network has them. */
    groups: list(line, 30),
    themes: list(line, 30),
    founded: line,
    seat: line,
    /** A member count always comes with the year it refers to: figures age. */
    members: object({ count: line, year: integer(1950, 2100) }),
    website: webAddress,
    projects: list(projectSchema, 10),
  },
  ['involvementLink', 'groups', 'themes', 'founded', 'seat', 'members', 'projects'],
);

/** A document for the `src` attribute or the `data` property. */
export const documentSchema = object({
  version: literal(1),
  networks: list(networkSchema, 1000),
});

export type LocalizedText = Infer<ReturnType<typeof localized>>;
export type Project = Infer<typeof projectSchema>;
export type Network = Infer<typeof networkSchema>;
export type NetworksDocument = Infer<typeof documentSchema>;

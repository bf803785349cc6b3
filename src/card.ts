/**
 * What a card says, in which order, with which labels and link texts: one description, which
 * the element's templates (templates.ts) render in the browser and on the server.
 */
import { own } from './data/schema-kit.js';
import type { Address, LocalizedText, Network, Strings } from './data/schema.js';
import { fill } from './i18n.js';

/**
 * Words of the data beside the widget's own (a member count before "(2023 figures)", a project's
 * name in "MOLOC project"): rendered apart, in <bdi>, so that right-to-left text or a direction
 * override in the data cannot reorder the widget's words.
 */
export interface Mixed {
  _before: string;
  _data: string;
  _after: string;
}

/** The widget's own words around `data`, where `template` has `{key}`. */
const around = (template: string, key: string, data: string): Mixed => {
  const [before, after = ''] = template.split(`{${key}}`);
  return { _before: before, _data: data, _after: after };
};

/**
 * A link: an `http:` or `https:` address, and a text that names the page or site it leads to,
 * and the page's language where it is not the card's.
 */
export interface Link {
  _href: string;
  _text: string | Mixed;
}

/** A fact: its label, and its value as a text, a text beside the widget's words, or a list. */
export type Fact = [label: string, value: string | Mixed | string[]];

export interface ProjectContent {
  /** "Projet MOLOC" / "MOLOC project". */
  _heading: Mixed;
  _paragraphs: string[];
  _facts: Fact[];
  _link?: Link;
}

export interface CardContent {
  _id: string;
  /** The network's short name: the card's heading. */
  _name: string;
  _summary: string;
  _description: string;
  _facts: Fact[];
  /** What Lille Métropole does in the network, under its label, with the network's page about it. */
  _involvement: [label: string, text: string];
  _involvementLink?: Link;
  _groups?: Fact;
  _projects: ProjectContent[];
  _link?: Link;
}

/** Reads a localised text in the language shown. */
export type Localize = (text: LocalizedText) => string;

/** What the card of `network` says in `language`, the language shown (`localize` reads texts in it). */
export function describeCard(network: Network, localize: Localize, t: Strings, language: string): CardContent {
  /**
   * A link whose text names where it goes (the data's own text for it, else `template`, with
   * the site's name), then the page's language where it is not the card's (`inLanguage`, else
   * its tag); or nothing. Of one address per language, the card's, else English, else the
   * first. Only `http:` and `https:` addresses become links, whatever validation let through:
   * a last line of defence.
   */
  const linkOf = (address: Address | undefined, template: string, written?: LocalizedText): Link | undefined => {
    let tag = language;
    if (typeof address == 'object') {
      // Validated copies have no prototype: every key read here is the data's own.
      const byLanguage = address;
      address = byLanguage[(tag = [language, 'en', ...Object.keys(byLanguage)].find((key) => byLanguage[key])!)];
    }
    try {
      const url = new URL(address!);
      if (/^https?:$/.test(url.protocol)) {
        // "www." is left out where a name remains (example.org), kept where it is the name (www.com).
        const text = fill(written ? localize(written) : template, { host: url.hostname.replace(/^www\.(?=.+\.)/, '') });
        // The bundled words are a plain object: a page's Object.prototype must not add a language.
        const words = own(t.inLanguage, tag) as string | undefined;
        const note = tag === language ? '' : ` ${words ?? `(${tag})`}`;
        // A text from the data is set apart from the note in the widget's words.
        return { _href: url.href, _text: written ? { _before: '', _data: text, _after: note } : text + note };
      }
    } catch {
      // not an address: no link
    }
  };
  const facts: Fact[] = [];
  // An empty list of themes, which the schema allows, is no fact.
  const fact = (label: string, value?: Fact[1]) => (Array.isArray(value) ? value.length : value) && facts.push([label, value!]);
  const fullName = localize(network.fullName);
  const { members, groups } = network;
  // A full name that only repeats the heading is left out.
  if (fullName !== network.shortName) fact(t.fullName, fullName);
  fact(t.founded, network.founded && localize(network.founded));
  fact(t.seat, network.seat && localize(network.seat));
  fact(t.members, members && { _before: '', _data: localize(members.count), _after: ` ${fill(t.figures, { year: members.year })}` });
  fact(t.themes, network.themes?.map((theme) => localize(theme)));
  return {
    _id: network.id,
    _name: network.shortName,
    _summary: localize(network.summary),
    _description: localize(network.description),
    _facts: facts,
    _involvement: [t.involvement, localize(network.involvement)],
    _involvementLink: linkOf(network.involvementLink, t.involvementLink, network.involvementLinkText),
    _groups: groups?.length ? [t.groups, groups.map((group) => localize(group))] : undefined,
    _projects: (network.projects ?? []).map((project) => ({
      _heading: around(t.project, 'name', project.name),
      _paragraphs: [localize(project.fullName), localize(project.description)],
      _facts: [
        [t.period, localize(project.period)],
        ...(project.partners ? [[t.partners, localize(project.partners)] as Fact] : []),
      ],
      _link: linkOf(project.website, t.website, project.websiteText),
    })),
    _link: linkOf(network.website, t.website),
  };
}

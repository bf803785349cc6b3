/**
 * What a card says, in which order, with which labels and link texts: one description, rendered
 * by the element (lille-networks.ts), by the no-JavaScript fallback HTML and by the benchmark's
 * native baseline (scripts/lib/artifacts.mjs), so that the three can never drift apart.
 */
import type { LocalizedText, Network, Strings } from './data/schema.js';
import { fill } from './i18n.js';

/** A link: an `http:` or `https:` address, and a text that names the site it leads to. */
export interface Link {
  href: string;
  text: string;
}

/** A fact: its label, and its value as a text or as a list of texts. */
export type Fact = [label: string, value: string | string[]];

export interface ProjectContent {
  /** "Projet MOLOC" / "MOLOC project". */
  heading: string;
  paragraphs: string[];
  facts: Fact[];
  link?: Link;
}

export interface CardContent {
  id: string;
  /** The network's short name: the card's heading. */
  name: string;
  summary: string;
  description: string;
  facts: Fact[];
  /** What Lille Métropole does in the network, under its label, with the network's page about it. */
  involvement: [label: string, text: string];
  involvementLink?: Link;
  groups?: Fact;
  projects: ProjectContent[];
  link?: Link;
}

/** Reads a localised text in the language shown. */
export type Say = (text: LocalizedText) => string;

/**
 * A link whose text names where it goes, or nothing. Only `http:` and `https:` addresses
 * become links, whatever validation let through: a last line of defence against `javascript:`.
 */
function link(address: string | undefined, template: string): Link | undefined {
  try {
    const url = new URL(address!);
    if (/^https?:$/.test(url.protocol)) {
      // "www." is left out where a name remains (example.org), kept where it is the name (www.com).
      return { href: url.href, text: fill(template, { host: url.hostname.replace(/^www\.(?=.+\.)/, '') }) };
    }
  } catch {
    // not an address: no link
  }
}

export function describeCard(network: Network, say: Say, t: Strings): CardContent {
  const facts: Fact[] = [];
  const fact = (label: string, value?: string | string[]) => value?.length && facts.push([label, value]);
  const fullName = say(network.fullName);
  const { members, groups } = network;
  // A full name that only repeats the heading is left out.
  fact(t.fullName, fullName === network.shortName ? '' : fullName);
  fact(t.founded, network.founded && say(network.founded));
  fact(t.seat, network.seat && say(network.seat));
  fact(t.members, members && `${say(members.count)} ${fill(t.figures, { year: members.year })}`);
  fact(t.themes, network.themes?.map((theme) => say(theme)));
  return {
    id: network.id,
    name: network.shortName,
    summary: say(network.summary),
    description: say(network.description),
    facts,
    involvement: [t.involvement, say(network.involvement)],
    involvementLink: link(network.involvementLink, t.involvementLink),
    groups: groups?.length ? [t.groups, groups.map((group) => say(group))] : undefined,
    projects: (network.projects ?? []).map((project) => ({
      heading: fill(t.project, { name: project.name }),
      paragraphs: [say(project.fullName), say(project.description)],
      facts: [
        [t.period, say(project.period)],
        ...(project.partners ? [[t.partners, say(project.partners)] as Fact] : []),
      ],
      link: link(project.website, t.website),
    })),
    link: link(network.website, t.website),
  };
}

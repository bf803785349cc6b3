/**
 * Where the cards' data comes from, for the element and its server markup alike: a document
 * given as `data` or loaded from `src` is accepted in whole or in part, or refused, with a
 * sentence for each; the `strings` property is checked; the server's markup carries the
 * document and strings it was rendered from, for the element to start with.
 */
import type { Fail } from '../events.js';
import { type Data, parseDocument, reasonOf } from './parse.js';
import { validate } from './schema-kit.js';
import { type StringsByLanguage, stringsByLanguage } from './schema.js';

export type { Fail };

/**
 * The data of a document, or undefined when nothing in it is usable. Whatever the input does
 * (a getter that throws, a Proxy, a replaced prototype), the worst outcome is a refusal: `fail`
 * names the entries dropped, or why the whole was refused and `instead` what is shown then.
 */
export function accept(document: unknown, source: string, fail: Fail, instead: string): Data | undefined {
  try {
    const parsed = parseDocument(document);
    if (parsed.dropped.length) fail('invalid', `${source}: ${parsed.dropped.join('; ')}`);
    return parsed;
  } catch (error) {
    fail('invalid', `${source}: ${reasonOf(error)}; ${instead}`);
  }
}

/** The `strings` property, checked: undefined for none, or when refused (`fail` says why). */
export function acceptStrings(strings: unknown, fail: Fail): StringsByLanguage | undefined {
  try {
    return strings == null ? undefined : validate(stringsByLanguage, strings, 'strings');
  } catch (error) {
    fail('invalid', `${reasonOf(error)}; the strings property is ignored`);
  }
}

/** What the server's markup carries (src/server.ts): the document and strings it rendered. */
export interface Carried {
  data?: unknown;
  strings?: unknown;
}

/**
 * What `host`'s server markup carries, read from its declarative shadow root, or from the
 * template that markup set through innerHTML leaves as a child (a router's client-side
 * navigation, WordPress's editor), since innerHTML attaches no shadow root.
 */
export function carried(host: Element): Carried {
  try {
    const script = host.shadowRoot!.querySelector('script') ?? host.querySelector('template')!.content.querySelector('script');
    // Whatever the JSON holds (null, a number), it can be taken apart.
    return (JSON.parse(script!.textContent) as Carried | null) ?? {};
  } catch {
    // no server markup, or none with data
    return {};
  }
}

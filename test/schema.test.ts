/**
 * The published JSON Schema (dist/lille-networks.schema.json, written by `npm run build`) is the
 * contract a web team writes a `src` document against: it must describe exactly what the
 * element accepts, the bundled data and the demo's example document must satisfy it, and a
 * document that breaks it must be refused with the path of the fault.
 */
import { expect } from '@open-wc/testing';
import { documentSchema } from '../src/data/schema.js';
import { type JsonSchema, ValidationError, validate } from '../src/data/schema-kit.js';
import { bundledNetworks, network, project } from './helpers/data.js';

const getJson = async (url: string): Promise<unknown> => {
  const response = await fetch(url, { cache: 'no-store' });
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.json() as Promise<unknown>;
};

const publishedUrl = '/dist/lille-networks.schema.json';
const exampleUrl = '/demo/networks.example.json';

/** A valid document with one entry, given `overrides` and without the field `left`. */
const withEntry = (overrides: Record<string, unknown>, left?: string) => {
  const entry: Record<string, unknown> = network('entry', overrides);
  if (left) delete entry[left];
  return { version: 1, networks: [entry] };
};

describe('the published JSON Schema', () => {
  let published: JsonSchema & Record<string, unknown>;

  before(async () => {
    published = (await getJson(publishedUrl)) as JsonSchema & Record<string, unknown>;
  });

  it('is a draft 2020-12 schema that names itself and its document', () => {
    expect(published.$schema).to.equal('https://json-schema.org/draft/2020-12/schema');
    expect(published.$id).to.be.a('string').and.match(/\/dist\/lille-networks\.schema\.json$/);
    expect(published.title).to.be.a('string').and.not.equal('');
  });

  it('describes exactly the shape the element validates', () => {
    const { $schema, $id, title, description, ...shape } = published;
    expect([$schema, $id, title, description].every(Boolean)).to.equal(true);
    expect(shape).to.deep.equal(JSON.parse(JSON.stringify(documentSchema)));
  });

  it('accepts the bundled data', () => {
    const document = { version: 1, networks: bundledNetworks };
    expect(validate(published, document)).to.deep.equal(document);
  });
});

describe('documents that satisfy the schema', () => {
  it('the bundled data is a valid document, with nothing the schema does not name', () => {
    const document = { version: 1, networks: bundledNetworks };
    // validate() returns a copy that keeps only the keys the schema names, with text trimmed:
    // equal means the bundled data has no stray field and no untrimmed text.
    expect(validate(documentSchema, document)).to.deep.equal(document);
  });

  it('the bundled networks have distinct ids', () => {
    const ids = bundledNetworks.map(({ id }) => id);
    expect(new Set(ids).size).to.equal(ids.length);
  });

  it('the demo’s example document (demo/networks.example.json) is valid', async () => {
    const example = (await getJson(exampleUrl)) as { networks: unknown[] };
    const checked = validate(documentSchema, example);
    expect(checked.networks).to.have.length(example.networks.length);
  });
});

describe('documents that break the schema are refused with the path of the fault', () => {
  // What is refused, the document, and the start of the message naming the fault.
  const cases: [string, unknown, string][] = [
    ['a document that is not an object', null, 'document: must be an object, not null'],
    ['a document of another version', { version: 2, networks: [] }, 'version: must be 1'],
    ['a document without networks', { version: 1 }, 'networks: is missing'],
    ['networks that are not a list', { version: 1, networks: {} }, 'networks: must be a list, not object'],
    ['an entry without a summary', withEntry({}, 'summary'), 'networks[0].summary: is missing'],
    ['an entry whose English full name is blank', withEntry({ fullName: { fr: 'Nom', en: '   ' } }), 'networks[0].fullName.en: must not be empty'],
    ['an id that is not lower-case words joined by hyphens', withEntry({ id: 'Not An Id' }), 'networks[0].id: must match'],
    ['a javascript: website', withEntry({ website: 'javascript:alert(1)' }), 'networks[0].website: must match'],
    ['a data: website in a project', withEntry({ projects: [project({ website: 'data:text/html,x' })] }), 'networks[0].projects[0].website: must match'],
    ['a website with a user name and password', withEntry({ website: 'https://user:secret@example.org/' }), 'networks[0].website: must match'],
    ['a website whose host is a scheme and whose port is code', withEntry({ website: 'https://javascript:alert(1)' }), 'networks[0].website: must match'],
    ['a page about the metropolis whose host hides a zero-width joiner', withEntry({ involvementLink: 'https://exa\u200dmple.org/' }), 'networks[0].involvementLink: must match'],
    ['a website whose host is an empty label after www', withEntry({ website: 'https://www./' }), 'networks[0].website: must match'],
    ['a website on a port out of range, which only a URL parser tells', withEntry({ website: 'https://example.org:99999/' }), 'networks[0].website: must be a web address'],
    ['a short name of zero-width and combining characters only', withEntry({ shortName: '\u200b\u0301\u200d' }), 'networks[0].shortName: must match'],
    ['a member count from before 1950', withEntry({ members: { count: { fr: '9', en: '9' }, year: 1800 } }), 'networks[0].members.year: must be between 1950 and 2100'],
    ['a short name over 80 characters', withEntry({ shortName: 'x'.repeat(81) }), 'networks[0].shortName: must be at most 80 characters'],
    ['a theme that is a plain string instead of both languages', withEntry({ themes: ['Climat'] }), 'networks[0].themes[0]: must be an object, not string'],
  ];

  for (const [what, document, message] of cases) {
    it(`refuses ${what}: "${message}"`, () => {
      expect(() => validate(documentSchema, document)).to.throw(ValidationError, message);
    });
  }

  it('refuses the same documents with the published schema, naming the same paths', async () => {
    const published = (await getJson(publishedUrl)) as JsonSchema;
    for (const [, document, message] of cases) {
      expect(() => validate(published, document)).to.throw(ValidationError, message);
    }
  });

  it('keeps only the keys the schema names, so __proto__ and constructor keys go nowhere', () => {
    const parsed = JSON.parse(
      JSON.stringify({ version: 1, networks: [network('clean')] }).replace(
        '"id":"clean"',
        '"__proto__":{"polluted":true},"constructor":{"prototype":{"polluted":true}},"id":"clean"',
      ),
    ) as unknown;
    const checked = validate(documentSchema, parsed);
    expect(Object.keys(checked.networks[0])).not.to.include.members(['__proto__', 'constructor']);
    expect(Object.hasOwn(checked.networks[0], '__proto__')).to.equal(false);
    expect(Object.hasOwn(Object.prototype, 'polluted')).to.equal(false);
    // The copy has no prototype at all: even a polluted Object.prototype reaches nothing of it.
    expect(Object.getPrototypeOf(checked.networks[0])).to.equal(null);
  });
});

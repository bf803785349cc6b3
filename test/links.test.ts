/**
 * Links as a person meets them: every address in the data is either refused, with one warning
 * and one `lille-networks-error` naming the entry it dropped, or shown as a link whose text names
 * the host it leads to; never a `javascript:` or `data:` link, never a link that hides where it
 * goes, and never an address silently
 * lost between validation and rendering. Names get the same care: a card's heading or a
 * project's name with no visible character is refused, not shown 0 px wide.
 */
import { expect } from '@open-wc/testing';
import '../src/define.js';
import { bundledStrings, fill } from '../src/i18n.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { ids, panel, text } from './helpers/cards.js';
import { element, fixtures, load, logEachTest, network, project } from './helpers/data.js';

const logged = logEachTest();

/** All links the element renders, open cards or not. */
const links = (el: LilleNetworks) => [...el.shadowRoot!.querySelectorAll('a')];

/** An element in `lang` that has taken `networks` as `data`, every card open; the events it sent. */
async function showing(networks: unknown[], lang = 'en') {
  const el = await element(lang);
  const { events } = await load(el, { data: { version: 1, networks } });
  el.expandAll();
  await el.updateComplete;
  return { el, events };
}

const anchors = (el: LilleNetworks, id: string) => [...panel(el, id).querySelectorAll<HTMLAnchorElement>('a[href]')];

/** An expected text as `text()` reads the page: runs of white space (no-break ones too) as one space. */
const read = (value: string) => value.replace(/\s+/g, ' ').trim();

/** Addresses that no link may be made of: each is refused, and its entry named. */
const refused: Record<string, string> = {
  'a user name and password': 'https://user:secret@example.org/',
  'a user name': 'https://user@example.org/',
  'a host that is a scheme, and a port that is code': 'https://javascript:alert(1)',
  'a zero-width joiner in the host': 'https://exa\u200dmple.org/',
  'a right-to-left override in the host': 'https://exa\u202emple.org/',
  'a zero-width space in the host (which the URL parser would drop)': 'https://ex\u200bample.org/',
  'a soft hyphen in the host (dropped too)': 'https://ex\u00adample.org/',
  'an empty label after www': 'https://www./',
  'an empty first label': 'https://.example.org/',
  'two dots in a row': 'https://example..org/',
  'a port out of range': 'https://example.org:99999/',
  'an IP address rather than a name': 'https://192.0.2.1/',
  'a name of one label': 'https://localhost/',
};

describe('addresses: each is refused with a warning, or becomes a link that names its host', () => {
  for (const [what, address] of Object.entries(refused)) {
    it(`refuses ${what}, as a website, a page about the metropolis or a project's website`, async () => {
      const { el, events } = await showing([
        network('kept'),
        network('bad-website', { website: address }),
        network('bad-page', { involvementLink: address }),
        network('bad-project', { projects: [project({ website: address })] }),
      ]);
      expect(ids(el)).to.deep.equal(['kept']);
      const { message } = events.errors()[0];
      expect(message).to.include('networks[1].website');
      expect(message).to.include('networks[2].involvementLink');
      expect(message).to.include('networks[3].projects[0].website');
      expect(logged.warnings).to.have.length(1);
    });
  }

  it('follows the browser\'s URL parser where engines differ (Punycode that may not decode): refused, or linked', async () => {
    const addresses = ['https://xn--a.example.org/', 'https://xn--zz.example.org/', 'https://a--b.example.org/'];
    const { el, events } = await showing([network('kept'), ...addresses.map((website, i) => network(`n${i}`, { website }))]);
    const message = events.errors()[0]?.message ?? '';
    addresses.forEach((website, i) => {
      let host: string | undefined;
      try {
        host = new URL(website).hostname;
      } catch {
        // this engine's parser refuses it: so must validation
      }
      if (host === undefined) {
        expect(ids(el), website).to.not.include(`n${i}`);
        expect(message, website).to.include(`networks[${i + 1}].website`);
      } else {
        expect(text(anchors(el, `n${i}`)[0]), website).to.equal(fill(bundledStrings.en.website, { host }));
      }
    });
  });

  it('makes every address it accepts a link whose text names the host, without "www."', async () => {
    const accepted: [string, string][] = [
      ['https://example.org:8443/members?id=1#lille', 'example.org'],
      ['HTTP://WWW.EXAMPLE.ORG/Path', 'example.org'],
      ['https://xn--80ak6aa92e.com/', 'xn--80ak6aa92e.com'],
      // "www" is the name itself here, not a prefix to leave out.
      ['https://www.com/', 'www.com'],
      ['https://a-b.example.co.uk/', 'a-b.example.co.uk'],
    ];
    const { el, events } = await showing(accepted.map(([website], i) => network(`n${i}`, { website })));
    expect(events.errors()).to.deep.equal([]);
    accepted.forEach(([website, host], i) => {
      const [a] = anchors(el, `n${i}`);
      expect(a.href, website).to.equal(new URL(website).href);
      expect(text(a), website).to.equal(fill(bundledStrings.en.website, { host }));
    });
    expect(logged.warnings).to.deep.equal([]);
  });
});

describe('names: a name with no visible character is refused', () => {
  const invisible: Record<string, string> = {
    'zero-width characters': '\u200b\u200d\u2060',
    'combining marks alone': '\u0301\u0302\u0303',
    'direction marks and overrides': '\u200f\u202e\u202c',
    'a Hangul filler': '\u3164',
    'the blank Braille pattern': '\u2800',
    'variation selectors': '\ufe0f\ufe0e',
  };
  for (const [what, name] of Object.entries(invisible)) {
    it(`refuses a network or project name made of ${what}, naming the entry`, async () => {
      const { el, events } = await showing([
        network('kept'),
        network('blank-name', { shortName: name }),
        network('blank-project', { projects: [project({ name })] }),
      ]);
      expect(ids(el)).to.deep.equal(['kept']);
      const { message } = events.errors()[0];
      expect(message).to.include('networks[1] "blank-name" dropped: networks[1].shortName');
      expect(message).to.include('networks[2] "blank-project" dropped: networks[2].projects[0].name');
      expect(logged.warnings).to.have.length(1);
    });
  }

  it('refuses an id with no visible character', async () => {
    const { el, events } = await showing([network('kept'), network('\u200b'), network('\u0301')]);
    expect(ids(el)).to.deep.equal(['kept']);
    expect(events.errors()[0].message).to.include('networks[1]').and.include('networks[2]');
  });

  it('shows names that have a visible character beside invisible ones', async () => {
    const { el, events } = await showing([
      network('accented', { shortName: 'e\u0301te\u0301' }),
      network('emoji', { shortName: '\u{1F30D}' }),
      network('joined', { shortName: '\u200bNet\u200d' }),
    ]);
    expect(events.errors()).to.deep.equal([]);
    expect(ids(el)).to.deep.equal(['accented', 'emoji', 'joined']);
  });
});

describe('links per language: the card\'s language, else English, else the first, and the page\'s language said', () => {
  const t = bundledStrings;

  for (const lang of ['fr', 'en'] as const) {
    it(`renders a document with one address per link as before, naming no language (${lang})`, async () => {
      const { el, events } = await showing(
        [
          network('single', {
            involvementLink: 'https://www.example.org/members/lille',
            projects: [project({ website: 'https://project.example.org/' })],
          }),
        ],
        lang,
      );
      expect(events.errors()).to.deep.equal([]);
      expect(anchors(el, 'single').map((a) => [a.href, text(a)])).to.deep.equal([
        ['https://www.example.org/members/lille', read(fill(t[lang].involvementLink, { host: 'example.org' }))],
        ['https://project.example.org/', read(fill(t[lang].website, { host: 'project.example.org' }))],
        ['https://example.org/single', read(fill(t[lang].website, { host: 'example.org' }))],
      ]);
      expect(logged.warnings).to.deep.equal([]);
    });
  }

  const perLanguage = network('both', {
    website: { fr: 'https://example.org/fr/', en: 'https://example.org/en/' },
    involvementLink: { en: 'https://example.org/members/lille' },
    projects: [project({ website: { fr: 'https://ville.example.fr/projet' } })],
  });

  it('links the French page in French and the English one in English, saying nothing of their language', async () => {
    for (const lang of ['fr', 'en'] as const) {
      const { el } = await showing([perLanguage], lang);
      const [, , site] = anchors(el, 'both');
      expect(site.href, lang).to.equal(`https://example.org/${lang}/`);
      expect(text(site), lang).to.equal(read(fill(t[lang].website, { host: 'example.org' })));
    }
  });

  it('falls back to the English page in a French card, and says « (en anglais) »', async () => {
    const { el } = await showing([perLanguage], 'fr');
    const [page] = anchors(el, 'both');
    expect(page.href).to.equal('https://example.org/members/lille');
    expect(text(page)).to.equal(read(`${fill(t.fr.involvementLink, { host: 'example.org' })} (en anglais)`));
  });

  it('falls back to the only page given, French, in an English card, and says "(in French)"', async () => {
    const { el } = await showing([perLanguage], 'en');
    const [page, project] = anchors(el, 'both');
    expect(text(page)).to.equal(read(fill(t.en.involvementLink, { host: 'example.org' })));
    expect(project.href).to.equal('https://ville.example.fr/projet');
    expect(text(project)).to.equal(read(`${fill(t.en.website, { host: 'ville.example.fr' })} (in French)`));
  });

  it('prefers English to the first page given when the card\'s language has none', async () => {
    const { el } = await showing(
      [network('third', { website: { de: 'https://example.de/', en: 'https://example.org/en/', fr: 'https://example.org/fr/' } })],
      // A language the data does not cover: the cards are in English.
      'es',
    );
    expect(anchors(el, 'third')[0].href).to.equal('https://example.org/en/');
  });

  it('names a language it has no words for by its tag', async () => {
    const { el } = await showing([network('german', { website: { de: 'https://example.de/' } })], 'fr');
    expect(text(anchors(el, 'german')[0])).to.equal(read(`${fill(t.fr.website, { host: 'example.de' })} (de)`));
  });

  it('shows the data\'s own text for a page, with the site\'s name where the text puts it', async () => {
    const { el, events } = await showing(
      [
        network('texts', {
          involvementLink: { en: 'https://www.example.org/interview' },
          involvementLinkText: { fr: 'Entretien du 1er mars 2024, sur {host}', en: 'Interview, 1 March 2024, on {host}' },
          projects: [
            project({
              website: 'https://archive.example.eu/p',
              websiteText: { fr: 'Page archivée du projet ({host})', en: 'The project’s archived page ({host})' },
            }),
          ],
        }),
      ],
      'fr',
    );
    expect(events.errors()).to.deep.equal([]);
    expect(anchors(el, 'texts').map((a) => text(a))).to.deep.equal([
      'Entretien du 1er mars 2024, sur example.org (en anglais)',
      'Page archivée du projet (archive.example.eu)',
      read(fill(t.fr.website, { host: 'example.org' })),
    ]);
  });

  it('refuses a page text that does not name the site, naming the entry', async () => {
    const { el, events } = await showing([
      network('kept'),
      network('nameless', { involvementLinkText: { fr: 'Entretien', en: 'Interview' } }),
    ]);
    expect(ids(el)).to.deep.equal(['kept']);
    expect(events.errors()[0].message).to.include('networks[1].involvementLinkText.fr: must match');
  });

  it('takes the words for other languages from the strings property and from a document\'s strings', async () => {
    const el = await element('fr');
    await load(el, {
      data: {
        version: 1,
        strings: { fr: { inLanguage: { en: '[page en anglais]', de: '(en allemand)' } } },
        networks: [network('words', { website: { de: 'https://example.de/' }, involvementLink: { en: 'https://example.org/' } })],
      },
    });
    el.expandAll();
    await el.updateComplete;
    expect(anchors(el, 'words').map((a) => text(a))).to.deep.equal([
      read(`${fill(t.fr.involvementLink, { host: 'example.org' })} [page en anglais]`),
      read(`${fill(t.fr.website, { host: 'example.de' })} (en allemand)`),
    ]);
    el.strings = { fr: { inLanguage: { de: 'en allemand' } } };
    await el.updateComplete;
    expect(text(anchors(el, 'words')[1])).to.equal(read(`${fill(t.fr.website, { host: 'example.de' })} en allemand`));
    expect(logged.warnings).to.deep.equal([]);
  });

  it('takes no words for a language from a polluted Object.prototype', async () => {
    Object.defineProperty(Object.prototype, 'de', { value: '(from the prototype)', configurable: true, writable: true });
    try {
      const { el } = await showing([network('german', { website: { de: 'https://example.de/' } })], 'fr');
      expect(text(anchors(el, 'german')[0])).to.equal(read(`${fill(t.fr.website, { host: 'example.de' })} (de)`));
    } finally {
      delete (Object.prototype as Record<string, unknown>).de;
    }
  });

  it('reads language keys without regard to case', async () => {
    const { el } = await showing([network('cased', { website: { FR: 'https://example.org/fr/', EN: 'https://example.org/en/' } })], 'fr');
    expect(anchors(el, 'cased')[0].href).to.equal('https://example.org/fr/');
  });

  const refusedSets: [string, unknown, string][] = [
    ['no address at all', {}, 'networks[1].website: must not be empty'],
    ['keys that are no language tag only', { french: 'https://example.org/' }, 'networks[1].website: must not be empty'],
    ['a javascript: address for one language', { fr: 'https://example.org/', en: 'javascript:alert(1)' }, 'networks[1].website.en: must match'],
    ['an address that is not text', { fr: 5 }, 'networks[1].website.fr: must be a string'],
    ['a list', ['https://example.org/'], 'networks[1].website: must be an object, not array'],
    ['a number', 5, 'networks[1].website: must be an object, not number'],
  ];
  for (const [what, website, message] of refusedSets) {
    it(`refuses ${what} as a set of addresses, naming it`, async () => {
      const { el, events } = await showing([network('kept'), network('bad', { website })]);
      expect(ids(el)).to.deep.equal(['kept']);
      expect(events.errors()[0].message).to.include(message);
      expect(logged.warnings).to.have.length(1);
    });
  }
});

describe('links are made only for http: and https: addresses', () => {
  const isWeb = (a: HTMLAnchorElement) => /^https?:\/\//.test(a.getAttribute('href') ?? '');

  it('drops the entries of a document at src whose website is javascript:, data: or another scheme', async () => {
    const el = await element();
    const { events } = await load(el, { src: fixtures.unsafeLinks.url });

    expect(ids(el)).to.deep.equal(fixtures.unsafeLinks.ids);
    expect(links(el).map((a) => a.getAttribute('href'))).to.deep.equal([
      'https://example.org/safe',
      'http://example.org/plain',
    ]);
    const { message } = events.errors()[0];
    for (const dropped of ['js-link', 'js-spaced', 'data-link', 'vbscript-link', 'js-tab', 'js-relative', 'js-in-project']) {
      expect(message).to.include(`"${dropped}" dropped`);
    }
    expect(message).to.include('networks[7].projects[0].website');
    expect(logged.warnings).to.have.length(1);
  });

  it('never renders a link to a javascript: or data: address given in the data property', async () => {
    const el = await element();
    const unsafe = [
      'javascript:alert(1)',
      ' JavaScript:alert(1)',
      '\njavascript:alert(1)',
      'JAVASCRIPT:alert(1)',
      'java\nscript:alert(1)',
      'data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==',
    ];
    const networks = [
      network('web-link'),
      ...unsafe.map((website, i) => network(`unsafe-${i}`, { website })),
      network('unsafe-project', { projects: [project({ website: ' javascript:alert(2)' })] }),
    ];
    const { events } = await load(el, { data: { version: 1, networks } });

    expect(ids(el)).to.deep.equal(['web-link']);
    expect(links(el)).to.have.length(1);
    expect(links(el).every(isWeb)).to.equal(true);
    expect(events.errors()[0].message.match(/dropped/g)).to.have.length(unsafe.length + 1);
  });
});

/**
 * What a person finds on the page: six cards in the page's order, headings that hold buttons,
 * collapsed panels that open and close by mouse, Enter and Space, a visible focus ring, and a
 * panel that shows every fact of the network as text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys } from '@web/test-runner-commands';
import { bundledNetworks } from '../src/data/networks.js';
import '../src/define.js';
import { bundledStrings, fill } from '../src/i18n.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, cards, isShown, panel, text, toggleAll } from './helpers/cards.js';
import { clickCentre, painted } from './helpers/input.js';
import { screen } from './helpers/screen.js';
import { addressFor, hostOf } from './helpers/links.js';

// The order of Lille Métropole's own "European networks" page; what each card says is the
// bundled data's (test/content.test.ts checks the data itself against the facts).
const ids = ['eurocities', 'polis', 'afccre', 'iclei', 'oasc', 'energy-cities'];
const network = (id: string) => bundledNetworks.find((entry) => entry.id === id)!;
const order = ids.map((id) => network(id).shortName);
/** Text as `text()` reads it from the page: white space (no-break spaces too) collapsed. */
const read = (value: string) => value.replace(/\s+/g, ' ').trim();

const render = (lang = 'fr') => fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);

/** The name a button gets from its content: its text, without what is hidden from everyone. */
const contentName = (element: Element): string => {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  return text(clone);
};

/** A panel's facts as label → value, from its description list(s). */
const facts = (region: HTMLElement): Map<string, string> =>
  new Map(
    [...region.querySelectorAll(':scope > dl > div')].map((row) => [
      text(row.querySelector('dt')),
      text(row.querySelector('dd')),
    ]),
  );

/**
 * A short description of an element, for comparisons whose failure message must stay small
 * (chai would otherwise print, and the runner serialise, whole DOM nodes).
 */
const who = (node: Element | null | undefined): string =>
  node ? `${node.localName}${node.id ? `#${node.id}` : ''}${node.getAttribute('href') ? `[href=${node.getAttribute('href')}]` : ''}` : 'nothing';

/** What the shadow root has focused, described by `who`. */
const focused = (el: LilleNetworks): string => who(el.shadowRoot!.activeElement);

describe('rendering', () => {
  afterEach(async () => {
    await resetMouse();
  });

  describe('cards', () => {
    it('shows six cards, in the order of the page of Lille Métropole', async () => {
      const el = await render();
      expect(cards(el).length).to.equal(6);
      const names = buttons(el).map((b) => contentName(b));
      expect(names).to.have.length(6);
      for (const [i, name] of names.entries()) expect(name.startsWith(order[i]), `${name} starts with ${order[i]}`).to.equal(true);
    });

    it('puts each card behind a level-2 heading that holds exactly one button', async () => {
      const el = await render();
      for (const card of cards(el)) {
        const headings = card.querySelectorAll('h1, h2, h3, h4, h5, h6, [role="heading"]');
        expect(headings.length).to.equal(1);
        const [heading] = headings;
        expect(heading.localName).to.equal('h2');
        const inside = heading.querySelectorAll('button, [role="button"], a, input');
        expect(inside.length).to.equal(1);
        expect(inside[0].localName).to.equal('button');
      }
    });

    it('gives each button aria-expanded and aria-controls naming a region labelled by that button', async () => {
      const el = await render();
      el.expandAll();
      await el.updateComplete;
      for (const b of buttons(el)) {
        expect(b.getAttribute('aria-expanded')).to.be.oneOf(['true', 'false']);
        const controlled = el.shadowRoot!.getElementById(b.getAttribute('aria-controls') ?? '');
        expect(controlled !== null, `${b.id} controls an element`).to.equal(true);
        expect(controlled!.getAttribute('role')).to.equal('region');
        expect(controlled!.getAttribute('aria-labelledby')).to.equal(b.id);
        expect(b.id).to.not.equal('');
      }
    });

    it('makes a panel a region only while it is open, so that closed cards add no empty landmark', async () => {
      const el = await render();
      const roles = () => ids.map((id) => panel(el, id).getAttribute('role'));
      expect(roles()).to.deep.equal(ids.map(() => null));
      el.expand('polis');
      await el.updateComplete;
      expect(roles()).to.deep.equal(ids.map((id) => (id === 'polis' ? 'region' : null)));
    });

    it('starts with every card collapsed and its content out of sight', async () => {
      const el = await render();
      for (const id of ids) {
        expect(button(el, id).getAttribute('aria-expanded')).to.equal('false');
        expect(isShown(panel(el, id)), `${id} panel`).to.equal(false);
        const first = panel(el, id).firstElementChild!;
        expect(first.checkVisibility(), `${id} description`).to.equal(false);
      }
      expect(el.expanded).to.deep.equal([]);
    });

    it('keeps every button visible while the cards are collapsed', async () => {
      const el = await render();
      for (const b of buttons(el)) expect(isShown(b), b.id).to.equal(true);
    });
  });

  describe('opening and closing', () => {
    it('opens a card on a mouse click on its button, and closes it on a second click', async () => {
      const el = await render();
      const b = button(el, 'polis');
      await clickCentre(b);
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'polis'))).to.equal(true);
      expect(isShown(panel(el, 'polis').firstElementChild!)).to.equal(true);
      // only the clicked card opens
      expect(isShown(panel(el, 'eurocities'))).to.equal(false);

      await clickCentre(b);
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'polis'))).to.equal(false);
    });

    it('opens a card when a mouse click lands on its summary text', async () => {
      const el = await render();
      const summary = button(el, 'iclei').querySelector('[part~="summary"]')!;
      await clickCentre(summary);
      await el.updateComplete;
      expect(button(el, 'iclei').getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'iclei'))).to.equal(true);
    });

    it('opens and closes a card through button.click()', async () => {
      const el = await render();
      const b = button(el, 'afccre');
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'afccre'))).to.equal(true);
      b.click();
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'afccre'))).to.equal(false);
    });

    it('reaches the first card with Tab and toggles it with Enter', async () => {
      const el = await render();
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      const b = button(el, 'eurocities');
      expect(focused(el)).to.equal(who(b));

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'eurocities'))).to.equal(true);

      await sendKeys({ press: 'Enter' });
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'eurocities'))).to.equal(false);
      expect(focused(el)).to.equal(who(b));
    });

    it('toggles a card with Space', async () => {
      const el = await render();
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      await sendKeys({ press: 'Tab' });
      const b = button(el, 'polis');
      expect(focused(el)).to.equal(who(b));

      await sendKeys({ press: ' ' }); // ' ': Firefox (BiDi) knows no key named "Space"
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('true');
      expect(isShown(panel(el, 'polis'))).to.equal(true);

      await sendKeys({ press: ' ' }); // ' ': Firefox (BiDi) knows no key named "Space"
      await el.updateComplete;
      expect(b.getAttribute('aria-expanded')).to.equal('false');
      expect(isShown(panel(el, 'polis'))).to.equal(false);
    });

    it('moves Tab from an open card\'s button through its panel\'s links before the next card', async () => {
      const el = await render();
      el.expand('eurocities');
      await el.updateComplete;
      button(el, 'eurocities').focus();
      // Each of the panel's links in turn (the network's page about Lille Métropole, its website),
      // then the next card.
      for (const link of panel(el, 'eurocities').querySelectorAll('a')) {
        await sendKeys({ press: 'Tab' });
        expect(focused(el)).to.equal(who(link));
      }
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(who(button(el, 'polis')));
    });

    it('skips collapsed panels\' links with Tab', async () => {
      const el = await render();
      button(el, 'eurocities').focus();
      await sendKeys({ press: 'Tab' });
      expect(focused(el)).to.equal(who(button(el, 'polis')));
    });

    it('shows a focus ring around a button reached with the keyboard', async () => {
      const el = await render();
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      const b = button(el, 'eurocities');
      expect(focused(el)).to.equal(who(b));
      const ring = getComputedStyle(b);
      expect(ring.outlineStyle).to.not.equal('none');
      expect(parseFloat(ring.outlineWidth)).to.be.greaterThan(0);
      // and no ring on the buttons that do not have the focus
      expect(getComputedStyle(button(el, 'polis')).outlineStyle).to.equal('none');
    });
  });

  describe('what a toggle costs the page', () => {
    it('a toggle changes its own card only: nothing else in the widget is touched', async () => {
      const el = await render('en');
      el.expand('afccre');
      await el.updateComplete;
      const card = cards(el)[ids.indexOf('iclei')];
      const outside: string[] = [];
      const observer = new MutationObserver((records) => {
        for (const record of records) {
          const target = record.target instanceof Element ? record.target : record.target.parentElement!;
          // The show-all button says "hide all" only once every card is open: not here.
          if (!card.contains(target)) outside.push(who(target));
        }
      });
      observer.observe(el.shadowRoot!, { subtree: true, childList: true, attributes: true, characterData: true });
      await clickCentre(button(el, 'iclei'));
      await el.updateComplete;
      expect(el.expanded, 'after the first click').to.deep.equal(['afccre', 'iclei']);
      await clickCentre(button(el, 'iclei'));
      await el.updateComplete;
      observer.disconnect();
      expect(outside).to.deep.equal([]);
      expect(el.expanded).to.deep.equal(['afccre']);
    });
  });

  describe('the focus ring', () => {
    it('is whole on every side of a card\'s button, not clipped by its card', async () => {
      // A colour found nowhere else on the page, to find the ring by.
      const el = await fixture<LilleNetworks>(
        html`<lille-networks lang="fr" style="--lille-networks-focus: rgb(255, 0, 255)"></lille-networks>`,
      );
      toggleAll(el)!.focus();
      await sendKeys({ press: 'Tab' });
      const b = button(el, 'eurocities');
      expect(focused(el)).to.equal(who(b));
      b.scrollIntoView({ block: 'center' });
      await painted();
      const at = (await screen()).at.bind(null);
      const { left, right, top, bottom } = b.getBoundingClientRect();
      const middle = { x: (left + right) / 2, y: (top + bottom) / 2 };
      // 3.5 px in from each edge: inside the ring's focus-coloured band, wherever it is drawn.
      const sides = {
        top: at(middle.x, top + 3.5),
        bottom: at(middle.x, bottom - 3.5),
        left: at(left + 3.5, middle.y),
        right: at(right - 3.5, middle.y),
      };
      for (const [side, [red, green, blue]] of Object.entries(sides)) {
        expect(red > 200 && green < 60 && blue > 200, `${side} side: rgb(${red}, ${green}, ${blue})`).to.equal(true);
      }
    });
  });

  describe('panel content', () => {
    for (const lang of ['fr', 'en'] as const) {
      const t = bundledStrings[lang];
      it(`shows the description, founding, seat and member count with the year of the figure (${lang})`, async () => {
        const el = await render(lang);
        el.expand('eurocities');
        await el.updateComplete;
        const { description, founded, seat, members } = network('eurocities');
        const region = panel(el, 'eurocities');
        expect(text(region.querySelector(':scope > p'))).to.equal(read(description[lang]));
        const f = facts(region);
        expect(f.get(t.founded)).to.equal(read(founded![lang]));
        expect(f.get(t.seat)).to.equal(read(seat![lang]));
        expect(f.get(t.members)).to.equal(read(`${members!.count[lang]} ${fill(t.figures, { year: members!.year })}`));
        expect(isShown(region.querySelector('dl')!)).to.equal(true);
      });

      it(`lists a network's themes (${lang})`, async () => {
        const el = await render(lang);
        el.expand('polis');
        await el.updateComplete;
        const items = [...panel(el, 'polis').querySelectorAll(':scope > dl li')].map((li) => text(li));
        expect(items).to.deep.equal(network('polis').themes!.map((theme) => read(theme[lang])));
        expect(facts(panel(el, 'polis')).has(t.themes)).to.equal(true);
      });

      it(`says what Lille Métropole does in each network, with a link to the network's page about it (${lang})`, async () => {
        const el = await render(lang);
        el.expandAll();
        await el.updateComplete;
        for (const id of ids) {
          const { involvement, involvementLink, involvementLinkText } = network(id);
          const part = panel(el, id).querySelector(':scope > div')!;
          expect(text(part.querySelector('.label')), id).to.equal(t.involvement);
          expect(text(part), id).to.contain(read(involvement[lang]));
          const link = part.querySelector<HTMLAnchorElement>('a[href]');
          if (!involvementLink) {
            expect(link, id).to.equal(null);
            continue;
          }
          expect(link!.href, id).to.equal(new URL(addressFor(involvementLink, lang)).href);
          // The page's own text where the data gives one, else the interface string; either way
          // the site's name (the page's language may follow: test/links.test.ts).
          const host = hostOf(link!.href);
          expect(text(link), id).to.contain(read(fill(involvementLinkText?.[lang] ?? t.involvementLink, { host })));
          expect(isShown(link!), id).to.equal(true);
        }
      });

      it(`introduces Eurocities' working groups as examples, and lists them (${lang})`, async () => {
        const el = await render(lang);
        el.expand('eurocities');
        await el.updateComplete;
        const part = panel(el, 'eurocities').querySelector(':scope > div')!;
        expect([...part.querySelectorAll('.label')].map(text)).to.include(t.groups);
        const groups = [...part.querySelectorAll(':scope > ul > li')];
        expect(groups.map(text)).to.deep.equal(network('eurocities').groups!.map((group) => read(group[lang])));
        for (const li of groups) expect(isShown(li)).to.equal(true);
      });

      it(`links each network's website over https, with a link text naming the site (${lang})`, async () => {
        const el = await render(lang);
        el.expandAll();
        await el.updateComplete;
        for (const id of ids) {
          const links = [...panel(el, id).querySelectorAll<HTMLAnchorElement>(':scope > p > a[href]')];
          expect(links.length, id).to.equal(1);
          const [a] = links;
          expect(a.protocol).to.equal('https:');
          expect(a.href).to.equal(new URL(addressFor(network(id).website, lang)).href);
          // The site's name as people say it: without "www.", as the fallback HTML writes it too
          // (the page's language may follow: test/links.test.ts).
          expect(text(a)).to.contain(read(fill(t.website, { host: hostOf(a.href) })));
          expect(isShown(a)).to.equal(true);
        }
      });
    }

    it('shows no working-group list for a network without one', async () => {
      const el = await render('fr');
      el.expand('polis');
      await el.updateComplete;
      expect(text(panel(el, 'polis'))).to.not.contain(bundledStrings.fr.groups);
    });

    it('shows the MOLOC project inside the Energy Cities card, and only there, named in each language\'s order', async () => {
      const el = await render('en');
      el.expandAll();
      await el.updateComplete;
      const region = panel(el, 'energy-cities');
      const label = [...region.querySelectorAll('.project .label')].map(text);
      expect(label).to.deep.equal(['MOLOC project']);
      const [moloc] = network('energy-cities').projects!;
      expect(text(region)).to.contain(read(moloc.fullName.en));
      expect(text(region)).to.contain(read(moloc.period.en));
      const host = hostOf(addressFor(moloc.website!, 'en'));
      expect(text(region.querySelector('.project a'))).to.contain(read(fill(moloc.websiteText?.en ?? bundledStrings.en.website, { host })));
      for (const id of ids.slice(0, 5)) expect(text(panel(el, id))).to.not.contain('MOLOC');
      el.lang = 'fr';
      await el.updateComplete;
      expect([...region.querySelectorAll('.project .label')].map(text)).to.deep.equal(['Projet MOLOC']);
    });

    it('shows text from the data as text, never as HTML', async () => {
      const el = await render('fr');
      const hostile = 'Avant <img src=x onerror="window.__lillePwned = true"> et <b>gras</b> après';
      const loc = (value: string) => ({ fr: value, en: value });
      el.data = {
        version: 1,
        networks: [
          {
            id: 'hostile',
            shortName: '<b>Réseau</b>',
            fullName: loc('<i>Nom complet</i>'),
            summary: loc('<script>window.__lillePwned = true</script>Résumé'),
            description: loc(hostile),
            involvement: loc('<u>rôle</u>'),
            themes: [loc('<em>thème</em>')],
            website: 'https://example.org/',
          },
        ],
      };
      await el.updateComplete;
      el.expand('hostile');
      await el.updateComplete;
      const root = el.shadowRoot!;
      expect(root.querySelectorAll('img, b, i, u, em, script').length, 'elements made from the data').to.equal(0);
      const region = panel(el, 'hostile');
      expect(text(region)).to.contain(hostile);
      expect(text(region)).to.contain('<em>thème</em>');
      expect(text(region)).to.contain('<u>rôle</u>');
      expect(contentName(button(el, 'hostile'))).to.equal(
        '<b>Réseau</b>, <script>window.__lillePwned = true</script>Résumé',
      );
      expect((window as { __lillePwned?: boolean }).__lillePwned).to.equal(undefined);
    });
  });
});

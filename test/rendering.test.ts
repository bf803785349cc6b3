/**
 * What a person finds on the page: six cards in the page's order, headings that hold buttons,
 * collapsed panels that open and close by mouse, Enter and Space, a visible focus ring, and a
 * panel that shows every fact of the network as text.
 */
import { expect, fixture, html } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import '../src/define.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, buttons, cards, isShown, panel, text, toggleAll } from './helpers/cards.js';

const order = ['EUROCITIES', 'POLIS', 'AFCCRE', 'ICLEI', 'OASC', 'Energy Cities'];
const ids = ['eurocities', 'polis', 'afccre', 'iclei', 'oasc', 'energy-cities'];

const render = (lang = 'fr') => fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);

/** A real mouse click at the centre of `target`, as a person would click it. */
async function clickCentre(target: Element): Promise<void> {
  target.scrollIntoView({ block: 'center' });
  const { x, y, width, height } = target.getBoundingClientRect();
  await sendMouse({ type: 'click', position: [Math.round(x + width / 2), Math.round(y + height / 2)] });
}

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
      names.forEach((name, i) => expect(name.startsWith(order[i]), `${name} starts with ${order[i]}`).to.equal(true));
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

    it('moves Tab from an open card\'s button into its panel\'s link before the next card', async () => {
      const el = await render();
      el.expand('eurocities');
      await el.updateComplete;
      button(el, 'eurocities').focus();
      await sendKeys({ press: 'Tab' });
      const link = panel(el, 'eurocities').querySelector('a');
      expect(focused(el)).to.equal(who(link));
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

  describe('panel content', () => {
    it('shows the description, founding, seat and member count with the year of the figure, in French', async () => {
      const el = await render('fr');
      el.expand('eurocities');
      await el.updateComplete;
      const region = panel(el, 'eurocities');
      expect(text(region)).to.contain('plateforme d’échange majeure');
      const f = facts(region);
      expect(f.get('Création')).to.equal('1986, par les maires de six grandes villes');
      expect(f.get('Siège')).to.equal('Bruxelles');
      expect(f.get('Membres')).to.contain('Plus de 200 villes dans 38 pays');
      expect(f.get('Membres')).to.match(/\(chiffre 2023\)$/);
      expect(isShown(region.querySelector('dl')!)).to.equal(true);
    });

    it('shows the member count with "(2023 figure)" in English', async () => {
      const el = await render('en');
      el.expand('eurocities');
      await el.updateComplete;
      const f = facts(panel(el, 'eurocities'));
      expect(f.get('Founded')).to.equal('1986, by the mayors of six major cities');
      expect(f.get('Headquarters')).to.equal('Brussels');
      expect(f.get('Members')).to.match(/^Over 200 cities .* \(2023 figure\)$/);
    });

    it('lists a network\'s themes', async () => {
      const el = await render('fr');
      el.expand('polis');
      await el.updateComplete;
      const f = facts(panel(el, 'polis'));
      expect(f.get('Thématiques')).to.contain('Fret urbain');
      const items = [...panel(el, 'polis').querySelectorAll(':scope > dl li')].map((li) => text(li));
      expect(items).to.deep.equal([
        'Fret urbain',
        'Sécurité routière',
        'Véhicules propres, qualité de l’air',
        'Santé, mobilité active',
        'Gouvernance',
        'Accès social et économique',
        'Fluidité du trafic',
      ]);
    });

    it('lists the working groups Lille Métropole sits in, for EUROCITIES', async () => {
      const el = await render('fr');
      el.expand('eurocities');
      await el.updateComplete;
      const region = panel(el, 'eurocities');
      expect(text(region)).to.contain('Groupes de travail');
      const groups = [...region.querySelectorAll(':scope > div > ul > li')].map((li) => text(li));
      expect(groups).to.deep.equal(['Qualité de l’air', 'Industries créatives', 'Logement', 'Alimentation', 'Agenda urbain']);
      for (const li of region.querySelectorAll(':scope > div > ul > li')) expect(isShown(li)).to.equal(true);
    });

    it('shows no working-group list for a network without one', async () => {
      const el = await render('fr');
      el.expand('polis');
      await el.updateComplete;
      expect(text(panel(el, 'polis'))).to.not.contain('Groupes de travail');
    });

    it('shows the MOLOC project inside the Energy Cities card, and only there', async () => {
      const el = await render('en');
      el.expandAll();
      await el.updateComplete;
      const region = panel(el, 'energy-cities');
      const project = [...region.querySelectorAll('*')].find((node) => /^Project MOLOC$/.test(text(node)));
      expect(project !== undefined, 'a "Project MOLOC" label').to.equal(true);
      expect(isShown(project!)).to.equal(true);
      expect(text(region)).to.contain('MOrphologies LOw Carbon');
      expect(text(region)).to.contain('January 2017 – December 2021');
      expect(text(region)).to.contain('City of Lille (lead partner)');
      for (const id of ids.slice(0, 5)) expect(text(panel(el, id))).to.not.contain('MOLOC');
    });

    it('links each network\'s website over https, with a link text naming the site', async () => {
      const el = await render('fr');
      el.expandAll();
      await el.updateComplete;
      const hosts = ['eurocities.eu', 'polisnetwork.eu', 'afccre.org', 'iclei.org', 'oascities.org', 'energy-cities.eu'];
      ids.forEach((id, i) => {
        const links = [...panel(el, id).querySelectorAll('a[href]')] as HTMLAnchorElement[];
        expect(links.length, id).to.equal(1);
        const [a] = links;
        expect(a.protocol).to.equal('https:');
        expect(a.hostname.replace(/^www\./, '')).to.equal(hosts[i]);
        expect(text(a)).to.contain(hosts[i]);
        expect(text(a)).to.match(/^Site officiel/);
        expect(isShown(a)).to.equal(true);
      });
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

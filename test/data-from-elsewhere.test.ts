/**
 * Data from `src` (a JSON document's URL) or `data` (the same document as an object) replaces
 * the bundled networks. Bad data never breaks the page nor loses what it showed: the cards stay,
 * one console warning names the cause, and a `lille-networks-error` event says why.
 *
 * No test waits for time to pass: each awaits the element's own events. The timeout case sets
 * `timeout` (the behaviour under test) to 200 ms against a server that answers after 90 s.
 */
import { expect, fixture, html } from '@open-wc/testing';
import '../src/define.js';
import type { ErrorReason } from '../src/events.js';
import type { LilleNetworks } from '../src/lille-networks.js';
import { button, ids, pageOrder } from './helpers/cards.js';
import { documentOf, element, fixtures, load, logEachTest, network, recordEvents, spyRequests, stubRequests } from './helpers/data.js';

const logged = logEachTest();

/** An element that has loaded `valid.json` from `src`, with the events it dispatches from now on. */
async function elementWithGoodData() {
  const el = await element();
  await load(el, { src: fixtures.valid.url });
  expect(ids(el), 'the good document shows first').to.deep.equal(fixtures.valid.ids);
  expect(logged.warnings, 'a good document logs nothing').to.deep.equal([]);
  return { el, events: recordEvents(el) };
}

describe('data from src or data replaces the bundled networks', () => {
  it('shows the bundled networks when neither src nor data is set', async () => {
    expect(ids(await element())).to.deep.equal(pageOrder);
  });

  it('shows the networks of the document at src and reports the load with its URL and count', async () => {
    const el = await element();
    const { events, detail } = await load(el, { src: fixtures.valid.url });
    expect(detail).to.deep.equal({ source: fixtures.valid.url, count: 2 });
    expect(ids(el)).to.deep.equal(fixtures.valid.ids);
    expect(events.errors()).to.deep.equal([]);
    expect(logged.warnings).to.deep.equal([]);
  });

  it('loads the document named by the src attribute in the page markup', async () => {
    const events = recordEvents(document);
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" src=${fixtures.valid.url}></lille-networks>`);
    const detail = await events.next('lille-networks-load');
    await el.updateComplete;
    expect(detail).to.deep.equal({ source: fixtures.valid.url, count: 2 });
    expect(ids(el)).to.deep.equal(fixtures.valid.ids);
  });

  it('shows the networks given in the data property and reports the load with source "data"', async () => {
    const el = await element();
    const { events, detail } = await load(el, { data: documentOf('from-data-one', 'from-data-two', 'from-data-three') });
    expect(detail).to.deep.equal({ source: 'data', count: 3 });
    expect(ids(el)).to.deep.equal(['from-data-one', 'from-data-two', 'from-data-three']);
    expect(events.errors()).to.deep.equal([]);
    expect(logged.warnings).to.deep.equal([]);
  });

  it('accepts data bound in the template before the element first renders', async () => {
    const events = recordEvents(document);
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" .data=${documentOf('bound-early')}></lille-networks>`);
    expect(await events.next('lille-networks-load')).to.deep.equal({ source: 'data', count: 1 });
    expect(ids(el)).to.deep.equal(['bound-early']);
  });

  it('shows the bundled networks again when data is set back to null', async () => {
    const el = await element();
    await load(el, { data: documentOf('temporary') });
    expect(ids(el)).to.deep.equal(['temporary']);
    el.data = null;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(pageOrder);
  });

  it('reads the timeout attribute: a src answered later fails, and the bundled networks stay', async () => {
    const events = recordEvents(document);
    const el = await fixture<LilleNetworks>(html`<lille-networks lang="en" timeout="200" src="/test/fixtures/slow.json"></lille-networks>`);
    const { reason, message } = await events.next('lille-networks-error');
    expect(reason).to.equal('timeout');
    expect(message).to.match(/no answer within 200 ms/);
    expect(ids(el)).to.deep.equal(pageOrder);
  });

  it('sends its load and error events through shadow roots: a page listener hears them from inside another component', async () => {
    const host = await fixture<HTMLElement>(html`<div></div>`);
    const el = document.createElement('lille-networks');
    host.attachShadow({ mode: 'open' }).append(el);
    const heard = recordEvents(document);
    el.data = documentOf('inside') as never;
    expect(await heard.next('lille-networks-load')).to.deep.equal({ source: 'data', count: 1 });
    el.data = 'not a document' as never;
    expect((await heard.next('lille-networks-error')).reason).to.equal('invalid');
  });

  it('replaces data loaded from one src with the document of the next src', async () => {
    const { el } = await elementWithGoodData();
    const { detail } = await load(el, { src: fixtures.validOther.url });
    expect(detail).to.deep.equal({ source: fixtures.validOther.url, count: 1 });
    expect(ids(el)).to.deep.equal(fixtures.validOther.ids);
  });
});

interface BadCase {
  /** Completes "… when …". */
  when: string;
  reason: ErrorReason;
  /** What the element is given: a `src`, or anything else (installing any stub it needs). */
  load: string | ((el: LilleNetworks) => void);
  /** What the message must name. */
  names: RegExp[];
}

const tooLarge = /over 512 KB/;
const badCases: BadCase[] = [
  { when: 'the server cannot be reached (a closed port)', reason: 'network', load: 'http://127.0.0.1:9/x.json', names: [/http:\/\/127\.0\.0\.1:9\/x\.json/, /request failed/] },
  {
    when: 'the request fails in the browser (offline)',
    reason: 'network',
    load: (el) => {
      const requests = stubRequests();
      el.src = '/test/fixtures/offline.json';
      void el.updateComplete.then(() => requests[0].fail());
    },
    names: [/\/test\/fixtures\/offline\.json/, /request failed/, /offline, CORS or CSP/],
  },
  { when: 'the server answers HTTP 500', reason: 'http', load: '/test/fixtures/status-500.json', names: [/status-500\.json/, /HTTP 500/] },
  {
    when: 'the server does not answer within the timeout property',
    reason: 'timeout',
    load: (el) => Object.assign(el, { timeout: 200, src: '/test/fixtures/slow.json' }),
    names: [/slow\.json/, /no answer within 200 ms/],
  },
  { when: 'the body is not JSON', reason: 'parse', load: fixtures.notJson.url, names: [/not-json\.json/, /not JSON/] },
  { when: 'the document is over 512 KB and says so in Content-Length', reason: 'too-large', load: '/test/fixtures/huge.json', names: [/huge\.json/, tooLarge] },
  { when: 'the document is over 512 KB and sent without Content-Length', reason: 'too-large', load: '/test/fixtures/huge.json?chunked=1', names: [/huge\.json\?chunked=1/, tooLarge] },
  {
    when: 'the document is over 512 KB once decoded and sent gzip-compressed (7 KB on the wire)',
    reason: 'too-large',
    load: '/test/fixtures/huge.json?encoding=gzip',
    names: [/huge\.json\?encoding=gzip/, tooLarge],
  },
  {
    when: 'the document is over 512 KB once decoded and sent brotli-compressed (2 KB on the wire)',
    reason: 'too-large',
    load: '/test/fixtures/huge.json?encoding=br',
    names: [/huge\.json\?encoding=br/, tooLarge],
  },
  {
    when: 'the document has fewer than 512 K characters but is over 512 KB in UTF-8, sent gzip-compressed',
    reason: 'too-large',
    load: '/test/fixtures/huge.json?encoding=gzip&accented=1',
    names: [/huge\.json\?encoding=gzip&accented=1/, tooLarge],
  },
  // The server sends 16 KB of a gzip bomb (16 MB inflated) and nothing more until the browser
  // hangs up: only a request stopped as its decoded length passes the limit ends this way; one
  // that waits for the whole body to count or parse it meets the timeout instead.
  { when: 'the answer is a gzip bomb, refused before its end arrives', reason: 'too-large', load: '/test/fixtures/bomb.json', names: [/bomb\.json/, tooLarge] },
  { when: 'the document at src has the wrong version', reason: 'invalid', load: fixtures.wrongVersion.url, names: [/wrong-version\.json/, /version: must be 1/] },
  {
    when: 'the networks of the document at src are not a list',
    reason: 'invalid',
    load: fixtures.notAList.url,
    names: [/networks-not-a-list\.json/, /networks: must be a list/],
  },
  {
    when: 'every entry of the document at src is invalid',
    reason: 'invalid',
    load: fixtures.allInvalid.url,
    names: [/all-invalid\.json/, /no valid entry/, /networks\[0\] "broken-one"/, /networks\[1\] "broken-two"/],
  },
  {
    when: 'the data property has the wrong version',
    reason: 'invalid',
    load: (el) => (el.data = { ...documentOf('never-shown'), version: 2 } as never),
    names: [/^data: /, /version: must be 1/],
  },
  {
    when: 'the networks of the data property are not a list',
    reason: 'invalid',
    load: (el) => (el.data = { version: 1, networks: { 'never-shown': network('never-shown') } } as never),
    names: [/^data: /, /networks: must be a list/],
  },
  {
    when: 'the data property is not a document at all',
    reason: 'invalid',
    load: (el) => (el.data = 'networks.json' as never),
    names: [/^data: /, /document: must be an object, not string/],
  },
];

describe('bad data never breaks the page and loses nothing', () => {
  for (const bad of badCases) {
    for (const before of ['bundled', 'last good'] as const) {
      it(`keeps the ${before} networks, warns once and reports "${bad.reason}" when ${bad.when}`, async () => {
        const { el, events } = before === 'bundled' ? await element().then((el) => ({ el, events: recordEvents(el) })) : await elementWithGoodData();
        if (typeof bad.load === 'string') el.src = bad.load;
        else bad.load(el);
        const detail = await events.next('lille-networks-error');
        await el.updateComplete;

        expect(detail.reason).to.equal(bad.reason);
        for (const name of bad.names) expect(detail.message).to.match(name);
        expect(ids(el)).to.deep.equal(before === 'bundled' ? pageOrder : fixtures.valid.ids);
        expect(logged.warnings, 'one warning').to.have.length(1);
        expect(logged.warnings[0]).to.include('<lille-networks>').and.include(detail.message);
        expect(events.errors(), 'one error event').to.have.length(1);
        expect(events.loads(), 'no load').to.deep.equal([]);
        expect(logged.pageErrors).to.deep.equal([]);
      });
    }
  }
});

describe('an invalid entry is dropped and named while the valid ones show', () => {
  it('shows the valid entries of a document at src and names each dropped one by index and id', async () => {
    const el = await element();
    const { events, detail: loaded } = await load(el, { src: fixtures.partlyInvalid.url });

    expect(ids(el)).to.deep.equal(fixtures.partlyInvalid.ids);
    expect(loaded).to.deep.equal({ source: fixtures.partlyInvalid.url, count: 2 });
    const [error, ...more] = events.errors();
    expect(more).to.deep.equal([]);
    expect(error.reason).to.equal('invalid');
    expect(error.message)
      .to.include(fixtures.partlyInvalid.url)
      .and.include('networks[1] "broken-entry" dropped: networks[1].summary: is missing')
      .and.include('networks[3] dropped: networks[3].id: is missing');
    expect(logged.warnings).to.have.length(1);
    expect(logged.warnings[0]).to.include('networks[1] "broken-entry"').and.include('networks[3]');
  });

  it('drops an invalid entry of the data property and names it', async () => {
    const el = await element();
    const { events, detail } = await load(el, {
      data: { version: 1, networks: [network('good-one'), network('bad-year', { members: { count: { fr: '9', en: '9' }, year: 1800 } }), network('good-two')] },
    });
    expect(detail).to.deep.equal({ source: 'data', count: 2 });

    expect(ids(el)).to.deep.equal(['good-one', 'good-two']);
    expect(events.errors()).to.have.length(1);
    expect(events.errors()[0].message).to.match(
      /^data: networks\[1\] "bad-year" dropped: networks\[1\]\.members\.year: must be between 1950 and 2100/,
    );
    expect(logged.warnings).to.have.length(1);
    expect(logged.warnings[0]).to.include('"bad-year"');
  });

  it('drops an entry whose id repeats an earlier one and keeps the first', async () => {
    const el = await element();
    const { events } = await load(el, {
      data: { version: 1, networks: [network('twice', { shortName: 'First twice' }), network('once'), network('twice', { shortName: 'Second twice' })] },
    });

    expect(ids(el)).to.deep.equal(['twice', 'once']);
    expect(el.shadowRoot!.textContent).to.include('First twice').and.not.include('Second twice');
    expect(events.errors()[0].message).to.include('networks[2] "twice" dropped: networks[2].id: repeats an earlier id');
    expect(logged.warnings).to.have.length(1);
  });
});

describe('changing src cancels the earlier request: the latest wins', () => {
  it('aborts a slow request when src changes and shows the new document', async () => {
    const requests = spyRequests();
    const el = await element();
    el.src = '/test/fixtures/slow.json?delay=2000';
    await el.updateComplete;
    const { events, detail } = await load(el, { src: fixtures.valid.url });

    expect(requests.map(({ url }) => url)).to.deep.equal(['/test/fixtures/slow.json?delay=2000', fixtures.valid.url]);
    expect(requests[0].aborted, 'the first request is aborted').to.equal(true);
    expect(requests[1].aborted).to.equal(false);
    expect(detail.source).to.equal(fixtures.valid.url);
    expect(ids(el)).to.deep.equal(fixtures.valid.ids);
    expect(events.errors(), 'a cancelled request is no error').to.deep.equal([]);
    expect(logged.warnings).to.deep.equal([]);
  });

  it('ignores the answer to a cancelled request that arrives late: its data never shows, no event reports it', async () => {
    const requests = stubRequests();
    const el = await element();
    const events = recordEvents(el);
    const shown: string[][] = [];
    const observer = new MutationObserver(() => shown.push(ids(el)));
    observer.observe(el.shadowRoot!, { subtree: true, childList: true, characterData: true });

    el.src = '/first.json';
    await el.updateComplete;
    el.src = '/second.json';
    await el.updateComplete;
    expect(requests.map(({ url }) => url)).to.deep.equal(['/first.json', '/second.json']);
    expect(requests[0].aborted, 'the first request is aborted').to.equal(true);

    requests[1].respond(documentOf('second-doc'));
    expect(await events.next('lille-networks-load')).to.deep.equal({ source: '/second.json', count: 1 });
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['second-doc']);

    // The first answer arrives now, late. A third request answered after it goes through the
    // same steps, so by the time the third document shows, the late one has been dealt with.
    requests[0].respond(documentOf('first-doc'));
    el.src = '/third.json';
    await el.updateComplete;
    requests[2].respond(documentOf('third-doc'));
    expect(await events.next('lille-networks-load')).to.deep.equal({ source: '/third.json', count: 1 });
    await el.updateComplete;
    observer.disconnect();

    expect(ids(el)).to.deep.equal(['third-doc']);
    expect(shown.flat(), 'the late document never showed').not.to.include('first-doc');
    expect(events.loads().map(({ source }) => source)).to.deep.equal(['/second.json', '/third.json']);
    expect(events.errors()).to.deep.equal([]);
    expect(logged.warnings).to.deep.equal([]);
  });

  it('cancels a pending src request when data is set, and shows the data', async () => {
    const requests = stubRequests();
    const el = await element();
    el.src = '/pending.json';
    await el.updateComplete;
    expect((await load(el, { data: documentOf('from-data') })).detail).to.deep.equal({ source: 'data', count: 1 });

    expect(requests[0].aborted).to.equal(true);
    expect(ids(el)).to.deep.equal(['from-data']);
  });

  it('keeps its pending request when the element leaves the page, and shows its document when it comes back', async () => {
    const requests = stubRequests();
    const el = await element();
    const parent = el.parentElement!;
    el.src = '/pending.json';
    await el.updateComplete;
    el.remove();
    await new Promise((resolve) => setTimeout(resolve));
    expect(requests[0].aborted, 'a removal may be a move: the request goes on').to.equal(false);
    parent.append(el);
    requests[0].respond(documentOf('came-back'));
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['came-back']);
    expect(requests, 'asked once').to.have.length(1);
  });
});

describe('instances asking for the same src share one request', () => {
  type Settings = Partial<Pick<LilleNetworks, 'src' | 'timeout'>>;
  /**
   * One element per `settings`, in one fixture, each given its settings before it first renders,
   * with the events it dispatches from the start.
   */
  const elements = async (...settings: Settings[]) => {
    const made = settings.map((set) => Object.assign(document.createElement('lille-networks'), set));
    const recorded = made.map(recordEvents);
    await fixture(html`<div>${made}</div>`);
    await Promise.all(made.map((el) => el.updateComplete));
    return made.map((el, i) => ({ el, events: recorded[i] }));
  };

  it('shows the same document in four instances asking for a slow src, from one request, within their timeout', async () => {
    // A browser that queued four requests for one address would answer the last one after
    // 4 s, past the timeout: the timeout must measure the one request, not a queue. (Chromium
    // queues them behind its HTTP cache, but not in the test runner, which the tests share: here,
    // the count of requests is what tells.)
    const url = '/test/fixtures/slow.json?delay=1000';
    const requests = spyRequests();
    const made = await elements(...Array.from({ length: 4 }, () => ({ src: url, timeout: 3000 })));
    const outcomes = await Promise.all(
      made.map(({ events }) => Promise.race([events.next('lille-networks-load'), events.next('lille-networks-error')])),
    );

    expect(outcomes).to.deep.equal(made.map(() => ({ source: url, count: 1 })));
    await Promise.all(made.map(({ el }) => el.updateComplete));
    expect(made.map(({ el }) => ids(el))).to.deep.equal(made.map(() => ['fixture-1']));
    expect(requests.map(({ url }) => url), 'one request').to.deep.equal([url]);
    expect(logged.warnings).to.deep.equal([]);
  });

  it('keeps the request for the others when one instance changes its src, or is given data', async () => {
    const requests = stubRequests();
    const shared = { src: '/shared.json' };
    const [leaving, changing, staying] = await elements(shared, shared, shared);
    leaving.el.data = documentOf('given') as never;
    changing.el.src = '/other.json';
    await changing.el.updateComplete;

    expect(requests.map(({ url }) => url)).to.deep.equal(['/shared.json', '/other.json']);
    expect(requests[0].aborted, 'the shared request goes on').to.equal(false);
    requests[0].respond(documentOf('shared-doc'));
    expect(await staying.events.next('lille-networks-load')).to.deep.equal({ source: '/shared.json', count: 1 });
    await staying.el.updateComplete;
    expect(ids(staying.el)).to.deep.equal(['shared-doc']);

    requests[1].respond(documentOf('other-doc'));
    expect(await changing.events.next('lille-networks-load')).to.deep.equal({ source: '/other.json', count: 1 });
    await changing.el.updateComplete;
    expect(ids(changing.el)).to.deep.equal(['other-doc']);
    expect(changing.events.loads(), 'only its own document').to.have.length(1);
    expect(leaving.events.loads(), 'the instance given data heard only of it').to.deep.equal([{ source: 'data', count: 1 }]);
    expect(logged.warnings).to.deep.equal([]);
  });

  it('ends the wait of the instance whose timeout passed, and only its own', async () => {
    const requests = stubRequests();
    const [hasty, patient] = await elements({ src: '/shared.json', timeout: 50 }, { src: '/shared.json' });

    expect((await hasty.events.next('lille-networks-error')).reason).to.equal('timeout');
    expect(requests.map(({ url }) => url), 'one request').to.deep.equal(['/shared.json']);
    expect(requests[0].aborted, 'the request goes on for the other').to.equal(false);
    requests[0].respond(documentOf('patient-doc'));
    expect(await patient.events.next('lille-networks-load')).to.deep.equal({ source: '/shared.json', count: 1 });
    await patient.el.updateComplete;
    expect(ids(patient.el)).to.deep.equal(['patient-doc']);
    expect(hasty.events.loads(), 'the instance that timed out shows nothing late').to.deep.equal([]);
  });

  it('ignores an answer that comes after every instance asking for it turned to another src, and asks again for the next', async () => {
    const requests = stubRequests();
    const gone = await elements({ src: '/left.json' }, { src: '/left.json' });
    for (const { el } of gone) el.src = '';
    await Promise.all(gone.map(({ el }) => el.updateComplete));
    expect(requests.map(({ url }) => url)).to.deep.equal(['/left.json']);
    expect(requests[0].aborted, 'nobody waits: the request is aborted').to.equal(true);

    requests[0].respond(documentOf('late-doc'));
    const [later] = await elements({ src: '/left.json' });
    expect(requests.map(({ url }) => url), 'a new request').to.deep.equal(['/left.json', '/left.json']);
    requests[1].respond(documentOf('fresh-doc'));
    await later.events.next('lille-networks-load');
    await later.el.updateComplete;

    expect(ids(later.el)).to.deep.equal(['fresh-doc']);
    expect(gone.flatMap(({ events }) => events.loads()), 'the late answer reached nobody').to.deep.equal([]);
  });

  it('asks again for a src whose request failed', async () => {
    const requests = stubRequests();
    const [first] = await elements({ src: '/flaky.json' });
    requests[0].fail();
    expect((await first.events.next('lille-networks-error')).reason).to.equal('network');

    const [second] = await elements({ src: '/flaky.json' });
    expect(requests, 'a new request').to.have.length(2);
    requests[1].respond(documentOf('recovered'));
    await second.events.next('lille-networks-load');
    await second.el.updateComplete;
    expect(ids(second.el)).to.deep.equal(['recovered']);
  });
});

describe('src, data and the load event, in the order a page sets them', () => {
  it('of src and data set in one task, shows the one set last', async () => {
    const el = await element();
    el.src = fixtures.valid.url;
    el.data = documentOf('set-last') as never;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['set-last']);
    // The src request was never made or was cancelled: nothing replaces the data later.
    const other = await element();
    const loaded = recordEvents(other).next('lille-networks-load');
    other.src = fixtures.valid.url;
    await loaded;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(['set-last']);
  });

  it('of data and src set in one task, loads src, set last', async () => {
    const el = await element();
    const loaded = recordEvents(el).next('lille-networks-load');
    el.data = documentOf('set-first') as never;
    el.src = fixtures.valid.url;
    await loaded;
    await el.updateComplete;
    expect(ids(el)).to.deep.equal(fixtures.valid.ids);
  });

  it('fires the load event after the cards it reports are rendered', async () => {
    const el = await element();
    const shown = new Promise<string[]>((resolve) => el.addEventListener('lille-networks-load', () => resolve(ids(el)), { once: true }));
    el.data = documentOf('one', 'two') as never;
    expect(await shown).to.deep.equal(['one', 'two']);
  });

  it('validates and shows a document that a load listener sets in turn', async () => {
    const el = await element();
    const sources: string[] = [];
    const second = new Promise<void>((resolve) => {
      el.addEventListener('lille-networks-load', (event) => {
        sources.push(event.detail.source);
        if (sources.length === 1) el.data = documentOf('from-listener') as never;
        else resolve();
      });
    });
    el.src = fixtures.valid.url;
    await second;
    await el.updateComplete;
    expect(sources).to.deep.equal([fixtures.valid.url, 'data']);
    expect(ids(el)).to.deep.equal(['from-listener']);
    button(el, 'from-listener').click();
    await el.updateComplete;
    expect(el.expanded).to.deep.equal(['from-listener']);
  });
});

/**
 * Data for the element and what it says back: valid documents built in code, a record of the
 * events an element dispatched, recorders of console warnings and page errors, and stubs of the
 * requests `src` makes whose answers the test hands out itself. Every recorder and stub is
 * undone when the test ends (./page.ts).
 */
import { fixture, html } from '@open-wc/testing';
import type { ErrorDetail, LoadDetail } from '../../src/events.js';
import bundledDocument from '../../src/data/networks.json';
import type { Network } from '../../src/data/schema.js';
import type { LilleNetworks } from '../../src/lille-networks.js';
import { onCleanup } from './page.js';

// ---- Documents --------------------------------------------------------------------------------

/** The bundled networks as written (src/data/networks.json), before validation. */
export const bundledNetworks: Network[] = bundledDocument.networks;

const loc = (fr: string, en: string) => ({ fr, en });

/** A schema-valid network entry named after `id`; `overrides` replace or add fields. */
export const network = (id: string, overrides: Record<string, unknown> = {}) => ({
  id,
  shortName: `Net ${id}`,
  fullName: loc(`Réseau ${id}`, `Network ${id}`),
  summary: loc(`Résumé ${id}`, `Summary ${id}`),
  description: loc(`Description ${id}.`, `Description ${id}.`),
  involvement: loc(`Rôle ${id}.`, `Role ${id}.`),
  website: `https://example.org/${id}`,
  ...overrides,
});

/** A schema-valid project; `overrides` replace or add fields. */
export const project = (overrides: Record<string, unknown> = {}) => ({
  id: 'p',
  name: 'P',
  fullName: loc('P', 'P'),
  description: loc('P', 'P'),
  period: loc('2024', '2024'),
  ...overrides,
});

/**
 * Values no property can read, by what they are: each conversion to text or number throws.
 * Made when asked: a revoked Proxy cannot be kept around (fast-check would trip on one).
 */
export const unreadableValues: [what: string, make: () => unknown][] = [
  ['an object without prototype', (): unknown => Object.create(null)],
  [
    'an object whose toString and valueOf throw',
    () => ({ toString: () => { throw new Error('no text'); }, valueOf: () => { throw new Error('no number'); } }),
  ],
  ['a symbol', () => Symbol('iclei')],
  [
    'a revoked Proxy',
    () => {
      const { proxy, revoke } = Proxy.revocable([], {});
      revoke();
      return proxy;
    },
  ],
  ['a Proxy whose traps throw', () => new Proxy({}, { get: () => { throw new Error('trap'); } })],
  ['a list holding an object that cannot be read', () => ['polis', Object.create(null) as object]],
];

/** `{ version: 1, networks }` with one valid entry per id. */
export const documentOf = (...ids: string[]) => ({ version: 1, networks: ids.map((id) => network(id)) });

/** The static fixtures in test/fixtures/ and what they hold. */
export const fixtures = {
  valid: { url: '/test/fixtures/valid.json', ids: ['alpha-network', 'beta-network'] },
  validOther: { url: '/test/fixtures/valid-other.json', ids: ['gamma-network'] },
  partlyInvalid: { url: '/test/fixtures/partly-invalid.json', ids: ['kept-first', 'kept-second'] },
  allInvalid: { url: '/test/fixtures/all-invalid.json' },
  wrongVersion: { url: '/test/fixtures/wrong-version.json' },
  notAList: { url: '/test/fixtures/networks-not-a-list.json' },
  notJson: { url: '/test/fixtures/not-json.json' },
  unsafeLinks: { url: '/test/fixtures/unsafe-links.json', ids: ['safe-https', 'safe-http'] },
  protoKeys: { url: '/test/fixtures/proto-keys.json', ids: ['proto-safe'] },
} as const;

// ---- Events -----------------------------------------------------------------------------------

interface Details {
  'lille-networks-load': LoadDetail;
  'lille-networks-error': ErrorDetail;
}
type Type = keyof Details;

export interface Recorded {
  type: Type;
  detail: LoadDetail | ErrorDetail;
}

/**
 * Records every `lille-networks-load` and `lille-networks-error` event `target` receives, in
 * order, from now on. `next(type)` resolves with the next event of that type not yet taken.
 */
export function recordEvents(target: EventTarget) {
  const events: Recorded[] = [];
  const of = <T extends Type>(type: T): Details[T][] =>
    events.filter((e) => e.type === type).map((e) => e.detail as Details[T]);
  const taken: Record<Type, number> = { 'lille-networks-load': 0, 'lille-networks-error': 0 };
  const waiting: { type: Type; index: number; resolve: (detail: never) => void }[] = [];
  const listener = (event: Event) => {
    events.push({ type: event.type as Type, detail: (event as CustomEvent<Recorded['detail']>).detail });
    for (const w of [...waiting]) {
      const detail = of(w.type)[w.index];
      if (detail) {
        waiting.splice(waiting.indexOf(w), 1);
        w.resolve(detail as never);
      }
    }
  };
  target.addEventListener('lille-networks-load', listener);
  target.addEventListener('lille-networks-error', listener);
  onCleanup(() => {
    target.removeEventListener('lille-networks-load', listener);
    target.removeEventListener('lille-networks-error', listener);
  });
  return {
    /** Every event so far, in order. */
    events,
    loads: () => of('lille-networks-load'),
    errors: () => of('lille-networks-error'),
    /** The next event of `type` not yet taken by an earlier `next(type)`. */
    next<T extends Type>(type: T): Promise<Details[T]> {
      const index = taken[type]++;
      const already = of(type)[index];
      if (already) return Promise.resolve(already);
      return new Promise<Details[T]>((resolve) =>
        waiting.push({ type, index, resolve: resolve }),
      );
    },
  };
}

// ---- Elements and their data ----------------------------------------------------------------

/** An element in `lang` (English unless said) on the page. */
export const element = (lang = 'en'): Promise<LilleNetworks> => fixture<LilleNetworks>(html`<lille-networks lang=${lang}></lille-networks>`);

/**
 * Gives `el` a document, as `src` (a URL) or as `data` (any value), and resolves once `el` has
 * loaded and rendered it: with the load's detail, and the events `el` dispatched from the moment
 * it was given.
 */
export async function load(el: LilleNetworks, given: { src: string } | { data: unknown }) {
  const events = recordEvents(el);
  Object.assign(el, given);
  const detail = await events.next('lille-networks-load');
  await el.updateComplete;
  return { events, detail };
}

// ---- Recorders and stubs ----------------------------------------------------------------------

/** Replaces console.warn with a recorder; returns the messages, one string per call. */
export function recordWarnings(): string[] {
  const original = console.warn;
  const messages: string[] = [];
  console.warn = (...args: unknown[]) => {
    messages.push(args.map(String).join(' '));
  };
  onCleanup(() => {
    console.warn = original;
  });
  return messages;
}

/**
 * In each test of the file from here on, its console warnings and its page errors, recorded
 * afresh: `logged.warnings`, `logged.pageErrors`.
 */
export function logEachTest(): { warnings: string[]; pageErrors: unknown[] } {
  const logged = { warnings: [] as string[], pageErrors: [] as unknown[] };
  beforeEach(() => {
    logged.warnings = recordWarnings();
    logged.pageErrors = recordPageErrors();
  });
  return logged;
}

/** Records uncaught errors and unhandled rejections: bad data must never cause one. */
export function recordPageErrors(): unknown[] {
  const errors: unknown[] = [];
  const onError = (event: ErrorEvent) => errors.push(event.error ?? event.message);
  const onRejection = (event: PromiseRejectionEvent) => errors.push(event.reason);
  window.addEventListener('error', onError);
  window.addEventListener('unhandledrejection', onRejection);
  onCleanup(() => {
    window.removeEventListener('error', onError);
    window.removeEventListener('unhandledrejection', onRejection);
  });
  return errors;
}

export interface StubbedRequest {
  url: string;
  /** True once the element cancelled the request. */
  aborted: boolean;
  /** Answers the request as a server would: a JSON text, or a value sent as JSON. */
  respond: (body: unknown, status?: number) => void;
  /** Fails the request as a browser does when it is offline or CORS refuses the answer. */
  fail: () => void;
}

/**
 * Replaces window.XMLHttpRequest, which the element requests `src` with: each request is
 * recorded and answers only when the test calls its `respond` or `fail`. An answer given after
 * the element cancelled the request is still delivered, like one already on its way.
 */
export function stubRequests(): StubbedRequest[] {
  const original = window.XMLHttpRequest;
  const requests: StubbedRequest[] = [];
  class StubXMLHttpRequest {
    readyState = 0;
    status = 0;
    responseText = '';
    timeout = 0;
    onload: ((event: ProgressEvent) => void) | null = null;
    onprogress: ((event: ProgressEvent) => void) | null = null;
    onerror: (() => void) | null = null;
    ontimeout: (() => void) | null = null;
    private url = '';
    open(_method: string, url: string | URL) {
      this.url = String(url);
      this.readyState = 1;
    }
    send() {
      const request: StubbedRequest = {
        url: this.url,
        aborted: false,
        respond: (body, status = 200) => {
          this.responseText = typeof body === 'string' ? body : JSON.stringify(body);
          this.status = status;
          this.readyState = 4;
          const progress = new ProgressEvent('load', { loaded: this.responseText.length });
          this.onprogress?.(progress);
          this.onload?.(progress);
        },
        fail: () => {
          this.readyState = 4;
          this.onerror?.();
        },
      };
      this.abort = () => {
        request.aborted = true;
      };
      requests.push(request);
    }
    abort() {}
  }
  window.XMLHttpRequest = StubXMLHttpRequest as unknown as typeof XMLHttpRequest;
  onCleanup(() => {
    window.XMLHttpRequest = original;
  });
  return requests;
}

/** Wraps the real window.XMLHttpRequest to record each request's URL and whether it was cancelled. */
export function spyRequests(): { url: string; aborted: boolean }[] {
  const original = window.XMLHttpRequest;
  const calls: { url: string; aborted: boolean }[] = [];
  window.XMLHttpRequest = class extends original {
    private call?: { url: string; aborted: boolean };
    override open(method: string, url: string | URL) {
      this.call = { url: String(url), aborted: false };
      calls.push(this.call);
      super.open(method, url);
    }
    override abort() {
      if (this.call) this.call.aborted = true;
      super.abort();
    }
  };
  onCleanup(() => {
    window.XMLHttpRequest = original;
  });
  return calls;
}

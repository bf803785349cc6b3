import type { ErrorReason } from '../events.js';

/** A failed load, with the stable reason the `lille-networks-error` event reports. */
export class LoadError extends Error {
  constructor(
    readonly reason: ErrorReason,
    message: string,
  ) {
    super(message);
  }
}

/** Documents above this size are refused: the bundled data is a tenth of it. */
export const maxDocumentBytes = 512 * 1024;

/**
 * Requests the JSON document at `url` and calls `done` with its parsed value, or `fail` with a
 * `LoadError` naming the cause, once, unless the returned function cancelled it first.
 *
 * XMLHttpRequest and callbacks rather than fetch and promises: a page that defines
 * `Object.prototype.then` turns every object into a "thenable", so a promise that resolves with
 * one (fetch's Response, a stream's chunk, a parsed document) never settles. Events cannot be
 * taken over that way; the request's own timeout ends a request that hangs.
 */
export function loadJson(
  url: string,
  timeout: number,
  done: (document: unknown) => void,
  fail: (error: LoadError) => void,
): () => void {
  const request = new XMLHttpRequest();
  let live = true;
  const end = (report: () => void) => {
    if (live) {
      live = false;
      // Stops a download still under way (too large, or cancelled); a finished one has nothing to stop.
      if (request.readyState < 4) request.abort();
      report();
    }
  };
  const stop = (reason: ErrorReason, problem: string) => end(() => fail(new LoadError(reason, `${url}: ${problem}`)));
  // Counted as the body arrives (XHR reports progress once more at its end, before load), not
  // from Content-Length, which can be absent or wrong.
  request.onprogress = ({ loaded }) => {
    if (loaded > maxDocumentBytes) stop('too-large', `the document is over ${maxDocumentBytes} bytes`);
  };
  request.onload = () => {
    if (request.status < 200 || request.status > 299) return stop('http', `HTTP ${request.status}`);
    let document: unknown;
    try {
      document = JSON.parse(request.responseText);
    } catch (error) {
      return stop('parse', `the document is not JSON (${(error as Error).message})`);
    }
    end(() => done(document));
  };
  request.onerror = () => stop('network', 'the request failed (offline, or refused by CORS or by the page’s policy)');
  request.ontimeout = () => stop('timeout', `no answer within ${timeout} ms`);
  try {
    request.open('GET', url);
    request.timeout = timeout;
    request.send();
  } catch (error) {
    // An address the browser cannot request at all ("http://[") throws here; report it as any
    // failed request, once the caller has its cancel function.
    setTimeout(() => stop('network', `the request failed (${(error as Error).message})`));
  }
  return () => end(() => {});
}

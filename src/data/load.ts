import type { ErrorReason } from '../events.js';

/** Documents above this size (512 KB) are refused: the bundled data is a tenth of it. */
export const maxDocumentBytes = 512 * 1024;

/**
 * Requests the JSON document at `url` and calls `done` with its parsed value, or `fail` with
 * the reason and a sentence naming the cause, once, unless the returned function cancelled it.
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
  fail: (reason: ErrorReason, message: string) => void,
): () => void {
  const request = new XMLHttpRequest();
  let live = true;
  const end = (report?: () => void) => {
    if (live) {
      live = false;
      // Stops a download still under way (too large, or cancelled); a finished one has nothing to stop.
      if (request.readyState < 4) request.abort();
      report?.();
    }
  };
  const stop = (reason: ErrorReason, problem: string) => end(() => fail(reason, `${url}: ${problem}`));
  const failed = () => stop('network', 'the request failed (offline, CORS or CSP)');
  // Counted as the body arrives (XHR reports progress once more at its end, before load), not
  // from Content-Length, which can be absent or wrong.
  request.onprogress = ({ loaded }) => {
    if (loaded > maxDocumentBytes) stop('too-large', 'the document is over 512 KB');
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
  request.onerror = failed;
  request.ontimeout = () => stop('timeout', `no answer within ${timeout} ms`);
  try {
    request.open('GET', url);
    request.timeout = timeout;
    request.send();
  } catch {
    // An address the browser cannot request at all ("http://[") throws here: reported as any
    // failed request, once the caller has its cancel function.
    setTimeout(failed);
  }
  return end;
}

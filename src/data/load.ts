import type { ErrorReason, Fail } from '../events.js';

/** Documents above this size (512 KB) are refused: the bundled data is a tenth of it. */
export const maxDocumentBytes = 512 * 1024;

type Done = (document: unknown) => void;
/** How a request ended, told to one caller. */
type Report = (done: Done, fail: Fail) => void;
/** A caller waiting for a request: called with the report, or with none to leave. */
type Waiting = (report?: Report) => void;

/**
 * The requests under way, by address: the callers waiting for each, and the function that ends
 * it for them all (with no report: when the last one has left). Instances that ask for the same
 * address share one request: browsers may queue identical requests one behind the other
 * (Chromium can), and each timeout would then count the wait in that queue.
 */
const pending = new Map<string, [Set<Waiting>, (report?: Report) => void]>();

/**
 * Requests the JSON document at `url` and calls `done` with its parsed value, or `fail` with
 * the reason and a sentence naming the cause, once, unless the returned function cancelled it.
 * Callers asking for the same `url` while it is under way share its request and its document;
 * the request stops when the last of them cancels or times out. An answered request is
 * forgotten: a later caller asks again, after a failure as after a success.
 *
 * XMLHttpRequest and callbacks rather than fetch and promises: a page that defines
 * `Object.prototype.then` turns every object into a "thenable", so a promise that resolves with
 * one (fetch's Response, a stream's chunk, a parsed document) never settles. Events cannot be
 * taken over that way.
 */
export function loadJson(url: string, timeout: number, done: Done, fail: Fail): () => void {
  let shared = pending.get(url);
  if (!shared) {
    const request = new XMLHttpRequest();
    const waiting = new Set<Waiting>();
    const end = (report?: Report) => {
      pending.delete(url);
      // Stops a download still under way (too large, or nobody left); a finished one has nothing to stop.
      if (request.readyState < 4) request.abort();
      for (const caller of waiting) caller(report);
    };
    pending.set(url, (shared = [waiting, end]));
    const stop = (reason: ErrorReason, problem: string) => end((_, fail) => fail(reason, `${url}: ${problem}`));
    const failed = () => stop('network', 'the request failed (offline, CORS or CSP)');
    // Counted as the body arrives, not from Content-Length, which can be absent or wrong. Firefox
    // counts the bytes that came over the wire, still compressed: the text decoded so far counts
    // too (in UTF-16 units, never more than its UTF-8 bytes), so that a gzip bomb stops as soon as
    // it passes the limit; the whole text, once there, is measured in UTF-8.
    const tooLarge = () => stop('too-large', 'the document is over 512 KB');
    request.onprogress = ({ loaded }) => {
      if (loaded > maxDocumentBytes || request.responseText.length > maxDocumentBytes) tooLarge();
    };
    request.onload = () => {
      if (request.status < 200 || request.status > 299) return stop('http', `HTTP ${request.status}`);
      if (new Blob([request.responseText]).size > maxDocumentBytes) return tooLarge();
      let document: unknown;
      try {
        document = JSON.parse(request.responseText);
      } catch (error) {
        return stop('parse', `the document is not JSON (${(error as Error).message})`);
      }
      end((done) => done(document));
    };
    request.onerror = failed;
    try {
      request.open('GET', url);
      request.send();
    } catch {
      // An address the browser cannot request at all ("http://[") throws here: reported as any
      // failed request, once the caller has its cancel function.
      setTimeout(failed);
    }
  }
  const [waiting, end] = shared;
  const leave: Waiting = (report) => {
    if (waiting.delete(leave)) {
      clearTimeout(timer);
      if (!waiting.size) end();
      report?.(done, fail);
    }
  };
  // Each caller's own timeout, from its own call (a timer set beyond 2^31 - 1 ms fires at once).
  const timer = setTimeout(() => leave((_, fail) => fail('timeout', `${url}: no answer within ${timeout} ms`)), Math.min(timeout, 2e9));
  waiting.add(leave);
  return leave;
}

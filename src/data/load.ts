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
 * Fetches and parses the JSON document at `url`. Rejects with a `LoadError` naming the cause,
 * or with the caller's own abort reason when `signal` is aborted (a newer `src` won).
 */
export async function loadJson(url: string, signal: AbortSignal, timeout: number): Promise<unknown> {
  // One controller for both causes and a plain timer, rather than AbortSignal.timeout through
  // AbortSignal.any: with those, one CI run saw a WebKitGTK 2.50 request hang past its limit.
  const controller = new AbortController();
  const cancel = () => controller.abort();
  signal.addEventListener('abort', cancel);
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeout);
  const failure = (error: unknown): never => {
    signal.throwIfAborted();
    if (timedOut) throw new LoadError('timeout', `${url}: no answer within ${timeout} ms`);
    throw error instanceof LoadError
      ? error
      : new LoadError('network', `${url}: the request failed (${String(error)})`);
  };

  let bytes: Uint8Array;
  try {
    const response = await fetch(url, { signal: controller.signal });
    if (!response.ok) throw new LoadError('http', `${url}: HTTP ${response.status}`);
    // Counted while reading, not from Content-Length, which can be absent or wrong (compression):
    // reading stops at the limit either way.
    const chunks: Uint8Array[] = [];
    let size = 0;
    const reader = response.body!.getReader();
    for (let chunk = await reader.read(); !chunk.done; chunk = await reader.read()) {
      size += chunk.value.length;
      if (size > maxDocumentBytes) {
        void reader.cancel();
        throw new LoadError('too-large', `${url}: the document is over ${maxDocumentBytes} bytes`);
      }
      chunks.push(chunk.value);
    }
    bytes = new Uint8Array(size);
    chunks.reduce((offset, chunk) => (bytes.set(chunk, offset), offset + chunk.length), 0);
  } catch (error) {
    return failure(error);
  } finally {
    clearTimeout(timer);
    signal.removeEventListener('abort', cancel);
  }
  try {
    return JSON.parse(new TextDecoder().decode(bytes));
  } catch (error) {
    throw new LoadError('parse', `${url}: the document is not JSON (${(error as Error).message})`);
  }
}

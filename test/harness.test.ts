/**
 * Checks the test harness itself (web-test-runner.config.mjs, scripts/test-server.mjs,
 * scripts/wtr-commands.mjs): the `engine` command and the synthetic fixtures that the
 * data-loading tests rely on. No element code is tested here.
 */
import { expect } from '@open-wc/testing';
import { executeServerCommand, setViewport } from '@web/test-runner-commands';
import { maxDocumentBytes } from '../src/data/load.js';
import { parseDocument } from '../src/data/parse.js';

describe('test harness', () => {
  it('tells the engine', async () => {
    const engine = await executeServerCommand<string, undefined>('engine');
    expect(['chromium', 'firefox', 'webkit']).to.include(engine);
  });

  it('serves /test/fixtures/status-500.json as HTTP 500', async () => {
    const response = await fetch('/test/fixtures/status-500.json');
    expect(response.status).to.equal(500);
  });

  it('serves /test/fixtures/huge.json: valid, and over the size limit', async () => {
    const response = await fetch('/test/fixtures/huge.json');
    expect(Number(response.headers.get('content-length'))).to.be.greaterThan(maxDocumentBytes);
    const { networks, dropped } = parseDocument(await response.json());
    expect(dropped).to.deep.equal([]);
    expect(networks.length).to.be.greaterThan(0);

    const chunked = await fetch('/test/fixtures/huge.json?chunked=1');
    expect(chunked.headers.get('content-length')).to.equal(null);
    expect((await chunked.arrayBuffer()).byteLength).to.be.greaterThan(maxDocumentBytes);
  });

  it('serves /test/fixtures/slow.json late: ?delay=MS, else not within seconds', async () => {
    const start = performance.now();
    const response = await fetch('/test/fixtures/slow.json?delay=200');
    expect(performance.now() - start).to.be.at.least(150);
    expect(parseDocument(await response.json()).networks).to.have.length(1);

    const late = await fetch('/test/fixtures/slow.json', { signal: AbortSignal.timeout(300) }).then(
      () => 'answered',
      (error: Error) => error.name,
    );
    expect(late).to.be.oneOf(['TimeoutError', 'AbortError']);
  });

  it('sets the viewport in every engine', async () => {
    await setViewport({ width: 600, height: 500 });
    expect([innerWidth, innerHeight]).to.deep.equal([600, 500]);
  });
});

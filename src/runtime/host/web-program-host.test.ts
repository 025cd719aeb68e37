// The page's handle on a web program, over a worker running the real runtime in this process
// (messages cloned both ways, as across a real worker's boundary).
import { describe, expect, it } from 'vitest';
import { createInProcessWorker } from './testing/fake-worker';
import { startWebProgram } from './web-program-host';
import type { HttpExchange, WebProgramExit, WebProgramSpec } from './web-program-host';
import { cjsBundle, testConfig } from '../testing/bundles';
import type { LogRecord } from '../../engine/types';
import type { ServerEndpoint } from '../protocol';

function start(code: string) {
  const logs: LogRecord[] = [];
  const listening: ServerEndpoint[] = [];
  let exit: WebProgramExit | null = null;
  const worker = createInProcessWorker();
  const spec: WebProgramSpec = {
    config: testConfig({ runtime: 'nodejs24.x', architecture: 'arm64', memoryMB: 2048 }),
    bundle: cjsBundle(code),
    environment: { AWS_LAMBDA_HTTP_ENDPOINT: '0.0.0.0:3000' },
    sdkScripts: [],
    onLog: (record) => logs.push(record),
    onListening: (endpoint) => listening.push(endpoint),
    onExit: (ended) => (exit = ended),
  };
  const program = startWebProgram(worker, spec);
  return { program, logs, listening, exit: () => exit };
}

const GET = {
  port: 3000,
  method: 'GET',
  path: '/',
  headers: [],
  body: new Uint8Array(),
  remoteAddress: '10.0.0.9',
};
const text = (bytes: Uint8Array) => new TextDecoder().decode(bytes);

describe(startWebProgram, () => {
  it('starts the program, reports it listening, and settles a request with its streamed response', async () => {
    const web = start(`
      const [host, port] = process.env.AWS_LAMBDA_HTTP_ENDPOINT.split(':');
      require('http').createServer((req, res) => {
        res.writeHead(200, { 'content-type': 'text/plain' });
        res.write('one ');
        setTimeout(() => res.end('two'), 2);
      }).listen(Number(port), host);
    `);
    await expect.poll(() => web.listening).toEqual([{ kind: 'tcp', host: '0.0.0.0', port: 3000 }]);
    const chunks: string[] = [];
    let headStatus = 0;
    const outcome = await web.program.request({
      ...GET,
      onHead: (head) => (headStatus = head.statusCode),
      onChunk: (chunk) => chunks.push(text(chunk)),
    }).outcome;
    expect(headStatus).toBe(200);
    expect(chunks).toEqual(['one ', 'two']);
    if (outcome.kind !== 'response') throw new Error(outcome.message);
    expect([outcome.statusCode, text(outcome.body)]).toEqual([200, 'one two']);
    expect(outcome.headers[0]).toEqual(['content-type', 'text/plain']);
  });

  it('settles a request to a port nothing listens on as refused, and a cancelled one as reset', async () => {
    const web = start(
      `require('http').createServer((req, res) => res.write('never ends')).listen(3000);`,
    );
    await expect.poll(() => web.listening.length).toBe(1);
    expect(await web.program.request({ ...GET, port: 9000 }).outcome).toMatchObject({
      kind: 'connection-error',
      code: 'ECONNREFUSED',
      message: 'connect ECONNREFUSED 127.0.0.1:9000',
    });
    const exchange: HttpExchange = web.program.request({
      ...GET,
      onChunk: () => exchange.cancel(),
    });
    const cancelled = await exchange.outcome;
    expect(cancelled).toMatchObject({ kind: 'connection-error', code: 'ECONNRESET' });
    expect(cancelled.kind === 'connection-error' && text(cancelled.body)).toBe('never ends');
  });

  it('reports the exit of a program that throws, and refuses requests after it', async () => {
    const web = start(`setTimeout(() => { throw new Error('late failure'); }, 1);`);
    await expect.poll(() => web.exit()).not.toBeNull();
    expect(web.exit()).toMatchObject({
      code: 1,
      error: { errorType: 'Error', errorMessage: 'late failure' },
    });
    expect(await web.program.request(GET).outcome).toMatchObject({ code: 'ECONNREFUSED' });
    await expect(web.program.usage()).rejects.toThrow('The web program has ended');
  });

  it("runs the program's SIGTERM listener, and ends a program without one with code 143", async () => {
    const graceful = start(`
      const server = require('http').createServer().listen(3000);
      process.on('SIGTERM', () => { console.log('draining'); server.close(() => process.exit(0)); });
    `);
    await expect.poll(() => graceful.listening.length).toBe(1);
    graceful.program.sigterm();
    await expect.poll(() => graceful.exit()).toEqual({ code: 0, error: null });
    expect(graceful.logs.map((record) => record.message)).toEqual(['draining']);
    const abrupt = start(`require('http').createServer().listen(3000);`);
    await expect.poll(() => abrupt.listening.length).toBe(1);
    abrupt.program.sigterm();
    await expect.poll(() => abrupt.exit()).toEqual({ code: 143, error: null });
  });

  it('answers a usage report with busy and elapsed ms', async () => {
    const web = start(`require('http').createServer().listen(3000);`);
    await expect.poll(() => web.listening.length).toBe(1);
    const usage = await web.program.usage();
    expect(usage.busyMs).toBeGreaterThanOrEqual(0);
    expect(usage.elapsedMs).toBeGreaterThanOrEqual(usage.busyMs);
    web.program.stop();
    expect(web.exit()).toEqual({ code: null, error: null });
  });
});

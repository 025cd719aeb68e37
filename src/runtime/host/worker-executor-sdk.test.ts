// The executor's part in a handler's SDK calls: the packages' scripts go with the code that names
// them, and each call the worker sends is answered on the page, or fails as a connection would.
import { describe, expect, it } from 'vitest';
import type { ApiRequest, ApiResponse, InstanceSpec } from '../../engine/types';
import { FakeWorker } from './testing/fake-worker';
import { cjsBundle, testConfig } from '../testing/bundles';
import { createWorkerExecutor } from './worker-executor';

const REQUEST: ApiRequest = {
  method: 'GET',
  hostname: 'b.s3.us-east-1.amazonaws.com',
  path: '/k',
  query: new Map(),
  headers: new Map(),
  body: new Uint8Array(0),
};

function setup(code: string, onServiceRequest?: InstanceSpec['onServiceRequest']) {
  const workers: FakeWorker[] = [];
  const asked: string[][] = [];
  const executor = createWorkerExecutor({
    createWorker: () => {
      const worker = new FakeWorker();
      workers.push(worker);
      return worker;
    },
    spareWorkers: 0,
    loadSdkScripts: async (names) => {
      asked.push([...names]);
      return names.map((name) => ({ name, code: `/* ${name} */` }));
    },
  });
  const spec: InstanceSpec = {
    instanceId: 'i-1',
    config: testConfig(),
    bundle: cjsBundle(code),
    logStreamName: 'stream',
    onLog: () => undefined,
    ...(onServiceRequest && { onServiceRequest }),
  };
  void executor.startInstance(spec);
  return { worker: workers[0] as FakeWorker, asked };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('SDK calls through the executor', () => {
  it('sends the scripts of the packages the code names, what they build on first', async () => {
    const { worker, asked } = setup(
      "const { DynamoDBDocumentClient } = require('@aws-sdk/lib-dynamodb');",
    );
    await settle();
    expect(asked).toEqual([
      ['@aws-sdk/client-dynamodb', '@aws-sdk/util-dynamodb', '@aws-sdk/lib-dynamodb'],
    ]);
    const load = worker.received[0];
    expect(load?.type === 'load' && load.sdkScripts.map((script) => script.name)).toEqual([
      '@aws-sdk/client-dynamodb',
      '@aws-sdk/util-dynamodb',
      '@aws-sdk/lib-dynamodb',
    ]);
  });

  it('sends code that names no SDK package at once, with no scripts', () => {
    const { worker, asked } = setup('exports.handler = async () => 1;');
    expect(asked).toEqual([]);
    const load = worker.received[0];
    expect(load?.type === 'load' && load.sdkScripts).toEqual([]);
  });

  it('answers a call with the service’s response, attributed to the request that made it', async () => {
    const response: ApiResponse = {
      statusCode: 200,
      headers: new Map(),
      body: new Uint8Array([1]),
    };
    const calls: (string | null)[] = [];
    const { worker } = setup('exports.handler = async () => 1;', async (_request, requestId) => {
      calls.push(requestId);
      return response;
    });
    worker.send({ type: 'aws-request', id: 7, requestId: 'req-1', request: REQUEST });
    await settle();
    expect(calls).toEqual(['req-1']);
    expect(worker.received.at(-1)).toEqual({
      type: 'aws-response',
      id: 7,
      outcome: { ok: true, response },
    });
  });

  it('fails a call to a host the playground does not simulate as DNS would', async () => {
    const { worker } = setup('exports.handler = async () => 1;', () =>
      Promise.reject(new Error('getaddrinfo ENOTFOUND example.com')),
    );
    worker.send({ type: 'aws-request', id: 1, requestId: null, request: REQUEST });
    await settle();
    expect(worker.received.at(-1)).toEqual({
      type: 'aws-response',
      id: 1,
      outcome: {
        ok: false,
        code: 'ENOTFOUND',
        syscall: 'getaddrinfo',
        message: 'getaddrinfo ENOTFOUND example.com',
      },
    });
  });
});

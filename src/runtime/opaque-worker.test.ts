// Workers start from a data: URL once the script is loaded; stand-ins bridge the wait.
import { describe, expect, it } from 'vitest';
import { createOpaqueWorkerFactory, scriptDataUrl } from './opaque-worker';
import type { FromWorker } from './protocol';
import { FakeWorker } from './testing/fake-worker';

const LOAD = { type: 'invoke', id: 1, requestId: 'r', eventJson: '{}', deadlineMs: 0 } as const;

function setup(loadScript: () => Promise<string>) {
  const spawned: Array<{ url: string; worker: FakeWorker }> = [];
  let loads = 0;
  const create = createOpaqueWorkerFactory({
    loadScript: () => {
      loads++;
      return loadScript();
    },
    spawn: (url) => {
      const worker = new FakeWorker();
      spawned.push({ url, worker });
      return worker;
    },
  });
  return { create, spawned, loads: () => loads };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(scriptDataUrl, () => {
  it('percent-encodes the script into a JavaScript data: URL named as Lambda names its runtime', () => {
    expect(scriptDataUrl('postMessage("é #%")')).toBe(
      'data:text/javascript;charset=utf-8,postMessage(%22%C3%A9%20%23%25%22)%0A%2F%2F%23%20sourceURL%3Dfile%3A%2F%2F%2Fvar%2Fruntime%2Findex.mjs%0A',
    );
  });
});

describe(createOpaqueWorkerFactory, () => {
  it('queues messages until the script loads, then starts the worker and forwards both ways', async () => {
    const { create, spawned, loads } = setup(() => Promise.resolve('self.x = 1'));
    const stub = create();
    const heard: FromWorker[] = [];
    stub.onmessage = (event) => heard.push(event.data);
    stub.postMessage(LOAD);
    expect(spawned).toEqual([]);
    await settle();
    expect(spawned.map((s) => s.url)).toEqual([scriptDataUrl('self.x = 1')]);
    expect(spawned[0]?.worker.received).toEqual([LOAD]);
    spawned[0]?.worker.send({ type: 'ready' });
    expect(heard).toEqual([{ type: 'ready' }]);
    // Later workers start at once from the same URL; the script is fetched only once.
    const direct = create();
    expect(direct).toBe(spawned[1]?.worker);
    expect(loads()).toBe(1);
  });

  it('starts no worker for a stand-in terminated before the script arrived', async () => {
    const { create, spawned } = setup(() => Promise.resolve('1'));
    create().terminate();
    await settle();
    expect(spawned).toEqual([]);
  });

  it('reports a failed load as the worker’s error, and loads again for the next worker', async () => {
    const { create, loads } = setup(() => Promise.reject(new Error('offline')));
    const stub = create();
    const errors: string[] = [];
    stub.onerror = (event) => errors.push(event.message);
    await settle();
    expect(errors).toEqual(['The runtime script could not be loaded: Error: offline']);
    create();
    expect(loads()).toBe(2);
  });
});

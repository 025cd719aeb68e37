// Workers start from a data: URL once the script and their network mode's spawner are ready;
// stand-ins bridge the wait.
import { describe, expect, it } from 'vitest';
import { createOpaqueWorkerFactory, scriptDataUrl } from './opaque-worker';
import type { FromWorker, NetworkMode } from '../protocol';
import { FakeWorker } from './testing/fake-worker';

const LOAD = { type: 'invoke', id: 1, requestId: 'r', eventJson: '{}', deadlineMs: 0 } as const;

interface Spawned {
  url: string;
  network: NetworkMode;
  worker: FakeWorker;
}

function setup(
  loadScript: () => Promise<string>,
  opened: (network: NetworkMode) => Promise<void> = () => Promise.resolve(),
) {
  const spawned: Spawned[] = [];
  let loads = 0;
  const opens: NetworkMode[] = [];
  const create = createOpaqueWorkerFactory({
    loadScript: () => {
      loads++;
      return loadScript();
    },
    spawner: async (network) => {
      opens.push(network);
      await opened(network);
      return (url) => {
        const worker = new FakeWorker();
        spawned.push({ url, network, worker });
        return worker;
      };
    },
  });
  return { create, spawned, opens, loads: () => loads };
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
    const stub = create('offline');
    const heard: FromWorker[] = [];
    stub.onmessage = (event) => heard.push(event.data);
    stub.postMessage(LOAD);
    expect(spawned).toEqual([]);
    await settle();
    expect(spawned.map((s) => [s.url, s.network])).toEqual([
      [scriptDataUrl('self.x = 1'), 'offline'],
    ]);
    expect(spawned[0]?.worker.received).toEqual([LOAD]);
    spawned[0]?.worker.send({ type: 'ready' });
    expect(heard).toEqual([{ type: 'ready' }]);
    // Later workers start at once from the same URL; the script is fetched only once.
    const direct = create('offline');
    expect(direct).toBe(spawned[1]?.worker);
    expect(loads()).toBe(1);
  });

  it('starts each network mode’s workers with that mode’s spawner, opened once, one script', async () => {
    const { create, spawned, opens, loads } = setup(() => Promise.resolve('1'));
    create('offline');
    create('online');
    create('offline');
    await settle();
    create('online');
    expect(spawned.map((s) => s.network).sort()).toEqual([
      'offline',
      'offline',
      'online',
      'online',
    ]);
    expect(opens).toEqual(['offline', 'online']);
    expect(loads()).toBe(1);
  });

  it('starts no worker for a stand-in terminated before the script arrived', async () => {
    const { create, spawned } = setup(() => Promise.resolve('1'));
    create('offline').terminate();
    await settle();
    expect(spawned).toEqual([]);
  });

  it('reports a failed load as the worker’s error, and loads again for the next worker', async () => {
    const { create, loads } = setup(() => Promise.reject(new Error('offline')));
    const stub = create('offline');
    const errors: string[] = [];
    stub.onerror = (event) => errors.push(event.message);
    await settle();
    expect(errors).toEqual(['The runtime script could not be loaded: Error: offline']);
    create('offline');
    expect(loads()).toBe(2);
  });

  it('reports a spawner that cannot open as the worker’s error, in its own words', async () => {
    const { create, spawned } = setup(
      () => Promise.resolve('1'),
      (network) =>
        network === 'offline' ? Promise.reject(new Error('no sandbox')) : Promise.resolve(),
    );
    const errors: string[] = [];
    create('offline').onerror = (event) => errors.push(event.message);
    create('online');
    await settle();
    expect(errors).toEqual(['no sandbox']);
    expect(spawned.map((s) => s.network)).toEqual(['online']);
  });
});

// The instance workers themselves, without the platform around them: how long a worker of each
// network mode takes to say `ready`, from a factory in use and from a new page's first one.
import type { NetworkMode, WorkerLike } from '../../src/runtime';
import { createBrowserWorkerFactory } from '../../src/runtime';
import { pause } from './raw-workers';

/** ms from asking `create` for a worker to its `ready`; the worker is then ended. */
async function timeToReady(create: () => WorkerLike): Promise<number> {
  const started = performance.now();
  const worker = create();
  await new Promise<void>((resolve, reject) => {
    worker.onmessage = (event) => {
      if (event.data.type === 'ready') resolve();
    };
    worker.onerror = (event) => reject(new Error(`instance worker failed: ${event.message}`));
  });
  const elapsed = performance.now() - started;
  worker.terminate();
  return elapsed;
}

const factory = createBrowserWorkerFactory();

export async function spawnToReady(count: number, network: NetworkMode): Promise<number[]> {
  // Untimed first: the script's fetch and, offline, the sandbox's iframe and check (firstReady).
  await timeToReady(() => factory(network));
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    samples.push(await timeToReady(() => factory(network)));
    // Lets the ended worker's thread exit before the next spawn is timed.
    await pause(20);
  }
  return samples;
}

export function firstReady(network: NetworkMode): Promise<number> {
  // A factory of its own: a new page's, with no script loaded and (offline) no sandbox yet.
  const fresh = createBrowserWorkerFactory();
  return timeToReady(() => fresh(network));
}

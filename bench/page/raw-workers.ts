// The browser's own worker costs (docs/browser-limits.md): a bare module worker from a
// blob URL that answers a small JSON event with a small result, and nothing else.
import type { LoadSpan } from './api';
import { ratePerWindow } from '../stats';

const ECHO_SOURCE = `
self.onmessage = ({ data }) => self.postMessage({ id: data.id, result: data.event.left + data.event.right });
self.postMessage({ type: 'ready' });
`;

let echoUrl: string | null = null;

/** One blob URL for every bare worker, as the app would reuse one script. */
function workerUrl(): string {
  echoUrl ??= URL.createObjectURL(new Blob([ECHO_SOURCE], { type: 'text/javascript' }));
  return echoUrl;
}

export const pause = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** A module worker that has said it is ready. */
export function startBareWorker(): Promise<Worker> {
  const worker = new Worker(workerUrl(), { type: 'module' });
  return new Promise((resolve, reject) => {
    worker.onmessage = () => resolve(worker);
    worker.onerror = (event) => reject(new Error(`bare worker failed: ${event.message}`));
  });
}

export async function workerSpawn(count: number): Promise<number[]> {
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    const started = performance.now();
    const worker = await startBareWorker();
    samples.push(performance.now() - started);
    worker.terminate();
    // Lets the ended worker's thread exit before the next spawn is timed.
    await pause(20);
  }
  return samples;
}

const EVENT = { left: 1, right: 2 };

export async function roundTrip(count: number): Promise<number[]> {
  const worker = await startBareWorker();
  const once = (id: number) =>
    new Promise<void>((resolve) => {
      worker.onmessage = () => resolve();
      worker.postMessage({ id, event: EVENT });
    });
  // Untimed first trips: the worker's handler and the page's message path get compiled.
  for (let id = 0; id < 100; id++) await once(id);
  const samples: number[] = [];
  for (let id = 0; id < count; id++) {
    const started = performance.now();
    await once(id);
    samples.push(performance.now() - started);
  }
  worker.terminate();
  return samples;
}

const WORKERS = 4;
const IN_FLIGHT_EACH = 8;

export async function rawThroughput(span: LoadSpan): Promise<number[]> {
  const workers = await Promise.all(Array.from({ length: WORKERS }, startBareWorker));
  const done: number[] = [];
  const warmUpMs = 300;
  const start = performance.now() + warmUpMs;
  const end = start + span.windows * span.windowMs;
  let inFlight = 0;
  const drained = new Promise<void>((resolve) => {
    for (const worker of workers) {
      worker.onmessage = ({ data }: MessageEvent<{ id: number }>) => {
        const now = performance.now();
        done.push(now);
        if (now < end) worker.postMessage({ id: data.id, event: EVENT });
        else if (--inFlight === 0) resolve();
      };
      for (let id = 0; id < IN_FLIGHT_EACH; id++) {
        inFlight++;
        worker.postMessage({ id, event: EVENT });
      }
    }
  });
  await drained;
  for (const worker of workers) worker.terminate();
  return ratePerWindow(done, { start, end, windowMs: span.windowMs });
}

/** Kept alive on purpose: the runner measures the renderer's memory while they idle. */
const kept: Worker[] = [];

export async function spawnBareWorkers(count: number): Promise<void> {
  kept.push(...(await Promise.all(Array.from({ length: count }, startBareWorker))));
}

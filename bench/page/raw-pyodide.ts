// The browser's bare cost of starting Python: a fresh module worker from a blob: URL, given Pyodide's files in memory, the same files and the same compiled wasm module the app hands
// its Python instances (pyodideFiles()), timed from `new Worker` to Python's first answer.
import { pyodideFiles } from '../../src/runtime/host/pyodide-files';
import type { RawPyodideAnswer } from './raw-pyodide-worker';
import { pause } from './raw-workers';

let scriptUrl: Promise<string> | null = null;

/** One blob URL for every bare Pyodide worker, its script loaded (a chunk) once. */
function workerUrl(): Promise<string> {
  scriptUrl ??= import('virtual:raw-pyodide-script').then(({ default: script }) =>
    URL.createObjectURL(new Blob([script], { type: 'text/javascript' })),
  );
  return scriptUrl;
}

/** ms from `new Worker` to Python's answer in it; the worker is then ended. */
async function timedBoot(url: string): Promise<number> {
  const files = await pyodideFiles();
  const started = performance.now();
  // A module worker: Pyodide refuses a classic worker that may importScripts a data: URL, which
  // an instance's worker may not (the sandbox's policy), but a bare page's worker may.
  const worker = new Worker(url, { type: 'module' });
  worker.postMessage(files);
  const answer = await new Promise<RawPyodideAnswer>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<RawPyodideAnswer>) => resolve(event.data);
    worker.onerror = (event) => reject(new Error(`Pyodide worker failed: ${event.message}`));
  });
  const elapsed = performance.now() - started;
  worker.terminate();
  if (!answer.ok) throw new Error(`Pyodide did not start: ${answer.message}`);
  if (answer.sum !== 3) throw new Error(`Python answered 1 + 2 = ${answer.sum}`);
  return elapsed;
}

/** One sample per fresh worker; the page's one read and compile of the files is not timed. */
export async function pyodideBoot(count: number): Promise<number[]> {
  const url = await workerUrl();
  await pyodideFiles();
  const samples: number[] = [];
  for (let i = 0; i < count; i++) {
    samples.push(await timedBoot(url));
    // Lets the ended worker's thread (and its interpreter's memory) go before the next start.
    await pause(100);
  }
  return samples;
}

// The editor's Python syntax check: one Python worker of its own, started when a Python function
// is first built, compiles the files without running them (Python's own compiler, so the messages
// are CPython's). It runs no function code, and a worker that dies is replaced on the next check.
import type { PythonSyntaxError, WorkerLike } from '../protocol';

export type PythonSyntaxCheck = (
  files: Readonly<Record<string, string>>,
) => Promise<PythonSyntaxError[]>;

/** `startWorker`: a Python worker (already sent Pyodide's files, as the executor's are). */
export function createPythonSyntaxCheck(startWorker: () => WorkerLike): PythonSyntaxCheck {
  let worker: WorkerLike | null = null;
  let nextId = 1;
  const waiting = new Map<
    number,
    { resolve(errors: PythonSyntaxError[]): void; reject(error: Error): void }
  >();

  const fail = (reason: string) => {
    worker?.terminate();
    worker = null;
    for (const { reject } of waiting.values()) reject(new Error(reason));
    waiting.clear();
  };

  const ensureWorker = (): WorkerLike => {
    if (worker) return worker;
    const started = startWorker();
    started.onmessage = (event) => {
      const message = event.data;
      if (message.type !== 'syntax') return;
      waiting.get(message.id)?.resolve(message.errors);
      waiting.delete(message.id);
    };
    started.onerror = (event) => {
      event.preventDefault();
      fail(event.message || 'the Python checker stopped');
    };
    started.onmessageerror = () => fail('the Python checker could not read a message');
    worker = started;
    return started;
  };

  return (files) =>
    new Promise((resolve, reject) => {
      const id = nextId++;
      waiting.set(id, { resolve, reject });
      ensureWorker().postMessage({ type: 'check-syntax', id, files: { ...files } });
    });
}

// Node's `timers` and `timers/promises`, built on the instance's tracked timers so that awaiting
// them keeps the simulated event loop alive.

type TimerCallback = (...args: unknown[]) => void;

export interface TimerFunctions {
  setTimeout(callback: TimerCallback, ms?: number, ...args: unknown[]): unknown;
  clearTimeout(handle: unknown): void;
  setInterval(callback: TimerCallback, ms?: number, ...args: unknown[]): unknown;
  clearInterval(handle: unknown): void;
  setImmediate(callback: TimerCallback, ...args: unknown[]): unknown;
  clearImmediate(handle: unknown): void;
}

interface AbortOptions {
  signal?: AbortSignal;
}

function abortable<T>(
  start: (resolve: (value: T) => void) => unknown,
  cancel: (handle: unknown) => void,
  options: AbortOptions | undefined,
): Promise<T> {
  const signal = options?.signal;
  if (signal?.aborted) return Promise.reject(abortError(signal));
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      cancel(handle);
      reject(abortError(signal));
    };
    const handle = start((value) => {
      signal?.removeEventListener('abort', onAbort);
      resolve(value);
    });
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}

function abortError(signal: AbortSignal | undefined): Error {
  const error = new Error('The operation was aborted', { cause: signal?.reason });
  error.name = 'AbortError';
  return Object.assign(error, { code: 'ABORT_ERR' });
}

export function createTimersModules(timers: TimerFunctions) {
  const promises = {
    setTimeout: <T>(ms?: number, value?: T, options?: AbortOptions) =>
      abortable<T | undefined>(
        (resolve) => timers.setTimeout(() => resolve(value), ms),
        timers.clearTimeout,
        options,
      ),
    setImmediate: <T>(value?: T, options?: AbortOptions) =>
      abortable<T | undefined>(
        (resolve) => timers.setImmediate(() => resolve(value)),
        timers.clearImmediate,
        options,
      ),
    scheduler: {
      wait: (ms: number, options?: AbortOptions) => promises.setTimeout(ms, undefined, options),
    },
  };
  return { timers: { ...timers, promises }, promises };
}

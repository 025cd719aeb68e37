// Warming a spare must leave the worker's real global scope exactly as it was.
import { describe, expect, it } from 'vitest';
import { warmUp } from './warm-up';

describe(warmUp, () => {
  it('completes a scratch INIT and invoke without touching the real globals', async () => {
    const consoleLog = globalThis.console.log;
    const timeout = globalThis.setTimeout;
    await warmUp(
      {
        timers: { setTimeout, clearTimeout, setInterval, clearInterval },
        macrotask: (callback) => setImmediate(callback),
        importModule: () => Promise.reject(new Error('not used')),
        now: () => performance.now(),
      },
      (source) => (0, eval)(source),
    );
    expect(globalThis.console.log).toBe(consoleLog);
    expect(globalThis.setTimeout).toBe(timeout);
    expect('__playgroundRequire' in globalThis).toBe(false);
  });
});

import { describe, expect, it } from 'vitest';
import { latestWins, SUPERSEDED } from './latest';

/** A job runner whose jobs finish only when the test says so. */
function manualRunner() {
  const started: string[] = [];
  const finishers = new Map<string, () => void>();
  const run = (request: string) =>
    new Promise<string>((resolve) => {
      started.push(request);
      finishers.set(request, () => resolve(`built ${request}`));
    });
  const finish = async (request: string) => {
    finishers.get(request)?.();
    // Let the settled job hand over to the next one.
    for (let i = 0; i < 5; i++) await Promise.resolve();
  };
  return { run, started, finish };
}

describe(latestWins, () => {
  it('runs one job per key and lets only the newest waiting job run next', async () => {
    const runner = manualRunner();
    const submit = latestWins(runner.run);
    const first = submit('fn', 'a');
    const second = submit('fn', 'b');
    const third = submit('fn', 'c');
    expect(runner.started).toEqual(['a']);
    expect(await second).toBe(SUPERSEDED);
    await runner.finish('a');
    expect(await first).toBe('built a');
    expect(runner.started).toEqual(['a', 'c']);
    await runner.finish('c');
    expect(await third).toBe('built c');
  });

  it('never makes one key wait for another', async () => {
    const runner = manualRunner();
    const submit = latestWins(runner.run);
    void submit('fn-1', 'a');
    void submit('fn-2', 'b');
    expect(runner.started).toEqual(['a', 'b']);
  });

  it('starts afresh once a key has gone idle, and passes a failure to its caller', async () => {
    const submit = latestWins(async (request: string) => {
      if (request === 'bad') throw new Error('boom');
      return request;
    });
    await expect(submit('fn', 'bad')).rejects.toThrow('boom');
    expect(await submit('fn', 'good')).toBe('good');
  });
});

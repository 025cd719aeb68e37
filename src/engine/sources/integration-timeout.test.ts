// API Gateway's integration timeout, decided on the platform's clock while the function runs on.
import { describe, expect, it } from 'vitest';
import { createManualClock } from '../time/clock';
import { INTEGRATION_TIMEOUT_MS, raceIntegrationTimeout } from './integration-timeout';

function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

const flush = () => new Promise((resolve) => setTimeout(resolve, 0));

describe(raceIntegrationTimeout, () => {
  it('gives up at 29 s for a REST API and 30 s for an HTTP API', () => {
    expect(INTEGRATION_TIMEOUT_MS).toEqual({ 'rest-api': 29_000, 'http-api': 30_000 });
  });

  it('answers timed-out when the clock passes the limit, and not a moment before', async () => {
    const clock = createManualClock();
    const work = deferred<string>();
    let outcome: unknown = null;
    void raceIntegrationTimeout(clock, work.promise, 29_000).then((o) => (outcome = o));
    clock.advance(28_999);
    await flush();
    expect(outcome).toBeNull();
    clock.advance(1);
    await flush();
    expect(outcome).toEqual({ kind: 'timed-out', afterMs: 29_000 });
    // The function finishing later changes nothing for the client.
    work.resolve('late');
    await flush();
    expect(outcome).toEqual({ kind: 'timed-out', afterMs: 29_000 });
  });

  it('passes the answer on when it comes in time, and clears its timer', async () => {
    const clock = createManualClock();
    const work = deferred<string>();
    const raced = raceIntegrationTimeout(clock, work.promise, 30_000);
    clock.advance(12_000);
    work.resolve('ok');
    expect(await raced).toEqual({ kind: 'answered', value: 'ok' });
    clock.advance(60_000);
    expect(await raced).toEqual({ kind: 'answered', value: 'ok' });
  });

  it('passes a rejection on when it comes first', async () => {
    const clock = createManualClock();
    const work = deferred<string>();
    const raced = raceIntegrationTimeout(clock, work.promise, 29_000);
    work.reject(new Error('no such function'));
    await expect(raced).rejects.toThrow('no such function');
  });
});

import { describe, expect, it } from 'vitest';
import { measureEngineThroughput } from './engine-throughput';

describe('measureEngineThroughput', () => {
  it('runs every invocation warm after one cold start per chain', async () => {
    let tick = 0;
    const result = await measureEngineThroughput({
      invocations: 1000,
      inFlight: 4,
      warmupInvocations: 10,
      now: () => (tick += 50),
    });
    expect(result).toEqual({
      invocations: 1000,
      inFlight: 4,
      elapsedMs: 50,
      invocationsPerSec: 20_000,
      coldStarts: 4,
      ok: 1000,
      throttled: 0,
      // 7 events per warm invoke; each cold start adds starting, INIT_START and init.
      events: 1000 * 7 + 4 * 3 + 1,
    });
  });

  it('builds no events when nobody listens', async () => {
    const result = await measureEngineThroughput({ invocations: 100, inFlight: 1, listen: false });
    expect(result).toMatchObject({ ok: 100, coldStarts: 1, events: 0 });
  });

  it('measures the engine, not the invocation rate limit: 20,000 requests all succeed', async () => {
    const result = await measureEngineThroughput({
      invocations: 20_000,
      inFlight: 100,
      warmupInvocations: 0,
      listen: false,
    });
    expect(result).toMatchObject({ ok: 20_000, throttled: 0, coldStarts: 100 });
  });
});

import { describe, expect, it } from 'vitest';
import { okInvoke } from './testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from './testing/platform-fixture';

describe('createPlatform billing', () => {
  it('bills INIT on the cold start only, and sums every request', async () => {
    const { platform, executor } = setupPlatform();
    platform.deploy(testConfig({ memoryMB: 1024 }), testBundle());
    // Cold: 10 ms + 100 ms init = 110 ms; warm: 10 ms, at 1 GB.
    const cold = await platform.invoke('add', '{}');
    const warm = await platform.invoke('add', '{}');
    expect(cold.status === 'ok' && cold.cost.gbSeconds).toBe(0.11);
    expect(warm.status === 'ok' && warm.cost.gbSeconds).toBe(0.01);
    expect(warm.status === 'ok' && warm.cost.computeUsd).toBe(0.01 * 0.0000166667);

    executor.script.invoke = () => okInvoke('null', 880);
    await platform.invoke('add', '{}');
    const { totals } = platform.snapshot();
    expect(totals.requests).toBe(3);
    expect(totals.throttles).toBe(0);
    expect(totals.gbSeconds).toBeCloseTo(1, 12);
    expect(totals.requestUsd).toBeCloseTo(0.0000006, 18);
    expect(totals.computeUsd).toBeCloseTo(0.0000166667, 16);
    expect(totals.totalUsd).toBeCloseTo(0.0000006 + 0.0000166667, 16);
  });

  it('counts throttles without billing them', async () => {
    const { platform } = setupPlatform();
    platform.deploy(testConfig({ reservedConcurrency: 0 }), testBundle());
    await platform.invoke('add', '{}');
    expect(platform.snapshot().totals).toEqual({
      requests: 0,
      throttles: 1,
      gbSeconds: 0,
      requestUsd: 0,
      computeUsd: 0,
      storageGbSeconds: 0,
      storageUsd: 0,
      provisionedGbSeconds: 0,
      provisionedUsd: 0,
      totalUsd: 0,
    });
  });

  it('keeps totals per function, also after the function is removed', async () => {
    const { platform } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.deploy(testConfig({ name: 'arm', architecture: 'arm64' }), testBundle());
    await platform.invoke('add', '{}');
    await platform.invoke('arm', '{}');
    await platform.invoke('arm', '{}');
    platform.remove('add');
    const { totals, totalsByFunction } = platform.snapshot();
    expect([...totalsByFunction.keys()]).toEqual(['add', 'arm']);
    expect(totalsByFunction.get('add')?.requests).toBe(1);
    expect(totalsByFunction.get('arm')?.requests).toBe(2);
    // arm: (110 + 10) ms at 128 MB, at the arm64 price.
    expect(totalsByFunction.get('arm')?.computeUsd).toBeCloseTo(0.125 * 0.12 * 0.0000133334, 18);
    expect(totals.requests).toBe(3);
  });
});

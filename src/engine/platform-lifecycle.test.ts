import { describe, expect, it } from 'vitest';
import { okInvoke } from './testing/fake-executor';
import { flush, setupPlatform, T0, testBundle, testConfig } from './testing/platform-fixture';
import type { PlatformEvent } from './types';

function reaps(events: PlatformEvent[]) {
  return events.flatMap((event) =>
    event.type === 'instance' && event.state === 'reaped'
      ? [{ id: event.instanceId, reason: event.reason, time: event.time }]
      : [],
  );
}

describe('createPlatform idle reaping', () => {
  it('reaps an idle instance at its drawn deadline, not before', async () => {
    // random 0.5 over the default 300,000–420,000 ms draws 360,000 ms.
    const { platform, clock, events, executor, states } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    await platform.invoke('add', '{}');
    expect(platform.snapshot().instances[0]?.idleDeadline).toBe(T0 + 360_000);
    clock.advance(359_999);
    expect(states()).toEqual({ 'add-1': 'idle' });
    clock.advance(1);
    expect(states()).toEqual({});
    expect(reaps(events)).toEqual([{ id: 'add-1', reason: 'idle-timeout', time: T0 + 360_000 }]);
    expect(executor.stopped).toEqual(['add-1']);
    await platform.invoke('add', '{}');
    expect(executor.started.map((spec) => spec.instanceId)).toEqual(['add-1', 'add-2']);
  });

  it('draws a fresh deadline each time the instance goes idle again', async () => {
    const { platform, clock, states } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    await platform.invoke('add', '{}');
    clock.advance(200_000);
    await platform.invoke('add', '{}');
    clock.advance(359_999);
    expect(states()).toEqual({ 'add-1': 'idle' });
    clock.advance(1);
    expect(states()).toEqual({});
  });

  it('lets each instance age out on its own deadline, even a millisecond apart', async () => {
    // Draws of 0 and 1.5/120,001 give lifetimes of 300,000 and 300,001 ms.
    const draws = [0, 1.5 / 120_001];
    const setup = setupPlatform({}, () => draws.shift() ?? 0.5);
    const { platform, clock, events, executor, states } = setup;
    platform.deploy(testConfig(), testBundle());
    executor.script.invoke = () => okInvoke('null', 5, 5);
    const both = Promise.all([platform.invoke('add', '{}'), platform.invoke('add', '{}')]);
    await flush();
    clock.advance(5);
    await both;
    clock.advance(300_000);
    expect(states()).toEqual({ 'add-2': 'idle' });
    clock.advance(1);
    expect(reaps(events)).toEqual([
      { id: 'add-1', reason: 'idle-timeout', time: T0 + 5 + 300_000 },
      { id: 'add-2', reason: 'idle-timeout', time: T0 + 5 + 300_001 },
    ]);
  });

  it('honours a shorter lifetime set while instances idle', async () => {
    const { platform, clock, states } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    platform.setSettings({ idleLifetimeMs: { min: 1000, max: 1000 } });
    await platform.invoke('add', '{}');
    clock.advance(1000);
    expect(states()).toEqual({});
    expect(() => platform.setSettings({ idleLifetimeMs: { min: 5, max: 1 } })).toThrow(RangeError);
  });
});

describe('createPlatform versions', () => {
  it('makes a new version for new code, retiring idle instances at once and busy ones after', async () => {
    const setup = setupPlatform();
    const { platform, clock, events, executor, states } = setup;
    expect(platform.deploy(testConfig(), testBundle('v1'))).toEqual({ version: 1, changed: true });
    await platform.invoke('add', '{}');
    executor.script.invoke = () => okInvoke('null', 50, 50);
    const busy = platform.invoke('add', '{}');
    const other = platform.invoke('add', '{}');
    await flush();
    clock.advance(50);
    await Promise.all([busy, other]);
    const inFlight = platform.invoke('add', '{}');
    await flush();
    // add-2 went idle last, so it takes the request (LIFO).
    expect(states()).toEqual({ 'add-1': 'idle', 'add-2': 'busy' });

    expect(platform.deploy(testConfig(), testBundle('v2'))).toEqual({ version: 2, changed: true });
    expect(reaps(events)).toEqual([{ id: 'add-1', reason: 'version-retired', time: clock.now() }]);
    expect(states()).toEqual({ 'add-2': 'busy' });
    clock.advance(50);
    expect((await inFlight).status).toBe('ok');
    expect(reaps(events).map((reap) => [reap.id, reap.reason])).toEqual([
      ['add-1', 'version-retired'],
      ['add-2', 'version-retired'],
    ]);

    executor.script.invoke = () => okInvoke();
    await platform.invoke('add', '{}');
    expect(executor.started.map((spec) => [spec.instanceId, spec.bundle.hash])).toEqual([
      ['add-1', 'v1'],
      ['add-2', 'v1'],
      ['add-3', 'v2'],
    ]);
    expect(platform.snapshot().instances).toMatchObject([{ id: 'add-3', version: 2 }]);
  });

  it('changes nothing when code and configuration are the same', async () => {
    const { platform, events, takeTypes } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    await platform.invoke('add', '{}');
    takeTypes();
    expect(platform.deploy(testConfig(), testBundle())).toEqual({ version: 1, changed: false });
    expect(events).toEqual([]);
  });

  it('makes a new version for a configuration change', () => {
    const { platform } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    const env = testConfig({ environment: { STAGE: 'dev' } });
    expect(platform.deploy(env, testBundle())).toEqual({ version: 2, changed: true });
    expect(platform.deploy(testConfig({ environment: { STAGE: 'prod' } }), testBundle())).toEqual({
      version: 3,
      changed: true,
    });
    expect(platform.deploy(testConfig({ memoryMB: 256 }), testBundle()).version).toBe(4);
  });

  it('changes reserved concurrency without a new version or a reset, as PutFunctionConcurrency does', async () => {
    const { platform, events, states } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    await platform.invoke('add', '{}');
    const result = platform.deploy(testConfig({ reservedConcurrency: 5 }), testBundle());
    expect(result).toEqual({ version: 1, changed: true });
    expect(states()).toEqual({ 'add-1': 'idle' });
    expect(events.at(-1)).toMatchObject({ type: 'deployed', version: 1 });
    expect(platform.snapshot().functions[0]?.config.reservedConcurrency).toBe(5);
  });
});

describe('createPlatform remove and dispose', () => {
  it('reaps a removed function’s instances, busy ones once their request ends', async () => {
    const setup = setupPlatform();
    const { platform, clock, events, executor } = setup;
    platform.deploy(testConfig(), testBundle());
    await platform.invoke('add', '{}');
    executor.script.invoke = () => okInvoke('null', 30, 30);
    void platform.invoke('add', '{}');
    const busy = platform.invoke('add', '{}');
    await flush();
    platform.remove('add');
    expect(events.filter((event) => event.type === 'removed')).toEqual([
      { type: 'removed', time: T0, functionName: 'add' },
    ]);
    await expect(platform.invoke('add', '{}')).rejects.toThrow('Function not found: add');
    expect(platform.snapshot().functions).toEqual([]);
    clock.advance(30);
    await busy;
    expect(reaps(events).map((reap) => reap.reason)).toEqual([
      'function-removed',
      'function-removed',
    ]);
    expect(platform.snapshot().instances).toEqual([]);
    expect(() => platform.remove('add')).toThrow('ResourceNotFoundException');
  });

  it('stops every instance and clears its timers on dispose', async () => {
    const { platform, clock, executor } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    await platform.invoke('add', '{}');
    expect(clock.pendingTimers()).toBe(1);
    platform.dispose();
    expect(clock.pendingTimers()).toBe(0);
    expect(executor.live()).toEqual([]);
    await expect(platform.invoke('add', '{}')).rejects.toThrow('disposed');
  });
});

import { describe, expect, it } from 'vitest';
import { ResourceNotFoundError } from './errors';
import { okInvoke } from './testing/fake-executor';
import {
  flush,
  requestIdOf,
  setupPlatform,
  testBundle,
  testConfig,
} from './testing/platform-fixture';

/** Every invoke takes `ms` simulated ms before it answers. */
function slow(setup: ReturnType<typeof setupPlatform>, ms: number): void {
  setup.executor.script.invoke = () => okInvoke('"done"', ms, ms);
}

describe('createPlatform routing', () => {
  it('serves a second request on the warm instance', async () => {
    const { platform, executor } = setupPlatform();
    platform.deploy(testConfig(), testBundle());
    const first = await platform.invoke('add', '{"left":1}');
    const second = await platform.invoke('add', '{"left":2}');
    expect(executor.started.map((spec) => spec.instanceId)).toEqual(['add-1']);
    expect(executor.invoked.map((call) => [call.instanceId, call.request.eventJson])).toEqual([
      ['add-1', '{"left":1}'],
      ['add-1', '{"left":2}'],
    ]);
    expect(first.status === 'ok' && first.report.initDurationMs).toBe(100);
    expect(second.status === 'ok' && 'initDurationMs' in second.report).toBe(false);
  });

  it('reuses the most recently used idle instance first (LIFO)', async () => {
    const setup = setupPlatform();
    const { platform, executor, clock } = setup;
    platform.deploy(testConfig(), testBundle());
    executor.script.invoke = (_id, request) =>
      okInvoke('null', 1, request.requestId === requestIdOf(1) ? 100 : 50);
    const both = Promise.all([platform.invoke('add', '{}'), platform.invoke('add', '{}')]);
    await flush();
    clock.advance(100);
    await both;
    // add-2 went idle at +50 ms, add-1 at +100 ms: add-1 is the fresher one.
    slow(setup, 10);
    const third = platform.invoke('add', '{}');
    await flush();
    const fourth = platform.invoke('add', '{}');
    await flush();
    expect(executor.invoked.slice(2).map((call) => call.instanceId)).toEqual(['add-1', 'add-2']);
    clock.advance(10);
    await Promise.all([third, fourth]);
  });

  it('scales out: two requests in flight run on two instances', async () => {
    const setup = setupPlatform();
    const { platform, executor, clock } = setup;
    platform.deploy(testConfig(), testBundle());
    slow(setup, 100);
    const both = Promise.all([platform.invoke('add', '{}'), platform.invoke('add', '{}')]);
    await flush();
    expect(setup.states()).toEqual({ 'add-1': 'busy', 'add-2': 'busy' });
    expect(platform.snapshot().functions[0]?.concurrentExecutions).toBe(2);
    clock.advance(100);
    const results = await both;
    expect(results.map((result) => result.status)).toEqual(['ok', 'ok']);
    expect(executor.started).toHaveLength(2);
    expect(setup.states()).toEqual({ 'add-1': 'idle', 'add-2': 'idle' });
  });

  it('throttles the second concurrent request of a function reserving 1', async () => {
    const setup = setupPlatform();
    const { platform, clock, events } = setup;
    platform.deploy(testConfig({ reservedConcurrency: 1 }), testBundle());
    slow(setup, 100);
    const first = platform.invoke('add', '{}');
    const second = await platform.invoke('add', '{}');
    const error = {
      statusCode: 429,
      errorType: 'TooManyRequestsException',
      Type: 'User',
      message: 'Rate Exceeded.',
      Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
    };
    expect(second).toEqual({
      status: 'throttled',
      statusCode: 429,
      requestId: requestIdOf(2),
      error,
    });
    expect(events.filter((event) => event.type === 'throttle')).toEqual([
      {
        type: 'throttle',
        time: clock.now(),
        functionName: 'add',
        requestId: requestIdOf(2),
        error,
      },
    ]);
    await flush();
    clock.advance(100);
    expect((await first).status).toBe('ok');
    setup.executor.script.invoke = () => okInvoke();
    expect((await platform.invoke('add', '{}')).status).toBe('ok');
  });

  it('always throttles a function reserving 0, and starts nothing', async () => {
    const { platform, executor } = setupPlatform();
    platform.deploy(testConfig({ reservedConcurrency: 0 }), testBundle());
    const result = await platform.invoke('add', '{}');
    expect(result.status === 'throttled' && result.error.Reason).toBe(
      'ReservedFunctionConcurrentInvocationLimitExceeded',
    );
    expect(executor.started).toEqual([]);
  });

  it('throttles at the account limit, less what other functions reserve', async () => {
    // Reserved while the account could spare it (101 leaves the minimum of 100), then lowered.
    const setup = setupPlatform({ accountConcurrency: 101 });
    const { platform, clock } = setup;
    platform.deploy(testConfig(), testBundle());
    platform.deploy(testConfig({ name: 'kept', reservedConcurrency: 1 }), testBundle());
    platform.setSettings({ accountConcurrency: 3 });
    slow(setup, 100);
    const running = [platform.invoke('add', '{}'), platform.invoke('add', '{}')];
    const third = await platform.invoke('add', '{}');
    expect(third.status === 'throttled' && third.error.Reason).toBe(
      'ConcurrentInvocationLimitExceeded',
    );
    // The reservation is kept free for its function.
    const reserved = platform.invoke('kept', '{}');
    await flush();
    clock.advance(100);
    expect((await Promise.all([...running, reserved])).map((result) => result.status)).toEqual([
      'ok',
      'ok',
      'ok',
    ]);
  });

  it('lets a request through again once the account limit is raised', async () => {
    const setup = setupPlatform({ accountConcurrency: 1 });
    const { platform } = setup;
    platform.deploy(testConfig(), testBundle());
    slow(setup, 100);
    void platform.invoke('add', '{}');
    expect((await platform.invoke('add', '{}')).status).toBe('throttled');
    platform.setSettings({ accountConcurrency: 2 });
    const third = platform.invoke('add', '{}');
    await flush();
    expect(setup.states()).toEqual({ 'add-1': 'busy', 'add-2': 'busy' });
    setup.clock.advance(100);
    expect((await third).status).toBe('ok');
  });

  it('rejects an unknown function name with ResourceNotFoundException', async () => {
    const { platform } = setupPlatform();
    const result = platform.invoke('nope', '{}');
    await expect(result).rejects.toThrow('ResourceNotFoundException: Function not found: nope');
    await expect(result).rejects.toBeInstanceOf(ResourceNotFoundError);
  });
});

// Account limits on the manual clock: synchronous requests per second, the scaling rate of new
// environments, and the unreserved minimum that reservations must leave
// (docs/aws-lambda.md#invocation-rate, docs/aws-lambda.md#scaling-rate,
// docs/aws-lambda.md#the-unreserved-minimum).
import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { okInvoke } from './testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from './testing/platform-fixture';
import type { InvokeResult } from './types';

const reasonOf = (result: InvokeResult) =>
  result.status === 'throttled' ? result.error.Reason : result.status;

async function invokeTimes(invoke: () => Promise<InvokeResult>, times: number) {
  const reasons: string[] = [];
  for (let i = 0; i < times; i++) reasons.push(reasonOf(await invoke()));
  return reasons;
}

describe('createPlatform: the scaling rate', () => {
  it('starts 10 environments of a burst of 20 at 10 per 10 s and throttles the rest with 429', async () => {
    const { platform, executor, ofType, settle } = setupPlatform({ scalingRatePer10s: 10 });
    platform.deploy(testConfig(), testBundle());
    // Each request holds its environment for a second, so none is free for the next.
    executor.script.invoke = () => okInvoke('null', 1000, 1000);
    const burst = Array.from({ length: 20 }, () => platform.invoke('add', '{}'));
    await settle();
    await settle(1000);
    const reasons = (await Promise.all(burst)).map(reasonOf);
    expect(reasons).toEqual([
      ...Array<string>(10).fill('ok'),
      ...Array<string>(10).fill('ConcurrentInvocationLimitExceeded'),
    ]);
    expect(executor.started).toHaveLength(10);
    expect(ofType('throttle')[0]!.error).toEqual({
      statusCode: 429,
      errorType: 'TooManyRequestsException',
      Type: 'User',
      message: 'Rate Exceeded.',
      Reason: 'ConcurrentInvocationLimitExceeded',
    });
  });

  it('serves warm environments past the rate, and gains a new one a second', async () => {
    const { platform, executor, settle } = setupPlatform({ scalingRatePer10s: 10 });
    platform.deploy(testConfig(), testBundle());
    executor.script.invoke = () => okInvoke('null', 100, 100);
    const first = Array.from({ length: 10 }, () => platform.invoke('add', '{}'));
    await settle();
    await settle(100);
    expect((await Promise.all(first)).map(reasonOf)).toEqual(Array<string>(10).fill('ok'));
    // Ten warm environments take ten more at once; the eleventh needs a new one, and has none yet.
    const second = Array.from({ length: 11 }, () => platform.invoke('add', '{}'));
    await settle(100);
    expect((await Promise.all(second)).map(reasonOf)).toEqual([
      ...Array<string>(10).fill('ok'),
      'ConcurrentInvocationLimitExceeded',
    ]);
    // 1 s after the burst began, one new environment's worth has refilled.
    await settle(800);
    const third = Array.from({ length: 12 }, () => platform.invoke('add', '{}'));
    await settle();
    await settle(100);
    expect((await Promise.all(third)).map(reasonOf)).toEqual([
      ...Array<string>(11).fill('ok'),
      'ConcurrentInvocationLimitExceeded',
    ]);
    expect(executor.started).toHaveLength(11);
  });

  it('refuses a scaling rate below one environment', () => {
    expect(() => setupPlatform({ scalingRatePer10s: 0 })).toThrow(RangeError);
    const { platform } = setupPlatform();
    expect(() => platform.setSettings({ scalingRatePer10s: 2.5 })).toThrow(RangeError);
  });
});

describe('createPlatform: requests per second', () => {
  it('throttles a short function past 10 requests a second per reserved unit', async () => {
    const { platform, clock } = setupPlatform();
    platform.deploy(testConfig({ reservedConcurrency: 1 }), testBundle());
    const invoke = () => platform.invoke('add', '{}');
    // Each request ends at once, so concurrency 1 is never exceeded; the rate is.
    expect(await invokeTimes(invoke, 11)).toEqual([
      ...Array<string>(10).fill('ok'),
      'ReservedFunctionInvocationRateLimitExceeded',
    ]);
    clock.advance(100);
    expect(await invokeTimes(invoke, 2)).toEqual([
      'ok',
      'ReservedFunctionInvocationRateLimitExceeded',
    ]);
    clock.advance(1000);
    expect(await invokeTimes(invoke, 11)).toEqual([
      ...Array<string>(10).fill('ok'),
      'ReservedFunctionInvocationRateLimitExceeded',
    ]);
  });

  it('counts an unreserved function against 10 × what the account leaves unreserved', async () => {
    const { platform, events } = setupPlatform({ accountConcurrency: 2 });
    platform.deploy(testConfig(), testBundle());
    const reasons = await invokeTimes(() => platform.invoke('add', '{}'), 21);
    expect(reasons.slice(0, 20).every((reason) => reason === 'ok')).toBe(true);
    expect(reasons[20]).toBe('FunctionInvocationRateLimitExceeded');
    const throttle = events.find((event) => event.type === 'throttle');
    expect(throttle?.type === 'throttle' && throttle.error).toEqual({
      statusCode: 429,
      errorType: 'TooManyRequestsException',
      Type: 'User',
      message: 'Rate Exceeded.',
      Reason: 'FunctionInvocationRateLimitExceeded',
    });
    const { totals } = platform.snapshot();
    expect([totals.requests, totals.throttles]).toEqual([20, 1]);
  });

  it('leaves asynchronous invokes to concurrency alone', async () => {
    const { platform, settle, events } = setupPlatform();
    platform.deploy(testConfig({ reservedConcurrency: 1 }), testBundle());
    // One after the other, in the same instant: 15 synchronous ones would see 5 throttled.
    for (let i = 0; i < 15; i++) {
      platform.invokeAsync('add', '{}');
      await settle();
    }
    const rateThrottles = events.filter(
      (event) => event.type === 'throttle' && event.error.Reason.endsWith('RateLimitExceeded'),
    );
    expect(rateThrottles).toEqual([]);
    expect(platform.snapshot().totals.requests).toBe(15);
  });
});

describe('createPlatform: the unreserved minimum', () => {
  const MESSAGE =
    "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].";

  function refusal(deploy: () => unknown): ApiError {
    try {
      deploy();
    } catch (error) {
      if (error instanceof ApiError) return error;
      throw error;
    }
    throw new Error('the deploy was accepted');
  }

  it('refuses a reservation that leaves fewer than 100 unreserved, across functions', () => {
    const { platform } = setupPlatform();
    platform.deploy(testConfig({ name: 'a', reservedConcurrency: 850 }), testBundle());
    platform.deploy(testConfig({ name: 'b', reservedConcurrency: 50 }), testBundle());
    const error = refusal(() =>
      platform.deploy(testConfig({ name: 'c', reservedConcurrency: 1 }), testBundle()),
    );
    expect([error.code, error.statusCode, error.message]).toEqual([
      'InvalidParameterValueException',
      400,
      MESSAGE,
    ]);
    expect(platform.snapshot().functions.map((fn) => fn.name)).toEqual(['a', 'b']);
    // Unreserved, the same function is welcome: it shares the 100.
    platform.deploy(testConfig({ name: 'c' }), testBundle());
  });

  it('refuses raising a reservation past it, and keeps the one in force', () => {
    const { platform } = setupPlatform();
    platform.deploy(testConfig({ reservedConcurrency: 900 }), testBundle());
    expect(
      refusal(() => platform.deploy(testConfig({ reservedConcurrency: 901 }), testBundle('v2')))
        .message,
    ).toBe(MESSAGE);
    expect(platform.snapshot().functions[0]?.config.reservedConcurrency).toBe(900);
    // The function's own reservation is not counted twice: new code with it is fine.
    expect(platform.deploy(testConfig({ reservedConcurrency: 900 }), testBundle('v2'))).toEqual({
      version: 2,
      changed: true,
    });
  });

  it('keeps all of a smaller account unreserved, naming its limit', () => {
    const { platform } = setupPlatform({ accountConcurrency: 50 });
    expect(
      refusal(() => platform.deploy(testConfig({ reservedConcurrency: 1 }), testBundle())).message,
    ).toBe(MESSAGE.replace('[100]', '[50]'));
  });
});

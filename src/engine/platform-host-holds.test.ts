// Platform time standing still for this computer (docs/aws-lambda.md#platform-time) must never
// become a handler's own time: an SDK call waits on the platform's clock, so a hold that stops
// that clock is taken out of the Duration, and a hold for a late answer ends as soon as the run
// turns out to be waiting on such a call.
import { describe, expect, it } from 'vitest';
import { okInvoke } from './testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from './testing/platform-fixture';
import type { ApiRequest, ServicesPort } from './services/service-calls';
import type { InvokeResult } from './types';

const putObject: ApiRequest = {
  method: 'PUT',
  hostname: 's3.us-east-1.amazonaws.com',
  path: '/bucket/key',
  query: new Map(),
  headers: new Map(),
  body: new Uint8Array(),
};

const s3: ServicesPort = async () => ({
  response: { statusCode: 200, headers: new Map(), body: new Uint8Array() },
  record: {
    service: 's3',
    operation: 'PutObject',
    resource: 'bucket',
    statusCode: 200,
    errorCode: null,
    units: { kind: 's3-request', tier: 'put' },
  },
});

function setup() {
  const setup = setupPlatform({}, undefined, undefined, { hostTime: true, services: s3 });
  setup.platform.deploy(testConfig({ name: 'caller', timeoutSec: 30 }), testBundle());
  setup.platform.deploy(testConfig({ name: 'other', timeoutSec: 30 }), testBundle());
  return setup;
}

type Setup = ReturnType<typeof setup>;

/** Calls the SDK as `instance`'s code would: the executor passes the call to the spec's port. */
function sdkCall(platform: Setup, instanceIndex: number, requestId: string) {
  const spec = platform.executor.started[instanceIndex]!;
  return spec.onServiceRequest!(putObject, requestId);
}

const report = (result: InvokeResult) => (result.status === 'throttled' ? null : result.report);

describe('holds and SDK calls', () => {
  it('a call held up by another environment’s late worker is not the handler’s time', async () => {
    const platform = setup();
    const { executor, settle } = platform;
    // The caller's run: 800 ms of real time by its own clock, which saw the hold go by.
    executor.script.invoke = (instanceId) =>
      instanceId.startsWith('caller') ? okInvoke('null', 800, 800) : okInvoke('null', 5, 5);
    const caller = platform.platform.invoke('caller', '{}');
    await settle(0);
    // Another function's new environment boots 500 ms late: platform time holds after 20 ms.
    executor.script.init = () => ({
      outcome: { ok: true, initDurationMs: 1 },
      bootDelayMs: 500,
      delayMs: 501,
    });
    void platform.platform.invoke('other', '{}');
    await settle(30);
    // The caller's PutObject, made while the clock is held: its 20 ms latency waits for it.
    const requestId = platform.ofType('invoke-start')[0]!.requestId;
    let answeredAt = 0;
    void sdkCall(platform, 0, requestId).then(() => (answeredAt = platform.clock.now()));
    for (let t = 0; t < 900; t += 10) await settle(10);
    expect(answeredAt).toBeGreaterThan(0);
    const result = await caller;
    // Held from real 20 to 500: the 470 ms the call waited meanwhile are taken out.
    expect(report(result)?.durationMs).toBe(330);
  });

  it('a hold for a late answer ends when the run is found waiting on an SDK call', async () => {
    const platform = setup();
    const { executor, settle, platformClock } = platform;
    executor.script.invoke = () => okInvoke('null', 100, 100);
    void platform.platform.invoke('caller', '{}');
    for (let t = 0; t < 200; t += 10) await settle(10);
    // The second run is late: past 100 + 20 ms, platform time holds for it.
    executor.script.invoke = () => okInvoke('null', 400, 400);
    const second = platform.platform.invoke('caller', '{}');
    await settle(0);
    const startedAt = platformClock.now();
    for (let t = 0; t < 200; t += 10) await settle(10);
    expect(platformClock.now() - startedAt).toBe(120);
    // It calls S3: the hold ends, and the call's latency runs on the platform's clock.
    const requestId = platform.ofType('invoke-start')[1]!.requestId;
    let answered = false;
    void sdkCall(platform, 0, requestId).then(() => (answered = true));
    for (let t = 0; t < 30; t += 10) await settle(10);
    expect(answered).toBe(true);
    expect(platform.ofType('host-wait')).toHaveLength(1);
    for (let t = 0; t < 300; t += 10) await settle(10);
    expect(report(await second)?.durationMs).toBe(400);
  });
});

describe('a function’s first runs', () => {
  it('are held for from their start, ending at their modeled end, with no note for the code’s own time', async () => {
    const platform = setup();
    const { executor, settle, platformClock } = platform;
    // The first run's code takes 600 ms of real time, and its answer comes at once after.
    executor.script.invoke = () => okInvoke('null', 600, 600);
    const first = platform.platform.invoke('caller', '{}');
    await settle(0);
    const startedAt = platformClock.now();
    for (let t = 0; t < 300; t += 10) await settle(10);
    // Nothing to be late against: platform time stood still 20 ms in, while the code ran.
    expect(platformClock.now() - startedAt).toBe(20);
    for (let t = 0; t < 900; t += 10) await settle(10);
    const result = await first;
    expect(report(result)?.durationMs).toBe(600);
    // The environment was busy until its modeled end, 600 ms by the platform's clock.
    const end = platform.ofType('invoke-end')[0]!;
    expect(end.time - startedAt).toBe(600);
    expect(platform.ofType('host-wait')).toHaveLength(0);
  });

  it('report the computer’s part of a wait: a 100 ms run whose answer came 300 ms late', async () => {
    const platform = setup();
    const { executor, settle } = platform;
    executor.script.invoke = () => okInvoke('null', 100, 400);
    const first = platform.platform.invoke('caller', '{}');
    for (let t = 0; t < 600; t += 10) await settle(10);
    expect(report(await first)?.durationMs).toBe(100);
    const waits = platform.ofType('host-wait').map((event) => event.waitedMs);
    expect(waits).toEqual([300]);
  });
});

describe('an overdue answer its worker can account for', () => {
  function probed() {
    const setup = setupPlatform({}, undefined, undefined, { hostTime: true, answersProbes: true });
    setup.platform.deploy(testConfig({ name: 'caller', timeoutSec: 30 }), testBundle());
    return setup;
  }

  /** One 100 ms run, answered on time, so the function's runs are known to take 100 ms. */
  async function knownAt100(platform: ReturnType<typeof probed>) {
    platform.executor.script.invoke = () => okInvoke('null', 100, 100);
    void platform.platform.invoke('caller', '{}');
    for (let t = 0; t < 200; t += 10) await platform.settle(10);
  }

  it('holds platform time as long as the computer makes it wait, past the 1 s limit', async () => {
    const platform = probed();
    const { executor, settle, platformClock } = platform;
    await knownAt100(platform);
    // 100 ms of its own, then 2.5 s before the busy computer delivers the answer.
    executor.script.invoke = () => okInvoke('null', 100, 2600);
    const late = platform.platform.invoke('caller', '{}');
    await settle(0);
    const startedAt = platformClock.now();
    for (let t = 0; t < 2500; t += 10) await settle(10);
    expect(platformClock.now() - startedAt).toBe(120);
    for (let t = 0; t < 200; t += 10) await settle(10);
    expect(report(await late)?.durationMs).toBe(100);
    const waits = platform.ofType('host-wait').map((event) => Math.round(event.waitedMs));
    expect(waits).toEqual([2480]);
  });

  it('lets time run on once the run is long by its own doing', async () => {
    const platform = probed();
    const { executor, settle, platformClock } = platform;
    await knownAt100(platform);
    // This time the code itself takes 2 s.
    executor.script.invoke = () => okInvoke('null', 2000, 2000);
    const long = platform.platform.invoke('caller', '{}');
    await settle(0);
    const startedAt = platformClock.now();
    for (let t = 0; t < 1000; t += 10) await settle(10);
    // Held from 120 ms until its own time passed 120 ms: no real time lost, none reported.
    expect(platformClock.now() - startedAt).toBe(1000);
    for (let t = 0; t < 1100; t += 10) await settle(10);
    expect(report(await long)?.durationMs).toBe(2000);
    expect(platform.ofType('host-wait')).toHaveLength(0);
  });
});

import { describe, expect, it } from 'vitest';
import type { HttpRequestSpec } from '../ecs/task-executor';
import { createSeededRandom, sequentialIds } from '../ids';
import { createFakeWebExecutor, type FakeWebProgram } from '../testing/fake-web-program';
import { createManualClock } from '../time/clock';
import { createWebFunction, type WebFunctionOptions } from './web-function';
import type { WebFunctionEvent } from './web-function-events';

const GET: HttpRequestSpec = { method: 'GET', path: '/', headers: new Map(), body: '' };
/** The default platform part of a cold start (docs/web-functions.md#assumptions). */
const PLATFORM_INIT_MS = 129.44;
const START = Date.UTC(2026, 11, 8, 12, 0, 0);

function setup(program: FakeWebProgram = {}, options: Partial<WebFunctionOptions> = {}) {
  const clock = createManualClock(START);
  const executor = createFakeWebExecutor(clock, program);
  const fn = createWebFunction({
    clock,
    executor,
    ids: sequentialIds(),
    random: createSeededRandom(7),
    functionName: 'shop',
    ...options,
  });
  const events: WebFunctionEvent[] = [];
  fn.subscribe((event) => events.push(event));
  const of = <T extends WebFunctionEvent['type']>(type: T) =>
    events.filter((event): event is Extract<WebFunctionEvent, { type: T }> => event.type === type);
  const statuses = () => of('environment-status').map((event) => event.environment.status);
  const logs = () => of('log').map((event) => JSON.parse(event.message) as Record<string, unknown>);
  const platform = (type: string) => logs().filter((line) => line.type === `platform.${type}`);
  return { clock, executor, fn, events, of, statuses, logs, platform };
}

describe('a cold start, then warm requests', () => {
  it('pays the platform init and the time to listen once', async () => {
    const { clock, fn, executor, of } = setup({ listenAfterMs: 300 });
    const first = fn.request({ ...GET, headers: new Map([['lambda-web-spoof', 'x']]) });
    expect(fn.snapshot().environments).toMatchObject([{ status: 'initializing', waiting: 1 }]);
    clock.advance(PLATFORM_INIT_MS);
    expect(executor.started).toHaveLength(1);
    clock.advance(299);
    expect(fn.snapshot().environments[0]?.status).toBe('initializing');
    clock.advance(1);
    const response = await first;
    expect(response).toMatchObject({ status: 200, body: 'ok', source: 'program' });
    const environmentId = executor.started[0]!;
    const stream = fn.snapshot().environments[0]!.logStreamName;
    expect(stream).toBe(`2026/12/08/[1]${environmentId}`);
    expect(response.headers.get('lambda-web-logstream')).toBe(stream);
    expect(response.headers.get('lambda-web-request-id')).toMatch(/^[A-Z2-7]{26}$/);
    expect(of('request-start')[0]).toMatchObject({ cold: true, environmentId, revisionId: '1' });
    expect(of('request-end')[0]?.latencyMs).toBeCloseTo(PLATFORM_INIT_MS + 300, 3);

    const second = await fn.request(GET);
    expect(second.status).toBe(200);
    expect(second.headers.get('lambda-web-request-id')).not.toBe(
      response.headers.get('lambda-web-request-id'),
    );
    expect(of('request-start')[1]).toMatchObject({ cold: false, environmentId });
    expect(of('request-end')[1]?.latencyMs).toBe(0);
    expect(executor.started).toHaveLength(1);
  });

  it("gives the program Lambda's variables and headers, not PORT or the client's lambda-web-*", async () => {
    const { clock, fn, executor } = setup(
      {},
      { revision: { environmentVariables: new Map([['STAGE', 'dev']]) } },
    );
    const pending = fn.request({ ...GET, headers: new Map([['lambda-web-spoof', 'x']]) });
    clock.advance(PLATFORM_INIT_MS);
    const response = await pending;
    const env = executor.specOf(executor.started[0]!)!.environment;
    expect(env.get('AWS_LAMBDA_HTTP_ENDPOINT')).toBe('0.0.0.0:3000');
    expect(env.get('AWS_LAMBDA_INITIALIZATION_TYPE')).toBe('native-http');
    expect(env.get('STAGE')).toBe('dev');
    expect(env.has('PORT')).toBe(false);
    const headers = executor.received[0]!.request.headers;
    expect(headers.get('lambda-web-request-id')).toBe(
      response.headers.get('lambda-web-request-id'),
    );
    expect(headers.get('lambda-web-endpoint-name')).toBe('default');
    expect(headers.has('lambda-web-spoof')).toBe(false);
  });
});

describe('concurrency per environment', () => {
  const slow: FakeWebProgram = { answer: () => ({ delayMs: 1_000 }) };

  it('serves 10 concurrent requests from one environment', async () => {
    const { clock, fn, executor } = setup(slow, { revision: { maxConcurrencyPerEnvironment: 10 } });
    const warmUp = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS + 1_000);
    await warmUp;
    const all = Array.from({ length: 10 }, () => fn.request(GET));
    expect(fn.snapshot().environments).toMatchObject([{ status: 'ready', inFlight: 10 }]);
    clock.advance(1_000);
    expect((await Promise.all(all)).map((r) => r.status)).toEqual(Array(10).fill(200));
    expect(executor.started).toHaveLength(1);
  });

  it('starts a second environment for the 11th of 11 when the cap is 10', async () => {
    const { clock, fn, executor } = setup(slow, { revision: { maxConcurrencyPerEnvironment: 10 } });
    const all = Array.from({ length: 11 }, () => fn.request(GET));
    expect(fn.snapshot().environments.map((e) => e.waiting)).toEqual([10, 1]);
    clock.advance(PLATFORM_INIT_MS);
    expect(fn.snapshot().environments.map((e) => e.inFlight)).toEqual([10, 1]);
    clock.advance(1_000);
    const responses = await Promise.all(all);
    expect(executor.started).toHaveLength(2);
    const served = responses.map((r) => r.environmentId);
    expect(served.filter((id) => id === executor.started[0])).toHaveLength(10);
    expect(served[10]).toBe(executor.started[1]);
  });

  it('queues on a warm environment with room before starting another', async () => {
    const { clock, fn, executor } = setup(slow);
    const all = Array.from({ length: 64 }, () => fn.request(GET));
    clock.advance(PLATFORM_INIT_MS + 1_000);
    await Promise.all(all);
    expect(executor.started).toHaveLength(1); // The default cap is 64.
  });
});

describe('the dynamic concurrency limit', () => {
  it('routes no new request to an environment with saturated CPU, and lifts it when it cools', async () => {
    const { clock, fn, executor } = setup({ answer: () => ({ delayMs: 60_000 }) });
    const warm = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    const first = executor.started[0]!;
    // The first sample falls 10 s after creation; burn 95 % of the next 10 s window.
    clock.advanceTo(START + 10_000);
    executor.burn(first, 9_500);
    clock.advanceTo(START + 20_000);
    expect(fn.snapshot().environments[0]).toMatchObject({ inFlight: 1, concurrencyLimit: 1 });
    const second = fn.request(GET);
    expect(executor.started).toHaveLength(1);
    expect(fn.snapshot().environments.map((e) => e.status)).toEqual(['ready', 'initializing']);
    clock.advanceTo(START + 30_000); // A quiet window: the limit is 64 again.
    expect(fn.snapshot().environments[0]?.concurrencyLimit).toBe(64);
    clock.advance(60_000);
    expect((await warm).environmentId).toBe(first);
    expect((await second).environmentId).toBe(executor.started[1]);
  });
});

describe('scale to zero', () => {
  it('shuts an idle environment down after the idle time, with SIGTERM', async () => {
    const { clock, fn, executor, statuses } = setup();
    const first = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    await first;
    const readyAt = clock.now();
    clock.advanceTo(readyAt + 299_999);
    expect(fn.snapshot().environments[0]?.status).toBe('ready');
    clock.advance(1);
    expect(executor.signals).toEqual([{ environmentId: executor.started[0], signal: 'SIGTERM' }]);
    expect(statuses()).toEqual(['initializing', 'ready', 'shutting-down', 'stopped']);
    expect(fn.snapshot().environments).toEqual([]);
    // The next request is a cold start again.
    const next = fn.request(GET);
    expect(fn.snapshot().environments[0]?.status).toBe('initializing');
    clock.advance(PLATFORM_INIT_MS);
    expect((await next).environmentId).toBe(executor.started[1]);
  });

  it('keeps running between requests, and ends a program that ignores SIGTERM after 1 s', async () => {
    const { clock, fn, executor, of } = setup({ exitOnSigtermAfterMs: null });
    const first = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    const { environmentId } = await first;
    executor.burn(environmentId!, 40); // Background work after the response: no freeze.
    clock.advance(300_000);
    expect(fn.snapshot().environments[0]?.status).toBe('shutting-down');
    clock.advance(999);
    expect(fn.snapshot().environments[0]?.status).toBe('shutting-down');
    clock.advance(1);
    expect(executor.signals.map((s) => s.signal)).toEqual(['SIGTERM', 'SIGKILL']);
    expect(of('environment-status').at(-1)?.environment).toMatchObject({
      status: 'stopped',
      stopReason: 'idle',
    });
    expect(fn.snapshot().cost.activeCpuMs).toBe(40);
  });
});

describe('readiness', () => {
  it('fails a server that never listens within 10 s: logged, and the request answered 500', async () => {
    const { clock, fn, platform, statuses } = setup({ listenAfterMs: null });
    const pending = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS + 9_999);
    expect(fn.snapshot().environments[0]?.status).toBe('initializing');
    clock.advance(1);
    const response = await pending;
    expect(response.status).toBe(500);
    expect(response.source).toBe('platform');
    expect(response.headers.get('lambda-web-error-type')).toBe('Application.InitTimeout');
    expect(platform('initReport')).toEqual([
      expect.objectContaining({
        record: {
          initializationType: 'native-http',
          phase: 'init',
          status: 'failure',
          errorType: 'Application.InitTimeout',
          metrics: { durationMs: PLATFORM_INIT_MS + 10_000 },
        },
      }),
    ]);
    expect(statuses()).toEqual(['initializing', 'stopped']);
  });

  it('does not count a server on localhost or another port', async () => {
    const { clock, fn } = setup({ listenOn: { host: '127.0.0.1', port: 3000 } });
    const pending = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS + 10_000);
    expect((await pending).status).toBe(500);
  });

  it('answers 500 Application.InitCodeError when the process exits before listening', async () => {
    const { clock, fn } = setup({ listenAfterMs: 500, crashAfterMs: 200 });
    const pending = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS + 200);
    const response = await pending;
    expect(response.status).toBe(500);
    expect(response.headers.get('lambda-web-error-type')).toBe('Application.InitCodeError');
    expect(fn.snapshot().environments).toEqual([]);
  });
});

describe('request errors', () => {
  it('answers 504 Runtime.RequestTimeout at the revision timeout and drops the request', async () => {
    const { clock, fn, executor, platform } = setup(
      { answer: () => ({ delayMs: 10_000 }) },
      { revision: { timeoutSeconds: 3 } },
    );
    const pending = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS + 2_999);
    clock.advance(1);
    const response = await pending;
    expect(response.status).toBe(504);
    expect(response.headers.get('lambda-web-error-type')).toBe('Runtime.RequestTimeout');
    expect(executor.cancelled).toEqual([response.requestId]);
    expect(platform('invokeSummary')[0]).toMatchObject({
      record: {
        requestId: response.requestId,
        status: 'timeout',
        statusCode: 504,
        errorType: 'Runtime.RequestTimeout',
        metrics: { durationMs: 3_000 },
      },
    });
    expect(fn.snapshot().environments[0]?.status).toBe('ready');
  });

  it('answers 502 when the program crashes mid-request, and the environment ends', async () => {
    const { clock, fn } = setup({ answer: (request) => ({ crash: request.path === '/boom' }) });
    const warm = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    await warm;
    const response = await fn.request({ ...GET, path: '/boom' });
    expect(response.status).toBe(502);
    expect(response.headers.get('lambda-web-error-type')).toBe('Runtime.ExitError');
    expect(fn.snapshot().environments).toEqual([]);
  });

  it('answers 502 Runtime.ConnectionReset when the program drops the socket, and serves on', async () => {
    const { clock, fn } = setup({ answer: (request) => ({ reset: request.path === '/drop' }) });
    const warm = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    await warm;
    const response = await fn.request({ ...GET, path: '/drop' });
    expect(response.status).toBe(502);
    expect(response.headers.get('lambda-web-error-type')).toBe('Runtime.ConnectionReset');
    expect((await fn.request(GET)).status).toBe(200);
  });
});

describe('the front door', () => {
  it('answers HTTP it does not carry itself, before any environment', async () => {
    const { fn, executor } = setup();
    expect((await fn.request({ ...GET, method: 'TRACE' })).status).toBe(400);
    const expect100 = new Map([['Expect', '100-continue']]);
    expect((await fn.request({ ...GET, headers: expect100 })).status).toBe(417);
    const many = new Map(Array.from({ length: 6_299 }, (_, i) => [`x-h${i}`, '1'] as const));
    const tooMany = await fn.request({ ...GET, headers: many });
    expect(tooMany.status).toBe(431);
    expect(tooMany.headers.has('lambda-web-error-type')).toBe(false);
    expect(fn.snapshot().environments).toEqual([]);
    expect(executor.started).toEqual([]);
  });

  it('strips hop-by-hop and method-override headers, and those Connection names', async () => {
    const { clock, fn, executor } = setup();
    const headers = new Map([
      ['Connection', 'keep-alive, X-Secret'],
      ['X-Secret', 's'],
      ['X-HTTP-Method-Override', 'DELETE'],
      ['Accept', 'text/html'],
    ]);
    const pending = fn.request({ ...GET, headers });
    clock.advance(PLATFORM_INIT_MS);
    await pending;
    expect([...executor.received[0]!.request.headers.keys()]).toEqual([
      'Accept',
      'lambda-web-request-id',
      'lambda-web-endpoint-name',
    ]);
  });
});

describe('throttles', () => {
  it('throttles at once, unqueued, when every one of maxEnvironments is full', async () => {
    const { clock, fn, of, executor } = setup(
      { answer: () => ({ delayMs: 1_000 }) },
      { revision: { maxConcurrencyPerEnvironment: 1 }, endpoint: { maxEnvironments: 2 } },
    );
    const served = [fn.request(GET), fn.request(GET)];
    const third = await fn.request(GET);
    expect(third.status).toBe(429);
    expect(third.headers.get('lambda-web-error-type')).toBe('Platform.MaxEnvironmentsExceeded');
    expect(third.headers.has('lambda-web-request-id')).toBe(true);
    expect(of('throttle')).toMatchObject([{ reason: 'max-environments', status: 429 }]);
    clock.advance(PLATFORM_INIT_MS + 1_000);
    expect((await Promise.all(served)).map((r) => r.status)).toEqual([200, 200]);
    expect(executor.started).toHaveLength(2);
    expect(fn.snapshot().requests).toEqual({ total: 3, throttled: 1 });
  });

  it('applies rateLimit per second before any environment', async () => {
    const { clock, fn } = setup({}, { endpoint: { rateLimit: 100 } });
    const first = Array.from({ length: 100 }, () => fn.request(GET));
    const over = await fn.request(GET);
    expect(over.status).toBe(429);
    expect(over.headers.get('lambda-web-error-type')).toBe('Platform.RateLimitExceeded');
    clock.advance(1_000);
    await Promise.all(first);
    expect((await fn.request(GET)).status).toBe(200);
  });

  it('rejects everything at rateLimit 0, with the throttle status an editable assumption', async () => {
    const { fn } = setup({}, { endpoint: { rateLimit: 0 }, assumptions: { throttleStatus: 503 } });
    expect((await fn.request(GET)).status).toBe(503);
  });
});

describe('revisions and traffic weights', () => {
  it('splits a seeded series of requests close to 90/10, the same way every run', async () => {
    const run = async () => {
      const { clock, fn } = setup();
      fn.createRevision({ timeoutSeconds: 60 });
      fn.updateEndpoint({
        autoDeploymentMode: 'Disabled',
        revisionWeights: [
          { revisionId: '1', weight: 90 },
          { revisionId: '2', weight: 10 },
        ],
      });
      const pending = Array.from({ length: 1_000 }, () => fn.request(GET));
      clock.advance(PLATFORM_INIT_MS);
      return (await Promise.all(pending)).map((r) => r.revisionId);
    };
    const served = await run();
    const toFirst = served.filter((id) => id === '1').length;
    expect(toFirst).toBeGreaterThan(870);
    expect(toFirst).toBeLessThan(930);
    expect(await run()).toEqual(served);
  });

  it('sends all traffic to the newest revision under LatestRevision', async () => {
    const { clock, fn } = setup();
    const revision = fn.createRevision({ maxConcurrencyPerEnvironment: 8 });
    expect(revision).toMatchObject({ revisionId: '2', state: 'Active', timeoutSeconds: 30 });
    expect(fn.snapshot().routing).toEqual([{ revisionId: '2', weight: 100 }]);
    const pending = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    expect((await pending).revisionId).toBe('2');
  });

  it('refuses bad settings with the reason', () => {
    const { fn } = setup();
    expect(() => fn.updateEndpoint({ maxEnvironments: 1 })).toThrow(
      'maxEnvironments must be a whole number from 2 to 10000, got 1.',
    );
    expect(() =>
      fn.updateEndpoint({ revisionWeights: [{ revisionId: '1', weight: 100 }] }),
    ).toThrow('Revision weights cannot be set while autoDeploymentMode is LatestRevision.');
    expect(() => fn.createRevision({ maxConcurrencyPerEnvironment: 0 })).toThrow(
      'maxConcurrencyPerEnvironment must be a whole number from 1 to 128, got 0.',
    );
    expect(() => setup({}, { functionName: 'my shop' })).toThrow(
      "The function name 'my shop' may hold only letters, digits, hyphens and underscores.",
    );
  });
});

describe('logs', () => {
  it('writes JSON lines to /aws/lambda/web/<function>: platform records and program lines', async () => {
    const { clock, fn, of, logs } = setup({ startupLog: 'booting' });
    const pending = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    const { requestId } = await pending;
    expect(new Set(of('log').map((event) => event.logGroupName))).toEqual(
      new Set(['/aws/lambda/web/shop']),
    );
    const lines = logs();
    expect(lines.map((line) => line.type ?? line.message)).toEqual([
      'platform.initStart',
      'booting',
      'platform.initReport',
      'platform.invokeStart',
      'platform.invokeSummary',
    ]);
    // A module-load line has no request id nor endpoint name.
    expect(lines[1]).toEqual({
      timestamp: new Date(START + PLATFORM_INIT_MS).toISOString(),
      level: 'INFO',
      message: 'booting',
      region: 'us-east-1',
    });
    expect(lines[3]).toMatchObject({ type: 'platform.invokeStart', record: { requestId } });
  });

  it("attributes a request's console line to it", async () => {
    const { clock, fn, logs } = setup({ answer: (request) => ({ log: `${request.method} /` }) });
    const pending = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    const { requestId } = await pending;
    expect(logs().find((line) => line.message === 'GET /')).toEqual({
      timestamp: new Date(START + PLATFORM_INIT_MS).toISOString(),
      level: 'INFO',
      message: 'GET /',
      requestId,
      endpointName: 'default',
      region: 'us-east-1',
    });
  });
});

describe('the end of the model', () => {
  it('answers open requests and kills every process on dispose', async () => {
    const { clock, fn, executor } = setup({ answer: () => ({ delayMs: 5_000 }) });
    const open = fn.request(GET);
    clock.advance(PLATFORM_INIT_MS);
    fn.createRevision(); // LatestRevision: the next request cold-starts the new revision.
    const waiting = fn.request(GET);
    fn.dispose();
    expect((await open).headers.get('lambda-web-error-type')).toBe('Runtime.ConnectionReset');
    expect((await waiting).status).toBe(502);
    expect(executor.signals.map((s) => s.signal)).toEqual(['SIGKILL']);
    await expect(fn.request(GET)).rejects.toThrow('The Web Function was disposed');
  });

  it('refuses assumptions out of range', () => {
    const { fn } = setup();
    expect(() => fn.setAssumptions({ idleTimeoutMs: -1 })).toThrow(
      'idleTimeoutMs must be a duration ≥ 0 ms, got -1',
    );
    expect(() => fn.setAssumptions({ saturatedCpuPercent: 0 })).toThrow(/saturatedCpuPercent/);
    expect(() => fn.setRates({ usdPerRequest: Number.NaN })).toThrow(/usdPerRequest/);
  });
});

describe('the bill', () => {
  it('charges active CPU, memory time, requests and bytes out for a hand-computed session', async () => {
    const { clock, fn, executor, of } = setup(
      { listenAfterMs: 500, answer: () => ({ busyMs: 200 }) },
      { assumptions: { platformInitMs: 500, idleTimeoutMs: 60_000 } },
    );
    const pending = fn.request(GET);
    clock.advance(1_000);
    const { environmentId } = await pending;
    executor.burn(environmentId!, 300);
    clock.advance(60_000); // Idle: shut down, the program exits on SIGTERM at once.
    const cost = fn.snapshot().cost;
    // 0.5 vCPU-s; 61 s × 2 GB = 122 GB-s; 1 request; 2 bytes ("ok").
    expect(cost).toMatchObject({
      activeCpuMs: 500,
      memoryGbSeconds: 122,
      requests: 1,
      bytesOut: 2,
    });
    expect(cost.cpuUsd).toBeCloseTo(0.0000115169847, 13);
    expect(cost.memoryUsd).toBeCloseTo(0.00012064444444, 13);
    expect(cost.totalUsd).toBeCloseTo(0.00013236160911, 13);
    expect(of('cost').at(-1)?.cost.totalUsd).toBe(cost.totalUsd);
    clock.advance(3_600_000); // Nothing runs: nothing more is owed.
    expect(fn.snapshot().cost.totalUsd).toBe(cost.totalUsd);
  });
});

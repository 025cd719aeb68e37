import { describe, expect, it } from 'vitest';
import type { PlatformEvent, ServiceName, ServiceUnits } from '../../../engine';
import { defaultFunctionConfig, invocationCost, serviceCallUsd } from '../../../engine';
import { emptyMeter, emptyServicesUsage, RECEIPTS_KEPT, servicesUsd } from './cost-meter-model';
import { reduceCostMeter } from './cost-meter-reduce';

function deployed(name: string, architecture: 'x86_64' | 'arm64'): PlatformEvent {
  const config = { ...defaultFunctionConfig(name), architecture };
  return { type: 'deployed', time: 0, functionName: name, version: 1, config };
}

function invokeEnd(
  name: string,
  requestId: string,
  memoryMB: number,
  billedDurationMs: number,
  initDurationMs?: number,
): PlatformEvent {
  return {
    type: 'invoke-end',
    time: 0,
    functionName: name,
    requestId,
    instanceId: 'i-1',
    status: 'ok',
    payload: 'null',
    report: {
      requestId,
      durationMs: billedDurationMs - (initDurationMs ?? 0) - 0.5,
      billedDurationMs,
      memorySizeMB: memoryMB,
      maxMemoryUsedMB: null,
      ...(initDurationMs !== undefined && { initDurationMs }),
    },
    cost: invocationCost({ memoryMB, architecture: 'x86_64' }, billedDurationMs),
  };
}

/** A handler's call as the engine reports it, priced by the engine. */
function serviceCall(
  service: ServiceName,
  operation: string,
  units: ServiceUnits,
  statusCode = 200,
): PlatformEvent {
  return {
    type: 'service-call',
    time: 0,
    functionName: 'caller',
    requestId: 'r-caller',
    service,
    operation,
    resource: 'thing',
    statusCode,
    errorCode: statusCode === 200 ? null : 'SomeError',
    units,
    latencyMs: 20,
    usd: serviceCallUsd(units),
  };
}

const PUT: ServiceUnits = { kind: 's3-request', tier: 'put' };
const GET: ServiceUnits = { kind: 's3-request', tier: 'get' };

describe('reduceCostMeter', () => {
  it('adds each invocation’s requests, GB-seconds (init included) and total', () => {
    const meter = reduceCostMeter(emptyMeter(1000), [
      deployed('fn', 'x86_64'),
      invokeEnd('fn', 'r1', 128, 300, 200),
      invokeEnd('fn', 'r2', 1024, 5),
    ]);
    expect(meter.usage.requests).toBe(2);
    // 0.125 GB × 0.3 s + 1 GB × 0.005 s
    expect(meter.usage.gbSeconds.x86_64).toBeCloseTo(0.0425, 15);
    expect(meter.usage.gbSeconds.arm64).toBe(0);
    expect(meter.initGbSeconds).toBe(0.025);
    expect(meter.totalUsd).toBeCloseTo(0.0000004 + 0.0425 * 0.0000166667, 18);
    expect(meter.receipts.map((r) => r.requestId)).toEqual(['r2', 'r1']);
    expect(meter.receipts[1]).toMatchObject({ billedDurationMs: 300, initDurationMs: 200 });
    expect(meter.startedAt).toBe(1000);
  });

  it('keeps the measured Duration beside a modeled one, and bills the modeled one', () => {
    const modeled = invokeEnd('fn', 'r1', 128, 702);
    if (modeled.type !== 'invoke-end') throw new Error(modeled.type);
    modeled.report.measured = { durationMs: 60, cpuMs: 50 };
    const meter = reduceCostMeter(emptyMeter(0), [modeled, invokeEnd('fn', 'r2', 128, 5)]);
    expect(meter.receipts[1]).toMatchObject({ billedDurationMs: 702, measuredDurationMs: 60 });
    expect(meter.receipts[0]).not.toHaveProperty('measuredDurationMs');
    expect(meter.usage.gbSeconds.x86_64).toBeCloseTo(0.125 * 0.707, 15);
  });

  it('counts GB-seconds under the architecture the function was deployed with', () => {
    const meter = reduceCostMeter(emptyMeter(0), [
      deployed('arm', 'arm64'),
      invokeEnd('arm', 'r1', 512, 1000),
    ]);
    expect(meter.usage.gbSeconds).toEqual({ x86_64: 0, arm64: 0.5 });
    expect(meter.receipts[0]!.architecture).toBe('arm64');
  });

  it('keeps the newest receipts only', () => {
    const ends = Array.from({ length: RECEIPTS_KEPT + 2 }, (_, i) =>
      invokeEnd('fn', `r${i}`, 128, 1),
    );
    const meter = reduceCostMeter(emptyMeter(0), ends);
    expect(meter.receipts).toHaveLength(RECEIPTS_KEPT);
    expect(meter.receipts[0]!.requestId).toBe(`r${RECEIPTS_KEPT + 1}`);
    expect(meter.usage.requests).toBe(RECEIPTS_KEPT + 2);
  });

  it('returns the same meter when no billing event came', () => {
    const meter = emptyMeter(0);
    const log: PlatformEvent = {
      type: 'log',
      time: 0,
      functionName: 'fn',
      instanceId: 'i-1',
      entry: { kind: 'platform', time: 0, text: 'START' },
    };
    expect(reduceCostMeter(meter, [log])).toBe(meter);
  });

  it('bills each service’s calls on its own line, from the events’ units and prices', () => {
    const meter = reduceCostMeter(emptyMeter(0), [
      serviceCall('s3', 'PutObject', PUT),
      serviceCall('s3', 'PutObject', PUT),
      serviceCall('s3', 'GetObject', GET),
      serviceCall('s3', 'CopyObject', PUT),
      serviceCall('s3', 'DeleteObject', { kind: 'free' }, 204),
      serviceCall('sns', 'Publish', { kind: 'sns-publish', requests: 1 }),
      serviceCall('sns', 'Publish', { kind: 'sns-publish', requests: 3 }),
      serviceCall('sqs', 'SendMessageBatch', { kind: 'sqs-request', requests: 2 }),
      serviceCall('sqs', 'SendMessage', { kind: 'free' }, 400),
      serviceCall('dynamodb', 'PutItem', { kind: 'dynamodb', readUnits: 0, writeUnits: 2 }),
      serviceCall('dynamodb', 'GetItem', { kind: 'dynamodb', readUnits: 0.5, writeUnits: 0 }),
      serviceCall('lambda', 'Invoke', { kind: 'free' }),
    ]);
    const { s3, sns, sqs, dynamodb } = meter.services;
    expect(s3).toEqual({ putRequests: 3, getRequests: 1, unbilledCalls: 1, usd: s3.usd });
    expect(s3.usd).toBeCloseTo(0.0000154, 18); // 3 × $0.005 / 1,000 + $0.0004 / 1,000
    expect(sns).toEqual({ requests: 4, unbilledCalls: 0, usd: sns.usd });
    expect(sns.usd).toBeCloseTo(0.000002, 18); // 4 × $0.50 / 1M
    expect(sqs).toEqual({ requests: 2, unbilledCalls: 1, usd: sqs.usd });
    expect(sqs.usd).toBeCloseTo(0.0000008, 18); // 2 × $0.40 / 1M
    expect(dynamodb).toEqual({
      writeUnits: 2,
      readUnits: 0.5,
      unbilledCalls: 0,
      usd: dynamodb.usd,
    });
    expect(dynamodb.usd).toBeCloseTo(0.0000013125, 18); // 2 × $0.625 / 1M + 0.5 × $0.125 / 1M
    expect(servicesUsd(meter.services)).toBeCloseTo(0.0000195125, 18);
    // The services bill the account: no Lambda request, no receipt, no Lambda money.
    expect(meter.usage.requests).toBe(0);
    expect(meter.totalUsd).toBe(0);
    expect(meter.receipts).toEqual([]);
  });

  it('adds the services’ charges batch after batch, beside the caller’s own bill', () => {
    const first = reduceCostMeter(emptyMeter(0), [
      serviceCall('s3', 'PutObject', PUT),
      invokeEnd('caller', 'r-caller', 128, 10),
    ]);
    const second = reduceCostMeter(first, [serviceCall('s3', 'GetObject', GET)]);
    expect(second.services.s3).toMatchObject({ putRequests: 1, getRequests: 1 });
    expect(second.services.s3.usd).toBeCloseTo(0.0000054, 18);
    // The caller's receipt is its invocation's alone, as AWS's REPORT line is.
    expect(second.receipts).toHaveLength(1);
    expect(second.receipts[0]!.totalUsd).toBe(
      invocationCost({ memoryMB: 128, architecture: 'x86_64' }, 10).totalUsd,
    );
    expect(second.totalUsd).toBe(second.receipts[0]!.totalUsd);
  });

  it('leaves the services untouched by a Lambda Invoke, whose callee bills itself', () => {
    const meter = reduceCostMeter(emptyMeter(0), [
      serviceCall('lambda', 'Invoke', { kind: 'free' }),
    ]);
    expect(meter.services).toEqual(emptyServicesUsage());
  });

  it('bills provisioned concurrency apart: its periods as receipts, its duration at its own rate', () => {
    const charge: PlatformEvent = {
      type: 'provisioned-charge',
      time: 5,
      functionName: 'fn',
      provisionedConcurrency: 2,
      memoryMB: 1024,
      architecture: 'x86_64',
      periodMs: 300_000,
      gbSeconds: 600,
      usd: 600 * 0.0000041667,
    };
    const warm = invokeEnd('fn', 'r1', 1024, 100);
    if (warm.type !== 'invoke-end') throw new Error(warm.type);
    warm.cost = invocationCost({ memoryMB: 1024, architecture: 'x86_64' }, 100, true);
    const meter = reduceCostMeter(emptyMeter(0), [charge, warm, { ...charge, time: 300_005 }]);
    expect(meter.provisionedReceipts.map((r) => r.time)).toEqual([300_005, 5]);
    expect(meter.provisioned.configuredGbSeconds).toBe(1200);
    expect(meter.provisioned.configuredUsd).toBeCloseTo(1200 * 0.0000041667, 15);
    expect(meter.provisioned.durationGbSeconds).toBeCloseTo(0.1, 15);
    expect(meter.provisioned.durationUsd).toBeCloseTo(0.1 * 0.0000097222, 15);
    // The on-demand compute line has none of it; the request is a request as any.
    expect(meter.usage.gbSeconds.x86_64).toBe(0);
    expect(meter.usage.requests).toBe(1);
    expect(meter.receipts[0]!.provisioned).toBe(true);
    expect(meter.totalUsd).toBeCloseTo(1200 * 0.0000041667 + 0.1 * 0.0000097222 + 0.0000002, 15);
  });

  it('starts a new meter with no service lines (as Reset does)', () => {
    expect(emptyMeter(5).services).toEqual(emptyServicesUsage());
    expect(servicesUsd(emptyMeter(5).services)).toBe(0);
  });
});

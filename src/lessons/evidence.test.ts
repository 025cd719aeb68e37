// The readings checks are made of, on small hand-written runs.
import { describe, expect, it } from 'vitest';
import type { InvocationReport, PlatformEvent } from '../engine/types';
import { appLogsOf, invocationsOf, peakBusy, pick } from './evidence';

const report: InvocationReport = {
  requestId: 'r1',
  durationMs: 2,
  billedDurationMs: 2,
  memorySizeMB: 128,
  maxMemoryUsedMB: null,
};
const cost = { gbSeconds: 0, requestUsd: 0, computeUsd: 0, totalUsd: 0 };

function start(requestId: string, instanceId: string, eventJson = '{}'): PlatformEvent {
  return {
    type: 'invoke-start',
    time: 0,
    functionName: 'f',
    requestId,
    instanceId,
    cold: false,
    invocationType: 'Event',
    eventJson,
  };
}

function end(requestId: string, instanceId: string, payload: string): PlatformEvent {
  return {
    type: 'invoke-end',
    time: 1,
    functionName: 'f',
    requestId,
    instanceId,
    status: 'ok',
    payload,
    report: { ...report, requestId },
    cost,
  };
}

function state(instanceId: string, to: 'busy' | 'idle'): PlatformEvent {
  return { type: 'instance', time: 0, functionName: 'f', instanceId, version: 1, state: to };
}

describe(invocationsOf, () => {
  it('joins each attempt to its own end, a retry on another instance included', () => {
    const calls = invocationsOf(
      {
        events: [
          start('r1', 'i1', '{"n":1}'),
          start('r1', 'i2', 'not json'),
          end('r1', 'i2', '2'),
          end('r1', 'i1', '{"a":1}'),
        ],
      },
      'f',
    );
    expect(calls.map((call) => [call.start.instanceId, call.event, call.result])).toEqual([
      ['i1', { n: 1 }, { a: 1 }],
      ['i2', undefined, 2],
    ]);
  });

  it('leaves out other functions', () => {
    expect(invocationsOf({ events: [start('r1', 'i1')] }, 'g')).toEqual([]);
  });
});

describe(peakBusy, () => {
  it('counts the instances busy at the same moment', () => {
    const events = [state('a', 'busy'), state('b', 'busy'), state('a', 'idle'), state('c', 'busy')];
    expect(peakBusy({ events }, 'f')).toBe(2);
  });
});

describe(appLogsOf, () => {
  it('keeps the lines the code wrote, not the platform lines', () => {
    const record = { time: 0, requestId: undefined, level: 'INFO' as const, message: 'init' };
    const events: PlatformEvent[] = [
      { type: 'log', time: 0, functionName: 'f', instanceId: 'a', entry: { kind: 'app', record } },
      {
        type: 'log',
        time: 0,
        functionName: 'f',
        instanceId: 'a',
        entry: { kind: 'platform', time: 0, text: 'END' },
      },
    ];
    expect(appLogsOf({ events }, 'f')).toEqual([record]);
  });
});

describe(pick, () => {
  it('reads a path and answers undefined where it breaks off', () => {
    const value = { Records: [{ s3: { key: 'k' } }] };
    expect([pick(value, 'Records.0.s3.key'), pick(value, 'Records.1.s3'), pick(3, 'a')]).toEqual([
      'k',
      undefined,
      undefined,
    ]);
  });
});

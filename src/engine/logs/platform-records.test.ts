// Platform lines in each log format: Text as before, JSON as Telemetry API records filtered by the
// system log level.
import { describe, expect, it } from 'vitest';
import { defaultFunctionConfig } from '../functions/default-config';
import type { LoggingConfig } from '../types';
import { initErrorMessage, platformLine, type PlatformRecord } from './platform-records';

const ID = '79b5e81f-9cdd-4145-b1f6-7c50ef8a2a36';
const TIME = Date.UTC(2026, 9, 8, 7, 30, 29, 470);
const config = (loggingConfig?: LoggingConfig) =>
  defaultFunctionConfig('tenner', { memoryMB: 256, ...(loggingConfig && { loggingConfig }) });
const JSON_INFO = config({ logFormat: 'JSON' });

const report = {
  requestId: ID,
  durationMs: 1233.9612,
  billedDurationMs: 1698,
  memorySizeMB: 256,
  maxMemoryUsedMB: 123,
  initDurationMs: 463.512,
};
const REPORT: PlatformRecord = { type: 'report', report, status: 'success' };

describe(platformLine, () => {
  it('writes the Text lines in the Text format, unfiltered', () => {
    expect(platformLine({ type: 'start', requestId: ID }, config(), TIME)).toBe(
      `START RequestId: ${ID} Version: $LATEST`,
    );
    const done = { type: 'runtimeDone', requestId: ID, status: 'success', durationMs: 1 } as const;
    expect(platformLine(done, config(), TIME)).toBe(`END RequestId: ${ID}`);
    expect(platformLine(REPORT, config(), TIME)).toMatch(/^REPORT RequestId: .*Init Duration/);
  });

  it('writes platform.report with its metrics and status, as CloudWatch shows it', () => {
    expect(platformLine(REPORT, JSON_INFO, TIME)).toBe(
      `{"time":"2026-10-08T07:30:29.470Z","type":"platform.report","record":{"requestId":"${ID}","metrics":{"durationMs":1233.961,"billedDurationMs":1698,"memorySizeMB":256,"maxMemoryUsedMB":123,"initDurationMs":463.512},"status":"success"}}`,
    );
  });

  it('writes platform.start and platform.initStart', () => {
    expect(JSON.parse(platformLine({ type: 'start', requestId: ID }, JSON_INFO, TIME)!)).toEqual({
      time: '2026-10-08T07:30:29.470Z',
      type: 'platform.start',
      record: {
        requestId: ID,
        functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:tenner',
        version: '$LATEST',
      },
    });
    const initStart = JSON.parse(platformLine({ type: 'initStart' }, JSON_INFO, TIME)!);
    expect(initStart.type).toBe('platform.initStart');
    expect(initStart.record).toMatchObject({
      initializationType: 'on-demand',
      phase: 'init',
      runtimeVersion: 'nodejs:22.v53',
      functionName: 'tenner',
      functionVersion: '$LATEST',
      instanceMaxMemory: 268435456,
    });
  });

  it('keeps platform.runtimeDone of a success at DEBUG, so INFO leaves it out', () => {
    const done: PlatformRecord = {
      type: 'runtimeDone',
      requestId: ID,
      status: 'success',
      durationMs: 2.5,
    };
    expect(platformLine(done, JSON_INFO, TIME)).toBeNull();
    const debug = config({ logFormat: 'JSON', systemLogLevel: 'DEBUG' });
    expect(JSON.parse(platformLine(done, debug, TIME)!).record).toEqual({
      requestId: ID,
      status: 'success',
      metrics: { durationMs: 2.5 },
    });
  });

  it('at WARN keeps only what went wrong', () => {
    const warn = config({ logFormat: 'JSON', systemLogLevel: 'WARN' });
    expect(platformLine({ type: 'start', requestId: ID }, warn, TIME)).toBeNull();
    expect(platformLine({ type: 'initStart' }, warn, TIME)).toBeNull();
    expect(platformLine(REPORT, warn, TIME)).toBeNull();
    const timedOut: PlatformRecord = {
      type: 'report',
      report: { ...report, status: 'timeout' },
      status: 'timeout',
    };
    expect(JSON.parse(platformLine(timedOut, warn, TIME)!).record.status).toBe('timeout');
    const crashed: PlatformRecord = {
      type: 'runtimeDone',
      requestId: ID,
      status: 'error',
      durationMs: 3,
      errorType: 'Runtime.ExitError',
    };
    expect(JSON.parse(platformLine(crashed, warn, TIME)!).record).toEqual({
      requestId: ID,
      status: 'error',
      errorType: 'Runtime.ExitError',
      metrics: { durationMs: 3 },
    });
  });

  it('writes a failed INIT as platform.initReport', () => {
    const initReport: PlatformRecord = {
      type: 'initReport',
      initDurationMs: 10000.4871,
      phase: 'init',
      status: 'timeout',
    };
    expect(platformLine(initReport, JSON_INFO, TIME)).toBe(
      '{"time":"2026-10-08T07:30:29.470Z","type":"platform.initReport","record":{"initializationType":"on-demand","phase":"init","status":"timeout","metrics":{"durationMs":10000.487}}}',
    );
  });
});

describe(initErrorMessage, () => {
  const error = { errorType: 'Runtime.UserCodeSyntaxError', errorMessage: 'bad', trace: ['x'] };

  it('is the Text ERROR message, or the JSON line console.error(error) writes', () => {
    expect(initErrorMessage(error, config(), TIME)?.message).toMatch(/^Uncaught Exception \t\{/);
    expect(initErrorMessage(error, JSON_INFO, TIME)).toEqual({
      message:
        '{"timestamp":"2026-10-08T07:30:29.470Z","level":"ERROR","message":{"errorType":"Runtime.UserCodeSyntaxError","errorMessage":"bad","stackTrace":["x"]}}',
      verbatim: true,
    });
  });

  it('is dropped at application level FATAL', () => {
    const fatal = config({ logFormat: 'JSON', applicationLogLevel: 'FATAL' });
    expect(initErrorMessage(error, fatal, TIME)).toBeNull();
  });
});

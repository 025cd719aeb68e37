import { describe, expect, it } from 'vitest';
import {
  platformLogLine,
  programLogLine,
  webLogGroupName,
  webLogStreamName,
  webRequestId,
} from './web-function-logs';

const TIME = Date.UTC(2026, 8, 16, 23, 48, 17, 188);

describe('web function log lines', () => {
  it("add requestId, endpointName and region to a request's line, as AWS's example shows", () => {
    const line = programLogLine(
      TIME,
      { level: 'INFO', message: 'GET /', requestId: 'NF5U6CMIUAWPER24GXDNDEZSVU' },
      'default',
    );
    expect(line).toBe(
      '{"timestamp":"2026-09-16T23:48:17.188Z","level":"INFO","message":"GET /","requestId":"NF5U6CMIUAWPER24GXDNDEZSVU","endpointName":"default","region":"us-east-1"}',
    );
  });

  it('leave requestId and endpointName off a module-load line', () => {
    expect(programLogLine(TIME, { level: 'WARN', message: 'boot' }, 'default')).toBe(
      '{"timestamp":"2026-09-16T23:48:17.188Z","level":"WARN","message":"boot","region":"us-east-1"}',
    );
  });

  it('nest a platform record under its type', () => {
    const line = platformLogLine(TIME, {
      type: 'initReport',
      status: 'failure',
      errorType: 'Application.InitCodeError',
      durationMs: 412.3456,
    });
    expect(JSON.parse(line)).toEqual({
      time: '2026-09-16T23:48:17.188Z',
      type: 'platform.initReport',
      record: {
        initializationType: 'native-http',
        phase: 'init',
        status: 'failure',
        errorType: 'Application.InitCodeError',
        metrics: { durationMs: 412.346 },
      },
    });
  });

  it('name the group, streams and request ids', () => {
    expect(webLogGroupName('shop')).toBe('/aws/lambda/web/shop');
    expect(webLogStreamName(TIME, '2', 'ab'.repeat(16))).toBe(`2026/09/16/[2]${'ab'.repeat(16)}`);
    expect(webRequestId('00000000-0000-4000-8000-000000000001')).toBe('AAAAAAAAAAIAAIAAAAAAAAAAAB');
    expect(webRequestId('ffffffff-ffff-ffff-ffff-ffffffffffff')).toBe('H7777777777777777777777777');
  });
});

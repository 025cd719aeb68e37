import { describe, expect, it } from 'vitest';
import {
  endLine,
  errorLogMessage,
  formatAppLine,
  formatLogEntry,
  initReportLine,
  initStartLine,
  reportLine,
  startLine,
} from './log-format';

const ID = 'c793869b-ee49-115b-a5b6-4fd21e8dedac';

describe('formatAppLine', () => {
  it('writes time, request id, level and message, tab-separated', () => {
    const line = formatAppLine({
      time: Date.UTC(2019, 5, 7, 19, 11, 20, 562),
      requestId: ID,
      level: 'INFO',
      message: 'ENVIRONMENT VARIABLES',
    });
    expect(line).toMatchInlineSnapshot(
      `"2019-06-07T19:11:20.562Z	c793869b-ee49-115b-a5b6-4fd21e8dedac	INFO	ENVIRONMENT VARIABLES"`,
    );
  });

  it('prints the request id as `undefined` during INIT', () => {
    const line = formatAppLine({
      time: Date.UTC(2025, 11, 18, 12, 40, 58, 498),
      requestId: undefined,
      level: 'WARN',
      message: 'cold',
    });
    expect(line).toBe('2025-12-18T12:40:58.498Z\tundefined\tWARN\tcold');
  });
});

describe('startLine', () => {
  it('names the request and $LATEST', () => {
    expect(startLine(ID)).toMatchInlineSnapshot(
      `"START RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac Version: $LATEST"`,
    );
  });
});

describe('endLine', () => {
  it('names the request', () => {
    expect(endLine(ID)).toMatchInlineSnapshot(
      `"END RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac"`,
    );
  });
});

describe('reportLine', () => {
  const cold = {
    requestId: ID,
    durationMs: 601.73,
    billedDurationMs: 697,
    memorySizeMB: 128,
    maxMemoryUsedMB: 29,
    initDurationMs: 94.33,
  };

  it('matches a real cold-start REPORT line', () => {
    expect(reportLine(cold)).toBe(
      `REPORT RequestId: ${ID}\tDuration: 601.73 ms\tBilled Duration: 697 ms\tMemory Size: 128 MB\tMax Memory Used: 29 MB\tInit Duration: 94.33 ms`,
    );
  });

  it('leaves Init Duration out of a warm REPORT and prints two decimals', () => {
    const warm = { requestId: ID, durationMs: 2, billedDurationMs: 2, memorySizeMB: 128 };
    expect(reportLine({ ...warm, maxMemoryUsedMB: 29 })).toMatchInlineSnapshot(
      `"REPORT RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac	Duration: 2.00 ms	Billed Duration: 2 ms	Memory Size: 128 MB	Max Memory Used: 29 MB"`,
    );
  });

  it('ends a timeout with Status: timeout', () => {
    const timeout = { ...cold, durationMs: 3000, billedDurationMs: 3403, initDurationMs: 402.04 };
    expect(reportLine({ ...timeout, status: 'timeout' })).toMatchInlineSnapshot(
      `"REPORT RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac	Duration: 3000.00 ms	Billed Duration: 3403 ms	Memory Size: 128 MB	Max Memory Used: 29 MB	Init Duration: 402.04 ms	Status: timeout"`,
    );
  });

  it('ends a crash with Status: error and its Error Type', () => {
    const crash = { ...cold, status: 'error' as const, errorType: 'Runtime.ExitError' };
    expect(reportLine(crash)).toMatchInlineSnapshot(
      `"REPORT RequestId: c793869b-ee49-115b-a5b6-4fd21e8dedac	Duration: 601.73 ms	Billed Duration: 697 ms	Memory Size: 128 MB	Max Memory Used: 29 MB	Init Duration: 94.33 ms	Status: error	Error Type: Runtime.ExitError"`,
    );
  });

  it('shows a dash where memory could not be measured', () => {
    expect(reportLine({ ...cold, maxMemoryUsedMB: null })).toContain('\tMax Memory Used: — MB\t');
  });
});

describe('initStartLine', () => {
  it('names an illustrative runtime version and its ARN', () => {
    expect(initStartLine('nodejs22.x')).toMatchInlineSnapshot(
      `"INIT_START Runtime Version: nodejs:22.v53	Runtime Version ARN: arn:aws:lambda:us-east-1::runtime:95d7f2a1c4e8b3069d1f7a2e5c8b40f3d6a9e1c2b5f8047a3d6e9c1b4f7a0d2e"`,
    );
    expect(initStartLine('nodejs24.x')).toMatch(
      /^INIT_START Runtime Version: nodejs:24\.v\d+\tRuntime Version ARN: arn:aws:lambda:us-east-1::runtime:[0-9a-f]{64}$/,
    );
  });
});

describe('initReportLine', () => {
  it('reports a failed INIT with its phase, status and error type', () => {
    const line = initReportLine({
      initDurationMs: 150.79,
      phase: 'init',
      status: 'error',
      errorType: 'Runtime.UserCodeSyntaxError',
    });
    expect(line).toMatchInlineSnapshot(
      `"INIT_REPORT Init Duration: 150.79 ms	Phase: init	Status: error	Error Type: Runtime.UserCodeSyntaxError"`,
    );
  });
});

describe('errorLogMessage', () => {
  it('labels the error JSON, calling the trace `stack`', () => {
    const message = errorLogMessage('Uncaught Exception', {
      errorType: 'Runtime.ImportModuleError',
      errorMessage: "Error: Cannot find module 'index'",
      trace: ["Runtime.ImportModuleError: Error: Cannot find module 'index'", '    at x'],
    });
    expect(message).toMatchInlineSnapshot(
      `"Uncaught Exception 	{"errorType":"Runtime.ImportModuleError","errorMessage":"Error: Cannot find module 'index'","stack":["Runtime.ImportModuleError: Error: Cannot find module 'index'","    at x"]}"`,
    );
  });
});

describe('formatLogEntry', () => {
  it('renders app entries as app lines and platform entries as their text', () => {
    const record = { time: 0, requestId: ID, level: 'ERROR' as const, message: 'boom' };
    expect(formatLogEntry({ kind: 'app', record })).toBe(
      `1970-01-01T00:00:00.000Z\t${ID}\tERROR\tboom`,
    );
    expect(formatLogEntry({ kind: 'platform', time: 0, text: endLine(ID) })).toBe(
      `END RequestId: ${ID}`,
    );
  });
});

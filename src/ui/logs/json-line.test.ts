// JSON-format lines read for the log view; other lines are left as they are.
import { describe, expect, it } from 'vitest';
import { readJsonLine } from './json-line';

describe(readJsonLine, () => {
  it('reads an application line’s level, request id and message', () => {
    const view = readJsonLine(
      '{"timestamp":"2026-01-01T00:00:00.000Z","level":"WARN","requestId":"r-1","message":{"low":2}}',
    );
    expect(view).toMatchObject({ badge: 'WARN', requestId: 'r-1', message: '{"low":2}' });
  });

  it('reads a platform record’s type, request id and figures', () => {
    const view = readJsonLine(
      '{"time":"t","type":"platform.report","record":{"requestId":"r-2","metrics":{"durationMs":1.5,"billedDurationMs":2,"memorySizeMB":128,"maxMemoryUsedMB":null},"status":"success"}}',
    );
    expect(view).toMatchObject({
      badge: 'platform.report',
      requestId: 'r-2',
      message: 'status success · Duration 1.5 ms · Billed 2 ms · Memory 128 MB',
    });
  });

  it('leaves Text lines and other JSON alone', () => {
    expect(readJsonLine('START RequestId: x Version: $LATEST')).toBeNull();
    expect(readJsonLine('{"no":"level"}')).toBeNull();
    expect(readJsonLine('{broken')).toBeNull();
  });
});

// The runtime's log format and level from its environment, and raw stream text as log lines.
import { describe, expect, it } from 'vitest';
import { jsonLevelOf, rawLineLevel, rawLines } from './log-style';

const json = (level: 'INFO' | 'WARN') => ({ level, requestId: () => 'r', wallNow: () => 0 });

describe(jsonLevelOf, () => {
  it('reads JSON and the level as the RIC does, TRACE when no level is set', () => {
    expect(jsonLevelOf({})).toBeNull();
    expect(jsonLevelOf({ AWS_LAMBDA_LOG_FORMAT: 'Text' })).toBeNull();
    expect(jsonLevelOf({ AWS_LAMBDA_LOG_FORMAT: 'json' })).toBe('TRACE');
    expect(jsonLevelOf({ AWS_LAMBDA_LOG_FORMAT: 'JSON', AWS_LAMBDA_LOG_LEVEL: 'warn' })).toBe(
      'WARN',
    );
  });
});

describe(rawLines, () => {
  it('writes each line of a write as is, INFO from stdout and ERROR from stderr in Text', () => {
    expect(rawLines('stdout', 'x', undefined)).toEqual([{ level: 'INFO', text: 'x' }]);
    expect(rawLines('stderr', 'a\nb\n', undefined)).toEqual([
      { level: 'ERROR', text: 'a' },
      { level: 'ERROR', text: 'b' },
    ]);
  });

  it('in JSON takes the level of a JSON object and drops lines below the application level', () => {
    expect(rawLineLevel('{"level":"debug","msg":"x"}')).toBe('DEBUG');
    expect(rawLineLevel('plain text')).toBe('INFO');
    expect(rawLineLevel('{"level":"loud"}')).toBe('INFO');
    const lines = 'plain\n{"level":"error","msg":"bad"}\n';
    expect(rawLines('stdout', lines, json('WARN'))).toEqual([
      { level: 'ERROR', text: '{"level":"error","msg":"bad"}' },
    ]);
    expect(rawLines('stdout', lines, json('INFO'))).toHaveLength(2);
  });
});

// The console Lambda installs: levels, formatting, and Node's helper methods on top of them.
import { describe, expect, it } from 'vitest';
import type { LogLevel } from '../../engine/types';
import { formatDuration, patchConsole } from './console-capture';

type Method = (...args: unknown[]) => void;

function setup() {
  const lines: string[] = [];
  const target: Record<string, unknown> = {};
  let clock = 0;
  patchConsole(
    target,
    (level: LogLevel, message: string) => lines.push(`${level} ${message}`),
    () => clock,
  );
  const call = (name: string, ...args: unknown[]) => (target[name] as Method)(...args);
  return { lines, call, advance: (ms: number) => (clock += ms) };
}

describe(patchConsole, () => {
  it('writes one line per call at the method’s level, formatted as util.format does', () => {
    const { lines, call } = setup();
    call('log', 'user %s has %d items', 'ann', 3, { extra: true });
    call('error', new Map([['k', 1]]));
    call('info', 'multi\nline');
    expect(lines).toEqual([
      'INFO user ann has 3 items { extra: true }',
      "ERROR Map(1) { 'k' => 1 }",
      'INFO multi\rline',
    ]);
  });

  it('routes assert, count, time, dir and group through log and warn', () => {
    const { lines, call, advance } = setup();
    call('assert', true, 'never shown');
    call('assert', false, 'x is %s', 'wrong');
    call('count');
    call('count');
    call('count', 'jobs');
    call('time', 'load');
    advance(12.3456);
    call('timeEnd', 'load');
    call('timeEnd', 'load');
    call('dir', { a: { b: { c: { d: 1 } } } }, { depth: 0 });
    call('group', 'Section');
    call('groupEnd');
    expect(lines).toEqual([
      'WARN Assertion failed: x is wrong',
      'INFO default: 1',
      'INFO default: 2',
      'INFO jobs: 1',
      'INFO load: 12.346ms',
      "WARN Warning: No such label 'load' for console.timeEnd()",
      'INFO { a: [Object] }',
      'INFO Section',
    ]);
  });
});

describe(formatDuration, () => {
  it('prints milliseconds, seconds and minutes as Node does', () => {
    expect(formatDuration(0.5)).toBe('0.5ms');
    expect(formatDuration(1500)).toBe('1.500s');
    expect(formatDuration(62345.6)).toBe('1:02.346 (m:ss.mmm)');
  });
});

describe('patchConsole in the JSON log format', () => {
  function jsonSetup(level: LogLevel) {
    const lines: Array<[LogLevel, string, boolean | undefined]> = [];
    const raw: string[] = [];
    const target: Record<string, unknown> = {};
    const json = { level, requestId: () => 'req-1', wallNow: () => Date.UTC(2026, 0, 2) };
    patchConsole(
      target,
      (lineLevel, message, verbatim) => lines.push([lineLevel, message, verbatim]),
      () => 0,
      { json, stdout: (text) => raw.push(text) },
    );
    const call = (name: string, ...args: unknown[]) => (target[name] as Method)(...args);
    return { lines, raw, call };
  }

  it('writes one JSON line per call, verbatim, at the method’s level', () => {
    const { lines, call } = jsonSetup('TRACE');
    call('log', 'hello', { n: 1 });
    call('debug', { cart: 3 });
    expect(lines).toEqual([
      [
        'INFO',
        '{"timestamp":"2026-01-02T00:00:00.000Z","level":"INFO","requestId":"req-1","message":"hello { n: 1 }"}',
        true,
      ],
      [
        'DEBUG',
        '{"timestamp":"2026-01-02T00:00:00.000Z","level":"DEBUG","requestId":"req-1","message":{"cart":3}}',
        true,
      ],
    ]);
  });

  it('drops calls below the application level, the helpers that use them too; fatal always passes', () => {
    const { lines, call } = jsonSetup('WARN');
    for (const method of ['trace', 'debug', 'info', 'log', 'warn', 'error', 'fatal'])
      call(method, method);
    call('count');
    call('assert', false, 'broken');
    expect(lines.map(([level]) => level)).toEqual(['WARN', 'ERROR', 'FATAL', 'WARN']);
    expect(JSON.parse(lines[3]![1]).message).toBe('Assertion failed: broken');
  });
});

describe('console.dir and console.table', () => {
  it('console.dir writes util.inspect’s text to stdout itself, with its options', () => {
    const raw: string[] = [];
    const target: Record<string, unknown> = {};
    patchConsole(
      target,
      () => undefined,
      () => 0,
      { stdout: (text) => raw.push(text) },
    );
    (target.dir as Method)({ a: { b: { c: {} } } }, { depth: 0 });
    (target.dir as Method)({ a: { b: { c: {} } } });
    expect(raw).toEqual(['{ a: [Object] }\n', '{ a: { b: { c: {} } } }\n']);
  });

  it('console.table logs Node’s box table as one INFO line', () => {
    const { lines, call } = setup();
    call('table', [{ a: 1 }]);
    call('table', 'not tabular');
    expect(lines).toEqual([
      'INFO ┌─────────┬───┐\r│ (index) │ a │\r├─────────┼───┤\r│ 0       │ 1 │\r└─────────┴───┘',
      'INFO not tabular',
    ]);
  });
});

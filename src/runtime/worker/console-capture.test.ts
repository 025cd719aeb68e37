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

import { describe, expect, it } from 'vitest';
import { eventLines } from './event-lines';

describe('eventLines', () => {
  it('splits a Python error event at its newlines', () => {
    const text =
      '[ERROR] ZeroDivisionError: division by zero\nTraceback (most recent call last):\n' +
      '\u00a0\u00a0File "/var/task/lambda_function.py", line 4, in lambda_handler\n' +
      '\u00a0\u00a0\u00a0\u00a0return 1 / 0';
    expect(eventLines(text)).toEqual([
      '[ERROR] ZeroDivisionError: division by zero\n',
      'Traceback (most recent call last):\n',
      '\u00a0\u00a0File "/var/task/lambda_function.py", line 4, in lambda_handler\n',
      '\u00a0\u00a0\u00a0\u00a0return 1 / 0',
    ]);
  });

  it('splits a Node.js message at the carriage returns its runtime put for newlines', () => {
    expect(eventLines('2026-12-07T16:20:00.000Z\tid\tINFO\t{\r  a: 1\r}')).toEqual([
      '2026-12-07T16:20:00.000Z\tid\tINFO\t{\r',
      '  a: 1\r',
      '}',
    ]);
  });

  it('keeps every character: joined, the lines are the text', () => {
    for (const text of ['', 'one line', 'ends\n', 'a\r\nb', 'a\n\nb\r\r', '\nlead']) {
      expect(eventLines(text).join('')).toBe(text);
    }
    expect(eventLines('one line')).toEqual(['one line']);
    expect(eventLines('ends\n')).toEqual(['ends\n']);
    expect(eventLines('a\n\nb')).toEqual(['a\n', '\n', 'b']);
  });
});

import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../bundler';
import { problemLocation } from './problem-location';

const problem: Diagnostic = {
  file: 'lib/util.ts',
  line: 12,
  column: 7,
  endLine: 12,
  endColumn: 9,
  message: 'Expected ";" but found "x"',
  severity: 'error',
};

describe(problemLocation, () => {
  it('writes file:line:column', () => {
    expect(problemLocation(problem)).toBe('lib/util.ts:12:7');
  });
  it('writes nothing for a problem in no file', () => {
    expect(problemLocation({ ...problem, file: '' })).toBe('');
  });
});

import { describe, expect, it } from 'vitest';
import { savedEventNameProblem } from './saved-events';

describe(savedEventNameProblem, () => {
  it('accepts short plain names', () => {
    expect(savedEventNameProblem('order-42')).toBeNull();
    expect(savedEventNameProblem('a'.repeat(25))).toBeNull();
  });

  it('explains an empty, long or odd name', () => {
    expect(savedEventNameProblem(' ')).toBe('Give the event a name.');
    expect(savedEventNameProblem('a'.repeat(26))).toBe(
      'Use at most 25 letters, digits, dots, hyphens or underscores.',
    );
    expect(savedEventNameProblem('my event')).toBe(
      'Use at most 25 letters, digits, dots, hyphens or underscores.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { formatCountdown } from './format';

describe('formatCountdown', () => {
  it('rounds up to whole seconds and shows hours past an hour', () => {
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(1000)).toBe('0:01');
    expect(formatCountdown(3_725_000)).toBe('1:02:05');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

import { describe, expect, it } from 'vitest';
import { formatCountdown, formatUsd } from './format';

describe('formatCountdown', () => {
  it('rounds up to whole seconds and shows hours past an hour', () => {
    expect(formatCountdown(59_001)).toBe('1:00');
    expect(formatCountdown(1000)).toBe('0:01');
    expect(formatCountdown(3_725_000)).toBe('1:02:05');
    expect(formatCountdown(-5)).toBe('0:00');
  });
});

describe('formatUsd', () => {
  it('keeps every digit of one invocation’s cost', () => {
    expect(formatUsd(0.0000002 + 3 * 0.0000000020833375)).toBe('$0.0000002062500125');
    expect(formatUsd(0.0000166667)).toBe('$0.0000166667');
    expect(formatUsd(0.0000002)).toBe('$0.0000002');
    // A 128 MB millisecond, the smallest compute charge.
    expect(formatUsd(0.0000000020833375)).toBe('$0.0000000020833375');
  });

  it('keeps cents on larger figures and writes zero plainly', () => {
    expect(formatUsd(1.5)).toBe('$1.50');
    expect(formatUsd(0.40833375)).toBe('$0.40833375');
    expect(formatUsd(0)).toBe('$0');
  });
});

import { describe, expect, it } from 'vitest';
import { breakEvenSentence } from './break-even-text';

describe('breakEvenSentence', () => {
  it('states where Lambda stops being cheaper', () => {
    const ec2 = { name: 'EC2 t4g.small', monthlyUsd: 12.26, breakEven: 46_840_802 };
    expect(breakEvenSentence(ec2, 1e10)).toBe(
      'Lambda costs more than EC2 t4g.small ($12.26 a month) from 46,840,802 requests a month.',
    );
  });

  it('says so when Lambda stays cheaper, or never is', () => {
    const big = { name: 'Fargate', monthlyUsd: 1e6, breakEven: null };
    expect(breakEvenSentence(big, 1e10)).toBe(
      'Lambda stays cheaper than Fargate ($1,000,000.00 a month) up to 10,000,000,000 requests a month.',
    );
    const free = { name: 'Fargate', monthlyUsd: 0, breakEven: 0 };
    expect(breakEvenSentence(free, 1e10)).toBe(
      'Lambda costs at least as much as Fargate ($0.00 a month) from the start.',
    );
  });
});

import { describe, expect, it } from 'vitest';
import { MS_PER_MONTH } from '../billing/monthly-cost';
import { projectServiceUsdToMonth, serviceCallUsd } from './service-prices';

describe('projectServiceUsdToMonth', () => {
  it('scales a session’s charge to a month and rounds the line item to cents', () => {
    // 1,000 S3 PUTs ($0.005) in 1 % of a month make 100,000 a month: $0.50.
    const usd = 1000 * serviceCallUsd({ kind: 's3-request', tier: 'put' });
    expect(projectServiceUsdToMonth(usd, MS_PER_MONTH / 100)).toBe(0.5);
    // $0.0000154 a simulated minute over 730 h: $0.67452, billed as $0.67.
    expect(projectServiceUsdToMonth(0.0000154, 60_000)).toBe(0.67);
  });

  it('projects nothing before simulated time has passed', () => {
    expect(projectServiceUsdToMonth(0.0000154, 0)).toBeNull();
  });
});

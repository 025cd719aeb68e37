import { describe, expect, it } from 'vitest';
import { environmentGbSeconds, WEB_FUNCTION_RATES, webFunctionCost } from './web-function-bill';

describe('the Web Function rates (assumptions)', () => {
  it('derive from the published neighbours they are said to', () => {
    // Event Functions' arm64 $0.0000133334 per GB-s at the 1,769 MB that buys one vCPU.
    expect(WEB_FUNCTION_RATES.usdPerActiveVcpuSecond).toBeCloseTo(0.0000230339693, 12);
    // Fargate Arm $0.00356 per GB-hour.
    expect(WEB_FUNCTION_RATES.usdPerGbSecond * 3600).toBeCloseTo(0.00356, 15);
    expect(WEB_FUNCTION_RATES.usdPerRequest * 1e6).toBeCloseTo(0.2, 12);
    expect(WEB_FUNCTION_RATES.usdPerGbOut).toBe(0.09);
  });
});

describe('webFunctionCost', () => {
  it('prices each dimension and sums them', () => {
    const cost = webFunctionCost({
      activeCpuMs: 60_000,
      memoryGbSeconds: 3_600,
      requests: 1_000_000,
      bytesOut: 1e9,
    });
    // 60 vCPU-s × $0.0000230340 = $0.00138204.
    expect(cost.cpuUsd).toBeCloseTo(0.00138203816, 11);
    expect(cost.memoryUsd).toBeCloseTo(0.00356, 12);
    expect(cost.requestUsd).toBeCloseTo(0.2, 12);
    expect(cost.transferUsd).toBeCloseTo(0.09, 12);
    expect(cost.totalUsd).toBeCloseTo(0.29494203816, 11);
  });

  it('takes edited rates', () => {
    const cost = webFunctionCost(
      { activeCpuMs: 2_000, memoryGbSeconds: 10, requests: 4, bytesOut: 0 },
      { usdPerActiveVcpuSecond: 1, usdPerGbSecond: 0.5, usdPerRequest: 0.25, usdPerGbOut: 0 },
    );
    expect(cost).toMatchObject({ cpuUsd: 2, memoryUsd: 5, requestUsd: 1, totalUsd: 8 });
  });
});

describe('environmentGbSeconds', () => {
  it('counts the environment from its creation to its end, or to now', () => {
    expect(environmentGbSeconds({ createdAt: 1_000, stoppedAt: 11_000 }, 99_000, 2)).toBe(20);
    expect(environmentGbSeconds({ createdAt: 1_000, stoppedAt: null }, 4_000, 2)).toBe(6);
  });
});

import { describe, expect, it } from 'vitest';
import {
  EC2_INSTANCE_TYPES,
  FARGATE_RATES,
  ec2MonthlyCost,
  fargateBilledSeconds,
  fargateCost,
} from './always-on-cost';

describe('fargateBilledSeconds', () => {
  it('bills whole seconds, and at least one minute per task', () => {
    expect(fargateBilledSeconds(10)).toBe(60);
    expect(fargateBilledSeconds(60)).toBe(60);
    expect(fargateBilledSeconds(60.2)).toBe(61);
    expect(fargateBilledSeconds(3600)).toBe(3600);
  });
});

describe('fargateCost', () => {
  it('prices a 0.25 vCPU / 0.5 GB task running all month at about $9 (x86)', () => {
    // 730 h × 0.25 × $0.04048 = $7.3876; 730 h × 0.5 × $0.004445 = $1.622425
    const service = { vcpu: 0.25, memoryGB: 0.5, tasks: 1, rates: FARGATE_RATES.x86_64 };
    expect(fargateCost(service)).toEqual({ vcpuUsd: 7.39, memoryUsd: 1.62, totalUsd: 9.01 });
  });

  it('multiplies by the minimum task count, at the ARM rates', () => {
    // 2 × 730 h × $0.03238 = $47.2748; 2 × 730 h × 2 GB × $0.00356 = $10.3952
    const service = { vcpu: 1, memoryGB: 2, tasks: 2, rates: FARGATE_RATES.arm64 };
    expect(fargateCost(service)).toEqual({ vcpuUsd: 47.27, memoryUsd: 10.4, totalUsd: 57.67 });
  });

  it('bills a 10-second task a full minute', () => {
    // 100 tasks × 60 s = 1.6667 task-hours: vCPU $0.067467, 2 GB $0.014817
    const burst = { vcpu: 1, memoryGB: 2, tasks: 100, rates: FARGATE_RATES.x86_64 };
    expect(fargateCost({ ...burst, runSeconds: 10 })).toEqual({
      vcpuUsd: 0.07,
      memoryUsd: 0.01,
      totalUsd: 0.08,
    });
    expect(fargateCost({ ...burst, runSeconds: 10 })).toEqual(
      fargateCost({ ...burst, runSeconds: 60 }),
    );
  });
});

describe('ec2MonthlyCost', () => {
  it('runs an instance for 730 hours', () => {
    const small = EC2_INSTANCE_TYPES.find((instance) => instance.type === 't4g.small')!;
    expect(ec2MonthlyCost(small.usdPerHour)).toBe(12.26);
    expect(ec2MonthlyCost(0.0104)).toBe(7.59);
  });
});

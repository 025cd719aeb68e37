import { describe, expect, it } from 'vitest';
import { albCost, fargateMonthEstimate, lcuOfHour, taskCost } from './fargate-bill';

const task = { vcpu: 1, memoryGB: 2, architecture: 'x86_64' as const, pullStartedAt: 10_000 };

describe('taskCost', () => {
  it('bills at least a minute, then whole seconds', () => {
    expect(taskCost({ ...task, stoppedAt: 40_000 }, 0).billedSeconds).toBe(60);
    expect(taskCost({ ...task, stoppedAt: 100_400 }, 0).billedSeconds).toBe(91);
    // Still running at 5 min: 290 s so far.
    expect(taskCost({ ...task, stoppedAt: null }, 300_000).billedSeconds).toBe(290);
  });

  it('prices vCPU and GB at the architecture rates', () => {
    const hour = { ...task, pullStartedAt: 0, stoppedAt: 3_600_000 };
    expect(taskCost(hour, 0).totalUsd).toBeCloseTo(0.04048 + 2 * 0.004445, 12);
    const arm = taskCost({ ...hour, architecture: 'arm64' }, 0);
    expect(arm.totalUsd).toBeCloseTo(0.03238 + 2 * 0.00356, 12);
  });
});

describe('the ALB', () => {
  it('takes the largest LCU dimension', () => {
    // 50 new connections/s over an hour: 2 LCU; 0.5 GB: 0.5 LCU.
    const usage = { newConnections: 50 * 3600, connectionMs: 0, bytes: 0.5e9 };
    expect(lcuOfHour(usage, 1)).toBeCloseTo(2, 12);
    // 6,000 connections open all hour: 2 LCU on active connections.
    expect(lcuOfHour({ newConnections: 0, connectionMs: 6000 * 3_600_000, bytes: 0 }, 1)).toBe(2);
    expect(lcuOfHour({ newConnections: 0, connectionMs: 0, bytes: 3e9 }, 1)).toBe(3);
  });

  it('bills every started ALB-hour whole and LCU-hours for the part used', () => {
    const hours = new Map([[0, { newConnections: 0, connectionMs: 0, bytes: 1e9 }]]);
    // Half an hour in: 1 ALB-hour; 1 GB in half an hour is 2 GB/h = 2 LCU for 0.5 h = 1 LCU-hour.
    const cost = albCost(0, 1_800_000, hours);
    expect(cost.albHours).toBe(1);
    expect(cost.lcuHours).toBeCloseTo(1, 12);
    expect(cost.totalUsd).toBeCloseTo(0.0225 + 0.008, 12);
    expect(albCost(0, 3_600_001, new Map()).albHours).toBe(2);
  });
});

describe('fargateMonthEstimate', () => {
  it('sums tasks, ALB-hours and LCUs for 730 hours, in cents', () => {
    const month = fargateMonthEstimate({
      vcpu: 0.25,
      memoryGB: 0.5,
      architecture: 'x86_64',
      tasks: 2,
      averageLcu: 0.1,
    });
    // 2 × 730 h × (0.25 × 0.04048 + 0.5 × 0.004445): vCPU $14.78 + memory $3.24.
    expect(month.tasksUsd).toBe(18.02);
    expect(month.albHourUsd).toBe(16.43);
    expect(month.lcuUsd).toBe(0.58);
    expect(month.totalUsd).toBe(35.03);
  });
});

// A Fargate service's running bill: tasks per second with a minute's minimum, and its ALB by the hour.
import { FARGATE_RATES, fargateBilledSeconds, fargateCost } from './always-on-cost';
import { roundCents } from './lambda-bill';
import { HOURS_PER_MONTH } from './monthly-cost';
import type { Architecture } from '../types';

export interface TaskUsage {
  vcpu: number;
  memoryGB: number;
  architecture: Architecture;
  /** Start of the image pull (ACTIVATING), ms. */
  pullStartedAt: number;
  /** STOPPED, or null while the task still runs (billed up to `now`). */
  stoppedAt: number | null;
}

export interface TaskCost {
  billedSeconds: number;
  vcpuUsd: number;
  memoryUsd: number;
  totalUsd: number;
}

/**
 * One task: whole seconds from the image pull to STOPPED, at least 60 (docs/fargate.md#billing). A
 * task still running is billed as if it stopped now: its minute is owed from the first second.
 */
export function taskCost(task: TaskUsage, now: number): TaskCost {
  const end = task.stoppedAt ?? now;
  const billedSeconds = fargateBilledSeconds(Math.max(0, end - task.pullStartedAt) / 1000);
  const rates = FARGATE_RATES[task.architecture];
  const hours = billedSeconds / 3600;
  const vcpuUsd = hours * task.vcpu * rates.usdPerVcpuHour;
  const memoryUsd = hours * task.memoryGB * rates.usdPerGbHour;
  return { billedSeconds, vcpuUsd, memoryUsd, totalUsd: vcpuUsd + memoryUsd };
}

/** us-east-1 ALB prices and the LCU's four dimensions (docs/fargate.md#billing). */
export const ALB_PRICING = {
  usdPerHour: 0.0225,
  usdPerLcuHour: 0.008,
  lcu: { newConnectionsPerSecond: 25, activeConnectionsPerMinute: 3000, gbPerHour: 1 },
} as const;

/** What the ALB carried in one clock hour. */
export interface AlbHourUsage {
  /** The model opens one connection per request (no keep-alive): new connections = requests. */
  newConnections: number;
  /** Sum of every connection's open time, ms: its average over the hour is the active count. */
  connectionMs: number;
  bytes: number;
}

/**
 * LCUs of one hour (or the `hoursElapsed` part of it): the largest of the dimensions, each averaged
 * over the time elapsed. Rule evaluations are left out: one listener rule is within the free 10.
 */
export function lcuOfHour(usage: AlbHourUsage, hoursElapsed: number): number {
  if (hoursElapsed <= 0) return 0;
  const seconds = hoursElapsed * 3600;
  const newPerSecond = usage.newConnections / seconds;
  const averageActive = usage.connectionMs / (seconds * 1000);
  const gbPerHour = usage.bytes / 1e9 / hoursElapsed;
  const { lcu } = ALB_PRICING;
  return Math.max(
    newPerSecond / lcu.newConnectionsPerSecond,
    averageActive / lcu.activeConnectionsPerMinute,
    gbPerHour / lcu.gbPerHour,
  );
}

export interface AlbCost {
  albHours: number;
  lcuHours: number;
  hourUsd: number;
  lcuUsd: number;
  totalUsd: number;
}

/**
 * The ALB from its creation to `now`: every started hour of its life is billed whole (partial
 * hours are billed as full hours), and LCU-hours accrue per hour of use.
 */
export function albCost(
  createdAt: number,
  now: number,
  hours: ReadonlyMap<number, AlbHourUsage>,
): AlbCost {
  const elapsedHours = Math.max(0, now - createdAt) / 3_600_000;
  const albHours = Math.max(1, Math.ceil(elapsedHours - 1e-9));
  let lcuHours = 0;
  for (const [index, usage] of hours) {
    const span = Math.min(1, elapsedHours - index);
    lcuHours += lcuOfHour(usage, span) * span;
  }
  const hourUsd = albHours * ALB_PRICING.usdPerHour;
  const lcuUsd = lcuHours * ALB_PRICING.usdPerLcuHour;
  return { albHours, lcuHours, hourUsd, lcuUsd, totalUsd: hourUsd + lcuUsd };
}

export interface FargateMonthInput {
  vcpu: number;
  memoryGB: number;
  architecture: Architecture;
  /** Tasks running all month (e.g. the service's minimum, or a session's average). */
  tasks: number;
  /** The ALB's average LCUs over the month. */
  averageLcu: number;
}

export interface FargateMonth {
  tasksUsd: number;
  albHourUsd: number;
  lcuUsd: number;
  totalUsd: number;
}

/** A 730-hour month of the service and its ALB, each line rounded to cents, then summed. */
export function fargateMonthEstimate(input: FargateMonthInput): FargateMonth {
  const tasksUsd = fargateCost({
    vcpu: input.vcpu,
    memoryGB: input.memoryGB,
    tasks: input.tasks,
    rates: FARGATE_RATES[input.architecture],
  }).totalUsd;
  const albHourUsd = roundCents(HOURS_PER_MONTH * ALB_PRICING.usdPerHour);
  const lcuUsd = roundCents(HOURS_PER_MONTH * input.averageLcu * ALB_PRICING.usdPerLcuHour);
  return { tasksUsd, albHourUsd, lcuUsd, totalUsd: roundCents(tasksUsd + albHourUsd + lcuUsd) };
}

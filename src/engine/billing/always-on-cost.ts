// What always-on compute costs for a month: a Fargate service, or an EC2 instance running 24/7.
import { HOURS_PER_MONTH } from './monthly-cost';
import { roundCents } from './lambda-bill';
import type { Architecture } from '../types';

export interface FargateRates {
  usdPerVcpuHour: number;
  usdPerGbHour: number;
}

/**
 * us-east-1 Linux on-demand, billed per second from the image pull to the task's end, with a
 * one-minute minimum per task (docs/aws-lambda.md#always-on-comparison-prices).
 */
export const FARGATE_RATES: Record<Architecture, FargateRates> = {
  x86_64: { usdPerVcpuHour: 0.04048, usdPerGbHour: 0.004445 },
  arm64: { usdPerVcpuHour: 0.03238, usdPerGbHour: 0.00356 },
};

export const FARGATE_MINIMUM_SECONDS = 60;

/** A task that ran `runSeconds` is billed whole seconds, and at least a minute. */
export function fargateBilledSeconds(runSeconds: number): number {
  return Math.max(FARGATE_MINIMUM_SECONDS, Math.ceil(runSeconds));
}

export interface FargateService {
  vcpu: number;
  memoryGB: number;
  /** The service's minimum task count, all running the whole period. */
  tasks: number;
  rates: FargateRates;
  /** How long each task runs; a month (730 h) unless given. */
  runSeconds?: number;
}

export interface FargateBill {
  vcpuUsd: number;
  memoryUsd: number;
  totalUsd: number;
}

/** vCPU and memory line items, each rounded to cents, then summed (as for Lambda). */
export function fargateCost(service: FargateService): FargateBill {
  const billedHours = fargateBilledSeconds(service.runSeconds ?? HOURS_PER_MONTH * 3600) / 3600;
  const taskHours = service.tasks * billedHours;
  const vcpuUsd = roundCents(taskHours * service.vcpu * service.rates.usdPerVcpuHour);
  const memoryUsd = roundCents(taskHours * service.memoryGB * service.rates.usdPerGbHour);
  return { vcpuUsd, memoryUsd, totalUsd: roundCents(vcpuUsd + memoryUsd) };
}

export interface Ec2InstanceType {
  type: string;
  vcpu: number;
  memoryGiB: number;
  architecture: Architecture;
  usdPerHour: number;
}

/**
 * us-east-1 Linux on-demand; a public IPv4 address would add $0.005/h
 * (docs/aws-lambda.md#always-on-comparison-prices).
 */
export const EC2_INSTANCE_TYPES: readonly Ec2InstanceType[] = [
  { type: 't4g.micro', vcpu: 2, memoryGiB: 1, architecture: 'arm64', usdPerHour: 0.0084 },
  { type: 't4g.small', vcpu: 2, memoryGiB: 2, architecture: 'arm64', usdPerHour: 0.0168 },
  { type: 't3.micro', vcpu: 2, memoryGiB: 1, architecture: 'x86_64', usdPerHour: 0.0104 },
  { type: 't3.small', vcpu: 2, memoryGiB: 2, architecture: 'x86_64', usdPerHour: 0.0208 },
];

/** An instance running 24/7 for a 730-hour month, rounded to cents. */
export function ec2MonthlyCost(usdPerHour: number): number {
  return roundCents(usdPerHour * HOURS_PER_MONTH);
}

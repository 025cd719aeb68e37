// Memory buys CPU: Lambda gives a function CPU in proportion to its memory, one vCPU at 1,769 MB
// (docs/aws-lambda.md#memory-buys-cpu). The handler ran here on one core of the learner's machine,
// so with "AWS timing" on, the part of its Duration it spent computing is stretched by how much
// less than that core its memory would get on AWS; the part it spent waiting stays as measured.
import type { InvokeOutcome } from '../types';

/** Memory at which a function gets the equivalent of one vCPU (configuration-memory). */
export const MB_PER_VCPU = 1769;

/**
 * What one core of the learner's machine is taken to be worth, in Lambda vCPUs: one. A fixed
 * assumption, not a setting: machines differ, and a learner has no way to know the right figure,
 * so the model keeps one simple rule the docs can state.
 */
export const REFERENCE_VCPUS = 1;

/** The vCPUs `memoryMB` buys (fractions below 1,769 MB). */
export function vcpusFor(memoryMB: number): number {
  return memoryMB / MB_PER_VCPU;
}

/**
 * How many times longer computing takes at `memoryMB` than on the reference core: 1,769 / memory
 * below one vCPU (13.8× at 128 MB), and never below 1: a Node.js handler runs its JavaScript on
 * one thread, so the vCPUs above the first do not make it faster.
 */
export function cpuStretch(memoryMB: number, referenceVcpus = REFERENCE_VCPUS): number {
  return Math.max(1, referenceVcpus / vcpusFor(memoryMB));
}

/** Duration at `memoryMB`: waiting as measured, computing stretched by the memory's CPU share. */
export function modeledDurationMs(measuredMs: number, cpuMs: number, memoryMB: number): number {
  const computing = Math.min(Math.max(cpuMs, 0), measuredMs);
  return measuredMs - computing + computing * cpuStretch(memoryMB);
}

/** What the executor measured, kept beside the modeled figures a REPORT shows. */
export interface MeasuredDuration {
  durationMs: number;
  cpuMs: number;
}

/**
 * The handler's outcome as AWS would have timed it at the function's memory, or null when there
 * is nothing to model (a timeout or crash, or an executor that does not measure CPU time). A
 * handler whose modeled Duration passes `timeoutMs` would not have finished on AWS: it times out.
 */
export function cpuBoundOutcome(
  outcome: InvokeOutcome,
  memoryMB: number,
  timeoutMs: number,
): { outcome: InvokeOutcome; measured: MeasuredDuration } | null {
  if (outcome.kind !== 'ok' && outcome.kind !== 'error') return null;
  if (outcome.cpuMs === undefined) return null;
  const measured = { durationMs: outcome.durationMs, cpuMs: outcome.cpuMs };
  const durationMs = modeledDurationMs(outcome.durationMs, outcome.cpuMs, memoryMB);
  if (durationMs > timeoutMs) {
    const { maxMemoryUsedMB } = outcome;
    return { outcome: { kind: 'timeout', durationMs: timeoutMs, maxMemoryUsedMB }, measured };
  }
  return { outcome: { ...outcome, durationMs }, measured };
}

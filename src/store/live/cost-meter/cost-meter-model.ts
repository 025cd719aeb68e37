// The live cost meter's state: the session's billed usage and its last receipts, from invoke-end.
import type { Architecture, InvokeStatus, LambdaUsage } from '../../../engine';

/** One invocation's bill, as the engine priced it. */
export interface CostReceipt {
  requestId: string;
  functionName: string;
  status: InvokeStatus;
  durationMs: number;
  /** Present when durationMs is modeled from the memory's CPU share: the Duration measured here. */
  measuredDurationMs?: number;
  /** Present on cold starts: billed too, since 1 Aug 2025. */
  initDurationMs?: number;
  billedDurationMs: number;
  memoryMB: number;
  architecture: Architecture;
  gbSeconds: number;
  requestUsd: number;
  computeUsd: number;
  /** Ephemeral storage above 512 MB, billed for the same duration; 0 at the default size. */
  storageGbSeconds: number;
  storageUsd: number;
  totalUsd: number;
}

export interface CostMeterState {
  /** Simulated time the meter started (app start or reset): the projection's denominator. */
  startedAt: number;
  /** Each function's architecture, from its deploys: it sets the GB-second price. */
  architectures: ReadonlyMap<string, Architecture>;
  usage: LambdaUsage;
  /** The GB-seconds of INIT inside `usage` (cold starts). */
  initGbSeconds: number;
  /** Sum of the engine's per-invocation totals: what the receipts add up to. */
  totalUsd: number;
  /** Newest first. */
  receipts: CostReceipt[];
  freeTier: boolean;
}

export const RECEIPTS_KEPT = 8;

export function emptyUsage(): LambdaUsage {
  return { requests: 0, gbSeconds: { x86_64: 0, arm64: 0 }, storageGbSeconds: 0 };
}

export function emptyMeter(startedAt: number, freeTier = false): CostMeterState {
  return {
    startedAt,
    architectures: new Map(),
    usage: emptyUsage(),
    initGbSeconds: 0,
    totalUsd: 0,
    receipts: [],
    freeTier,
  };
}

// Folds the engine's billing events into the cost meter. Pure, so it is tested without a browser.
import type { PlatformEvent } from '../../../engine';
import type { CostMeterState, CostReceipt } from './cost-meter-model';
import { RECEIPTS_KEPT } from './cost-meter-model';

/** The only events the meter reads; the rest (log lines above all) never reach it. */
export const COST_EVENT_TYPES: ReadonlySet<PlatformEvent['type']> = new Set([
  'deployed',
  'invoke-end',
]);

type InvokeEnd = Extract<PlatformEvent, { type: 'invoke-end' }>;

function receiptOf(event: InvokeEnd, meter: CostMeterState): CostReceipt {
  const { report, cost } = event;
  return {
    requestId: event.requestId,
    functionName: event.functionName,
    status: event.status,
    durationMs: report.durationMs,
    ...(report.measured !== undefined && { measuredDurationMs: report.measured.durationMs }),
    ...(report.initDurationMs !== undefined && { initDurationMs: report.initDurationMs }),
    billedDurationMs: report.billedDurationMs,
    memoryMB: report.memorySizeMB,
    architecture: meter.architectures.get(event.functionName) ?? 'x86_64',
    gbSeconds: cost.gbSeconds,
    requestUsd: cost.requestUsd,
    computeUsd: cost.computeUsd,
    storageGbSeconds: cost.storageGbSeconds ?? 0,
    storageUsd: cost.storageUsd ?? 0,
    totalUsd: cost.totalUsd,
  };
}

export function reduceCostMeter(meter: CostMeterState, events: PlatformEvent[]): CostMeterState {
  const relevant = events.filter((event) => COST_EVENT_TYPES.has(event.type));
  if (relevant.length === 0) return meter;
  let { architectures } = meter;
  const gbSeconds = { ...meter.usage.gbSeconds };
  let { requests, storageGbSeconds } = meter.usage;
  let { initGbSeconds, totalUsd } = meter;
  const fresh: CostReceipt[] = [];
  for (const event of relevant) {
    if (event.type === 'deployed') {
      architectures = new Map(architectures).set(event.functionName, event.config.architecture);
    } else if (event.type === 'invoke-end') {
      const receipt = receiptOf(event, { ...meter, architectures });
      requests += 1;
      gbSeconds[receipt.architecture] += receipt.gbSeconds;
      storageGbSeconds += receipt.storageGbSeconds;
      const initMs = Math.min(receipt.initDurationMs ?? 0, receipt.billedDurationMs);
      initGbSeconds += (receipt.memoryMB / 1024) * (initMs / 1000);
      totalUsd += receipt.totalUsd;
      fresh.push(receipt);
    }
  }
  const receipts = [...fresh.reverse(), ...meter.receipts].slice(0, RECEIPTS_KEPT);
  return {
    ...meter,
    architectures,
    usage: { ...meter.usage, requests, gbSeconds, storageGbSeconds },
    initGbSeconds,
    totalUsd,
    receipts,
  };
}

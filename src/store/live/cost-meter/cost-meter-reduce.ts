// Folds the engine's billing events into the cost meter. Pure, so it is tested without a browser.
import type { PlatformEvent, ServiceCallEvent } from '../../../engine';
import type {
  CostMeterState,
  CostReceipt,
  ProvisionedReceipt,
  ServicesUsage,
} from './cost-meter-model';
import { RECEIPTS_KEPT } from './cost-meter-model';

/** The only events the meter reads; the rest (log lines above all) never reach it. */
export const COST_EVENT_TYPES: ReadonlySet<PlatformEvent['type']> = new Set([
  'deployed',
  'invoke-end',
  'service-call',
  'provisioned-charge',
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
    ...(cost.provisioned && { provisioned: true as const }),
  };
}

type ProvisionedCharge = Extract<PlatformEvent, { type: 'provisioned-charge' }>;

function provisionedReceiptOf(event: ProvisionedCharge): ProvisionedReceipt {
  const { functionName, time, provisionedConcurrency, memoryMB, architecture } = event;
  const { periodMs, gbSeconds, usd } = event;
  return {
    functionName,
    time,
    provisionedConcurrency,
    memoryMB,
    architecture,
    periodMs,
    gbSeconds,
    usd,
  };
}

/**
 * Adds one call to what its service bills: the units from the event, the money as the engine
 * priced it (`usd`). A call that bills nothing still counts, as an unbilled call.
 */
function addServiceCall(services: ServicesUsage, call: ServiceCallEvent): ServicesUsage {
  const { units, usd } = call;
  switch (units.kind) {
    case 's3-request': {
      const { s3 } = services;
      const put = units.tier === 'put' ? 1 : 0;
      return {
        ...services,
        s3: {
          ...s3,
          putRequests: s3.putRequests + put,
          getRequests: s3.getRequests + 1 - put,
          usd: s3.usd + usd,
        },
      };
    }
    case 'sns-publish':
    case 'sqs-request': {
      const service = units.kind === 'sns-publish' ? 'sns' : 'sqs';
      const line = services[service];
      const unbilled = units.requests > 0 ? 0 : 1;
      return {
        ...services,
        [service]: {
          requests: line.requests + units.requests,
          unbilledCalls: line.unbilledCalls + unbilled,
          usd: line.usd + usd,
        },
      };
    }
    case 'dynamodb': {
      const { dynamodb } = services;
      const unbilled = units.readUnits + units.writeUnits > 0 ? 0 : 1;
      return {
        ...services,
        dynamodb: {
          writeUnits: dynamodb.writeUnits + units.writeUnits,
          readUnits: dynamodb.readUnits + units.readUnits,
          unbilledCalls: dynamodb.unbilledCalls + unbilled,
          usd: dynamodb.usd + usd,
        },
      };
    }
    case 'free': {
      // Lambda's Invoke: the callee's invocation is on the Lambda lines already.
      if (call.service === 'lambda') return services;
      const line = services[call.service];
      return { ...services, [call.service]: { ...line, unbilledCalls: line.unbilledCalls + 1 } };
    }
  }
}

export function reduceCostMeter(meter: CostMeterState, events: PlatformEvent[]): CostMeterState {
  const relevant = events.filter((event) => COST_EVENT_TYPES.has(event.type));
  if (relevant.length === 0) return meter;
  let { architectures } = meter;
  const gbSeconds = { ...meter.usage.gbSeconds };
  let { requests, storageGbSeconds } = meter.usage;
  let { initGbSeconds, totalUsd, services } = meter;
  const provisioned = { ...meter.provisioned };
  const fresh: CostReceipt[] = [];
  const freshProvisioned: ProvisionedReceipt[] = [];
  for (const event of relevant) {
    if (event.type === 'deployed') {
      architectures = new Map(architectures).set(event.functionName, event.config.architecture);
    } else if (event.type === 'invoke-end') {
      const receipt = receiptOf(event, { ...meter, architectures });
      requests += 1;
      // Served by a provisioned environment: its compute is priced apart, with no free tier.
      if (receipt.provisioned) {
        provisioned.durationGbSeconds += receipt.gbSeconds;
        provisioned.durationUsd += receipt.computeUsd;
      } else gbSeconds[receipt.architecture] += receipt.gbSeconds;
      storageGbSeconds += receipt.storageGbSeconds;
      const initMs = Math.min(receipt.initDurationMs ?? 0, receipt.billedDurationMs);
      initGbSeconds += (receipt.memoryMB / 1024) * (initMs / 1000);
      totalUsd += receipt.totalUsd;
      fresh.push(receipt);
    } else if (event.type === 'service-call') {
      services = addServiceCall(services, event);
    } else if (event.type === 'provisioned-charge') {
      provisioned.configuredGbSeconds += event.gbSeconds;
      provisioned.configuredUsd += event.usd;
      totalUsd += event.usd;
      freshProvisioned.push(provisionedReceiptOf(event));
    }
  }
  const receipts = [...fresh.reverse(), ...meter.receipts].slice(0, RECEIPTS_KEPT);
  const provisionedReceipts =
    freshProvisioned.length === 0
      ? meter.provisionedReceipts
      : [...freshProvisioned.reverse(), ...meter.provisionedReceipts].slice(0, RECEIPTS_KEPT);
  return {
    ...meter,
    architectures,
    usage: { ...meter.usage, requests, gbSeconds, storageGbSeconds },
    initGbSeconds,
    totalUsd,
    services,
    receipts,
    provisioned,
    provisionedReceipts,
  };
}

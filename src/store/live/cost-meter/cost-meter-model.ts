// The live cost meter's state: the session's billed usage and its last receipts, from invoke-end,
// and what the handlers' calls to other services cost, from service-call.
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
  /** A provisioned environment served it: its compute is at provisioned concurrency's duration rate. */
  provisioned?: true;
}

/** One 5-minute period of provisioned concurrency, as configured (engine `provisioned-charge`). */
export interface ProvisionedReceipt {
  functionName: string;
  /** Engine time the period began. */
  time: number;
  provisionedConcurrency: number;
  memoryMB: number;
  architecture: Architecture;
  periodMs: number;
  gbSeconds: number;
  usd: number;
}

/**
 * Provisioned concurrency's two charges (docs/aws-lambda.md#provisioned-concurrency): the amount
 * configured, by the period, and the duration of the invocations its environments served. Neither
 * is in `usage`: their prices are their own, and the free tier does not apply to them.
 */
export interface ProvisionedUsage {
  configuredGbSeconds: number;
  configuredUsd: number;
  durationGbSeconds: number;
  durationUsd: number;
}

/**
 * The handlers' calls to S3, SNS, SQS and DynamoDB, as each service bills them (the engine prices
 * each call: docs/aws-services.md#prices). The services bill the account, not the calling
 * function, so none of this is on a receipt. Lambda's Invoke is not here: the callee's invocation
 * is billed as any invocation. `unbilledCalls` counts the calls the service does not charge for
 * (an S3 DELETE, a refused call).
 */
export interface ServicesUsage {
  s3: { putRequests: number; getRequests: number; unbilledCalls: number; usd: number };
  /** Publish requests: each 64 KB chunk of a payload counts as one. */
  sns: { requests: number; unbilledCalls: number; usd: number };
  /** Requests: each 64 KB chunk of a payload counts as one. */
  sqs: { requests: number; unbilledCalls: number; usd: number };
  /** On-demand request units. */
  dynamodb: { writeUnits: number; readUnits: number; unbilledCalls: number; usd: number };
}

export type MeteredService = keyof ServicesUsage;

/** The order the bill lists them in. */
export const METERED_SERVICES: readonly MeteredService[] = ['s3', 'sns', 'sqs', 'dynamodb'];

export interface CostMeterState {
  /** Simulated time the meter started (app start or reset): the projection's denominator. */
  startedAt: number;
  /** Each function's architecture, from its deploys: it sets the GB-second price. */
  architectures: ReadonlyMap<string, Architecture>;
  usage: LambdaUsage;
  /** The GB-seconds of INIT inside `usage` (cold starts). */
  initGbSeconds: number;
  /** Sum of the engine's per-invocation totals: what the receipts add up to (Lambda only). */
  totalUsd: number;
  services: ServicesUsage;
  /** Newest first. */
  receipts: CostReceipt[];
  provisioned: ProvisionedUsage;
  /** Provisioned concurrency's periods, newest first (the last few). */
  provisionedReceipts: ProvisionedReceipt[];
  freeTier: boolean;
}

export const RECEIPTS_KEPT = 8;

export function emptyUsage(): LambdaUsage {
  return { requests: 0, gbSeconds: { x86_64: 0, arm64: 0 }, storageGbSeconds: 0 };
}

export function emptyServicesUsage(): ServicesUsage {
  return {
    s3: { putRequests: 0, getRequests: 0, unbilledCalls: 0, usd: 0 },
    sns: { requests: 0, unbilledCalls: 0, usd: 0 },
    sqs: { requests: 0, unbilledCalls: 0, usd: 0 },
    dynamodb: { writeUnits: 0, readUnits: 0, unbilledCalls: 0, usd: 0 },
  };
}

/** Whether the session called the service at all (a line shows for it, even at $0). */
export function serviceUsed(services: ServicesUsage, service: MeteredService): boolean {
  const usage = services[service];
  if (usage.unbilledCalls > 0) return true;
  switch (service) {
    case 's3':
      return services.s3.putRequests + services.s3.getRequests > 0;
    case 'sns':
      return services.sns.requests > 0;
    case 'sqs':
      return services.sqs.requests > 0;
    case 'dynamodb':
      return services.dynamodb.writeUnits + services.dynamodb.readUnits > 0;
  }
}

/** The services' charges together, as the engine priced each call. */
export function servicesUsd(services: ServicesUsage): number {
  return METERED_SERVICES.reduce((total, service) => total + services[service].usd, 0);
}

export function emptyProvisionedUsage(): ProvisionedUsage {
  return { configuredGbSeconds: 0, configuredUsd: 0, durationGbSeconds: 0, durationUsd: 0 };
}

/** What provisioned concurrency cost: its configured periods and its invocations' duration. */
export function provisionedUsd(provisioned: ProvisionedUsage): number {
  return provisioned.configuredUsd + provisioned.durationUsd;
}

export function emptyMeter(startedAt: number, freeTier = false): CostMeterState {
  return {
    startedAt,
    architectures: new Map(),
    usage: emptyUsage(),
    initGbSeconds: 0,
    totalUsd: 0,
    services: emptyServicesUsage(),
    receipts: [],
    provisioned: emptyProvisionedUsage(),
    provisionedReceipts: [],
    freeTier,
  };
}

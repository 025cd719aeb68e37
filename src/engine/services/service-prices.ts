// us-east-1 list prices of the services a handler can call, per billable unit, without free tiers
// (docs/aws-services.md#prices).
import { roundCents } from '../billing/lambda-bill';
import { MS_PER_MONTH } from '../billing/monthly-cost';
import type { ServiceUnits } from './service-calls';

export const SERVICE_PRICES = {
  /** S3 Standard: PUT, COPY, POST, LIST $0.005 per 1,000; GET, SELECT $0.0004 per 1,000. */
  s3: { put: 0.005 / 1000, get: 0.0004 / 1000 },
  /** SNS standard topics: $0.50 per million publishes (each 64 KB chunk counts as one). */
  snsPublish: 0.5 / 1e6,
  /** SQS standard queues: $0.40 per million requests (each 64 KB chunk counts as one). */
  sqsRequest: 0.4 / 1e6,
  /** DynamoDB on-demand: $0.625 per million write request units, $0.125 per million read. */
  dynamodb: { write: 0.625 / 1e6, read: 0.125 / 1e6 },
} as const;

export function serviceCallUsd(units: ServiceUnits): number {
  switch (units.kind) {
    case 's3-request':
      return SERVICE_PRICES.s3[units.tier];
    case 'sns-publish':
      return units.requests * SERVICE_PRICES.snsPublish;
    case 'sqs-request':
      return units.requests * SERVICE_PRICES.sqsRequest;
    case 'dynamodb':
      return (
        units.readUnits * SERVICE_PRICES.dynamodb.read +
        units.writeUnits * SERVICE_PRICES.dynamodb.write
      );
    case 'free':
      return 0;
  }
}

/** Requests of `bytes` payload billed as SNS and SQS bill them: one per started 64 KB chunk. */
export function chunksOf64KB(bytes: number): number {
  return Math.max(1, Math.ceil(bytes / (64 * 1024)));
}

/**
 * A service's charge over `elapsedMs` of simulated time, at the same rate for a whole month, rounded
 * to cents as a bill's line item is; null before any simulated time has passed. Linear: these
 * request prices only fall with volume far beyond a month of a playground's rate (SQS's at 100
 * billion requests).
 */
export function projectServiceUsdToMonth(usd: number, elapsedMs: number): number | null {
  if (!(elapsedMs > 0)) return null;
  return roundCents((usd * MS_PER_MONTH) / elapsedMs);
}

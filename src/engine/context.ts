// What every part of the running platform shares: its ports, settings, ledgers and records.
import type { BillingLedger } from './billing/billing';
import type { ConcurrencyLedger } from './instances/concurrency';
import type { InvocationRateLimiter } from './instances/invocation-rate';
import type { ScalingRateLimiter } from './instances/scaling-rate';
import type { EventBus } from './event-bus';
import type { IdSource } from './ids';
import type { FunctionRecord, Instance } from './model';
import type { Reaper } from './instances/reaper';
import type { EventShapes } from './shapes';
import type {
  AsyncEvent,
  Bucket,
  EventBusRecord,
  Mapping,
  ScheduleRule,
  SqsQueue,
  Topic,
} from './sources/source-model';
import type { CallChains } from './instances/call-chains';
import type { ServicesPort } from './services/service-calls';
import type { StreamMapping, TableRecord } from './sources/dynamodb-stream-model';
import type { TimerSet } from './time/timer-set';
import type { Clock, Executor, PlatformSettings } from './types';

export interface EngineContext {
  readonly clock: Clock;
  readonly executor: Executor;
  readonly ids: IdSource;
  readonly random: () => number;
  /** [0, 1) source for the AWS-timing model's draws, kept apart so idle lifetimes do not shift. */
  readonly timingRandom: () => number;
  readonly wallClock: () => number;
  settings: PlatformSettings;
  readonly bus: EventBus;
  readonly concurrency: ConcurrencyLedger;
  /** Synchronous requests per second, per function. */
  readonly rate: InvocationRateLimiter;
  /** New execution environments per 10 seconds, per function. */
  readonly scaling: ScalingRateLimiter;
  /** The same rate, paced separately, for allocating provisioned concurrency. */
  readonly provisionedScaling: ScalingRateLimiter;
  readonly billing: BillingLedger;
  readonly reaper: Reaper;
  readonly functions: Map<string, FunctionRecord>;
  /** Every live instance (starting, idle or busy), by id. */
  readonly instances: Map<string, Instance>;
  /** Instances ever started per function name, for readable ids (`add-1`, `add-2`, …). */
  readonly startedCounts: Map<string, number>;
  /** Timers of the async queue and the event sources, cleared together on dispose. */
  readonly timers: TimerSet;
  /** The chains of requests handlers' SDK calls make, for recursive loop detection. */
  readonly chains: CallChains;
  /** Answers handlers' SDK calls; null when the app did not pass one (calls then fail to connect). */
  readonly services: ServicesPort | null;
  /** Builds the sources' events; null when the app did not pass one (sources then refuse). */
  readonly shapes: EventShapes | null;
  /** Each function's async events not yet settled, by function name. */
  readonly asyncEvents: Map<string, Set<AsyncEvent>>;
  readonly queues: Map<string, SqsQueue>;
  /** Event source mappings by id. */
  readonly mappings: Map<string, Mapping>;
  readonly topics: Map<string, Topic>;
  readonly buckets: Map<string, Bucket>;
  readonly rules: Map<string, ScheduleRule>;
  /** EventBridge buses by name; `default` is always there. */
  readonly eventBuses: Map<string, EventBusRecord>;
  /** DynamoDB tables by name, with their streams (the items live in the app's table store). */
  readonly ddbTables: Map<string, TableRecord>;
  /** Event source mappings of DynamoDB streams, by id. */
  readonly streamMappings: Map<string, StreamMapping>;
}

export const DEFAULT_SETTINGS: PlatformSettings = {
  // Not documented by AWS; measured at 5–7 minutes (docs/aws-lambda.md#idle-lifetime).
  idleLifetimeMs: { min: 300_000, max: 420_000 },
  // The default regional quota (docs/aws-lambda.md#concurrency).
  accountConcurrency: 1000,
  // Off in the engine, so a manual clock's cold starts need no extra advance; the app turns it on.
  awsTiming: false,
};

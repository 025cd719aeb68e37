// What every part of the running platform shares: its ports, settings, ledgers and records.
import type { BillingLedger } from './billing';
import type { ConcurrencyLedger } from './concurrency';
import type { EventBus } from './event-bus';
import type { IdSource } from './ids';
import type { FunctionRecord, Instance } from './model';
import type { Reaper } from './reaper';
import type { Clock, Executor, PlatformSettings } from './types';

export interface EngineContext {
  readonly clock: Clock;
  readonly executor: Executor;
  readonly ids: IdSource;
  readonly random: () => number;
  readonly wallClock: () => number;
  settings: PlatformSettings;
  readonly bus: EventBus;
  readonly concurrency: ConcurrencyLedger;
  readonly billing: BillingLedger;
  readonly reaper: Reaper;
  readonly functions: Map<string, FunctionRecord>;
  /** Every live instance (starting, idle or busy), by id. */
  readonly instances: Map<string, Instance>;
  /** Instances ever started per function name, for readable ids (`add-1`, `add-2`, …). */
  readonly startedCounts: Map<string, number>;
}

export const DEFAULT_SETTINGS: PlatformSettings = {
  // Not documented by AWS; measured at 5–7 minutes (lambda.md §4, mikhail.io).
  idleLifetimeMs: { min: 300_000, max: 420_000 },
  // The default regional quota (lambda.md §5).
  accountConcurrency: 1000,
};

// The engine's internal records of functions and instances (never handed out: snapshots are copies).
import type { BillingTotals } from './platform-types';
import type { CodeBundle, FunctionConfig, InstanceState, TimerHandle } from './types';

/** Idle instances of a function's current version, most recently used at the head. */
export interface IdleList {
  head: Instance | null;
  size: number;
}

export interface FunctionRecord {
  readonly name: string;
  config: FunctionConfig;
  bundle: CodeBundle;
  version: number;
  /** Reservation as the account sees it: the config's, or null once the function is removed. */
  reserved: number | null;
  /** Instances starting or busy, of any version: the function's concurrency in use. */
  inUse: number;
  idle: IdleList;
  /** Idle provisioned environments: taken before on-demand ones, never reaped for idling. */
  provisionedIdle: IdleList;
  /** Live provisioned environments of the current version (starting, idle or busy). */
  provisioned: Set<Instance>;
  /** The provisioned concurrency being billed, and the timer of its next 5-minute period. */
  provisionedBilling: { count: number; config: FunctionConfig; timer: number } | null;
  /** Provisioned environments on their way, and when the ready ones are recycled. */
  provisionedAllocation: ProvisionedAllocation;
  removed: boolean;
  /** The bill for this function name (shared with the billing ledger). */
  totals: BillingTotals;
}

/**
 * How a function's provisioned concurrency is being allocated (docs/aws-lambda.md#provisioned-concurrency):
 * Lambda starts the environments at the function's scaling rate and lets requests use none of a
 * request's environments before all of them are ready.
 */
export interface ProvisionedAllocation {
  /** Environments still to start, waiting for the scaling rate. */
  pending: number;
  /** Starts the next pending one when the scaling rate allows; null when none waits. */
  paceTimer: TimerHandle | null;
  /** Allocated environments running their INIT (replacements for recycling are not among them). */
  starting: Set<Instance>;
  /** Ready, but kept from requests until the whole allocation is. */
  held: Set<Instance>;
  /** When each ready environment is recycled. */
  recycleTimers: Map<Instance, TimerHandle>;
}

export interface Instance {
  readonly id: string;
  readonly fn: FunctionRecord;
  readonly version: number;
  /** The configuration of the version it runs. */
  readonly config: FunctionConfig;
  readonly logStreamName: string;
  readonly startedAt: number;
  /** Initialized ahead as provisioned concurrency, rather than for a request (on demand). */
  readonly provisioned: boolean;
  state: InstanceState;
  lastUsed: number;
  /** When it is reaped if still idle; NaN unless idle. */
  idleDeadline: number;
  /**
   * Reset after a crash or a timeout: the runtime was shut down but the environment (its id and
   * log stream) stays, and the next request runs INIT in it first
   * (docs/aws-lambda.md#reset-after-a-crash-or-timeout).
   */
  needsInit: boolean;
  /** Its code's SDK calls in flight: meanwhile it waits on the platform, not on this computer. */
  callsInFlight: number;
  /**
   * Real ms platform time stood still (held, paused) while its current run waited on those calls:
   * the handler saw them pass, but they are not its time (docs/aws-lambda.md#platform-time).
   */
  stillInCalls: number;
  /**
   * Ends the hold its late answer put on platform time (host-holds.ts), given the run's measured
   * time if it answered; null when none is in force.
   */
  releaseOverdue: ((measuredMs?: number) => void) | null;
  // Links in the function's idle list.
  newer: Instance | null;
  older: Instance | null;
}

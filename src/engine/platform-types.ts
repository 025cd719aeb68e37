// The Platform's public face: how it is created, what it does, and what a snapshot of it holds.
import type { IdSource } from './ids';
import type {
  ServiceCaller,
  ServiceCallEvent,
  ServiceCallRecord,
  ServicesPort,
} from './services/service-calls';
import type { EventShapes } from './shapes';
import type { EventSourcesApi, SourcesSnapshot } from './sources/source-types';
import type { DynamoDBStreamsApi } from './sources/dynamodb-stream-types';
import type {
  Clock,
  CodeBundle,
  Executor,
  FunctionConfig,
  InstanceState,
  InvokeResult,
  PlatformEvent,
  PlatformSettings,
  ProvisionedAllocationStatus,
  ResponseChunk,
} from './types';

export interface PlatformOptions {
  clock: Clock;
  executor: Executor;
  settings?: Partial<PlatformSettings>;
  /** Request ids and log stream names; random UUIDs by default. */
  ids?: IdSource;
  /** [0, 1) source for idle lifetimes; a fixed-seed generator by default, so runs repeat. */
  random?: () => number;
  /** [0, 1) source for AWS timing's modeled cold starts; a fixed-seed generator by default. */
  timingRandom?: () => number;
  /** Wall-clock epoch ms, for the deadline behind `context.getRemainingTimeInMillis()`. */
  wallClock?: () => number;
  /** Hears what a subscriber threw; the event still reaches the others and the engine carries on. */
  onListenerError?: (error: unknown) => void;
  /** Answers handlers' SDK calls to the simulated services (src/services, wired by the store). */
  services?: ServicesPort;
  /** The AWS event factories SQS, SNS, S3 and schedules need; invoke and invokeAsync do not. */
  shapes?: EventShapes;
}

export interface DeployResult {
  version: number;
  /** false when code and configuration are both unchanged: nothing happened. */
  changed: boolean;
}

export interface InvokeOptions {
  /** Synchronous only: `Event` invokes go through `invokeAsync`. */
  invocationType?: 'RequestResponse';
  /**
   * For InvokeWithResponseStream (a function URL in RESPONSE_STREAM mode): each piece of a streaming
   * handler's response as it is written. Without it a streamed response arrives whole.
   */
  onResponseChunk?: (chunk: ResponseChunk) => void;
  /** The invocation that asked for this one through Lambda's Invoke API (a handler's SDK call). */
  origin?: ServiceCaller;
}

export interface BillingTotals {
  /** Billed requests; throttled ones are not billed. */
  requests: number;
  throttles: number;
  gbSeconds: number;
  requestUsd: number;
  computeUsd: number;
  /** Ephemeral storage above 512 MB: its GB-seconds and price. */
  storageGbSeconds: number;
  storageUsd: number;
  /** Provisioned concurrency as configured (its periods, not its invocations): GB-seconds and price. */
  provisionedGbSeconds: number;
  provisionedUsd: number;
  totalUsd: number;
}

export interface FunctionSnapshot {
  name: string;
  version: number;
  config: FunctionConfig;
  /** Instances starting or busy: what counts against concurrency. */
  concurrentExecutions: number;
  /** Its provisioned concurrency's allocation, when it has some set. */
  provisionedAllocation?: ProvisionedAllocationStatus;
}

export interface InstanceSnapshot {
  id: string;
  functionName: string;
  version: number;
  state: InstanceState;
  logStreamName: string;
  startedAt: number;
  /** Engine time the instance last started or finished a request. */
  lastUsed: number;
  /** When an idle instance will be reaped; null unless idle, and for a provisioned one. */
  idleDeadline: number | null;
  /** Initialized ahead as provisioned concurrency. */
  provisioned: boolean;
}

export interface PlatformSnapshot extends SourcesSnapshot {
  time: number;
  settings: PlatformSettings;
  functions: FunctionSnapshot[];
  /** Live instances only; reaped, crashed and timed-out ones are gone. */
  instances: InstanceSnapshot[];
  totals: BillingTotals;
  /** By function name; kept after a function is removed, since its bill stays. */
  totalsByFunction: ReadonlyMap<string, BillingTotals>;
}

export interface Platform extends EventSourcesApi, DynamoDBStreamsApi {
  /** Creates or updates a function; new code or configuration makes a new version. */
  deploy(config: FunctionConfig, bundle: CodeBundle): DeployResult;
  /** Deletes a function; its instances are reaped once they are not serving a request. */
  remove(name: string): void;
  invoke(name: string, eventJson: string, options?: InvokeOptions): Promise<InvokeResult>;
  /** Every PlatformEvent, synchronously and in order. Returns the unsubscribe function. */
  subscribe(listener: (event: PlatformEvent) => void): () => void;
  snapshot(): PlatformSnapshot;
  /**
   * Reports a handler's SDK call, answered after `latencyMs` of modeled latency: emits its
   * `service-call` event, priced, and returns it.
   */
  recordServiceCall(
    caller: ServiceCaller,
    record: ServiceCallRecord,
    latencyMs: number,
  ): ServiceCallEvent;
  setSettings(settings: Partial<PlatformSettings>): void;
  /** Clears timers, stops every instance and drops listeners. */
  dispose(): void;
}

// The engine's vocabulary: function settings, instance states, the Executor and Clock ports it is
// driven through, and the PlatformEvent stream it reports every decision on.
import type {
  ApiRequest,
  ApiResponse,
  ServiceCallEvent,
  ServiceCaller,
} from './services/service-calls';
export type { ApiRequest, ApiResponse } from './services/service-calls';
import type { SourceEvent } from './sources/source-events';
import type { DynamoDBStreamEvent } from './sources/dynamodb-stream-types';

export type Runtime = 'nodejs22.x' | 'nodejs24.x' | 'python3.14';
export type Architecture = 'x86_64' | 'arm64';

/** A function's settings, as the Lambda console names them. */
export interface FunctionConfig {
  /** Function name; also the key the platform knows the function by. */
  name: string;
  runtime: Runtime;
  /** `<module>.<export path>`, e.g. `index.handler`. */
  handler: string;
  /** 128–10,240 MB. */
  memoryMB: number;
  architecture: Architecture;
  /** 1–900 s. */
  timeoutSec: number;
  /**
   * The size of `/tmp` in MB, 512–10,240 (Lambda's EphemeralStorage). Absent: 512, Lambda's
   * default. Above 512 MB it is billed per GB-second (docs/aws-lambda.md#ephemeral-storage).
   */
  ephemeralStorageMB?: number;
  environment: Record<string, string>;
  /** null: unreserved, bounded only by the account's concurrency. 0: always throttled. */
  reservedConcurrency: number | null;
  /**
   * Environments Lambda keeps initialized ahead of requests (PutProvisionedConcurrencyConfig).
   * Absent or 0: none. AWS sets it on a published version or an alias; the playground publishes
   * neither, so it applies to the deployed code (docs/aws-lambda.md#provisioned-concurrency).
   */
  provisionedConcurrency?: number;
  // Asynchronous invocation (PutFunctionEventInvokeConfig, DeadLetterConfig). Changing them makes
  // no new version and keeps the instances. Absent: Lambda's defaults (async-settings.ts).
  /** 0–2 retries after a function error; default 2. */
  maximumRetryAttempts?: number;
  /** 60–21,600 s an event may wait in the async queue; default 21,600 (6 h). */
  maximumEventAgeSec?: number;
  /** A standard SQS queue of the platform that receives failed events as they were sent. */
  deadLetterQueue?: string | null;
  /** A standard SQS queue of the platform that receives an invocation record per failed event. */
  onFailureDestination?: string | null;
  // Destinations (PutFunctionEventInvokeConfig DestinationConfig) and the dead-letter queue
  // (DeadLetterConfig) by target type (docs/aws-lambda.md#destinations-and-dead-letter-queues).
  // When set, each wins over the older SQS-only field above (null: none); saves from before them
  // keep working through those fields.
  /** Where an invocation record of each successful event goes (not S3: on failure only). */
  onSuccess?: AsyncDestination | null;
  /** Where an invocation record of each failed event goes. */
  onFailure?: AsyncDestination | null;
  /** Where each failed event goes as it was sent: a standard SQS queue or SNS topic. */
  deadLetter?: DeadLetterTarget | null;
  /**
   * The playground's own setting: whether the handler may `fetch` other sites (a Lambda outside a
   * VPC can reach the internet; here it is the learner's browser that would). Absent: off.
   */
  internetAccess?: boolean;
  /** Lambda's LoggingConfig (advanced logging controls). Absent: Text to `/aws/lambda/<name>`. */
  loggingConfig?: LoggingConfig;
}

/** Lambda's log levels from most to least detailed (API_LoggingConfig). */
export type ApplicationLogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';
export type SystemLogLevel = 'DEBUG' | 'INFO' | 'WARN';

/**
 * Where and how the function's logs go (API_LoggingConfig). The levels filter only with JSON;
 * each field left out is Lambda's default (engine/functions/logging-config.ts).
 */
export interface LoggingConfig {
  logFormat?: 'Text' | 'JSON';
  applicationLogLevel?: ApplicationLogLevel;
  systemLogLevel?: SystemLogLevel;
  /** Default `/aws/lambda/<function name>`. */
  logGroup?: string;
}

/** The kinds of resource an asynchronous invocation's record can be sent to. */
export type DestinationType = 'sqs' | 'sns' | 'lambda' | 'eventbridge' | 's3';

/** A destination: the target's kind and its name in the workspace (queue, topic, function, bus, bucket). */
export interface AsyncDestination {
  type: DestinationType;
  name: string;
}

/** A dead-letter queue: DeadLetterConfig's TargetArn is an SQS queue or an SNS topic. */
export interface DeadLetterTarget {
  type: 'sqs' | 'sns';
  name: string;
}

/** Code ready to load into an instance, produced by the bundler. */
export interface CodeBundle {
  /**
   * `cjs`: evaluated as a CommonJS module body. `esm`: imported as a module (top-level await).
   * `python`: nothing is compiled; `code` is empty and the files, as written, are `packageFiles`.
   */
  format: 'cjs' | 'esm' | 'python';
  code: string;
  /** Content hash: equal hashes mean nothing changed and no new version is needed. */
  hash: string;
  /** The module the handler string names, e.g. `index` for `index.handler`. */
  entryModule: string;
  /** The file the entry module resolved to, or null when no file matches (ImportModuleError at init). */
  entryFile: string | null;
  /**
   * The workspace's other files that are not compiled into `code` (JSON, text, …), deployed with
   * it: the handler reads them from /var/task with fs. Absent: none.
   */
  packageFiles?: Record<string, string>;
}

/** Lambda's error payload, as the invoke API returns it. */
export interface LambdaError {
  errorType: string;
  errorMessage: string;
  trace: string[];
  /**
   * The error JSON exactly as the runtime serialized it, when it is not Node's shape: Python's
   * runtime writes `{"errorMessage", "errorType", "requestId", "stackTrace"}` with its own spacing.
   */
  payload?: string;
}

export type LogLevel = 'TRACE' | 'DEBUG' | 'INFO' | 'WARN' | 'ERROR' | 'FATAL';

/** One line the function's code wrote, captured inside the instance. */
export interface LogRecord {
  /** Wall-clock epoch ms when the line was written. */
  time: number;
  /** The request being served, or undefined during INIT (Lambda prints `undefined`). */
  requestId: string | undefined;
  level: LogLevel;
  /** The message as `util.format` renders it, newlines already turned into `\r`. */
  message: string;
  /**
   * The message is the whole line as written, with no time, request id or level put before it: a
   * JSON-format line, or text the code wrote to process.stdout / process.stderr itself.
   */
  verbatim?: boolean;
}

/**
 * The life of one execution environment. A function with no instances is asleep.
 * starting → idle ⇄ busy → reaped; a failure ends in crashed or timed-out instead.
 */
export type InstanceState = 'starting' | 'idle' | 'busy' | 'reaped' | 'crashed' | 'timed-out';

/** Why an instance left the stage. */
export type ReapReason =
  | 'idle-timeout'
  | 'version-retired'
  | 'function-removed'
  | 'init-failed'
  /** A provisioned environment past a lowered provisioned concurrency. */
  | 'provisioned-concurrency-lowered'
  /** A provisioned environment whose replacement is ready: Lambda recycles them now and then. */
  | 'provisioned-recycled';

/**
 * A function's provisioned concurrency as GetProvisionedConcurrencyConfig reports it: requested,
 * allocated so far (`AllocatedProvisionedConcurrentExecutions`) and the allocation's `Status`.
 */
export interface ProvisionedAllocationStatus {
  requested: number;
  allocated: number;
  status: 'IN_PROGRESS' | 'READY' | 'FAILED';
}

export type InvocationType = 'RequestResponse' | 'Event';

// ───────────────────────────── Executor port ─────────────────────────────

/** What an executor needs to start one execution environment. */
export interface InstanceSpec {
  instanceId: string;
  config: FunctionConfig;
  bundle: CodeBundle;
  /** `2026/11/27/[$LATEST]<32 hex>`, one per environment as on AWS. */
  logStreamName: string;
  /** Every line the instance's code writes, during init and during invokes, as it is written. */
  onLog: (record: LogRecord) => void;
  /**
   * Work an earlier invocation left running when it answered (frozen since, as AWS freezes the
   * environment) ran during the invocation of `requestId`.
   */
  onAfterReturn?: (requestId: string) => void;
  /**
   * An SDK call the instance's handler made (`requestId` null during INIT): resolves with the
   * simulated service's wire response; rejects with UnreachableEndpoint for a host not simulated.
   */
  onServiceRequest?: (request: ApiRequest, requestId: string | null) => Promise<ApiResponse>;
  /**
   * INIT's limit in ms when it is not Lambda's 10 s init phase: a suppressed init, retried inside
   * the first invoke, runs against the function's timeout instead
   * (docs/aws-lambda.md#init-limit-and-suppressed-init).
   */
  initTimeoutMs?: number;
  /**
   * Called once, as INIT can begin: the worker has started and has been sent the code. Until
   * then the instance waits on this computer, not on Lambda (docs/aws-lambda.md#platform-time).
   */
  onBooted?: () => void;
  /**
   * Started ahead as provisioned concurrency: the runtime sees AWS_LAMBDA_INITIALIZATION_TYPE
   * `provisioned-concurrency` (docs/aws-lambda.md#provisioned-concurrency). Absent: on-demand.
   */
  provisioned?: boolean;
}

export type InitOutcome =
  | { ok: true; initDurationMs: number }
  /** The module failed to load: Runtime.ImportModuleError, UserCodeSyntaxError, HandlerNotFound, … */
  | { ok: false; initDurationMs: number; error: LambdaError };

export interface InvokeRequest {
  requestId: string;
  /** The event, as JSON text (what Lambda's runtime API hands the runtime). */
  eventJson: string;
  /** Absolute wall-clock deadline (epoch ms) for `context.getRemainingTimeInMillis()`. */
  deadlineMs: number;
  timeoutMs: number;
  /**
   * Called with each piece of a streamed response (a handler wrapped by
   * `awslambda.streamifyResponse`) as the handler writes it, before the invoke settles. Absent: the
   * caller takes the response whole (the Invoke API, or a front door that buffers it).
   */
  onResponseChunk?: (chunk: ResponseChunk) => void;
}

/** One write of a streaming handler, as it reaches the caller. */
export interface ResponseChunk {
  bytes: Uint8Array;
  /** The stream's content type, fixed from its first write on. */
  contentType: string;
}

/** How a streaming handler's response went out: its bytes are the payload (as UTF-8 text). */
export interface StreamedResponse {
  /** What `responseStream.setContentType` set: `application/octet-stream` unless changed. */
  contentType: string;
}

export type InvokeOutcome =
  /**
   * `payload` is the response as JSON text (`null` for undefined); for a streaming handler, the
   * bytes it wrote, as text, and `streamed` says so. `cpuMs` (here and on `error`): the part of
   * durationMs the handler's code ran rather than waited, where the executor can tell
   * (docs/aws-lambda.md#memory-buys-cpu); absent, the CPU model leaves Duration as measured.
   */
  | {
      kind: 'ok';
      payload: string;
      durationMs: number;
      maxMemoryUsedMB: number | null;
      streamed?: StreamedResponse;
      cpuMs?: number;
    }
  /**
   * The handler failed. `fatal`: the runtime process ended with it (uncaught exception, unhandled
   * rejection, process.exit), so the instance is gone.
   */
  | {
      kind: 'error';
      error: LambdaError;
      durationMs: number;
      maxMemoryUsedMB: number | null;
      fatal: boolean;
      cpuMs?: number;
    }
  /** The handler ran past its timeout and the instance was stopped. */
  | { kind: 'timeout'; durationMs: number; maxMemoryUsedMB: number | null }
  /** The instance died without an answer (out of memory, the worker failed). */
  | { kind: 'crash'; error: LambdaError; durationMs: number; maxMemoryUsedMB: number | null };

/** Runs code for the engine. The browser's is one Worker per instance; tests use fakes. */
export interface Executor {
  startInstance(spec: InstanceSpec): Promise<InitOutcome>;
  /** Run one request on a started, idle instance. Enforces `timeoutMs` in real time. */
  invoke(instanceId: string, request: InvokeRequest): Promise<InvokeOutcome>;
  /** End the instance for good. Anything pending on it settles as a crash. */
  stopInstance(instanceId: string): void;
  /**
   * Settles once what the instance runs (its INIT or a request) has taken `ownMs` of its own time
   * (what its Init Duration or Duration would count, this computer's lag left out), or has ended,
   * or its worker has said nothing for
   * `silenceMs` of real time (its code may be computing, and cannot be asked). Platform time holds
   * for an overdue answer until then (docs/aws-lambda.md#platform-time). Absent: nothing can tell.
   */
  whenRunOverruns?(instanceId: string, ownMs: number, silenceMs: number): Promise<void>;
}

// ───────────────────────────── Clock port ─────────────────────────────

export type TimerHandle = number;

/** Simulated time in ms. The UI's clock runs at 1×–100× real time; tests advance it by hand. */
export interface Clock {
  now(): number;
  setTimer(delayMs: number, callback: () => void): TimerHandle;
  clearTimer(handle: TimerHandle): void;
  /**
   * Holds time still until the returned release is called, while this computer catches up with
   * the model (docs/aws-lambda.md#platform-time). A clock that moves only when told (the tests'
   * manual clock) has no need to.
   */
  hold?(limitRealMs?: number): () => void;
  /**
   * Real ms time has stood still so far (paused, held, or while the page could not run it); a
   * clock that moves only when told has none.
   */
  stillMs?(): number;
}

// ───────────────────────────── What the platform reports ─────────────────────────────

/** The figures of a REPORT line. */
export interface InvocationReport {
  requestId: string;
  durationMs: number;
  /** ceil(duration + init duration): AWS bills INIT on cold starts since 1 Aug 2025. */
  billedDurationMs: number;
  memorySizeMB: number;
  /** null where the browser cannot measure it; the UI says so instead of inventing a number. */
  maxMemoryUsedMB: number | null;
  /** Present on cold starts only: the platform's modeled part (if any) plus the measured init. */
  initDurationMs?: number;
  /**
   * The part of initDurationMs that "AWS timing" modeled (the runtime bootstrap AWS spends before
   * the function's own init code runs); absent when AWS timing is off or the start was warm.
   */
  platformInitMs?: number;
  /**
   * Present exactly when AWS prints it: `timeout` on a timeout; `error` when the runtime crashed,
   * exited (a fatal error) or failed INIT. A handler's own error (the runtime answered with it)
   * leaves the REPORT plain, as on AWS; InvokeResult.status still says `error`.
   */
  status?: 'timeout' | 'error';
  /** With status `error`: e.g. Runtime.ExitError, Runtime.ImportModuleError. */
  errorType?: string;
  /**
   * Present when AWS timing modeled Duration from the memory's CPU share: what was measured here,
   * and how much of it the handler spent computing (docs/aws-lambda.md#memory-buys-cpu).
   * durationMs and billedDurationMs above are the modeled figures AWS would print and bill.
   */
  measured?: { durationMs: number; cpuMs: number };
}

/** What one invocation cost, computed only here in the engine. */
export interface InvocationCost {
  gbSeconds: number;
  requestUsd: number;
  computeUsd: number;
  /** GB-seconds of ephemeral storage above the free 512 MB; absent or 0 at the default size. */
  storageGbSeconds?: number;
  storageUsd?: number;
  totalUsd: number;
  /** Served by a provisioned environment: its duration is priced at the provisioned rate. */
  provisioned?: true;
}

/** A line of the function's log stream: its own output, or a platform line (START, END, REPORT…). */
export type LogEntry =
  { kind: 'app'; record: LogRecord } | { kind: 'platform'; time: number; text: string };

export type InvokeStatus = 'ok' | 'error' | 'timeout' | 'crash';

export interface ThrottleError {
  statusCode: 429;
  errorType: 'TooManyRequestsException';
  Type: 'User';
  message: 'Rate Exceeded.';
  Reason:
    | 'ConcurrentInvocationLimitExceeded'
    | 'ReservedFunctionConcurrentInvocationLimitExceeded'
    /** Past 10 requests a second per unit of concurrency (docs/aws-lambda.md#invocation-rate). */
    | 'FunctionInvocationRateLimitExceeded'
    | 'ReservedFunctionInvocationRateLimitExceeded';
}

/** Every decision the platform makes, in order. `time` is the engine clock's (simulated) time. */
export type PlatformEvent =
  | {
      type: 'deployed';
      time: number;
      functionName: string;
      version: number;
      config: FunctionConfig;
    }
  | { type: 'removed'; time: number; functionName: string }
  | {
      type: 'instance';
      time: number;
      functionName: string;
      instanceId: string;
      version: number;
      state: InstanceState;
      /** Why it was reaped, when state is `reaped`. */
      reason?: ReapReason;
      /** When state is `idle`: the engine time it will be reaped unless a request comes first. */
      idleDeadline?: number;
      /** A provisioned-concurrency environment: initialized ahead, never reaped for idling. */
      provisioned?: true;
    }
  /**
   * One period of provisioned concurrency billed: the configured amount for the function's memory,
   * charged by the 5 minutes from when it was set (docs/aws-lambda.md#provisioned-concurrency).
   */
  | {
      type: 'provisioned-charge';
      time: number;
      functionName: string;
      provisionedConcurrency: number;
      memoryMB: number;
      architecture: Architecture;
      periodMs: number;
      gbSeconds: number;
      usd: number;
    }
  | {
      type: 'init';
      time: number;
      functionName: string;
      instanceId: string;
      /** What the executor measured: the function's own init. */
      outcome: InitOutcome;
      /** With AWS timing on: the modeled platform part that came before it, in simulated ms. */
      platformInitMs?: number;
    }
  | {
      type: 'invoke-start';
      time: number;
      functionName: string;
      requestId: string;
      instanceId: string;
      cold: boolean;
      invocationType: InvocationType;
      eventJson: string;
      /** The invocation that asked for this one through Lambda's Invoke API (a handler's SDK call). */
      origin?: ServiceCaller;
    }
  | {
      type: 'invoke-end';
      time: number;
      functionName: string;
      requestId: string;
      instanceId: string;
      status: InvokeStatus;
      /** The response as JSON text: the handler's result, or Lambda's error JSON. */
      payload: string;
      report: InvocationReport;
      cost: InvocationCost;
    }
  | {
      type: 'throttle';
      time: number;
      functionName: string;
      requestId: string;
      error: ThrottleError;
    }
  | { type: 'log'; time: number; functionName: string; instanceId: string; entry: LogEntry }
  /**
   * Platform time stood still for `waitedMs` real ms while this computer started the instance's
   * worker, later than the model's cold start allows (docs/aws-lambda.md#platform-time).
   */
  | { type: 'host-wait'; time: number; functionName: string; instanceId: string; waitedMs: number }
  /**
   * Work an earlier invocation left running on the instance, frozen when it answered, ran during
   * this invocation (docs/aws-lambda.md#frozen-between-invocations).
   */
  | {
      type: 'after-return';
      time: number;
      functionName: string;
      instanceId: string;
      requestId: string;
    }
  /** A handler's SDK call to a simulated AWS service was answered. */
  | ServiceCallEvent
  | SourceEvent
  | DynamoDBStreamEvent;

/** What a synchronous (RequestResponse) invoke returns to its caller. */
export type InvokeResult =
  | {
      status: InvokeStatus;
      statusCode: 200;
      requestId: string;
      /** Set when the function failed, as in the `X-Amz-Function-Error` header. */
      functionError?: 'Unhandled';
      payload: string;
      /** Set when a streaming handler wrote the payload (awslambda.streamifyResponse). */
      streamed?: StreamedResponse;
      report: InvocationReport;
      cost: InvocationCost;
    }
  | { status: 'throttled'; statusCode: 429; requestId: string; error: ThrottleError };

export interface PlatformSettings {
  /** How long a warm instance lives idle before it is reaped: drawn per instance from [min, max]. */
  idleLifetimeMs: { min: number; max: number };
  /** The account's regional concurrency limit, shared by every function. */
  accountConcurrency: number;
  /**
   * "AWS timing": add the platform's modeled cold-start overhead (cold-start-model.ts) to the
   * simulated timeline, Init Duration and the bill. Absent or false: only what was measured.
   */
  awsTiming?: boolean;
  /**
   * New execution environments each function may start per 10 seconds (Lambda's scaling rate,
   * instances/scaling-rate.ts); absent: AWS's 1,000. Lower it to show a burst's throttles in class.
   */
  scalingRatePer10s?: number;
}

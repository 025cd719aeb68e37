// A Lambda Web Function on the simulated clock: revisions, one endpoint that throttles and routes
// by weight, execution environments that start cold, share requests up to a concurrency cap, and
// scale to zero, the JSON logs and the bill. The model and its figures: docs/web-functions.md.
import { ACCOUNT_ID, REGION } from '../async/invocation-record';
import {
  checkRates,
  environmentGbSeconds,
  WEB_FUNCTION_RATES,
  webFunctionCost,
  type WebFunctionCost,
  type WebFunctionRates,
} from '../billing/web-function-bill';
import type { HttpRequestSpec, TargetOutcome } from '../ecs/task-executor';
import { createEventBus } from '../event-bus';
import { createSeededRandom, randomIds, type IdSource } from '../ids';
import { createTimerSet } from '../time/timer-set';
import type { Clock, TimerHandle } from '../types';
import {
  platformAnswer,
  WEB_ERROR_TYPES,
  type WebErrorKind,
  type WebFunctionResponse,
} from './platform-answers';
import { pickRevision } from './traffic-weights';
import type {
  EnvironmentState,
  EnvironmentStopReason,
  ThrottleReason,
  WebFunctionEvent,
} from './web-function-events';
import {
  platformLogLine,
  programLogLine,
  webLogGroupName,
  webLogStreamName,
  webRequestId,
  type InvokeStatus,
  type WebPlatformRecord,
} from './web-function-logs';
import {
  ACCOUNT_ENVIRONMENT_LIMIT,
  checkAssumptions,
  DEFAULT_ASSUMPTIONS,
  endpointProblem,
  HTTP_ENDPOINT,
  listensOnHttpEndpoint,
  MAX_CONCURRENCY_RANGE,
  MAX_HEADER_LINES,
  nameProblem,
  READINESS_LIMIT_MS,
  revisionProblem,
  SHUTDOWN_GRACE_MS,
  SUPPORTED_METHODS,
  TIMEOUT_SECONDS_RANGE,
  type EndpointSettings,
  type RevisionSettings,
  type WebFunctionAssumptions,
} from './web-function-settings';
import type { WebFunctionExecutor } from './web-program-port';

export type RevisionInput = Partial<RevisionSettings>;

export interface Revision extends RevisionSettings {
  revisionId: string;
  /** The model's revisions become Active at once (a failed start still shows Active, as on AWS). */
  state: 'Active';
  createdAt: number;
}

export interface WebFunctionOptions {
  clock: Clock;
  executor: WebFunctionExecutor;
  ids?: IdSource;
  /** [0, 1) source for the weighted split between revisions; seeded so sessions replay. */
  random?: () => number;
  functionName: string;
  /** The first revision. */
  revision?: RevisionInput;
  endpoint?: Partial<EndpointSettings>;
  assumptions?: Partial<WebFunctionAssumptions>;
  rates?: Partial<WebFunctionRates>;
  onListenerError?: (error: unknown) => void;
}

export interface WebFunctionSnapshot {
  time: number;
  functionName: string;
  functionArn: string;
  logGroupName: string;
  revisions: Revision[];
  endpoint: EndpointSettings;
  /** The revision each share of traffic goes to now, weights summing to 100. */
  routing: Array<{ revisionId: string; weight: number }>;
  /** Environments not yet stopped, oldest first. */
  environments: EnvironmentState[];
  requests: { total: number; throttled: number };
  assumptions: WebFunctionAssumptions;
  cost: WebFunctionCost;
}

export interface WebFunction {
  /** A client request to the endpoint. */
  request(request: HttpRequestSpec): Promise<WebFunctionResponse>;
  /** A new immutable revision; with `LatestRevision` it takes all traffic at once. */
  createRevision(input?: RevisionInput): Revision;
  /** Updates the endpoint's settings in place (mode, weights, maxEnvironments, rateLimit). */
  updateEndpoint(settings: Partial<Omit<EndpointSettings, 'endpointName'>>): void;
  setAssumptions(assumptions: Partial<WebFunctionAssumptions>): void;
  setRates(rates: Partial<WebFunctionRates>): void;
  snapshot(): WebFunctionSnapshot;
  subscribe(listener: (event: WebFunctionEvent) => void): () => void;
  dispose(): void;
}

interface PendingRequest {
  requestId: string;
  spec: HttpRequestSpec;
  revision: Revision;
  arrivedAt: number;
  dispatchedAt: number | null;
  settled: boolean;
  timeout: TimerHandle | null;
  cancel: (() => void) | null;
  resolve(response: WebFunctionResponse): void;
}

interface EnvironmentRecord {
  state: Omit<EnvironmentState, 'inFlight' | 'waiting'>;
  /** Busy ms at the last CPU sample, and when it was taken. */
  busyAtSample: number;
  sampledAt: number;
  revision: Revision;
  /** The lifecycle's next step: the process start, the readiness deadline, the SIGKILL. */
  timer: TimerHandle | null;
  idleTimer: TimerHandle | null;
  processStarted: boolean;
  exited: boolean;
  waiting: PendingRequest[];
  inFlight: Set<PendingRequest>;
}

/** Headers Lambda removes before it forwards a request (docs/web-functions.md#http-at-the-endpoint). */
const REMOVED_HEADERS = new Set([
  'connection',
  'keep-alive',
  'upgrade',
  'expect',
  'te',
  'trailer',
  'proxy-authenticate',
  'proxy-authorization',
  'proxy-connection',
  'x-real-ip',
  'x-http-method-override',
  'x-http-method',
  'x-method-override',
]);
/** Headers Lambda adds to every forwarded request. */
const ADDED_HEADERS = ['lambda-web-request-id', 'lambda-web-endpoint-name'] as const;

export function createWebFunction(options: WebFunctionOptions): WebFunction {
  const { clock, executor } = options;
  const ids = options.ids ?? randomIds();
  const random = options.random ?? createSeededRandom(1);
  const { functionName } = options;
  const badName = nameProblem('function', functionName);
  if (badName !== null) throw new RangeError(badName);
  let assumptions = checkAssumptions({ ...DEFAULT_ASSUMPTIONS, ...options.assumptions });
  let rates = checkRates({ ...WEB_FUNCTION_RATES, ...options.rates });
  const timers = createTimerSet(clock);
  const bus = createEventBus<WebFunctionEvent>(options.onListenerError);
  const logGroupName = webLogGroupName(functionName);

  const revisions = new Map<string, Revision>();
  const environments = new Map<string, EnvironmentRecord>();
  /** Admission times within the last second, for the endpoint's rateLimit. */
  const admissions: number[] = [];
  let oldest = 0;
  /** Usage of environments already stopped (their records are dropped). */
  const stoppedUsage = { activeCpuMs: 0, memoryGbSeconds: 0 };
  const usage = { requests: 0, throttled: 0, bytesOut: 0 };
  let disposed = false;

  function makeRevision(input: RevisionInput): Revision {
    const settings: RevisionSettings = {
      maxConcurrencyPerEnvironment:
        input.maxConcurrencyPerEnvironment ?? MAX_CONCURRENCY_RANGE.default,
      timeoutSeconds: input.timeoutSeconds ?? TIMEOUT_SECONDS_RANGE.default,
      // A new revision restates every variable: omitted ones are unset.
      environmentVariables: new Map(input.environmentVariables ?? []),
    };
    const problem = revisionProblem(settings);
    if (problem !== null) throw new RangeError(problem);
    const revision: Revision = {
      ...settings,
      revisionId: String(revisions.size + 1),
      state: 'Active',
      createdAt: clock.now(),
    };
    revisions.set(revision.revisionId, revision);
    return revision;
  }

  const first = makeRevision(options.revision ?? {});
  const endpoint: EndpointSettings = {
    endpointName: 'default',
    autoDeploymentMode: 'LatestRevision',
    revisionWeights: [],
    maxEnvironments: null,
    rateLimit: null,
    ...options.endpoint,
  };
  if (endpoint.autoDeploymentMode === 'Disabled' && endpoint.revisionWeights.length === 0) {
    endpoint.revisionWeights = [{ revisionId: first.revisionId, weight: 100 }];
  }
  checkEndpoint(endpoint);

  function checkEndpoint(settings: EndpointSettings): void {
    const problem = endpointProblem(settings, new Set(revisions.keys()));
    if (problem !== null) throw new RangeError(problem);
  }

  // ───────────── reporting ─────────────

  function publicState(record: EnvironmentRecord): EnvironmentState {
    return { ...record.state, inFlight: record.inFlight.size, waiting: record.waiting.length };
  }

  function setStatus(record: EnvironmentRecord, status: EnvironmentState['status']): void {
    record.state.status = status;
    bus.emit({ type: 'environment-status', time: clock.now(), environment: publicState(record) });
  }

  function log(logStreamName: string, message: string): void {
    if (disposed || !bus.active()) return;
    bus.emit({ type: 'log', time: clock.now(), logGroupName, logStreamName, message });
  }

  function platformLog(record: EnvironmentRecord, entry: WebPlatformRecord): void {
    if (!bus.active()) return;
    log(record.state.logStreamName, platformLogLine(clock.now(), entry));
  }

  function reportCost(): void {
    if (bus.active()) bus.emit({ type: 'cost', time: clock.now(), cost: cost() });
  }

  // ───────────── environments ─────────────

  function timerFor(record: EnvironmentRecord, ms: number, next: () => void): void {
    if (record.timer !== null) timers.clear(record.timer);
    record.timer = timers.set(ms, () => {
      record.timer = null;
      next();
    });
  }

  function startEnvironment(revision: Revision): EnvironmentRecord {
    const hex = ids.streamHex();
    const now = clock.now();
    const record: EnvironmentRecord = {
      state: {
        environmentId: hex,
        revisionId: revision.revisionId,
        status: 'initializing',
        logStreamName: webLogStreamName(now, revision.revisionId, hex),
        createdAt: now,
        processStartedAt: null,
        readyAt: null,
        shutdownAt: null,
        stoppedAt: null,
        stopReason: null,
        concurrencyLimit: revision.maxConcurrencyPerEnvironment,
      },
      busyAtSample: 0,
      sampledAt: now,
      revision,
      timer: null,
      idleTimer: null,
      processStarted: false,
      exited: false,
      waiting: [],
      inFlight: new Set(),
    };
    environments.set(hex, record);
    bus.emit({ type: 'environment-status', time: now, environment: publicState(record) });
    platformLog(record, { type: 'initStart', functionName, revisionId: revision.revisionId });
    // Lambda loads the code and sets up the runtime, then starts the program's process.
    timerFor(record, assumptions.platformInitMs, () => startProcess(record));
    return record;
  }

  function processEnvironment(revision: Revision): Map<string, string> {
    const environment = new Map(revision.environmentVariables);
    environment.set('AWS_REGION', REGION);
    environment.set('AWS_LAMBDA_HTTP_ENDPOINT', `${HTTP_ENDPOINT.host}:${HTTP_ENDPOINT.port}`);
    environment.set('AWS_LAMBDA_INITIALIZATION_TYPE', 'native-http');
    environment.set('AWS_LAMBDA_METADATA_API', '169.254.100.1:9001');
    environment.set('AWS_LAMBDA_METADATA_TOKEN', ids.uuid());
    environment.set('AWS_LAMBDA_RUNTIME_API', '127.0.0.1:9001');
    return environment;
  }

  function startProcess(record: EnvironmentRecord): void {
    const { environmentId, logStreamName } = record.state;
    record.processStarted = true;
    record.state.processStartedAt = clock.now();
    // The server must listen within 10 s of the process starting, or the start has failed.
    timerFor(record, READINESS_LIMIT_MS, () => initFailed(record, 'initTimeout'));
    executor.startEnvironment({
      environmentId,
      revisionId: record.revision.revisionId,
      environment: processEnvironment(record.revision),
      logGroupName,
      logStreamName,
      onListening: (address) => {
        if (environments.get(environmentId) !== record) return;
        if (record.state.status !== 'initializing' || !listensOnHttpEndpoint(address)) return;
        becomeReady(record);
      },
      onExit: () => processExited(record),
      onLog: (line) => {
        if (environments.get(environmentId) !== record) return;
        log(logStreamName, programLogLine(clock.now(), line, endpoint.endpointName));
      },
    });
  }

  function becomeReady(record: EnvironmentRecord): void {
    if (record.timer !== null) timers.clear(record.timer);
    record.timer = null;
    record.state.readyAt = clock.now();
    record.sampledAt = clock.now();
    record.busyAtSample = executor.busyMs(record.state.environmentId);
    const durationMs = clock.now() - record.state.createdAt;
    platformLog(record, { type: 'initReport', status: 'success', durationMs });
    setStatus(record, 'ready');
    const waiting = record.waiting.splice(0);
    for (const pending of waiting) dispatch(record, pending);
    armIdle(record);
  }

  function initFailed(record: EnvironmentRecord, kind: 'initTimeout' | 'initCodeError'): void {
    if (record.state.status !== 'initializing') return;
    const durationMs = clock.now() - record.state.createdAt;
    const { errorType } = WEB_ERROR_TYPES[kind];
    platformLog(record, { type: 'initReport', status: 'failure', errorType, durationMs });
    const waiting = record.waiting.splice(0);
    stopEnvironment(record, 'init-failure');
    for (const pending of waiting) {
      finish(pending, record, platformAnswerFor(kind, pending, record), kind);
    }
  }

  /** The process ended on its own (its stderr already says why) or after SIGTERM. */
  function processExited(record: EnvironmentRecord): void {
    if (environments.get(record.state.environmentId) !== record || record.exited) return;
    record.exited = true;
    stoppedUsage.activeCpuMs += executor.busyMs(record.state.environmentId);
    if (record.state.status === 'initializing') {
      initFailed(record, 'initCodeError');
      return;
    }
    // Requests in flight settle as resets from the port: they are answered as the exit's.
    stopEnvironment(record, record.state.stopReason ?? 'process-exited');
  }

  function armIdle(record: EnvironmentRecord): void {
    if (record.state.status !== 'ready' || record.inFlight.size > 0) return;
    if (record.idleTimer !== null) timers.clear(record.idleTimer);
    record.idleTimer = timers.set(assumptions.idleTimeoutMs, () => {
      record.idleTimer = null;
      shutDown(record);
    });
  }

  /** No traffic for the idle time: stop routing, SIGTERM, then at most 1 s before the end. */
  function shutDown(record: EnvironmentRecord): void {
    if (record.state.status !== 'ready' || record.inFlight.size > 0) return;
    record.state.shutdownAt = clock.now();
    record.state.stopReason = 'idle';
    setStatus(record, 'shutting-down');
    const { environmentId } = record.state;
    timerFor(record, SHUTDOWN_GRACE_MS, () => {
      if (!record.exited) {
        record.exited = true;
        stoppedUsage.activeCpuMs += executor.busyMs(environmentId);
        executor.signal(environmentId, 'SIGKILL');
      }
      stopEnvironment(record, 'idle');
    });
    executor.signal(environmentId, 'SIGTERM');
  }

  function stopEnvironment(record: EnvironmentRecord, reason: EnvironmentStopReason): void {
    if (record.state.status === 'stopped') return;
    for (const timer of [record.timer, record.idleTimer]) if (timer !== null) timers.clear(timer);
    record.timer = null;
    record.idleTimer = null;
    if (record.processStarted && !record.exited) {
      record.exited = true;
      stoppedUsage.activeCpuMs += executor.busyMs(record.state.environmentId);
      executor.signal(record.state.environmentId, 'SIGKILL');
    }
    const now = clock.now();
    record.state.stoppedAt = now;
    record.state.stopReason = reason;
    stoppedUsage.memoryGbSeconds += environmentGbSeconds(
      record.state,
      now,
      assumptions.billedMemoryGB,
    );
    setStatus(record, 'stopped');
    environments.delete(record.state.environmentId);
    reportCost();
  }

  /**
   * Each sample: an environment whose program kept its thread busy at or above the saturation
   * share stops taking new requests (its limit drops to what it serves), and Lambda scales out
   * instead; below it, the limit is the revision's again.
   */
  function sampleCpu(): void {
    const now = clock.now();
    for (const record of environments.values()) {
      if (record.state.status !== 'ready' || record.exited) continue;
      const busy = executor.busyMs(record.state.environmentId);
      const elapsed = now - record.sampledAt;
      const used = busy - record.busyAtSample;
      record.busyAtSample = busy;
      record.sampledAt = now;
      if (elapsed <= 0) continue;
      const saturated = (used / elapsed) * 100 >= assumptions.saturatedCpuPercent;
      const max = record.revision.maxConcurrencyPerEnvironment;
      const limit = saturated ? Math.min(max, Math.max(1, record.inFlight.size)) : max;
      if (limit !== record.state.concurrencyLimit) {
        record.state.concurrencyLimit = limit;
        bus.emit({ type: 'environment-status', time: now, environment: publicState(record) });
      }
    }
  }

  function scheduleCpuSample(): void {
    timers.set(assumptions.cpuSampleMs, () => {
      sampleCpu();
      scheduleCpuSample();
    });
  }

  // ───────────── the endpoint ─────────────

  function routing(): Array<{ revisionId: string; weight: number }> {
    if (endpoint.autoDeploymentMode === 'LatestRevision') {
      return [{ revisionId: String(revisions.size), weight: 100 }];
    }
    return endpoint.revisionWeights.map((weight) => ({ ...weight }));
  }

  function environmentLimit(): number {
    return endpoint.maxEnvironments ?? ACCOUNT_ENVIRONMENT_LIMIT;
  }

  /** Environments that count toward maxEnvironments: starting or serving. */
  function liveCount(): number {
    let count = 0;
    for (const record of environments.values()) {
      if (record.state.status === 'initializing' || record.state.status === 'ready') count++;
    }
    return count;
  }

  /** The ready environment of the revision with the fewest requests, if one has room. */
  function readyWithRoom(revision: Revision): EnvironmentRecord | null {
    let best: EnvironmentRecord | null = null;
    for (const record of environments.values()) {
      if (record.revision !== revision || record.state.status !== 'ready') continue;
      if (record.inFlight.size >= record.state.concurrencyLimit) continue;
      if (best === null || record.inFlight.size < best.inFlight.size) best = record;
    }
    return best;
  }

  /** An environment still initializing whose queue has room: requests wait for it. */
  function startingWithRoom(revision: Revision): EnvironmentRecord | null {
    for (const record of environments.values()) {
      if (record.revision !== revision || record.state.status !== 'initializing') continue;
      if (record.waiting.length < revision.maxConcurrencyPerEnvironment) return record;
    }
    return null;
  }

  /** Admits a request under the endpoint's rateLimit (a sliding second); false: throttle it. */
  function admit(now: number): boolean {
    if (endpoint.rateLimit === null) return true;
    // A moving start index, not shift(): at 10,000 requests a second, shifting is quadratic.
    while (oldest < admissions.length && (admissions[oldest] as number) <= now - 1000) oldest++;
    if (oldest > 4096) {
      admissions.splice(0, oldest);
      oldest = 0;
    }
    if (admissions.length - oldest >= endpoint.rateLimit) return false;
    admissions.push(now);
    return true;
  }

  function throttle(spec: HttpRequestSpec, requestId: string, reason: ThrottleReason) {
    usage.throttled++;
    const kind = reason === 'rate-limit' ? 'rateLimit' : 'maxEnvironments';
    const response = platformAnswer(kind, {
      requestId,
      revisionId: null,
      environmentId: null,
      logStreamName: null,
      status: assumptions.throttleStatus,
    });
    bus.emit({
      type: 'throttle',
      time: clock.now(),
      requestId,
      method: spec.method,
      path: spec.path,
      reason,
      status: response.status,
    });
    return response;
  }

  function request(spec: HttpRequestSpec): Promise<WebFunctionResponse> {
    if (disposed) return Promise.reject(new Error('The Web Function was disposed'));
    const now = clock.now();
    const requestId = webRequestId(ids.requestId());
    const refused = frontDoor(spec);
    if (refused !== null) {
      return Promise.resolve(
        platformAnswer(refused, {
          requestId,
          revisionId: null,
          environmentId: null,
          logStreamName: null,
        }),
      );
    }
    // rateLimit applies before requests reach environments.
    if (!admit(now)) return Promise.resolve(throttle(spec, requestId, 'rate-limit'));
    const revision = revisions.get(pickRevision(routing(), random)) as Revision;
    let record = readyWithRoom(revision);
    const cold = record === null;
    record ??= startingWithRoom(revision);
    if (record === null) {
      // All of maxEnvironments fully used: throttled at once, not queued.
      if (liveCount() >= environmentLimit()) {
        return Promise.resolve(throttle(spec, requestId, 'max-environments'));
      }
      record = startEnvironment(revision);
    }
    usage.requests++;
    const target = record;
    return new Promise<WebFunctionResponse>((resolve) => {
      const pending: PendingRequest = {
        requestId,
        spec,
        revision,
        arrivedAt: now,
        dispatchedAt: null,
        settled: false,
        timeout: null,
        cancel: null,
        resolve,
      };
      bus.emit({
        type: 'request-start',
        time: now,
        requestId,
        method: spec.method,
        path: spec.path,
        revisionId: revision.revisionId,
        environmentId: target.state.environmentId,
        cold,
      });
      if (cold) target.waiting.push(pending);
      else dispatch(target, pending);
    });
  }

  /** What the endpoint answers itself before any environment: HTTP it does not carry. */
  function frontDoor(spec: HttpRequestSpec): WebErrorKind | null {
    if (!SUPPORTED_METHODS.includes(spec.method)) return 'unsupportedMethod';
    for (const [name, value] of spec.headers) {
      if (name.toLowerCase() === 'expect' && value.toLowerCase() === '100-continue') {
        return 'expectContinue';
      }
    }
    // The platform's own headers count against the same budget.
    if (spec.headers.size + ADDED_HEADERS.length > MAX_HEADER_LINES) return 'tooManyHeaders';
    return null;
  }

  /**
   * The request as the program receives it: hop-by-hop and method-override headers removed, the
   * client's lambda-web-* replaced by Lambda's own.
   */
  function forwarded(pending: PendingRequest): HttpRequestSpec {
    const named = new Set<string>();
    for (const [name, value] of pending.spec.headers) {
      if (name.toLowerCase() !== 'connection') continue;
      for (const listed of value.split(',')) named.add(listed.trim().toLowerCase());
    }
    const headers = new Map<string, string>();
    for (const [name, value] of pending.spec.headers) {
      const lower = name.toLowerCase();
      if (lower.startsWith('lambda-web-') || REMOVED_HEADERS.has(lower) || named.has(lower))
        continue;
      headers.set(name, value);
    }
    headers.set('lambda-web-request-id', pending.requestId);
    headers.set('lambda-web-endpoint-name', endpoint.endpointName);
    return { ...pending.spec, headers };
  }

  function dispatch(record: EnvironmentRecord, pending: PendingRequest): void {
    const { environmentId } = record.state;
    if (record.idleTimer !== null) timers.clear(record.idleTimer);
    record.idleTimer = null;
    record.inFlight.add(pending);
    pending.dispatchedAt = clock.now();
    platformLog(record, {
      type: 'invokeStart',
      requestId: pending.requestId,
      revisionId: record.revision.revisionId,
    });
    // The request timeout counts from when the request reaches the environment's server.
    pending.timeout = timers.set(record.revision.timeoutSeconds * 1000, () => {
      pending.timeout = null;
      pending.cancel?.();
      finish(
        pending,
        record,
        platformAnswerFor('requestTimeout', pending, record),
        'requestTimeout',
      );
    });
    const exchange = executor.request(environmentId, forwarded(pending));
    pending.cancel = exchange.cancel;
    exchange.outcome.then(
      (outcome) => answered(record, pending, outcome),
      () => answered(record, pending, { kind: 'reset' }),
    );
  }

  function answered(record: EnvironmentRecord, pending: PendingRequest, outcome: TargetOutcome) {
    if (pending.settled) return;
    if (outcome.kind === 'response') {
      const headers = new Map(outcome.headers);
      headers.set('lambda-web-request-id', pending.requestId);
      headers.set('lambda-web-logstream', record.state.logStreamName);
      usage.bytesOut += new TextEncoder().encode(outcome.body).byteLength;
      const response: WebFunctionResponse = {
        status: outcome.status,
        headers,
        body: outcome.body,
        source: 'program',
        requestId: pending.requestId,
        revisionId: record.revision.revisionId,
        environmentId: record.state.environmentId,
      };
      finish(pending, record, response, null);
      return;
    }
    let kind: WebErrorKind = 'connectionRefused';
    if (outcome.kind === 'reset') kind = record.exited ? 'processExited' : 'connectionReset';
    finish(pending, record, platformAnswerFor(kind, pending, record), kind);
  }

  function platformAnswerFor(
    kind: WebErrorKind,
    pending: PendingRequest,
    record: EnvironmentRecord,
  ): WebFunctionResponse {
    return platformAnswer(kind, {
      requestId: pending.requestId,
      revisionId: record.revision.revisionId,
      environmentId: record.state.environmentId,
      logStreamName: record.state.logStreamName,
    });
  }

  function finish(
    pending: PendingRequest,
    record: EnvironmentRecord,
    response: WebFunctionResponse,
    errorKind: WebErrorKind | null,
  ): void {
    if (pending.settled) return;
    pending.settled = true;
    if (pending.timeout !== null) timers.clear(pending.timeout);
    pending.timeout = null;
    record.inFlight.delete(pending);
    const now = clock.now();
    if (pending.dispatchedAt !== null) {
      let status: InvokeStatus = 'success';
      if (errorKind === 'requestTimeout') status = 'timeout';
      else if (errorKind !== null) status = 'error';
      const errorType = response.headers.get('lambda-web-error-type');
      platformLog(record, {
        type: 'invokeSummary',
        requestId: pending.requestId,
        status,
        statusCode: response.status,
        ...(errorType !== undefined && { errorType }),
        durationMs: now - pending.dispatchedAt,
      });
    }
    bus.emit({
      type: 'request-end',
      time: now,
      requestId: pending.requestId,
      revisionId: pending.revision.revisionId,
      environmentId: record.state.environmentId,
      status: response.status,
      errorType: response.headers.get('lambda-web-error-type') ?? null,
      source: response.source,
      latencyMs: now - pending.arrivedAt,
    });
    pending.resolve(response);
    reportCost();
    // No freeze between requests: the environment stays up, and idles toward scale-in.
    armIdle(record);
  }

  // ───────────── billing ─────────────

  function cost(): WebFunctionCost {
    const now = clock.now();
    let activeCpuMs = stoppedUsage.activeCpuMs;
    let memoryGbSeconds = stoppedUsage.memoryGbSeconds;
    for (const record of environments.values()) {
      if (record.processStarted && !record.exited) {
        activeCpuMs += executor.busyMs(record.state.environmentId);
      }
      memoryGbSeconds += environmentGbSeconds(record.state, now, assumptions.billedMemoryGB);
    }
    return webFunctionCost(
      { activeCpuMs, memoryGbSeconds, requests: usage.requests, bytesOut: usage.bytesOut },
      rates,
    );
  }

  scheduleCpuSample();

  return {
    request,
    createRevision(input = {}) {
      const revision = makeRevision(input);
      return { ...revision };
    },
    updateEndpoint(settings) {
      const next: EndpointSettings = { ...endpoint, ...settings };
      if (
        settings.autoDeploymentMode === 'LatestRevision' &&
        settings.revisionWeights === undefined
      ) {
        next.revisionWeights = [];
      }
      checkEndpoint(next);
      Object.assign(endpoint, next);
    },
    setAssumptions(partial) {
      assumptions = checkAssumptions({ ...assumptions, ...partial });
    },
    setRates(partial) {
      rates = checkRates({ ...rates, ...partial });
    },
    snapshot() {
      return {
        time: clock.now(),
        functionName,
        functionArn: `arn:aws:lambda:${REGION}:${ACCOUNT_ID}:web-function/${functionName}`,
        logGroupName,
        revisions: [...revisions.values()].map((revision) => ({ ...revision })),
        endpoint: { ...endpoint, revisionWeights: endpoint.revisionWeights.map((w) => ({ ...w })) },
        routing: routing(),
        environments: [...environments.values()].map(publicState),
        requests: { total: usage.requests + usage.throttled, throttled: usage.throttled },
        assumptions: { ...assumptions },
        cost: cost(),
      };
    },
    subscribe: (listener) => bus.subscribe(listener),
    dispose() {
      if (disposed) return;
      for (const record of [...environments.values()]) {
        const open = [...record.waiting.splice(0), ...record.inFlight];
        for (const pending of open) {
          const answer = platformAnswerFor('connectionReset', pending, record);
          finish(pending, record, answer, 'connectionReset');
        }
        stopEnvironment(record, 'disposed');
      }
      disposed = true;
      timers.dispose();
      bus.clear();
    },
  };
}

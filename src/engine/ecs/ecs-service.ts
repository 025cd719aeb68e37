// An ECS service on Fargate behind an ALB, on the simulated clock: tasks through their lifecycle,
// the service scheduler, the target group's health checks and routing, target tracking, the bill.
// The model and its figures: docs/fargate.md.
import { ACCOUNT_ID, REGION } from '../async/invocation-record';
import { elbErrorHeaders, elbErrorPage, type ElbErrorStatus } from '../alb/error-pages';
import {
  afterHealthCheck,
  checkTargetGroup,
  DEFAULT_TARGET_GROUP,
  newTarget,
  type TargetGroupSettings,
  type TargetHealth,
} from '../alb/target-group';
import {
  decide,
  type Datapoint,
  type ScalingState,
  type TargetTrackingPolicy,
} from '../autoscaling/target-tracking';
import {
  albCost,
  taskCost,
  type AlbCost,
  type AlbHourUsage,
  type TaskCost,
} from '../billing/fargate-bill';
import { createEventBus } from '../event-bus';
import { randomIds, type IdSource } from '../ids';
import { createTimerSet } from '../time/timer-set';
import type { Clock, TimerHandle } from '../types';
import type { FargateEvent } from './fargate-events';
import {
  checkTaskTimings,
  DEFAULT_TASK_TIMINGS,
  type TaskState,
  type TaskStatus,
  type TaskTimings,
} from './lifecycle';
import {
  awslogsGroupName,
  awslogsStreamName,
  registerTaskDefinition,
  type TaskDefinition,
  type TaskDefinitionInput,
} from './task-definition';
import type { HttpRequestSpec, TargetOutcome, TaskExecutor } from './task-executor';

export interface ServiceSettings {
  serviceName: string;
  clusterName: string;
  desiredCount: number;
  /** The scalable target's bounds: auto scaling never goes outside them. */
  minCount: number;
  maxCount: number;
  /** ECS ignores ELB health this long after a task starts; default 0. */
  healthCheckGracePeriodMs: number;
}

export interface EcsServiceOptions {
  clock: Clock;
  executor: TaskExecutor;
  ids?: IdSource;
  definition: TaskDefinitionInput;
  service: Pick<ServiceSettings, 'serviceName' | 'desiredCount'> & Partial<ServiceSettings>;
  targetGroup?: Partial<TargetGroupSettings>;
  timings?: Partial<TaskTimings>;
  scaling?: TargetTrackingPolicy | null;
  onListenerError?: (error: unknown) => void;
}

export interface AlbResponse {
  status: number;
  headers: ReadonlyMap<string, string>;
  body: string;
  source: 'elb' | 'target';
  /** The task that served it, or null when the ALB answered without one. */
  taskId: string | null;
}

export interface TargetSnapshot {
  taskId: string;
  state: TargetHealth['state'];
  reason: string | null;
  inFlight: number;
}

export interface EcsServiceCost {
  tasks: TaskCost;
  alb: AlbCost;
  totalUsd: number;
}

export interface EcsServiceSnapshot {
  time: number;
  service: ServiceSettings & { runningCount: number; pendingCount: number; steady: boolean };
  definition: TaskDefinition;
  targetGroupArn: string;
  tasks: TaskState[];
  targets: TargetSnapshot[];
  /** Newest last, as they happened. */
  events: Array<{ id: string; createdAt: number; message: string }>;
  metrics: { cpuUtilization: Datapoint[]; requestCountPerTarget: Datapoint[] };
  cost: EcsServiceCost;
}

export interface EcsService {
  /** A client request through the ALB's listener. */
  request(request: HttpRequestSpec): Promise<AlbResponse>;
  setDesiredCount(count: number): void;
  setScalableTarget(minCount: number, maxCount: number): void;
  setScalingPolicy(policy: TargetTrackingPolicy | null): void;
  setTimings(timings: Partial<TaskTimings>): void;
  setTargetGroup(settings: Partial<TargetGroupSettings>): void;
  /** Stops one task as `aws ecs stop-task` does; the service replaces it. */
  stopTask(taskId: string, reason?: string): void;
  snapshot(): EcsServiceSnapshot;
  subscribe(listener: (event: FargateEvent) => void): () => void;
  dispose(): void;
}

interface PendingRequest {
  settle: (response: AlbResponse) => void;
}

interface TaskRecord {
  state: TaskState;
  timer: TimerHandle | null;
  programStarted: boolean;
  listening: boolean;
  target: TargetHealth | null;
  registeredAt: number | null;
  healthTimer: TimerHandle | null;
  /** Requests the ALB forwarded and that have not settled. */
  inFlight: Set<PendingRequest>;
  /** The service decided to replace it (failed ELB health checks); stopped once a peer is healthy. */
  replacing: boolean;
  /** The task started to take its place, whose healthy target lets it stop. */
  replacement: TaskRecord | null;
  /** Busy ms read at the last metric tick, and the final figure once the program ended. */
  busyAtTick: number;
  busyFinal: number | null;
}

const MINUTE = 60_000;
const HOUR = 3_600_000;
/** Consecutive failed starts after which the scheduler says so and backs off (docs/fargate.md#scheduler). */
const THROTTLE_AFTER = 3;
const THROTTLE_BASE_MS = 15_000;
const THROTTLE_MAX_MS = 27 * MINUTE;
const METRIC_HISTORY = 60;
export const ESSENTIAL_EXITED = 'Essential container in task exited';
export const SCALING_IN_REASON = 'Scaling activity initiated by (deployment ecs-svc)';

function countCheck(name: string, value: number): void {
  if (!(Number.isInteger(value) && value >= 0)) {
    throw new RangeError(`${name} must be a whole number ≥ 0, got ${String(value)}`);
  }
}

export function createEcsService(options: EcsServiceOptions): EcsService {
  const { clock, executor } = options;
  const ids = options.ids ?? randomIds();
  const definition = registerTaskDefinition(options.definition);
  const service: ServiceSettings = {
    clusterName: 'default',
    minCount: options.service.desiredCount,
    maxCount: Math.max(options.service.desiredCount, options.service.maxCount ?? 0),
    healthCheckGracePeriodMs: 0,
    ...options.service,
  };
  // ECS: up to 255 letters, numbers, hyphens and underscores.
  if (!/^[A-Za-z0-9_-]{1,255}$/.test(service.serviceName)) {
    throw new RangeError(`Invalid service name '${service.serviceName}'`);
  }
  countCheck('desiredCount', service.desiredCount);
  countCheck('minCount', service.minCount);
  countCheck('maxCount', service.maxCount);
  if (service.minCount > service.maxCount) {
    throw new RangeError('minCount must not exceed maxCount');
  }
  let timings = checkTaskTimings({ ...DEFAULT_TASK_TIMINGS, ...options.timings });
  let targetGroup = checkTargetGroup({ ...DEFAULT_TARGET_GROUP, ...options.targetGroup });
  let policy = options.scaling ?? null;
  const timers = createTimerSet(clock);
  const bus = createEventBus<FargateEvent>(options.onListenerError);
  const createdAt = clock.now();
  const logGroupName = awslogsGroupName(definition.family);
  const targetGroupArn = `arn:aws:elasticloadbalancing:${REGION}:${ACCOUNT_ID}:targetgroup/${service.serviceName.slice(0, 26)}-tg/${ids.streamHex().slice(0, 16)}`;
  const serviceLabel = `(service ${service.serviceName})`;

  const tasks = new Map<string, TaskRecord>();
  const events: EcsServiceSnapshot['events'] = [];
  const cpuSeries: Datapoint[] = [];
  const requestSeries: Datapoint[] = [];
  const albHours = new Map<number, AlbHourUsage>();
  /** Every task that reached its image pull (live state), kept after STOPPED for the bill. */
  const billed = new Map<string, TaskState>();
  const scaling: ScalingState = { lastScaleOutAt: null, lastScaleInAt: null };
  let requestsThisMinute = 0;
  let roundRobin = 0;
  let failedStarts = 0;
  let throttledUntil = 0;
  let launchTimer: TimerHandle | null = null;
  let steady = false;
  let disposed = false;

  // ───────────── reporting ─────────────

  function serviceEvent(message: string): void {
    const event = { id: ids.uuid(), createdAt: clock.now(), message };
    events.push(event);
    if (events.length > 100) events.shift(); // The console shows the 100 most recent.
    bus.emit({ type: 'service-event', time: event.createdAt, id: event.id, message });
  }

  function taskList(records: TaskRecord[]): string {
    return records.map((record) => `(task ${record.state.taskId})`).join(' ');
  }

  function setStatus(record: TaskRecord, status: TaskStatus): void {
    record.state.lastStatus = status;
    bus.emit({ type: 'task-status', time: clock.now(), task: { ...record.state } });
  }

  function setTarget(record: TaskRecord, health: TargetHealth | null): void {
    const before = record.target?.state ?? null;
    record.target = health;
    const after = health?.state ?? 'unused';
    if (before !== after) {
      bus.emit({
        type: 'target-health',
        time: clock.now(),
        taskId: record.state.taskId,
        state: after,
        reason: health?.reason ?? null,
      });
    }
  }

  function hourUsage(time: number): AlbHourUsage {
    const index = Math.floor((time - createdAt) / HOUR);
    let usage = albHours.get(index);
    if (usage === undefined) {
      usage = { newConnections: 0, connectionMs: 0, bytes: 0 };
      albHours.set(index, usage);
    }
    return usage;
  }

  // ───────────── the task lifecycle ─────────────

  function after(record: TaskRecord, ms: number, next: () => void): void {
    if (record.timer !== null) timers.clear(record.timer);
    record.timer = timers.set(ms, () => {
      record.timer = null;
      next();
    });
  }

  function launch(): TaskRecord {
    const taskId = ids.streamHex();
    const now = clock.now();
    const record: TaskRecord = {
      state: {
        taskId,
        taskArn: `arn:aws:ecs:${REGION}:${ACCOUNT_ID}:task/${service.clusterName}/${taskId}`,
        lastStatus: 'PROVISIONING',
        desiredStatus: 'RUNNING',
        stoppedReason: null,
        exitCode: null,
        createdAt: now,
        pullStartedAt: null,
        startedAt: null,
        stoppingAt: null,
        stoppedAt: null,
        logStreamName: awslogsStreamName(definition.containerName, taskId),
      },
      timer: null,
      programStarted: false,
      listening: false,
      target: null,
      registeredAt: null,
      healthTimer: null,
      inFlight: new Set(),
      replacing: false,
      replacement: null,
      busyAtTick: 0,
      busyFinal: null,
    };
    tasks.set(taskId, record);
    bus.emit({ type: 'task-status', time: now, task: { ...record.state } });
    after(record, timings.provisioningMs, () => {
      setStatus(record, 'PENDING');
      after(record, timings.pendingMs, () => {
        record.state.pullStartedAt = clock.now();
        billed.set(taskId, record.state);
        setStatus(record, 'ACTIVATING');
        after(record, timings.imagePullMs, () => startContainer(record));
      });
    });
    return record;
  }

  function startContainer(record: TaskRecord): void {
    const { taskId, logStreamName } = record.state;
    record.programStarted = true;
    const environment = new Map(definition.environment);
    // ECS sets these in every Fargate task (the metadata endpoint is not modeled).
    environment.set('AWS_REGION', REGION);
    environment.set('AWS_DEFAULT_REGION', REGION);
    environment.set('AWS_EXECUTION_ENV', 'AWS_ECS_FARGATE');
    executor.startTask({
      taskId,
      definition,
      environment,
      logGroupName,
      logStreamName,
      onListening: () => {
        if (tasks.get(taskId) !== record) return;
        record.listening = true;
        failedStarts = 0;
      },
      onExit: (exit) => programExited(record, exit),
      onLog: (message) => {
        if (disposed) return;
        bus.emit({ type: 'log', time: clock.now(), logGroupName, logStreamName, message });
      },
    });
    if (record.state.lastStatus !== 'ACTIVATING') return; // It exited during startTask.
    // ACTIVATING registers the target; the task is RUNNING once its container has started.
    record.registeredAt = clock.now();
    setTarget(record, newTarget());
    serviceEvent(`${serviceLabel} registered 1 targets in (target-group ${targetGroupArn})`);
    record.state.startedAt = clock.now();
    setStatus(record, 'RUNNING');
    scheduleHealthCheck(record, targetGroup.firstHealthCheckDelayMs);
    checkSteady();
  }

  function programExited(
    record: TaskRecord,
    exit: { exitCode: number | null; message: string },
  ): void {
    if (tasks.get(record.state.taskId) !== record || record.state.lastStatus === 'STOPPED') return;
    record.busyFinal = executor.busyMs(record.state.taskId);
    const expected = record.state.desiredStatus === 'STOPPED';
    if (!expected) {
      record.state.desiredStatus = 'STOPPED';
      record.state.stoppedReason = ESSENTIAL_EXITED;
      record.state.exitCode = exit.exitCode;
      if (!record.listening) noteFailedStart();
    } else if (record.state.exitCode === null) record.state.exitCode = exit.exitCode;
    record.programStarted = false;
    if (record.state.lastStatus === 'STOPPING') {
      deprovision(record);
      return;
    }
    if (!expected) {
      if (record.state.lastStatus === 'RUNNING') {
        // Whatever the ALB had in flight on it was cut: 502 (the executor settles them as reset).
        deactivate(record, true);
      } else {
        // It died as its container started, before a target was registered.
        if (record.timer !== null) timers.clear(record.timer);
        record.timer = null;
        deprovision(record);
      }
      reconcile();
    }
  }

  function noteFailedStart(): void {
    failedStarts++;
    if (failedStarts >= THROTTLE_AFTER) {
      const delay = Math.min(
        THROTTLE_MAX_MS,
        THROTTLE_BASE_MS * 2 ** (failedStarts - THROTTLE_AFTER),
      );
      throttledUntil = clock.now() + delay;
      if (failedStarts === THROTTLE_AFTER) {
        serviceEvent(`${serviceLabel} is unable to consistently start tasks successfully.`);
      }
    }
  }

  /** The service (or a user) stops a task: the steps run from where the task stands. */
  function stop(record: TaskRecord, reason: string): void {
    if (record.state.desiredStatus === 'STOPPED') return;
    record.state.desiredStatus = 'STOPPED';
    record.state.stoppedReason = reason;
    if (record.state.lastStatus === 'RUNNING') {
      deactivate(record, false);
      return;
    }
    // Before RUNNING there is no target and no program: release what was set up.
    if (record.timer !== null) timers.clear(record.timer);
    record.timer = null;
    deprovision(record);
  }

  function deactivate(record: TaskRecord, crashed: boolean): void {
    record.state.stoppingAt ??= clock.now();
    setStatus(record, 'DEACTIVATING');
    if (record.healthTimer !== null) timers.clear(record.healthTimer);
    record.healthTimer = null;
    if (record.target !== null) {
      setTarget(record, {
        ...record.target,
        state: 'draining',
        reason: 'Target.DeregistrationInProgress',
      });
      serviceEvent(`${serviceLabel} deregistered 1 targets in (target-group ${targetGroupArn})`);
      serviceEvent(`${serviceLabel} has begun draining connections on 1 tasks.`);
    }
    const finish = () => {
      // The delay elapsed with requests still open: the ALB answers them 502.
      for (const pending of [...record.inFlight])
        pending.settle(elbError(502, record.state.taskId));
      record.inFlight.clear();
      setTarget(record, null);
      if (crashed || !record.programStarted) deprovision(record);
      else terminate(record);
    };
    if (record.inFlight.size === 0 || crashed) finish();
    else after(record, targetGroup.deregistrationDelayMs, finish);
    checkSteady();
  }

  /** Draining ends early once the last in-flight request is done. */
  function drained(record: TaskRecord): void {
    if (record.state.lastStatus !== 'DEACTIVATING' || record.inFlight.size > 0) return;
    if (record.timer !== null) timers.clear(record.timer);
    record.timer = null;
    setTarget(record, null);
    if (record.programStarted) terminate(record);
    else deprovision(record);
  }

  function terminate(record: TaskRecord): void {
    setStatus(record, 'STOPPING');
    const { taskId } = record.state;
    after(record, definition.stopTimeoutMs, () => {
      // The program did not exit within stopTimeout: SIGKILL (exit code 137).
      record.state.exitCode ??= 137;
      executor.signal(taskId, 'SIGKILL');
      if (record.state.lastStatus === 'STOPPING')
        programExited(record, { exitCode: 137, message: 'SIGKILL' });
    });
    executor.signal(taskId, 'SIGTERM');
  }

  function deprovision(record: TaskRecord): void {
    if (record.programStarted) {
      record.busyFinal = executor.busyMs(record.state.taskId);
      record.programStarted = false;
      executor.signal(record.state.taskId, 'SIGKILL');
    }
    record.state.stoppingAt ??= clock.now();
    setStatus(record, 'DEPROVISIONING');
    after(record, timings.deprovisioningMs, () => {
      record.state.stoppedAt = clock.now();
      setStatus(record, 'STOPPED');
      reconcile();
    });
  }

  // ───────────── the service scheduler ─────────────

  function live(record: TaskRecord): boolean {
    return record.state.desiredStatus === 'RUNNING';
  }

  /** Tasks that count toward the desired count: wanted, and not being replaced. */
  function counted(): TaskRecord[] {
    return [...tasks.values()].filter((record) => live(record) && !record.replacing);
  }

  function reconcile(): void {
    if (disposed) return;
    const current = counted();
    const missing = service.desiredCount - current.length;
    if (missing > 0) {
      const wait = throttledUntil - clock.now();
      if (wait > 0) {
        if (launchTimer === null) {
          launchTimer = timers.set(wait, () => {
            launchTimer = null;
            reconcile();
          });
        }
        return;
      }
      const started: TaskRecord[] = [];
      for (let i = 0; i < missing; i++) started.push(launch());
      // New tasks take the place of unhealthy ones still waiting for a replacement.
      const unreplaced = replacedTasks().filter(
        (record) => record.replacement === null || !live(record.replacement),
      );
      unreplaced.forEach((record, i) => (record.replacement = started[i] ?? null));
      serviceEvent(`${serviceLabel} has started ${started.length} tasks: ${taskList(started)}.`);
    } else if (missing < 0) {
      // Scale-in: stop tasks not yet running first, then the newest.
      const order = [...current].sort(
        (a, b) =>
          Number(a.state.lastStatus === 'RUNNING') - Number(b.state.lastStatus === 'RUNNING') ||
          b.state.createdAt - a.state.createdAt,
      );
      const stopping = order.slice(0, -missing);
      const running = stopping.filter((record) => record.state.lastStatus === 'RUNNING');
      if (running.length > 0) {
        serviceEvent(
          `${serviceLabel} has stopped ${running.length} running tasks: ${taskList(running)}.`,
        );
      }
      for (const record of stopping) stop(record, SCALING_IN_REASON);
    }
    stopReplaced();
    checkSteady();
  }

  function checkSteady(): void {
    const current = counted();
    const isSteady =
      current.length === service.desiredCount &&
      [...tasks.values()].every(
        (record) => live(record) || record.state.lastStatus === 'STOPPED',
      ) &&
      current.every((record) => record.target?.state === 'healthy');
    if (isSteady && !steady) serviceEvent(`${serviceLabel} has reached a steady state.`);
    steady = isSteady;
  }

  /** ECS starts a healthy replacement before it stops a task that failed its health checks. */
  function replaceUnhealthy(record: TaskRecord): void {
    const { taskId } = record.state;
    serviceEvent(
      `${serviceLabel} (task ${taskId}) (port ${definition.containerPort}) is unhealthy in (target-group ${targetGroupArn}) due to (reason Health checks failed).`,
    );
    record.replacing = true;
    reconcile();
  }

  function replacedTasks(): TaskRecord[] {
    return [...tasks.values()].filter((record) => record.replacing && live(record));
  }

  /**
   * Stops an unhealthy task once its replacement is healthy, or at once when nothing replaces it
   * (the service already has its desired count, e.g. after a scale-in).
   */
  function stopReplaced(): void {
    const stopping = replacedTasks().filter(
      (record) =>
        record.replacement === null ||
        !live(record.replacement) ||
        record.replacement.target?.state === 'healthy',
    );
    for (const record of stopping) {
      serviceEvent(`${serviceLabel} has stopped 1 running tasks: (task ${record.state.taskId}).`);
      stop(record, `Task failed ELB health checks in (target-group ${targetGroupArn})`);
    }
  }

  // ───────────── the target group ─────────────

  function scheduleHealthCheck(record: TaskRecord, delayMs: number): void {
    record.healthTimer = timers.set(delayMs, () => {
      record.healthTimer = null;
      runHealthCheck(record);
    });
  }

  function runHealthCheck(record: TaskRecord): void {
    if (record.target === null || record.target.state === 'draining') return;
    const { taskId } = record.state;
    let settled = false;
    const verdict = (passed: boolean, reason: string) => {
      if (settled || record.target === null || record.target.state === 'draining') return;
      settled = true;
      timers.clear(timeout);
      const before = record.target.state;
      setTarget(record, afterHealthCheck(record.target, passed, reason, targetGroup));
      const now = record.target.state;
      if (before !== now) {
        if (now === 'unhealthy') {
          const started = record.state.startedAt ?? 0;
          const inGrace = clock.now() - started < service.healthCheckGracePeriodMs;
          if (!inGrace && !record.replacing) replaceUnhealthy(record);
        }
        if (now === 'healthy') stopReplaced();
        checkSteady();
      }
    };
    const timeout = timers.set(targetGroup.healthCheckTimeoutMs, () =>
      verdict(false, 'Target.Timeout'),
    );
    executor
      .request(taskId, {
        method: 'GET',
        path: definition.healthCheckPath,
        headers: new Map([['user-agent', 'ELB-HealthChecker/2.0']]),
        body: '',
      })
      .then(
        (outcome) => {
          if (outcome.kind === 'response') {
            const passed = targetGroup.matcher.includes(outcome.status);
            verdict(passed, 'Target.ResponseCodeMismatch');
          } else verdict(false, 'Target.FailedHealthChecks');
        },
        () => verdict(false, 'Target.FailedHealthChecks'),
      );
    scheduleHealthCheck(record, targetGroup.healthCheckIntervalMs);
  }

  function routable(): TaskRecord[] {
    const registered = [...tasks.values()].filter((record) => record.target !== null);
    const healthy = registered.filter((record) => record.target?.state === 'healthy');
    if (healthy.length > 0) return healthy;
    // Fail open: with only unhealthy targets, the ALB routes to all of them.
    return registered.filter((record) => record.target?.state === 'unhealthy');
  }

  function pick(candidates: TaskRecord[]): TaskRecord {
    const start = roundRobin++ % candidates.length;
    const rotated = [...candidates.slice(start), ...candidates.slice(0, start)];
    if (targetGroup.routing === 'round_robin') return rotated[0] as TaskRecord;
    let best = rotated[0] as TaskRecord;
    for (const record of rotated) if (record.inFlight.size < best.inFlight.size) best = record;
    return best;
  }

  function elbError(status: ElbErrorStatus, taskId: string | null): AlbResponse {
    return {
      status,
      headers: elbErrorHeaders(status),
      body: elbErrorPage(status),
      source: 'elb',
      taskId,
    };
  }

  function request(spec: HttpRequestSpec): Promise<AlbResponse> {
    if (disposed) return Promise.reject(new Error('The ECS service was disposed'));
    const startedAt = clock.now();
    const usage = hourUsage(startedAt);
    usage.newConnections++;
    usage.bytes += spec.body.length;
    const candidates = routable();
    const report = (response: AlbResponse) => {
      const now = clock.now();
      hourUsage(now).connectionMs += now - startedAt;
      hourUsage(now).bytes += response.body.length;
      bus.emit({
        type: 'alb-request',
        time: now,
        method: spec.method,
        path: spec.path,
        taskId: response.taskId,
        status: response.status,
        source: response.source,
        latencyMs: now - startedAt,
      });
      return response;
    };
    if (candidates.length === 0) return Promise.resolve(report(elbError(503, null)));
    requestsThisMinute++;
    const record = pick(candidates);
    const { taskId } = record.state;
    return new Promise<AlbResponse>((resolve) => {
      let idle: TimerHandle | null = null;
      const pending: PendingRequest = {
        settle: (response) => {
          if (!record.inFlight.delete(pending)) return;
          if (idle !== null) timers.clear(idle);
          resolve(report(response));
          drained(record);
        },
      };
      record.inFlight.add(pending);
      idle = timers.set(targetGroup.idleTimeoutMs, () => {
        idle = null;
        pending.settle(elbError(504, taskId));
      });
      executor.request(taskId, spec).then(
        (outcome: TargetOutcome) => {
          if (outcome.kind === 'response') {
            pending.settle({ ...outcome, source: 'target', taskId });
          } else pending.settle(elbError(502, taskId));
        },
        () => pending.settle(elbError(502, taskId)),
      );
    });
  }

  // ───────────── metrics and target tracking ─────────────

  /** Each minute: the service's CPU and requests per target, then the scaling policy's verdict. */
  function metricTick(): void {
    const now = clock.now();
    const minuteStart = now - MINUTE;
    let busy = 0;
    let capacity = 0;
    for (const record of tasks.values()) {
      const started = record.state.startedAt;
      if (started === null) continue;
      const end = record.state.stoppedAt ?? record.state.stoppingAt ?? now;
      const ranMs = Math.min(now, end) - Math.max(minuteStart, started);
      const total =
        record.busyFinal ??
        (record.programStarted ? executor.busyMs(record.state.taskId) : record.busyAtTick);
      const used = total - record.busyAtTick;
      record.busyAtTick = total;
      if (ranMs <= 0) continue;
      // A single-threaded Node process uses at most one vCPU (docs/fargate.md#target-tracking).
      busy += Math.min(used, ranMs * Math.min(1, definition.vcpu));
      capacity += ranMs * definition.vcpu;
    }
    const cpu: Datapoint = capacity > 0 ? (busy / capacity) * 100 : null;
    const healthy = [...tasks.values()].filter(
      (record) => record.target?.state === 'healthy',
    ).length;
    const perTarget: Datapoint = healthy > 0 ? requestsThisMinute / healthy : null;
    requestsThisMinute = 0;
    for (const [series, value] of [
      [cpuSeries, cpu],
      [requestSeries, perTarget],
    ] as const) {
      series.push(value);
      if (series.length > METRIC_HISTORY) series.shift();
    }
    for (const record of [...tasks.values()]) {
      if (record.state.lastStatus === 'STOPPED') tasks.delete(record.state.taskId);
    }
    bus.emit({ type: 'metric', time: now, cpuUtilization: cpu, requestCountPerTarget: perTarget });
    if (policy !== null) applyPolicy(policy, now);
  }

  function applyPolicy(active: TargetTrackingPolicy, now: number): void {
    const datapoints =
      active.metric === 'ECSServiceAverageCPUUtilization' ? cpuSeries : requestSeries;
    const from = service.desiredCount;
    const decision = decide({
      datapoints,
      policy: active,
      current: from,
      min: service.minCount,
      max: service.maxCount,
      now,
      state: scaling,
    });
    if (decision.desiredCount === null || decision.direction === null) return;
    const to = decision.desiredCount;
    if (decision.direction === 'out') {
      scaling.lastScaleOutAt = now;
      scaling.lastScaleInAt = null; // A scale-out ends a scale-in cooldown.
    } else scaling.lastScaleInAt = now;
    const alarm = decision.direction === 'out' ? 'AlarmHigh' : 'AlarmLow';
    const message = `Successfully set desired count to ${to}. Change successfully fulfilled by ecs.`;
    const cause = `monitor alarm TargetTracking-service/${service.clusterName}/${service.serviceName}-${alarm} in state ALARM triggered policy ${active.metric}-target-tracking`;
    service.desiredCount = to;
    bus.emit({
      type: 'scaling-activity',
      time: now,
      from,
      to,
      direction: decision.direction,
      message,
      cause,
    });
    reconcile();
  }

  function scheduleMetricTick(): void {
    timers.set(MINUTE, () => {
      metricTick();
      scheduleMetricTick();
    });
  }

  // ───────────── billing ─────────────

  function cost(): EcsServiceCost {
    const now = clock.now();
    const tasksCost: TaskCost = { billedSeconds: 0, vcpuUsd: 0, memoryUsd: 0, totalUsd: 0 };
    for (const record of billed.values()) {
      const one = taskCost(
        {
          ...definition,
          pullStartedAt: record.pullStartedAt as number,
          stoppedAt: record.stoppedAt,
        },
        now,
      );
      tasksCost.billedSeconds += one.billedSeconds;
      tasksCost.vcpuUsd += one.vcpuUsd;
      tasksCost.memoryUsd += one.memoryUsd;
      tasksCost.totalUsd += one.totalUsd;
    }
    const alb = albCost(createdAt, now, albHours);
    return { tasks: tasksCost, alb, totalUsd: tasksCost.totalUsd + alb.totalUsd };
  }

  // The first tasks start on the next turn of the clock, so a listener subscribed right after
  // creation hears every event from the first.
  timers.set(0, reconcile);
  scheduleMetricTick();

  return {
    request,
    setDesiredCount(count) {
      countCheck('desiredCount', count);
      service.desiredCount = count;
      reconcile();
    },
    setScalableTarget(minCount, maxCount) {
      countCheck('minCount', minCount);
      countCheck('maxCount', maxCount);
      if (minCount > maxCount) throw new RangeError('minCount must not exceed maxCount');
      service.minCount = minCount;
      service.maxCount = maxCount;
      // Registering a scalable target moves the desired count inside the new bounds.
      const clamped = Math.min(maxCount, Math.max(minCount, service.desiredCount));
      if (clamped !== service.desiredCount) {
        service.desiredCount = clamped;
        reconcile();
      }
    },
    setScalingPolicy(next) {
      policy = next;
    },
    setTimings(partial) {
      timings = checkTaskTimings({ ...timings, ...partial });
    },
    setTargetGroup(partial) {
      targetGroup = checkTargetGroup({ ...targetGroup, ...partial });
    },
    stopTask(taskId, reason = 'Task stopped by user') {
      const record = tasks.get(taskId);
      if (record === undefined) throw new RangeError(`No task ${taskId}`);
      stop(record, reason);
      reconcile();
    },
    snapshot() {
      const all = [...tasks.values()];
      return {
        time: clock.now(),
        service: {
          ...service,
          runningCount: all.filter((r) => r.state.lastStatus === 'RUNNING').length,
          pendingCount: all.filter((r) =>
            ['PROVISIONING', 'PENDING', 'ACTIVATING'].includes(r.state.lastStatus),
          ).length,
          steady,
        },
        definition,
        targetGroupArn,
        tasks: all.map((record) => ({ ...record.state })),
        targets: all
          .filter((record) => record.target !== null)
          .map((record) => ({
            taskId: record.state.taskId,
            state: (record.target as TargetHealth).state,
            reason: (record.target as TargetHealth).reason,
            inFlight: record.inFlight.size,
          })),
        events: events.map((event) => ({ ...event })),
        metrics: { cpuUtilization: [...cpuSeries], requestCountPerTarget: [...requestSeries] },
        cost: cost(),
      };
    },
    subscribe: (listener) => bus.subscribe(listener),
    dispose() {
      disposed = true;
      timers.dispose();
      for (const record of tasks.values()) {
        // Requests still open end as a deleted service's would: the connection drops, 502.
        for (const pending of [...record.inFlight])
          pending.settle(elbError(502, record.state.taskId));
        if (record.programStarted) executor.signal(record.state.taskId, 'SIGKILL');
      }
      bus.clear();
    },
  };
}

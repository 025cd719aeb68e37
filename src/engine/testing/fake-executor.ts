// A scriptable in-memory Executor for tests: each init and invoke answers what, and when, a test says.
import type {
  Clock,
  Executor,
  InitOutcome,
  InstanceSpec,
  InvokeOutcome,
  InvokeRequest,
  LogLevel,
  TimerHandle,
} from '../types';

export interface FakeStep<T> {
  outcome: T;
  /** Simulated ms until it settles, on the fake's clock; absent or 0: settles at once. */
  delayMs?: number;
  /** Lines the code writes as the step begins (request id `undefined` during init). */
  logs?: ReadonlyArray<{ level: LogLevel; message: string }>;
  /** For an invoke: work an earlier invocation left running runs (after its return) as it begins. */
  afterReturn?: boolean;
  /**
   * For an init: ms on the fake's clock until the worker has booted and INIT can begin (the
   * spec's onBooted); absent or 0: at once. `delayMs` counts from the same start.
   */
  bootDelayMs?: number;
}

export type InitScript = (spec: InstanceSpec) => FakeStep<InitOutcome>;
export type InvokeScript = (instanceId: string, request: InvokeRequest) => FakeStep<InvokeOutcome>;

export interface FakeExecutor extends Executor {
  /** Replace either script at any time; it applies to the next call. */
  script: { init: InitScript; invoke: InvokeScript };
  readonly started: InstanceSpec[];
  readonly invoked: Array<{ instanceId: string; request: InvokeRequest }>;
  readonly stopped: string[];
  /** Instances started and not stopped. */
  live(): string[];
}

export function okInit(initDurationMs = 100): FakeStep<InitOutcome> {
  return { outcome: { ok: true, initDurationMs } };
}

export function okInvoke(payload = 'null', durationMs = 10, delayMs = 0): FakeStep<InvokeOutcome> {
  return { outcome: { kind: 'ok', payload, durationMs, maxMemoryUsedMB: 64 }, delayMs };
}

/** The handler throws `Error: <message>` (not fatal: the instance stays). */
export function errorInvoke(errorMessage = 'boom', durationMs = 5): FakeStep<InvokeOutcome> {
  const error = { errorType: 'Error', errorMessage, trace: [`Error: ${errorMessage}`] };
  return { outcome: { kind: 'error', error, durationMs, maxMemoryUsedMB: 60, fatal: false } };
}

interface Pending {
  settle: (outcome: InvokeOutcome) => void;
  timer: TimerHandle | null;
}

/** What an instance runs (its INIT or a request), for whenRunOverruns. */
interface Running {
  /** When its code began on the fake's clock, and its measured time: the code's own. */
  startedAt: number;
  ownMs: number;
  /** Called as it settles. */
  onSettled: Array<() => void>;
}

/**
 * `answersProbes`: the executor can tell how long a run has taken by its own time, as a worker
 * does (Executor.whenRunOverruns): a step's Duration is its code's, the rest of its delay the
 * computer's, coming after it.
 */
export function createFakeExecutor(
  options: {
    clock?: Clock;
    init?: InitScript;
    invoke?: InvokeScript;
    answersProbes?: boolean;
  } = {},
): FakeExecutor {
  const { clock } = options;
  const specs = new Map<string, InstanceSpec>();
  const pending = new Map<string, Set<Pending>>();
  const started: InstanceSpec[] = [];
  const invoked: FakeExecutor['invoked'] = [];
  const stopped: string[] = [];
  const running = new Map<string, Running>();
  /** Notes that `instanceId` runs code from `startedAt`; the returned function says it ended. */
  const run = (instanceId: string, startedAt: number, ownMs: number) => {
    const entry: Running = { startedAt, ownMs, onSettled: [] };
    running.set(instanceId, entry);
    return () => {
      if (running.get(instanceId) === entry) running.delete(instanceId);
      for (const settled of entry.onSettled.splice(0)) settled();
    };
  };
  const script: FakeExecutor['script'] = {
    init: options.init ?? (() => okInit()),
    invoke: options.invoke ?? (() => okInvoke()),
  };

  function writeLogs(spec: InstanceSpec, requestId: string | undefined, step: FakeStep<unknown>) {
    const time = clock?.now() ?? 0;
    for (const { level, message } of step.logs ?? [])
      spec.onLog({ time, requestId, level, message });
  }

  /** Settles at once, or after `delayMs` on the clock; returns the timer so a stop can cancel it. */
  function later<T>(step: FakeStep<T>, settle: (value: T) => void): TimerHandle | null {
    if (!step.delayMs) {
      settle(step.outcome);
      return null;
    }
    if (clock === undefined) throw new Error('createFakeExecutor needs a clock for delayed steps');
    return clock.setTimer(step.delayMs, () => settle(step.outcome));
  }

  return {
    script,
    started,
    invoked,
    stopped,
    live: () => [...specs.keys()],
    startInstance(spec) {
      started.push(spec);
      specs.set(spec.instanceId, spec);
      const step = script.init(spec);
      if (step.bootDelayMs) {
        if (clock === undefined)
          throw new Error('createFakeExecutor needs a clock for boot delays');
        clock.setTimer(step.bootDelayMs, () => spec.onBooted?.());
      } else spec.onBooted?.();
      writeLogs(spec, undefined, step);
      const now = clock?.now() ?? 0;
      const ended = run(
        spec.instanceId,
        now + (step.bootDelayMs ?? 0),
        step.outcome.initDurationMs,
      );
      return new Promise((resolve) =>
        later(step, (outcome) => {
          ended();
          resolve(outcome);
        }),
      );
    },
    invoke(instanceId, request) {
      const spec = specs.get(instanceId);
      if (spec === undefined) throw new Error(`fake executor: no instance ${instanceId}`);
      invoked.push({ instanceId, request });
      const step = script.invoke(instanceId, request);
      if (step.afterReturn === true) spec.onAfterReturn?.(request.requestId);
      writeLogs(spec, request.requestId, step);
      return new Promise((resolve) => {
        const waiting = pending.get(instanceId) ?? new Set<Pending>();
        pending.set(instanceId, waiting);
        const ended = run(instanceId, clock?.now() ?? 0, step.outcome.durationMs);
        const entry: Pending = { settle: resolve, timer: null };
        entry.settle = (outcome) => {
          waiting.delete(entry);
          ended();
          resolve(outcome);
        };
        waiting.add(entry);
        entry.timer = later(step, entry.settle);
      });
    },
    ...(options.answersProbes === true && {
      whenRunOverruns(instanceId: string, ownMs: number) {
        const entry = running.get(instanceId);
        if (entry === undefined || clock === undefined) return Promise.resolve();
        return new Promise<void>((resolve) => {
          entry.onSettled.push(resolve);
          // Its code runs past ownMs only if its Duration does.
          if (entry.ownMs <= ownMs) return;
          clock.setTimer(Math.max(0, entry.startedAt + ownMs - clock.now()), resolve);
        });
      },
    }),
    stopInstance(instanceId) {
      if (!specs.delete(instanceId)) return;
      stopped.push(instanceId);
      // As the real executor does: whatever was pending on the instance settles as a crash.
      for (const entry of pending.get(instanceId) ?? []) {
        if (entry.timer !== null) clock?.clearTimer(entry.timer);
        entry.settle({
          kind: 'crash',
          error: { errorType: 'Runtime.ExitError', errorMessage: 'Instance stopped', trace: [] },
          durationMs: 0,
          maxMemoryUsedMB: null,
        });
      }
      pending.delete(instanceId);
    },
  };
}

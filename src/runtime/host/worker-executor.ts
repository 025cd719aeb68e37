// The engine's Executor on Web Workers: one worker per instance, taken from a pool of spares kept
// per network mode (a function's Internet access decides where its workers start) and language (a
// Python instance's worker starts Python before it can take its code). Each request
// (load, invoke) is correlated by id and always settled: by the worker's answer, a real-time
// timeout (the worker is terminated), a crash, or stopInstance.
import type {
  Executor,
  InitOutcome,
  InstanceSpec,
  InvokeOutcome,
  InvokeRequest,
} from '../../engine/types';
import { createDeadlines } from './deadlines';
import { exitError, startError } from '../runtime-exit';
import { networkModeOf } from '../protocol';
import type { FromWorker, NetworkMode, SdkScript, WorkerLike } from '../protocol';
import { serviceOutcome } from './service-outcome';
import { sdkPackagesIn } from '../../engine/functions/sdk-packages';
import { languageOf } from '../../engine/functions/runtimes';
import type { RuntimeLanguage } from '../../engine/functions/runtimes';
import { createSparePool } from './spare-pool';
import { realWait, whenOverrun } from './run-overrun';
import type { SparePool } from './spare-pool';

export interface WorkerExecutorOptions {
  /** A blank worker for instances of this network mode and language. */
  createWorker: (network: NetworkMode, language: RuntimeLanguage) => WorkerLike;
  /** Blank Node.js workers kept booted ahead of cold starts, per network mode in use (default 2). */
  spareWorkers?: number;
  /**
   * Python workers kept booted ahead, per network mode in use (default 1): each holds a started
   * interpreter (tens of MB), and none is started before a Python function first needs one.
   */
  pythonSpareWorkers?: number;
  /** Delay before replacing a spare that was taken (default 50 ms). */
  refillDelayMs?: number;
  /** Lambda's INIT limit for the init phase (default 10 s); an instance's spec may set its own. */
  initTimeoutMs?: number;
  /**
   * The scripts of provided SDK packages (src/engine/functions/sdk-packages.ts), sent with the code
   * of an instance that names them. Absent: none are sent (the code's require of one fails).
   */
  loadSdkScripts?: (names: readonly string[]) => Promise<SdkScript[]>;
}

export interface WorkerExecutor extends Executor {
  /**
   * Starts this kind of worker's spares now, ahead of the first cold start that needs one: a
   * Python worker takes seconds to start Python, time better spent while the learner edits.
   */
  prepare(network: NetworkMode, language: RuntimeLanguage): void;
  /** Terminates every instance and spare. */
  dispose(): void;
  whenRunOverruns: NonNullable<Executor['whenRunOverruns']>;
  /**
   * The spares waiting for this network mode and language, and how many have said `ready`; none
   * before that pool's first use. (The benchmark waits on it: a Python spare takes seconds.)
   */
  spares(network: NetworkMode, language: RuntimeLanguage): { spares: number; ready: number };
}

type Pending =
  | {
      kind: 'init';
      id: number;
      started: number;
      timer: Timer;
      /** This INIT's limit in ms. */
      limitMs: number;
      /** INIT's limit is for the learner's code: a worker still booting gets more until `ready`. */
      booted: boolean;
      /** The `load` message has gone (after the SDK scripts the code names, if any). */
      loadSent: boolean;
      resolve: (o: InitOutcome) => void;
    }
  | {
      kind: 'invoke';
      id: number;
      started: number;
      /** Timed out by the executor's shared deadlines, not a timer of its own. */
      request: InvokeRequest;
      resolve: (o: InvokeOutcome) => void;
    };

type Timer = ReturnType<typeof setTimeout>;

/**
 * How long Chromium lets a terminated, spinning worker's thread run on
 * (docs/browser-limits.md#spinning-workers).
 */
export const SPINNING_WORKER_GRACE_MS = 2000;

/**
 * How long a fresh worker may take to boot before its INIT clock starts anyway. Starting Python
 * takes seconds of a core (docs/python-runtime.md#what-it-costs), more on a busy machine.
 */
const BOOT_ALLOWANCE_MS: Readonly<Record<RuntimeLanguage, number>> = {
  nodejs: 20_000,
  python: 60_000,
};

interface Instance {
  spec: InstanceSpec;
  worker: WorkerLike;
  pending: Pending | null;
  /** The worker died while idle: the next invoke learns it. */
  dead: boolean;
  /** Asks of the running invoke's own time (`probe`) waiting for the worker's reply. */
  probes: Array<(ownMs: number | null) => void>;
}

/** The asks waiting on the instance get their answer: the run is over, or said how long it ran. */
function answerProbes(instance: Instance, ownMs: number | null): void {
  for (const reply of instance.probes.splice(0)) reply(ownMs);
}

/** An init that runs past Lambda's limit; INIT_REPORT shows it as a timeout. */
function initTimeout(ms: number): InitOutcome {
  const errorMessage = `Task timed out after ${(ms / 1000).toFixed(2)} seconds`;
  return {
    ok: false,
    initDurationMs: ms,
    error: { errorType: 'Sandbox.Timedout', errorMessage, trace: [] },
  };
}

/**
 * Settles what the instance was doing as a crash: the runtime is gone without an answer. `reason`
 * is the worker's own error message when it had one (a worker that could not start says why).
 */
function settleAsCrash(pending: Pending, reason = ''): void {
  if (pending.kind === 'init') clearTimeout(pending.timer);
  const elapsed = performance.now() - pending.started;
  const requestId = pending.kind === 'invoke' ? pending.request.requestId : undefined;
  const error = reason ? startError(reason, requestId) : exitError(0, requestId);
  if (pending.kind === 'init') {
    pending.resolve({ ok: false, initDurationMs: elapsed, error });
  } else {
    pending.resolve({ kind: 'crash', error, durationMs: elapsed, maxMemoryUsedMB: null });
  }
}

export function createWorkerExecutor(options: WorkerExecutorOptions): WorkerExecutor {
  const pools = new Map<string, SparePool>();
  const poolFor = (network: NetworkMode, language: RuntimeLanguage) => {
    const key = `${network} ${language}`;
    let pool = pools.get(key);
    if (pool === undefined) {
      const size =
        language === 'python' ? (options.pythonSpareWorkers ?? 1) : (options.spareWorkers ?? 2);
      pool = createSparePool({
        createWorker: () => options.createWorker(network, language),
        size,
        refillDelayMs: options.refillDelayMs ?? 50,
      });
      pools.set(key, pool);
    }
    return pool;
  };
  // A new function is Node.js with Internet access off: its spares boot now; others' on first use.
  poolFor('offline', 'nodejs');
  /** A terminated spinning worker slows every spawn in the next ≈ 2 s, whichever pool's. */
  const pauseSpares = () => {
    for (const pool of pools.values()) pool.pause(SPINNING_WORKER_GRACE_MS);
  };
  const initTimeoutMs = options.initTimeoutMs ?? 10_000;
  const instances = new Map<string, Instance>();
  let nextId = 1;
  const invokeDeadlines = createDeadlines<Instance>(timeOut);

  const discard = (instance: Instance) => {
    invokeDeadlines.remove(instance);
    answerProbes(instance, null);
    instance.worker.onmessage = null;
    instance.worker.onerror = null;
    instance.worker.onmessageerror = null;
    instance.worker.terminate();
    instances.delete(instance.spec.instanceId);
  };

  /** Answers an SDK call on the page; a worker that has gone since hears nothing. */
  const answerSdkCall = (
    instance: Instance,
    message: Extract<FromWorker, { type: 'aws-request' }>,
  ) => {
    const { hostname } = message.request;
    const answered = instance.spec.onServiceRequest
      ? instance.spec.onServiceRequest(message.request, message.requestId)
      : Promise.reject(new Error(`getaddrinfo ENOTFOUND ${hostname}`));
    void serviceOutcome(answered).then((outcome) => {
      if (instances.get(instance.spec.instanceId) !== instance) return;
      instance.worker.postMessage({ type: 'aws-response', id: message.id, outcome });
    });
  };

  const receive = (instance: Instance, message: FromWorker) => {
    if (message.type === 'log') {
      instance.spec.onLog(message.record);
      return;
    }
    if (message.type === 'aws-request') {
      answerSdkCall(instance, message);
      return;
    }
    const pending = instance.pending;
    if (message.type === 'probe-reply') {
      if (pending?.id === message.id) answerProbes(instance, message.ownMs);
      return;
    }
    if (message.type === 'ready') {
      if (pending?.kind === 'init' && !pending.booted) {
        clearTimeout(pending.timer);
        pending.booted = true;
        pending.timer = setTimeout(timeOutInit, pending.limitMs, instance);
        if (pending.loadSent) instance.spec.onBooted?.();
      }
      return;
    }
    // A web program's messages (web-program.ts) are for the page's web executor, not this one.
    if (!('id' in message) || pending?.id !== message.id) return;
    if (message.type === 'chunk') {
      if (pending.kind === 'invoke') pending.request.onResponseChunk?.(message.chunk);
      return;
    }
    if (message.type === 'after-return') {
      if (pending.kind === 'invoke') instance.spec.onAfterReturn?.(pending.request.requestId);
      return;
    }
    if (pending.kind === 'init') clearTimeout(pending.timer);
    else invokeDeadlines.remove(instance);
    instance.pending = null;
    answerProbes(instance, null);
    if (message.type === 'loaded' && pending.kind === 'init') {
      if (!message.outcome.ok) discard(instance);
      pending.resolve(message.outcome);
    } else if (message.type === 'result' && pending.kind === 'invoke') {
      if (message.outcome.kind === 'error' && message.outcome.fatal) discard(instance);
      pending.resolve(message.outcome);
    }
  };

  const crash = (instance: Instance, reason?: string) => {
    const { pending } = instance;
    instance.pending = null;
    if (pending) {
      discard(instance);
      settleAsCrash(pending, reason);
      return;
    }
    instance.worker.terminate();
    instance.dead = true;
  };

  function timeOut(instance: Instance) {
    const { pending } = instance;
    if (pending?.kind !== 'invoke') return;
    instance.pending = null;
    discard(instance);
    pauseSpares();
    pending.resolve({
      kind: 'timeout',
      durationMs: pending.request.timeoutMs,
      maxMemoryUsedMB: null,
    });
  }

  const timeOutInit = (instance: Instance) => {
    if (instance.pending?.kind !== 'init') return;
    const { resolve, limitMs } = instance.pending;
    instance.pending = null;
    discard(instance);
    pauseSpares();
    resolve(initTimeout(limitMs));
  };

  return {
    startInstance(spec) {
      if (instances.has(spec.instanceId)) {
        return Promise.reject(new Error(`Instance ${spec.instanceId} already exists`));
      }
      const language = languageOf(spec.config.runtime);
      const { worker, booted } = poolFor(networkModeOf(spec.config), language).take();
      const instance: Instance = { spec, worker, pending: null, dead: false, probes: [] };
      instances.set(spec.instanceId, instance);
      instance.worker.onmessage = (event) => receive(instance, event.data);
      instance.worker.onerror = (event) => {
        event.preventDefault();
        // Before `ready`, the error is the worker's failure to start, and its message says why.
        const starting = instance.pending?.kind === 'init' && !instance.pending.booted;
        crash(instance, starting ? event.message : undefined);
      };
      instance.worker.onmessageerror = () => crash(instance);
      const names = sdkPackagesIn(spec.bundle.code);
      const { loadSdkScripts } = options;
      return new Promise<InitOutcome>((resolve) => {
        const id = nextId++;
        // A worker still booting (a burst took every spare) has its INIT timed from its `ready`;
        // the allowance only catches an init that hangs before the worker could say so.
        const limitMs = spec.initTimeoutMs ?? initTimeoutMs;
        const firstLimit = booted ? limitMs : limitMs + BOOT_ALLOWANCE_MS[language];
        instance.pending = {
          kind: 'init',
          id,
          started: performance.now(),
          timer: setTimeout(timeOutInit, firstLimit, instance),
          limitMs,
          booted,
          loadSent: false,
          resolve,
        };
        const { config, bundle, logStreamName } = spec;
        const load = (sdkScripts: SdkScript[]) => {
          // Stopped or crashed while the scripts were on their way: the pending init has settled.
          const { pending } = instance;
          if (pending?.id !== id || pending.kind !== 'init') return;
          pending.loadSent = true;
          if (pending.booted) spec.onBooted?.();
          instance.worker.postMessage({
            type: 'load',
            id,
            config,
            bundle,
            logStreamName,
            sdkScripts,
            ...(spec.provisioned === true && { provisioned: true }),
          });
        };
        if (names.length === 0 || !loadSdkScripts) load([]);
        else void loadSdkScripts(names).then(load, () => load([]));
      });
    },

    invoke(instanceId, request) {
      const instance = instances.get(instanceId);
      if (!instance) return Promise.reject(new Error(`No instance ${instanceId}`));
      if (instance.pending) return Promise.reject(new Error(`Instance ${instanceId} is busy`));
      return new Promise<InvokeOutcome>((resolve) => {
        const id = nextId++;
        invokeDeadlines.add(instance, request.timeoutMs);
        instance.pending = { kind: 'invoke', id, started: performance.now(), request, resolve };
        if (instance.dead) {
          crash(instance);
          return;
        }
        const { requestId, eventJson, deadlineMs } = request;
        instance.worker.postMessage({ type: 'invoke', id, requestId, eventJson, deadlineMs });
      });
    },

    whenRunOverruns(instanceId, ownMs, silenceMs) {
      const instance = instances.get(instanceId);
      const running = instance?.pending;
      if (instance === undefined || running == null) return Promise.resolve();
      const ask = () =>
        new Promise<number | null>((resolve) => {
          if (instance.pending !== running) {
            resolve(null);
            return;
          }
          instance.probes.push(resolve);
          instance.worker.postMessage({ type: 'probe', id: running.id });
        });
      return whenOverrun({ ask, ownMs, silenceMs, wait: realWait });
    },

    stopInstance(instanceId) {
      const instance = instances.get(instanceId);
      if (!instance) return;
      const { pending } = instance;
      instance.pending = null;
      discard(instance);
      if (pending) settleAsCrash(pending);
    },

    prepare(network, language) {
      poolFor(network, language);
    },

    dispose() {
      for (const instance of [...instances.values()]) this.stopInstance(instance.spec.instanceId);
      invokeDeadlines.dispose();
      for (const pool of pools.values()) pool.dispose();
    },

    spares: (network, language) =>
      pools.get(`${network} ${language}`)?.count() ?? { spares: 0, ready: 0 },
  };
}

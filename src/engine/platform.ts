// Assembles the platform from its parts: the one object the rest of the app drives.
import { createBillingLedger } from './billing/billing';
import { createConcurrencyLedger } from './instances/concurrency';
import { createInvocationRateLimiter } from './instances/invocation-rate';
import { DEFAULT_SETTINGS, type EngineContext } from './context';
import { ResourceNotFoundError } from './errors';
import { createEventBus } from './event-bus';
import { DEFAULT_BUS } from './sources/event-buses';
import { createEventSources, sourcesSnapshot } from './sources/event-sources';
import { deployFunction, removeFunction } from './functions/function-registry';
import { createSeededRandom, randomIds } from './ids';
import { createCallChains } from './instances/call-chains';
import { sweepIdle } from './instances/instances';
import { invoke } from './instances/invocation';
import type {
  FunctionSnapshot,
  Platform,
  PlatformOptions,
  PlatformSnapshot,
} from './platform-types';
import type { FunctionRecord } from './model';
import { allocationStatus } from './instances/provisioned-allocation';
import { createReaper } from './instances/reaper';
import { pokeFunction } from './sources/sqs-poller';
import { serviceCallEvent } from './services/service-requests';
import { createDynamoDBStreams } from './sources/dynamodb-streams-api';
import { pokeStreamFunction } from './sources/dynamodb-poller';
import { createScalingRateLimiter } from './instances/scaling-rate';
import { createTimerSet } from './time/timer-set';
import type { PlatformSettings } from './types';

function checkSettings(settings: PlatformSettings): PlatformSettings {
  const { min, max } = settings.idleLifetimeMs;
  if (!(min >= 0 && max >= min)) {
    throw new RangeError(`idleLifetimeMs needs 0 ≤ min ≤ max, got [${min}, ${max}]`);
  }
  if (!(settings.accountConcurrency >= 0)) {
    throw new RangeError(`accountConcurrency must be ≥ 0, got ${settings.accountConcurrency}`);
  }
  const { scalingRatePer10s } = settings;
  if (
    scalingRatePer10s !== undefined &&
    !(Number.isInteger(scalingRatePer10s) && scalingRatePer10s >= 1)
  ) {
    throw new RangeError(`scalingRatePer10s must be a whole number ≥ 1, got ${scalingRatePer10s}`);
  }
  return settings;
}

function optionalAllocation(fn: FunctionRecord): Pick<FunctionSnapshot, 'provisionedAllocation'> {
  const status = allocationStatus(fn);
  return status === null ? {} : { provisionedAllocation: status };
}

function takeSnapshot(ctx: EngineContext): PlatformSnapshot {
  return {
    time: ctx.clock.now(),
    settings: { ...ctx.settings, idleLifetimeMs: { ...ctx.settings.idleLifetimeMs } },
    functions: [...ctx.functions.values()].map((fn) => ({
      name: fn.name,
      version: fn.version,
      config: { ...fn.config, environment: { ...fn.config.environment } },
      concurrentExecutions: fn.inUse,
      ...optionalAllocation(fn),
    })),
    instances: [...ctx.instances.values()].map((instance) => ({
      id: instance.id,
      functionName: instance.fn.name,
      version: instance.version,
      state: instance.state,
      logStreamName: instance.logStreamName,
      startedAt: instance.startedAt,
      lastUsed: instance.lastUsed,
      idleDeadline:
        instance.state === 'idle' && !instance.provisioned ? instance.idleDeadline : null,
      provisioned: instance.provisioned,
    })),
    totals: ctx.billing.overall(),
    totalsByFunction: ctx.billing.byFunction(),
    ...sourcesSnapshot(ctx),
  };
}

// Fixed, so a session's idle lifetimes repeat from run to run unless a random source is given.
const DEFAULT_SEED = 0x5eed;
const TIMING_SEED = 0xc01d;

export function createPlatform(options: PlatformOptions): Platform {
  const settings = checkSettings({ ...DEFAULT_SETTINGS, ...options.settings });
  const clock = options.clock;
  let disposed = false;
  const ctx: EngineContext = {
    clock,
    executor: options.executor,
    ids: options.ids ?? randomIds(),
    random: options.random ?? createSeededRandom(DEFAULT_SEED),
    timingRandom: options.timingRandom ?? createSeededRandom(TIMING_SEED),
    wallClock: options.wallClock ?? Date.now,
    settings,
    bus: createEventBus(options.onListenerError),
    concurrency: createConcurrencyLedger(settings.accountConcurrency),
    rate: createInvocationRateLimiter(),
    scaling: createScalingRateLimiter(),
    provisionedScaling: createScalingRateLimiter(),
    billing: createBillingLedger(),
    reaper: createReaper(
      clock,
      () => ctx.settings.idleLifetimeMs.min,
      (now) => sweepIdle(ctx, now),
    ),
    functions: new Map(),
    instances: new Map(),
    startedCounts: new Map(),
    timers: createTimerSet(clock),
    shapes: options.shapes ?? null,
    services: options.services ?? null,
    chains: createCallChains(),
    asyncEvents: new Map(),
    queues: new Map(),
    mappings: new Map(),
    topics: new Map(),
    buckets: new Map(),
    rules: new Map(),
    eventBuses: new Map([[DEFAULT_BUS, { name: DEFAULT_BUS, rules: new Map() }]]),
    ddbTables: new Map(),
    streamMappings: new Map(),
  };

  return {
    ...createEventSources(ctx),
    ...createDynamoDBStreams(ctx),
    deploy(config, bundle) {
      const result = deployFunction(ctx, config, bundle);
      // Mappings to a function that did not exist yet (or was replaced) can poll now.
      if (result.changed) {
        pokeFunction(ctx, config.name);
        pokeStreamFunction(ctx, config.name);
      }
      return result;
    },
    remove(name) {
      const fn = ctx.functions.get(name);
      if (fn === undefined) throw new ResourceNotFoundError(name);
      removeFunction(ctx, fn);
    },
    invoke(name, eventJson, invokeOptions) {
      if (disposed) return Promise.reject(new Error('The platform was disposed'));
      const type = invokeOptions?.invocationType ?? 'RequestResponse';
      const { onResponseChunk, origin } = invokeOptions ?? {};
      return invoke(ctx, name, eventJson, type, onResponseChunk, origin);
    },
    subscribe: (listener) => ctx.bus.subscribe(listener),
    snapshot: () => takeSnapshot(ctx),
    recordServiceCall: (caller, record, latencyMs) =>
      serviceCallEvent(ctx, caller, record, latencyMs),
    setSettings(partial) {
      const next = checkSettings({ ...ctx.settings, ...partial });
      ctx.settings = next;
      ctx.concurrency.setAccountLimit(next.accountConcurrency);
      ctx.reaper.rearm();
    },
    dispose() {
      disposed = true;
      ctx.reaper.dispose();
      ctx.timers.dispose();
      ctx.bus.clear();
      for (const id of ctx.instances.keys()) ctx.executor.stopInstance(id);
      ctx.instances.clear();
    },
  };
}

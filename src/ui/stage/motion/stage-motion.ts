// The animated stage's model: the engine's lifecycle events in, what to draw at a simulated time out.
/**
 * Pure and clocked from outside: `frame(now)` is asked for the picture at a simulated time, so the
 * Speed control scales every motion and a paused clock holds it still, and tests drive it with a
 * manual clock. All durations below are simulated milliseconds.
 *
 * A request is drawn travelling from its trigger for TRAVEL_MS. So that it reaches its environment
 * as the environment starts work, environments are drawn TRAVEL_MS behind the engine: a cold
 * start's environment appears when its request arrives, boots (INIT), then serves. With reduced
 * motion nothing travels: environments are drawn at the engine's time and a throttled request is
 * a still 429 mark at the lane's gate.
 */
import type { InstanceView, StageEvent } from '../../../store';
import { initDurationOf } from '../../../store';

export const TRAVEL_MS = 400;
/** A 429 goes to the gate and back in this time (with reduced motion: shows still this long). */
export const BOUNCE_MS = 600;
/** A warm request of 1 ms would light its environment for no frame at all: at least this long. */
export const MIN_LIT_MS = 250;
/** After the response the environment is drawn frozen this long before it idles. */
export const FREEZE_MS = 500;
export const REAP_FADE_MS = 800;
/** Requests drawn at once at most: under a load of thousands a second, the newest are kept. */
export const MAX_REQUESTS = 400;

export type EnvPhase = 'booting' | 'serving' | 'frozen' | 'idle' | 'failed' | 'reaped';

export interface EnvSprite {
  instanceId: string;
  functionName: string;
  /** Its place in its function's row of environments: stable while it lives. */
  slot: number;
  phase: EnvPhase;
  provisioned: boolean;
  /** While booting: how long INIT has run so far. */
  bootedMs: number;
  /** INIT's duration, once it is known. */
  initMs: number | null;
  /** While serving: the request is the one that woke it. */
  cold: boolean;
  /** 0 → 1: idle, how much of its idle lifetime is spent; reaped, how far it has faded out. */
  fade: number;
  /** While idle: simulated ms until the reaper takes it (null for provisioned concurrency). */
  reapInMs: number | null;
  coldArrivals: number;
  warmArrivals: number;
}

export interface RequestSprite {
  /** Unique over the model's life: the order requests left in. */
  key: number;
  functionName: string;
  kind: 'arrive' | 'bounce';
  /** The slot of the environment it goes to (arrivals only). */
  slot: number;
  cold: boolean;
  /** 0 at the trigger; 1 at its environment, or for a 429 at the gate it bounces off. */
  position: number;
  /** A 429 on its way back to the trigger. */
  returning: boolean;
}

export interface MotionFrame {
  now: number;
  envs: EnvSprite[];
  requests: RequestSprite[];
  /** 429s drawn so far, by function name. */
  bounces: ReadonlyMap<string, number>;
}

interface Run {
  start: number;
  end: number | null;
  cold: boolean;
}

interface Env {
  instanceId: string;
  functionName: string;
  slot: number;
  provisioned: boolean;
  startedAt: number;
  /** When it first took a request or idled after INIT; null while INIT runs. */
  readyAt: number | null;
  initMs: number | null;
  failedAt: number | null;
  reapedAt: number | null;
  idleSince: number | null;
  idleDeadline: number | null;
  /** The latest few requests it served, oldest first. */
  runs: Run[];
  /** The request that woke it is already travelling. */
  wokenBy: boolean;
  coldArrivals: number;
  warmArrivals: number;
}

interface Flight {
  key: number;
  functionName: string;
  kind: 'arrive' | 'bounce';
  slot: number;
  cold: boolean;
  departAt: number;
}

/** Enough to find the run lit at the drawn time, which is at most TRAVEL_MS behind the newest. */
const RUNS_KEPT = 4;

export interface StageMotion {
  receive(event: StageEvent): void;
  /** Starts from instances already on the stage (the model was created after they were). */
  seed(instances: Iterable<InstanceView>): void;
  reset(): void;
  /** The picture at simulated time `now`; forgets what has finished being drawn before it. */
  frame(now: number, reducedMotion: boolean): MotionFrame;
}

export function createStageMotion(): StageMotion {
  const envs = new Map<string, Env>();
  /** Each function's taken slots. */
  const slots = new Map<string, Set<number>>();
  let flights: Flight[] = [];
  let bounces = new Map<string, number>();
  let made = 0;
  let latest = -Infinity;

  const takeSlot = (functionName: string): number => {
    const taken = slots.get(functionName) ?? new Set<number>();
    slots.set(functionName, taken);
    let slot = 0;
    while (taken.has(slot)) slot++;
    taken.add(slot);
    return slot;
  };

  const remove = (env: Env) => {
    envs.delete(env.instanceId);
    slots.get(env.functionName)?.delete(env.slot);
  };

  const fly = (flight: Omit<Flight, 'key'>) => {
    flights.push({ ...flight, key: made++ });
    if (flights.length > MAX_REQUESTS) flights = flights.slice(flights.length - MAX_REQUESTS);
  };

  const newEnv = (
    event: { instanceId: string; functionName: string; provisioned?: true },
    startedAt: number,
  ): Env => {
    const env: Env = {
      instanceId: event.instanceId,
      functionName: event.functionName,
      slot: takeSlot(event.functionName),
      provisioned: event.provisioned === true,
      startedAt,
      readyAt: null,
      initMs: null,
      failedAt: null,
      reapedAt: null,
      idleSince: null,
      idleDeadline: null,
      runs: [],
      wokenBy: false,
      coldArrivals: 0,
      warmArrivals: 0,
    };
    envs.set(env.instanceId, env);
    return env;
  };

  /** Reaped environments the drawing has faded out, even when no frame comes (a hidden tab). */
  const forgetFaded = () => {
    for (const env of envs.values()) {
      if (env.reapedAt !== null && latest - env.reapedAt > TRAVEL_MS + REAP_FADE_MS) remove(env);
    }
  };

  const onInstance = (event: Extract<StageEvent, { type: 'instance' }>) => {
    const known = envs.get(event.instanceId);
    const { time } = event;
    switch (event.state) {
      case 'starting': {
        const env = known ?? newEnv(event, time);
        // A crashed environment's next request runs INIT again in it.
        env.startedAt = time;
        env.readyAt = null;
        env.failedAt = null;
        env.wokenBy = !env.provisioned;
        if (env.wokenBy) {
          const { functionName, slot } = env;
          fly({ functionName, kind: 'arrive', slot, cold: true, departAt: time });
        }
        return;
      }
      case 'busy':
        if (known) known.readyAt ??= time;
        return;
      case 'idle':
        if (!known) return;
        known.readyAt ??= time;
        known.idleSince = time;
        known.idleDeadline = event.idleDeadline ?? null;
        return;
      case 'reaped':
        if (known) known.reapedAt = time;
        forgetFaded();
        return;
      case 'crashed':
      case 'timed-out':
        if (known) known.failedAt = time;
        return;
    }
  };

  const onInvokeStart = (event: Extract<StageEvent, { type: 'invoke-start' }>) => {
    const env = envs.get(event.instanceId);
    if (!env) return;
    env.readyAt ??= event.time;
    env.runs.push({ start: event.time, end: null, cold: event.cold });
    if (env.runs.length > RUNS_KEPT) env.runs.shift();
    if (event.cold) env.coldArrivals += 1;
    else env.warmArrivals += 1;
    // The request that woke the environment left when it started; any other leaves now.
    if (event.cold && env.wokenBy) {
      env.wokenBy = false;
      return;
    }
    const { functionName, slot } = env;
    fly({ functionName, kind: 'arrive', slot, cold: event.cold, departAt: event.time });
  };

  return {
    receive(event) {
      latest = Math.max(latest, event.time);
      switch (event.type) {
        case 'instance':
          onInstance(event);
          return;
        case 'init': {
          const env = envs.get(event.instanceId);
          if (env) env.initMs = initDurationOf(event);
          return;
        }
        case 'invoke-start':
          onInvokeStart(event);
          return;
        case 'invoke-end': {
          const run = envs.get(event.instanceId)?.runs.at(-1);
          if (run && run.end === null) run.end = event.time;
          return;
        }
        case 'throttle':
          bounces = new Map(bounces).set(
            event.functionName,
            (bounces.get(event.functionName) ?? 0) + 1,
          );
          fly({
            functionName: event.functionName,
            kind: 'bounce',
            slot: -1,
            cold: false,
            departAt: event.time,
          });
          return;
      }
    },

    seed(instances) {
      for (const view of instances) {
        if (envs.has(view.id) || view.state === 'reaped') continue;
        const env = newEnv(
          {
            instanceId: view.id,
            functionName: view.functionName,
            ...(view.provisioned && { provisioned: true }),
          },
          -Infinity,
        );
        env.initMs = view.initDurationMs ?? null;
        if (view.state === 'starting') env.startedAt = view.since;
        else env.readyAt = -Infinity;
        if (view.state === 'busy') env.runs.push({ start: view.since, end: null, cold: false });
        if (view.state === 'idle') {
          env.idleSince = view.since;
          env.idleDeadline = view.idleDeadline ?? null;
        }
        if (view.state === 'crashed' || view.state === 'timed-out') env.failedAt = view.since;
      }
    },

    reset() {
      envs.clear();
      slots.clear();
      flights = [];
      bounces = new Map();
      latest = -Infinity;
    },

    frame(now, reducedMotion) {
      const drawn = reducedMotion ? now : now - TRAVEL_MS;
      const sprites: EnvSprite[] = [];
      for (const env of [...envs.values()]) {
        if (drawn < env.startedAt) continue;
        const sprite = envAt(env, drawn, now, reducedMotion);
        if (sprite === null) remove(env);
        else sprites.push(sprite);
      }
      // Flights leave in time order: the finished ones are at the front.
      const lasts = (flight: Flight) => (flight.kind === 'arrive' ? TRAVEL_MS : BOUNCE_MS);
      let done = 0;
      while (done < flights.length && now - flights[done]!.departAt >= lasts(flights[done]!)) {
        done++;
      }
      if (done > 0) flights = flights.slice(done);
      const requests: RequestSprite[] = [];
      for (const flight of flights) {
        const sprite = requestAt(flight, (now - flight.departAt) / lasts(flight), reducedMotion);
        if (sprite) requests.push(sprite);
      }
      return { now, envs: sprites, requests, bounces };
    },
  };
}

/** An environment as drawn at `drawn` (the engine's clock reads `now`); null once faded out. */
function envAt(env: Env, drawn: number, now: number, reducedMotion: boolean): EnvSprite | null {
  const sprite: EnvSprite = {
    instanceId: env.instanceId,
    functionName: env.functionName,
    slot: env.slot,
    phase: 'idle',
    provisioned: env.provisioned,
    bootedMs: 0,
    initMs: env.initMs,
    cold: false,
    fade: 0,
    reapInMs: null,
    coldArrivals: env.coldArrivals,
    warmArrivals: env.warmArrivals,
  };
  if (env.reapedAt !== null && drawn >= env.reapedAt) {
    const faded = (drawn - env.reapedAt) / REAP_FADE_MS;
    if (faded >= 1) return null;
    return { ...sprite, phase: 'reaped', fade: reducedMotion ? 1 : faded };
  }
  const run = env.runs.findLast((r) => r.start <= drawn);
  if (env.failedAt !== null && drawn >= env.failedAt && !(run && run.start > env.failedAt)) {
    return { ...sprite, phase: 'failed' };
  }
  if (env.readyAt === null || drawn < env.readyAt) {
    return { ...sprite, phase: 'booting', bootedMs: drawn - env.startedAt };
  }
  if (run) {
    const litUntil = Math.max(run.end ?? Infinity, run.start + MIN_LIT_MS);
    if (drawn < litUntil) return { ...sprite, phase: 'serving', cold: run.cold };
    if (drawn < litUntil + FREEZE_MS) return { ...sprite, phase: 'frozen' };
  }
  if (env.provisioned || env.idleDeadline === null || env.idleSince === null) return sprite;
  const lifetime = env.idleDeadline - env.idleSince;
  const spent = lifetime > 0 ? clamp((now - env.idleSince) / lifetime) : 1;
  // A dimming over minutes is not motion, but stepped it never changes between two frames.
  const fade = reducedMotion ? Math.floor(spent * 4) / 4 : spent;
  return { ...sprite, fade, reapInMs: Math.max(0, env.idleDeadline - now) };
}

function requestAt(flight: Flight, progress: number, reducedMotion: boolean): RequestSprite | null {
  const { key, functionName, kind, slot, cold } = flight;
  if (kind === 'arrive') {
    // With reduced motion the environment lighting up is the arrival: nothing travels.
    if (reducedMotion) return null;
    return { key, functionName, kind, slot, cold, position: ease(progress), returning: false };
  }
  if (reducedMotion) return { key, functionName, kind, slot, cold, position: 1, returning: false };
  const returning = progress >= 0.5;
  const position = returning ? 2 - 2 * progress : 2 * progress;
  return { key, functionName, kind, slot, cold, position: ease(position), returning };
}

const clamp = (x: number) => Math.min(1, Math.max(0, x));

/** Ease-out: fast from the trigger, slowing into the environment. */
const ease = (t: number) => 1 - (1 - clamp(t)) ** 2;

import { describe, expect, it } from 'vitest';
import type { ThrottleError } from '../../../engine';
import type { StageEvent } from '../../../store';
import type { InvocationCost, InvocationReport } from '../../../engine';
import {
  BOUNCE_MS,
  createStageMotion,
  FREEZE_MS,
  MAX_REQUESTS,
  MIN_LIT_MS,
  REAP_FADE_MS,
  TRAVEL_MS,
} from './stage-motion';

const FN = 'orders';

function instance(
  time: number,
  instanceId: string,
  state: Extract<StageEvent, { type: 'instance' }>['state'],
  extra: { idleDeadline?: number; provisioned?: true } = {},
): StageEvent {
  return { type: 'instance', time, functionName: FN, instanceId, version: 1, state, ...extra };
}

function init(time: number, instanceId: string, initDurationMs: number): StageEvent {
  return {
    type: 'init',
    time,
    functionName: FN,
    instanceId,
    outcome: { ok: true, initDurationMs },
  };
}

function start(time: number, instanceId: string, cold: boolean, requestId = `r${time}`) {
  const event: StageEvent = {
    type: 'invoke-start',
    time,
    functionName: FN,
    requestId,
    instanceId,
    cold,
    invocationType: 'RequestResponse',
    eventJson: '{}',
  };
  return event;
}

function end(time: number, instanceId: string): StageEvent {
  return {
    type: 'invoke-end',
    time,
    functionName: FN,
    requestId: `r${time}`,
    instanceId,
    status: 'ok',
    payload: '"done"',
    report: {} as InvocationReport,
    cost: {} as InvocationCost,
  };
}

function throttle(time: number): StageEvent {
  return {
    type: 'throttle',
    time,
    functionName: FN,
    requestId: `t${time}`,
    error: {} as ThrottleError,
  };
}

/** A cold start at 0: INIT of 120 ms, a 30 ms request, then idle with a 5-minute lifetime. */
function coldStart(motion = createStageMotion()) {
  for (const event of [
    instance(0, 'i1', 'starting'),
    init(120, 'i1', 120),
    instance(120, 'i1', 'busy'),
    start(120, 'i1', true),
    end(150, 'i1'),
    instance(150, 'i1', 'idle', { idleDeadline: 150 + 300_000 }),
  ]) {
    motion.receive(event);
  }
  return motion;
}

const phaseAt = (motion: ReturnType<typeof createStageMotion>, now: number, reduced = false) =>
  motion.frame(now, reduced).envs.map((env) => env.phase);

describe('createStageMotion', () => {
  it('sends the waking request from the trigger, then boots the environment when it arrives', () => {
    const motion = coldStart();
    const leaving = motion.frame(0, false);
    expect(leaving.envs).toEqual([]);
    expect(leaving.requests).toMatchObject([{ kind: 'arrive', cold: true, slot: 0, position: 0 }]);
    const halfway = motion.frame(TRAVEL_MS / 2, false).requests[0]!;
    expect(halfway.position).toBeGreaterThan(0.5);
    expect(halfway.position).toBeLessThan(1);

    const booting = motion.frame(TRAVEL_MS + 60, false);
    expect(booting.requests).toEqual([]);
    expect(booting.envs).toMatchObject([{ phase: 'booting', bootedMs: 60, initMs: 120 }]);
  });

  it('serves the cold request after INIT, freezes after the response, then idles', () => {
    const motion = coldStart();
    const lit = TRAVEL_MS + 120;
    expect(motion.frame(lit, false).envs).toMatchObject([{ phase: 'serving', cold: true }]);
    // 30 ms of work is lit for MIN_LIT_MS, then frozen for FREEZE_MS.
    expect(phaseAt(motion, lit + MIN_LIT_MS - 1)).toEqual(['serving']);
    expect(phaseAt(motion, lit + MIN_LIT_MS)).toEqual(['frozen']);
    expect(phaseAt(motion, lit + MIN_LIT_MS + FREEZE_MS)).toEqual(['idle']);
  });

  it('lights a warm environment without booting it, and counts cold and warm arrivals', () => {
    const motion = coldStart();
    motion.receive(instance(10_000, 'i1', 'busy'));
    motion.receive(start(10_000, 'i1', false));
    const travelling = motion.frame(10_000 + TRAVEL_MS / 2, false);
    expect(travelling.requests).toMatchObject([{ kind: 'arrive', cold: false, slot: 0 }]);
    expect(travelling.envs.map((env) => env.phase)).toEqual(['idle']);
    expect(motion.frame(10_000 + TRAVEL_MS, false).envs).toMatchObject([
      { phase: 'serving', cold: false, coldArrivals: 1, warmArrivals: 1 },
    ]);
  });

  it('dims an idle environment and counts down to the reaper, then fades it out', () => {
    const motion = coldStart();
    const deadline = 150 + 300_000;
    const halfway = motion.frame(150 + 150_000, false).envs[0]!;
    expect(halfway).toMatchObject({ phase: 'idle', fade: 0.5, reapInMs: 150_000 });
    expect(motion.frame(deadline, false).envs[0]).toMatchObject({ fade: 1, reapInMs: 0 });

    motion.receive(instance(deadline, 'i1', 'reaped'));
    const fading = motion.frame(deadline + TRAVEL_MS + REAP_FADE_MS / 4, false).envs[0]!;
    expect(fading).toMatchObject({ phase: 'reaped', fade: 0.25 });
    expect(motion.frame(deadline + TRAVEL_MS + REAP_FADE_MS, false).envs).toEqual([]);
  });

  it('frees a faded environment’s slot for the next one', () => {
    const motion = coldStart();
    motion.receive(instance(1_000, 'i1', 'reaped'));
    motion.frame(1_000 + TRAVEL_MS + REAP_FADE_MS, false);
    motion.receive(instance(2_000, 'i2', 'starting'));
    expect(motion.frame(2_000 + TRAVEL_MS, false).envs).toMatchObject([
      { instanceId: 'i2', slot: 0 },
    ]);
  });

  it('places scaled-out environments side by side, each in its own slot', () => {
    const motion = createStageMotion();
    for (const id of ['a', 'b', 'c']) motion.receive(instance(0, id, 'starting'));
    expect(motion.frame(TRAVEL_MS / 2, false).requests.map((r) => r.slot)).toEqual([0, 1, 2]);
    const frame = motion.frame(TRAVEL_MS, false);
    expect(frame.envs.map((env) => [env.instanceId, env.slot])).toEqual([
      ['a', 0],
      ['b', 1],
      ['c', 2],
    ]);
  });

  it('bounces a throttled request off the gate and back, and counts it', () => {
    const motion = createStageMotion();
    motion.receive(throttle(0));
    motion.receive(throttle(5));
    const out = motion.frame(BOUNCE_MS / 4, false);
    expect(out.bounces.get(FN)).toBe(2);
    expect(out.requests[0]).toMatchObject({ kind: 'bounce', returning: false });
    expect(out.requests[0]!.position).toBeCloseTo(0.75);
    const back = motion.frame(BOUNCE_MS * 0.75, false).requests[0]!;
    expect(back).toMatchObject({ returning: true });
    expect(back.position).toBeCloseTo(0.75);
    const gone = motion.frame(BOUNCE_MS + 5, false);
    expect(gone.requests).toEqual([]);
    expect(gone.bounces.get(FN)).toBe(2);
  });

  it('keeps only the newest requests in flight under heavy load', () => {
    const motion = createStageMotion();
    for (let t = 0; t < MAX_REQUESTS + 50; t++) motion.receive(throttle(t / 1000));
    const { requests } = motion.frame(1, false);
    expect(requests).toHaveLength(MAX_REQUESTS);
    expect(requests[0]!.key).toBe(50);
  });

  it('draws a provisioned environment ready without a request, and never counts it down', () => {
    const motion = createStageMotion();
    motion.receive(instance(0, 'p1', 'starting', { provisioned: true }));
    motion.receive(init(200, 'p1', 200));
    motion.receive(instance(200, 'p1', 'idle', { provisioned: true }));
    expect(motion.frame(100, false).requests).toEqual([]);
    expect(motion.frame(60_000, false).envs).toMatchObject([
      { phase: 'idle', provisioned: true, reapInMs: null, fade: 0 },
    ]);
  });

  it('shows a crashed environment failed until its next request boots it again', () => {
    const motion = coldStart();
    motion.receive(instance(1_000, 'i1', 'crashed'));
    expect(phaseAt(motion, 1_000 + TRAVEL_MS)).toEqual(['failed']);
    motion.receive(instance(5_000, 'i1', 'starting'));
    expect(phaseAt(motion, 5_000 + TRAVEL_MS)).toEqual(['booting']);
  });

  it('starts from the instances already on the stage', () => {
    const motion = createStageMotion();
    motion.seed([
      { id: 'w', functionName: FN, version: 1, state: 'idle', since: 0, invocations: 3 },
      { id: 'b', functionName: FN, version: 1, state: 'busy', since: 500, invocations: 1 },
      { id: 'x', functionName: FN, version: 1, state: 'reaped', since: 0, invocations: 1 },
    ]);
    expect(motion.frame(500 + TRAVEL_MS, false).envs).toMatchObject([
      { instanceId: 'w', phase: 'idle', slot: 0 },
      { instanceId: 'b', phase: 'serving', slot: 1 },
    ]);
  });

  it('forgets everything on a reset', () => {
    const motion = coldStart();
    motion.receive(throttle(0));
    motion.reset();
    const frame = motion.frame(TRAVEL_MS, false);
    expect(frame.envs).toEqual([]);
    expect(frame.requests).toEqual([]);
    expect(frame.bounces.size).toBe(0);
  });

  describe('with reduced motion', () => {
    it('moves nothing: environments change at the engine’s time, requests do not travel', () => {
      const motion = coldStart();
      const frame = motion.frame(60, true);
      expect(frame.requests).toEqual([]);
      expect(frame.envs).toMatchObject([{ phase: 'booting', bootedMs: 60 }]);
      expect(phaseAt(motion, 120, true)).toEqual(['serving']);
    });

    it('shows a 429 still at the gate for as long as a bounce lasts', () => {
      const motion = createStageMotion();
      motion.receive(throttle(0));
      for (const now of [0, BOUNCE_MS / 2, BOUNCE_MS - 1]) {
        expect(motion.frame(now, true).requests).toMatchObject([
          { kind: 'bounce', position: 1, returning: false },
        ]);
      }
      expect(motion.frame(BOUNCE_MS, true).requests).toEqual([]);
    });

    it('dims an idle environment in steps, and a reaped one at once', () => {
      const motion = coldStart();
      expect(motion.frame(150 + 100_000, true).envs[0]!.fade).toBe(0.25);
      motion.receive(instance(200_000, 'i1', 'reaped'));
      expect(motion.frame(200_000 + 10, true).envs[0]).toMatchObject({ phase: 'reaped', fade: 1 });
    });
  });
});

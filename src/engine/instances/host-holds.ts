// Platform time waits for this computer (docs/aws-lambda.md#platform-time). Lambda decides where a
// request goes from its environments' states, and a new environment is ready when the model says:
// modeled platform init plus the learner's measured INIT. Ours run on real workers, which a slow
// or busy computer starts seconds late; left alone, every request arriving meanwhile would find
// the environment still starting and start yet another, and the count would measure the
// computer, not Lambda. So when a new environment's worker has not booted a moment after its INIT
// should have begun, the platform's clock holds still until it has: arrivals, retries, polls and
// reaps wait with it, and every decision stays the one Lambda would make. The same goes for an
// answer a busy computer delivers late: a run well past its function's recent Durations holds the
// clock, for a while, until its answer is in. INIT itself, and the handler's own time, are
// measured and not held: they are the learner's code.
import type { EngineContext } from '../context';
import type { FunctionRecord, Instance } from '../model';
import type { InitOutcome } from '../types';
import { elapse } from '../time/timer-set';

/**
 * How long past INIT's modeled start a worker may still be booting before platform time waits
 * for it: none. Any time the clock ran without the worker would lengthen this environment's INIT
 * by the computer's lag (20 ms per cold start once made a busy computer's count 20 % high).
 */
export const BOOT_GRACE_MS = 0;

/** A wait shorter than this is the page's timer jitter: it holds the clock, but makes no note. */
export const NOTICEABLE_WAIT_MS = 20;

/**
 * Starts `instance`'s INIT on the executor: `start` passes `onBooted` into the instance spec. If
 * the worker has not booted BOOT_GRACE_MS after now (INIT's modeled start), platform time holds
 * still until it has, and a `host-wait` event says for how long when it was noticeable. Once it has booted, an INIT whose
 * answer is overdue against the function's recent INITs holds platform time as a late invoke
 * does (watchForAnswer); and an INIT that platform time stood still under ends at its modeled
 * end, its start plus what it measured.
 */
export async function initOnTime(
  ctx: EngineContext,
  instance: Instance,
  start: (onBooted: () => void) => Promise<InitOutcome>,
): Promise<InitOutcome> {
  const { clock } = ctx;
  if (clock.hold === undefined) return start(() => {});
  const startedAt = clock.now();
  const mark = stillMark(ctx);
  const boot = { done: false, release: null as (() => void) | null, heldAt: 0 };
  const watch = { answered: null as ((measuredMs: number | null) => void) | null };
  const grace = ctx.timers.set(BOOT_GRACE_MS, () => {
    if (boot.done) return;
    boot.release = clock.hold!();
    boot.heldAt = ctx.wallClock();
  });
  const booted = () => {
    if (boot.done) return;
    boot.done = true;
    ctx.timers.clear(grace);
    if (boot.release === null) return;
    boot.release();
    const waitedMs = ctx.wallClock() - boot.heldAt;
    if (waitedMs >= NOTICEABLE_WAIT_MS) reportWait(ctx, instance, waitedMs);
  };
  const outcome = await start(() => {
    booted();
    watch.answered = watchLate(ctx, instance, recentRuns(recentInits, instance.fn));
  }).finally(() => {
    // An INIT that settled without the worker ever saying it booted (it failed to start, or was
    // stopped) releases its hold too.
    booted();
  });
  // A failed INIT says nothing of how long the function's INIT takes.
  watch.answered?.(outcome.ok ? outcome.initDurationMs : null);
  const late = untilModeledEnd(ctx, startedAt, mark, outcome.initDurationMs);
  if (late !== null) await late;
  return outcome;
}

/**
 * How far past its function's longest recent Duration (platform ms) a run's answer may come
 * before platform time waits for it: the page's message and timer jitter.
 */
export const OVERDUE_GRACE_MS = 20;

/**
 * The most real time platform time waits for one overdue answer its worker cannot account for: a
 * run still going by then is taken as long by its own doing (its handler took longer this time),
 * not by the computer's. While the computer is congested its answers lag as long as its workers
 * take to boot, or as late as its answers came, so the limit stretches to the longest recent wait,
 * up to CONGESTED_LIMIT_MS. A worker that can say the run is still within its time
 * (Executor.whenRunOverruns) is waited for up to CONGESTED_LIMIT_MS.
 */
export const OVERDUE_LIMIT_MS = 1000;
export const CONGESTED_LIMIT_MS = 10_000;

/** How many of a function's latest Durations (or INITs) say how long its runs take. */
const RECENT_RUNS = 8;

const recentDurations = new WeakMap<FunctionRecord, number[]>();
const recentInits = new WeakMap<FunctionRecord, number[]>();

function recentRuns(of: WeakMap<FunctionRecord, number[]>, fn: FunctionRecord): number[] {
  let recent = of.get(fn);
  if (recent === undefined) of.set(fn, (recent = []));
  return recent;
}

/**
 * Real ms after platform time last waited for this computer during which the computer counts as
 * congested: a function's first run, with no Duration to be late against, is then watched too.
 */
const CONGESTED_FOR_MS = 2000;

/** When platform time last waited for the computer, and its longest wait since it got congested. */
const congestion = new WeakMap<EngineContext, { at: number; longestMs: number }>();

function congested(ctx: EngineContext): boolean {
  const last = congestion.get(ctx);
  return last !== undefined && ctx.wallClock() - last.at < CONGESTED_FOR_MS;
}

function noteCongestion(ctx: EngineContext, waitedMs: number): void {
  const longestMs = congested(ctx) ? Math.max(congestion.get(ctx)!.longestMs, waitedMs) : waitedMs;
  congestion.set(ctx, { at: ctx.wallClock(), longestMs });
}

/** How long platform time may wait for one overdue answer now (real ms). */
function overdueLimit(ctx: EngineContext): number {
  if (!congested(ctx)) return OVERDUE_LIMIT_MS;
  const longest = congestion.get(ctx)!.longestMs;
  return Math.min(CONGESTED_LIMIT_MS, Math.max(OVERDUE_LIMIT_MS, longest));
}

/**
 * Watches a run that starts now on `instance`. A run whose answer has not come OVERDUE_GRACE_MS
 * after the longest of its function's latest Durations (after its start, for the function's
 * first runs) holds platform time (for at most overdueLimit of real time) until it does, and a
 * `host-wait` says so when the computer made it wait. Call the returned function with the run's Duration
 * when its answer is in.
 */
export function watchForAnswer(
  ctx: EngineContext,
  instance: Instance,
): (durationMs: number) => void {
  instance.stillInCalls = 0;
  return watchLate(ctx, instance, recentRuns(recentDurations, instance.fn));
}

/**
 * The watch of watchForAnswer, against `recent`: the latest measured times of the same phase
 * (Durations for a run, INITs for an INIT). The returned function takes the measured time, or
 * null for one that says nothing of the phase's length.
 */
function watchLate(
  ctx: EngineContext,
  instance: Instance,
  recent: number[],
): (measuredMs: number | null) => void {
  const { clock } = ctx;
  let answered = false;
  // A phase with no measured time yet has nothing to be late against: it is held for from the
  // start. That costs real time only (the run ends at its modeled end whatever the clock did),
  // and only the computer's part of the wait is reported, not the code's own.
  const known = recent.length > 0;
  const expectedMs = known ? Math.max(...recent) : 0;
  const watchedAt = ctx.wallClock();
  const overdue =
    clock.hold === undefined
      ? null
      : ctx.timers.set(expectedMs + OVERDUE_GRACE_MS, () => {
          // A run waiting on an SDK call waits on the platform itself: holding would stall it.
          if (answered || instance.callsInFlight > 0) return;
          const silenceMs = overdueLimit(ctx);
          // Against a known time, the worker can say whether the run is still within it by its
          // own time: then all the wait is the computer's, and platform time holds on until the
          // answer (up to CONGESTED_LIMIT_MS), however late. Else it holds for silenceMs.
          const overrun = known
            ? ctx.executor.whenRunOverruns?.(instance.id, expectedMs + OVERDUE_GRACE_MS, silenceMs)
            : undefined;
          const limitMs = overrun === undefined ? silenceMs : CONGESTED_LIMIT_MS;
          const release = clock.hold!(limitMs);
          const heldAt = ctx.wallClock();
          const releaseThis = (measuredMs?: number, overran = false) => {
            instance.releaseOverdue = null;
            release();
            // How late the answer came, and how long of that the clock stood still for it.
            const lateMs = ctx.wallClock() - heldAt;
            const waitedMs = Math.min(limitMs, lateMs);
            // Past a known time, all the wait is the computer's. Before one, the run's own time
            // after the hold began is its code's; unknown (it went on to an SDK call), all of it.
            const ownMs = known
              ? 0
              : measuredMs === undefined
                ? waitedMs
                : Math.max(0, measuredMs - (heldAt - watchedAt));
            const computerMs = waitedMs - ownMs;
            // A run found long by its own doing made the clock wait only while that was found.
            const noted = known && !overran;
            if (noted || computerMs >= NOTICEABLE_WAIT_MS) {
              // Answers this late are what the next holds must wait for, beyond the limit too.
              reportWait(ctx, instance, computerMs, computerMs + lateMs - waitedMs);
            }
          };
          instance.releaseOverdue = releaseThis;
          // The run turned out long by its own doing (or its worker cannot say): time runs on.
          void overrun?.then(() => {
            if (instance.releaseOverdue === releaseThis) releaseThis(undefined, true);
          });
        });
  return (measuredMs) => {
    if (answered) return;
    answered = true;
    if (overdue !== null) ctx.timers.clear(overdue);
    instance.releaseOverdue?.(measuredMs ?? undefined);
    if (measuredMs === null) return;
    recent.push(measuredMs);
    if (recent.length > RECENT_RUNS) recent.shift();
  };
}

/**
 * An SDK call of `instance`'s code begins: it waits on the platform's clock from here, so a hold
 * for its late answer ends. Returns the mark for `callEnded`.
 */
export function callStarted(ctx: EngineContext, instance: Instance): number {
  instance.callsInFlight += 1;
  instance.releaseOverdue?.();
  return stillMark(ctx);
}

/** The call is answered: time that stood still meanwhile is not the handler's. */
export function callEnded(ctx: EngineContext, instance: Instance, mark: number): void {
  instance.callsInFlight -= 1;
  instance.stillInCalls += stillMark(ctx) - mark;
}

/**
 * What the run measured, less the real time platform time stood still while it waited on its SDK
 * calls (held for another environment's worker, or paused by the learner).
 */
export function handlerTimeOf(instance: Instance, measuredMs: number): number {
  return Math.max(0, measuredMs - instance.stillInCalls);
}

/** `lateMs`: how late the computer made the answer, when more than the clock waited for it. */
function reportWait(
  ctx: EngineContext,
  instance: Instance,
  waitedMs: number,
  lateMs = waitedMs,
): void {
  noteCongestion(ctx, lateMs);
  if (!ctx.bus.active()) return;
  ctx.bus.emit({
    type: 'host-wait',
    time: ctx.clock.now(),
    functionName: instance.fn.name,
    instanceId: instance.id,
    waitedMs,
  });
}

/** How long platform time has stood still so far, for `untilModeledEnd` at a run's end. */
export function stillMark(ctx: EngineContext): number {
  return ctx.clock.stillMs?.() ?? 0;
}

/**
 * A run that started at `startedAt` (with `mark` from stillMark) has answered after `durationMs` of
 * its own time. If platform time stood still under it (a hold, a pause, a page too busy to run
 * the clock), the answer came early by the platform's clock: the environment stays busy until
 * the run's modeled end, as it would on Lambda. Null when time ran throughout (the answer is on
 * time, or late by the page's own lag).
 */
export function untilModeledEnd(
  ctx: EngineContext,
  startedAt: number,
  mark: number,
  durationMs: number,
): Promise<void> | null {
  if (stillMark(ctx) === mark) return null;
  const waitMs = startedAt + durationMs - ctx.clock.now();
  return waitMs >= 1 ? elapse(ctx.timers, waitMs) : null;
}

// A platform wired for tests: manual clock, fake executor, predictable ids, every event recorded.
import { createManualClock, type ManualClock } from '../time/clock';
import { createScaledClock, type RealTime } from '../time/scaled-clock';
import { sequentialIds } from '../ids';
import { createPlatform } from '../platform';
import type { CodeBundle, FunctionConfig, PlatformEvent, PlatformSettings } from '../types';
import { defaultFunctionConfig } from '../functions/default-config';
import { createFakeExecutor } from './fake-executor';
import { createFakeShapes } from './fake-shapes';
import type { ServicesPort } from '../services/service-calls';

/** 2026-11-27T12:00:00.000Z: tests read dates in log lines and stream names. */
export const T0 = Date.UTC(2026, 10, 27, 12, 0, 0);

export function testConfig(overrides: Partial<FunctionConfig> = {}): FunctionConfig {
  return defaultFunctionConfig('add', overrides);
}

export function testBundle(hash = 'v1'): CodeBundle {
  return {
    format: 'cjs',
    code: `exports.handler = async () => '${hash}';`,
    hash,
    entryModule: 'index',
    entryFile: 'index.js',
  };
}

/** The n-th request id `sequentialIds` hands out. */
export function requestIdOf(n: number): string {
  return `00000000-0000-4000-8000-${n.toString(16).padStart(12, '0')}`;
}

/** Lets every pending promise callback run (the fake executor settles through microtasks). */
export function flush(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

/** Real time for a scaled clock, read from a manual clock the test moves. */
function realTimeOf(clock: ManualClock): RealTime {
  return {
    now: () => clock.now(),
    schedule(callback, ms) {
      const handle = clock.setTimer(ms, callback);
      return () => clock.clearTimer(handle);
    },
  };
}

/**
 * `clock` is the test's: the executor's answers come on it. With `hostTime`, it stands for this
 * computer's real time and the platform runs on a scaled clock over it (speed 1), which can hold
 * still while a worker lags (docs/aws-lambda.md#platform-time); otherwise the platform runs on
 * `clock` itself.
 */
export function setupPlatform(
  settings: Partial<PlatformSettings> = {},
  random = () => 0.5,
  timingRandom = () => 0.5,
  options: { hostTime?: boolean; services?: ServicesPort; answersProbes?: boolean } = {},
) {
  const clock = createManualClock(T0);
  const platformClock = options.hostTime
    ? createScaledClock({ speed: 1, realTime: realTimeOf(clock) })
    : clock;
  const executor = createFakeExecutor({ clock, answersProbes: options.answersProbes === true });
  const platform = createPlatform({
    clock: platformClock,
    executor,
    settings,
    ids: sequentialIds(),
    random,
    timingRandom,
    wallClock: () => clock.now(),
    shapes: createFakeShapes(),
    ...(options.services && { services: options.services }),
  });
  const events: PlatformEvent[] = [];
  platform.subscribe((event) => events.push(event));
  return {
    clock,
    platformClock,
    executor,
    platform,
    events,
    /** The recorded events of one type, typed as such. */
    ofType<T extends PlatformEvent['type']>(type: T): Array<Extract<PlatformEvent, { type: T }>> {
      return events.filter(
        (event): event is Extract<PlatformEvent, { type: T }> => event.type === type,
      );
    },
    /**
     * Moves the clock on by `ms`, then lets everything that follows at that moment happen: the
     * executor's answers (promises) and the timers they set for now, until nothing new is reported.
     */
    async settle(ms = 0): Promise<void> {
      clock.advance(ms);
      for (let seen = -1; seen !== events.length;) {
        seen = events.length;
        await flush();
        clock.advance(0);
      }
    },
    /** Event types since the last call (or the start), `instance:<state>` for instance events. */
    takeTypes(): string[] {
      const types = events.map((event) =>
        event.type === 'instance' ? `instance:${event.state}` : event.type,
      );
      events.length = 0;
      return types;
    },
    /** Log lines since the start, as text (app lines' timestamps included). */
    logTexts(): string[] {
      return events.flatMap((event) =>
        event.type !== 'log'
          ? []
          : [event.entry.kind === 'platform' ? event.entry.text : event.entry.record.message],
      );
    },
    states(): Record<string, string> {
      return Object.fromEntries(platform.snapshot().instances.map((i) => [i.id, i.state]));
    },
  };
}

/** A platform with one function deployed: `add`, or the name the overrides give. */
export function setupDeployed(overrides: Partial<FunctionConfig> = {}) {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig(overrides), testBundle());
  return setup;
}

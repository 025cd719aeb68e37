import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { RunHold } from './run-hold';
import { holdSentence } from './run-hold';
import { defaultWorkspace } from '../../workspace/model';
import type { Workspace } from '../../workspace/model';

// No platform has started: the clock's controls only set the control store, as before page start-up.
vi.mock('./platform-world', () => ({ liveWorld: () => null, world: vi.fn() }));

async function load() {
  vi.resetModules();
  const hold = await import('./run-hold');
  const { controlStore } = await import('./control-store');
  const clock = () => {
    const { speed, paused } = controlStore.getState();
    return { speed, paused };
  };
  return { ...hold, controlStore, clock };
}

/** A workspace with `schedules` enabled rules (and one disabled) and `pollers` enabled mappings. */
function withTriggers(schedules: number, pollers: number): Workspace {
  const workspace = defaultWorkspace();
  const rule = (i: number, enabled: boolean) => ({
    id: `rule-${i}`,
    name: `rule-${i}`,
    expression: 'rate(1 minute)',
    functionId: 'fn-1',
    enabled,
  });
  workspace.schedules = [
    ...Array.from({ length: schedules }, (_, i) => rule(i, true)),
    rule(99, false),
  ];
  workspace.queues = Array.from({ length: pollers }, (_, i) => ({
    id: `queue-${i}`,
    name: `q${i}`,
    fifo: false,
    visibilityTimeoutSec: 30,
    redrive: null,
    mapping: {
      functionId: 'fn-1',
      batchSize: 10,
      maximumBatchingWindowSec: 0,
      reportBatchItemFailures: false,
      enabled: true,
    },
  }));
  return workspace;
}

const hold = (change: Partial<RunHold>): RunHold => ({
  source: 'link',
  speed: 1,
  schedules: 0,
  pollers: 0,
  started: false,
  ...change,
});

describe(holdSentence, () => {
  it('names the link’s speed and schedules, and the one button that runs them', () => {
    expect(holdSentence(hold({ speed: 100, schedules: 1 }))).toBe(
      'This link runs at 100× with 1 schedule enabled — nothing runs until you choose Run this scenario.',
    );
    expect(holdSentence(hold({ source: 'kept-link', schedules: 2, pollers: 1 }))).toBe(
      'This workspace from a share link has 2 schedules and 1 SQS poller enabled — nothing runs until you choose Run this scenario.',
    );
    expect(holdSentence(hold({ source: 'embed', speed: 10 }))).toBe(
      'This scenario runs at 10× — nothing runs until you choose Run this scenario.',
    );
  });

  it('says what still waits once the learner has started something by hand', () => {
    expect(holdSentence(hold({ source: 'import', schedules: 1, started: true }))).toBe(
      'This imported workspace has 1 schedule enabled — only what you start yourself runs until you choose Run this scenario.',
    );
  });

  it('says how to run a scenario that would run nothing on its own', () => {
    expect(holdSentence(hold({}))).toBe(
      'Nothing in this link runs until you invoke it, start a load or choose Run this scenario.',
    );
    expect(holdSentence(hold({ started: true }))).toBe(
      'This link runs only what you start until you choose Run this scenario.',
    );
  });
});

describe('holdScenario', () => {
  beforeEach(() => vi.clearAllMocks());
  afterEach(() => vi.resetModules());

  it('stops time at 1× and counts what would run on its own', async () => {
    const app = await load();
    app.controlStore.setState({ speed: 20, paused: false });
    app.holdScenario('link', withTriggers(2, 1), 100);
    expect(app.runHoldStore.getState().hold).toEqual(
      hold({ speed: 100, schedules: 2, pollers: 1 }),
    );
    expect(app.triggersHeld()).toBe(true);
    expect(app.clock()).toEqual({ speed: 1, paused: true });
  });

  it('starts time at the speed on show when the learner acts, the triggers still held', async () => {
    const app = await load();
    app.holdScenario('link', withTriggers(1, 0), 100);
    app.startedByLearner();
    expect(app.clock()).toEqual({ speed: 1, paused: false });
    expect(app.runHoldStore.getState().hold?.started).toBe(true);
    expect(app.triggersHeld()).toBe(true);
  });

  it('Run this scenario applies the link’s speed and lets its triggers run', async () => {
    const app = await load();
    app.holdScenario('link', withTriggers(1, 0), 100);
    app.runHeldScenario('ws-1');
    expect(app.runHoldStore.getState().hold).toBeNull();
    expect(app.triggersHeld()).toBe(false);
    expect(app.clock()).toEqual({ speed: 100, paused: false });
  });

  it('puts the learner’s clock back when the held scenario is left', async () => {
    const app = await load();
    app.controlStore.setState({ speed: 5, paused: false });
    app.holdScenario('link', withTriggers(0, 0), 100);
    app.holdScenario('kept-link', withTriggers(0, 0));
    app.leaveHold();
    expect(app.clock()).toEqual({ speed: 5, paused: false });
    // Paused by the learner before: it stays paused.
    app.controlStore.setState({ paused: true });
    app.holdScenario('import', withTriggers(0, 0));
    app.leaveHold();
    expect(app.clock()).toEqual({ speed: 5, paused: true });
  });
});

describe('holdOnOpen', () => {
  it('holds what came from outside each session until the learner runs it', async () => {
    const app = await load();
    app.holdOnOpen('mine', undefined, withTriggers(1, 0));
    expect(app.runHoldStore.getState().hold).toBeNull();
    app.holdOnOpen('from-link', 'link', withTriggers(1, 0));
    expect(app.runHoldStore.getState().hold).toMatchObject({ source: 'kept-link', schedules: 1 });
    app.holdOnOpen('imported', 'import', withTriggers(0, 0));
    expect(app.runHoldStore.getState().hold).toMatchObject({ source: 'import' });
    app.runHeldScenario('imported');
    app.holdOnOpen('mine', undefined, withTriggers(0, 0));
    app.holdOnOpen('imported', 'import', withTriggers(0, 0));
    expect(app.runHoldStore.getState().hold).toBeNull();
    // A new page session (a reload) forgets the choice: held again.
    const reloaded = await load();
    reloaded.holdOnOpen('imported', 'import', withTriggers(0, 0));
    expect(reloaded.runHoldStore.getState().hold).toMatchObject({ source: 'import' });
  });
});

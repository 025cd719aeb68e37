// Someone else's scenario (a share link, an embed, an imported project) runs nothing until the
// learner acts. While it is held, simulated time is stopped at 1×, and its schedules and SQS
// pollers are not put on the platform; Invoke, Start load and the other triggers the learner
// fires by hand start time (at 1×), and only "Run this scenario" applies the sharer's speed and
// starts the schedules and pollers.
//
// The rule for a kept link or import: each page session starts it held again, until the learner
// chooses Run this scenario in that session. A reload must always be a way out of a runaway
// scenario (a schedule at 100× spinning every core): if a scenario ran on its own after a reload,
// a tab it made unusable could never be recovered.
import { createStore } from 'zustand/vanilla';
import { controlStore } from './control-store';
import { setPaused, setSpeed } from './sim-clock';
import type { QueueDraft, ScheduleDraft } from '../../workspace/model';

/** Where a held scenario came from, which its sentence names. */
export type HeldSource = 'link' | 'kept-link' | 'import' | 'embed';

export interface RunHold {
  source: HeldSource;
  /** The speed Run this scenario applies: the sharer's for a link, else the learner's own. */
  speed: number;
  /** Enabled schedules and SQS pollers of the scenario, started by Run this scenario. */
  schedules: number;
  pollers: number;
  /** The learner started something by hand (Invoke, Start load…), which started time. */
  started: boolean;
}

export const runHoldStore = createStore<{ hold: RunHold | null }>()(() => ({ hold: null }));

/** Workspaces the learner chose to run in this page session. */
const released = new Set<string>();
/** How the clock was before the hold stopped it, to put back when the held scenario is left. */
let before: { speed: number; paused: boolean } | null = null;

/** Schedules and pollers wait while a scenario is held. */
export function triggersHeld(): boolean {
  return runHoldStore.getState().hold !== null;
}

/** What of a workspace (saved ones may leave lists out) would run on its own. */
export interface OwnTriggers {
  schedules?: readonly ScheduleDraft[];
  queues?: readonly QueueDraft[];
}

function triggersOf(workspace: OwnTriggers) {
  return {
    schedules: (workspace.schedules ?? []).filter((rule) => rule.enabled).length,
    pollers: (workspace.queues ?? []).filter((queue) => queue.mapping?.enabled).length,
  };
}

/** Holds the scenario now on show: time stops at 1×, its schedules and pollers wait. */
export function holdScenario(source: HeldSource, workspace: OwnTriggers, speed?: number): void {
  const { speed: current, paused } = controlStore.getState();
  before ??= { speed: current, paused };
  const hold: RunHold = {
    source,
    speed: speed ?? before.speed,
    ...triggersOf(workspace),
    started: false,
  };
  runHoldStore.setState({ hold });
  setPaused(true);
  if (current !== 1) setSpeed(1);
}

/** The held scenario is no longer on show: the clock goes back to how the learner had it. */
export function leaveHold(): void {
  if (!runHoldStore.getState().hold) return;
  runHoldStore.setState({ hold: null });
  if (before && controlStore.getState().speed !== before.speed) setSpeed(before.speed);
  if (before && !before.paused) setPaused(false);
  before = null;
}

/**
 * Opening a saved workspace: one that came from outside (`origin`) is held, unless the learner ran
 * it in this page session already.
 */
export function holdOnOpen(
  id: string,
  origin: 'link' | 'import' | undefined,
  workspace: OwnTriggers,
): void {
  if (origin === undefined || released.has(id)) leaveHold();
  else holdScenario(origin === 'link' ? 'kept-link' : 'import', workspace);
}

/**
 * The learner fired a trigger by hand (Invoke, Start load, an HTTP request, an upload, a publish,
 * a send): time starts at the speed on show, so what they started can finish. The scenario's own
 * schedules and pollers still wait.
 */
export function startedByLearner(): void {
  const { hold } = runHoldStore.getState();
  if (!hold || hold.started) return;
  runHoldStore.setState({ hold: { ...hold, started: true } });
  setPaused(false);
}

/** Run this scenario: the held speed, schedules and pollers apply; `id` runs freely this session. */
export function runHeldScenario(id: string | null): void {
  const { hold } = runHoldStore.getState();
  if (!hold) return;
  if (id !== null) released.add(id);
  before = null;
  runHoldStore.setState({ hold: null });
  if (controlStore.getState().speed !== hold.speed) setSpeed(hold.speed);
  setPaused(false);
}

const plural = (count: number, noun: string) => `${count} ${noun}${count === 1 ? '' : 's'}`;

const SUBJECTS: Record<HeldSource, string> = {
  link: 'This link',
  'kept-link': 'This workspace from a share link',
  import: 'This imported workspace',
  embed: 'This scenario',
};

/** What the hold keeps back, in the learner's words, naming the button that lets it run. */
export function holdSentence(hold: RunHold): string {
  const triggers = [
    hold.schedules > 0 ? plural(hold.schedules, 'schedule') : '',
    hold.pollers > 0 ? plural(hold.pollers, 'SQS poller') : '',
  ]
    .filter((part) => part !== '')
    .join(' and ');
  const speed = hold.speed === 1 ? '' : ` runs at ${hold.speed}×`;
  const enabled = triggers === '' ? '' : `${speed === '' ? ' has' : ' with'} ${triggers} enabled`;
  const subject = SUBJECTS[hold.source];
  if (speed === '' && enabled === '') {
    return hold.started
      ? `${subject} runs only what you start until you choose Run this scenario.`
      : `Nothing in ${subject.replace(/^This/, 'this')} runs until you invoke it, start a load or choose Run this scenario.`;
  }
  const until = hold.started
    ? 'only what you start yourself runs until you choose Run this scenario.'
    : 'nothing runs until you choose Run this scenario.';
  return `${subject}${speed}${enabled} — ${until}`;
}

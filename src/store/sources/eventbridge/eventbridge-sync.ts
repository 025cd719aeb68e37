// Keeps the platform's EventBridge buses and rules in step with the workspace's: each change takes
// down what was put and puts it all again (buses hold no messages, so nothing is lost), deploying
// the functions the rules target. Why a rule is not on the platform is kept for the tab to show.
import { createStore } from 'zustand/vanilla';
import { ApiError, DEFAULT_BUS, parseEventPattern } from '../../../engine';
import type { EventSourcesApi } from '../../../engine';
import type { EventRuleDraft } from '../../../workspace/model';
import { readyToRun } from '../../platform/deploy';
import { world } from '../../platform/platform-world';
import { workspaceStore } from '../../workspace/workspace-store';
import { appliedName } from '../pubsub/pubsub-actions';

export interface EventBridgeState {
  /** Why a bus or rule is not on the platform, by `bus:<id>` or `rule:<id>`. */
  problems: ReadonlyMap<string, string>;
  /** What the last "Send event" did, by bus id. */
  outcomes: ReadonlyMap<string, string>;
}

export const eventBridgeStore = createStore<EventBridgeState>()(() => ({
  problems: new Map(),
  outcomes: new Map(),
}));

/** What was put last time: custom buses, and rules by bus name, to take down on the next apply. */
let applied: { buses: string[]; rules: Array<[string, string]> } = { buses: [], rules: [] };

function quietly(action: () => void): void {
  try {
    action();
  } catch (error) {
    if (!(error instanceof ApiError)) throw error;
  }
}

function takeDown(platform: EventSourcesApi): void {
  for (const [bus, rule] of applied.rules) quietly(() => platform.deleteEventRule(bus, rule));
  for (const bus of applied.buses) quietly(() => platform.deleteEventBus(bus));
  applied = { buses: [], rules: [] };
}

/** The platform names of a rule's targets; a problem when one cannot be had. */
async function targetsOf(rule: EventRuleDraft) {
  const targets: Array<{ type: 'lambda' | 'sqs' | 'sns'; name: string }> = [];
  for (const target of rule.targets) {
    const name =
      target.type === 'lambda'
        ? await readyToRun(target.targetId)
        : await appliedName(target.type === 'sqs' ? 'queue' : 'topic', target.targetId);
    if (name === null) return { problem: `A target of ${rule.name} is not ready to run.` };
    targets.push({ type: target.type, name });
  }
  return { targets };
}

async function applyLatest(): Promise<void> {
  const { eventBuses = [] } = workspaceStore.getState();
  const { platform } = world();
  takeDown(platform);
  const problems = new Map<string, string>();
  for (const bus of eventBuses) {
    if (bus.name !== DEFAULT_BUS) {
      try {
        platform.createEventBus(bus.name);
        applied.buses.push(bus.name);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        problems.set(`bus:${bus.id}`, error.message);
        continue;
      }
    }
    for (const rule of bus.rules) {
      const parsed = parseEventPattern(rule.pattern);
      if (!parsed.ok) {
        problems.set(`rule:${rule.id}`, parsed.problem);
        continue;
      }
      const resolved = await targetsOf(rule);
      if ('problem' in resolved) {
        problems.set(`rule:${rule.id}`, resolved.problem ?? '');
        continue;
      }
      try {
        platform.putEventRule(bus.name, {
          name: rule.name,
          pattern: rule.pattern,
          targets: resolved.targets,
          enabled: rule.enabled,
        });
        applied.rules.push([bus.name, rule.name]);
      } catch (error) {
        if (!(error instanceof ApiError)) throw error;
        problems.set(`rule:${rule.id}`, error.message);
      }
    }
  }
  eventBridgeStore.setState({ problems });
}

let chain: Promise<void> = Promise.resolve();

/** Brings the platform's buses and rules in line with the workspace's, one apply at a time. */
export function applyEventBuses(): Promise<void> {
  chain = chain.then(applyLatest, applyLatest);
  return chain;
}

/** Applies now and after every change to the buses or what their rules name. */
export function watchEventBuses(): () => void {
  void applyEventBuses();
  return workspaceStore.subscribe((state, previous) => {
    if (
      state.eventBuses !== previous.eventBuses ||
      state.functions !== previous.functions ||
      state.queues !== previous.queues ||
      state.topics !== previous.topics
    ) {
      void applyEventBuses();
    }
  });
}

/** Puts one event on a bus, as the console's "Send events" does. */
export async function sendEvent(
  busId: string,
  entry: { source: string; detailType: string; detail: string },
): Promise<void> {
  await applyEventBuses();
  const bus = workspaceStore.getState().eventBuses?.find((b) => b.id === busId);
  const say = (text: string) =>
    eventBridgeStore.setState((s) => ({ outcomes: new Map(s.outcomes).set(busId, text) }));
  if (!bus) return say('No such bus.');
  let detail: unknown;
  try {
    detail = JSON.parse(entry.detail);
  } catch {
    return say('Detail is not valid JSON.');
  }
  try {
    const id = world().platform.putEvents(bus.name, { ...entry, detail });
    say(`Put event ${id} on ${bus.name}.`);
  } catch (error) {
    say((error as Error).message);
  }
}

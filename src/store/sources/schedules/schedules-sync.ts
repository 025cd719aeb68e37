// Keeps the platform's EventBridge rules in step with the workspace's schedules: an enabled,
// valid rule is put (PutRule replaces one of the same name); anything else is taken down.
import { ruleNameProblem } from '../../../engine';
import { parseScheduleExpression } from '../../../triggers';
import { readyToRun } from '../../platform/deploy';
import { world } from '../../platform/platform-world';
import { runHoldStore, triggersHeld } from '../../platform/run-hold';
import type { ScheduleDraft } from '../../../workspace/model';
import { workspaceStore } from '../../workspace/workspace-store';

/** What is wrong with a rule as written, or null when the platform would take it. */
export function scheduleProblem(rule: ScheduleDraft): string | null {
  const parsed = parseScheduleExpression(rule.expression);
  return ruleNameProblem(rule.name) ?? (parsed.ok ? null : parsed.message);
}

/** The platform's rules by draft id, as last put: `name|expression|function`. */
const applied = new Map<string, { name: string; key: string }>();

async function apply(rule: ScheduleDraft): Promise<void> {
  const wanted = rule.enabled && scheduleProblem(rule) === null && !triggersHeld();
  const current = applied.get(rule.id);
  const ready = wanted ? await readyToRun(rule.functionId) : null;
  // A scenario may have been held while the function built: its rules wait (run-hold.ts).
  const functionName = triggersHeld() ? null : ready;
  const key = `${rule.name}|${rule.expression}|${functionName}`;
  if (current && (!functionName || current.key !== key)) {
    world().platform.deleteScheduleRule(current.name);
    applied.delete(rule.id);
  }
  if (functionName && applied.get(rule.id)?.key !== key) {
    world().platform.createScheduleRule({
      name: rule.name,
      expression: rule.expression,
      functionName,
    });
    applied.set(rule.id, { name: rule.name, key });
  }
}

async function applyLatest(): Promise<void> {
  const { schedules } = workspaceStore.getState();
  const ids = new Set(schedules.map((rule) => rule.id));
  for (const [id, { name }] of applied) {
    if (ids.has(id)) continue;
    world().platform.deleteScheduleRule(name);
    applied.delete(id);
  }
  for (const rule of schedules) await apply(rule);
}

let chain: Promise<void> = Promise.resolve();

/**
 * Brings the platform's rules in line with the workspace's schedules. Runs one at a time, each
 * reading the newest schedules, so a slow deploy cannot put back a rule that was edited since.
 */
export function applySchedules(): Promise<void> {
  chain = chain.then(applyLatest, applyLatest);
  return chain;
}

/** Takes every rule down (a reset) and puts the enabled ones back, redeploying their functions. */
export function reapplySchedules(): Promise<void> {
  const takeDown = () => {
    for (const { name } of applied.values()) world().platform.deleteScheduleRule(name);
    applied.clear();
  };
  chain = chain.then(takeDown, takeDown);
  return applySchedules();
}

/**
 * Applies the schedules now and after every change to them, or to whether the scenario is held;
 * returns the function that stops.
 */
export function watchSchedules(): () => void {
  void applySchedules();
  const stopWorkspace = workspaceStore.subscribe((state, previous) => {
    if (state.schedules !== previous.schedules) void applySchedules();
  });
  const stopHold = runHoldStore.subscribe((state, previous) => {
    if ((state.hold === null) !== (previous.hold === null)) void applySchedules();
  });
  return () => {
    stopWorkspace();
    stopHold();
  };
}

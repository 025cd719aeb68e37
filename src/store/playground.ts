// Wires the layers together in the browser: workspace → bundler → platform (engine + workers),
// and the platform's events → session store. The UI calls only these actions.
import type { CodeBundle, Platform, ScaledClock } from '../engine';
import { createPlatform, createScaledClock, validateConfig } from '../engine';
import { createBrowserExecutor } from '../runtime';
import { buildFunction } from './build-function';
import { jsonProblem } from './json-problem';
import { controlStore, IDLE_LIFETIMES, setBuild, setNotice } from './control-store';
import type { IdleLifetimeChoice } from './control-store';
import { receivePlatformEvent, resetSession } from './session-store';
import type { FunctionDraft } from './workspace-model';
import { workspaceStore } from './workspace-store';

let live: { clock: ScaledClock; platform: Platform } | null = null;

/**
 * The platform, created on first use: creating it spawns the spare workers, which belongs to the
 * app's start-up, not to importing this module.
 */
function world(): { clock: ScaledClock; platform: Platform } {
  if (!live) {
    const clock = createScaledClock({ speed: controlStore.getState().speed });
    const platform = createPlatform({ clock, executor: createBrowserExecutor() });
    platform.subscribe(receivePlatformEvent);
    live = { clock, platform };
  }
  return live;
}

/** Starts the platform (and its spare workers) so the first Invoke finds them ready. */
export function startPlatform(): void {
  world();
}

/** What each function (by id) runs now: its platform name and the bundle deployed. */
const deployed = new Map<string, { name: string; bundle: CodeBundle }>();

function draftOf(functionId: string): FunctionDraft | undefined {
  return workspaceStore.getState().functions.find((fn) => fn.id === functionId);
}

/** Deploys the draft's newest good build; returns why nothing can run, or null. */
async function deployLatest(draft: FunctionDraft): Promise<string | null> {
  const build = await buildFunction(draft);
  const current = deployed.get(draft.id);
  if (!build.ok) {
    return current
      ? 'Build failed, so the last deployed version ran instead (see Problems).'
      : 'Build failed and no earlier version is deployed: fix the problems and invoke again.';
  }
  const { platform } = world();
  if (current && current.name !== draft.config.name) platform.remove(current.name);
  const { version } = platform.deploy(draft.config, build.bundle);
  deployed.set(draft.id, { name: draft.config.name, bundle: build.bundle });
  setBuild(draft.id, { deployedVersion: version });
  return null;
}

export async function invokeFunction(functionId: string): Promise<void> {
  const draft = draftOf(functionId);
  if (!draft) return;
  const settingsProblem = validateConfig(draft.config)[0];
  const eventJsonProblem = jsonProblem(draft.testEvent);
  const eventProblem = eventJsonProblem && `The test event is not valid JSON: ${eventJsonProblem}`;
  if (settingsProblem || eventProblem) {
    setNotice(functionId, eventProblem ?? `Fix the function settings: ${settingsProblem!.message}`);
    return;
  }
  const notice = await deployLatest(draft);
  setNotice(functionId, notice);
  const target = deployed.get(functionId);
  if (!target) return;
  try {
    await world().platform.invoke(target.name, draft.testEvent);
  } catch (error) {
    setNotice(functionId, (error as Error).message);
  }
}

/** Invokes the function the learner is looking at (the Invoke button and Ctrl/Cmd+Enter). */
export function invokeSelectedFunction(): void {
  void invokeFunction(workspaceStore.getState().selectedId);
}

/** Takes a function off the platform when the learner removes it from the workspace. */
export function retireFunction(functionId: string): void {
  const current = deployed.get(functionId);
  if (current) world().platform.remove(current.name);
  deployed.delete(functionId);
}

export function setSpeed(speed: number): void {
  world().clock.setSpeed(speed);
  controlStore.setState({ speed });
}

export function setPaused(paused: boolean): void {
  const { clock } = world();
  if (paused) clock.pause();
  else clock.resume();
  controlStore.setState({ paused });
}

export function setIdleLifetime(choice: IdleLifetimeChoice): void {
  const { min, max } = IDLE_LIFETIMES[choice];
  world().platform.setSettings({ idleLifetimeMs: { min, max } });
  controlStore.setState({ idleLifetime: choice });
}

/** Clears the stage, logs and costs: every instance is stopped and every function redeployed. */
export function resetPlatform(): void {
  for (const [id, { name }] of deployed) {
    world().platform.remove(name);
    deployed.delete(id);
    setBuild(id, { deployedVersion: null });
  }
  resetSession();
}

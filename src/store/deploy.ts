// Keeps the platform running each function's newest good build under its current name.
import { validateConfig } from '../engine';
import { buildFunction } from './build-function';
import { setBuild, setNotice } from './control-store';
import { world } from './platform-world';
import type { FunctionDraft } from './workspace-model';
import { workspaceStore } from './workspace-store';

/** The platform name each function (by id) is deployed under. */
const deployed = new Map<string, string>();
/** The draft each function's current deploy came from, once it deployed cleanly. */
const readyDrafts = new Map<string, FunctionDraft>();

/**
 * Gets a function ready to run: valid settings, newest good build deployed (a failed build keeps
 * the last version). Returns the name to invoke, or null after saying why in the notice.
 */
export async function readyToRun(functionId: string): Promise<string | null> {
  const draft = workspaceStore.getState().functions.find((fn) => fn.id === functionId);
  if (!draft) return null;
  // Drafts are replaced on every edit, so the same object means nothing changed since its deploy:
  // repeated invokes (a load test) skip validation, the build cache and the deploy comparison.
  if (readyDrafts.get(functionId) === draft) {
    setNotice(functionId, null);
    return draft.config.name;
  }
  const settingsProblem = validateConfig(draft.config)[0];
  if (settingsProblem) {
    setNotice(functionId, `Fix the function settings: ${settingsProblem.message}`);
    return null;
  }
  const build = await buildFunction(draft);
  const current = deployed.get(functionId);
  if (!build.ok) {
    setNotice(
      functionId,
      current
        ? 'Build failed, so the last deployed version ran instead (see Problems).'
        : 'Build failed and no earlier version is deployed: fix the problems and invoke again.',
    );
    return current ?? null;
  }
  const { platform } = world();
  if (current && current !== draft.config.name) platform.remove(current);
  const { version } = platform.deploy(draft.config, build.bundle);
  deployed.set(functionId, draft.config.name);
  setBuild(functionId, { deployedVersion: version });
  setNotice(functionId, null);
  readyDrafts.set(functionId, draft);
  return draft.config.name;
}

/** Takes a function off the platform (removed from the workspace, or a reset). */
export function retireFunction(functionId: string): void {
  const name = deployed.get(functionId);
  if (name) world().platform.remove(name);
  deployed.delete(functionId);
  readyDrafts.delete(functionId);
  setBuild(functionId, { deployedVersion: null });
}

export function retireAll(): void {
  for (const functionId of [...deployed.keys()]) retireFunction(functionId);
}

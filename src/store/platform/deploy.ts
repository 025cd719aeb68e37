// Keeps the platform running each function's newest good build under its current name, with its
// current settings: a changed setting is never held back, not even while the code fails to build.
import type { CodeBundle, FunctionConfig } from '../../engine';
import { asyncSettingsOf, validateConfig } from '../../engine';
import { buildFunction } from './build-function';
import { setBuild, setNotice } from './control-store';
import { world } from './platform-world';
import type { FunctionDraft } from '../../workspace/model';
import { workspaceStore } from '../workspace/workspace-store';

interface Deployment {
  config: FunctionConfig;
  bundle: CodeBundle;
}

/** What each function (by id) runs on the platform now. */
const deployments = new Map<string, Deployment>();
/** The draft each function's current deploy came from, once it deployed cleanly. */
const readyDrafts = new Map<string, FunctionDraft>();

function deploy(functionId: string, config: FunctionConfig, bundle: CodeBundle): void {
  const { platform } = world();
  const current = deployments.get(functionId);
  if (current && current.config.name !== config.name) platform.remove(current.config.name);
  const { version } = platform.deploy(config, bundle);
  deployments.set(functionId, { config, bundle });
  setBuild(functionId, { deployedVersion: version });
}

type Deployed = 'settings-invalid' | 'nothing-built' | 'last-build' | 'new-build';

/**
 * Deploys the draft: its settings and newest build. When the build fails, the settings still
 * apply, to the last code that built (with the handler it was built for), as Lambda applies a
 * configuration change to the code it has.
 */
async function deployDraft(
  functionId: string,
  draft: FunctionDraft,
  stillWanted: () => boolean = () => true,
): Promise<Deployed | 'superseded'> {
  if (validateConfig(draft.config).length > 0) return 'settings-invalid';
  const build = await buildFunction(draft);
  if (!stillWanted()) return 'superseded';
  const current = deployments.get(functionId);
  if (!build.ok) {
    if (!current) return 'nothing-built';
    deploy(functionId, { ...draft.config, handler: current.config.handler }, current.bundle);
    return 'last-build';
  }
  deploy(functionId, draft.config, build.bundle);
  readyDrafts.set(functionId, draft);
  return 'new-build';
}

function draftOf(functionId: string): FunctionDraft | undefined {
  return workspaceStore.getState().functions.find((fn) => fn.id === functionId);
}

/** Functions being readied as a destination now: a cycle (a ⇄ b) readies each once. */
const readyingDestinations = new Set<string>();

/** Deploys the functions a function's destinations name, so its records have somewhere to go. */
async function readyDestinationFunctions(config: FunctionConfig): Promise<void> {
  const { onSuccess, onFailure } = asyncSettingsOf(config);
  for (const target of [onSuccess, onFailure]) {
    if (target?.type !== 'lambda') continue;
    const fn = workspaceStore.getState().functions.find((f) => f.config.name === target.name);
    if (!fn || readyingDestinations.has(fn.id)) continue;
    readyingDestinations.add(fn.id);
    try {
      await readyToRun(fn.id);
    } finally {
      readyingDestinations.delete(fn.id);
    }
  }
}

/**
 * Gets a function ready to run: valid settings, newest good build deployed (a failed build keeps
 * the last version). Returns the name to invoke, or null after saying why in the notice.
 */
export async function readyToRun(functionId: string): Promise<string | null> {
  const draft = draftOf(functionId);
  if (!draft) return null;
  // Drafts are replaced on every edit, so the same object means nothing changed since its deploy:
  // repeated invokes (a load test) skip validation, the build cache and the deploy comparison.
  if (readyDrafts.get(functionId) === draft) {
    setNotice(functionId, null);
    await readyDestinationFunctions(draft.config);
    return draft.config.name;
  }
  const deployed = await deployDraft(functionId, draft);
  if (deployed === 'settings-invalid') {
    setNotice(functionId, `Fix the function settings: ${validateConfig(draft.config)[0]?.message}`);
    return null;
  }
  if (deployed === 'nothing-built') {
    setNotice(
      functionId,
      'Build failed and no earlier version is deployed: fix the problems and invoke again.',
    );
    return null;
  }
  await readyDestinationFunctions(draft.config);
  setNotice(
    functionId,
    deployed === 'last-build'
      ? 'Build failed, so the last deployed version ran instead, with the current settings (see Problems).'
      : null,
  );
  return draft.config.name;
}

/**
 * Applies a deployed function's changed settings without waiting for its next invoke, as saving
 * them in the Lambda console does: warm instances of the old settings are retired at once, and
 * schedules, queues and retries use the new ones. Quiet: the settings form shows what is wrong
 * with a setting, the Problems list what is wrong with the code, and the next invoke says it too.
 */
export async function applySettings(functionId: string): Promise<void> {
  const draft = draftOf(functionId);
  if (!draft || !deployments.has(functionId) || readyDrafts.get(functionId) === draft) return;
  // A newer edit while this one built is applied by its own call (or the next invoke).
  await deployDraft(functionId, draft, () => draftOf(functionId) === draft);
}

/** Takes a function off the platform (removed from the workspace, or a reset). */
export function retireFunction(functionId: string): void {
  const current = deployments.get(functionId);
  if (current) world().platform.remove(current.config.name);
  deployments.delete(functionId);
  readyDrafts.delete(functionId);
  setBuild(functionId, { deployedVersion: null });
}

export function retireAll(): void {
  for (const functionId of [...deployments.keys()]) retireFunction(functionId);
}

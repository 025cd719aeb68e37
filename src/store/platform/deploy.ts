// Keeps the platform running each function's newest good build under its current name, with its
// current settings: a changed setting is never held back, not even while the code fails to build.
import type { CodeBundle, FunctionConfig } from '../../engine';
import { ApiError, asyncSettingsOf, validateConfig } from '../../engine';
import { buildFunction } from './build-function';
import { reservationProblemOf } from './reservations';
import { setBuild, setNotice } from './control-store';
import { world } from './platform-world';
import type { FunctionDraft } from '../../workspace/model';
import { deploysWithErrors } from '../../workspace/model';
import { workspaceStore } from '../workspace/workspace-store';

interface Deployment {
  config: FunctionConfig;
  bundle: CodeBundle;
}

/** What each function (by id) runs on the platform now. */
const deployments = new Map<string, Deployment>();
/**
 * Each function's last code that built, with the handler it was built for: what runs when a
 * later build fails, rather than code deployed as written despite its errors.
 */
const goodBuilds = new Map<string, { handler: string; bundle: CodeBundle }>();
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

type Deployed =
  | 'settings-invalid'
  | 'refused'
  | 'nothing-built'
  | 'last-build'
  | 'new-build'
  | 'as-written'
  | 'nothing-to-deploy';

/** What Lambda would refuse in the draft's settings, first problem only; null when none. */
function settingsProblem(functionId: string, draft: FunctionDraft): string | null {
  const own = validateConfig(draft.config)[0];
  if (own !== undefined) return own.message;
  return reservationProblemOf(workspaceStore.getState().functions, functionId);
}

/**
 * Deploys the draft: its settings and newest build. When the build fails, the settings still
 * apply, to the last code that built (with the handler it was built for), as Lambda applies a
 * configuration change to the code it has. With "Deploy even if the code has errors" on, a
 * failed build deploys the entry file as written instead (JavaScript only: TypeScript with errors
 * does not compile, so there is nothing to deploy), and every cold start fails INIT as on Lambda.
 */
async function deployDraft(
  functionId: string,
  draft: FunctionDraft,
  stillWanted: () => boolean = () => true,
): Promise<Deployed | 'superseded'> {
  if (settingsProblem(functionId, draft) !== null) return 'settings-invalid';
  const build = await buildFunction(draft);
  if (!stillWanted()) return 'superseded';
  try {
    if (!build.ok) {
      if (deploysWithErrors(draft)) {
        if (!build.asWritten) return 'nothing-to-deploy';
        deploy(functionId, draft.config, build.asWritten);
        readyDrafts.set(functionId, draft);
        return 'as-written';
      }
      const good = goodBuilds.get(functionId);
      if (!good) {
        // Code deployed as written is no version to fall back on: nothing runs until it builds.
        if (deployments.has(functionId)) retireFunction(functionId);
        return 'nothing-built';
      }
      deploy(functionId, { ...draft.config, handler: good.handler }, good.bundle);
      return 'last-build';
    }
    deploy(functionId, draft.config, build.bundle);
    goodBuilds.set(functionId, { handler: draft.config.handler, bundle: build.bundle });
  } catch (error) {
    // The platform still holds another function's larger reservation, whose lowering has not
    // deployed yet: Lambda refuses this one for now, and the notice says so.
    if (!(error instanceof ApiError)) throw error;
    setNotice(functionId, `Fix the function settings: ${error.message}`);
    return 'refused';
  }
  readyDrafts.set(functionId, draft);
  return 'new-build';
}

const NOTICES: ReadonlyMap<Deployed | 'superseded', string> = new Map([
  [
    'last-build',
    'Build failed, so the last deployed version ran instead, with the current settings (see Problems).',
  ],
  [
    'as-written',
    'Deployed with errors, as written ("Deploy even if the code has errors" is on): every cold start fails INIT (see Problems).',
  ],
]);

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
  if (deployed === 'refused') return null;
  if (deployed === 'settings-invalid') {
    setNotice(functionId, `Fix the function settings: ${settingsProblem(functionId, draft)}`);
    return null;
  }
  if (deployed === 'nothing-built') {
    setNotice(
      functionId,
      'Build failed and no earlier version is deployed: fix the problems and invoke again.',
    );
    return null;
  }
  if (deployed === 'nothing-to-deploy') {
    setNotice(
      functionId,
      'TypeScript with errors does not compile, so there is no code to deploy even with "Deploy even if the code has errors" on: fix the problems and invoke again.',
    );
    return null;
  }
  await readyDestinationFunctions(draft.config);
  setNotice(functionId, NOTICES.get(deployed) ?? null);
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
  if (!draft || readyDrafts.get(functionId) === draft) return;
  // A function not deployed yet waits for its first invoke, unless provisioned concurrency asks
  // for environments now: on AWS they start initializing as soon as it is set.
  if (!deployments.has(functionId) && !((draft.config.provisionedConcurrency ?? 0) > 0)) return;
  // A newer edit while this one built is applied by its own call (or the next invoke).
  await deployDraft(functionId, draft, () => draftOf(functionId) === draft);
}

/** Takes a function off the platform (removed from the workspace, or a reset). */
export function retireFunction(functionId: string): void {
  const current = deployments.get(functionId);
  if (current) world().platform.remove(current.config.name);
  deployments.delete(functionId);
  goodBuilds.delete(functionId);
  readyDrafts.delete(functionId);
  setBuild(functionId, { deployedVersion: null });
}

export function retireAll(): void {
  for (const functionId of [...deployments.keys()]) retireFunction(functionId);
}

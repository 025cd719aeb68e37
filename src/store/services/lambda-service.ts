// Lambda's API for the handlers' SDK, over the page's platform and the learner's functions: a
// callee is deployed from its newest good build first, as the app's other triggers do.
import type { FunctionConfig } from '../../engine';
import { createLambdaApi, type LambdaPort } from '../../services/lambda';
import type { FunctionDraft } from '../../workspace/model';
import { readyToRun } from '../platform/deploy';
import { world } from '../platform/platform-world';
import { workspaceStore } from '../workspace/workspace-store';

let seenDrafts: readonly FunctionDraft[] | null = null;
let byName: ReadonlyMap<string, FunctionConfig> = new Map();

/** The workspace's functions by name, rebuilt only when the list changed (edits replace it). */
function functionsByName(): ReadonlyMap<string, FunctionConfig> {
  const drafts = workspaceStore.getState().functions;
  if (drafts !== seenDrafts) {
    seenDrafts = drafts;
    byName = new Map(drafts.map((draft) => [draft.config.name, draft.config]));
  }
  return byName;
}

const port: LambdaPort = {
  functions: functionsByName,
  async readyToRun(name) {
    const draft = workspaceStore.getState().functions.find((fn) => fn.config.name === name);
    if (draft === undefined) return false;
    return (await readyToRun(draft.id)) === name;
  },
  platform: () => world().platform,
};

/** The `lambda` service for the page's AWS API router. */
export const lambdaService = createLambdaApi(port);

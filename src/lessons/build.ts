// Helpers that keep lesson files short: a function draft with the console's defaults, a workspace
// around functions, and a solution made by changing only what a task asks.
import type { FunctionConfig } from '../engine/types';
import type { FunctionDraft, Workspace } from '../store/workspace-model';

export interface FunctionSpec {
  id: string;
  name: string;
  code: string;
  /** The test event, as an object (shown as JSON). */
  event?: unknown;
  config?: Partial<Omit<FunctionConfig, 'name'>>;
}

/** A draft with the settings a new function gets in the Lambda console (128 MB, 3 s, x86_64). */
export function lessonFunction(spec: FunctionSpec): FunctionDraft {
  return {
    id: spec.id,
    config: {
      name: spec.name,
      runtime: 'nodejs22.x',
      handler: 'index.handler',
      memoryMB: 128,
      architecture: 'x86_64',
      timeoutSec: 3,
      environment: {},
      reservedConcurrency: null,
      ...spec.config,
    },
    files: { 'index.ts': spec.code },
    activeFile: 'index.ts',
    testEvent: JSON.stringify(spec.event ?? {}, null, 2),
  };
}

/** A workspace of these functions with nothing else wired; `extra` adds triggers. */
export function lessonWorkspace(
  functions: FunctionDraft[],
  extra: Partial<Omit<Workspace, 'functions'>> = {},
): Workspace {
  const first = functions[0]!.id;
  return {
    functions,
    selectedId: first,
    http: {
      front: 'http-api',
      routes: [{ routeKey: '$default', functionId: first }],
      urlFunctionId: first,
    },
    schedules: [],
    buckets: [],
    topics: [],
    queues: [],
    load: {
      pattern: { shape: 'constant', ratePerSec: 5, durationSec: 10, seed: 1 },
      functionId: first,
    },
    ...extra,
  };
}

/** The workspace with one function's code and settings changed. */
export function withFunction(
  workspace: Workspace,
  id: string,
  change: { code?: string; config?: Partial<Omit<FunctionConfig, 'name'>> },
): Workspace {
  return {
    ...workspace,
    functions: workspace.functions.map((fn) =>
      fn.id !== id
        ? fn
        : {
            ...fn,
            files: change.code === undefined ? fn.files : { ...fn.files, 'index.ts': change.code },
            config: { ...fn.config, ...change.config },
          },
    ),
  };
}

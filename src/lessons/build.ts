// Helpers that keep lesson files short: a function with only the settings it changes, a workspace
// around functions, and a solution made by changing only what a task asks.
import type { FunctionConfig } from '../engine/types';
import type { Workspace } from '../workspace/model';
import type { LessonFunction, LessonWorkspace } from './types';

export interface FunctionSpec {
  id: string;
  name: string;
  code: string;
  /** The file `code` is in: `index.ts` unless said (a Python function's `lambda_function.py`). */
  file?: string;
  /** The test event, as an object (shown as JSON). */
  event?: unknown;
  config?: Partial<Omit<FunctionConfig, 'name'>>;
}

/** A function that, but for `spec.config`, has the settings a new one gets in the Lambda console. */
export function lessonFunction(spec: FunctionSpec): LessonFunction {
  return {
    id: spec.id,
    config: { name: spec.name, ...spec.config },
    files: { [spec.file ?? 'index.ts']: spec.code },
    activeFile: spec.file ?? 'index.ts',
    testEvent: JSON.stringify(spec.event ?? {}, null, 2),
  };
}

/** A workspace of these functions with nothing else wired; `extra` adds triggers. */
export function lessonWorkspace(
  functions: LessonFunction[],
  extra: Partial<Omit<Workspace, 'functions'>> = {},
): LessonWorkspace {
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
  workspace: LessonWorkspace,
  id: string,
  change: { code?: string; config?: Partial<Omit<FunctionConfig, 'name'>> },
): LessonWorkspace {
  return {
    ...workspace,
    functions: workspace.functions.map((fn) =>
      fn.id !== id
        ? fn
        : {
            ...fn,
            // The code goes in the file the function opens on (its handler's, as lessons write it).
            files:
              change.code === undefined ? fn.files : { ...fn.files, [fn.activeFile]: change.code },
            config: { ...fn.config, ...change.config },
          },
    ),
  };
}

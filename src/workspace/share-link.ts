// A workspace as a share link's scenario and back: the link keeps only what differs from a new
// workspace's defaults (workspace-model, the engine's default config and load pattern), and
// opening one fills the defaults back in and checks what the schema cannot know.
import type { Architecture, FunctionConfig, LoadShape } from '../engine';
import { DEFAULT_LOAD_PATTERN, defaultFunctionConfig, runtimeNamed } from '../engine';
import type { LinkFunction, LinkScenario } from '../share';
import { SPEEDS } from './speeds';
import { filePathProblem } from './files';
import { DEFAULT_LOAD_TARGET } from './load-targets';
import { decodeServices } from './service-drafts';
import { decodeTables } from './table-drafts';
import type { FunctionDraft, LoadTargetDraft, Workspace } from './model';
import { createFunctionDraft, defaultHttpConfig, defaultLoadDraft } from './model';

// Records over the engine's unions: a runtime added there fails to compile here until listed.
const ARCHITECTURES: Record<Architecture, true> = { x86_64: true, arm64: true };
const SHAPES: Record<LoadShape, true> = { constant: true, ramp: true, burst: true, spiky: true };

/** The fields of `value` whose JSON differs from `defaults`' (absent ones are left out). */
function withoutDefaults<T extends object>(value: T, defaults: Partial<T>): Partial<T> {
  const kept: Partial<T> = {};
  for (const key of Object.keys(value) as Array<keyof T>) {
    if (value[key] === undefined) continue;
    if (JSON.stringify(value[key]) !== JSON.stringify(defaults[key])) kept[key] = value[key];
  }
  return kept;
}

/** The file a function opens on: its `index.ts` if it has one, else its first file. */
function defaultActiveFile(files: Record<string, string>): string {
  return Object.hasOwn(files, 'index.ts') ? 'index.ts' : (Object.keys(files)[0] ?? 'index.ts');
}

/** A function's defaults; the file it opens on depends on the files it actually has. */
function functionDefaults(id: string, name: string, files: FunctionDraft['files'] | undefined) {
  const draft = createFunctionDraft(id, name);
  return { ...draft, activeFile: defaultActiveFile(files ?? draft.files), savedEvents: {} };
}

function linkFunction(fn: FunctionDraft): LinkFunction {
  const { config, ...rest } = withoutDefaults(
    fn,
    functionDefaults(fn.id, fn.config.name, fn.files),
  );
  // A link never turns a function's internet access on: it would be someone else's code
  // reaching the network from the learner's browser, so the learner opts in after opening it.
  const {
    name: _name,
    internetAccess: _network,
    ...settings
  } = withoutDefaults(fn.config, defaultFunctionConfig(fn.config.name));
  return { id: fn.id, config: { name: fn.config.name, ...settings }, ...rest };
}

/** What a link carries for this workspace at this simulation speed. */
export function scenarioOf(workspace: Workspace, speed: number): LinkScenario {
  const first = workspace.functions[0]!.id;
  const { load, http, ...rest } = withoutDefaults(workspace, {
    selectedId: first,
    schedules: [],
    buckets: [],
    topics: [],
    queues: [],
    eventBuses: [],
    tables: [],
    services: [],
    selectedServiceId: null,
  });
  const scenario: LinkScenario = { ...rest, functions: workspace.functions.map(linkFunction) };
  const changedHttp = http && withoutDefaults(http, defaultHttpConfig(first));
  if (changedHttp && Object.keys(changedHttp).length > 0) scenario.http = changedHttp;
  if (load) {
    const pattern = withoutDefaults(load.pattern, DEFAULT_LOAD_PATTERN);
    const target = load.target && withoutDefaults(load.target, DEFAULT_LOAD_TARGET);
    const changed = withoutDefaults(
      { ...load, pattern, target },
      { functionId: first, pattern: {}, target: {} },
    );
    if (Object.keys(changed).length > 0) scenario.load = changed;
  }
  if (speed !== 1) scenario.speed = speed;
  return scenario;
}

function draftOf(fn: LinkFunction): FunctionDraft {
  const { config, ...rest } = fn;
  const { name, ...settings } = config;
  return {
    ...functionDefaults(fn.id, name, fn.files),
    ...rest,
    config: defaultFunctionConfig(name, settings as Partial<FunctionConfig>),
  };
}

/** What the engine and the editor would refuse that the link's schema cannot know. */
function domainProblem(workspace: Workspace, speed: number): string | null {
  for (const fn of workspace.functions) {
    const { name, runtime, architecture } = fn.config;
    if (runtimeNamed(runtime) === undefined) return `${name} has an unknown runtime "${runtime}"`;
    if (!Object.hasOwn(ARCHITECTURES, architecture)) {
      return `${name} has an unknown architecture "${architecture}"`;
    }
    for (const path of Object.keys(fn.files)) {
      const problem = filePathProblem(path, {});
      if (problem) return `${name}'s file "${path}" cannot be opened: ${problem}`;
    }
  }
  for (const app of workspace.services ?? []) {
    for (const path of Object.keys(app.files)) {
      const problem = filePathProblem(path, {});
      if (problem) return `${app.name}'s file "${path}" cannot be opened: ${problem}`;
    }
  }
  if (!Object.hasOwn(SHAPES, workspace.load.pattern.shape)) return 'the load pattern is unknown';
  if (!(SPEEDS as readonly number[]).includes(speed)) return `the speed ${speed}× is not offered`;
  return null;
}

export type OpenedScenario =
  { ok: true; workspace: Workspace; speed: number } | { ok: false; problem: string };

/** The workspace a (schema-checked) scenario describes, with every default filled in. */
export function workspaceOf(scenario: LinkScenario): OpenedScenario {
  const functions = scenario.functions.map(draftOf);
  const first = functions[0]!.id;
  const load = defaultLoadDraft(scenario.load?.functionId ?? first);
  const workspace: Workspace = {
    functions,
    selectedId: scenario.selectedId ?? first,
    http: { ...defaultHttpConfig(first), ...scenario.http },
    schedules: scenario.schedules ?? [],
    buckets: scenario.buckets ?? [],
    topics: scenario.topics ?? [],
    queues: scenario.queues ?? [],
    eventBuses: scenario.eventBuses ?? [],
    // Read again as untrusted data: at most MAX_TABLES, one mapping per function.
    tables: decodeTables(scenario.tables ?? []),
    // Read again as untrusted data, as a save is: ids and names unique, the list capped.
    services: decodeServices(scenario.services ?? []),
    selectedServiceId: null,
    load: {
      ...load,
      pattern: { ...load.pattern, ...scenario.load?.pattern } as Workspace['load']['pattern'],
      ...(scenario.load?.target && {
        target: { ...DEFAULT_LOAD_TARGET, ...scenario.load.target } as LoadTargetDraft,
      }),
    },
  };
  const selectedServiceId = scenario.selectedServiceId ?? null;
  if (workspace.services!.some((app) => app.id === selectedServiceId)) {
    workspace.selectedServiceId = selectedServiceId;
  }
  const speed = scenario.speed ?? 1;
  const problem = domainProblem(workspace, speed);
  return problem
    ? { ok: false, problem: `The link's scenario is not valid: ${problem}.` }
    : { ok: true, workspace, speed };
}

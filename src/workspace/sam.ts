// A workspace as the SAM export's scenario (ids become names) and an imported scenario as a
// workspace (names get ids; what the playground cannot emulate is adjusted and said so).
import type { Architecture, LoggingConfig, Runtime } from '../engine';
import {
  APPLICATION_LOG_LEVELS,
  defaultFunctionConfig,
  isPython,
  LOG_FORMATS,
  MEMORY_RANGE,
  RUNTIMES,
  runtimeNamed,
  STORAGE_RANGE,
  SYSTEM_LOG_LEVELS,
  TIMEOUT_RANGE,
} from '../engine';
import type { SamFunction, SamLoggingConfig, SamScenario } from '../share';
import { handlerEntryFile, isPythonRuntime, pythonHandlerFile } from '../share';
import { filePathProblem } from './files';
import type { FunctionDraft, Workspace } from './model';
import { defaultLoadDraft } from './model';
import { decodeTables } from './table-drafts';

/** `{ functionId, … }` as `{ functionName, … }`; none when the function is gone. */
function byName<T extends { functionId: string }>(
  items: T[],
  names: Map<string, string>,
): Array<Omit<T, 'functionId'> & { functionName: string }> {
  return items.flatMap(({ functionId, ...rest }) => {
    const functionName = names.get(functionId);
    return functionName === undefined ? [] : [{ ...rest, functionName }];
  });
}

export function samScenarioOf(workspace: Workspace): SamScenario {
  const names = new Map(workspace.functions.map((fn) => [fn.id, fn.config.name]));
  const queueNames = new Map(workspace.queues.map((q) => [q.id, q.name]));
  const { http } = workspace;
  const tables = (workspace.tables ?? []).map(({ id: _id, mappings, ...table }) => ({
    ...table,
    mappings: byName(mappings, names),
  }));
  return {
    functions: workspace.functions.map((fn) => ({
      ...fn.config,
      files: fn.files,
      testEvent: fn.testEvent,
    })),
    http: {
      front: http.front,
      routes: byName(http.routes, names),
      urlFunctionName: names.get(http.urlFunctionId) ?? '',
    },
    schedules: byName(workspace.schedules, names).map(({ id: _id, ...s }) => s),
    buckets: workspace.buckets.map((b) => ({
      name: b.name,
      notifications: byName(b.notifications, names).map(({ id: _id, ...n }) => n),
    })),
    topics: workspace.topics.map((t) => ({
      name: t.name,
      subscriberNames: t.subscriberIds.flatMap((id) => names.get(id) ?? []),
    })),
    queues: workspace.queues.map(({ id: _id, redrive, mapping, ...q }) => {
      const dlq = redrive && queueNames.get(redrive.deadLetterQueueId);
      return {
        ...q,
        redrive:
          redrive && dlq
            ? { deadLetterQueueName: dlq, maxReceiveCount: redrive.maxReceiveCount }
            : null,
        mapping: byName(mapping ? [mapping] : [], names)[0] ?? null,
      };
    }),
    // Only when there are some: scenarios without tables read as before they existed.
    ...(tables.length > 0 && { tables }),
  };
}

const clamp = (n: number, range: { min: number; max: number }) =>
  Math.min(range.max, Math.max(range.min, Math.round(n)));

interface Openable {
  files: Record<string, string>;
  /** What was left out, and why. */
  notes: string[];
}

/** The files of a function the playground can open. */
function openableFiles(fn: SamFunction): Openable {
  const notes: string[] = [];
  const files = Object.fromEntries(
    Object.entries(fn.files).filter(([path]) => {
      const problem = filePathProblem(path, {});
      if (problem) notes.push(`${fn.name}: left out "${path}" (${problem})`);
      return problem === null;
    }),
  );
  return { files, notes };
}

const oneOf = <T extends string>(allowed: readonly T[], value: string | undefined) =>
  allowed.find((a) => a === value);

/** The template's LoggingConfig as the function's; values Lambda would refuse are left out. */
function loggingFromSam(
  name: string,
  sam: SamLoggingConfig | undefined,
  notes: string[],
): LoggingConfig | undefined {
  if (!sam) return undefined;
  const logging: LoggingConfig = {};
  const logFormat = oneOf(LOG_FORMATS, sam.logFormat);
  if (logFormat === 'JSON') logging.logFormat = logFormat;
  const application = oneOf(APPLICATION_LOG_LEVELS, sam.applicationLogLevel);
  const system = oneOf(SYSTEM_LOG_LEVELS, sam.systemLogLevel);
  if (logFormat === 'JSON' && application) logging.applicationLogLevel = application;
  if (logFormat === 'JSON' && system) logging.systemLogLevel = system;
  if (sam.logGroup) logging.logGroup = sam.logGroup;
  const dropped =
    (sam.logFormat !== undefined && !logFormat) ||
    (sam.applicationLogLevel !== undefined && !logging.applicationLogLevel) ||
    (sam.systemLogLevel !== undefined && !logging.systemLogLevel);
  if (dropped) notes.push(`${name}: LoggingConfig values Lambda would refuse were left out.`);
  return Object.keys(logging).length > 0 ? logging : undefined;
}

/**
 * The runtime a template's unknown runtime runs on: the newest of the playground's runtimes in its
 * language (a `python3.12` function stays Python), Node.js 22 for anything else.
 */
function standInRuntime(runtime: string): Runtime {
  const python = RUNTIMES.filter((info) => isPython(info.id)).at(-1);
  return isPythonRuntime(runtime) && python ? python.id : 'nodejs22.x';
}

/** The function as a draft; `notes` collects what had to change for the playground. */
function draftOf(fn: SamFunction, id: string, openable: Openable, notes: string[]): FunctionDraft {
  const { name, files: _files, testEvent, runtime, architecture, loggingConfig, ...settings } = fn;
  const logging = loggingFromSam(name, loggingConfig, notes);
  const known = runtimeNamed(runtime);
  const standIn = standInRuntime(runtime);
  if (!known) notes.push(`${name}: runtime ${runtime} is not emulated; it runs on ${standIn}.`);
  notes.push(...openable.notes);
  const sources = openable.files;
  const config = defaultFunctionConfig(name, {
    ...settings,
    runtime: known ?? standIn,
    architecture: (architecture === 'arm64' ? 'arm64' : 'x86_64') satisfies Architecture,
    memoryMB: clamp(settings.memoryMB, MEMORY_RANGE),
    timeoutSec: clamp(settings.timeoutSec, TIMEOUT_RANGE),
    ...(logging && { loggingConfig: logging }),
    ...(settings.ephemeralStorageMB !== undefined && {
      ephemeralStorageMB: clamp(settings.ephemeralStorageMB, STORAGE_RANGE),
    }),
  });
  const entry = isPython(config.runtime)
    ? pythonHandlerFile(config.handler, sources)
    : handlerEntryFile(config.handler, sources);
  const activeFile = entry ?? Object.keys(sources)[0]!;
  return { id, config, files: sources, activeFile, testEvent };
}

export type WorkspaceFromSam =
  { ok: true; workspace: Workspace; notes: string[] } | { ok: false; message: string };

/**
 * A function with no file left would be imported empty, its code lost on the way: refused instead,
 * naming each such function and what was left out of it.
 */
function emptyFunctionsProblem(scenario: SamScenario, openable: Openable[]): string | null {
  const empty = scenario.functions.filter((_, i) => Object.keys(openable[i]!.files).length === 0);
  if (empty.length === 0) return null;
  const quoted = empty.map((fn) => `"${fn.name}"`).join(', ');
  const subject = empty.length === 1 ? `Function ${quoted} has` : `Functions ${quoted} have`;
  const why = openable.flatMap((o, i) => (empty.includes(scenario.functions[i]!) ? o.notes : []));
  return [`${subject} no source file the playground can open.`, ...why].join(' ');
}

/**
 * The template's tables, read as untrusted data (decodeTables): a key type, view type or starting
 * position DynamoDB or Lambda would not take is left out or replaced, and said so.
 */
function tablesOfSam(scenario: SamScenario, ids: Map<string, string>, notes: string[]) {
  const drafts = (scenario.tables ?? []).map((table, i) => ({
    ...table,
    id: `table-${i + 1}`,
    mappings: table.mappings.flatMap(({ functionName, ...mapping }) => {
      const functionId = ids.get(functionName);
      return functionId ? [{ ...mapping, functionId }] : [];
    }),
  }));
  const tables = decodeTables(drafts);
  for (const draft of drafts) {
    const kept = tables.find((table) => table.id === draft.id);
    if (kept === undefined) {
      notes.push(`Table ${draft.name}: left out (its key schema is not one DynamoDB takes).`);
    } else if (
      kept.streamViewType !== draft.streamViewType ||
      kept.sortKey?.type !== draft.sortKey?.type ||
      kept.mappings.some((m, j) => m.startingPosition !== draft.mappings[j]?.startingPosition)
    ) {
      notes.push(`Table ${draft.name}: settings DynamoDB or Lambda would refuse were changed.`);
    }
  }
  return tables;
}

export function workspaceOfSam(scenario: SamScenario): WorkspaceFromSam {
  const openable = scenario.functions.map((fn) => openableFiles(fn));
  const empty = emptyFunctionsProblem(scenario, openable);
  if (empty) return { ok: false, message: empty };
  const notes: string[] = [];
  const functions = scenario.functions.map((fn, i) =>
    draftOf(fn, `fn-${i + 1}`, openable[i]!, notes),
  );
  const ids = new Map(functions.map((fn) => [fn.config.name, fn.id]));
  const queueIds = new Map(scenario.queues.map((q, i) => [q.name, `queue-${i + 1}`]));
  const withId = <T extends { functionName: string }>(items: T[]) =>
    items.flatMap(({ functionName, ...rest }) => {
      const functionId = ids.get(functionName);
      return functionId ? [{ ...rest, functionId }] : [];
    });
  const first = functions[0]!.id;
  const workspace: Workspace = {
    functions,
    selectedId: first,
    http: {
      front: scenario.http.front,
      routes: withId(scenario.http.routes),
      urlFunctionId: ids.get(scenario.http.urlFunctionName) ?? first,
    },
    schedules: withId(scenario.schedules).map((s, i) => ({ ...s, id: `schedule-${i + 1}` })),
    buckets: scenario.buckets.map((b, i) => ({
      id: `bucket-${i + 1}`,
      name: b.name,
      notifications: withId(b.notifications).map((n, j) => ({
        ...n,
        id: `notification-${i + 1}-${j + 1}`,
      })),
    })),
    topics: scenario.topics.map((t, i) => ({
      id: `topic-${i + 1}`,
      name: t.name,
      subscriberIds: t.subscriberNames.flatMap((name) => ids.get(name) ?? []),
    })),
    queues: scenario.queues.map(({ redrive, mapping, ...q }) => {
      const dlq = redrive && queueIds.get(redrive.deadLetterQueueName);
      const [withFunction] = mapping ? withId([mapping]) : [];
      return {
        ...q,
        id: queueIds.get(q.name)!,
        redrive:
          redrive && dlq
            ? { deadLetterQueueId: dlq, maxReceiveCount: redrive.maxReceiveCount }
            : null,
        mapping: withFunction ?? null,
      };
    }),
    load: defaultLoadDraft(first),
    tables: tablesOfSam(scenario, ids, notes),
  };
  return { ok: true, workspace, notes };
}

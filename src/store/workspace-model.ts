// The learner's workspace as data: functions with their files, settings and test event.
import { defaultFunctionConfig } from '../engine';
import type { FunctionConfig } from '../engine';

export interface FunctionDraft {
  /** Stable id; the function's name can change, this cannot. */
  id: string;
  config: FunctionConfig;
  /** Source files by relative path, e.g. `index.ts`, `lib/math.ts`. */
  files: Record<string, string>;
  activeFile: string;
  /** The test event as the learner typed it (JSON text, possibly invalid). */
  testEvent: string;
}

/** Which front door HTTP requests come through, as API Gateway / Lambda name them. */
export type HttpFront = 'http-api' | 'rest-api' | 'function-url';

export interface HttpRoute {
  /** `$default`, `GET /items/{id}`, `ANY /{proxy+}`… */
  routeKey: string;
  functionId: string;
}

export interface HttpTriggerConfig {
  front: HttpFront;
  /** The API's routes (HTTP and REST APIs). */
  routes: HttpRoute[];
  /** The function behind the function URL. */
  urlFunctionId: string;
}

/** An EventBridge rule that invokes a function on a `rate(…)` or `cron(…)` schedule. */
export interface ScheduleDraft {
  /** Stable id; the rule's name can change. */
  id: string;
  name: string;
  expression: string;
  functionId: string;
  enabled: boolean;
}

export interface Workspace {
  functions: FunctionDraft[];
  selectedId: string;
  http: HttpTriggerConfig;
  schedules: ScheduleDraft[];
}

/** Every request to one function, through an HTTP API's `$default` route. */
export function defaultHttpConfig(functionId: string): HttpTriggerConfig {
  return {
    front: 'http-api',
    routes: [{ routeKey: '$default', functionId }],
    urlFunctionId: functionId,
  };
}

/** What a save holds: saves from before triggers existed lack `http` and `schedules`. */
export type SavedWorkspace = Omit<Workspace, 'http' | 'schedules'> &
  Partial<Pick<Workspace, 'http' | 'schedules'>>;

/** A saved workspace brought up to date with the fields added since it was saved. */
export function completeWorkspace(saved: SavedWorkspace): Workspace {
  return {
    ...saved,
    http: saved.http ?? defaultHttpConfig(saved.functions[0]!.id),
    schedules: saved.schedules ?? [],
  };
}

export const DEFAULT_HANDLER_SOURCE = `export const handler = async (event: { left: number; right: number }) => {
  console.log(event);
  return event.left + event.right;
};
`;

export const DEFAULT_TEST_EVENT = `{"left": 1, "right": 2}`;

export function createFunctionDraft(id: string, name: string): FunctionDraft {
  return {
    id,
    config: defaultFunctionConfig(name),
    files: { 'index.ts': DEFAULT_HANDLER_SOURCE },
    activeFile: 'index.ts',
    testEvent: DEFAULT_TEST_EVENT,
  };
}

export function defaultWorkspace(): Workspace {
  const first = createFunctionDraft('fn-1', 'add-numbers');
  return {
    functions: [first],
    selectedId: first.id,
    http: defaultHttpConfig(first.id),
    schedules: [],
  };
}

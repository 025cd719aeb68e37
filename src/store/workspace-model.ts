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

export interface Workspace {
  functions: FunctionDraft[];
  selectedId: string;
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
  return { functions: [first], selectedId: first.id };
}

// The Lambda runtimes the playground runs: their identifiers as Lambda spells them, the console's
// names for them, and the language their code is in (which decides the worker that runs it and
// how the code is packaged: bundled JavaScript, or Python files as written).
import type { Runtime } from '../types';

export type RuntimeLanguage = 'nodejs' | 'python';

export interface RuntimeInfo {
  id: Runtime;
  /** As the Lambda console's runtime list names it. */
  label: string;
  language: RuntimeLanguage;
}

export const RUNTIMES: readonly RuntimeInfo[] = [
  { id: 'nodejs22.x', label: 'Node.js 22.x', language: 'nodejs' },
  { id: 'nodejs24.x', label: 'Node.js 24.x', language: 'nodejs' },
  { id: 'python3.14', label: 'Python 3.14', language: 'python' },
];

const BY_ID: ReadonlyMap<string, RuntimeInfo> = new Map(RUNTIMES.map((info) => [info.id, info]));

/** The runtime a text names (a SAM template's `Runtime`, a link's), or undefined. */
export function runtimeNamed(text: string): Runtime | undefined {
  return BY_ID.get(text)?.id;
}

export function languageOf(runtime: Runtime): RuntimeLanguage {
  return BY_ID.get(runtime)?.language ?? 'nodejs';
}

export const isPython = (runtime: Runtime): boolean => languageOf(runtime) === 'python';

/**
 * The handler and file a new function of this language starts with, as the Lambda console creates
 * them: `index.handler` in `index.mjs` for Node.js (the playground's own default file is
 * `index.ts`), `lambda_function.lambda_handler` in `lambda_function.py` for Python.
 */
export const DEFAULT_HANDLER: Readonly<Record<RuntimeLanguage, string>> = {
  nodejs: 'index.handler',
  python: 'lambda_function.lambda_handler',
};

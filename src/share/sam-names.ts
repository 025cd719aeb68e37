// Names a SAM template needs: CloudFormation logical ids (alphanumeric, unique) for the scenario's
// functions, buckets, topics and queues, and the folder each function's code is written to.
import type { SamScenario } from './sam-types';

/** `photo-uploads.fifo` → `PhotoUploadsFifo`: CloudFormation logical ids are `[A-Za-z0-9]+`. */
export function pascalCase(text: string): string {
  return text
    .split(/[^A-Za-z0-9]+/)
    .filter((part) => part !== '')
    .map((part) => part[0]!.toUpperCase() + part.slice(1))
    .join('');
}

/** Picks `base`, or `base2`, `base3`… when `taken` already holds it; records the pick. */
export function uniqueId(base: string, taken: Set<string>): string {
  let id = base;
  for (let n = 2; taken.has(id); n += 1) id = `${base}${n}`;
  taken.add(id);
  return id;
}

export interface LogicalIds {
  functions: Map<string, string>;
  buckets: Map<string, string>;
  topics: Map<string, string>;
  queues: Map<string, string>;
  tables: Map<string, string>;
}

/** One logical id per resource, by name, e.g. function `add-numbers` → `AddNumbersFunction`. */
export function logicalIds(scenario: SamScenario): LogicalIds {
  const taken = new Set<string>(['ServerlessHttpApi', 'ServerlessRestApi']);
  const idsOf = (names: string[], suffix: string) =>
    new Map(names.map((name) => [name, uniqueId(pascalCase(name) + suffix, taken)]));
  return {
    functions: idsOf(
      scenario.functions.map((fn) => fn.name),
      'Function',
    ),
    buckets: idsOf(
      scenario.buckets.map((b) => b.name),
      'Bucket',
    ),
    topics: idsOf(
      scenario.topics.map((t) => t.name),
      'Topic',
    ),
    queues: idsOf(
      scenario.queues.map((q) => q.name),
      'Queue',
    ),
    tables: idsOf(
      (scenario.tables ?? []).map((t) => t.name),
      'Table',
    ),
  };
}

/** Where a function's files go in the archive; also its `CodeUri`. */
export function functionFolder(name: string): string {
  return `functions/${name}/`;
}

/** The name a `CodeUri` written by `functionFolder` stands for, or null for another layout. */
export function functionNameOfFolder(codeUri: string): string | null {
  const match = /^(?:\.\/)?functions\/([^/]+)\/?$/.exec(codeUri);
  return match ? match[1]! : null;
}

const SOURCE_EXTENSIONS = ['', '.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'];

/**
 * The file a handler string names, as Lambda resolves it
 * (docs/aws-lambda.md#handler-string-and-module-resolution): `src/app.main` → module `src/app`,
 * tried as written and then with each extension. Null when no file matches.
 */
export function handlerEntryFile(handler: string, files: Record<string, string>): string | null {
  const slash = handler.lastIndexOf('/');
  const dot = handler.indexOf('.', slash + 1);
  const module = dot === -1 ? handler : handler.slice(0, dot);
  // Own files only: `in` would also find Object.prototype's members (a handler `constructor.x`).
  const found = SOURCE_EXTENSIONS.map((ext) => module + ext).find((path) =>
    Object.hasOwn(files, path),
  );
  return found ?? null;
}

/** The CommonJS export forms (`exports.handler =`, `module.exports =`); anything else is ESM. */
const COMMONJS_EXPORT = /\b(?:module\.)?exports\s*(?:\.\s*[\w$]+\s*)?=/;

/** esbuild's output format for a function: CommonJS when its entry exports that way. */
export function moduleFormat(entrySource: string): 'cjs' | 'esm' {
  return COMMONJS_EXPORT.test(entrySource) ? 'cjs' : 'esm';
}

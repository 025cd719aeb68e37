// INIT's module step, as Lambda's runtime client does it: check the handler string, evaluate the
// bundle (CommonJS body or ES module), find the exported handler, and turn failures into
// Runtime.* errors (RIC src/UserFunction.js, src/function/*.ts).
import type { CodeBundle, FunctionConfig } from '../../engine/types';
import {
  HandlerNotFound,
  ImportModuleError,
  MalformedHandlerName,
  UserCodeSyntaxError,
} from './lambda-errors';

export type UserHandler = (...args: unknown[]) => unknown;

export interface LoadedHandler {
  handler: UserHandler;
  /** Declared with `async` (the RIC tells async handlers from callback ones by this). */
  isAsync: boolean;
  argsNum: number;
}

export interface ModuleHost {
  /** The realm the code runs in: its Function constructor compiles the bundle. */
  scope: { eval: (source: string) => unknown; SyntaxError: SyntaxErrorConstructor };
  require(specifier: string): unknown;
  /** Imports an ES module from source; resolves with its namespace. */
  importModule(source: string): Promise<object>;
  /** Text the runtime writes to stderr (Node's own warnings); absent in tests that ignore it. */
  writeStderr?(text: string): void;
}

/**
 * V8's messages for ES module syntax compiled as a script: Node then warns how to load an ES
 * module (its `containsModuleSyntax` check in lib/internal/modules/cjs/loader.js).
 */
const MODULE_SYNTAX_MESSAGES = new Set([
  'Cannot use import statement outside a module',
  "Unexpected token 'export'",
  "Cannot use 'import.meta' outside a module",
  'await is only valid in async functions and the top level bodies of modules',
]);

/**
 * Node's warning before the SyntaxError, as a Lambda log shows it (the runtime's process id is 8
 * there); Node adds the second line to the first warning a process writes.
 * docs/aws-lambda.md#module-format-and-syntax-errors-at-init
 */
export const ESM_SYNTAX_WARNING =
  '(node:8) Warning: To load an ES module, set "type": "module" in the package.json or use the .mjs extension.\n' +
  '(Use `node --trace-warnings ...` to show where the warning was created)\n';

/**
 * Where Node 22's runtime creates UserCodeSyntaxError (RIC `_loadUserApp`), as a Lambda log of one
 * shows the frames (docs/aws-lambda.md#module-format-and-syntax-errors-at-init).
 */
const NODE22_LOADER_FRAMES = [
  '    at _loadUserApp (file:///var/runtime/index.mjs:1084:17)',
  '    at async UserFunction.js.module.exports.load (file:///var/runtime/index.mjs:1119:21)',
  '    at async start (file:///var/runtime/index.mjs:1282:23)',
  '    at async file:///var/runtime/index.mjs:1288:1',
];

/** Marks a SyntaxError as one V8 raised compiling the module, not one its code threw while running. */
class CompileFailure {
  constructor(readonly error: unknown) {}
}

/**
 * The error V8 gives for the code alone. Node compiles a CommonJS module as a function body
 * without a textual wrapper; ours lets a missing `}` borrow the wrapper's, so V8 reports
 * `Unexpected token ')'` where Node says `Unexpected end of input`. Parsing the code as a script
 * ahead of a `throw` finds the error Node finds and runs nothing; a top-level `return`, legal in
 * CommonJS and not in a script, leaves the wrapper's own error standing.
 */
function compileErrorOf(code: string, host: ModuleHost, wrapperError: unknown): unknown {
  try {
    // A script is parsed whole before its first statement runs, and that statement throws.
    host.scope.eval(`throw 0;\n${code}`);
  } catch (error) {
    const isSyntax = error instanceof host.scope.SyntaxError;
    if (isSyntax && error.message !== 'Illegal return statement') return error;
  }
  return wrapperError;
}

/** `src/app.handlers.main` → module `app` (in `src/`), export path `handlers.main`. */
export function parseHandler(handler: string): { moduleName: string; exportPath: string } {
  if (handler.includes('..')) {
    throw new MalformedHandlerName(
      `'${handler}' is not a valid handler name. Use absolute paths when specifying root directories in handler names.`,
    );
  }
  const base = handler.slice(handler.lastIndexOf('/') + 1);
  const match = /^([^.]*)\.(.*)$/.exec(base);
  if (!match) throw new MalformedHandlerName('Bad handler');
  return { moduleName: match[1] ?? '', exportPath: match[2] ?? '' };
}

/** Where the entry file lies on Lambda: TypeScript sources are deployed compiled. */
export function taskPath(bundle: CodeBundle): string {
  const file = (bundle.entryFile ?? bundle.entryModule).replace(/\.([mc]?)ts$/, '.$1js');
  return `/var/task/${file}`;
}

function evaluateCommonJs(bundle: CodeBundle, host: ModuleHost): unknown {
  const filename = taskPath(bundle);
  const dirname = filename.slice(0, filename.lastIndexOf('/'));
  const module = { exports: {} as unknown, id: '.', filename, path: dirname, loaded: false };
  // Node's wrapper, opened on the code's first line so stack traces keep the bundle's line numbers
  // (new Function would add two); sourceURL names the file as Lambda's `/var/task/index.js`.
  const source = `(function (exports, require, module, __filename, __dirname) {${bundle.code}\n})\n//# sourceURL=${filename}`;
  let wrapper: (...args: unknown[]) => unknown;
  try {
    wrapper = host.scope.eval(source) as (...args: unknown[]) => unknown;
  } catch (error) {
    if (!(error instanceof host.scope.SyntaxError)) throw error;
    throw new CompileFailure(compileErrorOf(bundle.code, host, error));
  }
  wrapper.call(module.exports, module.exports, host.require, module, filename, dirname);
  module.loaded = true;
  return module.exports;
}

async function evaluate(bundle: CodeBundle, host: ModuleHost): Promise<unknown> {
  if (bundle.format === 'cjs') return evaluateCommonJs(bundle, host);
  return host.importModule(`${bundle.code}\n//# sourceURL=file://${taskPath(bundle)}`);
}

/**
 * Runs a web program's entry file at top level, as `node /var/task/index.js` does: no handler is
 * looked up, and what it throws (a syntax error included) is the program's own uncaught error.
 */
export async function runProgram(bundle: CodeBundle, host: ModuleHost): Promise<void> {
  if (bundle.entryFile === null) {
    throw Object.assign(new Error(`Cannot find module '${taskPath(bundle)}'`), {
      code: 'MODULE_NOT_FOUND',
      requireStack: [],
    });
  }
  try {
    await evaluate(bundle, host);
  } catch (thrown) {
    throw thrown instanceof CompileFailure ? thrown.error : thrown;
  }
}

function resolveExport(root: unknown, exportPath: string): unknown {
  return exportPath.split('.').reduce<unknown>((nested, key) => {
    return nested ? (nested as Record<string, unknown>)[key] : nested;
  }, root);
}

export async function loadHandler(
  config: FunctionConfig,
  bundle: CodeBundle,
  host: ModuleHost,
): Promise<LoadedHandler> {
  const { moduleName, exportPath } = parseHandler(config.handler);
  if (bundle.entryFile === null) {
    throw new ImportModuleError(
      `Error: Cannot find module '${moduleName}'\nRequire stack:\n- /var/runtime/index.mjs`,
    );
  }
  let loaded: unknown;
  try {
    loaded = await evaluate(bundle, host);
  } catch (thrown) {
    const compiling = thrown instanceof CompileFailure;
    const error = compiling ? thrown.error : thrown;
    if (compiling && error instanceof host.scope.SyntaxError) {
      if (MODULE_SYNTAX_MESSAGES.has(error.message)) host.writeStderr?.(ESM_SYNTAX_WARNING);
    }
    if (error instanceof host.scope.SyntaxError) {
      const wrapped = new UserCodeSyntaxError(String(error));
      // Node 24's runtime keeps the original stack; Node 22's shows its own loader's frames.
      wrapped.stack =
        config.runtime === 'nodejs24.x'
          ? error.stack
          : [`${wrapped.name}: ${wrapped.message}`, ...NODE22_LOADER_FRAMES].join('\n');
      throw wrapped;
    }
    // Only CommonJS's code is wrapped; an ES module's ERR_MODULE_NOT_FOUND stays a plain Error.
    if ((error as { code?: unknown } | null)?.code === 'MODULE_NOT_FOUND') {
      throw new ImportModuleError(String(error));
    }
    throw error;
  }
  let handler = resolveExport(loaded, exportPath);
  if (!handler && config.runtime === 'nodejs24.x') {
    // Node 24's runtime also looks inside a default export.
    handler = resolveExport((loaded as { default?: unknown } | null)?.default, exportPath);
  }
  if (!handler) throw new HandlerNotFound(`${config.handler} is undefined or not exported`);
  if (typeof handler !== 'function')
    throw new HandlerNotFound(`${config.handler} is not a function`);
  return {
    handler: handler as UserHandler,
    isAsync: handler.constructor?.name === 'AsyncFunction',
    argsNum: handler.length,
  };
}

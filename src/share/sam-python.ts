// What a SAM export does differently for a Python function: nothing to bundle, so no esbuild
// Metadata and no package.json. `sam build` runs its `python_pip` workflow for `python3.x`
// runtimes, which installs a requirements.txt in the CodeUri folder when there is one and otherwise
// copies the files as they are (aws/aws-lambda-builders, workflows/python_pip/workflow.py;
// docs/aws-lambda.md#python-functions-in-a-sam-export).

/** A Python runtime identifier as Lambda spells them: `python3.14`, `python3.12`, … */
export function isPythonRuntime(runtime: string): boolean {
  return /^python3\.\d+$/.test(runtime);
}

/**
 * The file a Python handler string names, as Lambda's Python runtime imports it
 * (docs/aws-lambda.md#python-runtime): the module is everything before the last dot, `/` or `.`
 * inside it a folder (`src/app.handler` → `src/app.py`, `shop.orders.handler` → `shop/orders.py`),
 * and a package's module is its `__init__.py`. Null when no file matches.
 */
export function pythonHandlerFile(handler: string, files: Record<string, string>): string | null {
  const dot = handler.lastIndexOf('.');
  if (dot <= 0) return null;
  const folder = handler.slice(0, dot).replaceAll('.', '/');
  // Own files only: `in` would also find Object.prototype's members.
  const found = [`${folder}.py`, `${folder}/__init__.py`].find((path) =>
    Object.hasOwn(files, path),
  );
  return found ?? null;
}

/**
 * The runtime loose Python files are opened on: the playground's one Python runtime. (A template's
 * own python3.x is kept as written; src/workspace/sam.ts runs it on the catalog's Python.)
 */
export const LOOSE_PYTHON_RUNTIME = 'python3.14';

/**
 * The handler of loose Python files, as the console would name it: `lambda_function.lambda_handler`
 * when that file is there, else the shallowest module, with the function its source defines
 * (`lambda_handler`, else `handler`). Null when there is no Python module.
 */
export function loosePythonHandler(files: Record<string, string>): string | null {
  // Entries, not `files[path]`: a file may be called `__proto__`.
  const modules = Object.entries(files)
    .filter(([path]) => path.endsWith('.py') && !path.endsWith('__init__.py'))
    .sort(([a], [b]) => a.split('/').length - b.split('/').length || a.localeCompare(b));
  const chosen = modules.find(([path]) => path === 'lambda_function.py') ?? modules[0];
  if (chosen === undefined) return null;
  const [entry, source] = chosen;
  const defines = (name: string) => new RegExp(`^def\\s+${name}\\s*\\(`, 'm');
  const name =
    !defines('lambda_handler').test(source) && defines('handler').test(source)
      ? 'handler'
      : 'lambda_handler';
  return `${entry.slice(0, -'.py'.length)}.${name}`;
}

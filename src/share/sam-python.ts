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

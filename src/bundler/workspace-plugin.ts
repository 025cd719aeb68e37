// The esbuild plugin that serves the learner's files from memory under /var/task and hands every
// package import to the runtime, which knows what Lambda's Node.js provides.
import type { Loader, Plugin } from 'esbuild-wasm';
import { dirname, isPathSpecifier, resolveImport, TASK_ROOT } from './resolve';

/** Where bare imports (`crypto`, `node:util`, `lodash`) go: one virtual CommonJS module each. */
const RUNTIME_MODULES = 'lambda-runtime';

/** The global the runtime defines; it throws Runtime.ImportModuleError for what it cannot give. */
export const RUNTIME_REQUIRE = '__playgroundRequire';

const LOADERS: ReadonlyMap<string, Loader> = new Map([
  ['ts', 'ts'],
  ['mts', 'ts'],
  ['cts', 'ts'],
  ['tsx', 'tsx'],
  ['jsx', 'jsx'],
  ['json', 'json'],
]);

/** Node treats any other extension (and none) as JavaScript. */
export function loaderFor(path: string): Loader {
  const extension = /\.([^./]*)$/.exec(path)?.[1] ?? '';
  return LOADERS.get(extension) ?? 'js';
}

export function taskPath(file: string): string {
  return `${TASK_ROOT}/${file}`;
}

function workspacePath(absolute: string): string {
  return absolute.slice(TASK_ROOT.length + 1);
}

/** `files` is read at each resolve and load, so one plugin can serve a rebuilt context. */
export function workspacePlugin(getFiles: () => ReadonlyMap<string, string>): Plugin {
  return {
    name: 'workspace',
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ path, kind, importer }) => {
        if (kind === 'entry-point') return { path };
        if (!isPathSpecifier(path)) return { path, namespace: RUNTIME_MODULES };
        const files = getFiles();
        const found = resolveImport(files, dirname(workspacePath(importer)), path);
        // Answering, even with an error, keeps esbuild away from any real file system.
        return found === null
          ? { errors: [{ text: `Could not resolve "${path}"` }] }
          : { path: taskPath(found) };
      });
      build.onLoad({ filter: /.*/, namespace: 'file' }, ({ path }) => {
        const contents = getFiles().get(workspacePath(path));
        if (contents === undefined) return { errors: [{ text: `Cannot read "${path}"` }] };
        return { contents, loader: loaderFor(path) };
      });
      build.onLoad({ filter: /.*/, namespace: RUNTIME_MODULES }, ({ path }) => ({
        contents: `module.exports = ${RUNTIME_REQUIRE}(${JSON.stringify(path)});`,
        loader: 'js',
      }));
    },
  };
}

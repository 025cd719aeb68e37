// A Vite plugin: `virtual:runtime-script` is the instance workers' runtime (src/runtime/worker/worker-entry.ts
// and all it imports) as the text of one self-contained classic script, in `vite dev` exactly as in
// the build; `virtual:python-runtime-script` is Python's (src/runtime/worker/python/python-worker-entry.ts). The page starts every instance's worker from that text in a `data:` URL (an opaque
// origin, src/runtime/host/opaque-worker.ts), where a worker can load nothing of the app's: Vite's dev
// worker (a module importing `/@vite/env` and each source file) failed there on every start.
import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { bundleClassicScript } from './classic-script.ts';
import type { ClassicScript } from './classic-script.ts';
import { runtimeLibraryAliases } from './runtime-libraries.ts';

export const RUNTIME_SCRIPT_ID = 'virtual:runtime-script';
export const PYTHON_RUNTIME_SCRIPT_ID = 'virtual:python-runtime-script';

/** Bundles `entry` into one classic script with the runtime's library aliases. */
export function bundleRuntimeScript(entry: string, target: string): Promise<ClassicScript> {
  return bundleClassicScript({ entry, target, alias: runtimeLibraryAliases() });
}

/**
 * `id`: the virtual module the page imports; `entry`: the worker's source file, relative to the
 * project root.
 */
export function runtimeScript(id: string, entry: string): Plugin {
  const resolvedId = `\0${id}`;
  let root = process.cwd();
  let target = 'es2022';
  // Built on first request and kept until one of its files changes.
  let bundled: Promise<ClassicScript> | null = null;
  let files = new Set<string>();
  return {
    name: `runtime-script:${id}`,
    configResolved(config) {
      root = config.root;
      const wanted = config.build.target;
      if (typeof wanted === 'string' && wanted !== 'modules') target = wanted;
    },
    // Filters let the bundler skip these hooks for every other module.
    resolveId: {
      filter: { id: new RegExp(`^${id}$`) },
      handler: () => resolvedId,
    },
    load: {
      filter: { id: new RegExp(`^${resolvedId}$`) },
      async handler() {
        bundled ??= bundleRuntimeScript(resolve(root, entry), target);
        const script = await bundled.catch((error: unknown) => {
          bundled = null;
          throw error;
        });
        files = new Set(script.files);
        for (const file of files) this.addWatchFile(file);
        return `export default ${JSON.stringify(script.code)};\n`;
      },
    },
    // The script's own files are not modules of the page: the script (imported by the page) is
    // what changed, and reload-on-state-change.ts reloads the page for it.
    hotUpdate({ file, modules }) {
      if (!files.has(file)) return;
      bundled = null;
      files = new Set();
      const script = this.environment.moduleGraph.getModuleById(resolvedId);
      if (!script) return;
      this.environment.moduleGraph.invalidateModule(script);
      return [...modules, script];
    },
  };
}

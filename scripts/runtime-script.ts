// A Vite plugin: `virtual:runtime-script` is the instance workers' runtime (src/runtime/worker/worker-entry.ts
// and all it imports) as the text of one self-contained classic script, in `vite dev` exactly as in
// the build. The page starts every instance's worker from that text in a `data:` URL (an opaque
// origin, src/runtime/host/opaque-worker.ts), where a worker can load nothing of the app's: Vite's dev
// worker (a module importing `/@vite/env` and each source file) failed there on every start.
import { resolve } from 'node:path';
import type { Plugin, Rolldown } from 'vite';
import { build } from 'vite';
import { runtimeLibraryAliases } from './runtime-libraries.ts';

export const RUNTIME_SCRIPT_ID = 'virtual:runtime-script';
const RESOLVED_ID = `\0${RUNTIME_SCRIPT_ID}`;

export interface RuntimeScript {
  /** The script, an IIFE with nothing left to import. */
  code: string;
  /** Every source file bundled into it, absolute. */
  files: string[];
}

function outputOf(result: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk {
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk' && item.isEntry);
    if (chunk?.type === 'chunk') return chunk;
  }
  throw new Error('runtime-script: the bundle has no entry chunk');
}

/**
 * Bundles `entry` with Vite's own bundler into one classic script, as the build bundles a
 * `worker.format: 'iife'` worker: production mode, minified, the app's target. No config file, so
 * none of the app's plugins (React, the service worker) reach into the runtime.
 */
export async function bundleRuntimeScript(entry: string, target: string): Promise<RuntimeScript> {
  const result = await build({
    configFile: false,
    envFile: false,
    publicDir: false,
    logLevel: 'silent',
    mode: 'production',
    resolve: { alias: runtimeLibraryAliases() },
    build: {
      write: false,
      target,
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: { input: resolve(entry), output: { format: 'iife' } },
    },
  });
  const chunk = outputOf(result);
  return { code: chunk.code, files: chunk.moduleIds.filter((id) => !id.startsWith('\0')) };
}

/** `entry`: the worker's source file, relative to the project root. */
export function runtimeScript(entry: string): Plugin {
  let root = process.cwd();
  let target = 'es2022';
  // Built on first request and kept until one of its files changes.
  let bundled: Promise<RuntimeScript> | null = null;
  let files = new Set<string>();
  return {
    name: 'runtime-script',
    configResolved(config) {
      root = config.root;
      const wanted = config.build.target;
      if (typeof wanted === 'string' && wanted !== 'modules') target = wanted;
    },
    // Filters let the bundler skip these hooks for every other module.
    resolveId: {
      filter: { id: new RegExp(`^${RUNTIME_SCRIPT_ID}$`) },
      handler: () => RESOLVED_ID,
    },
    load: {
      filter: { id: new RegExp(`^${RESOLVED_ID}$`) },
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
      const script = this.environment.moduleGraph.getModuleById(RESOLVED_ID);
      if (!script) return;
      this.environment.moduleGraph.invalidateModule(script);
      return [...modules, script];
    },
  };
}

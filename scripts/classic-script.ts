// Bundles a module and all it imports into one classic script (an IIFE with nothing left to
// import), with Vite's own bundler as the build bundles a `worker.format: 'iife'` worker:
// production mode, minified, the app's target. No config file, so none of the app's plugins
// (React, the service worker) reach in.
import { resolve } from 'node:path';
import type { Alias, Plugin, Rolldown } from 'vite';
import { build } from 'vite';

export interface ClassicScript {
  /** The script, an IIFE with nothing left to import. */
  code: string;
  /** Every source file bundled into it, absolute. */
  files: string[];
}

export interface ClassicScriptOptions {
  /** Keep functions' and classes' own names through minification (`S3Client.name`). */
  keepNames?: boolean;
  /** A file path, or an id one of `plugins` resolves. */
  entry: string;
  target: string;
  /** The global the IIFE assigns its exports to; none when the script only runs. */
  name?: string;
  alias?: Alias[];
  plugins?: Plugin[];
  /** Imports left out, read from the globals named for them. */
  external?: string[];
  globals?: Record<string, string>;
}

function outputOf(result: Awaited<ReturnType<typeof build>>): Rolldown.OutputChunk {
  const outputs = Array.isArray(result) ? result : [result];
  for (const output of outputs) {
    if (!('output' in output)) continue;
    const chunk = output.output.find((item) => item.type === 'chunk' && item.isEntry);
    if (chunk?.type === 'chunk') return chunk;
  }
  throw new Error('classic-script: the bundle has no entry chunk');
}

export async function bundleClassicScript(options: ClassicScriptOptions): Promise<ClassicScript> {
  const input = options.entry.startsWith('\0') ? options.entry : resolve(options.entry);
  const result = await build({
    configFile: false,
    envFile: false,
    publicDir: false,
    logLevel: 'silent',
    mode: 'production',
    resolve: { alias: options.alias ?? [] },
    plugins: options.plugins ?? [],
    build: {
      write: false,
      target: options.target,
      minify: true,
      sourcemap: false,
      modulePreload: false,
      rolldownOptions: {
        input,
        // An app build drops its entry's exports; a script that hands them on keeps them.
        ...(options.name === undefined ? {} : { preserveEntrySignatures: 'strict' as const }),
        external: options.external ?? [],
        output: {
          format: 'iife',
          ...(options.keepNames === true && { keepNames: true }),
          ...(options.name === undefined ? {} : { name: options.name }),
          ...(options.globals === undefined ? {} : { globals: options.globals }),
        },
      },
    },
  });
  const chunk = outputOf(result);
  return { code: chunk.code, files: chunk.moduleIds.filter((id) => !id.startsWith('\0')) };
}

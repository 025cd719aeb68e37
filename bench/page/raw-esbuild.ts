// The floor for a build: esbuild-wasm's own `build` of one in-memory file through the smallest
// virtual-file plugin, on the engine the app's bundler already initialized (esbuild allows one
// `initialize` per page, and sharing it means both sides run on an equally warmed-up engine).
import type { Plugin } from 'esbuild-wasm';

function oneFile(contents: string): Plugin {
  return {
    name: 'one-file',
    setup(build) {
      build.onResolve({ filter: /.*/ }, ({ path }) => ({ path, namespace: 'memory' }));
      build.onLoad({ filter: /.*/, namespace: 'memory' }, () => ({ contents, loader: 'ts' }));
    },
  };
}

/** ms for one bare build of `source` as a bundled CommonJS module. */
export async function bareBuild(source: string): Promise<number> {
  const esbuild = await import('esbuild-wasm');
  const started = performance.now();
  const result = await esbuild.build({
    entryPoints: ['index.ts'],
    bundle: true,
    write: false,
    format: 'cjs',
    platform: 'node',
    logLevel: 'silent',
    plugins: [oneFile(source)],
  });
  const elapsed = performance.now() - started;
  if (!result.outputFiles?.[0]?.text) throw new Error('bare esbuild build produced nothing');
  return elapsed;
}

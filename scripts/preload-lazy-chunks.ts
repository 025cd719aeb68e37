// A Vite plugin: <link rel="modulepreload"> in index.html for a module the entry imports lazily
// but the page needs at once (the code editor), so the browser fetches and parses its chunks from
// the first moment, beside the entry's, instead of after the entry has run.
import type { Plugin, ResolvedConfig, Rolldown } from 'vite';

type Chunk = Rolldown.OutputChunk;

/** A chunk's file and every chunk it imports statically, deepest last. */
function withStaticImports(chunk: Chunk, chunks: Map<string, Chunk>): string[] {
  const seen = new Set<string>();
  const visit = (fileName: string) => {
    if (seen.has(fileName)) return;
    seen.add(fileName);
    for (const imported of chunks.get(fileName)?.imports ?? []) visit(imported);
  };
  visit(chunk.fileName);
  return [...seen];
}

/** `module` is the lazily imported source file, relative to the project root. */
export function preloadLazyChunks(module: string): Plugin {
  let config: ResolvedConfig;
  return {
    name: 'preload-lazy-chunks',
    apply: 'build',
    configResolved(resolved) {
      config = resolved;
    },
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle, chunk: entry }) {
        if (!bundle || !entry) return [];
        const chunks = new Map(
          Object.values(bundle)
            .filter((output): output is Chunk => output.type === 'chunk')
            .map((chunk) => [chunk.fileName, chunk]),
        );
        const lazy = [...chunks.values()].find(
          (chunk) => chunk.facadeModuleId === `${config.root}/${module}`,
        );
        if (!lazy) throw new Error(`preload-lazy-chunks: no chunk for ${module}`);
        // Only pages whose entry loads the module (not the bench's raw page); the entry's own
        // imports are in the page already.
        const entryFiles = withStaticImports(entry, chunks);
        const loadsLazy = entryFiles.some((file) =>
          chunks.get(file)?.dynamicImports.includes(lazy.fileName),
        );
        if (!loadsLazy) return [];
        return withStaticImports(lazy, chunks)
          .filter((fileName) => !entryFiles.includes(fileName))
          .map((fileName) => ({
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: config.base + fileName },
            injectTo: 'head',
          }));
      },
    },
  };
}

// Builds the app (exactly as `npm run build` does) and the bench pages, and serves each with
// `vite preview` on a free localhost port.
import { build, preview } from 'vite';

export interface Site {
  url: string;
  close(): Promise<void>;
}

// The builds' warnings (chunk sizes, plugin timings) are the app's business, not the benchmark's.
const QUIET = { logLevel: 'error' } as const;

/** The bench pages always; the app (into dist/, as `npm run build` does) unless `prebuilt`. */
export async function buildSites(prebuilt: boolean): Promise<void> {
  if (!prebuilt) await build({ ...QUIET, configFile: 'vite.config.ts' });
  await build({ ...QUIET, configFile: 'bench/vite.bench.config.ts' });
}

/**
 * Cross-origin isolation: only then does performance.now() tick in 5 µs steps rather than 100 µs
 * (MDN, DOMHighResTimeStamp, "Security requirements"), which a 0.1 ms round trip needs. The bench
 * pages get it; the app is served as it ships.
 */
export const ISOLATED = {
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Cross-Origin-Embedder-Policy': 'require-corp',
};

/** Serves a built folder; port 0 lets the system pick, so a running e2e preview is no obstacle. */
export async function serve(outDir: string, headers: Record<string, string> = {}): Promise<Site> {
  const server = await preview({
    ...QUIET,
    configFile: 'vite.config.ts',
    build: { outDir },
    preview: { port: 0, strictPort: false, host: '127.0.0.1', open: false, headers },
  });
  const address = server.httpServer.address();
  if (address === null || typeof address === 'string') throw new Error(`no port for ${outDir}`);
  return { url: `http://127.0.0.1:${address.port}`, close: () => server.close() };
}

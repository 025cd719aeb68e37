// A Vite plugin: the build's text files are gzipped once, at build time, and `vite preview` serves
// those copies, as a static host or CDN serves precompressed files. Otherwise `vite preview` gzips
// every response as it goes out: for one first load of the app (Monaco's 2.7 MB, then its 7 MB
// TypeScript worker) that is ≈ 0.3 s of CPU, taken from the same two cores the browser under test
// runs on, the bench's firstLoad and every end-to-end test's.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { extname, join, resolve, sep } from 'node:path';
import { constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** The types `vite preview` compresses itself (text, JavaScript, JSON, XML), by extension. */
const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.js': 'text/javascript',
  '.mjs': 'text/javascript',
  '.css': 'text/css',
  '.html': 'text/html',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.txt': 'text/plain',
};

/** Smaller files go as they are, as `vite preview`'s own compression leaves them. */
const MIN_BYTES = 1024;

/** Writes `path`.gz beside a text file worth compressing; true when it did. */
export function precompressFile(path: string): boolean {
  if (!(extname(path) in CONTENT_TYPES)) return false;
  const body = readFileSync(path);
  if (body.length < MIN_BYTES) return false;
  // Once per build, so the smallest output is worth the slowest level.
  const packed = gzipSync(body, { level: constants.Z_BEST_COMPRESSION });
  if (packed.length >= body.length) return false;
  writeFileSync(`${path}.gz`, packed);
  return true;
}

type Request = Pick<IncomingMessage, 'method' | 'url' | 'headers'>;
type Response = Pick<ServerResponse, 'statusCode' | 'getHeader' | 'setHeader' | 'end'>;

/**
 * Middleware answering a GET or HEAD for a file under `root` with its .gz copy, when the client
 * accepts gzip and the copy exists; anything else goes on to `next` (the preview's own serving).
 */
export function servePrecompressed(root: string, headers: Readonly<Record<string, string>> = {}) {
  const folder = resolve(root);
  return (request: Request, response: Response, next: () => void): void => {
    const accepts = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
    if ((request.method !== 'GET' && request.method !== 'HEAD') || !accepts) return next();
    let pathname: string;
    try {
      pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
    } catch {
      return next();
    }
    const type = CONTENT_TYPES[extname(pathname)];
    const file = resolve(join(folder, pathname));
    if (type === undefined || !file.startsWith(folder + sep) || !existsSync(`${file}.gz`)) {
      return next();
    }
    const body = readFileSync(`${file}.gz`);
    response.statusCode = 200;
    for (const [name, value] of Object.entries(headers)) response.setHeader(name, value);
    response.setHeader('Content-Type', type);
    response.setHeader('Content-Encoding', 'gzip');
    response.setHeader('Content-Length', body.length);
    // After the preview's CORS middleware, which may already vary on Origin.
    const vary = response.getHeader('Vary');
    response.setHeader('Vary', vary === undefined ? 'Accept-Encoding' : `${vary}, Accept-Encoding`);
    // As the preview's own file serving does: the browser asks again each time.
    response.setHeader('Cache-Control', 'no-cache');
    response.end(request.method === 'HEAD' ? undefined : body);
  };
}

export function precompress(): Plugin {
  return {
    name: 'precompress',
    writeBundle(output, bundle) {
      const dir = output.dir;
      if (dir === undefined) return;
      for (const fileName of Object.keys(bundle)) precompressFile(join(dir, fileName));
    },
    configurePreviewServer(server) {
      const { root, build, preview } = server.config;
      const headers = Object.fromEntries(
        Object.entries(preview.headers ?? {}).map(([name, value]) => [name, String(value)]),
      );
      // Added now, so it runs before the preview's compression and static file middlewares.
      server.middlewares.use(servePrecompressed(resolve(root, build.outDir), headers));
    },
  };
}

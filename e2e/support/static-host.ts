// The built app as a plain static host serves it: files only, under a path prefix (a GitHub Pages
// project site, a bucket prefix), no headers of the app's own and no fallback page.
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, resolve, sep } from 'node:path';

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html',
  '.js': 'text/javascript',
  '.css': 'text/css',
  '.json': 'application/json',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ttf': 'font/ttf',
  // Required for WebAssembly.compileStreaming, as every real host sends it.
  '.wasm': 'application/wasm',
};

export interface StaticHost {
  /** The app's address: origin and prefix, ending in `/`. */
  url: string;
  close(): Promise<void>;
}

/** Serves `folder` at `http://127.0.0.1:<free port><prefix>`; `prefix` starts and ends with `/`. */
export async function serveStatic(folder: string, prefix: string): Promise<StaticHost> {
  const root = resolve(folder);
  const server = createServer((request, response) => {
    const { pathname } = new URL(request.url ?? '/', 'http://host');
    const inside = pathname.startsWith(prefix) ? pathname.slice(prefix.length) : null;
    const file =
      inside === null ? null : resolve(join(root, decodeURIComponent(inside) || 'index.html'));
    const found =
      file !== null && file.startsWith(root + sep) && existsSync(file) && statSync(file).isFile();
    if (!found) {
      response.writeHead(404, { 'Content-Type': 'text/plain' }).end('Not found');
      return;
    }
    response.writeHead(200, {
      'Content-Type': TYPES[extname(file)] ?? 'application/octet-stream',
      'Cache-Control': 'no-cache',
    });
    createReadStream(file).pipe(response);
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}${prefix}`,
    close: () => new Promise((done) => server.close(() => done())),
  };
}

// Build-time gzip copies, and the preview middleware that serves them.
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { precompressFile, servePrecompressed } from './precompress';

let root: string;
beforeEach(() => {
  root = mkdtempSync(join(tmpdir(), 'precompress-'));
});
afterEach(() => rmSync(root, { recursive: true, force: true }));

const SCRIPT = 'export const handler = async () => ({ ok: true });\n'.repeat(100);

function write(name: string, text: string): string {
  const path = join(root, name);
  writeFileSync(path, text);
  return path;
}

/** Runs the middleware on one request; says what it answered, or that it passed it on. */
function request(url: string, acceptEncoding = 'gzip, deflate, br', method = 'GET') {
  // As the preview's CORS middleware leaves a response to a cross-origin request.
  const headers = new Map<string, unknown>([['vary', 'Origin']]);
  const answer = { passedOn: false, status: 0, headers, body: undefined as Buffer | undefined };
  const response = {
    statusCode: 0,
    getHeader: (name: string) => headers.get(name.toLowerCase()) as string | undefined,
    setHeader(name: string, value: unknown) {
      headers.set(name.toLowerCase(), value);
      return this as never;
    },
    end(body?: unknown) {
      answer.status = response.statusCode;
      answer.body = body as Buffer | undefined;
      return this as never;
    },
  };
  const serve = servePrecompressed(root, { 'Cross-Origin-Opener-Policy': 'same-origin' });
  serve({ method, url, headers: { 'accept-encoding': acceptEncoding } }, response, () => {
    answer.passedOn = true;
  });
  return answer;
}

describe(precompressFile, () => {
  it('writes a gzip copy that unpacks to the file', () => {
    const path = write('index.js', SCRIPT);
    expect(precompressFile(path)).toBe(true);
    expect(gunzipSync(readFileSync(`${path}.gz`)).toString()).toBe(SCRIPT);
  });

  it('leaves small files, and types the preview does not compress, as they are', () => {
    expect(precompressFile(write('tiny.js', 'export {};'))).toBe(false);
    expect(precompressFile(write('esbuild.wasm', SCRIPT))).toBe(false);
    expect(existsSync(join(root, 'tiny.js.gz'))).toBe(false);
    expect(existsSync(join(root, 'esbuild.wasm.gz'))).toBe(false);
  });
});

describe(servePrecompressed, () => {
  it('answers with the gzip copy, typed, and with the preview’s headers', () => {
    precompressFile(write('index.js', SCRIPT));
    const answer = request('/index.js?v=1');
    expect(answer.passedOn).toBe(false);
    expect(answer.status).toBe(200);
    expect(answer.headers.get('content-type')).toBe('text/javascript');
    expect(answer.headers.get('content-encoding')).toBe('gzip');
    expect(answer.headers.get('vary')).toBe('Origin, Accept-Encoding');
    expect(answer.headers.get('cache-control')).toBe('no-cache');
    expect(answer.headers.get('cross-origin-opener-policy')).toBe('same-origin');
    expect(answer.headers.get('content-length')).toBe(answer.body!.length);
    expect(gunzipSync(answer.body!).toString()).toBe(SCRIPT);
  });

  it('sends headers without a body for HEAD', () => {
    precompressFile(write('index.js', SCRIPT));
    const answer = request('/index.js', 'gzip', 'HEAD');
    expect(answer.status).toBe(200);
    expect(answer.body).toBeUndefined();
  });

  it('passes on what it cannot answer with a copy', () => {
    precompressFile(write('index.js', SCRIPT));
    write('plain.js', SCRIPT);
    expect(request('/index.js', 'identity').passedOn).toBe(true);
    expect(request('/index.js', 'gzip', 'POST').passedOn).toBe(true);
    expect(request('/plain.js').passedOn).toBe(true);
    expect(request('/missing.js').passedOn).toBe(true);
    expect(request('/%E0%A4%A.js').passedOn).toBe(true);
  });

  it('never serves a file from outside its folder', () => {
    // The URL parser drops plain `..` segments; an encoded slash only becomes one once decoded.
    const name = `${basename(root)}-outside.js`;
    const outside = join(root, '..', name);
    writeFileSync(outside, SCRIPT);
    precompressFile(outside);
    try {
      expect(request(`/sub/..%2F..%2F${name}`).passedOn).toBe(true);
    } finally {
      rmSync(outside, { force: true });
      rmSync(`${outside}.gz`, { force: true });
    }
  });
});

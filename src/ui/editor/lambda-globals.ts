// What the learner's code can see besides the language itself, as Monaco's TypeScript reads it:
// Node.js's own globals and built-in modules, and what Lambda's runtime adds.
import { PROVIDED_NODE_MODULES } from '../../engine';

/**
 * Web-standard globals Node shares (fetch, URL, TextEncoder, crypto, timers…) come from TypeScript's
 * `webworker` lib; this adds the Node-only ones, loosely typed where full types would weigh
 * megabytes (@types/node is 2.3 MB). The built-in modules the instance runtime provides
 * (engine/functions/node-modules.ts) resolve to untyped modules; the SDK packages it provides
 * (engine/functions/sdk-packages.ts) get their real types, loaded when a file imports one
 * (sdk-language.ts). Nothing else is declared, so importing a module the runtime lacks (a socket
 * module, another package) is flagged here as it fails at INIT there.
 */
export const LAMBDA_GLOBALS = `
type BufferEncoding =
  | 'ascii' | 'utf8' | 'utf-8' | 'utf16le' | 'ucs2' | 'base64' | 'base64url' | 'latin1' | 'binary' | 'hex';

declare class Buffer extends Uint8Array {
  static from(data: string, encoding?: BufferEncoding): Buffer;
  static from(data: ArrayBuffer | ArrayLike<number> | Iterable<number>): Buffer;
  static alloc(size: number, fill?: number | string): Buffer;
  static byteLength(text: string, encoding?: BufferEncoding): number;
  static concat(list: readonly Uint8Array[], totalLength?: number): Buffer;
  static isBuffer(value: unknown): value is Buffer;
  toString(encoding?: BufferEncoding, start?: number, end?: number): string;
  toJSON(): { type: 'Buffer'; data: number[] };
  equals(other: Uint8Array): boolean;
}

declare var process: {
  env: Record<string, string | undefined>;
  argv: string[];
  version: string;
  versions: Record<string, string>;
  platform: string;
  arch: string;
  pid: number;
  exitCode: number | undefined;
  exit(code?: number): never;
  cwd(): string;
  uptime(): number;
  nextTick(callback: (...args: any[]) => void, ...args: any[]): void;
  hrtime: { (time?: [number, number]): [number, number]; bigint(): bigint };
  memoryUsage(): { rss: number; heapTotal: number; heapUsed: number; external: number; arrayBuffers: number };
  on(event: string, listener: (...args: any[]) => void): unknown;
};

declare function setImmediate(callback: (...args: any[]) => void, ...args: any[]): unknown;
declare function clearImmediate(handle: unknown): void;

declare var require: (id: string) => any;
declare var module: { exports: any };
declare var exports: any;
declare var __dirname: string;
declare var __filename: string;

/** Lambda's runtime global for response streaming. */
declare var awslambda: {
  streamifyResponse<T>(handler: T, options?: { highWaterMark?: number }): T;
  HttpResponseStream: {
    from(stream: unknown, metadata: { statusCode?: number; headers?: Record<string, string> }): any;
  };
};

${PROVIDED_NODE_MODULES.map((name) => `declare module '${name}';\ndeclare module 'node:${name}';`).join('\n')}
`;

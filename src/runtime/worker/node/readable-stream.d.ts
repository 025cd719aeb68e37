// The part of readable-stream (Node's own streams, published for other hosts) that this runtime
// uses, typed here because the package ships no types and @types/readable-stream pulls in all of
// @types/node.
declare module 'readable-stream' {
  type Callback = (error?: Error | null) => void;

  interface StreamBase {
    on(event: string, listener: (...args: unknown[]) => void): this;
    once(event: string, listener: (...args: unknown[]) => void): this;
    emit(event: string, ...args: unknown[]): boolean;
    destroy(error?: Error): this;
    destroyed: boolean;
  }

  export interface ReadableOptions {
    highWaterMark?: number;
    encoding?: string;
    objectMode?: boolean;
    read?(this: Readable, size: number): void;
    destroy?(this: Readable, error: Error | null, callback: Callback): void;
  }

  export class Readable implements StreamBase {
    constructor(options?: ReadableOptions);
    push(chunk: unknown, encoding?: string): boolean;
    pipe<T>(destination: T, options?: { end?: boolean }): T;
    setEncoding(encoding: string): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
    once(event: string, listener: (...args: unknown[]) => void): this;
    emit(event: string, ...args: unknown[]): boolean;
    destroy(error?: Error): this;
    destroyed: boolean;
  }

  export interface WritableOptions {
    highWaterMark?: number;
    decodeStrings?: boolean;
    defaultEncoding?: string;
    write?(this: Writable, chunk: unknown, encoding: string, callback: Callback): void;
    final?(this: Writable, callback: Callback): void;
    destroy?(this: Writable, error: Error | null, callback: Callback): void;
  }

  export class Writable implements StreamBase {
    constructor(options?: WritableOptions);
    write(chunk: unknown, encoding?: string | Callback, callback?: Callback): boolean;
    end(chunk?: unknown, encoding?: string | Callback, callback?: Callback): this;
    on(event: string, listener: (...args: unknown[]) => void): this;
    once(event: string, listener: (...args: unknown[]) => void): this;
    emit(event: string, ...args: unknown[]): boolean;
    destroy(error?: Error): this;
    destroyed: boolean;
  }
}

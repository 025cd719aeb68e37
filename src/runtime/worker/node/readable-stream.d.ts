// The parts of readable-stream (Node's own streams code, bundled as the runtime's `stream`) that
// the runtime's modules build on; handlers get the whole module untyped.
declare module 'readable-stream' {
  type Listener = (...args: never[]) => void;
  type Callback = (error?: Error | null, data?: unknown) => void;

  interface StreamOptions {
    objectMode?: boolean;
    highWaterMark?: number;
    encoding?: string;
    emitClose?: boolean;
  }

  export class Stream {
    on(event: string | symbol, listener: Listener): this;
    once(event: string | symbol, listener: Listener): this;
    off(event: string | symbol, listener: Listener): this;
    emit(event: string | symbol, ...args: unknown[]): boolean;
    pipe<T>(destination: T, options?: { end?: boolean }): T;
  }

  export class Readable extends Stream {
    constructor(options?: StreamOptions & { read?: (this: Readable, size: number) => void });
    readonly destroyed: boolean;
    push(chunk: unknown, encoding?: string): boolean;
    read(size?: number): unknown;
    setEncoding(encoding: string): this;
    pause(): this;
    resume(): this;
    destroy(error?: Error): this;
    _read(size: number): void;
    [Symbol.asyncIterator](): AsyncIterableIterator<unknown>;
    static from(
      source: Iterable<unknown> | AsyncIterable<unknown>,
      options?: StreamOptions,
    ): Readable;
  }

  export class Writable extends Stream {
    constructor(options?: StreamOptions);
    write(chunk: unknown, encoding?: string | Callback, callback?: Callback): boolean;
    end(chunk?: unknown, encoding?: string | Callback, callback?: Callback): this;
    destroy(error?: Error): this;
  }

  export class Duplex extends Readable {
    write(chunk: unknown, encoding?: string | Callback, callback?: Callback): boolean;
    end(chunk?: unknown, encoding?: string | Callback, callback?: Callback): this;
  }

  export class Transform extends Duplex {
    _transform(chunk: unknown, encoding: string, callback: Callback): void;
    _flush(callback: Callback): void;
  }

  export class PassThrough extends Transform {}

  export function pipeline(...streams: unknown[]): unknown;
  export function finished(stream: unknown, callback: Callback): () => void;

  const module: typeof Stream & {
    Readable: typeof Readable;
    Writable: typeof Writable;
    Duplex: typeof Duplex;
    Transform: typeof Transform;
    PassThrough: typeof PassThrough;
    pipeline: typeof pipeline;
    finished: typeof finished;
    promises: object;
  };
  export default module;
}

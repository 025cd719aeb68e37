// Response streaming as Lambda's Node.js runtime provides it (RIC src/UserFunction.js,
// src/ResponseStream.js, src/HttpResponseStream.js): the global `awslambda` with
// `streamifyResponse`, which marks a handler as streaming, and `HttpResponseStream.from`, which
// makes the stream start with a JSON prelude and 8 null bytes; and the `responseStream` a streaming
// handler writes to, a Node Writable (readable-stream, Node's own streams code), so that
// `pipeline(readable, responseStream)` works as on AWS.
import { Writable } from 'readable-stream';
import { InvalidStreamingOperation, MalformedStreamingHandler } from './lambda-errors';

const HANDLER_STREAMING = Symbol.for('aws.lambda.runtime.handler.streaming');
const HANDLER_HIGHWATERMARK = Symbol.for('aws.lambda.runtime.handler.streaming.highWaterMark');
const STREAM_RESPONSE = 'response';
const DEFAULT_CONTENT_TYPE = 'application/octet-stream';
const METADATA_PRELUDE_CONTENT_TYPE = 'application/vnd.awslambda.http-integration-response';
const DELIMITER_LEN = 8;

/**
 * The most a streamed response may carry: 200 MB by default since July 2025 (20 MB before), past
 * which the invoke fails (docs/aws-lambda.md#response-streaming).
 */
export const MAX_STREAMED_BYTES = 200 * 1024 * 1024;

/** The error a stream past its limit ends the invoke with. */
export function streamTooLarge(): Error {
  const error = new Error(
    `Response payload size exceeded maximum allowed payload size (${MAX_STREAMED_BYTES} bytes).`,
  );
  error.name = 'Function.ResponseSizeTooLarge';
  return error;
}

type MarkedHandler = ((...args: unknown[]) => unknown) & {
  [HANDLER_STREAMING]?: unknown;
  [HANDLER_HIGHWATERMARK]?: unknown;
};

/** How a handler asked to be called: null for the buffered contract. */
export interface StreamingMode {
  highWaterMark: number | undefined;
}

/** Reads the marks `streamifyResponse` left; an unknown mark fails INIT as on AWS. */
export function streamingModeOf(handler: (...args: unknown[]) => unknown): StreamingMode | null {
  const marked = handler as MarkedHandler;
  const mode = marked[HANDLER_STREAMING];
  if (mode === undefined || mode === null || mode === false) return null;
  if (mode !== STREAM_RESPONSE) {
    throw new MalformedStreamingHandler('Only response streaming is supported.');
  }
  const mark = marked[HANDLER_HIGHWATERMARK];
  const highWaterMark = mark === undefined || mark === null ? NaN : parseInt(String(mark), 10);
  return { highWaterMark: Number.isNaN(highWaterMark) ? undefined : highWaterMark };
}

type WriteRaw = (chunk: string | Uint8Array) => void;

/** Where the stream's bytes go: the page, as they are written. */
export interface ResponseSink {
  /** Each write's bytes, in order; false once the response is over its size limit. */
  write(bytes: Uint8Array, contentType: string): boolean;
}

/** The `responseStream` argument of a streaming handler. */
export class ResponseStream extends Writable {
  contentType = DEFAULT_CONTENT_TYPE;
  /** Set by HttpResponseStream.from: writes the prelude ahead of the first chunk. */
  _onBeforeFirstWrite: ((write: WriteRaw) => void) | undefined = undefined;
  #written = false;
  readonly #sink: ResponseSink;

  constructor(sink: ResponseSink, highWaterMark: number | undefined) {
    // Object mode: chunks reach _write as written (text or bytes), so the stream never needs
    // Node's Buffer to convert them; _write encodes text itself.
    super(highWaterMark === undefined ? { objectMode: true } : { objectMode: true, highWaterMark });
    this.#sink = sink;
  }

  setContentType(contentType: string): void {
    if (this.#written) throw new InvalidStreamingOperation('Cannot set content-type, too late.');
    this.contentType = contentType;
  }

  override write(chunk: unknown, ...rest: unknown[]): boolean {
    // As the RIC does: anything but text or bytes is written as its JSON.
    const data =
      typeof chunk === 'string'
        ? chunk
        : ArrayBuffer.isView(chunk)
          ? new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength)
          : JSON.stringify(chunk);
    if (!this.#written) {
      this.#written = true;
      this._onBeforeFirstWrite?.((raw) => super.write(raw));
    }
    return Reflect.apply(Writable.prototype.write, this, [data, ...rest]) as boolean;
  }

  override _write(chunk: unknown, _encoding: string, callback: (error?: Error | null) => void) {
    // Bytes are copied: a Buffer may be a view into a larger pooled block.
    const bytes =
      typeof chunk === 'string'
        ? new TextEncoder().encode(chunk)
        : new Uint8Array(chunk as Uint8Array);
    if (!this.#sink.write(bytes, this.contentType)) {
      callback(streamTooLarge());
      return;
    }
    callback();
  }
}

/** `awslambda.HttpResponseStream`: the prelude a function URL reads its status and headers from. */
export class HttpResponseStream {
  static from(underlyingStream: ResponseStream, prelude: unknown): ResponseStream {
    underlyingStream.setContentType(METADATA_PRELUDE_CONTENT_TYPE);
    // JSON text cannot hold a null byte, so the delimiter cannot occur inside the prelude.
    const metadataPrelude = JSON.stringify(prelude);
    underlyingStream._onBeforeFirstWrite = (write) => {
      write(metadataPrelude);
      write(new Uint8Array(DELIMITER_LEN));
    };
    return underlyingStream;
  }
}

/** The global `awslambda`, unless AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA is `1` or `true`. */
export function installAwsLambdaGlobal(
  scope: Record<string, unknown>,
  env: Record<string, string | undefined>,
): void {
  const off = env.AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA;
  if (off === '1' || off === 'true') return;
  scope.awslambda = {
    streamifyResponse: (handler: MarkedHandler, options?: { highWaterMark?: unknown }) => {
      handler[HANDLER_STREAMING] = STREAM_RESPONSE;
      if (typeof options?.highWaterMark === 'number') {
        handler[HANDLER_HIGHWATERMARK] = parseInt(String(options.highWaterMark), 10);
      }
      return handler;
    },
    HttpResponseStream,
  };
}

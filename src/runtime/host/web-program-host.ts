// The page's side of a web program's worker (src/runtime/worker/web-program.ts): starts the
// program, sends HTTP requests to its ports and settles each with the streamed response or the
// connection error, asks for its CPU use, and tells the engine when a server listens or the
// process ends. Routing, scaling and timeouts are the engine's; this is one environment's socket.
import type {
  ApiRequest,
  ApiResponse,
  CodeBundle,
  FunctionConfig,
  LambdaError,
  LogRecord,
} from '../../engine/types';
import type { FromWorker, SdkScript, ServerEndpoint, ToWorker, WorkerLike } from '../protocol';
import { serviceOutcome } from './service-outcome';

export interface WebProgramSpec {
  /** The runtime, architecture and /tmp size the process shows (nodejs24.x, arm64 on Lambda). */
  config: FunctionConfig;
  bundle: CodeBundle;
  /** `process.env` exactly: AWS_LAMBDA_HTTP_ENDPOINT for a Web Function, PORT for a container, … */
  environment: Record<string, string>;
  sdkScripts: readonly SdkScript[];
  onLog(record: LogRecord): void;
  /** A server listens there: the environment is ready (a Web Function's readiness). */
  onListening?(endpoint: ServerEndpoint): void;
  /** A server stopped listening (`server.close()`). */
  onClosed?(endpoint: ServerEndpoint): void;
  /** The process ended; the worker is already terminated. */
  onExit?(exit: WebProgramExit): void;
  /** An SDK call of the program's; rejects with ENOTFOUND for a host not simulated. */
  onServiceRequest?(request: ApiRequest): Promise<ApiResponse>;
}

export interface WebProgramExit {
  /** The exit code; null when the worker itself died (no code, as a killed process has none). */
  code: number | null;
  /** The uncaught error or unhandled rejection that ended it, if one did. */
  error: LambdaError | null;
}

/** A request as the protocol carries it to the program, with where its response goes. */
export interface HttpRequestSpec extends Omit<
  Extract<ToWorker, { type: 'http-request' }>,
  'type' | 'id'
> {
  /** The status line and headers, as soon as the program sends them. */
  onHead?(head: HttpResponseHead): void;
  /** Each piece of body as the program writes it (streaming, server-sent events). */
  onChunk?(chunk: Uint8Array): void;
}

export interface HttpResponseHead {
  statusCode: number;
  statusMessage: string;
  headers: Array<[name: string, value: string]>;
}

export type HttpOutcome =
  | ({ kind: 'response'; body: Uint8Array } & HttpResponseHead)
  /**
   * The connection failed: refused (nothing listens on the port, or the process has ended) or
   * reset (the program destroyed it, or ended, or was stopped). A reset may follow a head and part
   * of the body: a response cut short.
   */
  | {
      kind: 'connection-error';
      code: 'ECONNREFUSED' | 'ECONNRESET';
      message: string;
      head: HttpResponseHead | null;
      body: Uint8Array;
    };

export interface HttpExchange {
  outcome: Promise<HttpOutcome>;
  /** The client goes away: the program's `res` and `req` see 'close'; the outcome is a reset. */
  cancel(): void;
}

export interface CpuUsage {
  /** Ms the program's code held the worker's thread since the last report. */
  busyMs: number;
  /** Ms since the last report (or the start). */
  elapsedMs: number;
}

export interface WebProgram {
  request(spec: HttpRequestSpec): HttpExchange;
  /** The CPU time since the last call: busyMs / elapsedMs is one vCPU's utilization. */
  usage(): Promise<CpuUsage>;
  /**
   * Sends SIGTERM: the program's `process.on('SIGTERM')` listeners run (it may close its server
   * and exit); with none it ends with code 143. The grace period before `stop` is the caller's.
   */
  sigterm(): void;
  /** Ends the process (terminates the worker); requests in flight are reset. */
  stop(): void;
}

interface InFlight {
  spec: HttpRequestSpec;
  head: HttpResponseHead | null;
  chunks: Uint8Array[];
  resolve(outcome: HttpOutcome): void;
}

function concat(chunks: readonly Uint8Array[]): Uint8Array {
  const all = new Uint8Array(chunks.reduce((sum, chunk) => sum + chunk.byteLength, 0));
  let offset = 0;
  for (const chunk of chunks) {
    all.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return all;
}

const RESET = { code: 'ECONNRESET', message: 'socket hang up' } as const;

export function startWebProgram(worker: WorkerLike, spec: WebProgramSpec): WebProgram {
  let nextId = 1;
  let ended = false;
  const inFlight = new Map<number, InFlight>();
  const usageAsks = new Map<number, { resolve(usage: CpuUsage): void; reject(e: Error): void }>();

  const fail = (id: number, code: 'ECONNREFUSED' | 'ECONNRESET', message: string) => {
    const request = inFlight.get(id);
    if (!request) return;
    inFlight.delete(id);
    const body = concat(request.chunks);
    request.resolve({ kind: 'connection-error', code, message, head: request.head, body });
  };
  const end = (exit: WebProgramExit) => {
    if (ended) return;
    ended = true;
    worker.terminate();
    for (const id of [...inFlight.keys()]) fail(id, RESET.code, RESET.message);
    for (const ask of usageAsks.values()) ask.reject(new Error('The web program has ended'));
    usageAsks.clear();
    spec.onExit?.(exit);
  };

  const receive = (message: FromWorker) => {
    if (ended) return;
    switch (message.type) {
      case 'log':
        spec.onLog(message.record);
        return;
      case 'web-listening':
        spec.onListening?.(message.endpoint);
        return;
      case 'web-closed':
        spec.onClosed?.(message.endpoint);
        return;
      case 'web-exit':
        end({ code: message.code, error: message.error });
        return;
      case 'http-response-head': {
        const request = inFlight.get(message.id);
        if (!request) return;
        const { statusCode, statusMessage, headers } = message;
        request.head = { statusCode, statusMessage, headers };
        request.spec.onHead?.(request.head);
        return;
      }
      case 'http-response-chunk': {
        const request = inFlight.get(message.id);
        if (!request) return;
        request.chunks.push(message.chunk);
        request.spec.onChunk?.(message.chunk);
        return;
      }
      case 'http-response-end': {
        const request = inFlight.get(message.id);
        if (!request) return;
        inFlight.delete(message.id);
        // A response always has a head before its end (the worker sends it at the end at the latest).
        const head = request.head ?? { statusCode: 200, statusMessage: 'OK', headers: [] };
        request.resolve({ kind: 'response', ...head, body: concat(request.chunks) });
        return;
      }
      case 'http-response-error':
        fail(message.id, message.code, message.message);
        return;
      case 'usage': {
        const ask = usageAsks.get(message.id);
        usageAsks.delete(message.id);
        ask?.resolve({ busyMs: message.busyMs, elapsedMs: message.elapsedMs });
        return;
      }
      case 'aws-request': {
        const answered = spec.onServiceRequest
          ? spec.onServiceRequest(message.request)
          : Promise.reject(new Error(`getaddrinfo ENOTFOUND ${message.request.hostname}`));
        void serviceOutcome(answered).then((outcome) => {
          if (!ended) worker.postMessage({ type: 'aws-response', id: message.id, outcome });
        });
        return;
      }
      default:
      // `ready` and the event runtime's messages mean nothing here.
    }
  };

  worker.onmessage = (event) => receive(event.data);
  worker.onerror = (event) => {
    event.preventDefault();
    end({ code: null, error: null });
  };
  worker.onmessageerror = () => end({ code: null, error: null });
  const { config, bundle, environment, sdkScripts } = spec;
  worker.postMessage({ type: 'start-web', config, bundle, environment, sdkScripts });

  return {
    request(request) {
      const id = nextId++;
      const outcome = new Promise<HttpOutcome>((resolve) => {
        inFlight.set(id, { spec: request, head: null, chunks: [], resolve });
      });
      if (ended) {
        fail(id, 'ECONNREFUSED', `connect ECONNREFUSED 127.0.0.1:${request.port}`);
      } else {
        const { port, method, path, headers, body, remoteAddress } = request;
        worker.postMessage({
          type: 'http-request',
          ...{ id, port, method, path, headers, body, remoteAddress },
        });
      }
      return {
        outcome,
        cancel: () => {
          if (!inFlight.has(id)) return;
          if (!ended) worker.postMessage({ type: 'http-cancel', id });
          fail(id, RESET.code, RESET.message);
        },
      };
    },
    usage() {
      const id = nextId++;
      return new Promise<CpuUsage>((resolve, reject) => {
        if (ended) {
          reject(new Error('The web program has ended'));
          return;
        }
        usageAsks.set(id, { resolve, reject });
        worker.postMessage({ type: 'report-usage', id });
      });
    },
    sigterm() {
      if (!ended) worker.postMessage({ type: 'sigterm' });
    },
    stop() {
      end({ code: null, error: null });
    },
  };
}

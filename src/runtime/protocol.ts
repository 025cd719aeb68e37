// The messages between the page (the executor) and an instance's worker, one union per direction.
// Every request carries an id and gets exactly one answer with that id, unless the worker dies
// first (then the page settles it: timeout, crash or stop).
import type {
  ApiRequest,
  ApiResponse,
  CodeBundle,
  FunctionConfig,
  InitOutcome,
  InvokeOutcome,
  LambdaError,
  LogRecord,
  ResponseChunk,
} from '../engine/types';

/** The page → the worker. */
export type ToWorker =
  /**
   * Sent first, to a Python instance's worker only: the interpreter's files (docs/python-runtime.md).
   * It starts Python with them and then says `ready`; a `load` that comes sooner waits for it.
   */
  | { type: 'boot-python'; files: PyodideTransfer }
  /**
   * To a Python worker that runs no function (the editor's checker): compile the `.py` files
   * without running them. Answered by `syntax`.
   */
  | { type: 'check-syntax'; id: number; files: Record<string, string> }
  /** Sent once, when an instance starts on this worker: evaluate the bundle (INIT). Answered by `loaded`. */
  | {
      type: 'load';
      id: number;
      config: FunctionConfig;
      bundle: CodeBundle;
      logStreamName: string;
      /** Started ahead as provisioned concurrency (AWS_LAMBDA_INITIALIZATION_TYPE). */
      provisioned?: boolean;
      /** The provided SDK packages the code names (src/engine/functions/sdk-packages.ts). */
      sdkScripts: readonly SdkScript[];
    }
  /** Sent for each request routed to the instance, only after `loaded` and while idle. Answered by `result`. */
  | { type: 'invoke'; id: number; requestId: string; eventJson: string; deadlineMs: number }
  /** Answers the worker's `aws-request` of the same id: the simulated service's response. */
  | { type: 'aws-response'; id: number; outcome: SdkOutcome }
  /**
   * Asks how long the `load` (INIT) or `invoke` of this id has run by its own time so far, while
   * its answer is overdue (docs/aws-lambda.md#platform-time). Answered by `probe-reply`.
   */
  | { type: 'probe'; id: number }
  /**
   * Sent once, instead of `load`, to run a web program (a Lambda Web Function or an ECS task): the
   * bundle runs at top level as `node index.js` would, with no handler. Never answered by itself:
   * the worker says `web-listening` for each server that listens and `web-exit` if it ends.
   */
  | {
      type: 'start-web';
      /** The runtime, architecture and /tmp size the process shows (os, process, fs). */
      config: FunctionConfig;
      bundle: CodeBundle;
      /** `process.env` exactly (AWS_LAMBDA_HTTP_ENDPOINT, PORT, …): the page decides it. */
      environment: Record<string, string>;
      sdkScripts: readonly SdkScript[];
    }
  /**
   * One HTTP request to the program's server on `port`, its body whole (the front end forwards it
   * before the response is read). Answered by `http-response-head`, `-chunk`s and `-end`, or by
   * `http-response-error` (nothing listens there, or the program dropped the connection).
   */
  | {
      type: 'http-request';
      id: number;
      port: number;
      method: string;
      /** The request target: path and query string, e.g. `/items?page=2`. */
      path: string;
      /** In the order received, names as sent (the server lower-cases them for `req.headers`). */
      headers: Array<[name: string, value: string]>;
      body: Uint8Array;
      /** `req.socket.remoteAddress`: the address the connection comes from (the front end's). */
      remoteAddress: string;
    }
  /** The client of request `id` went away before its response ended: `res` and `req` see 'close'. */
  | { type: 'http-cancel'; id: number }
  /**
   * The environment shuts down (a Web Function's scale-in, an ECS task stopping): the program's
   * `process.on('SIGTERM')` listeners run; with none, the process ends as Node's does on the
   * signal (exit code 143). The page then allows the grace period (1 s on Lambda) and terminates.
   */
  | { type: 'sigterm' }
  /** Asks for the program's CPU time since the last ask. Answered by `usage`. */
  | { type: 'report-usage'; id: number };

/**
 * Pyodide's four files as the page hands them to a worker, which can fetch none of them
 * (src/runtime/worker/python/pyodide-boot.ts).
 */
export interface PyodideTransfer {
  /** `pyodide.asm.mjs`, Emscripten's module script, as text: the worker imports it from a blob. */
  asmScript: string;
  /** `pyodide.asm.wasm`, compiled once by the page (or its bytes, where a module cannot be sent). */
  wasm: WebAssembly.Module | Uint8Array;
  /** `python_stdlib.zip`. */
  stdlib: Uint8Array;
  /** `pyodide-lock.json`, as text. */
  lockFile: string;
}

/** One provided SDK package: its name and its script (scripts/aws-sdk-scripts.ts). */
export interface SdkScript {
  name: string;
  code: string;
}

/**
 * How an SDK call went on the page: the service's wire response (an AWS error is a response too),
 * or the connection failing as Node's would (`ENOTFOUND` for a host the playground does not simulate).
 */
export type SdkOutcome =
  | { ok: true; response: ApiResponse }
  | { ok: false; code: string; syscall: string; message: string };

/** How a handler ended, as the worker can tell it (timeouts and crashes are the page's to see). */
export type WorkerInvokeOutcome = Extract<InvokeOutcome, { kind: 'ok' | 'error' }>;

/** The worker → the page. */
export type FromWorker =
  /** Sent once, when the worker script has started and can take a `load`. */
  | { type: 'ready' }
  /** Sent for every line the function's code writes, as it is written (during INIT and invokes). */
  | { type: 'log'; record: LogRecord }
  /** Answers `load` with the init outcome. A failed init leaves the worker useless. */
  | { type: 'loaded'; id: number; outcome: InitOutcome }
  /**
   * Sent while a streaming handler (awslambda.streamifyResponse) writes its response: each write's
   * bytes, in order, before the `result` of the same invoke, which carries them all again.
   */
  | { type: 'chunk'; id: number; chunk: ResponseChunk }
  /** Answers `invoke`. A `fatal` error means the runtime process ended: the page ends the worker. */
  | { type: 'result'; id: number; outcome: WorkerInvokeOutcome }
  /**
   * Answers `probe`: the Init Duration or Duration were it to answer now, this computer's lag left
   * out (a timer overdue meanwhile included); null when that INIT or invoke is over.
   */
  | { type: 'probe-reply'; id: number; ownMs: number | null }
  /**
   * Sent at most once per `invoke` (its id), before its `result`: work an earlier invocation left
   * running when it answered (frozen since) has just run in this one, after its own return.
   */
  | { type: 'after-return'; id: number }
  /**
   * An SDK call of the handler's (`requestId` null during INIT), sent whenever the code makes one;
   * its own ids, answered by `aws-response`.
   */
  | { type: 'aws-request'; id: number; requestId: string | null; request: ApiRequest }
  /** Answers `check-syntax`: the syntax errors Python's compiler found, none when it compiled. */
  | { type: 'syntax'; id: number; errors: PythonSyntaxError[] }
  /** A web program's server started listening there: the environment is ready for requests. */
  | { type: 'web-listening'; endpoint: ServerEndpoint }
  /** A web program's server stopped listening (`server.close()`): requests there are refused. */
  | { type: 'web-closed'; endpoint: ServerEndpoint }
  /**
   * The web program's process ended: `process.exit(code)`, an uncaught exception or unhandled
   * rejection (code 1, `error` set, its stack already logged on stderr as Node prints it), or an
   * event loop with nothing left to do (code 0: a program that never listened ends so). Requests in
   * flight were answered by `http-response-error` first. The page ends the worker.
   */
  | { type: 'web-exit'; code: number; error: LambdaError | null }
  /** Answers `http-request`: the status line and headers, sent once the program writes or ends. */
  | {
      type: 'http-response-head';
      id: number;
      statusCode: number;
      statusMessage: string;
      headers: Array<[name: string, value: string]>;
    }
  /** Part of the body of response `id`, as the program wrote it. */
  | { type: 'http-response-chunk'; id: number; chunk: Uint8Array }
  /** Response `id` is complete (`res.end()`). */
  | { type: 'http-response-end'; id: number }
  /**
   * Request `id` failed as a connection fails: `ECONNREFUSED` when nothing listens on its port,
   * `ECONNRESET` when the program destroyed the socket or ended before the response did. Sent
   * after a head and chunks too: the response is then cut short.
   */
  | {
      type: 'http-response-error';
      id: number;
      code: 'ECONNREFUSED' | 'ECONNRESET';
      message: string;
    }
  /**
   * Answers `report-usage`: the ms the program's code held the worker's thread (busy, on the CPU)
   * out of the ms since the last report (or since `start-web`), so busyMs / elapsedMs is the CPU
   * utilization of the one vCPU a Node process uses.
   */
  | { type: 'usage'; id: number; busyMs: number; elapsedMs: number };

/** Where a web program's server listens: a TCP port on a host, or a Unix socket path. */
export type ServerEndpoint =
  { kind: 'tcp'; host: string; port: number } | { kind: 'pipe'; path: string };

/** A syntax error in one file, as Python's compiler reports it (line and column from 1). */
export interface PythonSyntaxError {
  file: string;
  line: number;
  column: number;
  /** e.g. `SyntaxError: '(' was never closed`, `IndentationError: unexpected indent`. */
  message: string;
}

/** The part of a Worker the executor uses; tests pass an in-process fake. */
export interface WorkerLike {
  postMessage(message: ToWorker): void;
  terminate(): void;
  onmessage: ((event: MessageEvent<FromWorker>) => void) | null;
  onerror: ((event: ErrorEvent) => void) | null;
  onmessageerror: ((event: MessageEvent) => void) | null;
}

/**
 * Where an instance's worker is started. `offline` (Internet access off, the default): in the
 * network sandbox, whose policy the browser enforces (network-sandbox.ts). `online`: by the page.
 */
export type NetworkMode = 'offline' | 'online';

export function networkModeOf(config: FunctionConfig): NetworkMode {
  return config.internetAccess === true ? 'online' : 'offline';
}

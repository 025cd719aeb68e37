// The Lambda Python runtime in one Pyodide interpreter: INIT (`loadFunction`) and invokes, with the
// outcomes and log records the Node.js runtime gives (src/engine/types.ts), so the executor can
// drive either. The Python side is bootstrap.py (Lambda's runtime interface client, as Python);
// this module hands it the function's files and variables and turns its answers into outcomes.
import type { PyodideAPI } from 'pyodide';
import type { InitOutcome, LambdaError, LogLevel, LogRecord } from '../../../engine/types';
import type { PythonSyntaxError, WorkerInvokeOutcome } from '../../protocol';
import { APPLICATION_LOG_LEVELS } from '../../../engine/functions/logging-config';
import { exitError } from '../../runtime-exit';
import bootstrapSource from './bootstrap.py?raw';

/** Where the runtime's own module lives, as on Lambda (LAMBDA_RUNTIME_DIR). */
const RUNTIME_DIR = '/var/runtime';

/**
 * Lambda's error JSON as the Python runtime writes it, e.g. `{"errorMessage": "boom", "errorType":
 * "Exception", "requestId": "…", "stackTrace": ["  File \"/var/task/…\", line 3, in …\n    …\n"]}`
 * (docs/aws-lambda.md#python-runtime). The response body of a failed Python invoke or INIT.
 */
export interface PythonErrorJson {
  errorMessage: string;
  errorType: string;
  requestId: string;
  stackTrace: string[];
}

/** An outcome's error: in the shared shape (`trace` is the stack trace), and as Python wrote it. */
interface PythonFailure {
  error: LambdaError;
  /** The error JSON exactly as the runtime serialized it (Python's `json.dumps` spacing). */
  errorPayload: string;
}

export type PythonInitOutcome =
  | Extract<InitOutcome, { ok: true }>
  | (Extract<InitOutcome, { ok: false }> & Partial<PythonFailure>);

export type PythonInvokeOutcome =
  | Extract<WorkerInvokeOutcome, { kind: 'ok' }>
  | (Extract<WorkerInvokeOutcome, { kind: 'error' }> & Partial<PythonFailure>);

/** What one request tells the runtime, beyond the event (Lambda's invoke headers). */
export interface PythonInvokeFacts {
  requestId: string;
  /** Absolute wall-clock deadline, epoch ms: `context.get_remaining_time_in_millis()`. */
  deadlineMs: number;
  invokedFunctionArn: string;
}

export interface PythonRuntimeHost {
  /** Every line the function writes, as it writes it. */
  onLog(record: LogRecord): void;
  /** performance.now(): INIT and Duration are measured with it. */
  now(): number;
}

export interface PythonRuntime {
  /**
   * Writes the function's `.py` files (paths relative to /var/task) and sets its environment
   * variables, then runs INIT: imports the handler's module once (`file.function`).
   */
  loadFunction(
    files: ReadonlyMap<string, string>,
    handler: string,
    env: Readonly<Record<string, string>>,
  ): PythonInitOutcome;
  invoke(eventJson: string, facts: PythonInvokeFacts): PythonInvokeOutcome;
  /** Compiles the `.py` files without running them: the syntax errors an editor can mark. */
  syntaxErrors(files: ReadonlyMap<string, string>): PythonSyntaxError[];
}

/** The bootstrap module's functions, as Pyodide hands them to JavaScript. */
interface Bootstrap {
  prepare(sink: (level: string, text: string) => void, filesJson: string, envJson: string): void;
  load(handler: string): string | undefined;
  invoke(eventJson: string, requestId: string, deadlineMs: number, arn: string): string;
  syntax_errors(filesJson: string): string;
}

/** What bootstrap.py's `load` and `invoke` answer, as JSON. */
type Answer = { payload: string } | { error: string } | { exit: number };

const LEVELS: ReadonlySet<string> = new Set<LogLevel>(APPLICATION_LOG_LEVELS);
const isLevel = (level: string): level is LogLevel => LEVELS.has(level);

function installBootstrap(pyodide: PyodideAPI): Bootstrap {
  pyodide.FS.mkdirTree(RUNTIME_DIR);
  pyodide.FS.writeFile(`${RUNTIME_DIR}/bootstrap.py`, bootstrapSource);
  pyodide.runPython(
    `import sys\nif ${JSON.stringify(RUNTIME_DIR)} not in sys.path: sys.path.append(${JSON.stringify(RUNTIME_DIR)})`,
  );
  return pyodide.pyimport('bootstrap') as Bootstrap;
}

function failure(errorJson: string): PythonFailure {
  const parsed = JSON.parse(errorJson) as PythonErrorJson;
  return {
    error: {
      errorType: parsed.errorType,
      errorMessage: parsed.errorMessage,
      trace: parsed.stackTrace,
    },
    errorPayload: errorJson,
  };
}

export function createPythonRuntime(pyodide: PyodideAPI, host: PythonRuntimeHost): PythonRuntime {
  const bootstrap = installBootstrap(pyodide);
  let requestId: string | undefined;
  // Only a successful INIT leaves a handler to call; an exit (sys.exit) leaves no runtime at all.
  let ready = false;
  const sink = (level: string, text: string) => {
    host.onLog({
      time: Date.now(),
      requestId,
      level: isLevel(level) ? level : 'INFO',
      message: text,
      // Python's runtime writes whole lines itself: `[INFO]\t<time>\t<id>\t…`, or a print's text.
      verbatim: true,
    });
  };

  return {
    loadFunction(files, handler, env) {
      requestId = undefined;
      ready = false;
      bootstrap.prepare(sink, JSON.stringify(Object.fromEntries(files)), JSON.stringify(env));
      const started = host.now();
      const answer = bootstrap.load(handler);
      const initDurationMs = host.now() - started;
      if (answer === undefined) {
        ready = true;
        return { ok: true, initDurationMs };
      }
      const parsed = JSON.parse(answer) as Answer;
      if ('error' in parsed) return { ok: false, initDurationMs, ...failure(parsed.error) };
      const exit = 'exit' in parsed ? parsed.exit : 1;
      return { ok: false, initDurationMs, error: exitError(exit, undefined) };
    },

    invoke(eventJson, facts) {
      requestId = facts.requestId;
      const started = host.now();
      const measured = () => ({ durationMs: host.now() - started, maxMemoryUsedMB: null });
      // As the Node runtime answers a request for a runtime that is not there.
      if (!ready) {
        return { kind: 'error', fatal: true, error: exitError(0, facts.requestId), ...measured() };
      }
      let answer: Answer;
      try {
        answer = JSON.parse(
          bootstrap.invoke(eventJson, facts.requestId, facts.deadlineMs, facts.invokedFunctionArn),
        ) as Answer;
      } catch {
        // The interpreter itself failed (Pyodide's fatal error, e.g. WebAssembly out of memory):
        // Python exceptions never get here. The process is gone, as a crashed runtime on Lambda.
        answer = { exit: 1 };
      }
      if ('payload' in answer) return { kind: 'ok', payload: answer.payload, ...measured() };
      if ('error' in answer) {
        return { kind: 'error', fatal: false, ...failure(answer.error), ...measured() };
      }
      // sys.exit() (or a crash) ended the runtime process: the environment is gone, as on Lambda.
      ready = false;
      return {
        kind: 'error',
        fatal: true,
        error: exitError(answer.exit, facts.requestId),
        ...measured(),
      };
    },

    syntaxErrors(files) {
      const found = bootstrap.syntax_errors(JSON.stringify(Object.fromEntries(files)));
      return JSON.parse(found) as PythonSyntaxError[];
    },
  };
}

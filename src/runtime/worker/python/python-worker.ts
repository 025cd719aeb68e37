// A Python instance's side of the executor protocol: the same messages as a Node.js instance
// (load → loaded, invoke → result, log lines as written), answered by the Python runtime on Pyodide.
// Python is booted first, from the files the page sends (`boot-python`, whenever they arrive);
// messages wait their turn, so the executor drives both languages alike.
import type { PyodideAPI } from 'pyodide';
import type { InitOutcome, LambdaError, LogRecord } from '../../../engine/types';
import type { FromWorker, PyodideTransfer, ToWorker, WorkerInvokeOutcome } from '../../protocol';
import { startError } from '../../runtime-exit';
import { createLogBudget } from '../log-budget';
import { lambdaEnvironment } from '../lambda-environment';
import { responseSizeError } from '../response-limit';
import { createPythonRuntime } from './python-runtime';
import type { PythonInitOutcome, PythonInvokeOutcome, PythonRuntime } from './python-runtime';

export interface PythonWorkerHost {
  post(message: FromWorker): void;
  /** Starts Pyodide from the page's files (pyodide-boot.ts in a worker; the package in Node). */
  boot(files: PyodideTransfer): Promise<PyodideAPI>;
  /** performance.now(). */
  now(): number;
}

/** As Lambda's invoke carries it: the unqualified ARN of the function invoked. */
const FUNCTION_ARN = 'arn:aws:lambda:us-east-1:123456789012:function';

/** The shared error shape, carrying the runtime's own JSON so the response is Python's. */
function withPayload(outcome: { error: LambdaError; errorPayload?: string }): LambdaError {
  const { error, errorPayload } = outcome;
  return errorPayload === undefined ? error : { ...error, payload: errorPayload };
}

function initOutcome(outcome: PythonInitOutcome): InitOutcome {
  return outcome.ok ? outcome : { ...outcome, error: withPayload(outcome) };
}

/**
 * The worker's outcome. A Python handler runs synchronously from start to answer, so all of its
 * Duration is computing (`cpuMs`): the CPU share of its memory size stretches all of it
 * (docs/aws-lambda.md#cpu-and-memory), as it does a Node.js handler's computing slices.
 */
function invokeOutcome(outcome: PythonInvokeOutcome): WorkerInvokeOutcome {
  const { durationMs, maxMemoryUsedMB } = outcome;
  const measured = { durationMs, cpuMs: durationMs, maxMemoryUsedMB };
  if (outcome.kind === 'ok') {
    // Lambda refuses a response over 6 MB and the runtime process ends, whatever the language.
    const tooLarge = responseSizeError(outcome.payload);
    if (!tooLarge) return { kind: 'ok', payload: outcome.payload, ...measured };
    return { kind: 'error', fatal: true, error: tooLarge, ...measured };
  }
  return { kind: 'error', fatal: outcome.fatal, error: withPayload(outcome), ...measured };
}

/**
 * A throwaway function, loaded and invoked once before the worker says `ready`. V8 compiles a wasm
 * function the first time it is called, and a fresh interpreter's first load and invoke run through
 * much of CPython for the first time: 58 ms for the first load against 2–7 ms for the next ones,
 * measured in Node. The spare pays that ahead of need, as the Node.js runtime warms up
 * (warm-up.ts), not a learner's cold start. The next load starts from a clean /var/task, variables
 * and module table (bootstrap.py `prepare`).
 */
const WARM_UP_CODE = `import json
import logging

def lambda_handler(event, context):
    print(event)
    logging.getLogger().warning('warm')
    return {'body': json.dumps(event), 'left': context.get_remaining_time_in_millis() > 0}
`;

function warmUp(python: PythonRuntime): void {
  const files = new Map([['lambda_function.py', WARM_UP_CODE]]);
  const env = { AWS_EXECUTION_ENV: 'AWS_Lambda_python3.14', AWS_LAMBDA_FUNCTION_NAME: 'warm-up' };
  if (!python.loadFunction(files, 'lambda_function.lambda_handler', env).ok) return;
  python.invoke('{"warm": true}', {
    requestId: 'warm-up',
    deadlineMs: Date.now() + 1000,
    invokedFunctionArn: `${FUNCTION_ARN}:warm-up`,
  });
}

export function createPythonWorker(host: PythonWorkerHost): { receive(message: ToWorker): void } {
  const budget = createLogBudget();
  let sendFiles: (files: PyodideTransfer) => void = () => undefined;
  const filesArrived = new Promise<PyodideTransfer>((resolve) => {
    sendFiles = resolve;
  });
  /** Why Python could not start, once it is known: every load then fails with it. */
  let bootFailure: string | null = null;
  /** The warm-up's own lines are nobody's: nothing is sent while it runs. */
  let muted = false;
  const onLog = (record: LogRecord) => {
    if (muted) return;
    const admitted = budget.admit(record.message);
    if (admitted.kind === 'line') {
      host.post({ type: 'log', record: { ...record, message: admitted.message } });
    } else if (admitted.kind === 'note') {
      const { time, requestId } = record;
      host.post({
        type: 'log',
        record: { time, requestId, level: 'WARN', message: admitted.message },
      });
    }
  };
  // Python starts once its files arrive; a load that comes first waits for both.
  const runtime: Promise<PythonRuntime | null> = filesArrived
    .then(host.boot)
    .then((pyodide) => {
      const python = createPythonRuntime(pyodide, { onLog, now: host.now });
      muted = true;
      warmUp(python);
      muted = false;
      host.post({ type: 'ready' });
      return python;
    })
    .catch((error: unknown) => {
      bootFailure = `Python could not start: ${error instanceof Error ? error.message : String(error)}`;
      return null;
    });
  let functionName = '';
  // One message at a time, in order.
  let turn: Promise<void> = Promise.resolve();

  const handle = async (message: ToWorker) => {
    if (message.type === 'load') {
      const started = host.now();
      const python = await runtime;
      if (!python) {
        const error = startError(bootFailure ?? 'Python was never started', undefined);
        const outcome = { ok: false as const, initDurationMs: host.now() - started, error };
        host.post({ type: 'loaded', id: message.id, outcome });
        return;
      }
      const { config, bundle, logStreamName } = message;
      functionName = config.name;
      budget.reset();
      const files = new Map(Object.entries(bundle.packageFiles ?? {}));
      const env = lambdaEnvironment(config, logStreamName, message.provisioned === true);
      const outcome = python.loadFunction(files, config.handler, env);
      host.post({ type: 'loaded', id: message.id, outcome: initOutcome(outcome) });
      return;
    }
    if (message.type === 'invoke') {
      const python = await runtime;
      budget.reset();
      const facts = {
        requestId: message.requestId,
        deadlineMs: message.deadlineMs,
        invokedFunctionArn: `${FUNCTION_ARN}:${functionName}`,
      };
      const outcome: PythonInvokeOutcome = python
        ? python.invoke(message.eventJson, facts)
        : {
            kind: 'error',
            fatal: true,
            error: startError(bootFailure ?? 'Python was never started', message.requestId),
            durationMs: 0,
            maxMemoryUsedMB: null,
          };
      host.post({ type: 'result', id: message.id, outcome: invokeOutcome(outcome) });
    }
    if (message.type === 'check-syntax') {
      const python = await runtime;
      const errors = python ? python.syntaxErrors(new Map(Object.entries(message.files))) : [];
      host.post({ type: 'syntax', id: message.id, errors });
    }
    // `aws-response` answers an SDK call; the Python runtime has no SDK bridge (boto3) yet.
  };

  return {
    receive(message) {
      // The files are taken at once: the load they unblock may already be waiting in line.
      if (message.type === 'boot-python') sendFiles(message.files);
      else turn = turn.then(() => handle(message));
    },
  };
}

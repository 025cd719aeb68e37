// A Python instance's worker over the executor protocol, with a real Pyodide started once: the
// same messages a Node.js instance answers, in Python's words.
import { beforeAll, describe, expect, it } from 'vitest';
import type { PyodideAPI } from 'pyodide';
import type { FromWorker, PyodideTransfer, ToWorker } from '../../protocol';
import { testConfig } from '../../testing/bundles';
import { createPythonWorker } from './python-worker';
import { nodePyodide } from './testing/node-pyodide';

const SEED =
  "def lamda_handler(event, context):\n  print(event)\n  return event['left'] + event['right']\n";
const FILES: PyodideTransfer = {
  asmScript: '',
  wasm: new Uint8Array(),
  stdlib: new Uint8Array(),
  lockFile: '',
};

let pyodide: PyodideAPI;
beforeAll(async () => {
  ({ pyodide } = await nodePyodide());
}, 120_000);

/** A worker whose boot resolves with the shared interpreter (or fails), and what it posted. */
function startWorker(boot: () => Promise<PyodideAPI> = () => Promise.resolve(pyodide)) {
  const posted: FromWorker[] = [];
  const worker = createPythonWorker({
    post: (m) => posted.push(m),
    boot,
    now: () => performance.now(),
  });
  const answer = async (message: ToWorker, type: FromWorker['type']) => {
    worker.receive(message);
    await expect
      .poll(() =>
        posted.some((m) => m.type === type && 'id' in m && 'id' in message && m.id === message.id),
      )
      .toBe(true);
    return posted.find(
      (m) => m.type === type && 'id' in m && 'id' in message && m.id === message.id,
    )!;
  };
  return { worker, posted, answer };
}

const load = (id: number, files: Record<string, string>, handler: string): ToWorker => ({
  type: 'load',
  id,
  config: testConfig({ name: 'adder', runtime: 'python3.14', handler }),
  bundle: {
    format: 'python',
    code: '',
    hash: 'h',
    entryModule: 'lambda_function',
    entryFile: 'lambda_function.py',
    packageFiles: files,
  },
  logStreamName: '2026/12/07/[$LATEST]0123456789abcdef0123456789abcdef',
  sdkScripts: [],
});

const invoke = (id: number, event: unknown): ToWorker => ({
  type: 'invoke',
  id,
  requestId: `req-${id}`,
  eventJson: JSON.stringify(event),
  deadlineMs: Date.now() + 3000,
});

/** A new worker loads `code` as lambda_function.lambda_handler and answers one invoke of `{}`. */
async function invokeOnce(code: string): Promise<FromWorker> {
  const { worker, answer } = startWorker();
  worker.receive({ type: 'boot-python', files: FILES });
  await answer(load(1, { 'lambda_function.py': code }, 'lambda_function.lambda_handler'), 'loaded');
  return answer(invoke(2, {}), 'result');
}

describe(createPythonWorker, () => {
  it('boots, says ready, then runs the course seed: INIT, the answer and the printed event', async () => {
    const { worker, posted, answer } = startWorker();
    // A load sent before Python's files arrive waits for them, and for Python to start.
    setTimeout(() => worker.receive({ type: 'boot-python', files: FILES }), 50);
    const loaded = await answer(
      load(1, { 'lambda_function.py': SEED }, 'lambda_function.lamda_handler'),
      'loaded',
    );
    expect(posted[0]).toEqual({ type: 'ready' });
    expect(loaded).toMatchObject({ outcome: { ok: true } });
    const result = await answer(invoke(2, { left: 1, right: 2 }), 'result');
    expect(result).toMatchObject({ outcome: { kind: 'ok', payload: '3' } });
    // Only the function's own line: the worker's warm-up before `ready` logs nothing.
    const lines = posted.filter((m) => m.type === 'log').map((m) => m.record);
    expect(lines).toEqual([
      expect.objectContaining({ message: "{'left': 1, 'right': 2}", requestId: 'req-2' }),
    ]);
  });

  it('answers a handler’s exception with Python’s error JSON as the response', async () => {
    const result = await invokeOnce('def lambda_handler(event, context):\n    return 1 / 0\n');
    expect(result).toMatchObject({
      outcome: {
        kind: 'error',
        fatal: false,
        error: { errorType: 'ZeroDivisionError', errorMessage: 'division by zero' },
      },
    });
    const outcome = (result as Extract<FromWorker, { type: 'result' }>).outcome;
    const payload = outcome.kind === 'error' ? outcome.error.payload : undefined;
    expect(JSON.parse(payload ?? 'null')).toMatchObject({
      errorMessage: 'division by zero',
      errorType: 'ZeroDivisionError',
      requestId: 'req-2',
    });
  });

  it('reads the function’s name, memory and variables from the environment Lambda sets', async () => {
    const code = [
      'import os',
      'def lambda_handler(event, context):',
      "    return [context.function_name, context.memory_limit_in_mb, os.environ['AWS_EXECUTION_ENV'], context.invoked_function_arn]",
    ].join('\n');
    const result = await invokeOnce(code);
    expect(result).toMatchObject({
      outcome: {
        kind: 'ok',
        payload:
          '["adder", "128", "AWS_Lambda_python3.14", "arn:aws:lambda:us-east-1:123456789012:function:adder"]',
      },
    });
  });

  it('fails every load with the reason when Python could not start', async () => {
    const { worker, posted, answer } = startWorker(() =>
      Promise.reject(new Error('out of memory')),
    );
    worker.receive({ type: 'boot-python', files: FILES });
    const loaded = await answer(
      load(1, { 'lambda_function.py': SEED }, 'lambda_function.lamda_handler'),
      'loaded',
    );
    expect(posted.some((m) => m.type === 'ready')).toBe(false);
    expect(loaded).toMatchObject({
      outcome: {
        ok: false,
        error: {
          errorType: 'Runtime.ExitError',
          errorMessage: 'Error: Runtime failed to start: Python could not start: out of memory',
        },
      },
    });
  });
});

describe('the editor’s syntax check', () => {
  it('compiles the .py files without running them and answers with each error’s place', async () => {
    const { worker, answer } = startWorker();
    worker.receive({ type: 'boot-python', files: FILES });
    const files = {
      'lambda_function.py':
        "print('never runs')\ndef lambda_handler(event, context):\n  return (1\n",
      'ok.py': 'X = 1\n',
      'notes.txt': 'not python (',
    };
    const answered = await answer({ type: 'check-syntax', id: 7, files }, 'syntax');
    expect(answered).toEqual({
      type: 'syntax',
      id: 7,
      errors: [
        {
          file: 'lambda_function.py',
          line: 3,
          column: 10,
          message: "SyntaxError: '(' was never closed",
        },
      ],
    });
  });
});

// The Python runtime against a real Pyodide (started once for the file: it takes seconds), with
// AWS's messages and formats (docs/aws-lambda.md#python-runtime).
import { beforeAll, describe, expect, it } from 'vitest';
import type { LogRecord } from '../../../engine/types';
import { createPythonRuntime } from './python-runtime';
import type { PythonInvokeOutcome, PythonRuntime } from './python-runtime';
import { nodePyodide } from './testing/node-pyodide';

const ENV = {
  AWS_EXECUTION_ENV: 'AWS_Lambda_python3.14',
  AWS_LAMBDA_FUNCTION_NAME: 'adder',
  AWS_LAMBDA_FUNCTION_MEMORY_SIZE: '256',
  AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
  AWS_LAMBDA_LOG_GROUP_NAME: '/aws/lambda/adder',
  AWS_LAMBDA_LOG_STREAM_NAME: '2026/12/07/[$LATEST]0123456789abcdef0123456789abcdef',
  LAMBDA_TASK_ROOT: '/var/task',
};
const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:adder';
const REQUEST_ID = 'c793869b-ee49-115b-a5b6-4fd21e8dedac';

let runtime: PythonRuntime;
let logs: LogRecord[] = [];

beforeAll(async () => {
  const { pyodide } = await nodePyodide();
  runtime = createPythonRuntime(pyodide, {
    onLog: (record) => logs.push(record),
    now: () => performance.now(),
  });
}, 120_000);

/** Loads a function from `files` ({name: source}) and returns INIT's outcome; logs start empty. */
function load(
  files: Record<string, string>,
  handler = 'lambda_function.lambda_handler',
  env: Record<string, string> = ENV,
) {
  logs = [];
  return runtime.loadFunction(new Map(Object.entries(files)), handler, env);
}

function invoke(event: unknown, requestId = REQUEST_ID): PythonInvokeOutcome {
  return runtime.invoke(JSON.stringify(event), {
    requestId,
    deadlineMs: Date.now() + 3000,
    invokedFunctionArn: ARN,
  });
}

const messages = () => logs.map((record) => record.message);

describe('the course seed', () => {
  it('runs verbatim with the handler named as the course names it', () => {
    const seed = [
      'def lamda_handler(event, context):',
      '  print(event)',
      "  return event['left'] + event['right']",
      '',
    ].join('\n');
    const init = load({ 'lambda_function.py': seed }, 'lambda_function.lamda_handler');
    expect(init.ok).toBe(true);
    expect(init.initDurationMs).toBeGreaterThanOrEqual(0);
    const outcome = invoke({ left: 1, right: 2 });
    expect(outcome).toMatchObject({ kind: 'ok', payload: '3' });
    expect(logs).toEqual([
      {
        time: expect.any(Number) as number,
        requestId: REQUEST_ID,
        level: 'INFO',
        message: "{'left': 1, 'right': 2}",
        verbatim: true,
      },
    ]);
  });

  it("with the console's default handler name fails INIT with AWS's HandlerNotFound", () => {
    const seed = "def lamda_handler(event, context):\n  return event['left'] + event['right']\n";
    const init = load({ 'lambda_function.py': seed });
    expect(init).toMatchObject({
      ok: false,
      error: {
        errorType: 'Runtime.HandlerNotFound',
        errorMessage: "Handler 'lambda_handler' missing on module 'lambda_function'",
        trace: [],
      },
      errorPayload:
        '{"errorMessage": "Handler \'lambda_handler\' missing on module \'lambda_function\'", ' +
        '"errorType": "Runtime.HandlerNotFound", "requestId": "", "stackTrace": []}',
    });
    // Lambda's warning first, then the [ERROR] line with an empty traceback.
    expect(messages()[0]).toMatch(
      /^\[WARNING\]\t\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z\t\tLAMBDA_WARNING: Unhandled exception\. /,
    );
    expect(messages()[1]).toBe(
      "[ERROR] Runtime.HandlerNotFound: Handler 'lambda_handler' missing on module 'lambda_function'\nTraceback (most recent call last):",
    );
    expect(logs[1]).toMatchObject({ level: 'ERROR', requestId: undefined });
  });
});

describe('INIT', () => {
  it('runs module scope once; globals survive warm invokes', () => {
    const code = [
      'count = 0',
      "print('module scope ran')",
      'def lambda_handler(event, context):',
      '    global count',
      '    count += 1',
      '    return count',
    ].join('\n');
    expect(load({ 'lambda_function.py': code }).ok).toBe(true);
    expect(logs).toMatchObject([{ message: 'module scope ran', requestId: undefined }]);
    expect(invoke({})).toMatchObject({ kind: 'ok', payload: '1' });
    expect(invoke({})).toMatchObject({ kind: 'ok', payload: '2' });
    expect(invoke({})).toMatchObject({ kind: 'ok', payload: '3' });
    expect(messages()).toEqual(['module scope ran']);
  });

  it('imports the function’s other files, in folders too', () => {
    const init = load(
      {
        'lambda_function.py':
          'from helpers import add\nfrom lib.words import shout\ndef lambda_handler(event, context):\n    return shout(str(add(event["a"], event["b"])))\n',
        'helpers.py': 'def add(a, b):\n    return a + b\n',
        'lib/__init__.py': '',
        'lib/words.py': 'def shout(text):\n    return text + "!"\n',
      },
      'lambda_function.lambda_handler',
    );
    expect(init.ok).toBe(true);
    expect(invoke({ a: 2, b: 3 })).toMatchObject({ kind: 'ok', payload: '"5!"' });
  });

  it('resolves a handler in a folder (`src/app.handler`)', () => {
    const init = load(
      { 'src/app.py': 'def handler(event, context):\n    return "ok"\n' },
      'src/app.handler',
    );
    expect(init.ok).toBe(true);
    expect(invoke({})).toMatchObject({ payload: '"ok"' });
  });

  it('forgets the previous function’s modules', () => {
    load({ 'lambda_function.py': 'def lambda_handler(e, c):\n    return 1\n' });
    load({ 'lambda_function.py': 'def lambda_handler(e, c):\n    return 2\n' });
    expect(invoke({})).toMatchObject({ payload: '2' });
  });

  it("gives ImportModuleError with Python's own message for a missing module", () => {
    const init = load({
      'lambda_function.py': 'import requests\ndef lambda_handler(e, c):\n    pass\n',
    });
    expect(init).toMatchObject({
      ok: false,
      error: {
        errorType: 'Runtime.ImportModuleError',
        errorMessage: "Unable to import module 'lambda_function': No module named 'requests'",
        trace: [],
      },
    });
  });

  it('gives ImportModuleError when the handler’s file does not exist', () => {
    const init = load({ 'main.py': '' });
    expect(init).toMatchObject({
      error: {
        errorType: 'Runtime.ImportModuleError',
        errorMessage:
          "Unable to import module 'lambda_function': No module named 'lambda_function'",
      },
    });
  });

  it('gives UserCodeSyntaxError naming the file and line', () => {
    const init = load({
      'lambda_function.py': 'def lambda_handler(event, context):\n    return (1 +\n\nx = 2\n',
    });
    expect(init.ok).toBe(false);
    if (init.ok) return;
    expect(init.error.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(init.error.errorMessage).toMatch(
      /^Syntax error in module 'lambda_function': .+ \(lambda_function\.py, line \d+\)$/,
    );
    expect(init.error.trace).toHaveLength(1);
    expect(init.error.trace[0]).toMatch(
      /^ {2}File "\/var\/task\/lambda_function\.py" Line \d+\n {4}/,
    );
  });

  it('gives UserCodeSyntaxError for an indentation error, with its line', () => {
    const init = load({ 'lambda_function.py': 'def lambda_handler(event, context):\nreturn 1\n' });
    expect(init).toMatchObject({
      error: {
        errorType: 'Runtime.UserCodeSyntaxError',
        errorMessage:
          "Syntax error in module 'lambda_function': expected an indented block after function definition on line 1 (lambda_function.py, line 2)",
        trace: ['  File "/var/task/lambda_function.py" Line 2\n    return 1\n'],
      },
    });
  });

  it('refuses a handler without a dot as MalformedHandlerName', () => {
    const init = load({ 'lambda_function.py': '' }, 'lambda_handler');
    expect(init).toMatchObject({
      error: {
        errorType: 'Runtime.MalformedHandlerName',
        errorMessage:
          "Bad handler 'lambda_handler': not enough values to unpack (expected 2, got 1)",
      },
    });
  });

  it('reports an exception raised by module scope with its type and stack trace', () => {
    const init = load({ 'lambda_function.py': 'x = {}\ny = x["missing"]\n' });
    expect(init).toMatchObject({
      ok: false,
      error: { errorType: 'KeyError', errorMessage: "'missing'" },
    });
    if (init.ok) return;
    const last = init.error.trace.at(-1);
    expect(last).toBe(
      '  File "/var/task/lambda_function.py", line 2, in <module>\n    y = x["missing"]\n',
    );
  });

  it('a sys.exit() in module scope ends the runtime', () => {
    const init = load({ 'lambda_function.py': 'import sys\nsys.exit(3)\n' });
    expect(init).toMatchObject({
      ok: false,
      error: {
        errorType: 'Runtime.ExitError',
        errorMessage: 'Error: Runtime exited with error: exit status 3',
      },
    });
  });
});

describe('invoke', () => {
  it('after a failed INIT finds no runtime to answer', () => {
    load({ 'lambda_function.py': 'import nothing_here\n' });
    expect(invoke({})).toMatchObject({
      kind: 'error',
      fatal: true,
      error: {
        errorType: 'Runtime.ExitError',
        errorMessage: `RequestId: ${REQUEST_ID} Error: Runtime exited without providing a reason`,
      },
    });
  });

  it('an exception the runtime does not catch (not an Exception) ends it', () => {
    load({
      'lambda_function.py': 'def lambda_handler(event, context):\n    raise KeyboardInterrupt\n',
    });
    expect(invoke({})).toMatchObject({
      kind: 'error',
      fatal: true,
      error: { errorType: 'Runtime.ExitError' },
    });
    expect(invoke({})).toMatchObject({
      kind: 'error',
      fatal: true,
      error: {
        errorMessage: `RequestId: ${REQUEST_ID} Error: Runtime exited without providing a reason`,
      },
    });
  });

  it('deep recursion is a RecursionError, as in CPython', () => {
    load({
      'lambda_function.py':
        'def down(n):\n    return down(n + 1)\ndef lambda_handler(e, c):\n    return down(0)\n',
    });
    expect(invoke({})).toMatchObject({
      kind: 'error',
      fatal: false,
      error: { errorType: 'RecursionError', errorMessage: 'maximum recursion depth exceeded' },
    });
  });

  it('returns an unhandled exception as Python’s error JSON and logs [ERROR] with the traceback', () => {
    const code = [
      'def fail(n):',
      '    raise ValueError(f"bad value {n}")',
      '',
      'def lambda_handler(event, context):',
      '    return fail(event["n"])',
    ].join('\n');
    load({ 'lambda_function.py': code });
    const outcome = invoke({ n: 7 });
    const stackTrace = [
      '  File "/var/task/lambda_function.py", line 5, in lambda_handler\n    return fail(event["n"])\n',
      '  File "/var/task/lambda_function.py", line 2, in fail\n    raise ValueError(f"bad value {n}")\n',
    ];
    expect(outcome).toMatchObject({
      kind: 'error',
      fatal: false,
      error: { errorType: 'ValueError', errorMessage: 'bad value 7', trace: stackTrace },
    });
    if (outcome.kind !== 'error') return;
    expect(JSON.parse(outcome.errorPayload ?? '')).toEqual({
      errorMessage: 'bad value 7',
      errorType: 'ValueError',
      requestId: REQUEST_ID,
      stackTrace,
    });
    // Python's json.dumps spacing, keys in Lambda's order.
    expect(outcome.errorPayload).toMatch(
      /^\{"errorMessage": "bad value 7", "errorType": "ValueError", "requestId": "c793/,
    );
    const nbsp = '\u00a0';
    expect(logs).toEqual([
      {
        time: expect.any(Number) as number,
        requestId: REQUEST_ID,
        level: 'ERROR',
        verbatim: true,
        message: [
          '[ERROR] ValueError: bad value 7',
          'Traceback (most recent call last):',
          `${nbsp}${nbsp}File "/var/task/lambda_function.py", line 5, in lambda_handler`,
          `${nbsp.repeat(4)}return fail(event["n"])`,
          `${nbsp}${nbsp}File "/var/task/lambda_function.py", line 2, in fail`,
          `${nbsp.repeat(4)}raise ValueError(f"bad value {n}")`,
        ].join('\n'),
      },
    ]);
  });

  it('serializes with json.dumps semantics', () => {
    load({
      'lambda_function.py':
        'from decimal import Decimal\ndef lambda_handler(event, context):\n    return {"a": [1, 2.5, None, True], "t": (1, 2), "é": "ü", "d": Decimal("1.10")}\n',
    });
    expect(invoke({})).toMatchObject({
      kind: 'ok',
      payload: '{"a": [1, 2.5, null, true], "t": [1, 2], "é": "ü", "d": 1.10}',
    });
  });

  it('returns None as null', () => {
    load({ 'lambda_function.py': 'def lambda_handler(event, context):\n    print("no return")\n' });
    expect(invoke({})).toMatchObject({ kind: 'ok', payload: 'null' });
  });

  it.each([
    ['{1, 2}', 'set'],
    ['datetime.datetime(2026, 1, 1)', 'datetime'],
  ])("fails to marshal %s with AWS's Runtime.MarshalError", (value, type) => {
    load({
      'lambda_function.py': `import datetime\ndef lambda_handler(event, context):\n    return ${value}\n`,
    });
    const errorMessage = `Unable to marshal response: Object of type ${type} is not JSON serializable`;
    expect(invoke({})).toMatchObject({
      kind: 'error',
      fatal: false,
      error: { errorType: 'Runtime.MarshalError', errorMessage, trace: [] },
      errorPayload: `{"errorMessage": "${errorMessage}", "errorType": "Runtime.MarshalError", "requestId": "${REQUEST_ID}", "stackTrace": []}`,
    });
    expect(messages()).toEqual([
      `[ERROR] Runtime.MarshalError: ${errorMessage}\nTraceback (most recent call last):`,
    ]);
  });

  it('a sys.exit() in the handler ends the runtime (fatal)', () => {
    load({
      'lambda_function.py': 'import sys\ndef lambda_handler(event, context):\n    sys.exit(1)\n',
    });
    expect(invoke({})).toMatchObject({
      kind: 'error',
      fatal: true,
      error: {
        errorType: 'Runtime.ExitError',
        errorMessage: `RequestId: ${REQUEST_ID} Error: Runtime exited with error: exit status 1`,
      },
    });
  });
});

describe('logs', () => {
  it('print writes each line as printed, with no prefix', () => {
    load({
      'lambda_function.py':
        'import sys\ndef lambda_handler(event, context):\n    print("a\\nb")\n    print("part", end="")\n    print(" done")\n    print("tail", end="")\n    print("oops", file=sys.stderr)\n',
    });
    invoke({});
    expect(logs.map(({ level, message }) => [level, message])).toEqual([
      ['INFO', 'a'],
      ['INFO', 'b'],
      ['INFO', 'part done'],
      ['ERROR', 'oops'],
      ['INFO', 'tail'],
    ]);
  });

  it('the root logger writes `[LEVEL]\\t<ISO time>Z\\t<request id>\\t<message>`, from WARNING by default', () => {
    const code = [
      'import logging',
      'logger = logging.getLogger()',
      'def lambda_handler(event, context):',
      '    logger.info("not shown: the root logger starts at WARNING")',
      '    logger.warning("careful")',
      '    logger.setLevel(logging.INFO)',
      '    logger.info("hello %s", "world")',
      '    logging.getLogger("child").error("from a child")',
      '    logger.critical("bad")',
    ].join('\n');
    load({ 'lambda_function.py': code });
    const before = Date.now();
    invoke({});
    const timestamp = '(\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z)';
    const line = (level: string, text: string) =>
      new RegExp(`^\\[${level}\\]\\t${timestamp}\\t${REQUEST_ID}\\t${text}$`);
    expect(logs.map((record) => record.level)).toEqual(['WARN', 'INFO', 'ERROR', 'FATAL']);
    expect(messages()[0]).toMatch(line('WARNING', 'careful'));
    expect(messages()[1]).toMatch(line('INFO', 'hello world'));
    expect(messages()[2]).toMatch(line('ERROR', 'from a child'));
    expect(messages()[3]).toMatch(line('CRITICAL', 'bad'));
    // The time is UTC and now.
    const written = Date.parse(line('INFO', 'hello world').exec(messages()[1] ?? '')?.[1] ?? '');
    expect(Math.abs(written - before)).toBeLessThan(5000);
  });

  it('logging during INIT leaves the request id empty', () => {
    load({
      'lambda_function.py':
        'import logging\nlogging.getLogger().setLevel(logging.INFO)\nlogging.info("cold")\ndef lambda_handler(e, c):\n    pass\n',
    });
    expect(messages()[0]).toMatch(/^\[INFO\]\t\S+Z\t\tcold$/);
  });
});

describe('logs in the JSON format', () => {
  const JSON_ENV = { ...ENV, AWS_LAMBDA_LOG_FORMAT: 'JSON', AWS_LAMBDA_LOG_LEVEL: 'INFO' };
  const SECONDS = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/;

  it('writes each logging record as a JSON object, extra keys included, at the set level', () => {
    const code = [
      'import logging',
      'logger = logging.getLogger()',
      'def lambda_handler(event, context):',
      '    logger.debug("filtered out")',
      '    logger.info("order placed", extra={"order": 7})',
      '    print("raw text")',
      '    try:',
      '        1 / 0',
      '    except ZeroDivisionError:',
      '        logging.getLogger("app").exception("failed")',
    ].join('\n');
    load({ 'lambda_function.py': code }, 'lambda_function.lambda_handler', JSON_ENV);
    invoke({});
    expect(logs.map((record) => record.level)).toEqual(['INFO', 'INFO', 'ERROR']);
    const info = JSON.parse(messages()[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(info)).toEqual([
      'timestamp',
      'level',
      'message',
      'logger',
      'requestId',
      'order',
    ]);
    expect(info).toMatchObject({
      level: 'INFO',
      message: 'order placed',
      logger: 'root',
      requestId: REQUEST_ID,
      order: 7,
    });
    expect(info.timestamp).toMatch(SECONDS);
    // Python's spacing, as json.dumps writes it.
    expect(messages()[0]).toContain('"level": "INFO", "message": "order placed"');
    expect(messages()[1]).toBe('raw text');
    const error = JSON.parse(messages()[2] ?? '') as Record<string, unknown>;
    expect(error).toMatchObject({
      level: 'ERROR',
      message: 'failed',
      logger: 'app',
      errorType: 'ZeroDivisionError',
      errorMessage: 'division by zero',
      location: '/var/task/lambda_function.py:lambda_handler:10',
    });
    expect(error.stackTrace).toEqual([
      '  File "/var/task/lambda_function.py", line 8, in lambda_handler\n    1 / 0\n    ~~^~~\n',
    ]);
  });

  it('writes the error event as the error JSON with a time and level', () => {
    load(
      { 'lambda_function.py': 'def lambda_handler(event, context):\n    raise KeyError("k")\n' },
      'lambda_function.lambda_handler',
      JSON_ENV,
    );
    invoke({});
    const event = JSON.parse(messages()[0] ?? '') as Record<string, unknown>;
    expect(Object.keys(event)).toEqual([
      'timestamp',
      'log_level',
      'errorMessage',
      'errorType',
      'requestId',
      'stackTrace',
    ]);
    expect(event).toMatchObject({
      log_level: 'ERROR',
      errorMessage: "'k'",
      errorType: 'KeyError',
      requestId: REQUEST_ID,
    });
    expect(event.timestamp).toMatch(SECONDS);
  });
});

describe('context', () => {
  it("has Lambda's Python names and types", () => {
    const code = [
      'import json',
      'def lambda_handler(event, context):',
      '    return {',
      '        "aws_request_id": context.aws_request_id,',
      '        "function_name": context.function_name,',
      '        "function_version": context.function_version,',
      '        "invoked_function_arn": context.invoked_function_arn,',
      '        "memory_limit_in_mb": context.memory_limit_in_mb,',
      '        "memory_type": type(context.memory_limit_in_mb).__name__,',
      '        "log_group_name": context.log_group_name,',
      '        "log_stream_name": context.log_stream_name,',
      '        "remaining": context.get_remaining_time_in_millis(),',
      '        "remaining_type": type(context.get_remaining_time_in_millis()).__name__,',
      '        "identity": repr(context.identity),',
      '        "client_context": context.client_context,',
      '    }',
    ].join('\n');
    load({ 'lambda_function.py': code });
    const outcome = invoke({});
    expect(outcome.kind).toBe('ok');
    if (outcome.kind !== 'ok') return;
    const fields = JSON.parse(outcome.payload) as Record<string, unknown>;
    expect(fields).toMatchObject({
      aws_request_id: REQUEST_ID,
      function_name: 'adder',
      function_version: '$LATEST',
      invoked_function_arn: ARN,
      // A string, as the runtime reads it from AWS_LAMBDA_FUNCTION_MEMORY_SIZE.
      memory_limit_in_mb: '256',
      memory_type: 'str',
      log_group_name: '/aws/lambda/adder',
      log_stream_name: ENV.AWS_LAMBDA_LOG_STREAM_NAME,
      remaining_type: 'int',
      identity: 'CognitoIdentity([cognito_identity_id=None,cognito_identity_pool_id=None])',
      client_context: null,
    });
    expect(fields.remaining).toBeGreaterThan(2000);
    // The deadline is set with Date.now(); Python reads time.time(), which Pyodide takes from a
    // finer clock: the two may disagree by a millisecond.
    expect(fields.remaining).toBeLessThanOrEqual(3001);
  });

  it('prints as the runtime prints it', () => {
    load({ 'lambda_function.py': 'def lambda_handler(event, context):\n    print(context)\n' });
    invoke({});
    expect(messages()).toEqual([
      `LambdaContext([aws_request_id=${REQUEST_ID},log_group_name=/aws/lambda/adder,log_stream_name=${ENV.AWS_LAMBDA_LOG_STREAM_NAME},function_name=adder,memory_limit_in_mb=256,function_version=$LATEST,invoked_function_arn=${ARN},client_context=None,identity=CognitoIdentity([cognito_identity_id=None,cognito_identity_pool_id=None]),tenant_id=None])`,
    ]);
  });

  it('sees the function’s environment variables in os.environ', () => {
    load({
      'lambda_function.py':
        'import os\ndef lambda_handler(e, c):\n    return os.environ["AWS_LAMBDA_FUNCTION_NAME"]\n',
    });
    expect(invoke({})).toMatchObject({ payload: '"adder"' });
  });
});

describe('cost', () => {
  it('a warm invoke of a trivial handler takes a fraction of a millisecond', () => {
    load({ 'lambda_function.py': 'def lambda_handler(event, context):\n    return event["n"]\n' });
    const runs = 200;
    const started = performance.now();
    for (let n = 0; n < runs; n += 1) invoke({ n });
    const perInvokeMs = (performance.now() - started) / runs;
    // The figure docs/python-runtime.md records.
    // eslint-disable-next-line no-console
    console.info(`Python warm invoke in Node: ${perInvokeMs.toFixed(3)} ms`);
    expect(invoke({ n: 42 })).toMatchObject({ payload: '42' });
    expect(perInvokeMs).toBeLessThan(20);
  });
});

describe('syntaxErrors', () => {
  it('finds each file’s syntax error without running any code', () => {
    logs = [];
    const found = runtime.syntaxErrors(
      new Map([
        [
          'lambda_function.py',
          'print("ran")\ndef lambda_handler(event, context):\n    return (1 +\n',
        ],
        ['helpers.py', 'def ok():\n    pass\n'],
        ['lib/bad.py', 'def f():\nreturn 1\n'],
        ['README.md', 'not python ('],
      ]),
    );
    expect(found).toEqual([
      {
        file: 'lambda_function.py',
        line: 3,
        column: 12,
        message: "SyntaxError: '(' was never closed",
      },
      {
        file: 'lib/bad.py',
        line: 2,
        column: 1,
        message: 'IndentationError: expected an indented block after function definition on line 1',
      },
    ]);
    expect(logs).toEqual([]);
  });
});

// How each runtime calls the handler and turns what it does into a response or an error.
import { describe, expect, it } from 'vitest';
import { invokeNode22, invokeNode24, serializeResponse } from './invocation';
import { RuntimeHarness } from './testing/runtime-harness';

async function run(code: string, runtime: 'nodejs22.x' | 'nodejs24.x' = 'nodejs22.x') {
  const harness = new RuntimeHarness();
  await harness.start(code, { runtime });
  const outcome = await harness.invoke({ n: 2 }, 'req-1');
  return { outcome, harness };
}

const payloadOf = async (code: string, runtime?: 'nodejs22.x' | 'nodejs24.x') => {
  const { outcome } = await run(code, runtime);
  return outcome.kind === 'ok' ? outcome.payload : outcome;
};

const errorOf = async (code: string, runtime?: 'nodejs22.x' | 'nodejs24.x') => {
  const { outcome } = await run(code, runtime);
  if (outcome.kind !== 'error')
    throw new Error(`expected an error, got ${JSON.stringify(outcome)}`);
  return { ...outcome.error, trace: outcome.error.trace.slice(0, 1), fatal: outcome.fatal };
};

describe(invokeNode22, () => {
  it('answers with an async handler’s value, undefined as null', async () => {
    expect(await payloadOf('exports.handler = async (event) => ({ doubled: event.n * 2 });')).toBe(
      '{"doubled":4}',
    );
    expect(await payloadOf('exports.handler = async () => {};')).toBe('null');
  });

  it('answers null for a sync handler that returns a value without calling back', async () => {
    expect(await payloadOf('exports.handler = (event) => event.n;')).toBe('null');
  });

  it('takes the first completion and ignores later ones', async () => {
    const code = `exports.handler = (event, context, callback) => { callback(null, 'first'); callback(null, 'second'); context.succeed('third'); };`;
    expect(await payloadOf(code)).toBe('"first"');
  });

  it('waits for the event loop to drain before answering a callback, unless told not to', async () => {
    const waiting = await run(
      "exports.handler = (e, c, callback) => { setTimeout(() => console.log('tick'), 40); callback(null, 'done'); };",
    );
    expect(waiting.outcome).toMatchObject({ kind: 'ok', payload: '"done"' });
    expect(waiting.outcome.durationMs).toBeGreaterThanOrEqual(35);
    expect(waiting.harness.lines.slice(1)).toEqual(['INFO req-1 tick']);

    const eager = await run(
      "exports.handler = (e, context, callback) => { context.callbackWaitsForEmptyEventLoop = false; setTimeout(() => {}, 40); callback(null, 'now'); };",
    );
    expect(eager.outcome).toMatchObject({ kind: 'ok', payload: '"now"' });
    expect(eager.outcome.durationMs).toBeLessThan(35);
  });

  it('fails with the error a callback receives, and `string` for a non-Error', async () => {
    expect(
      await errorOf("exports.handler = (e, c, cb) => cb(new TypeError('bad input'));"),
    ).toEqual({
      errorType: 'TypeError',
      errorMessage: 'bad input',
      trace: ['TypeError: bad input'],
      fatal: false,
    });
    expect(await errorOf("exports.handler = (e, c, cb) => cb('oops');")).toEqual({
      errorType: 'string',
      errorMessage: 'oops',
      trace: [],
      fatal: false,
    });
  });

  it('answers context.fail() with the error "handled"', async () => {
    expect(await errorOf('exports.handler = (e, context) => { context.fail(); };')).toEqual({
      errorType: 'string',
      errorMessage: 'handled',
      trace: [],
      fatal: false,
    });
  });

  it('fails an async handler that never settles once the loop drains (Runtime.NodeJsExit)', async () => {
    const { outcome, harness } = await run(
      'exports.handler = async () => { await new Promise(() => {}); };',
    );
    expect(outcome).toMatchObject({
      kind: 'error',
      fatal: false,
      error: {
        errorType: 'Runtime.NodeJsExit',
        errorMessage:
          'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes',
      },
    });
    expect(harness.lines[0]).toMatch(
      /^ERROR req-1 Invoke Error \t\{"errorType":"Runtime\.NodeJsExit"/,
    );
  });

  it('keeps waiting while a timer or a tracked fetch is pending', async () => {
    const harness = new RuntimeHarness();
    harness.scope.fetch = () => new Promise((resolve) => setTimeout(() => resolve('body'), 30));
    await harness.start(
      'exports.handler = async () => ({ got: await fetch("https://example.com") });',
      { internetAccess: true },
    );
    expect(await harness.invoke({})).toMatchObject({ kind: 'ok', payload: '{"got":"body"}' });
  });

  it('answers null for a non-async function whose promise never settles', async () => {
    expect(await payloadOf('exports.handler = () => new Promise(() => {});')).toBe('null');
  });

  it('fails when the result cannot be serialized', async () => {
    const unserializable = {
      errorType: 'Error',
      errorMessage: 'Unable to stringify response body',
      trace: ['Error: Unable to stringify response body'],
      fatal: false,
    };
    expect(
      await errorOf('exports.handler = async () => { const a = {}; a.a = a; return a; };'),
    ).toEqual(unserializable);
    expect(await errorOf('exports.handler = async () => 10n;')).toEqual(unserializable);
  });

  it('reports an Error subclass by its name and logs its own keys under `stack`', async () => {
    const { outcome, harness } = await run(
      `class NotFound extends Error { constructor(m) { super(m); this.name = 'NotFound'; this.code = 'E404'; } }
       exports.handler = async () => { throw new NotFound('gone'); };`,
    );
    expect(outcome).toMatchObject({
      kind: 'error',
      error: { errorType: 'NotFound', errorMessage: 'gone' },
    });
    const [line] = harness.lines;
    expect(line).toMatch(
      /^ERROR req-1 Invoke Error \t\{"errorType":"NotFound","errorMessage":"gone","code":"E404","name":"NotFound","stack":\["NotFound: gone"," {4}at exports\.handler \(\/var\/task\/index\.js:2:/,
    );
  });

  it('reports a thrown string as errorType "string" with an empty trace', async () => {
    expect(await errorOf("exports.handler = async () => { throw 'oops'; };")).toEqual({
      errorType: 'string',
      errorMessage: 'oops',
      trace: [],
      fatal: false,
    });
  });

  it('hands the handler Node 22’s context, memory as a string', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      `exports.handler = async (event, context) => ({
        keys: Object.keys(context), memory: context.memoryLimitInMB, arn: context.invokedFunctionArn,
        id: context.awsRequestId, version: context.functionVersion, group: context.logGroupName,
        stream: context.logStreamName, remaining: context.getRemainingTimeInMillis(),
        waits: context.callbackWaitsForEmptyEventLoop,
      });`,
    );
    const id = harness.invokeNow({}, 'abc-123', Date.now() + 2500);
    const outcome = await harness.result(id);
    const context =
      outcome.kind === 'ok' ? (JSON.parse(outcome.payload) as Record<string, unknown>) : {};
    expect(context.remaining).toBeGreaterThan(2000);
    expect(context.remaining).toBeLessThanOrEqual(2500);
    expect({ ...context, remaining: 'checked' }).toEqual({
      keys: [
        'callbackWaitsForEmptyEventLoop', 'succeed', 'fail', 'done', 'functionVersion', 'functionName',
        'memoryLimitInMB', 'logGroupName', 'logStreamName', 'clientContext', 'identity',
        'invokedFunctionArn', 'awsRequestId', 'tenantId', 'getRemainingTimeInMillis',
      ], // prettier-ignore
      memory: '128',
      arn: 'arn:aws:lambda:us-east-1:123456789012:function:hello',
      id: 'abc-123',
      version: '$LATEST',
      group: '/aws/lambda/hello',
      stream: '2026/11/27/[$LATEST]abc',
      remaining: 'checked',
      waits: true,
    });
  });

  it('gives each request its own callbackWaitsForEmptyEventLoop, an own enumerable accessor', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      `exports.handler = async (event, context) => {
        const before = context.callbackWaitsForEmptyEventLoop;
        context.callbackWaitsForEmptyEventLoop = event.waits;
        const own = Object.getOwnPropertyDescriptor(context, 'callbackWaitsForEmptyEventLoop');
        return { before, after: context.callbackWaitsForEmptyEventLoop, enumerable: own.enumerable,
          accessor: typeof own.get === 'function' && typeof own.set === 'function' };
      };`,
    );
    const first = await harness.invoke({ waits: false }, 'req-1');
    const second = await harness.invoke({ waits: 'yes' }, 'req-2');
    expect(first).toMatchObject({
      payload: '{"before":true,"after":false,"enumerable":true,"accessor":true}',
    });
    expect(second).toMatchObject({
      payload: '{"before":true,"after":"yes","enumerable":true,"accessor":true}',
    });
  });
});

describe(invokeNode24, () => {
  it('answers with whatever the handler returns, sync or async', async () => {
    expect(await payloadOf('exports.handler = (event) => event.n + 1;', 'nodejs24.x')).toBe('3');
    expect(await payloadOf('exports.handler = async () => "hi";', 'nodejs24.x')).toBe('"hi"');
  });

  it('calls the handler with the event and context only', async () => {
    const code = 'exports.handler = function (event, context) { return arguments.length; };';
    expect(await payloadOf(code, 'nodejs24.x')).toBe('2');
  });

  it('fails a handler that never settles with Runtime.NodeJsExit', async () => {
    const error = await errorOf('exports.handler = () => new Promise(() => {});', 'nodejs24.x');
    expect(error.errorType).toBe('Runtime.NodeJsExit');
  });

  it('reports an unserializable result as Runtime.JSONStringifyError', async () => {
    expect(await errorOf('exports.handler = async () => 1n;', 'nodejs24.x')).toEqual({
      errorType: 'Runtime.JSONStringifyError',
      errorMessage: 'Unable to stringify response body',
      trace: ['Runtime.JSONStringifyError: Unable to stringify response body'],
      fatal: false,
    });
  });

  it('hands the handler Node 24’s context, without the callback members', async () => {
    const code = 'exports.handler = async (event, context) => Object.keys(context);';
    expect(JSON.parse(String(await payloadOf(code, 'nodejs24.x')))).toEqual([
      'clientContext', 'identity', 'invokedFunctionArn', 'awsRequestId', 'tenantId', 'xRayTraceId',
      'getRemainingTimeInMillis', 'functionName', 'functionVersion', 'memoryLimitInMB',
      'logGroupName', 'logStreamName',
    ]); // prettier-ignore
  });
});

describe(serializeResponse, () => {
  it('sends undefined and values without JSON text as null', () => {
    expect(serializeResponse(undefined, 'nodejs22.x')).toBe('null');
    expect(serializeResponse(() => 1, 'nodejs24.x')).toBe('null');
    expect(serializeResponse({ a: [1, 'x'] }, 'nodejs22.x')).toBe('{"a":[1,"x"]}');
  });
});

// The runtime as the page sees it: INIT outcomes and logs, and how the "process" ends.
import { describe, expect, it } from 'vitest';
import { createLambdaRuntime } from './lambda-runtime';
import { cjsBundle, testConfig } from '../testing/bundles';
import { RuntimeHarness } from './testing/runtime-harness';

const withoutTrace = <T extends { trace: string[] }>(error: T) => ({ ...error, trace: [] });

describe(createLambdaRuntime, () => {
  it('reports a successful INIT with its duration, logging init lines with request id undefined', async () => {
    const harness = new RuntimeHarness();
    const outcome = await harness.load(
      testConfig(),
      cjsBundle("console.log('cold', { a: 1 }); exports.handler = async () => 1;"),
    );
    expect(outcome.ok).toBe(true);
    expect(outcome.initDurationMs).toBeGreaterThanOrEqual(0);
    expect(harness.lines).toEqual(['INFO undefined cold { a: 1 }']);
  });

  it('fails INIT with ImportModuleError when the entry file does not exist', async () => {
    const harness = new RuntimeHarness();
    const outcome = await harness.load(testConfig(), cjsBundle('', { entryFile: null }));
    if (outcome.ok) throw new Error('expected an INIT failure');
    expect(outcome.error.errorType).toBe('Runtime.ImportModuleError');
    expect(outcome.error.errorMessage).toBe(
      "Error: Cannot find module 'index'\nRequire stack:\n- /var/runtime/index.mjs",
    );
    expect(outcome.error.trace.slice(0, 3)).toEqual([
      "Runtime.ImportModuleError: Error: Cannot find module 'index'",
      'Require stack:',
      '- /var/runtime/index.mjs',
    ]);
    const [line] = harness.lines;
    expect(line).toMatch(
      /^ERROR undefined Uncaught Exception \t\{"errorType":"Runtime\.ImportModuleError","errorMessage":"Error: Cannot find module 'index'\\nRequire stack:\\n- \/var\/runtime\/index\.mjs","stack":\["Runtime\.ImportModuleError: /,
    );
  });

  it('fails INIT with ImportModuleError for a package the runtime cannot provide', async () => {
    const harness = new RuntimeHarness();
    const outcome = await harness.load(
      testConfig(),
      cjsBundle("const _ = __playgroundRequire('lodash'); exports.handler = async () => 1;"),
    );
    expect(outcome.ok ? null : withoutTrace(outcome.error)).toEqual({
      errorType: 'Runtime.ImportModuleError',
      errorMessage:
        "Error: Cannot find module 'lodash'\nRequire stack:\n- /var/task/index.js\n- /var/runtime/index.mjs",
      trace: [],
    });
  });

  it('wraps any SyntaxError thrown while loading as UserCodeSyntaxError', async () => {
    const harness = new RuntimeHarness();
    const outcome = await harness.load(testConfig(), cjsBundle("JSON.parse('{');"));
    expect(outcome.ok ? null : outcome.error.errorType).toBe('Runtime.UserCodeSyntaxError');
    expect(outcome.ok ? null : outcome.error.errorMessage).toMatch(/^SyntaxError: /);
  });

  it('reports other INIT errors by their own name; Node 24 logs them as Init Error', async () => {
    const harness = new RuntimeHarness();
    const outcome = await harness.load(
      testConfig({ runtime: 'nodejs24.x' }),
      cjsBundle("throw new RangeError('bad config');"),
    );
    expect(outcome.ok ? null : withoutTrace(outcome.error)).toEqual({
      errorType: 'RangeError',
      errorMessage: 'bad config',
      trace: [],
    });
    expect(harness.lines[0]).toMatch(/^ERROR undefined Init Error \t\{"errorType":"RangeError"/);
  });

  it('fails INIT on Node 24 for a handler declaring a callback', async () => {
    const harness = new RuntimeHarness();
    const outcome = await harness.load(
      testConfig({ runtime: 'nodejs24.x' }),
      cjsBundle('exports.handler = (event, context, callback) => callback(null, 1);'),
    );
    expect(outcome.ok ? null : withoutTrace(outcome.error)).toEqual({
      errorType: 'Runtime.CallbackHandlerDeprecated',
      errorMessage:
        'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.',
      trace: [],
    });
  });

  it('warns at INIT on Node 22 about a callback handler, unless the variable silences it', async () => {
    const code = 'exports.handler = (event, context, callback) => callback(null, 1);';
    const warned = new RuntimeHarness();
    await warned.start(code);
    expect(warned.lines).toEqual([
      'WARN undefined AWS Lambda plans to remove support for callback-based function handlers starting with Node.js 24. You will need to update this function to use an async handler to use Node.js 24 or later. For more information and to provide feedback on this change, see https://github.com/aws/aws-lambda-nodejs-runtime-interface-client/issues/137. To disable this warning, set the AWS_LAMBDA_NODEJS_DISABLE_CALLBACK_WARNING environment variable.',
    ]);
    const silenced = new RuntimeHarness();
    await silenced.start(code, {
      environment: { AWS_LAMBDA_NODEJS_DISABLE_CALLBACK_WARNING: '1' },
    });
    expect(silenced.lines).toEqual([]);
  });

  it('fails INIT when the module leaves a rejection unhandled', async () => {
    const harness = new RuntimeHarness();
    const pending = harness.load(testConfig(), cjsBundle('exports.handler = async () => 1;'));
    harness.runtime.unhandledRejection(new Error('db down'), Promise.resolve());
    const outcome = await pending;
    expect(outcome.ok ? null : outcome.error.errorType).toBe('Runtime.UnhandledPromiseRejection');
    expect(outcome.ok ? null : outcome.error.errorMessage).toBe('Error: db down');
  });

  it('ends the invoke fatally on an exception thrown in a timer, with the error as response', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      "exports.handler = async () => { setTimeout(() => { throw new TypeError('late'); }, 1); await new Promise(() => setTimeout(() => {}, 50)); };",
    );
    const outcome = await harness.invoke({});
    expect(
      outcome.kind === 'error' ? [outcome.fatal, withoutTrace(outcome.error)] : outcome,
    ).toEqual([true, { errorType: 'TypeError', errorMessage: 'late', trace: [] }]);
    expect(harness.lines[0]).toMatch(
      /^ERROR req-1 Uncaught Exception \t\{"errorType":"TypeError","errorMessage":"late","stack":\["TypeError: late",/,
    );
  });

  it('ends the invoke fatally on an unhandled rejection, logging reason and promise', async () => {
    const harness = new RuntimeHarness();
    await harness.start('exports.handler = () => new Promise(() => {});');
    const id = harness.invokeNow({}, 'req-9');
    harness.runtime.unhandledRejection('plain reason', Promise.resolve());
    const outcome = await harness.result(id);
    expect(outcome).toMatchObject({
      kind: 'error',
      fatal: true,
      error: { errorType: 'Runtime.UnhandledPromiseRejection', errorMessage: 'plain reason' },
    });
    expect(harness.lines[0]).toMatch(
      /^ERROR req-9 Unhandled Promise Rejection \t\{"errorType":"Runtime\.UnhandledPromiseRejection","errorMessage":"plain reason","reason":"plain reason","promise":\{\},"stack":\[/,
    );
  });

  it('reports process.exit as Runtime.ExitError and stops the code that called it', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      "exports.handler = async () => { process.exit(3); console.log('after'); };",
    );
    const outcome = await harness.invoke({}, 'req-x');
    expect(outcome).toMatchObject({
      kind: 'error',
      fatal: true,
      error: {
        errorType: 'Runtime.ExitError',
        errorMessage: 'RequestId: req-x Error: Runtime exited with error: exit status 3',
        trace: [],
      },
    });
    expect(harness.lines).toEqual([]);
  });

  it('lets a crash that happens between requests fail the next request, as a thawed process would', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      "exports.handler = async () => { setTimeout(() => { throw new Error('stray'); }, 5); return 'ok'; };",
    );
    expect(await harness.invoke({}, 'req-1')).toMatchObject({ kind: 'ok', payload: '"ok"' });
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(harness.lines).toEqual([]);
    const next = await harness.invoke({}, 'req-2');
    expect(next).toMatchObject({
      kind: 'error',
      fatal: true,
      error: { errorType: 'Error', errorMessage: 'stray' },
    });
    expect(harness.lines[0]).toMatch(/^ERROR req-2 Uncaught Exception \t/);
  });

  it('freezes what the handler left running: it runs at the next invoke, under that request id', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      "exports.handler = async (event) => { if (event.leave) setTimeout(() => console.log('after return'), 10); return 'ok'; };",
    );
    const first = harness.invokeNow({ leave: true }, 'req-1');
    expect(await harness.result(first)).toMatchObject({ kind: 'ok', payload: '"ok"' });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(harness.lines).toEqual([]);
    const second = harness.invokeNow({}, 'req-2');
    await harness.result(second);
    expect(harness.lines).toEqual(['INFO req-2 after return']);
    // The page hears of it once, before the answer of the invoke it ran in.
    const told = harness.messages.flatMap((m) =>
      m.type === 'after-return' || m.type === 'result' ? [`${m.type} ${m.id}`] : [],
    );
    expect(told).toEqual([`result ${first}`, `after-return ${second}`, `result ${second}`]);
  });

  it('lets a callback handler that does not wait for the event loop leave work for the next invoke', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      `exports.handler = (event, context, callback) => {
        context.callbackWaitsForEmptyEventLoop = event.wait;
        setTimeout(() => console.log('timer of', context.awsRequestId), 10);
        callback(null, 'answered');
      };`,
      { environment: { AWS_LAMBDA_NODEJS_DISABLE_CALLBACK_WARNING: '1' } },
    );
    // Waiting (the default): the response goes only once the loop is empty, timer and all.
    await harness.invoke({ wait: true }, 'req-1');
    expect(harness.lines).toEqual(['INFO req-1 timer of req-1']);
    await harness.invoke({ wait: false }, 'req-2');
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(harness.lines).toEqual(['INFO req-1 timer of req-1']);
    await harness.invoke({ wait: true }, 'req-3');
    expect(harness.lines.slice(1)).toEqual([
      'INFO req-3 timer of req-2',
      'INFO req-3 timer of req-3',
    ]);
  });

  it('logs a request the browser refused under the network policy, tagged with the request', async () => {
    const harness = new RuntimeHarness();
    harness.runtime.refused('http://127.0.0.1/early', 'connect-src');
    await harness.start('exports.handler = async () => null;');
    const id = harness.invokeNow({}, 'r1');
    harness.runtime.refused('http://127.0.0.1:8080/font.woff', 'font-src');
    await harness.result(id);
    expect(harness.lines).toEqual([
      'WARN r1 [playground] The browser blocked a request to http://127.0.0.1:8080/font.woff (font-src): internet access is off for this function.',
    ]);
  });

  it('tags console lines with the request id and level, newlines turned into \\r', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      "exports.handler = async () => { console.log('a\\nb'); console.info('i'); console.warn('w'); console.error('e'); console.debug('d'); console.trace('t'); console.fatal('f'); };",
    );
    await harness.invoke({}, 'r1');
    expect(harness.lines).toEqual([
      'INFO r1 a\rb',
      'INFO r1 i',
      'WARN r1 w',
      'ERROR r1 e',
      'DEBUG r1 d',
      'TRACE r1 t',
      'FATAL r1 f',
    ]);
  });

  it('gives the code a Lambda-like process and global', async () => {
    const harness = new RuntimeHarness();
    await harness.start(
      `exports.handler = async () => ({
        name: process.env.AWS_LAMBDA_FUNCTION_NAME, own: process.env.STAGE, version: process.version,
        platform: process.platform, arch: process.arch, cwd: process.cwd(), same: global === globalThis,
        handler: process.env._HANDLER, tz: process.env.TZ, region: process.env.AWS_REGION,
        env: process.env.AWS_EXECUTION_ENV, memory: process.env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
      });`,
      {
        runtime: 'nodejs24.x',
        architecture: 'arm64',
        memoryMB: 512,
        environment: { STAGE: 'dev' },
      },
    );
    const outcome = await harness.invoke({});
    expect(outcome.kind === 'ok' ? JSON.parse(outcome.payload) : outcome).toEqual({
      name: 'hello',
      own: 'dev',
      version: 'v24.11.0',
      platform: 'linux',
      arch: 'arm64',
      cwd: '/var/task',
      same: true,
      handler: 'index.handler',
      tz: ':UTC',
      region: 'us-east-1',
      env: 'AWS_Lambda_nodejs24.x',
      memory: '512',
    });
  });
});

describe('a probe of an overdue answer', () => {
  const replies = (harness: RuntimeHarness) =>
    harness.messages.flatMap((message) => (message.type === 'probe-reply' ? [message] : []));

  it('answers with the INIT’s or the request’s own time so far, and null once it answered', async () => {
    const harness = new RuntimeHarness({ timerLagMs: 200 });
    const loaded = harness.load(
      testConfig(),
      cjsBundle(
        'await new Promise((r) => setTimeout(r, 60)); export const handler = async () => 1;',
        {
          format: 'esm',
          entryFile: 'index.mjs',
        },
      ),
    );
    await new Promise((resolve) => setTimeout(resolve, 30));
    harness.runtime.receive({ type: 'probe', id: 1 });
    expect((await loaded).ok).toBe(true);
    harness.runtime.receive({ type: 'probe', id: 1 });
    const [during, after] = replies(harness);
    expect(during?.ownMs).toBeGreaterThanOrEqual(25);
    expect(during?.ownMs).toBeLessThan(60);
    expect(after).toEqual({ type: 'probe-reply', id: 1, ownMs: null });

    // The handler awaits 100 ms on this computer's timers, which fire 200 ms late.
    const invoked = new RuntimeHarness({ timerLagMs: 200 });
    await invoked.start('exports.handler = () => new Promise((r) => setTimeout(r, 100));');
    const id = invoked.invokeNow({}, 'r-1');
    await new Promise((resolve) => setTimeout(resolve, 250));
    invoked.runtime.receive({ type: 'probe', id });
    const late = replies(invoked).at(-1);
    // 250 ms in, its own time is the timer's 100: the other 150 are the computer's.
    expect(late?.ownMs).toBeGreaterThanOrEqual(95);
    expect(late?.ownMs).toBeLessThan(140);
  });
});

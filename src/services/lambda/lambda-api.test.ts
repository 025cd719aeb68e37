// The Lambda API through the real @aws-sdk/client-lambda, over a headless platform on a manual
// clock with a fake executor: the SDK's own serializers, parsers and error classes are exercised.
import {
  GetFunctionCommand,
  InvalidParameterValueException,
  InvalidRequestContentException,
  InvokeCommand,
  LambdaClient,
  LambdaServiceException,
  ListFunctionsCommand,
  ResourceNotFoundException,
  TooManyRequestsException,
} from '@aws-sdk/client-lambda';
import { describe, expect, it } from 'vitest';
import type { FunctionConfig } from '../../engine';
import { errorInvoke, okInvoke } from '../../engine/testing/fake-executor';
import { setupPlatform, testBundle, testConfig } from '../../engine/testing/platform-fixture';
import { sdkHarness, TEST_CALLER } from '../testing/sdk-harness';
import { createLambdaApi } from './lambda-api';
import type { LambdaPort } from './lambda-port';

const text = (bytes: Uint8Array | undefined) => new TextDecoder().decode(bytes);
const json = (value: unknown) => new TextEncoder().encode(JSON.stringify(value));
const ORIGIN = { functionName: TEST_CALLER.functionName, requestId: TEST_CALLER.requestId };

function setup(configs: FunctionConfig[] = [testConfig()]) {
  const world = setupPlatform();
  for (const config of configs) world.platform.deploy(config, testBundle());
  const functions = new Map(configs.map((config) => [config.name, config]));
  const readied: string[] = [];
  const port: LambdaPort = {
    functions: () => functions,
    readyToRun: async (name) => {
      readied.push(name);
      return true;
    },
    platform: () => world.platform,
  };
  const harness = sdkHarness(createLambdaApi(port));
  const client = new LambdaClient(harness.config);
  return { ...world, port, client, calls: harness.calls, readied };
}

async function failureOf(promise: Promise<unknown>): Promise<LambdaServiceException> {
  const error = await promise.then(
    () => null,
    (thrown: unknown) => thrown,
  );
  if (!(error instanceof LambdaServiceException))
    throw new Error(`expected an SDK error, got ${String(error)}`);
  return error;
}

describe('Invoke, RequestResponse', () => {
  it("returns the callee's payload bytes, its request id and the executed version", async () => {
    const { client, executor, calls, readied, ofType } = setup();
    executor.script.invoke = () => okInvoke('{"sum":3}');
    const output = await client.send(
      new InvokeCommand({ FunctionName: 'add', Payload: json({ a: 1, b: 2 }) }),
    );
    expect(output.StatusCode).toBe(200);
    expect(output.Payload).toBeInstanceOf(Uint8Array);
    expect(text(output.Payload)).toBe('{"sum":3}');
    expect(output.FunctionError).toBeUndefined();
    expect(output.ExecutedVersion).toBe('$LATEST');
    expect(output.LogResult).toBeUndefined();
    const [start] = ofType('invoke-start');
    expect(output.$metadata.requestId).toBe(start?.requestId);
    expect(executor.invoked[0]?.request.eventJson).toBe('{"a":1,"b":2}');
    expect(readied).toEqual(['add']);
    expect(calls).toEqual([
      {
        service: 'lambda',
        operation: 'Invoke',
        resource: 'add',
        statusCode: 200,
        errorCode: null,
        units: { kind: 'free' },
      },
    ]);
  });

  it('cold-starts the callee and records the caller as its origin', async () => {
    const { client, ofType } = setup();
    await client.send(new InvokeCommand({ FunctionName: 'add' }));
    await client.send(new InvokeCommand({ FunctionName: 'add' }));
    const starts = ofType('invoke-start');
    expect(starts.map((start) => start.cold)).toEqual([true, false]);
    expect(starts[0]?.origin).toEqual(ORIGIN);
    expect(starts[0]?.invocationType).toBe('RequestResponse');
    // No payload is an empty object.
    expect(starts[0]?.eventJson).toBe('{}');
  });

  it('reports a failing callee as FunctionError Unhandled with the error JSON as payload', async () => {
    const { client, executor, calls } = setup();
    executor.script.invoke = () => errorInvoke('boom');
    const output = await client.send(new InvokeCommand({ FunctionName: 'add' }));
    expect(output.StatusCode).toBe(200);
    expect(output.FunctionError).toBe('Unhandled');
    expect(JSON.parse(text(output.Payload))).toEqual({
      errorType: 'Error',
      errorMessage: 'boom',
      trace: ['Error: boom'],
    });
    // The call itself succeeded: the function's error is in the payload.
    expect(calls[0]?.errorCode).toBeNull();
  });

  it('answers LogType Tail with the base64 tail of the invocation log, START to REPORT', async () => {
    const { client, executor, ofType } = setup();
    executor.script.invoke = () => ({ ...okInvoke(), logs: [{ level: 'INFO', message: 'hello' }] });
    const output = await client.send(new InvokeCommand({ FunctionName: 'add', LogType: 'Tail' }));
    const requestId = ofType('invoke-start')[0]!.requestId;
    const lines = Buffer.from(output.LogResult!, 'base64').toString('utf8').split('\n');
    expect(lines[0]).toBe(`START RequestId: ${requestId} Version: $LATEST`);
    expect(lines[1]).toMatch(new RegExp(`^\\S+Z\\t${requestId}\\tINFO\\thello$`));
    expect(lines[2]).toBe(`END RequestId: ${requestId}`);
    expect(lines[3]).toMatch(new RegExp(`^REPORT RequestId: ${requestId}\\tDuration: 10.00 ms`));
    expect(lines[3]).toContain('Init Duration: 100.00 ms');
    expect(lines[4]).toBe('');
  });

  it('keeps only the last 4 KB of a long log', async () => {
    const { client, executor } = setup();
    const logs = Array.from({ length: 100 }, (_, i) => ({
      level: 'INFO' as const,
      message: `line ${i} ${'x'.repeat(80)}`,
    }));
    executor.script.invoke = () => ({ ...okInvoke(), logs });
    const output = await client.send(new InvokeCommand({ FunctionName: 'add', LogType: 'Tail' }));
    const tail = Buffer.from(output.LogResult!, 'base64').toString('utf8');
    expect(Buffer.byteLength(tail)).toBe(4096);
    expect(tail).not.toContain('line 0 ');
    expect(tail).toMatch(/REPORT RequestId: [^\n]+\n$/);
  });

  it('throttles a function with reserved concurrency 0: TooManyRequestsException with its Reason', async () => {
    const { client, calls, executor } = setup([testConfig({ reservedConcurrency: 0 })]);
    const error = await failureOf(client.send(new InvokeCommand({ FunctionName: 'add' })));
    expect(error).toBeInstanceOf(TooManyRequestsException);
    expect(error.$metadata.httpStatusCode).toBe(429);
    expect((error as TooManyRequestsException).Reason).toBe(
      'ReservedFunctionConcurrentInvocationLimitExceeded',
    );
    expect(error.message).toBe('Rate Exceeded.');
    expect((error as TooManyRequestsException).Type).toBe('User');
    expect(executor.started).toHaveLength(0);
    expect(calls[0]).toMatchObject({ statusCode: 429, errorCode: 'TooManyRequestsException' });
  });

  it('refuses a payload that is not JSON with InvalidRequestContentException', async () => {
    const { client, executor } = setup();
    const payload = new TextEncoder().encode('hello world');
    const error = await failureOf(
      client.send(new InvokeCommand({ FunctionName: 'add', Payload: payload })),
    );
    expect(error).toBeInstanceOf(InvalidRequestContentException);
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toBe(
      "Could not parse request body into json: Could not parse payload into json: Unrecognized token 'hello': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false')",
    );
    expect(executor.invoked).toHaveLength(0);
  });

  it('refuses a synchronous payload over 6 MB with HTTP 413', async () => {
    const { client } = setup();
    const payload = json('a'.repeat(6_291_456));
    const error = await failureOf(
      client.send(new InvokeCommand({ FunctionName: 'add', Payload: payload })),
    );
    expect(error.name).toBe('RequestEntityTooLargeException');
    expect(error.$metadata.httpStatusCode).toBe(413);
    expect(error.message).toBe(
      'Request must be smaller than 6291456 bytes for the InvokeFunction operation',
    );
  });
});

describe('Invoke, Event and DryRun', () => {
  it('queues an Event invoke: 202 at once, then the async invoke runs with the caller as origin', async () => {
    const { client, settle, ofType } = setup();
    const output = await client.send(
      new InvokeCommand({ FunctionName: 'add', InvocationType: 'Event', Payload: json({ n: 1 }) }),
    );
    expect(output.StatusCode).toBe(202);
    expect(output.Payload?.byteLength ?? 0).toBe(0);
    expect(ofType('invoke-start')).toHaveLength(0);
    await settle();
    const [start] = ofType('invoke-start');
    expect(start).toMatchObject({ invocationType: 'Event', eventJson: '{"n":1}', origin: ORIGIN });
    expect(start?.requestId).toBe(output.$metadata.requestId);
    expect(ofType('async-succeeded')).toHaveLength(1);
  });

  it('refuses an Event payload over 1 MB', async () => {
    const { client } = setup();
    const payload = json('a'.repeat(1_048_576));
    const error = await failureOf(
      client.send(
        new InvokeCommand({ FunctionName: 'add', InvocationType: 'Event', Payload: payload }),
      ),
    );
    expect(error.$metadata.httpStatusCode).toBe(413);
    expect(error.message).toBe(
      '1048578 byte payload is too large for the Event invocation type (limit 1048576 bytes)',
    );
  });

  it('answers a DryRun with 204 and runs nothing', async () => {
    const { client, executor, readied } = setup();
    const output = await client.send(
      new InvokeCommand({ FunctionName: 'add', InvocationType: 'DryRun' }),
    );
    expect(output.StatusCode).toBe(204);
    expect(executor.started).toHaveLength(0);
    expect(readied).toEqual([]);
  });
});

describe('Invoke, function names and qualifiers', () => {
  it('answers an unknown function with ResourceNotFoundException and its ARN', async () => {
    const { client, calls } = setup();
    const error = await failureOf(client.send(new InvokeCommand({ FunctionName: 'nope' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.$metadata.httpStatusCode).toBe(404);
    expect(error.message).toBe(
      'Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope',
    );
    expect(calls[0]).toMatchObject({
      resource: null,
      statusCode: 404,
      errorCode: 'ResourceNotFoundException',
    });
  });

  it.each([
    'add:$LATEST',
    'arn:aws:lambda:us-east-1:123456789012:function:add',
    'arn:aws:lambda:us-east-1:123456789012:function:add:$LATEST',
    '123456789012:function:add',
  ])('invokes %s', async (name) => {
    const { client } = setup();
    const output = await client.send(new InvokeCommand({ FunctionName: name }));
    expect(output.StatusCode).toBe(200);
  });

  it.each([
    ['add:1', undefined, 'arn:aws:lambda:us-east-1:123456789012:function:add:1'],
    ['add', 'prod', 'arn:aws:lambda:us-east-1:123456789012:function:add:prod'],
    ['999999999999:function:add', undefined, 'arn:aws:lambda:us-east-1:999999999999:function:add'],
  ])('has no %s (qualifier %s)', async (name, qualifier, arn) => {
    const { client } = setup();
    const error = await failureOf(
      client.send(new InvokeCommand({ FunctionName: name, Qualifier: qualifier })),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe(`Function not found: ${arn}`);
  });

  it("answers another region's ARN as Lambda does", async () => {
    const { client } = setup();
    const error = await failureOf(
      client.send(
        new InvokeCommand({ FunctionName: 'arn:aws:lambda:eu-west-1:123456789012:function:add' }),
      ),
    );
    expect(error).toBeInstanceOf(ResourceNotFoundException);
    expect(error.message).toBe(
      "Functions from 'eu-west-1' are not reachable in this region ('us-east-1')",
    );
  });

  it('sends the error body as Lambda does, members in order, with the error type header', async () => {
    const { port } = setup();
    const answer = await createLambdaApi(port)(
      {
        method: 'POST',
        hostname: 'lambda.us-east-1.amazonaws.com',
        path: '/2015-03-31/functions/nope/invocations',
        query: new Map(),
        headers: new Map(),
        body: new Uint8Array(0),
      },
      TEST_CALLER,
    );
    expect(answer.response.statusCode).toBe(404);
    expect(answer.response.headers.get('x-amzn-errortype')).toBe('ResourceNotFoundException');
    expect(text(answer.response.body)).toBe(
      '{"Message":"Function not found: arn:aws:lambda:us-east-1:123456789012:function:nope","Type":"User"}',
    );
  });

  it('refuses a qualifier in the name that differs from Qualifier', async () => {
    const { client } = setup();
    const error = await failureOf(
      client.send(new InvokeCommand({ FunctionName: 'add:$LATEST', Qualifier: '1' })),
    );
    expect(error).toBeInstanceOf(InvalidParameterValueException);
    expect(error.message).toBe(
      'The derived qualifier from the function name does not match the specified qualifier.',
    );
  });

  it('refuses a name outside the pattern with ValidationException', async () => {
    const { client } = setup();
    const error = await failureOf(client.send(new InvokeCommand({ FunctionName: 'my function' })));
    expect(error.name).toBe('ValidationException');
    expect(error.$metadata.httpStatusCode).toBe(400);
    expect(error.message).toMatch(
      /^1 validation error detected: Value 'my function' at 'functionName'/,
    );
  });
});

describe('GetFunction and ListFunctions', () => {
  it("describes a function's configuration", async () => {
    const { client } = setup([
      testConfig({ reservedConcurrency: 5, environment: { STAGE: 'dev' } }),
    ]);
    const output = await client.send(new GetFunctionCommand({ FunctionName: 'add' }));
    expect(output.Configuration).toMatchObject({
      FunctionName: 'add',
      FunctionArn: 'arn:aws:lambda:us-east-1:123456789012:function:add',
      Runtime: testConfig().runtime,
      Handler: 'index.handler',
      MemorySize: testConfig().memoryMB,
      Version: '$LATEST',
      Environment: { Variables: { STAGE: 'dev' } },
      State: 'Active',
      LoggingConfig: { LogFormat: 'Text', LogGroup: '/aws/lambda/add' },
    });
    expect(output.Concurrency?.ReservedConcurrentExecutions).toBe(5);
  });

  it('answers GetFunction for an unknown function with ResourceNotFoundException', async () => {
    const { client } = setup();
    const error = await failureOf(client.send(new GetFunctionCommand({ FunctionName: 'nope' })));
    expect(error).toBeInstanceOf(ResourceNotFoundException);
  });

  it('lists the functions alphabetically, a page at a time', async () => {
    const { client } = setup([
      testConfig({ name: 'b' }),
      testConfig({ name: 'a' }),
      testConfig({ name: 'c' }),
    ]);
    const first = await client.send(new ListFunctionsCommand({ MaxItems: 2 }));
    expect(first.Functions?.map((fn) => fn.FunctionName)).toEqual(['a', 'b']);
    const second = await client.send(
      new ListFunctionsCommand({ MaxItems: 2, Marker: first.NextMarker }),
    );
    expect(second.Functions?.map((fn) => fn.FunctionName)).toEqual(['c']);
    expect(second.NextMarker).toBeUndefined();
  });
});

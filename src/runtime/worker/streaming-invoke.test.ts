// Streaming handlers (awslambda.streamifyResponse) under the runtime, as a worker runs them.
import { describe, expect, it } from 'vitest';
import type { FromWorker } from '../protocol';
import { invokeStreaming } from './streaming-invoke';
import { RuntimeHarness } from './testing/runtime-harness';

const chunksOf = (messages: FromWorker[], id: number) =>
  messages.flatMap((m) => (m.type === 'chunk' && m.id === id ? [m.chunk.bytes] : []));
const text = (bytes: Uint8Array[]) => bytes.map((b) => new TextDecoder().decode(b));

async function started(code: string, runtime: 'nodejs22.x' | 'nodejs24.x' = 'nodejs24.x') {
  const harness = new RuntimeHarness();
  await harness.start(code, { runtime });
  return harness;
}

describe(invokeStreaming, () => {
  it('posts each write as it happens, then the whole body as the payload', async () => {
    const harness = await started(`
      exports.handler = awslambda.streamifyResponse(async (event, responseStream, context) => {
        responseStream.setContentType('text/plain');
        responseStream.write('one ');
        await new Promise((r) => setTimeout(r, 30));
        responseStream.write('two ' + context.awsRequestId);
        responseStream.end();
      });`);
    const id = harness.invokeNow({}, 'req-1');
    await new Promise((r) => setTimeout(r, 10));
    expect(text(chunksOf(harness.messages, id))).toEqual(['one ']);
    const outcome = await harness.result(id);
    expect(outcome).toMatchObject({
      kind: 'ok',
      payload: 'one two req-1',
      streamed: { contentType: 'text/plain' },
    });
    expect(outcome.durationMs).toBeGreaterThanOrEqual(25);
    expect(text(chunksOf(harness.messages, id))).toEqual(['one ', 'two req-1']);
  });

  it('writes the HttpResponseStream prelude and 8 null bytes before the first chunk', async () => {
    const harness = await started(`
      exports.handler = awslambda.streamifyResponse(async (event, responseStream) => {
        responseStream = awslambda.HttpResponseStream.from(responseStream, {
          statusCode: 201, headers: { 'x-a': 'b' },
        });
        responseStream.write('body');
        responseStream.end();
      });`);
    const id = harness.invokeNow({}, 'req-1');
    const outcome = await harness.result(id);
    expect(outcome).toMatchObject({
      kind: 'ok',
      payload: '{"statusCode":201,"headers":{"x-a":"b"}}\0\0\0\0\0\0\0\0body',
      streamed: { contentType: 'application/vnd.awslambda.http-integration-response' },
    });
    expect(chunksOf(harness.messages, id).map((b) => b.length)).toEqual([40, 8, 4]);
  });

  it('takes a callback-shaped signature on Node 24 and 22 alike, with no warning', async () => {
    for (const runtime of ['nodejs22.x', 'nodejs24.x'] as const) {
      const harness = await started(
        'exports.handler = awslambda.streamifyResponse(async (e, stream, ctx) => { stream.end(ctx.functionName); });',
        runtime,
      );
      expect(await harness.invoke({})).toMatchObject({ kind: 'ok', payload: 'hello' });
      expect(harness.lines.filter((line) => line.startsWith('WARN'))).toEqual([]);
    }
  });

  it('fails a handler that is not async, and warns about a returned value', async () => {
    const sync = await started(
      'exports.handler = awslambda.streamifyResponse((e, stream) => { stream.end(); });',
    );
    expect(await sync.invoke({})).toMatchObject({
      kind: 'error',
      error: {
        errorType: 'string',
        errorMessage: 'Streaming does not support non-async handlers.',
      },
      fatal: false,
    });
    const returning = await started(
      "exports.handler = awslambda.streamifyResponse(async (e, stream) => { stream.end('x'); return 42; });",
    );
    expect(await returning.invoke({})).toMatchObject({ kind: 'ok', payload: 'x' });
    expect(returning.lines).toContain('WARN req-1 Streaming handlers ignore return values.');
  });

  it('reports a thrown error after logging Invoke Error', async () => {
    const harness = await started(`
      exports.handler = awslambda.streamifyResponse(async (e, stream) => {
        stream.write('partial');
        throw new TypeError('broke');
      });`);
    expect(await harness.invoke({})).toMatchObject({
      kind: 'error',
      error: { errorType: 'TypeError', errorMessage: 'broke' },
      fatal: false,
    });
    expect(harness.lines.some((l) => l.startsWith('ERROR req-1 Invoke Error'))).toBe(true);
  });

  it('keeps running while the stream is open after the handler resolved', async () => {
    const harness = await started(
      "exports.handler = awslambda.streamifyResponse(async (e, stream) => { stream.write('never ended'); });",
    );
    const id = harness.invokeNow({}, 'req-1');
    await expect(harness.result(id, 150)).rejects.toThrow('Timed out waiting for result');
  });

  it('lets pipeline() from a Readable feed the response', async () => {
    const { Readable, pipeline } = await import('readable-stream');
    const harness = await started(
      `exports.handler = awslambda.streamifyResponse(async (e, stream) => {
        await new Promise((resolve, reject) =>
          globalThis.pipe(globalThis.Readable.from(['a', 'b', 'c']), stream, (err) => (err ? reject(err) : resolve())));
      });`,
    );
    Object.assign(harness.scope, { Readable, pipe: pipeline });
    expect(await harness.invoke({})).toMatchObject({ kind: 'ok', payload: 'abc' });
  });

  it('leaves out the global when AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA is set', async () => {
    const harness = new RuntimeHarness();
    await harness.start('exports.handler = async () => typeof awslambda;', {
      environment: { AWS_LAMBDA_NODEJS_NO_GLOBAL_AWSLAMBDA: 'true' },
    });
    expect(await harness.invoke({})).toMatchObject({ payload: '"undefined"' });
  });
});

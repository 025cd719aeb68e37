import { describe, expect, it } from 'vitest';
import type { ApiRequest, ApiResponse } from '../../../engine/types';
import type { FromWorker } from '../../protocol';
import { createSdkChannel } from './sdk-channel';

const REQUEST: ApiRequest = {
  method: 'POST',
  hostname: 'sqs.us-east-1.amazonaws.com',
  path: '/',
  query: new Map(),
  headers: new Map([['x-amz-target', 'AmazonSQS.SendMessage']]),
  body: new Uint8Array(0),
};

/** `null`: during INIT, when no request is being served. */
function setup(requestId: string | null = 'req-1') {
  const posted: FromWorker[] = [];
  const tracked: Promise<unknown>[] = [];
  const channel = createSdkChannel({
    post: (message) => posted.push(message),
    requestId: () => requestId ?? undefined,
    track: (promise) => {
      tracked.push(promise);
      return promise;
    },
  });
  return { channel, posted, tracked };
}

describe(createSdkChannel, () => {
  it('posts each call with its own id and the request being served, and settles it with the answer', async () => {
    const { channel, posted, tracked } = setup();
    const first = channel.send(REQUEST);
    const second = channel.send(REQUEST);
    expect(posted).toEqual([
      { type: 'aws-request', id: 1, requestId: 'req-1', request: REQUEST },
      { type: 'aws-request', id: 2, requestId: 'req-1', request: REQUEST },
    ]);
    // Held by the event loop while frozen, as any pending I/O is.
    expect(tracked).toHaveLength(2);
    const response: ApiResponse = { statusCode: 200, headers: new Map(), body: new Uint8Array(0) };
    channel.receive(2, { ok: true, response });
    channel.receive(1, {
      ok: false,
      code: 'ENOTFOUND',
      syscall: 'getaddrinfo',
      message: 'getaddrinfo ENOTFOUND example.com',
    });
    expect(await second).toBe(response);
    const error = (await first.catch((thrown: unknown) => thrown)) as Error & { code: string };
    expect(error.message).toBe('getaddrinfo ENOTFOUND example.com');
    expect(error.code).toBe('ENOTFOUND');
  });

  it('sends calls made during INIT with no request id', () => {
    const { channel, posted } = setup(null);
    void channel.send(REQUEST);
    expect(posted[0]).toMatchObject({ type: 'aws-request', requestId: null });
  });

  it('rejects an aborted call at once and ignores its late answer', async () => {
    const { channel } = setup();
    const controller = new AbortController();
    const call = channel.send(REQUEST, controller.signal);
    controller.abort();
    const error = (await call.catch((thrown: unknown) => thrown)) as Error;
    expect(error.name).toBe('AbortError');
    expect(() =>
      channel.receive(1, {
        ok: true,
        response: { statusCode: 200, headers: new Map(), body: new Uint8Array(0) },
      }),
    ).not.toThrow();
  });
});

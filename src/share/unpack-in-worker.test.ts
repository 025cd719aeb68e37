import { afterEach, describe, expect, it, vi } from 'vitest';
import type { UnpackWorker } from './unpack-in-worker';
import { unpackInWorker } from './unpack-in-worker';
import type { UnpackReply, UnpackRequest } from './unpack-protocol';

/** A worker that answers as told, and records what it was sent and whether it was ended. */
function scriptedWorker(answer: UnpackReply | 'error' | 'silence') {
  const record = {
    requests: [] as UnpackRequest[],
    transferred: [] as Transferable[][],
    terminated: 0,
  };
  const worker: UnpackWorker = {
    onmessage: null,
    onerror: null,
    postMessage(message, transfer) {
      record.requests.push(message);
      record.transferred.push(transfer);
      if (answer === 'error') worker.onerror?.({ message: 'out of memory' } as ErrorEvent);
      else if (answer !== 'silence')
        worker.onmessage?.({ data: answer } as MessageEvent<UnpackReply>);
    },
    terminate: () => void record.terminated++,
  };
  return { worker, record };
}

afterEach(() => vi.useRealTimers());

describe(unpackInWorker, () => {
  it('resolves with the answer and ends the worker', async () => {
    const reply: UnpackReply = { kind: 'link', result: { ok: false, problem: 'x' } };
    const { worker, record } = scriptedWorker(reply);
    await expect(unpackInWorker({ kind: 'link', text: '1.abc' }, () => worker)).resolves.toEqual({
      ok: true,
      reply,
    });
    expect(record).toMatchObject({ requests: [{ kind: 'link', text: '1.abc' }], terminated: 1 });
    expect(record.transferred).toEqual([[]]);
  });

  it('hands a zip’s bytes over instead of copying them', async () => {
    const bytes = new Uint8Array([1, 2, 3]);
    const { worker, record } = scriptedWorker({ kind: 'sam', result: { ok: false, message: 'm' } });
    await unpackInWorker({ kind: 'sam-zip', bytes }, () => worker);
    expect(record.transferred).toEqual([[bytes.buffer]]);
  });

  it('says why when the worker fails, and ends it', async () => {
    const { worker, record } = scriptedWorker('error');
    await expect(unpackInWorker({ kind: 'link', text: '' }, () => worker)).resolves.toEqual({
      ok: false,
      why: 'the reader stopped (out of memory)',
    });
    expect(record.terminated).toBe(1);
  });

  it('ends a worker that never answers', async () => {
    vi.useFakeTimers();
    const { worker, record } = scriptedWorker('silence');
    const outcome = unpackInWorker({ kind: 'link', text: '' }, () => worker, 1000);
    vi.advanceTimersByTime(1000);
    await expect(outcome).resolves.toEqual({
      ok: false,
      why: 'reading it took too long and was stopped',
    });
    expect(record.terminated).toBe(1);
  });
});

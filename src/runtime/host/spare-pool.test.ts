// The pool keeps booted workers ready and refills itself off the critical path.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createSparePool } from './spare-pool';
import { FakeWorker } from './testing/fake-worker';

function setup(size = 2) {
  const created: FakeWorker[] = [];
  const pool = createSparePool({
    createWorker: () => {
      const worker = new FakeWorker();
      created.push(worker);
      return worker;
    },
    size,
    refillDelayMs: 50,
  });
  return { pool, created };
}

describe(createSparePool, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('spawns its spares at once and counts the ones that said ready', () => {
    const { pool, created } = setup();
    expect(created).toHaveLength(2);
    created[1]?.send({ type: 'ready' });
    expect(pool.count()).toEqual({ spares: 2, ready: 1 });
  });

  it('hands out a ready spare first, detached from the pool', () => {
    const { pool, created } = setup();
    created[1]?.send({ type: 'ready' });
    const taken = pool.take();
    expect(taken).toEqual({ worker: created[1], booted: true });
    expect(taken.worker.onmessage).toBeNull();
    expect(taken.worker.onerror).toBeNull();
    expect(pool.take()).toEqual({ worker: created[0], booted: false });
  });

  it('refills only after the delay', () => {
    const { pool, created } = setup();
    pool.take();
    pool.take();
    expect(created).toHaveLength(2);
    vi.advanceTimersByTime(49);
    expect(created).toHaveLength(2);
    vi.advanceTimersByTime(1);
    expect(created).toHaveLength(4);
    expect(pool.count().spares).toBe(2);
  });

  it('creates a fresh worker when it has no spare', () => {
    const { pool, created } = setup(0);
    expect(created).toHaveLength(0);
    expect(pool.take()).toEqual({ worker: created[0], booted: false });
  });

  it('replaces a spare that fails to start', () => {
    const { pool, created } = setup();
    created[0]?.fail();
    expect(created[0]?.terminated).toBe(true);
    expect(pool.count().spares).toBe(1);
    vi.advanceTimersByTime(50);
    expect(pool.count().spares).toBe(2);
  });

  it('spawns nothing while paused for a spinning worker’s grace period, then refills', () => {
    const { pool, created } = setup();
    pool.take();
    pool.pause(2000);
    pool.take();
    vi.advanceTimersByTime(1999);
    expect(created).toHaveLength(2);
    expect(pool.take().booted).toBe(false);
    expect(created).toHaveLength(3);
    vi.advanceTimersByTime(1);
    expect(created).toHaveLength(3);
    vi.advanceTimersByTime(50);
    expect(created).toHaveLength(5);
  });

  it('terminates its spares when disposed, and spawns no more', () => {
    const { pool, created } = setup();
    pool.take();
    pool.dispose();
    vi.advanceTimersByTime(100);
    expect(created.map((worker) => worker.terminated)).toEqual([false, true]);
    expect(created).toHaveLength(2);
  });
});

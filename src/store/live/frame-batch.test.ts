import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameBatch, LOAD_BATCH_ITEMS, startFrameTicker } from './frame-batch';

describe('createFrameBatch', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('hands over what was pushed in one batch, once, without frames (a hidden tab)', () => {
    const batches: number[][] = [];
    const batch = createFrameBatch<number>((items) => batches.push(items), 50);
    batch.push(1);
    batch.push(2);
    vi.advanceTimersByTime(149);
    expect(batches).toEqual([]);
    vi.advanceTimersByTime(1);
    batch.push(3);
    vi.advanceTimersByTime(150);
    expect(batches).toEqual([[1, 2], [3]]);
  });

  it('hands over on a frame, waiting for frames until the interval since the last has passed', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    const batches: string[][] = [];
    const batch = createFrameBatch<string>((items) => batches.push(items), 50);
    batch.push('a');
    frames.shift()?.(0);
    expect(batches).toEqual([['a']]);
    batch.push('b');
    frames.shift()?.(16);
    expect(batches).toEqual([['a']]);
    expect(frames).toHaveLength(1);
    vi.advanceTimersByTime(50);
    frames.shift()?.(66);
    expect(batches).toEqual([['a'], ['b']]);
    vi.advanceTimersByTime(200);
    expect(batches).toEqual([['a'], ['b']]);
    vi.unstubAllGlobals();
  });

  it('hands every waiting batch over in one frame callback (one React render for all stores)', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    const delivered: string[] = [];
    const first = createFrameBatch<string>((items) => delivered.push(...items), 50);
    const second = createFrameBatch<string>((items) => delivered.push(...items), 50);
    first.push('a');
    second.push('b');
    expect(frames).toHaveLength(1);
    frames.shift()?.(0);
    expect(delivered).toEqual(['a', 'b']);
    expect(frames).toHaveLength(0);
    vi.unstubAllGlobals();
  });

  it('hands over half as often while batches are large, and at the usual pace once one is small', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    const sizes: number[] = [];
    const batch = createFrameBatch<number>((items) => sizes.push(items.length), 50);
    const pushMany = (count: number) => {
      for (let i = 0; i < count; i++) batch.push(i);
    };
    /** Runs frames every 10 ms until the next hand-over; returns when it came (ms after now). */
    const nextHandOver = () => {
      const before = sizes.length;
      for (let waited = 10; waited <= 1000; waited += 10) {
        vi.advanceTimersByTime(10);
        frames.shift()?.(performance.now());
        if (sizes.length > before) return waited;
      }
      throw new Error('no hand-over within a second');
    };

    pushMany(LOAD_BATCH_ITEMS);
    frames.shift()?.(performance.now());
    expect(sizes).toEqual([LOAD_BATCH_ITEMS]);
    pushMany(LOAD_BATCH_ITEMS);
    expect(nextHandOver()).toBe(100);
    pushMany(LOAD_BATCH_ITEMS - 1);
    expect(nextHandOver()).toBe(100);
    pushMany(1);
    expect(nextHandOver()).toBe(50);
    expect(sizes).toEqual([LOAD_BATCH_ITEMS, LOAD_BATCH_ITEMS, LOAD_BATCH_ITEMS - 1, 1]);
    vi.unstubAllGlobals();
  });

  it('forgets what is waiting on clear', () => {
    const batches: number[][] = [];
    const batch = createFrameBatch<number>((items) => batches.push(items));
    batch.push(1);
    batch.clear();
    vi.advanceTimersByTime(100);
    expect(batches).toEqual([]);
  });

  it('hands over at once on flush, and not again when the frame comes', () => {
    const batches: number[][] = [];
    const batch = createFrameBatch<number>((items) => batches.push(items));
    batch.push(1);
    batch.flush();
    expect(batches).toEqual([[1]]);
    vi.advanceTimersByTime(100);
    expect(batches).toEqual([[1]]);
  });
});

/** Frames the page requests, run by the test; a batch that handed 'a' over in the first one. */
function batchAfterFirstFrame() {
  const frames: FrameRequestCallback[] = [];
  vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) => frames.push(callback));
  const order: string[] = [];
  const batch = createFrameBatch<string>((items) => order.push(...items), 50);
  batch.push('a');
  frames.shift()?.(0);
  return { frames, order, batch };
}

describe('startFrameTicker', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('ticks from its timer when there are no frames (Node), until stopped', () => {
    let ticks = 0;
    const stop = startFrameTicker(200, () => (ticks += 1));
    vi.advanceTimersByTime(599);
    expect(ticks).toBe(2);
    stop();
    vi.advanceTimersByTime(1000);
    expect(ticks).toBe(2);
  });

  it('ticks in the frame callback, handing every waiting batch over first', () => {
    const { frames, order, batch } = batchAfterFirstFrame();
    const stop = startFrameTicker(200, () => order.push('tick'));
    vi.advanceTimersByTime(190);
    batch.push('b');
    vi.advanceTimersByTime(10);
    expect(order).toEqual(['a']);
    expect(frames).toHaveLength(1);
    vi.advanceTimersByTime(10);
    frames.shift()?.(210);
    expect(order).toEqual(['a', 'b', 'tick']);
    expect(frames).toHaveLength(0);
    stop();
  });

  it('holds a tick back until the waiting batches are due, and renders both in one callback', () => {
    const { frames, order, batch } = batchAfterFirstFrame();
    const stop = startFrameTicker(20, () => order.push('tick'));
    batch.push('b');
    vi.advanceTimersByTime(20);
    frames.shift()?.(20);
    expect(order).toEqual(['a']);
    vi.advanceTimersByTime(20);
    frames.shift()?.(40);
    expect(order).toEqual(['a']);
    vi.advanceTimersByTime(10);
    frames.shift()?.(50);
    expect(order).toEqual(['a', 'b', 'tick']);
    stop();
  });

  it('runs no tick that was stopped while it waited for its frame', () => {
    const frames: FrameRequestCallback[] = [];
    vi.stubGlobal('requestAnimationFrame', (callback: FrameRequestCallback) =>
      frames.push(callback),
    );
    let ticks = 0;
    const stop = startFrameTicker(200, () => (ticks += 1));
    vi.advanceTimersByTime(200);
    stop();
    frames.shift()?.(200);
    expect(ticks).toBe(0);
  });
});

import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createFrameBatch } from './frame-batch';

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

// One host timer serves every deadline: each item expires on time, removed ones never do.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createDeadlines } from './deadlines';

describe(createDeadlines, () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('expires each item once its time has passed, in order, and not before', () => {
    const expired: string[] = [];
    const deadlines = createDeadlines<string>((item) => expired.push(item));
    deadlines.add('a', 100);
    vi.advanceTimersByTime(30);
    deadlines.add('b', 100);
    deadlines.add('c', 50);
    vi.advanceTimersByTime(49);
    expect(expired).toEqual([]);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['c']);
    vi.advanceTimersByTime(20);
    expect(expired).toEqual(['c', 'a']);
    vi.advanceTimersByTime(29);
    expect(expired).toEqual(['c', 'a']);
    vi.advanceTimersByTime(1);
    expect(expired).toEqual(['c', 'a', 'b']);
  });

  it('never expires a removed item, and keeps one timer however many items wait', () => {
    const expired: number[] = [];
    const deadlines = createDeadlines<number>((item) => expired.push(item));
    for (let item = 0; item < 1000; item += 1) {
      deadlines.add(item, 3000);
      if (item !== 500) deadlines.remove(item);
    }
    expect(vi.getTimerCount()).toBe(1);
    vi.advanceTimersByTime(3000);
    expect(expired).toEqual([500]);
    expect(vi.getTimerCount()).toBe(0);
  });

  it('forgets everything on dispose', () => {
    const onExpire = vi.fn();
    const deadlines = createDeadlines<string>(onExpire);
    deadlines.add('a', 10);
    deadlines.dispose();
    vi.advanceTimersByTime(100);
    expect(onExpire).not.toHaveBeenCalled();
    expect(vi.getTimerCount()).toBe(0);
  });
});

import { describe, expect, it } from 'vitest';
import { createTimerQueue } from './timer-queue';

describe('createTimerQueue', () => {
  function drain(queue: ReturnType<typeof createTimerQueue>, now: number): string[] {
    const fired: string[] = [];
    for (let due = queue.takeDue(now); due !== undefined; due = queue.takeDue(now)) {
      due.callback();
      fired.push(String(due.due));
    }
    return fired;
  }

  it('orders by due time, then by insertion for equal times', () => {
    const queue = createTimerQueue();
    const order: string[] = [];
    for (const [due, name] of [
      [30, 'c'],
      [10, 'a1'],
      [20, 'b'],
      [10, 'a2'],
      [10, 'a3'],
    ] as const) {
      queue.add(due, () => order.push(name));
    }
    expect(drain(queue, 100)).toEqual(['10', '10', '10', '20', '30']);
    expect(order).toEqual(['a1', 'a2', 'a3', 'b', 'c']);
  });

  it('hands out only timers that are due', () => {
    const queue = createTimerQueue();
    queue.add(5, () => {});
    queue.add(15, () => {});
    expect(drain(queue, 10)).toEqual(['5']);
    expect(queue.nextDue()).toBe(15);
    expect(queue.size()).toBe(1);
  });

  it('skips cancelled timers and counts only live ones', () => {
    const queue = createTimerQueue();
    const first = queue.add(1, () => {});
    queue.add(2, () => {});
    queue.cancel(first);
    queue.cancel(first);
    expect(queue.size()).toBe(1);
    expect(queue.nextDue()).toBe(2);
  });

  it('stays ordered through many random adds and cancels (compaction included)', () => {
    const queue = createTimerQueue();
    const kept: number[] = [];
    let seed = 7;
    const next = () => (seed = (seed * 48271) % 2147483647);
    for (let i = 0; i < 2000; i++) {
      const due = next() % 1000;
      const handle = queue.add(due, () => {});
      if (next() % 3 === 0) queue.cancel(handle);
      else kept.push(due);
    }
    kept.sort((a, b) => a - b);
    expect(queue.size()).toBe(kept.length);
    expect(drain(queue, 1000).map(Number)).toEqual(kept);
  });
});

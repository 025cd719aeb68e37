// The timer queue both clocks share: a binary min-heap ordered by due time, then insertion order.
import type { TimerHandle } from '../types';

interface Entry {
  due: number;
  seq: number;
  callback: () => void;
  cancelled: boolean;
}

export interface TimerQueue {
  add(due: number, callback: () => void): TimerHandle;
  cancel(handle: TimerHandle): void;
  /** Due time of the earliest live timer, or undefined when none is pending. */
  nextDue(): number | undefined;
  /** Removes and returns the earliest live timer if it is due at `now`; otherwise undefined. */
  takeDue(now: number): { due: number; callback: () => void } | undefined;
  size(): number;
  clear(): void;
}

function before(a: Entry, b: Entry): boolean {
  return a.due < b.due || (a.due === b.due && a.seq < b.seq);
}

export function createTimerQueue(): TimerQueue {
  let heap: Entry[] = [];
  const live = new Map<TimerHandle, Entry>();
  let nextSeq = 1;
  let cancelledInHeap = 0;

  function siftUp(index: number): void {
    const entry = heap[index] as Entry;
    while (index > 0) {
      const parentIndex = (index - 1) >> 1;
      const parent = heap[parentIndex] as Entry;
      if (!before(entry, parent)) break;
      heap[index] = parent;
      index = parentIndex;
    }
    heap[index] = entry;
  }

  function siftDown(index: number): void {
    const entry = heap[index] as Entry;
    const length = heap.length;
    for (;;) {
      const left = 2 * index + 1;
      if (left >= length) break;
      const right = left + 1;
      let child = left;
      if (right < length && before(heap[right] as Entry, heap[left] as Entry)) child = right;
      if (!before(heap[child] as Entry, entry)) break;
      heap[index] = heap[child] as Entry;
      index = child;
    }
    heap[index] = entry;
  }

  function popTop(): Entry {
    const top = heap[0] as Entry;
    const last = heap.pop() as Entry;
    if (heap.length > 0) {
      heap[0] = last;
      siftDown(0);
    }
    return top;
  }

  /** Drops cancelled entries from the top so heap[0], if any, is live. */
  function skipCancelled(): Entry | undefined {
    while (heap.length > 0 && (heap[0] as Entry).cancelled) {
      popTop();
      cancelledInHeap--;
    }
    return heap[0];
  }

  // Cancelled entries are removed lazily; rebuild when they outnumber the live ones so a
  // cancel-heavy caller cannot grow the heap without bound.
  function compactIfWasteful(): void {
    if (cancelledInHeap < 64 || cancelledInHeap * 2 < heap.length) return;
    heap = heap.filter((entry) => !entry.cancelled);
    cancelledInHeap = 0;
    for (let i = (heap.length >> 1) - 1; i >= 0; i--) siftDown(i);
  }

  return {
    add(due, callback) {
      const seq = nextSeq++;
      const entry: Entry = { due, seq, callback, cancelled: false };
      heap.push(entry);
      siftUp(heap.length - 1);
      live.set(seq, entry);
      return seq;
    },
    cancel(handle) {
      const entry = live.get(handle);
      if (entry === undefined) return;
      live.delete(handle);
      entry.cancelled = true;
      cancelledInHeap++;
      compactIfWasteful();
    },
    nextDue() {
      return skipCancelled()?.due;
    },
    takeDue(now) {
      const top = skipCancelled();
      if (top === undefined || top.due > now) return undefined;
      popTop();
      live.delete(top.seq);
      return { due: top.due, callback: top.callback };
    },
    size() {
      return live.size;
    },
    clear() {
      heap = [];
      live.clear();
      cancelledInHeap = 0;
    },
  };
}

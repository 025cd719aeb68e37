// A function's idle instances as an intrusive linked list: O(1) push, LIFO take, and removal anywhere.
import type { IdleList, Instance } from '../model';

export function createIdleList(): IdleList {
  return { head: null, size: 0 };
}

export function pushIdle(list: IdleList, instance: Instance): void {
  instance.newer = null;
  instance.older = list.head;
  if (list.head !== null) list.head.newer = instance;
  list.head = instance;
  list.size++;
}

/**
 * Takes the most recently used idle instance. Reusing the freshest one lets the others age
 * out, so a burst's extra instances are reaped once traffic drops, as AWS tends to do.
 */
export function takeIdle(list: IdleList): Instance | null {
  const instance = list.head;
  if (instance !== null) removeIdle(list, instance);
  return instance;
}

export function removeIdle(list: IdleList, instance: Instance): void {
  if (instance.newer !== null) instance.newer.older = instance.older;
  else list.head = instance.older;
  if (instance.older !== null) instance.older.newer = instance.newer;
  instance.newer = null;
  instance.older = null;
  list.size--;
}

/** Calls `visit` for each idle instance, oldest last; `visit` may remove the one it is given. */
export function forEachIdle(list: IdleList, visit: (instance: Instance) => void): void {
  let instance = list.head;
  while (instance !== null) {
    const next = instance.older;
    visit(instance);
    instance = next;
  }
}

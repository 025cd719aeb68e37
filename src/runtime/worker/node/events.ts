// A small EventEmitter with Node's semantics for the parts handlers use: listeners run in order,
// `once` removes itself, and an 'error' nobody listens to is thrown.
import { inspect } from './inspect';

type Listener = (...args: unknown[]) => void;
interface Entry {
  listener: Listener;
  once: boolean;
}

export class EventEmitter {
  static defaultMaxListeners = 10;
  #events = new Map<string | symbol, Entry[]>();
  #maxListeners = EventEmitter.defaultMaxListeners;

  #add(name: string | symbol, listener: Listener, once: boolean, prepend: boolean): this {
    if (typeof listener !== 'function') {
      throw new TypeError(
        `The "listener" argument must be of type function. Received ${inspect(listener)}`,
      );
    }
    this.emit('newListener', name, listener);
    const entries = this.#events.get(name) ?? [];
    if (prepend) entries.unshift({ listener, once });
    else entries.push({ listener, once });
    this.#events.set(name, entries);
    return this;
  }

  on(name: string | symbol, listener: Listener): this {
    return this.#add(name, listener, false, false);
  }
  addListener(name: string | symbol, listener: Listener): this {
    return this.on(name, listener);
  }
  prependListener(name: string | symbol, listener: Listener): this {
    return this.#add(name, listener, false, true);
  }
  once(name: string | symbol, listener: Listener): this {
    return this.#add(name, listener, true, false);
  }
  prependOnceListener(name: string | symbol, listener: Listener): this {
    return this.#add(name, listener, true, true);
  }

  off(name: string | symbol, listener: Listener): this {
    const entries = this.#events.get(name);
    const index = entries?.findLastIndex((entry) => entry.listener === listener) ?? -1;
    if (entries && index !== -1) {
      entries.splice(index, 1);
      if (entries.length === 0) this.#events.delete(name);
      this.emit('removeListener', name, listener);
    }
    return this;
  }
  removeListener(name: string | symbol, listener: Listener): this {
    return this.off(name, listener);
  }
  removeAllListeners(name?: string | symbol): this {
    if (name === undefined) this.#events.clear();
    else this.#events.delete(name);
    return this;
  }

  emit(name: string | symbol, ...args: unknown[]): boolean {
    const entries = this.#events.get(name);
    if (!entries || entries.length === 0) {
      if (name !== 'error') return false;
      const [error] = args;
      if (error instanceof Error) throw error;
      throw new Error(`Unhandled error. (${inspect(error)})`);
    }
    for (const entry of [...entries]) {
      if (entry.once) this.off(name, entry.listener);
      entry.listener.apply(this, args);
    }
    return true;
  }

  listeners(name: string | symbol): Listener[] {
    return (this.#events.get(name) ?? []).map((entry) => entry.listener);
  }
  listenerCount(name: string | symbol): number {
    return this.#events.get(name)?.length ?? 0;
  }
  eventNames(): Array<string | symbol> {
    return [...this.#events.keys()];
  }
  setMaxListeners(count: number): this {
    this.#maxListeners = count;
    return this;
  }
  getMaxListeners(): number {
    return this.#maxListeners;
  }
}

/** `events.once(emitter, name)`: resolves with the arguments of the next emit, rejects on 'error'. */
export function once(emitter: EventEmitter, name: string | symbol): Promise<unknown[]> {
  return new Promise((resolve, reject) => {
    const onError = (error: unknown) => {
      emitter.off(name, onEvent);
      reject(error);
    };
    const onEvent = (...args: unknown[]) => {
      emitter.off('error', onError);
      resolve(args);
    };
    emitter.once(name, onEvent);
    if (name !== 'error') emitter.once('error', onError);
  });
}

/** `require('events')` is the class itself, carrying its helpers as properties, as in Node. */
export const eventsModule = Object.assign(EventEmitter, { EventEmitter, once });

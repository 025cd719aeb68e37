// The one EventEmitter of an instance: the handler's `require('events')`, `process`, and the
// streams library (readable-stream, Node's own streams code) all share it. Node's semantics for
// the parts handlers use: listeners run in order, `once` removes itself, and an 'error' nobody
// listens to is thrown. It is a plain constructor function, as Node's is, because Node's streams
// code inherits the ES5 way (`EventEmitter.call(this, options)`), which a class cannot allow.
import { inspect } from './inspect';

type Listener = (...args: unknown[]) => void;
/** A `once` listener is stored wrapped; `listener` is what the caller passed. */
type Stored = Listener & { listener?: Listener };
type EventName = string | symbol;

export interface EventEmitter {
  /** Node's own layout, which some libraries read: one function, or an array of them, per event. */
  _events: Record<EventName, Stored | Stored[]>;
  _eventsCount: number;
  _maxListeners: number | undefined;
  on(name: EventName, listener: Listener): this;
  addListener(name: EventName, listener: Listener): this;
  prependListener(name: EventName, listener: Listener): this;
  once(name: EventName, listener: Listener): this;
  prependOnceListener(name: EventName, listener: Listener): this;
  off(name: EventName, listener: Listener): this;
  removeListener(name: EventName, listener: Listener): this;
  removeAllListeners(name?: EventName): this;
  emit(name: EventName, ...args: unknown[]): boolean;
  listeners(name: EventName): Listener[];
  rawListeners(name: EventName): Listener[];
  listenerCount(name: EventName): number;
  eventNames(): EventName[];
  setMaxListeners(count: number): this;
  getMaxListeners(): number;
}

export interface EventEmitterConstructor {
  new (): EventEmitter;
  /** Called on a subclass's `this`, as Node's streams do. */
  (this: EventEmitter, options?: unknown): void;
  prototype: EventEmitter;
  defaultMaxListeners: number;
  readonly errorMonitor: symbol;
  readonly captureRejectionSymbol: symbol;
  EventEmitter: EventEmitterConstructor;
}

const ERROR_MONITOR = Symbol('events.errorMonitor');

function init(emitter: EventEmitter): void {
  if (Object.prototype.hasOwnProperty.call(emitter, '_events')) return;
  emitter._events = Object.create(null) as EventEmitter['_events'];
  emitter._eventsCount = 0;
  emitter._maxListeners = undefined;
}

function stored(emitter: EventEmitter, name: EventName): Stored[] {
  init(emitter);
  const entry = emitter._events[name];
  if (entry === undefined) return [];
  return typeof entry === 'function' ? [entry] : entry;
}

function store(emitter: EventEmitter, name: EventName, list: Stored[]): void {
  const had = emitter._events[name] !== undefined;
  if (list.length === 0) {
    delete emitter._events[name];
    if (had) emitter._eventsCount -= 1;
    return;
  }
  emitter._events[name] = list.length === 1 ? (list[0] as Stored) : list;
  if (!had) emitter._eventsCount += 1;
}

function checkListener(listener: unknown): asserts listener is Listener {
  if (typeof listener !== 'function') {
    throw Object.assign(
      new TypeError(
        `The "listener" argument must be of type function. Received ${inspect(listener)}`,
      ),
      { code: 'ERR_INVALID_ARG_TYPE' },
    );
  }
}

function add(
  emitter: EventEmitter,
  name: EventName,
  listener: Listener,
  once: boolean,
  prepend: boolean,
): EventEmitter {
  checkListener(listener);
  init(emitter);
  if (emitter._events.newListener !== undefined) emitter.emit('newListener', name, listener);
  let entry: Stored = listener;
  if (once) {
    let fired = false;
    const wrapper: Stored = function (this: unknown, ...args: unknown[]) {
      if (fired) return;
      fired = true;
      emitter.removeListener(name, wrapper);
      listener.apply(this, args);
    };
    wrapper.listener = listener;
    entry = wrapper;
  }
  const list = stored(emitter, name);
  store(emitter, name, prepend ? [entry, ...list] : [...list, entry]);
  return emitter;
}

export const EventEmitter = function EventEmitter(this: EventEmitter) {
  init(this);
} as unknown as EventEmitterConstructor;

Object.defineProperties(EventEmitter, {
  errorMonitor: { value: ERROR_MONITOR, enumerable: true },
  captureRejectionSymbol: { value: Symbol.for('nodejs.rejection'), enumerable: true },
});
EventEmitter.defaultMaxListeners = 10;
EventEmitter.EventEmitter = EventEmitter;

type MethodName = Exclude<keyof EventEmitter, '_events' | '_eventsCount' | '_maxListeners'>;
type Methods = {
  [K in MethodName]: (
    this: EventEmitter,
    ...args: Parameters<EventEmitter[K]>
  ) => ReturnType<EventEmitter[K]>;
};

const methods: Methods = {
  on(name, listener) {
    return add(this, name, listener, false, false);
  },
  addListener(name, listener) {
    return this.on(name, listener);
  },
  prependListener(name, listener) {
    return add(this, name, listener, false, true);
  },
  once(name, listener) {
    return add(this, name, listener, true, false);
  },
  prependOnceListener(name, listener) {
    return add(this, name, listener, true, true);
  },
  removeListener(name, listener) {
    checkListener(listener);
    const list = stored(this, name);
    const index = list.findLastIndex((entry) => entry === listener || entry.listener === listener);
    if (index === -1) return this;
    store(
      this,
      name,
      list.filter((_, at) => at !== index),
    );
    if (this._events.removeListener !== undefined) this.emit('removeListener', name, listener);
    return this;
  },
  off(name, listener) {
    return this.removeListener(name, listener);
  },
  removeAllListeners(name) {
    init(this);
    const names = name === undefined ? Reflect.ownKeys(this._events) : [name];
    // 'removeListener' listeners hear about every other removal, so they go last.
    const ordered = [
      ...names.filter((each) => each !== 'removeListener'),
      ...names.filter((each) => each === 'removeListener'),
    ];
    for (const each of ordered) {
      for (const entry of stored(this, each).reverse()) {
        this.removeListener(each, entry.listener ?? entry);
      }
    }
    return this;
  },
  emit(name, ...args) {
    if (name === 'error') {
      for (const monitor of stored(this, ERROR_MONITOR)) monitor.apply(this, args);
    }
    const list = stored(this, name);
    if (list.length === 0) {
      if (name !== 'error') return false;
      const [error] = args;
      if (error instanceof Error) throw error;
      throw Object.assign(new Error(`Unhandled error. (${inspect(error)})`), {
        code: 'ERR_UNHANDLED_ERROR',
        context: error,
      });
    }
    for (const entry of [...list]) entry.apply(this, args);
    return true;
  },
  listeners(name) {
    return stored(this, name).map((entry) => entry.listener ?? entry);
  },
  rawListeners(name) {
    return [...stored(this, name)];
  },
  listenerCount(name) {
    return stored(this, name).length;
  },
  eventNames() {
    init(this);
    return Reflect.ownKeys(this._events);
  },
  setMaxListeners(count) {
    init(this);
    this._maxListeners = count;
    return this;
  },
  getMaxListeners() {
    init(this);
    return this._maxListeners ?? EventEmitter.defaultMaxListeners;
  },
};
for (const [key, value] of Object.entries(methods)) {
  Object.defineProperty(EventEmitter.prototype, key, {
    value,
    writable: true,
    configurable: true,
  });
}

/** `events.once(emitter, name)`: resolves with the arguments of the next emit, rejects on 'error'. */
export function once(emitter: EventEmitter, name: EventName): Promise<unknown[]> {
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

/** `events.addAbortListener` (Node 20.5+), which Node's streams code uses when present. */
export function addAbortListener(signal: AbortSignal, listener: () => void): object {
  if (signal.aborted) queueMicrotask(listener);
  else signal.addEventListener('abort', listener, { once: true });
  const dispose = () => signal.removeEventListener('abort', listener);
  const key = (Symbol as { dispose?: symbol }).dispose;
  return key === undefined ? {} : { [key]: dispose };
}

export const errorMonitor = ERROR_MONITOR;

export function getEventListeners(emitter: EventEmitter, name: EventName): Listener[] {
  return emitter.listeners(name);
}

export function listenerCount(emitter: EventEmitter, name: EventName): number {
  return emitter.listenerCount(name);
}

/** `require('events')` is the class itself, carrying its helpers as properties, as in Node. */
export const eventsModule = Object.assign(EventEmitter, {
  once,
  addAbortListener,
  getEventListeners,
  listenerCount,
});

// The EventEmitter handlers import from 'events'.
import { describe, expect, it } from 'vitest';
import { EventEmitter, once } from './events';

describe(EventEmitter, () => {
  it('calls listeners in order, once-listeners a single time', () => {
    const emitter = new EventEmitter();
    const calls: string[] = [];
    emitter.on('x', (value) => calls.push(`on ${String(value)}`));
    emitter.once('x', (value) => calls.push(`once ${String(value)}`));
    emitter.prependListener('x', () => calls.push('first'));
    expect(emitter.emit('x', 1)).toBe(true);
    emitter.emit('x', 2);
    expect(calls).toEqual(['first', 'on 1', 'once 1', 'first', 'on 2']);
    expect(emitter.emit('nobody')).toBe(false);
  });

  it('removes the most recently added copy of a listener', () => {
    const emitter = new EventEmitter();
    const listener = () => undefined;
    emitter.on('x', listener).on('x', listener).off('x', listener);
    expect(emitter.listenerCount('x')).toBe(1);
  });

  it('throws an error event nobody listens to', () => {
    const emitter = new EventEmitter();
    expect(() => emitter.emit('error', new Error('bad'))).toThrow('bad');
    expect(() => emitter.emit('error', 'text')).toThrow("Unhandled error. ('text')");
  });
});

describe(once, () => {
  it('resolves with the arguments of the next emit, or rejects on error', async () => {
    const emitter = new EventEmitter();
    const next = once(emitter, 'ready');
    emitter.emit('ready', 1, 2);
    expect(await next).toEqual([1, 2]);
    const failing = once(emitter, 'ready');
    emitter.emit('error', new Error('nope'));
    await expect(failing).rejects.toThrow('nope');
  });
});

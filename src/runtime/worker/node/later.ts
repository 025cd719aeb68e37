// Where a Node module's callback API delivers its result: a later task on the instance's event
// loop, as Node's thread pool does. Read from the global scope at each call because the runtime
// installs its tracked setImmediate (which keeps the invocation waiting) per instance.
type Schedule = (callback: () => void) => unknown;

export function later(callback: () => void): void {
  const schedule = (globalThis as unknown as { setImmediate?: Schedule }).setImmediate;
  if (schedule) schedule(callback);
  else setTimeout(callback, 0);
}

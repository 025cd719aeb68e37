// `require('process')` inside the bundled Node libraries (readable-stream's nextTick): the
// instance's own process object, read from the global scope at each use, because the runtime
// creates it per instance (process-shim.ts), after these modules have been evaluated.
const current = (): object =>
  (globalThis as unknown as { process?: object }).process ?? { nextTick: queueMicrotask };

const processForLibraries = new Proxy(
  {},
  {
    get: (_, key) => Reflect.get(current(), key) as unknown,
    has: (_, key) => Reflect.has(current(), key),
  },
);

export default processForLibraries;

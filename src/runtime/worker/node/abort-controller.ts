// What the bundled Node libraries get for the `abort-controller` polyfill: the worker's own.
export const AbortController = globalThis.AbortController;
export const AbortSignal = globalThis.AbortSignal;

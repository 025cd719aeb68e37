// Thrown by `process.exit` to unwind the code that called it, as Node stops running it there; the
// runtime that reported the exit recognises it in its uncaught-error paths and reports nothing more.
export class ProcessExit extends Error {}

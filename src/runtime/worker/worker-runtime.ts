// What a Node.js instance's worker runs: the Lambda runtime for an event function (`load`, then
// `invoke`s), or a web program's process (`start-web`, then `http-request`s), chosen by the first
// of those messages. Both answer the same calls from the worker's scope (worker-entry.ts).
import type { LambdaRuntime, RuntimeHost } from './lambda-runtime';
import { createLambdaRuntime } from './lambda-runtime';
import { createWebProgram } from './web-program';

export function createWorkerRuntime(host: RuntimeHost): LambdaRuntime {
  let chosen: LambdaRuntime | null = null;
  const current = () => chosen;
  return {
    receive(message) {
      chosen ??= message.type === 'start-web' ? createWebProgram(host) : createLambdaRuntime(host);
      chosen.receive(message);
    },
    uncaughtException: (error) => current()?.uncaughtException(error),
    unhandledRejection: (reason, promise) => current()?.unhandledRejection(reason, promise),
    refused: (url, directive) => current()?.refused(url, directive),
  };
}

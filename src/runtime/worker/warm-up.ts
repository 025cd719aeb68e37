// Runs one throwaway INIT and invoke against a scratch object instead of the worker's global
// scope, while the worker waits as a spare. V8 compiles functions on first call; doing it here
// takes that cost off the learner's cold start, which then measures only their own code.
import { defaultFunctionConfig } from '../../engine/functions/default-config';
import { createLambdaRuntime } from './lambda-runtime';
import type { RuntimeHost } from './lambda-runtime';
import type { RuntimeScope } from './runtime-globals';

const CONFIG = defaultFunctionConfig('warm-up');

const BUNDLE = {
  format: 'cjs',
  // Evaluated in the worker's real global scope: it must not touch any global.
  code: 'exports.handler = async (event, context) => ({ ok: true, id: context.awsRequestId, event });',
  hash: 'warm-up',
  entryModule: 'index',
  entryFile: 'index.js',
} as const;

/** Resolves once the scratch runtime has answered its invoke (or failed: warming is best effort). */
export function warmUp(
  host: Omit<RuntimeHost, 'post' | 'scope'>,
  realEval: (source: string) => unknown,
) {
  const scope: RuntimeScope = { eval: realEval, SyntaxError, JSON, console: {} };
  return new Promise<void>((resolve) => {
    const runtime = createLambdaRuntime({
      ...host,
      scope,
      post: (message) => {
        if (message.type === 'loaded' && message.outcome.ok) {
          // The scratch console is Lambda's by now: one line warms util.format and inspect.
          (scope.console as { log: (...args: unknown[]) => void }).log('warm', { a: [1, 'b'] });
          const deadlineMs = Date.now() + 1000;
          runtime.receive({
            type: 'invoke',
            id: 2,
            requestId: 'warm',
            eventJson: '{"a":1}',
            deadlineMs,
          });
        } else if (message.type !== 'log') {
          resolve();
        }
      },
    });
    runtime.receive({
      type: 'load',
      id: 1,
      config: CONFIG,
      bundle: BUNDLE,
      logStreamName: 'warm-up',
      sdkScripts: [],
    });
  });
}

// Lambda's runtime errors and the two shapes an error takes: the invoke response
// (`errorType`, `errorMessage`, `trace`) and the log line (`stack`, plus the error's own keys).
// Follows aws-lambda-nodejs-runtime-interface-client src/Errors.js and src/utils/error.ts.
import type { LambdaError } from '../../engine/types';
import { isNativeError } from './node/value-types';

function defineRuntimeError(name: string): new (message?: string) => Error {
  const RuntimeError = class extends Error {};
  // On the prototype, so the stack's first line reads `Runtime.X: message` as on AWS.
  Object.defineProperty(RuntimeError.prototype, 'name', { value: name, writable: true });
  return RuntimeError;
}

export const ImportModuleError = defineRuntimeError('Runtime.ImportModuleError');
export const HandlerNotFound = defineRuntimeError('Runtime.HandlerNotFound');
export const MalformedHandlerName = defineRuntimeError('Runtime.MalformedHandlerName');
export const UserCodeSyntaxError = defineRuntimeError('Runtime.UserCodeSyntaxError');
export const CallbackHandlerDeprecated = defineRuntimeError('Runtime.CallbackHandlerDeprecated');
export const JSONStringifyError = defineRuntimeError('Runtime.JSONStringifyError');
export const MalformedStreamingHandler = defineRuntimeError('Runtime.MalformedStreamingHandler');
export const InvalidStreamingOperation = defineRuntimeError('Runtime.InvalidStreamingOperation');
const UnhandledPromiseRejectionError = defineRuntimeError('Runtime.UnhandledPromiseRejection');
const NodeJsExitError = defineRuntimeError('Runtime.NodeJsExit');

export function nodeJsExit(): Error {
  return new NodeJsExitError(
    'The Lambda runtime client detected an unexpected Node.js exit code. This is most commonly caused by a Promise that was never settled. For more information, see https://nodejs.org/docs/latest/api/process.html#exit-codes',
  );
}

/** The runtime's wrapper for a rejection nobody handled; the reason and promise stay attached. */
export function unhandledPromiseRejection(reason: unknown, promise: unknown): Error {
  let message: string | undefined;
  try {
    message = reason === undefined ? undefined : String(reason);
  } catch {
    message = undefined;
  }
  return Object.assign(new UnhandledPromiseRejectionError(message), { reason, promise });
}

interface ErrorLike {
  name: string;
  message: string;
  stack: string;
}

function looksLikeError(value: unknown): value is ErrorLike {
  const candidate = value as Partial<ErrorLike> | null;
  return (
    typeof candidate?.name === 'string' &&
    typeof candidate.message === 'string' &&
    typeof candidate.stack === 'string' &&
    candidate.name !== '' &&
    candidate.message !== ''
  );
}

// ASCII DEL cannot travel in the runtime API's headers; the RIC percent-encodes it.
const encodeDel = (text: string) => text.replaceAll('\x7F', '%7F');

/** The invoke response for a thrown value: an Error's name/message/stack, or `typeof` for others. */
export function toLambdaError(error: unknown): LambdaError {
  try {
    if (isNativeError(error) || looksLikeError(error)) {
      const stack: unknown = error.stack;
      return {
        errorType: encodeDel(String(error.name)),
        errorMessage: encodeDel(String(error.message)),
        trace: typeof stack === 'string' ? encodeDel(stack).split('\n') : [],
      };
    }
    return { errorType: typeof error, errorMessage: String(error), trace: [] };
  } catch {
    return {
      errorType: 'handled',
      errorMessage:
        'callback called with Error argument, but there was a problem while retrieving one or more of its message, name, and stack',
      trace: [],
    };
  }
}

/** Non-errors become errors before they are logged (`throw 'oops'` logs as an Error 'oops'). */
export function intoError(value: unknown): Error {
  return isNativeError(value) ? value : new Error(String(value));
}

function withEnumerableProperties(value: unknown): unknown {
  if (!isNativeError(value)) return value;
  const code: unknown = (value as { code?: unknown }).code;
  const expanded = Object.assign<Record<string, unknown>, object>(
    { errorType: value.name, errorMessage: value.message, code },
    value,
  );
  if (typeof value.stack === 'string') expanded.stack = value.stack.split('\n');
  return expanded;
}

/** The JSON after `Invoke Error` in a log line, led by a tab as the RIC writes it. */
export function toFormatted(error: Error): string {
  try {
    return `\t${JSON.stringify(error, (_key, value: unknown) => withEnumerableProperties(value))}`;
  } catch {
    return `\t${JSON.stringify(toLambdaError(error))}`;
  }
}

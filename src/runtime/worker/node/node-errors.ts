// Node's internal errors: a built-in error class carrying a `code`, which Node's own errors also
// name in the stack's first line (`TypeError [ERR_INVALID_ARG_TYPE]: …`). Errors Node raises from
// its C++ or OpenSSL layer carry the code without naming it there (`codeInStack: false`).
import { inspect } from './inspect';

type ErrorClass = new (message: string) => Error;

export function nodeError<C extends ErrorClass>(
  Class: C,
  code: string,
  message: string,
  codeInStack = true,
): InstanceType<C> & { code: string } {
  const error = Object.assign(new Class(message), { code }) as InstanceType<C> & { code: string };
  if (codeInStack) {
    const name = error.name;
    error.stack = error.stack?.replace(`${name}:`, `${name} [${code}]:`);
  }
  return error;
}

/** How Node's ERR_INVALID_ARG_TYPE describes the value it received. */
export function describeReceived(value: unknown): string {
  if (value === null || value === undefined) return `Received ${String(value)}`;
  if (typeof value === 'function') {
    const name = (value as { name?: string }).name;
    return name ? `Received function ${name}` : 'Received function ';
  }
  if (typeof value === 'object') {
    const name = (value as { constructor?: { name?: string } }).constructor?.name;
    return name ? `Received an instance of ${name}` : `Received ${inspect(value, { depth: -1 })}`;
  }
  let shown = inspect(value);
  if (shown.length > 28) shown = `${shown.slice(0, 25)}...`;
  return `Received type ${typeof value} (${shown})`;
}

export function invalidArgType(name: string, expected: string, value: unknown) {
  return nodeError(
    TypeError,
    'ERR_INVALID_ARG_TYPE',
    `The "${name}" argument must be ${expected}. ${describeReceived(value)}`,
  );
}

/**
 * A Node module or feature this runtime cannot give, failing as Node fails for a feature its build
 * or platform lacks (ERR_FEATURE_UNAVAILABLE_ON_PLATFORM), with the reason.
 */
export function unavailable(feature: string, reason: string) {
  return nodeError(
    TypeError,
    'ERR_FEATURE_UNAVAILABLE_ON_PLATFORM',
    `The feature ${feature} is unavailable on the current platform, which is being used to run Node.js (${reason})`,
  );
}

export function checkString(value: unknown, name: string): asserts value is string {
  if (typeof value !== 'string') throw invalidArgType(name, 'of type string', value);
}

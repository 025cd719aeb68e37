// A console call as the Node.js runtime writes it in the JSON log format (RIC
// src/logging/formatter.ts, formatJsonMessage; docs/aws-lambda.md#json-log-format-and-log-levels):
// `{"timestamp","level","requestId","message"}`. One argument is kept as a value (an object stays
// structured, an Error becomes {errorType, errorMessage, stackTrace}); several are util.format'ed
// into one string, and the first Error after the first argument adds errorType, errorMessage and
// stackTrace beside the message.
import type { LogLevel } from '../../engine/types';
import { format } from './node/format';

/** The Error as the runtime's JSON replacer writes it, its own enumerable fields after. */
function errorFields(error: Error): Record<string, unknown> {
  const constructorName = (error.constructor as { name?: unknown } | undefined)?.name;
  return {
    errorType: typeof constructorName === 'string' ? constructorName : 'UnknownError',
    errorMessage: error.message,
    stackTrace: typeof error.stack === 'string' ? error.stack.split('\n') : error.stack,
  };
}

const replaceErrors = (_key: string, value: unknown): unknown =>
  value instanceof Error ? Object.assign(errorFields(value), value) : value;

/**
 * `timestamp` is the ISO time; `requestId` undefined (INIT) leaves the key out, as JSON.stringify
 * does on AWS. A value JSON cannot hold (a cycle, a BigInt) is written util.format'ed instead.
 */
export function formatJsonLine(
  timestamp: string,
  requestId: string | undefined,
  level: LogLevel,
  args: readonly unknown[],
): string {
  const line: Record<string, unknown> = { timestamp, level, requestId };
  if (args.length <= 1) {
    line.message = args[0];
    try {
      return JSON.stringify(line, replaceErrors);
    } catch {
      line.message = format(args[0]);
      return JSON.stringify(line);
    }
  }
  line.message = format(...args);
  const error = args.slice(1).find((arg): arg is Error => arg instanceof Error);
  if (error) {
    const { errorType, errorMessage, stackTrace } = errorFields(error);
    Object.assign(line, {
      errorType,
      errorMessage,
      stackTrace: Array.isArray(stackTrace) ? stackTrace : [],
    });
  }
  return JSON.stringify(line);
}

// A function's logging configuration as Lambda applies it (API_LoggingConfig;
// docs/aws-lambda.md#json-log-format-and-log-levels): Text by default, levels that filter only in
// JSON, INFO unless set, and the log group `/aws/lambda/<name>` unless another is named.
import type { ApplicationLogLevel, FunctionConfig, LoggingConfig, SystemLogLevel } from '../types';

export type LogFormat = NonNullable<LoggingConfig['logFormat']>;

/** Every field filled in: what the function actually runs with. */
export type ResolvedLogging = Required<LoggingConfig>;

export const LOG_FORMATS: readonly LogFormat[] = ['Text', 'JSON'];
/** Most detailed first; Lambda sends a line when its level is at or after the chosen one. */
export const APPLICATION_LOG_LEVELS: readonly ApplicationLogLevel[] = [
  'TRACE',
  'DEBUG',
  'INFO',
  'WARN',
  'ERROR',
  'FATAL',
];
export const SYSTEM_LOG_LEVELS: readonly SystemLogLevel[] = ['DEBUG', 'INFO', 'WARN'];

/** API_LoggingConfig: LogGroup is 1–512 of `[\.\-_/#A-Za-z0-9]`. */
const LOG_GROUP = /^[.\-_/#A-Za-z0-9]{1,512}$/;

export function defaultLogGroup(functionName: string): string {
  return `/aws/lambda/${functionName}`;
}

export function loggingOf(config: FunctionConfig): ResolvedLogging {
  const logging = config.loggingConfig ?? {};
  return {
    logFormat: logging.logFormat ?? 'Text',
    applicationLogLevel: logging.applicationLogLevel ?? 'INFO',
    systemLogLevel: logging.systemLogLevel ?? 'INFO',
    logGroup: logging.logGroup ?? defaultLogGroup(config.name),
  };
}

const rank = (levels: readonly string[], level: string) => levels.indexOf(level);

/** Whether a line of this level reaches the log under this application level (JSON only). */
export function passesApplicationLevel(
  level: ApplicationLogLevel,
  threshold: ApplicationLogLevel,
): boolean {
  return rank(APPLICATION_LOG_LEVELS, level) >= rank(APPLICATION_LOG_LEVELS, threshold);
}

/** Whether a platform record of this level reaches the log under this system level (JSON only). */
export function passesSystemLevel(level: SystemLogLevel, threshold: SystemLogLevel): boolean {
  return rank(SYSTEM_LOG_LEVELS, level) >= rank(SYSTEM_LOG_LEVELS, threshold);
}

/** What is wrong with the logging configuration, as the API would refuse it; null when fine. */
export function loggingProblem(logging: LoggingConfig | undefined): string | null {
  if (logging === undefined) return null;
  if (logging.logFormat !== undefined && !LOG_FORMATS.includes(logging.logFormat)) {
    return 'Log format is Text or JSON.';
  }
  const levelsSet =
    logging.applicationLogLevel !== undefined || logging.systemLogLevel !== undefined;
  // Lambda refuses log levels on a Text function: "To use log-level filtering, your function must
  // be configured to use the JSON log format."
  if (levelsSet && logging.logFormat !== 'JSON') {
    return 'Log levels filter only JSON logs: set the log format to JSON first.';
  }
  if (
    logging.applicationLogLevel !== undefined &&
    !APPLICATION_LOG_LEVELS.includes(logging.applicationLogLevel)
  ) {
    return `Application log level is one of ${APPLICATION_LOG_LEVELS.join(', ')}.`;
  }
  if (logging.systemLogLevel !== undefined && !SYSTEM_LOG_LEVELS.includes(logging.systemLogLevel)) {
    return `System log level is one of ${SYSTEM_LOG_LEVELS.join(', ')}.`;
  }
  if (logging.logGroup !== undefined && !LOG_GROUP.test(logging.logGroup)) {
    return 'A log group name is 1–512 letters, digits and . - _ / #.';
  }
  return null;
}

// Checks function settings the way Lambda's CreateFunction/UpdateFunctionConfiguration API does,
// so the settings form can name what is wrong next to the field.
import { EVENT_AGE_RANGE, RETRY_ATTEMPTS_RANGE } from '../async/async-settings';
import { destinationProblem, targetNameProblem } from '../async/destination-names';
import type { FunctionConfig } from '../types';
import { loggingProblem } from './logging-config';
import { DEFAULT_HANDLER, languageOf } from './runtimes';
import { STORAGE_RANGE } from './ephemeral-storage';
import { QUEUE_NAME } from '../sources/validate-sources';

export type ConfigField = keyof FunctionConfig;

export interface ConfigProblem {
  field: ConfigField;
  message: string;
}

// docs.aws.amazon.com/lambda/latest/api/API_CreateFunction.html: FunctionName 1–64 of
// [a-zA-Z0-9-_]; Handler up to 128 non-space characters; MemorySize 128–10240; Timeout ≥ 1, max 900.
const NAME = /^[A-Za-z0-9_-]{1,64}$/;
const HANDLER = /^[^\s]{1,128}$/;
// API_Environment: keys match [a-zA-Z]([a-zA-Z0-9_])+ and all variables together stay under 4 KB.
const ENV_KEY = /^[A-Za-z][A-Za-z0-9_]+$/;
const ENV_TOTAL_BYTES = 4096;
export const MEMORY_RANGE = { min: 128, max: 10_240 } as const;
export const TIMEOUT_RANGE = { min: 1, max: 900 } as const;
/**
 * The account keeps at least 100 unreserved, out of the default 1,000
 * (docs/aws-lambda.md#concurrency): the most one function can reserve in it, all others unreserved.
 */
export const MAX_RESERVED_CONCURRENCY = 900;

// Keys Lambda sets itself and refuses in a function's configuration
// (docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
export const RESERVED_ENV_KEYS: ReadonlySet<string> = new Set([
  '_HANDLER',
  '_X_AMZN_TRACE_ID',
  'AWS_DEFAULT_REGION',
  'AWS_REGION',
  'AWS_EXECUTION_ENV',
  'AWS_LAMBDA_FUNCTION_NAME',
  'AWS_LAMBDA_FUNCTION_MEMORY_SIZE',
  'AWS_LAMBDA_FUNCTION_VERSION',
  'AWS_LAMBDA_INITIALIZATION_TYPE',
  'AWS_LAMBDA_LOG_GROUP_NAME',
  'AWS_LAMBDA_LOG_STREAM_NAME',
  'AWS_ACCESS_KEY',
  'AWS_ACCESS_KEY_ID',
  'AWS_SECRET_ACCESS_KEY',
  'AWS_SESSION_TOKEN',
  'AWS_LAMBDA_RUNTIME_API',
  'LAMBDA_TASK_ROOT',
  'LAMBDA_RUNTIME_DIR',
  'TZ',
]);

function integerIn(value: number, min: number, max: number): boolean {
  return Number.isInteger(value) && value >= min && value <= max;
}

function environmentProblem(environment: Record<string, string>): string | null {
  for (const key of Object.keys(environment)) {
    if (!ENV_KEY.test(key)) {
      return `"${key}": a key starts with a letter and has only letters, digits and _ (2+ characters).`;
    }
    if (RESERVED_ENV_KEYS.has(key)) return `"${key}" is reserved by Lambda and cannot be set.`;
  }
  const bytes = new TextEncoder().encode(JSON.stringify(environment)).length;
  if (bytes > ENV_TOTAL_BYTES) {
    return `Environment variables total ${bytes} bytes; Lambda allows at most 4 KB.`;
  }
  return null;
}

/** Every problem with the settings, at most one per field; empty when Lambda would accept them. */
export function validateConfig(config: FunctionConfig): ConfigProblem[] {
  const problems: ConfigProblem[] = [];
  const add = (field: ConfigField, message: string) => problems.push({ field, message });
  if (!NAME.test(config.name)) {
    add('name', '1–64 characters: letters, digits, hyphens (-) and underscores (_).');
  }
  if (!HANDLER.test(config.handler) || !config.handler.includes('.')) {
    // Python names a module and a function, Node.js a file and an export: the example follows the runtime.
    const example = DEFAULT_HANDLER[languageOf(config.runtime)];
    const parts =
      languageOf(config.runtime) === 'python' ? '<module>.<function>' : '<file>.<export>';
    add('handler', `Use ${parts}, e.g. ${example} (no spaces, up to 128 characters).`);
  } else if (config.handler.includes('..')) {
    add('handler', 'The handler may not contain "..".');
  }
  if (!integerIn(config.memoryMB, MEMORY_RANGE.min, MEMORY_RANGE.max)) {
    add('memoryMB', 'Memory is a whole number of MB from 128 to 10,240.');
  }
  if (!integerIn(config.timeoutSec, TIMEOUT_RANGE.min, TIMEOUT_RANGE.max)) {
    add('timeoutSec', 'Timeout is a whole number of seconds from 1 to 900 (15 minutes).');
  }
  const storage = config.ephemeralStorageMB;
  if (storage !== undefined && !integerIn(storage, STORAGE_RANGE.min, STORAGE_RANGE.max)) {
    add('ephemeralStorageMB', 'Ephemeral storage is a whole number of MB from 512 to 10,240.');
  }
  const envProblem = environmentProblem(config.environment);
  if (envProblem) add('environment', envProblem);
  const reserved = config.reservedConcurrency;
  // How much one function may reserve depends on what the others reserve: Lambda's own message
  // for that comes from reservationProblem (unreserved-minimum.ts), across all functions.
  if (reserved !== null && !integerIn(reserved, 0, Number.MAX_SAFE_INTEGER)) {
    add('reservedConcurrency', 'Reserved concurrency is a whole number, 0 or more.');
  }
  const provisioned = provisionedProblem(config);
  if (provisioned) add('provisionedConcurrency', provisioned);
  asyncProblems(config, add);
  const logging = loggingProblem(config.loggingConfig);
  if (logging) add('loggingConfig', logging);
  return problems;
}

/**
 * Provisioned concurrency counts toward the function's reserved concurrency, or, unreserved, toward
 * what the account leaves after its 100 unreserved minimum (docs/aws-lambda.md#provisioned-concurrency).
 */
function provisionedProblem(config: FunctionConfig): string | null {
  const provisioned = config.provisionedConcurrency;
  if (provisioned === undefined) return null;
  const { reservedConcurrency: reserved } = config;
  const most =
    reserved !== null && integerIn(reserved, 0, MAX_RESERVED_CONCURRENCY)
      ? reserved
      : MAX_RESERVED_CONCURRENCY;
  if (!integerIn(provisioned, 0, Number.MAX_SAFE_INTEGER)) {
    return 'Provisioned concurrency is a whole number, 0 or more.';
  }
  if (provisioned <= most) return null;
  return reserved !== null
    ? `Provisioned concurrency can't exceed the function's reserved concurrency (${reserved}).`
    : `Provisioned concurrency can be at most ${MAX_RESERVED_CONCURRENCY}: the account keeps 100 of its 1,000 unreserved.`;
}

function asyncProblems(
  config: FunctionConfig,
  add: (field: ConfigField, message: string) => void,
): void {
  const retries = config.maximumRetryAttempts;
  if (
    retries !== undefined &&
    !integerIn(retries, RETRY_ATTEMPTS_RANGE.min, RETRY_ATTEMPTS_RANGE.max)
  ) {
    add('maximumRetryAttempts', 'Retry attempts is 0, 1 or 2.');
  }
  const age = config.maximumEventAgeSec;
  if (age !== undefined && !integerIn(age, EVENT_AGE_RANGE.min, EVENT_AGE_RANGE.max)) {
    add(
      'maximumEventAgeSec',
      'Maximum age of event is a whole number of seconds from 60 to 21,600 (6 hours).',
    );
  }
  // Lambda sends failed events to standard queues only, whose names never end in .fifo.
  for (const field of ['deadLetterQueue', 'onFailureDestination'] as const) {
    const queue = config[field];
    if (queue && !QUEUE_NAME.test(queue)) {
      add(field, 'Name a standard queue: 1–80 letters, digits, hyphens (-) or underscores (_).');
    }
  }
  if (config.deadLetter) {
    const { type, name } = config.deadLetter;
    const problem =
      type === 'sqs' || type === 'sns'
        ? targetNameProblem(type, name)
        : 'A dead-letter queue is an SQS queue or an SNS topic.';
    if (problem) add('deadLetter', problem);
  }
  for (const [field, condition] of [
    ['onSuccess', 'success'],
    ['onFailure', 'failure'],
  ] as const) {
    const destination = config[field];
    const problem = destination && destinationProblem(destination, config.name, condition);
    if (problem) add(field, problem);
  }
}

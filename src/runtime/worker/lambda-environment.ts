// The environment variables Lambda gives a function's runtime process: the reserved ones it defines,
// the unreserved defaults the function may override, and the function's own, for either language.
import type { FunctionConfig } from '../../engine/types';
import { loggingOf } from '../../engine/functions/logging-config';
import { languageOf } from '../../engine/functions/runtimes';

/**
 * Lambda's runtime environment variables
 * (docs.aws.amazon.com/lambda/latest/dg/configuration-envvars.html#configuration-envvars-runtime).
 * The execution role's temporary credentials are placeholders in their real shape: the SDK signs
 * with them, and only the simulated services, which check no signature, ever see them. Node.js
 * runtimes get `NODE_PATH`; Python runtimes `PYTHONPATH=$LAMBDA_RUNTIME_DIR`, as AWS's variable
 * table gave it (docs/python-runtime.md says what is not confirmed for python3.14).
 */
export function lambdaEnvironment(
  config: FunctionConfig,
  logStreamName: string,
  provisioned = false,
): Record<string, string> {
  const logging = loggingOf(config);
  const reserved: Record<string, string> = {
    _HANDLER: config.handler,
    AWS_REGION: 'us-east-1',
    AWS_ACCESS_KEY_ID: 'ASIAPLAYGROUND000001',
    AWS_SECRET_ACCESS_KEY: 'simulatedSecretAccessKeyForThePlayground',
    AWS_SESSION_TOKEN: 'IQoJb3JpZ2luX2VjEPlayground//simulated-session-token',
    AWS_DEFAULT_REGION: 'us-east-1',
    AWS_EXECUTION_ENV: `AWS_Lambda_${config.runtime}`,
    AWS_LAMBDA_FUNCTION_NAME: config.name,
    AWS_LAMBDA_FUNCTION_MEMORY_SIZE: String(config.memoryMB),
    AWS_LAMBDA_FUNCTION_VERSION: '$LATEST',
    AWS_LAMBDA_INITIALIZATION_TYPE: provisioned ? 'provisioned-concurrency' : 'on-demand',
    AWS_LAMBDA_LOG_GROUP_NAME: logging.logGroup,
    AWS_LAMBDA_LOG_STREAM_NAME: logStreamName,
    AWS_LAMBDA_RUNTIME_API: '127.0.0.1:9001',
    LAMBDA_TASK_ROOT: '/var/task',
    LAMBDA_RUNTIME_DIR: '/var/runtime',
    TZ: ':UTC',
    // Set for the JSON format, which the runtime reads to write JSON lines and filter by level
    // (docs/aws-lambda.md#json-log-format-and-log-levels).
    ...(logging.logFormat === 'JSON' && {
      AWS_LAMBDA_LOG_FORMAT: 'JSON',
      AWS_LAMBDA_LOG_LEVEL: logging.applicationLogLevel,
    }),
  };
  const defaults: Record<string, string> = {
    LANG: 'en_US.UTF-8',
    PATH: '/var/lang/bin:/usr/local/bin:/usr/bin/:/bin:/opt/bin',
    LD_LIBRARY_PATH:
      '/var/lang/lib:/lib64:/usr/lib64:/var/runtime:/var/runtime/lib:/var/task:/var/task/lib:/opt/lib',
    ...languagePath(config),
  };
  // The function may override the unreserved defaults, never the reserved names.
  return { ...defaults, ...config.environment, ...reserved };
}

function languagePath(config: FunctionConfig): Record<string, string> {
  if (languageOf(config.runtime) === 'python') return { PYTHONPATH: '/var/runtime' };
  const major = config.runtime === 'nodejs24.x' ? 'node24' : 'node22';
  return {
    NODE_PATH: `/opt/nodejs/${major}/node_modules:/opt/nodejs/node_modules:/var/runtime/node_modules:/var/runtime:/var/task`,
  };
}

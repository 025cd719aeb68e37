// A function's settings as Lambda's API describes them (API_FunctionConfiguration), for GetFunction
// and ListFunctions. Only `$LATEST` exists: the playground publishes no versions.
import type { FunctionConfig } from '../../engine';
import { ephemeralStorageOf, loggingOf } from '../../engine';
import { ACCOUNT_ID } from './function-names';

export function unqualifiedArn(name: string, region: string): string {
  return `arn:aws:lambda:${region}:${ACCOUNT_ID}:function:${name}`;
}

/**
 * The playground has no IAM: the role is named as the console names the one it creates for a new
 * function (`service-role/<name>-role-<suffix>`), with a fixed suffix.
 */
function roleArnOf(name: string): string {
  return `arn:aws:iam::${ACCOUNT_ID}:role/service-role/${name}-role-playground`;
}

function loggingConfigOf(config: FunctionConfig): Record<string, string> {
  const logging = loggingOf(config);
  // The levels apply (and are reported) with the JSON format only.
  return logging.logFormat === 'JSON'
    ? {
        LogFormat: 'JSON',
        ApplicationLogLevel: logging.applicationLogLevel,
        SystemLogLevel: logging.systemLogLevel,
        LogGroup: logging.logGroup,
      }
    : { LogFormat: 'Text', LogGroup: logging.logGroup };
}

export function functionConfiguration(config: FunctionConfig, region: string): object {
  const variables = config.environment;
  return {
    FunctionName: config.name,
    FunctionArn: unqualifiedArn(config.name, region),
    Runtime: config.runtime,
    Role: roleArnOf(config.name),
    Handler: config.handler,
    Description: '',
    Timeout: config.timeoutSec,
    MemorySize: config.memoryMB,
    Version: '$LATEST',
    ...(Object.keys(variables).length > 0 && { Environment: { Variables: { ...variables } } }),
    TracingConfig: { Mode: 'PassThrough' },
    State: 'Active',
    LastUpdateStatus: 'Successful',
    PackageType: 'Zip',
    Architectures: [config.architecture],
    EphemeralStorage: { Size: ephemeralStorageOf(config) },
    SnapStart: { ApplyOn: 'None', OptimizationStatus: 'Off' },
    LoggingConfig: loggingConfigOf(config),
  };
}

/** GetFunction's answer: the configuration, the code's repository, and a reservation if set. */
export function getFunctionOutput(config: FunctionConfig, region: string): object {
  return {
    Configuration: functionConfiguration(config, region),
    // AWS adds a presigned `Location` to download the deployment package; the code here lives in
    // the editor, so there is nothing to download.
    Code: { RepositoryType: 'S3' },
    ...(config.reservedConcurrency !== null && {
      Concurrency: { ReservedConcurrentExecutions: config.reservedConcurrency },
    }),
  };
}

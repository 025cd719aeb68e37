// What changing each function setting does, as AWS applies it. UpdateFunctionConfiguration's
// settings shape the execution environment: new environments use the new values, and the old ones
// are retired once idle ("the function is processing events with the new configuration", API
// reference, UpdateFunctionConfiguration). Reserved concurrency (PutFunctionConcurrency) and the
// async settings (PutFunctionEventInvokeConfig) are the function's own: stored at once, no reset.
import { asyncSettingsOf, targetKey } from '../async/async-settings';
import { ephemeralStorageOf } from './ephemeral-storage';
import type { FunctionConfig } from '../types';
import { loggingOf } from './logging-config';

/**
 * `identity`: the name the platform knows the function by (another name is another function).
 * `new-environment`: the next request starts a new environment; idle ones of the old are retired.
 * `stored`: in force from the next decision on, environments kept.
 * `provisioned`: stored, and provisioned environments are started or ended to match
 * (instances/provisioned.ts); the others are kept.
 */
export type SettingEffect = 'identity' | 'new-environment' | 'stored' | 'provisioned';

/** Every setting of a function with its effect: a new field fails typechecking until placed. */
export const SETTING_EFFECTS: { readonly [K in keyof FunctionConfig]-?: SettingEffect } = {
  name: 'identity',
  runtime: 'new-environment',
  handler: 'new-environment',
  memoryMB: 'new-environment',
  architecture: 'new-environment',
  timeoutSec: 'new-environment',
  ephemeralStorageMB: 'new-environment',
  environment: 'new-environment',
  internetAccess: 'new-environment',
  // UpdateFunctionConfiguration: the runtime reads AWS_LAMBDA_LOG_FORMAT/LEVEL when it starts.
  loggingConfig: 'new-environment',
  reservedConcurrency: 'stored',
  // PutProvisionedConcurrencyConfig.
  provisionedConcurrency: 'provisioned',
  maximumRetryAttempts: 'stored',
  maximumEventAgeSec: 'stored',
  deadLetterQueue: 'stored',
  onFailureDestination: 'stored',
  onSuccess: 'stored',
  onFailure: 'stored',
  deadLetter: 'stored',
};

export type SettingName = keyof typeof SETTING_EFFECTS;

const SETTING_NAMES = Object.keys(SETTING_EFFECTS) as SettingName[];

function sameVariables(a: Record<string, string>, b: Record<string, string>): boolean {
  // Compared as maps: a variable may be called `constructor` or `__proto__`.
  const variables = new Map(Object.entries(b));
  const entries = Object.entries(a);
  return (
    entries.length === variables.size &&
    entries.every(([key, value]) => variables.get(key) === value)
  );
}

/** A setting as it acts: an absent optional setting reads as its default. */
function effective(config: FunctionConfig, name: Exclude<SettingName, 'environment'>): unknown {
  switch (name) {
    case 'maximumRetryAttempts':
    case 'maximumEventAgeSec':
      return asyncSettingsOf(config)[name];
    // An older SQS-only field as written; the target that replaced it as it acts (which reads
    // the older field when the newer one is absent).
    case 'deadLetterQueue':
    case 'onFailureDestination':
      return config[name] || null;
    case 'deadLetter':
      return targetKey(asyncSettingsOf(config).deadLetter);
    case 'onFailure':
      return targetKey(asyncSettingsOf(config).onFailure);
    case 'onSuccess':
      return targetKey(asyncSettingsOf(config).onSuccess);
    case 'loggingConfig': {
      // The default log group follows the name; only a named one is a logging setting.
      const { logFormat, applicationLogLevel, systemLogLevel } = loggingOf(config);
      const group = config.loggingConfig?.logGroup ?? '';
      return `${logFormat} ${applicationLogLevel} ${systemLogLevel} ${group}`;
    }
    case 'internetAccess':
      return config.internetAccess === true;
    case 'ephemeralStorageMB':
      return ephemeralStorageOf(config);
    case 'reservedConcurrency':
      return config.reservedConcurrency ?? null;
    case 'provisionedConcurrency':
      return config.provisionedConcurrency ?? 0;
    default:
      return config[name];
  }
}

function sameSetting(a: FunctionConfig, b: FunctionConfig, name: SettingName): boolean {
  if (name === 'environment') return sameVariables(a.environment, b.environment);
  return effective(a, name) === effective(b, name);
}

/** The settings whose values differ between two configurations of a function. */
export function changedSettings(before: FunctionConfig, after: FunctionConfig): SettingName[] {
  return SETTING_NAMES.filter((name) => !sameSetting(before, after, name));
}

/** Whether any of these changes needs new execution environments. */
export function needsNewEnvironment(changed: readonly SettingName[]): boolean {
  return changed.some((name) => SETTING_EFFECTS[name] === 'new-environment');
}

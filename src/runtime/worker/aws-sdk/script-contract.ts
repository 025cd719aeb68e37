// How an SDK package's script (scripts/aws-sdk-scripts.ts) and the instance's runtime meet. The
// script is a classic IIFE that assigns the package's exports to SDK_SCRIPT_GLOBAL; the runtime
// evaluates it inside a function whose parameters are the script's free variables: the host (its
// way to the page's simulated services, and the environment) and the provided packages it builds on.
import type { ApiRequest, ApiResponse } from '../../../services';

export const SDK_SCRIPT_GLOBAL = '__awsSdkPackage';
export const SDK_HOST_PARAMETER = '__awsSdkHost';
export const SDK_DEPENDENCIES_PARAMETER = '__awsSdkDependencies';

/** `@aws-sdk/client-dynamodb` → `__awsSdkDependencies.client_dynamodb`: where a script reads it. */
export function sdkDependencyGlobal(name: string): string {
  return `${SDK_DEPENDENCIES_PARAMETER}.${dependencyKey(name)}`;
}

export function dependencyKey(name: string): string {
  return name.replace(/^@aws-sdk\//, '').replace(/-/g, '_');
}

/** What the runtime gives an SDK script. */
export interface SdkHost {
  /** Sends one request to the page's simulated services; rejects like a failed connection. */
  send(request: ApiRequest, signal?: AbortSignal): Promise<ApiResponse>;
  /** The function's environment variables (process.env), read when a client is created. */
  env(): Readonly<Record<string, string | undefined>>;
}

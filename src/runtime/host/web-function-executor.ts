// The engine's WebFunctionExecutor (docs/web-functions.md#the-port) over real web programs: each
// execution environment is one worker running the web app's bundle as a `node:http` server
// (web-program-process.ts) on Lambda's fixed environment, nodejs24.x on arm64 with 2 GB, and
// `process.env` exactly as the engine gives it (AWS_LAMBDA_HTTP_ENDPOINT, no PORT). The engine
// decides readiness, routing, timeouts and scaling; this is the environments' sockets and CPU use.
import type { FunctionConfig } from '../../engine/types';
import type {
  WebEnvironmentSpec,
  WebFunctionExecutor,
} from '../../engine/web-functions/web-program-port';
import {
  HTTP_ENDPOINT,
  WEB_FUNCTION_ENVIRONMENT,
} from '../../engine/web-functions/web-function-settings';
import { defaultFunctionConfig } from '../../engine/functions/default-config';
import { exitMessage, refusedExchange, startProgramProcess } from './web-program-process';
import type { ProgramHostOptions, ProgramProcess } from './web-program-process';

export type WebFunctionExecutorOptions = ProgramHostOptions;

export interface BrowserWebFunctionExecutor extends WebFunctionExecutor {
  /** Ends every environment's worker at once (the Web Function is deleted, the page resets). */
  stopAll(): void;
}

function environmentConfig(spec: WebEnvironmentSpec): FunctionConfig {
  // The log group is /aws/lambda/web/<function>: its last part is the function's name.
  const functionName = spec.logGroupName.slice(spec.logGroupName.lastIndexOf('/') + 1);
  return defaultFunctionConfig(functionName, {
    runtime: WEB_FUNCTION_ENVIRONMENT.runtime,
    architecture: WEB_FUNCTION_ENVIRONMENT.architecture,
    memoryMB: WEB_FUNCTION_ENVIRONMENT.memoryGB * 1024,
  });
}

/** The port requests go to: the one in AWS_LAMBDA_HTTP_ENDPOINT (`host:port`). */
function endpointPort(spec: WebEnvironmentSpec): number {
  const address = spec.environment.get('AWS_LAMBDA_HTTP_ENDPOINT') ?? '';
  const port = Number(address.slice(address.lastIndexOf(':') + 1));
  return Number.isInteger(port) && port > 0 ? port : HTTP_ENDPOINT.port;
}

export function createWebFunctionExecutor(
  options: WebFunctionExecutorOptions,
): BrowserWebFunctionExecutor {
  const environments = new Map<string, { port: number; process: ProgramProcess }>();

  return {
    startEnvironment(spec) {
      const process = startProgramProcess(options, {
        config: environmentConfig(spec),
        environment: Object.fromEntries(spec.environment),
        // Lambda's front end, in the link-local range its environments see it from (assumption).
        remoteAddress: '169.254.100.2',
        onLog: (record) =>
          spec.onLog({
            level: record.level,
            message: record.message,
            ...(record.requestId !== undefined && { requestId: record.requestId }),
          }),
        // A pipe is never the HTTP endpoint; every TCP address is reported, the engine decides.
        onListening: (endpoint) => {
          if (endpoint.kind === 'tcp')
            spec.onListening({ host: endpoint.host, port: endpoint.port });
        },
        onExit: (exit) =>
          spec.onExit({
            exitCode: exit.code,
            message: exitMessage(exit, 'The process was stopped'),
          }),
      });
      environments.set(spec.environmentId, { port: endpointPort(spec), process });
    },

    request(environmentId, request) {
      const environment = environments.get(environmentId);
      if (!environment) return refusedExchange();
      return environment.process.request(environment.port, request);
    },

    busyMs(environmentId) {
      return environments.get(environmentId)?.process.busyMs() ?? 0;
    },

    signal(environmentId, signal) {
      const environment = environments.get(environmentId);
      if (!environment) return;
      environment.process.signal(signal);
      if (signal === 'SIGKILL') environments.delete(environmentId);
    },

    stopAll() {
      for (const environment of environments.values()) environment.process.signal('SIGKILL');
      environments.clear();
    },
  };
}

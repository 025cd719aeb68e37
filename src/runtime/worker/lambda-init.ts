// INIT for one instance: make the worker's global scope look like Lambda's Node process, load the
// handler, and apply each runtime's rule for callback-style handlers (a warning on Node 22, an
// INIT failure on Node 24).
import type { CodeBundle, FunctionConfig, LogLevel } from '../../engine/types';
import { patchConsole } from './console-capture';
import type { ConsoleTarget, JsonStyle } from './console-capture';
import { jsonLevelOf, rawLines } from './log-style';
import { createEventLoop } from './event-loop';
import type { EventLoop, EventLoopHost } from './event-loop';
import { CallbackHandlerDeprecated } from './lambda-errors';
import { loadHandler, taskPath } from './module-loader';
import type { LoadedHandler, ModuleHost } from './module-loader';
import { applyNetworkPolicy } from './network-guard';
import { createRequire } from './node/builtins';
import type { ServerHost } from './node/http-server';
import { createSdkModules } from './aws-sdk/sdk-modules';
import type { SdkHost } from './aws-sdk/script-contract';
import type { SdkScript } from '../protocol';
import { createProcess } from './process-shim';
import { lambdaEnvironment } from './lambda-environment';
import { installAwsLambdaGlobal, streamingModeOf } from './response-stream';
import type { StreamingMode } from './response-stream';
import { installNodeGlobals } from './runtime-globals';
import type { RuntimeScope } from './runtime-globals';

export interface InstanceSetup {
  config: FunctionConfig;
  bundle: CodeBundle;
  logStreamName: string;
  /** Started ahead as provisioned concurrency: AWS_LAMBDA_INITIALIZATION_TYPE says so. */
  provisioned?: boolean;
  scope: RuntimeScope;
  loopHost: EventLoopHost;
  now(): number;
  writeLine(level: LogLevel, message: string, verbatim?: boolean): void;
  /** The request being served; undefined during INIT. */
  requestId(): string | undefined;
  exit(code: number): never;
  /** The provided SDK packages the code names, and where their clients' requests go. */
  sdkScripts: readonly SdkScript[];
  sendSdkRequest: SdkHost['send'];
  /**
   * A web program's `process.env`, as the page decided it; its process has no `awslambda` global
   * (the event runtime's). Absent: an event function's, from lambda-environment.ts.
   */
  environment?: Record<string, string>;
  /** A web program's port table, where its `http.createServer` listens. */
  servers?: ServerHost;
}

export interface Instance {
  loop: EventLoop;
  env: Record<string, string>;
  /** Set when the function logs in JSON (AWS_LAMBDA_LOG_FORMAT). */
  json: JsonStyle | undefined;
  require(specifier: string): unknown;
  /** What `process.stderr.write` does: Node's own warnings go there too. */
  writeStderr(text: string): void;
}

/** What /var/task holds: the bundle as its entry file, and the workspace's other files. */
function deploymentPackage(bundle: CodeBundle): Map<string, Uint8Array> {
  const encoder = new TextEncoder();
  const files = new Map<string, Uint8Array>();
  for (const [path, text] of Object.entries(bundle.packageFiles ?? {})) {
    files.set(path, encoder.encode(text));
  }
  if (bundle.entryFile !== null) {
    files.set(taskPath(bundle).slice('/var/task/'.length), encoder.encode(bundle.code));
  }
  return files;
}

/** Replaces the scope's console, timers and process with Lambda's; returns what INIT and invokes use. */
export function setUpInstance(setup: InstanceSetup): Instance {
  const { config, bundle, scope } = setup;
  const env =
    setup.environment ?? lambdaEnvironment(config, setup.logStreamName, setup.provisioned === true);
  const loop = createEventLoop(setup.loopHost);
  const jsonLevel = jsonLevelOf(env);
  const json: JsonStyle | undefined =
    jsonLevel === null
      ? undefined
      : { level: jsonLevel, requestId: setup.requestId, wallNow: () => Date.now() };
  // Raw stream writes become log lines too, as written: Lambda adds no time, request id or level.
  const write = (stream: 'stdout' | 'stderr', text: string) => {
    for (const line of rawLines(stream, text, json)) setup.writeLine(line.level, line.text, true);
  };
  patchConsole(scope.console as ConsoleTarget, setup.writeLine, setup.now, {
    ...(json && { json }),
    stdout: (text) => write('stdout', text),
  });
  const process = createProcess({
    config,
    env,
    exit: setup.exit,
    nextTick: loop.nextTick,
    now: setup.now,
    write,
  });
  const sdkModule = createSdkModules(
    setup.sdkScripts,
    { send: setup.sendSdkRequest, env: () => env },
    (source) => scope.eval(source),
  );
  const require = createRequire({
    sdkModule,
    timers: loop.timers,
    process,
    // The Node.js runtime is only ever handed JavaScript: its module system is one of Node's two.
    format: bundle.format === 'esm' ? 'esm' : 'cjs',
    importer: taskPath(bundle),
    environment: {
      config,
      taskFiles: deploymentPackage(bundle),
      now: setup.now,
      startedAt: setup.now(),
    },
    ...(setup.servers && { servers: setup.servers }),
  });
  applyNetworkPolicy(scope, config.internetAccess === true);
  installNodeGlobals(scope, { process, loop, require });
  if (!setup.environment) installAwsLambdaGlobal(scope, env);
  return { loop, env, json, require, writeStderr: (text) => write('stderr', text) };
}

const NODE24_CALLBACK_ERROR =
  'ERROR: AWS Lambda has removed support for callback-based function handlers starting with Node.js 24. You need to modify this function to use a supported handler signature to use Node.js 24 or later. For more information see https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.';

const NODE22_CALLBACK_WARNING =
  'AWS Lambda plans to remove support for callback-based function handlers starting with Node.js 24. You will need to update this function to use an async handler to use Node.js 24 or later. For more information and to provide feedback on this change, see https://github.com/aws/aws-lambda-nodejs-runtime-interface-client/issues/137. To disable this warning, set the AWS_LAMBDA_NODEJS_DISABLE_CALLBACK_WARNING environment variable.';

/** The handler, and whether `awslambda.streamifyResponse` made it a streaming one. */
export interface InitializedHandler extends LoadedHandler {
  streaming: StreamingMode | null;
}

/**
 * Loads the handler; on Node 24 a handler declaring 3+ parameters fails INIT, on 22 it is warned
 * about, unless it streams (its third parameter is the context).
 */
export async function initialize(
  setup: InstanceSetup,
  instance: Instance,
  importModule: ModuleHost['importModule'],
): Promise<InitializedHandler> {
  const { config, bundle, scope } = setup;
  const loaded = await loadHandler(config, bundle, {
    scope,
    require: instance.require,
    importModule,
    writeStderr: instance.writeStderr,
  });
  const streaming = streamingModeOf(loaded.handler);
  if (streaming) return { ...loaded, streaming };
  if (config.runtime === 'nodejs24.x' && loaded.argsNum >= 3) {
    throw new CallbackHandlerDeprecated(NODE24_CALLBACK_ERROR);
  }
  const warningOff = instance.env.AWS_LAMBDA_NODEJS_DISABLE_CALLBACK_WARNING !== undefined;
  if (config.runtime === 'nodejs22.x' && loaded.argsNum === 3 && !loaded.isAsync && !warningOff) {
    (scope.console as { warn: (message: string) => void }).warn(NODE22_CALLBACK_WARNING);
  }
  return { ...loaded, streaming };
}

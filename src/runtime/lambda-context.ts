// The `context` object each runtime hands the handler, with the fields in the order its runtime
// client assigns them (RIC src/InvokeContext.js for Node 22, src/context/context-builder.ts for 24).

export interface RequestFacts {
  requestId: string;
  /** Absolute wall-clock deadline, epoch ms. */
  deadlineMs: number;
  functionName: string;
}

const ACCOUNT_ARN = 'arn:aws:lambda:us-east-1:123456789012:function';

/** What the runtime reads from the environment: name, version, memory (a string), log names. */
function environmentData(env: Record<string, string | undefined>) {
  return {
    functionVersion: env.AWS_LAMBDA_FUNCTION_VERSION,
    functionName: env.AWS_LAMBDA_FUNCTION_NAME,
    memoryLimitInMB: env.AWS_LAMBDA_FUNCTION_MEMORY_SIZE,
    logGroupName: env.AWS_LAMBDA_LOG_GROUP_NAME,
    logStreamName: env.AWS_LAMBDA_LOG_STREAM_NAME,
  };
}

/** What the runtime reads from the invoke's headers. */
function headerData(request: RequestFacts) {
  const deadline = request.deadlineMs;
  return {
    clientContext: undefined,
    identity: undefined,
    invokedFunctionArn: `${ACCOUNT_ARN}:${request.functionName}`,
    awsRequestId: request.requestId,
    tenantId: undefined,
    getRemainingTimeInMillis: function () {
      return deadline - Date.now();
    },
  };
}

/** Node 22: the callback context (`callbackWaitsForEmptyEventLoop`, succeed/fail/done) comes first. */
export function node22Context<T extends object>(
  callbackContext: T,
  env: Record<string, string | undefined>,
  request: RequestFacts,
) {
  return Object.assign(callbackContext, environmentData(env), headerData(request));
}

/** Node 24: header data, then the environment, and no callback members. */
export function node24Context(env: Record<string, string | undefined>, request: RequestFacts) {
  const { getRemainingTimeInMillis, ...headers } = headerData(request);
  const { functionVersion, functionName, ...rest } = environmentData(env);
  return {
    ...headers,
    xRayTraceId: undefined,
    getRemainingTimeInMillis,
    functionName,
    functionVersion,
    ...rest,
  };
}

// Lesson 7: calling functions — a handler invokes another with the AWS SDK's InvokeCommand,
// RequestResponse versus Event, and what errors do in each.
// AWS facts stated here: docs/aws-services.md#lambda-invoke-api (Invoke's answers) and
// docs/aws-lambda.md#asynchronous-invocation (retries) and #destinations-and-dead-letter-queues.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { eventsOfType, invocationsOf, pick, succeeded, type Invocation } from './evidence';
import type { Lesson, LessonRun } from './types';

const CALLER = 'lesson7-api';
const NAME = 'lesson7-report';
const FAILED = 'lesson7-failed';

const TYPE = 'type ReportRequest = { reportId: string; fail?: boolean };';

const STARTER_CODE = `${TYPE}

export const handler = async (event: ReportRequest) => {
  if (event.fail) throw new Error(\`Report \${event.reportId} failed\`);
  // TODO: answer the caller with { reportId, pages: 3 }
};
`;

const SOLUTION_CODE = `${TYPE}

export const handler = async (event: ReportRequest) => {
  if (event.fail) throw new Error(\`Report \${event.reportId} failed\`);
  return { reportId: event.reportId, pages: 3 };
};
`;

/** The caller: the report function's name comes from the environment, as on AWS. */
const callerCode = (
  chooses: boolean,
) => `import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';

const lambda = new LambdaClient({});

type Request = { reportId: string; fail?: boolean; async?: boolean };

export const handler = async (request: Request) => {
  const answer = await lambda.send(
    new InvokeCommand({
      FunctionName: process.env.REPORT_FUNCTION,${
        chooses
          ? "\n      InvocationType: request.async ? 'Event' : 'RequestResponse',"
          : '\n      // TODO: when request.async, invoke with InvocationType Event'
      }
      Payload: JSON.stringify(request),
    }),
  );
  // Event: Lambda queued the event and answered 202 at once, with no payload.
  if (answer.StatusCode === 202) return { accepted: true, statusCode: 202 };
  const payload: unknown = JSON.parse(new TextDecoder().decode(answer.Payload));
  if (answer.FunctionError) throw new Error(\`The report failed: \${JSON.stringify(payload)}\`);
  return payload;
};
`;

const starter = lessonWorkspace(
  [
    lessonFunction({
      id: 'fn-api',
      name: CALLER,
      code: callerCode(false),
      event: { reportId: 'r-1' },
      // The SDK's first call (loading, signing) is CPU work, and CPU grows with memory
      // (docs/aws-lambda.md#memory-buys-cpu); the timeout also covers the report's cold start.
      config: { environment: { REPORT_FUNCTION: NAME }, memoryMB: 1024, timeoutSec: 10 },
    }),
    lessonFunction({ id: 'fn-report', name: NAME, code: STARTER_CODE, event: { reportId: 'r-1' } }),
  ],
  {
    queues: [
      {
        id: 'queue-failed',
        name: FAILED,
        fifo: false,
        visibilityTimeoutSec: 30,
        redrive: null,
        mapping: null,
      },
    ],
  },
);

/** The caller's invocation whose InvokeCommand started this one (the invoke-start's origin). */
function callerOf(run: LessonRun, callee: Invocation): Invocation | undefined {
  const origin = callee.start.origin;
  if (origin?.functionName !== CALLER) return undefined;
  return invocationsOf(run, CALLER).find((call) => call.start.requestId === origin.requestId);
}

/** The caller waited for the report and got its result back. */
function rpc(run: LessonRun): boolean {
  return invocationsOf(run, NAME).some((call) => {
    const caller = callerOf(run, call);
    return (
      caller !== undefined &&
      succeeded(call) &&
      call.start.invocationType === 'RequestResponse' &&
      pick(call.result, 'pages') === 3 &&
      succeeded(caller) &&
      pick(caller.result, 'pages') === 3 &&
      caller.end!.time >= call.end!.time
    );
  });
}

/** The caller got 202 for an Event invoke whose retries ran out into the dead-letter queue. */
function queuedAndDeadLettered(run: LessonRun): boolean {
  const deadLettered = new Set(
    eventsOfType(run, 'async-failed')
      .filter(
        (failed) =>
          failed.functionName === NAME &&
          failed.attempts >= 2 &&
          failed.deliveries.some(
            (d) =>
              d.kind === 'dead-letter-queue' && d.targetName === FAILED && d.messageId !== null,
          ),
      )
      .map((failed) => failed.requestId),
  );
  return invocationsOf(run, NAME).some((call) => {
    const caller = callerOf(run, call);
    return (
      caller !== undefined &&
      call.start.invocationType === 'Event' &&
      deadLettered.has(call.start.requestId) &&
      succeeded(caller) &&
      pick(caller.result, 'statusCode') === 202
    );
  });
}

export const lesson: Lesson = {
  id: 7,
  title: 'Calling functions: synchronous RPC versus asynchronous events',
  body: [
    {
      kind: 'p',
      text: '`lesson7-api` calls `lesson7-report` with the AWS SDK: `lambda.send(new InvokeCommand({ FunctionName, InvocationType, Payload }))`. The function’s name comes from the environment variable `REPORT_FUNCTION`, so the same code runs on AWS, where its role must allow `lambda:InvokeFunction` (the SAM policy template `LambdaInvokePolicy`).',
    },
    {
      kind: 'p',
      text: 'A **RequestResponse** (synchronous) invoke, the default, is a remote procedure call: the caller waits for the handler to finish and gets its result as `Payload` — or its error, as `errorType` and `errorMessage` with `FunctionError: "Unhandled"`. Retrying is the caller’s business.',
    },
    {
      kind: 'p',
      text: 'An **Event** (asynchronous) invoke is fire-and-forget: Lambda puts the event in a queue and answers `StatusCode: 202` at once, with no payload; the caller never sees the result. If the handler fails, Lambda retries it — **2 retries by default** (0–2), 1 minute before the second attempt and 2 minutes before the third. When the retries run out, the event goes to a **dead-letter queue** or an on-failure destination if you set one; otherwise it is dropped. S3, SNS and EventBridge all invoke this way.',
    },
    {
      kind: 'diagram',
      label: 'Who waits for what',
      text: 'RequestResponse: lesson7-api ──InvokeCommand──▶ lesson7-report ──Payload──▶ lesson7-api\nEvent:           lesson7-api ──InvokeCommand──▶ queue ─202─▶ lesson7-api\n                                                  └─▶ lesson7-report (error → retry after 1 min, 2 min → DLQ)',
    },
    {
      kind: 'source',
      text: 'AWS Lambda API Reference: Invoke',
      href: 'https://docs.aws.amazon.com/lambda/latest/api/API_Invoke.html',
    },
    {
      kind: 'source',
      text: 'AWS Lambda: error handling for asynchronous invocation',
      href: 'https://docs.aws.amazon.com/lambda/latest/dg/invocation-async-error-handling.html',
    },
  ],
  tasks: [
    {
      id: 'sync',
      goal: `Invoke \`${CALLER}\` with \`{"reportId": "r-1"}\`: its \`InvokeCommand\` waits for \`${NAME}\` and returns \`{"reportId":"r-1","pages":3}\`.`,
      hints: [
        `In \`${NAME}\`, return \`{ reportId: event.reportId, pages: 3 }\` at the end of the handler.`,
        `Then select \`${CALLER}\` and invoke it: the Result is what the report function returned.`,
      ],
      check: rpc,
    },
    {
      id: 'async-dlq',
      goal: `Invoke \`${CALLER}\` with \`{"reportId": "r-2", "fail": true, "async": true}\`: it gets \`202\` at once, and \`${NAME}\` is retried and, when its retries run out, kept in the dead-letter queue \`${FAILED}\`.`,
      hints: [
        `In \`${CALLER}\`, pass \`InvocationType: request.async ? 'Event' : 'RequestResponse'\` to \`InvokeCommand\`.`,
        `In \`${NAME}\`’s settings, set the dead-letter queue to \`${FAILED}\`; 1 retry keeps the wait short.`,
        'Raise the Speed: the retry comes a simulated minute later.',
      ],
      check: queuedAndDeadLettered,
    },
  ],
  starter,
  solution: withFunction(
    withFunction(starter, 'fn-report', {
      code: SOLUTION_CODE,
      config: { deadLetterQueue: FAILED, maximumRetryAttempts: 1 },
    }),
    'fn-api',
    { code: callerCode(true) },
  ),
  drill: [
    { kind: 'invoke', functionId: 'fn-api', event: { reportId: 'r-1' } },
    { kind: 'invoke', functionId: 'fn-api', event: { reportId: 'r-2', fail: true, async: true } },
    { kind: 'wait', seconds: 90 },
  ],
};

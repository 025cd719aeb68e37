// Lesson 7: calling functions — RequestResponse versus Event invocations, and what errors do in each.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { eventsOfType, invocationsOf, pick, succeeded } from './evidence';
import type { Lesson } from './types';

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

const starter = lessonWorkspace(
  [lessonFunction({ id: 'fn-report', name: NAME, code: STARTER_CODE, event: { reportId: 'r-1' } })],
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

export const lesson: Lesson = {
  id: 7,
  title: 'Calling functions: synchronous RPC versus asynchronous events',
  body: [
    {
      kind: 'p',
      text: 'A **RequestResponse** (synchronous) invoke is a remote procedure call: the caller waits for the handler to finish and gets its result — or its error, as `errorType` and `errorMessage` with `X-Amz-Function-Error: Unhandled`. Retrying is the caller’s business.',
    },
    {
      kind: 'p',
      text: 'An **Event** (asynchronous) invoke is fire-and-forget: Lambda puts the event in a queue and answers `202 Accepted` at once; the caller never sees the result. If the handler fails, Lambda retries it — **2 retries by default** (0–2), 1 minute before the second attempt and 2 minutes before the third. When the retries run out, the event goes to a **dead-letter queue** or an on-failure destination if you set one; otherwise it is dropped. S3, SNS and EventBridge all invoke this way.',
    },
    {
      kind: 'diagram',
      label: 'Who waits for what',
      text: 'RequestResponse: caller ──event──▶ function ──result/error──▶ caller\nEvent:           caller ──event──▶ queue ─202─▶ caller\n                                     └─▶ function (error → retry after 1 min, 2 min → DLQ)',
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
      goal: 'A synchronous invoke of `{"reportId": "r-1"}` returns `{"reportId":"r-1","pages":3}` to the caller, who waited for it.',
      hints: ['Return `{ reportId: event.reportId, pages: 3 }` at the end of the handler.'],
      check: (run) =>
        invocationsOf(run, NAME).some(
          (call) =>
            succeeded(call) &&
            call.start.invocationType === 'RequestResponse' &&
            pick(call.result, 'pages') === 3,
        ),
    },
    {
      id: 'async-dlq',
      goal: `An \`Event\` invoke of \`{"reportId": "r-2", "fail": true}\` is retried and, when its retries run out, kept in the dead-letter queue \`${FAILED}\`.`,
      hints: [
        `In the function’s settings, set the dead-letter queue to \`${FAILED}\`; 1 retry keeps the wait short.`,
        'Choose the invocation type `Event` next to Invoke, then raise the Speed: the retry comes a simulated minute later.',
      ],
      check: (run) =>
        eventsOfType(run, 'async-failed').some(
          (failed) =>
            failed.functionName === NAME &&
            failed.attempts >= 2 &&
            failed.deliveries.some(
              (d) =>
                d.kind === 'dead-letter-queue' && d.targetName === FAILED && d.messageId !== null,
            ),
        ),
    },
  ],
  starter,
  solution: withFunction(starter, 'fn-report', {
    code: SOLUTION_CODE,
    config: { deadLetterQueue: FAILED, maximumRetryAttempts: 1 },
  }),
  drill: [
    { kind: 'invoke', functionId: 'fn-report', event: { reportId: 'r-1' } },
    { kind: 'invoke-async', functionId: 'fn-report', event: { reportId: 'r-2', fail: true } },
    { kind: 'wait', seconds: 90 },
  ],
};

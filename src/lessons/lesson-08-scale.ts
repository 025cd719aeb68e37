// Lesson 8: scale and its limits — concurrency, scale-out, reserved concurrency, throttles, timeouts.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { invocationsOf, peakBusy } from './evidence';
import type { Lesson } from './types';

const NAME = 'lesson8-resize';

const CODE = `const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

// Pretend to resize an image: it takes event.ms milliseconds.
export const handler = async (event: { ms: number }) => {
  await sleep(event.ms);
  return { resized: true, tookMs: event.ms };
};
`;

const starter = lessonWorkspace([
  lessonFunction({
    id: 'fn-resize',
    name: NAME,
    code: CODE,
    event: { ms: 500 },
    config: { reservedConcurrency: 1 },
  }),
]);

const TOGETHER = 5;

export const lesson: Lesson = {
  id: 8,
  title: 'Scale and its limits',
  body: [
    {
      kind: 'p',
      text: 'One instance serves one request at a time. Requests that arrive while every instance is busy get new instances: the function **scales out**. How many you need is **concurrency = requests per second × duration in seconds**: 100 requests per second of 0.5 s each keep 50 instances busy.',
    },
    {
      kind: 'list',
      items: [
        'An account has 1,000 concurrent executions per region by default, shared by all its functions; each function can add 1,000 instances every 10 seconds.',
        '**Reserved concurrency** caps one function (and guarantees it that much); 0 stops it entirely. A request beyond the cap is **throttled**: a synchronous caller gets HTTP 429 `TooManyRequestsException` ("Rate Exceeded."); async events are kept and retried.',
        'The **timeout** (default 3 s, at most 900 s) stops a handler that runs too long: the REPORT says `Status: timeout`, and the instance is ended.',
      ],
    },
    {
      kind: 'source',
      text: 'AWS Lambda: understanding concurrency, and scaling behavior',
      href: 'https://docs.aws.amazon.com/lambda/latest/dg/lambda-concurrency.html',
    },
  ],
  tasks: [
    {
      id: 'scale-out',
      goal: `Send ${TOGETHER} requests of \`{"ms": 500}\` at once: ${TOGETHER} instances busy together, none throttled.`,
      hints: [
        'With reserved concurrency 1, four of the five get 429. Raise it (or clear it) in the settings.',
        'The Load tab sends many at once: rate 10 per second for 1 second does it.',
      ],
      check: (run) => peakBusy(run, NAME) >= TOGETHER,
    },
    {
      id: 'timeout',
      goal: 'Make the function give up after 1 second: a request of `{"ms": 2000}` ends with `Status: timeout`.',
      hints: ['Set **Timeout** to 1 s in the settings, then invoke with `{"ms": 2000}`.'],
      check: (run) =>
        invocationsOf(run, NAME).some(
          (call) => call.end?.status === 'timeout' && call.end.report.status === 'timeout',
        ),
    },
  ],
  starter,
  solution: withFunction(starter, 'fn-resize', {
    config: { reservedConcurrency: 10, timeoutSec: 1 },
  }),
  drill: [
    {
      kind: 'invoke',
      functionId: 'fn-resize',
      event: { ms: 500 },
      times: TOGETHER,
      together: true,
    },
    { kind: 'invoke', functionId: 'fn-resize', event: { ms: 2000 } },
  ],
};

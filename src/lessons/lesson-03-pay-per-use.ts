// Lesson 3: you pay only while your function runs — billed duration, memory, GB-seconds, requests.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { invocationsOf, succeeded } from './evidence';
import type { Lesson } from './types';

const NAME = 'lesson3-total';

const STARTER_CODE = `const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

export const handler = async (event: { items: number[] }) => {
  await sleep(400); // waiting for nothing: Lambda bills the wait all the same
  return { total: event.items.reduce((sum, n) => sum + n, 0) };
};
`;

const SOLUTION_CODE = `export const handler = async (event: { items: number[] }) => {
  return { total: event.items.reduce((sum, n) => sum + n, 0) };
};
`;

const starter = lessonWorkspace([
  lessonFunction({ id: 'fn-total', name: NAME, code: STARTER_CODE, event: { items: [1, 2, 3] } }),
]);

/** A warm request of this trivial handler takes a few ms; the starter's needless wait takes 400. */
const CHEAP_MS = 100;

export const lesson: Lesson = {
  id: 3,
  title: 'You pay only while your function runs',
  body: [
    {
      kind: 'p',
      text: 'Lambda bills two things: **requests**, $0.20 per million, and **duration**: the Billed Duration of each request (rounded up to 1 ms, INIT included on a cold start since August 2025) times the memory in GB, in **GB-seconds**, at $0.0000166667 per GB-second on x86 ($0.0000133334 on arm64). Waiting counts: a handler that sleeps 400 ms is billed 400 ms.',
    },
    {
      kind: 'list',
      items: [
        'Free tier, every month: 1,000,000 requests and 400,000 GB-seconds.',
        'Example: 1 million requests of 100 ms at 128 MB = 1,000,000 × 0.1 s × 0.125 GB = 12,500 GB-s = $0.21, plus $0.20 of requests — all inside the free tier.',
        'Memory buys CPU too: 1,769 MB is one vCPU. Twice the memory costs twice per ms, but may finish in half the time.',
        'With **AWS timing** on, the playground shows this: the time your handler spends computing (not waiting) is stretched to what its memory would get on AWS, 13.8 times at 128 MB, and the Result panel shows that modeled Duration beside the one measured in your browser.',
      ],
    },
    {
      kind: 'p',
      text: 'A server costs the same whether or not anyone calls it: an EC2 t4g.small is $0.0168 an hour, about $12.26 a month running 24/7; a Fargate task is billed per second while it runs ($0.04048 per vCPU-hour and $0.004445 per GB-hour). Sparse or spiky traffic is cheaper on Lambda; steady heavy traffic is cheaper on an always-on server. The **Cost** panel compares both for your numbers and draws where they break even.',
    },
    {
      kind: 'source',
      text: 'AWS Lambda pricing (us-east-1)',
      href: 'https://aws.amazon.com/lambda/pricing/',
    },
  ],
  tasks: [
    {
      id: 'no-waiting',
      goal: `Stop paying for waiting: a warm invocation billed under ${CHEAP_MS} ms.`,
      hints: [
        'Read `Billed Duration` on the REPORT line of a warm invocation.',
        'Remove the `await sleep(400);` line: nothing needs it.',
      ],
      check: (run) =>
        invocationsOf(run, NAME).some(
          (call) =>
            succeeded(call) && !call.start.cold && call.end!.report.billedDurationMs < CHEAP_MS,
        ),
    },
    {
      id: 'memory',
      goal: 'Run it at 1024 MB: the REPORT says `Memory Size: 1024 MB`, and each ms costs 8 times what it does at 128 MB.',
      hints: ['Set **Memory (MB)** to 1024 in the function’s settings, then invoke.'],
      check: (run) =>
        invocationsOf(run, NAME).some(
          (call) => succeeded(call) && call.end!.report.memorySizeMB === 1024,
        ),
    },
  ],
  starter,
  solution: withFunction(starter, 'fn-total', { code: SOLUTION_CODE, config: { memoryMB: 1024 } }),
  drill: [{ kind: 'invoke', functionId: 'fn-total', event: { items: [1, 2, 3] }, times: 2 }],
};

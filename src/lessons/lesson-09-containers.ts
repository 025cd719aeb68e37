// Lesson 9: serverless containers — what Fargate is, and when an always-on workload fits it better.
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { invocationsOf, succeeded } from './evidence';
import type { Lesson } from './types';

const NAME = 'lesson9-api';
/** One vCPU's worth of Lambda memory (configuration-memory doc), the size of a 1-vCPU task. */
const ONE_VCPU_MB = 1769;
const REQUESTS = 20;

const CODE = `export const handler = async (event: { path: string }) => {
  return { statusCode: 200, body: JSON.stringify({ path: event.path, at: Date.now() }) };
};
`;

const starter = lessonWorkspace([
  lessonFunction({ id: 'fn-api', name: NAME, code: CODE, event: { path: '/health' } }),
]);

export const lesson: Lesson = {
  id: 9,
  title: 'Serverless containers',
  body: [
    {
      kind: 'p',
      text: '**AWS Fargate** is serverless compute for containers, on ECS or EKS: you define the container (image, vCPU, memory), and Fargate runs it — no servers to manage, and it scales on demand. Unlike a function, a task keeps running between requests, serves many at once, has no 15-minute limit, and is billed per second (1-minute minimum) for as long as it runs: $0.04048 per vCPU-hour and $0.004445 per GB-hour on Linux/x86.',
    },
    {
      kind: 'list',
      items: [
        'One task of 1 vCPU and 2 GB running all month (730 h): 730 × (0.04048 + 2 × 0.004445) = $36.04.',
        'Lambda at 1,769 MB (one vCPU), 200 ms per request, 1 request per second all month: 2,628,000 requests and 907,995 GB-s ≈ $15.66 (before the free tier).',
        'At 10 requests per second the same function costs ten times that, ≈ $156.59: steady, heavy traffic is cheaper on an always-on container; sparse or spiky traffic on functions.',
        'Fargate fits long-running work, big dependencies, steady load and anything that is a server already; functions fit events, spikes and idle time.',
      ],
    },
    {
      kind: 'p',
      text: 'The **Cost** panel compares the functions’ bill with a Fargate task and an EC2 instance for your own numbers, and draws where they break even.',
    },
    {
      kind: 'source',
      text: 'AWS Fargate pricing (us-east-1)',
      href: 'https://aws.amazon.com/fargate/pricing/',
    },
  ],
  tasks: [
    {
      id: 'steady',
      goal: `Size the function like a one-vCPU task (${ONE_VCPU_MB} MB) and run a steady workload: ${REQUESTS} successful invocations at ${ONE_VCPU_MB} MB; then compare the bill with Fargate in Cost.`,
      hints: [
        `Set **Memory (MB)** to ${ONE_VCPU_MB}.`,
        'In the Load tab, a constant rate of 2 per second for 10 seconds sends 20 requests.',
      ],
      check: (run) =>
        invocationsOf(run, NAME).filter(
          (call) => succeeded(call) && call.end!.report.memorySizeMB === ONE_VCPU_MB,
        ).length >= REQUESTS,
    },
  ],
  starter,
  solution: withFunction(starter, 'fn-api', { config: { memoryMB: ONE_VCPU_MB } }),
  drill: [{ kind: 'invoke', functionId: 'fn-api', event: { path: '/health' }, times: REQUESTS }],
};

// Lesson 6: publish/subscribe — a handler publishes with the AWS SDK, SNS fans out, SQS batches,
// retries, the DLQ, partial batch failures, and idempotent handlers for at-least-once delivery.
// AWS facts stated here: docs/aws-services.md (the SDK in Lambda's runtime, SNS API, SAM policy templates).
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { eventsOfType, invocationsOf, pick, succeeded } from './evidence';
import type { Lesson, LessonRun, LessonWorkspace } from './types';
import type { QueueDraft } from '../workspace/model';

const TOPIC = 'lesson6-orders';
const QUEUE = 'lesson6-jobs';
const DLQ = 'lesson6-jobs-dlq';
const STOCK = 'lesson6-stock';
const CHECKOUT = 'lesson6-checkout';
const TOPIC_ARN = `arn:aws:sns:us-east-1:123456789012:${TOPIC}`;
const ORDER = { orderId: 'o-1', quantity: 1 };

// The topic's ARN comes from the environment, as on AWS, where the deployed topic's ARN differs.
const CHECKOUT_CODE = `import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';

const sns = new SNSClient({});

type Order = { orderId: string; quantity: number };

export const handler = async (order: Order) => {
  const { MessageId } = await sns.send(
    new PublishCommand({ TopicArn: process.env.TOPIC_ARN, Message: JSON.stringify(order) }),
  );
  return { orderId: order.orderId, messageId: MessageId };
};
`;

const SNS_TYPE = 'type SnsEvent = { Records: Array<{ Sns: { Message: string } }> };';

const EMAIL_CODE = `${SNS_TYPE}

export const handler = async (event: SnsEvent) => {
  console.log(\`Emailing the customer about \${event.Records[0]!.Sns.Message}\`);
};
`;

const stockCode = (dedupe: boolean) => `${SNS_TYPE}

let stock = 10;${dedupe ? '\nconst seen = new Set<string>(); // a real function would use a conditional write' : ''}

export const handler = async (event: SnsEvent) => {
  const order = JSON.parse(event.Records[0]!.Sns.Message) as { orderId: string; quantity: number };${
    dedupe
      ? '\n  if (seen.has(order.orderId)) return { orderId: order.orderId, stock };\n  seen.add(order.orderId);'
      : ''
  }
  stock -= order.quantity;
  return { orderId: order.orderId, stock };
};
`;

const SQS_TYPE = 'type SqsEvent = { Records: Array<{ messageId: string; body: string }> };';

const WORKER_STARTER = `${SQS_TYPE}

export const handler = async (event: SqsEvent) => {
  for (const record of event.Records) {
    if (record.body === 'poison') throw new Error(\`Cannot process \${record.messageId}\`);
    console.log(\`Processed \${record.body}\`);
  }
};
`;

const WORKER_SOLUTION = `${SQS_TYPE}

export const handler = async (event: SqsEvent) => {
  const batchItemFailures: Array<{ itemIdentifier: string }> = [];
  for (const record of event.Records) {
    if (record.body === 'poison') batchItemFailures.push({ itemIdentifier: record.messageId });
    else console.log(\`Processed \${record.body}\`);
  }
  return { batchItemFailures }; // only these are retried
};
`;

function queues(redrive: boolean): QueueDraft[] {
  const jobs: QueueDraft = {
    id: 'queue-jobs',
    name: QUEUE,
    fifo: false,
    visibilityTimeoutSec: 5,
    redrive: redrive ? { deadLetterQueueId: 'queue-dlq', maxReceiveCount: 2 } : null,
    mapping: {
      functionId: 'fn-worker',
      batchSize: 10,
      // Waiting 2 s gathers messages sent together into one batch.
      maximumBatchingWindowSec: 2,
      reportBatchItemFailures: true,
      enabled: true,
    },
  };
  const dlq = { ...jobs, id: 'queue-dlq', name: DLQ, redrive: null, mapping: null };
  return [jobs, dlq];
}

const starter: LessonWorkspace = lessonWorkspace(
  [
    lessonFunction({
      id: 'fn-checkout',
      name: CHECKOUT,
      code: CHECKOUT_CODE,
      event: ORDER,
      // The SDK's first call (loading, signing) is CPU work, and CPU grows with memory
      // (docs/aws-lambda.md#memory-buys-cpu): at 128 MB a cold start nears the 3 s timeout.
      config: { environment: { TOPIC_ARN }, memoryMB: 1024, timeoutSec: 10 },
    }),
    lessonFunction({ id: 'fn-email', name: 'lesson6-email', code: EMAIL_CODE }),
    lessonFunction({ id: 'fn-stock', name: STOCK, code: stockCode(false) }),
    lessonFunction({ id: 'fn-worker', name: 'lesson6-worker', code: WORKER_STARTER }),
  ],
  {
    topics: [{ id: 'topic-orders', name: TOPIC, subscriberIds: ['fn-email'] }],
    queues: queues(false),
  },
);

/** One publish by the checkout's own SDK call reached every subscriber, each successfully. */
function fannedOut(run: LessonRun): boolean {
  const succeededIds = new Set(eventsOfType(run, 'async-succeeded').map((e) => e.requestId));
  return eventsOfType(run, 'sns-published').some(
    (published) =>
      published.topicName === TOPIC &&
      published.origin?.functionName === CHECKOUT &&
      published.deliveries.length >= 2 &&
      published.deliveries.every((delivery) => succeededIds.has(delivery.requestId)),
  );
}

function poisonInDlq(run: LessonRun): boolean {
  const moved = eventsOfType(run, 'sqs-moved').some(
    (e) => e.fromQueue === QUEUE && e.toQueue === DLQ && e.reason === 'max-receive-count',
  );
  const processed = eventsOfType(run, 'sqs-batch-result').some(
    (e) => e.queueName === QUEUE && e.deletedIds.length > 0,
  );
  return moved && processed;
}

function countedOnce(run: LessonRun): boolean {
  const byOrder = new Map<unknown, unknown[]>();
  for (const call of invocationsOf(run, STOCK).filter(succeeded)) {
    const orderId = pick(call.result, 'orderId');
    byOrder.set(orderId, [...(byOrder.get(orderId) ?? []), pick(call.result, 'stock')]);
  }
  return [...byOrder.values()].some(
    (stocks) => stocks.length >= 2 && stocks.every((stock) => stock === stocks[0]),
  );
}

export const lesson: Lesson = {
  id: 6,
  title: 'Publish/subscribe',
  body: [
    {
      kind: 'p',
      text: 'Instead of calling each other, services can publish events and let whoever cares subscribe. **SNS** is a topic: one publish is delivered to every subscription (**fan-out**), each function invoked asynchronously with one record. **SQS** is a queue: messages wait until a consumer takes them. Lambda polls the queue for you and invokes your function with **batches** (up to 10 by default).',
    },
    {
      kind: 'diagram',
      label: 'Fan-out and a queue with a dead-letter queue',
      text: 'lesson6-checkout ─PublishCommand─▶ topic lesson6-orders ─┬─▶ lesson6-email\n                                                           └─▶ lesson6-stock\nsend ─▶ queue lesson6-jobs ─(batch)─▶ lesson6-worker\n              └─ after 2 failed receives ─▶ lesson6-jobs-dlq',
    },
    {
      kind: 'p',
      text: '`lesson6-checkout` publishes from code, with the AWS SDK for JavaScript v3 that the Node.js runtime includes: `new SNSClient({})` and `sns.send(new PublishCommand({ TopicArn, Message }))`. `Publish` answers with a `MessageId` once SNS has accepted the message; it does not wait for the subscribers. The topic’s ARN comes from the environment variable `TOPIC_ARN`, so the same code runs on AWS, where the deployed topic has another ARN. There the function’s role must allow `sns:Publish` on the topic (the SAM policy template `SNSPublishMessagePolicy`).',
    },
    {
      kind: 'source',
      text: 'Amazon SNS API Reference: Publish',
      href: 'https://docs.aws.amazon.com/sns/latest/api/API_Publish.html',
    },
    {
      kind: 'list',
      items: [
        'If the handler throws, the whole batch becomes visible again after the visibility timeout and is retried — the good messages too.',
        'With `ReportBatchItemFailures` on, return `{"batchItemFailures": [{"itemIdentifier": messageId}]}`: only those are retried.',
        'A redrive policy moves a message that failed `maxReceiveCount` times to a **dead-letter queue** (DLQ), where you can inspect it instead of retrying forever.',
        'Delivery is **at least once**: the same message can arrive twice even without errors. Handlers must be **idempotent** — processing a duplicate must not count it twice.',
      ],
    },
    {
      kind: 'source',
      text: 'AWS Lambda: handling errors for an SQS event source',
      href: 'https://docs.aws.amazon.com/lambda/latest/dg/services-sqs-errorhandling.html',
    },
  ],
  tasks: [
    {
      id: 'fan-out',
      goal: `Fan out: one \`PublishCommand\` from \`${CHECKOUT}\` to \`${TOPIC}\` invokes both \`lesson6-email\` and \`${STOCK}\`, each successfully.`,
      hints: [
        'In the Pub/Sub tab, subscribe `lesson6-stock` to the topic too.',
        `Then invoke \`${CHECKOUT}\` with \`{"orderId":"o-1","quantity":1}\`: its handler publishes the order.`,
      ],
      check: fannedOut,
    },
    {
      id: 'dlq',
      goal: `Send \`order-1\` and \`poison\` to \`${QUEUE}\` together: \`order-1\` is processed, and \`poison\` lands in \`${DLQ}\` after failing twice.`,
      hints: [
        'Report only the poison message as failed: return `{ batchItemFailures: [{ itemIdentifier: record.messageId }] }` instead of throwing.',
        `Give \`${QUEUE}\` a redrive policy: dead-letter queue \`${DLQ}\`, maximum receives 2.`,
        'Retries wait for the visibility timeout (5 s of simulated time): raise the Speed.',
      ],
      check: poisonInDlq,
    },
    {
      id: 'idempotent',
      goal: `Invoke \`${CHECKOUT}\` twice with the same order: \`${STOCK}\` survives the duplicate without counting it twice (the same stock both times).`,
      hints: [
        'Remember the order ids you have handled (a `Set` in init) and return early for one you have seen.',
      ],
      check: countedOnce,
    },
  ],
  starter,
  solution: {
    ...withFunction(withFunction(starter, 'fn-stock', { code: stockCode(true) }), 'fn-worker', {
      code: WORKER_SOLUTION,
    }),
    topics: [{ id: 'topic-orders', name: TOPIC, subscriberIds: ['fn-email', 'fn-stock'] }],
    queues: queues(true),
  },
  drill: [
    { kind: 'invoke', functionId: 'fn-checkout', event: ORDER },
    { kind: 'wait', seconds: 2 },
    { kind: 'invoke', functionId: 'fn-checkout', event: ORDER },
    { kind: 'wait', seconds: 2 },
    { kind: 'send', queue: QUEUE, body: 'order-1' },
    { kind: 'send', queue: QUEUE, body: 'poison' },
    { kind: 'wait', seconds: 30 },
  ],
};

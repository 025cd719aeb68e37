// The AWS SDK inside a handler: the real @aws-sdk/client-s3 writes and reads the playground's own
// buckets, and its errors are AWS's.
import { Architecture } from './support/architecture';
import { expect, test } from './support/fixtures';
import type { Playground } from './support/playground';

test.describe.configure({ timeout: 180_000 });
// Tall enough that Monaco draws every line of the longest handler here (the editor page object
// reads back the drawn lines).
test.use({ viewport: { width: 1280, height: 1000 } });

/**
 * Gives the selected function one vCPU (1,769 MB). At the default 128 MB, "AWS timing" stretches
 * the handler's computing 13.8× (docs/aws-lambda.md#memory-buys-cpu): the SDK's first calls
 * (endpoint rules, signing, parsing) then take seconds on a busy two-core test machine and pass
 * the 3 s timeout, which is what AWS would do too, but not what these tests are about.
 */
async function giveOneVcpu(playground: Playground): Promise<void> {
  await playground.settings.fill('Memory (MB)', '1769');
}

const HANDLER = `import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => {
  await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'notes/a.txt', Body: 'hello' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'notes/a.txt' }));
  const missing = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'nope' })).catch((e) => e);
  return { text: await got.Body.transformToString(), error: missing.name, status: missing.$metadata.httpStatusCode };
};
`;

test('a handler writes and reads a bucket with the real S3 client', async ({ playground, s3 }) => {
  await s3.open();
  const bucket = await s3.createBucket('photos');
  await giveOneVcpu(playground);
  await playground.setCode(HANDLER);
  await playground.page.getByRole('tab', { name: 'Test', exact: true }).click();
  await playground.invokeAndWait();
  expect(await playground.resultJson()).toEqual({ text: 'hello', error: 'NoSuchKey', status: 404 });
  await s3.open();
  // The S3 tab lists what the handler wrote, with S3's size and ETag (MD5 of "hello").
  const row = s3.object(bucket, 'notes/a.txt');
  await expect(row.getByTestId('object-size')).toHaveText('5');
  await expect(row.getByTestId('object-etag')).toHaveText('5d41402abc4b2a76b9719d911017c592');
});

/** The handler-side helper for the chains below: function-2 logs what reached it, one line. */
const LOGS_RECORDS = `type Records = { Records: Array<{ s3?: { object: { key: string } }; Sns?: { Message: string }; body?: string }> };
export const handler = async (event: Records) => {
  for (const record of event.Records) {
    console.log('received', record.s3?.object.key ?? record.Sns?.Message ?? record.body);
  }
};
`;

/** Adds function-2 through the header, with this code, and leaves it selected. */
async function addSecondFunction(playground: Playground, code: string): Promise<void> {
  await playground.page.getByRole('button', { name: 'Add function' }).click();
  await playground.setCode(code);
}

async function select(playground: Playground, name: string): Promise<void> {
  await playground.page.getByRole('button', { name: `λ ${name}` }).click();
}

async function openTestTab(playground: Playground): Promise<void> {
  await playground.page.getByRole('tab', { name: 'Test', exact: true }).click();
}

test('a PutObject from one handler fires the bucket’s notification, which invokes another', async ({
  playground,
  s3,
}) => {
  await giveOneVcpu(playground);
  await playground.setCode(`import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => {
  const out = await s3.send(new PutObjectCommand({ Bucket: 'uploads', Key: 'uploads/report-7.csv', Body: 'a,b\\n1,2\\n' }));
  return { etag: out.ETag };
};
`);
  await addSecondFunction(playground, LOGS_RECORDS);
  await s3.open();
  const bucket = await s3.createBucket('uploads');
  const notification = await s3.addNotification(bucket, { prefix: 'uploads/' });
  await notification.getByLabel(/^Function/).selectOption({ label: 'function-2' });

  await select(playground, 'add-numbers');
  await openTestTab(playground);
  await playground.controls.setSpeed(100);
  await playground.invokeAndWait();
  // S3's ETag of the 8 bytes written: their MD5, quoted.
  expect(await playground.resultJson()).toEqual({ etag: '"e5ebd4c02cefbe7955977c67ada242b7"' });

  await select(playground, 'function-2');
  await expect
    .poll(() => playground.logs(), { timeout: 60_000 })
    .toMatch(/\tINFO\treceived uploads\/report-7\.csv$/m);
  // The notification names the bucket the handler wrote, as the S3 tab's changes show.
  await s3.open();
  await expect(s3.changes(bucket).first()).toContainText('uploads/report-7.csv');
});

const CALLS_FUNCTION_2 = `import { LambdaClient, InvokeCommand } from '@aws-sdk/client-lambda';
const lambda = new LambdaClient({});
export const handler = async (event: { n: number; fail?: boolean }) => {
  const out = await lambda.send(new InvokeCommand({
    FunctionName: 'function-2',
    InvocationType: 'RequestResponse',
    Payload: JSON.stringify(event),
  }));
  return {
    status: out.StatusCode,
    functionError: out.FunctionError ?? null,
    executed: out.ExecutedVersion,
    payload: JSON.parse(new TextDecoder().decode(out.Payload)),
  };
};
`;

const DOUBLES_OR_THROWS = `export const handler = async (event: { n: number; fail?: boolean }) => {
  if (event.fail) throw new RangeError('cannot double ' + event.n);
  return { doubled: event.n * 2 };
};
`;

test('InvokeCommand calls another function and returns its result, or its error as FunctionError', async ({
  playground,
}) => {
  await giveOneVcpu(playground);
  await playground.setCode(CALLS_FUNCTION_2);
  await addSecondFunction(playground, DOUBLES_OR_THROWS);
  await select(playground, 'add-numbers');
  await openTestTab(playground);

  await playground.setEvent('{"n": 21}');
  await playground.invokeAndWait();
  expect(await playground.resultJson()).toEqual({
    status: 200,
    functionError: null,
    executed: '$LATEST',
    payload: { doubled: 42 },
  });

  // The callee throws: Invoke still answers 200, with FunctionError and the error as the payload.
  await playground.setEvent('{"n": 5, "fail": true}');
  await playground.invokeAndWait();
  const result = (await playground.resultJson()) as { payload: { trace: unknown } };
  expect(result).toMatchObject({
    status: 200,
    functionError: 'Unhandled',
    executed: '$LATEST',
    payload: { errorType: 'RangeError', errorMessage: 'cannot double 5' },
  });
  expect(Array.isArray(result.payload.trace)).toBe(true);
});

test('PublishCommand and SendMessageCommand reach the topic’s subscriber and the queue’s mapping', async ({
  playground,
  pubsub,
}) => {
  await giveOneVcpu(playground);
  await playground.setCode(`import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';
import { SQSClient, GetQueueUrlCommand, SendMessageCommand } from '@aws-sdk/client-sqs';
const sns = new SNSClient({});
const sqs = new SQSClient({});
export const handler = async () => {
  const published = await sns.send(new PublishCommand({
    TopicArn: 'arn:aws:sns:us-east-1:123456789012:orders',
    Message: 'order 42 placed',
  }));
  const { QueueUrl } = await sqs.send(new GetQueueUrlCommand({ QueueName: 'jobs' }));
  const sent = await sqs.send(new SendMessageCommand({ QueueUrl, MessageBody: 'job 7' }));
  return { published: typeof published.MessageId, queueUrl: QueueUrl, sent: typeof sent.MessageId };
};
`);
  await addSecondFunction(playground, LOGS_RECORDS);
  await pubsub.open();
  await pubsub.addTopic('orders', ['function-2']);
  const jobs = await pubsub.addQueue('jobs');
  await pubsub.pollWith(jobs, 'function-2');

  await select(playground, 'add-numbers');
  await openTestTab(playground);
  await playground.controls.setSpeed(100);
  await playground.invokeAndWait();
  expect(await playground.resultJson()).toEqual({
    published: 'string',
    queueUrl: 'https://sqs.us-east-1.amazonaws.com/123456789012/jobs',
    sent: 'string',
  });

  await select(playground, 'function-2');
  await expect
    .poll(() => playground.logs(), { timeout: 60_000 })
    .toMatch(/\tINFO\treceived order 42 placed$/m);
  await expect
    .poll(() => playground.logs(), { timeout: 60_000 })
    .toMatch(/\tINFO\treceived job 7$/m);
});

test('the document client puts and gets an item, and a conditional put fails as DynamoDB’s', async ({
  playground,
}) => {
  const page = playground.page;
  await giveOneVcpu(playground);
  await playground.setCode(`import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand, GetCommand } from '@aws-sdk/lib-dynamodb';
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));
export const handler = async () => {
  await documents.send(new PutCommand({ TableName: 'orders', Item: { id: 'o-1', total: 42, tags: ['new'] } }));
  const { Item } = await documents.send(new GetCommand({ TableName: 'orders', Key: { id: 'o-1' } }));
  const refused = await documents
    .send(new PutCommand({
      TableName: 'orders',
      Item: { id: 'o-1', total: 0 },
      ConditionExpression: 'attribute_not_exists(id)',
    }))
    .catch((e: { name: string; $metadata: { httpStatusCode?: number } }) => e);
  return { item: Item, error: refused.name, status: refused.$metadata.httpStatusCode };
};
`);
  await page.getByRole('tab', { name: 'DynamoDB', exact: true }).click();
  const create = page.getByRole('form', { name: 'Create table' });
  await create.getByLabel('Table name').fill('orders');
  await create.getByRole('button', { name: 'Create table' }).click();
  const table = page.getByRole('region', { name: 'Table orders', exact: true });
  await expect(table.getByTestId('table-item')).toHaveCount(0);

  await openTestTab(playground);
  await playground.invokeAndWait();
  expect(await playground.resultJson()).toEqual({
    item: { id: 'o-1', total: 42, tags: ['new'] },
    error: 'ConditionalCheckFailedException',
    status: 400,
  });

  // The refused put changed nothing: the tab lists the first put's item, total still 42.
  await page.getByRole('tab', { name: 'DynamoDB', exact: true }).click();
  await expect(table.getByTestId('table-item')).toHaveCount(1);
  const item = JSON.parse(
    await table.getByTestId('table-item').locator('code').innerText(),
  ) as unknown;
  expect(item).toEqual({ id: { S: 'o-1' }, total: { N: '42' }, tags: { L: [{ S: 'new' }] } });
});

test('an SDK call is drawn in the Architecture view as an observed edge named by its operation', async ({
  playground,
  s3,
}) => {
  const architecture = new Architecture(playground.page);
  await s3.open();
  await s3.createBucket('photos');
  await expect(architecture.edge('add-numbers', 'photos')).toHaveCount(0);

  await giveOneVcpu(playground);
  await playground.setCode(HANDLER);
  await openTestTab(playground);
  await playground.invokeAndWait();
  const edge = architecture.edge('add-numbers', 'photos');
  await expect(edge).toHaveCount(1);
  await expect(edge).toHaveAttribute('data-kind', 'observed');
  // Both operations the handler made, in the order first seen.
  await expect(edge).toHaveAttribute('data-label', 'PutObject, GetObject');
  // The failed GetObject (NoSuchKey) counts, and the bucket is the workspace's own.
  await expect(architecture.node('Bucket photos')).toHaveAttribute('data-missing', 'false');
});

test('the default workspace loads and invokes without fetching any AWS SDK chunk', async ({
  playground,
  page,
}) => {
  const sdkChunks: string[] = [];
  page.on('request', (request) => {
    const path = new URL(request.url()).pathname;
    if (
      /\/(client-[a-z0-9]+|lib-dynamodb|util-dynamodb|_virtual_sdk-types)-[^/]*\.js$/.test(path)
    ) {
      sdkChunks.push(path);
    }
  });
  // The fixture opened the app before the listener: open it afresh, with the listener on.
  await playground.open();
  await openTestTab(playground);
  await playground.invokeAndWait();
  expect(await playground.resultJson()).toBe(3);
  expect(sdkChunks).toEqual([]);
});

// Lesson 10: a pipeline of managed services — an upload to S3 invokes a function that stores a
// thumbnail and its record (S3 PutObject, DynamoDB PutItem) and publishes to SNS, which invokes
// the next function. Its code runs unchanged on AWS: resource names come from the environment.
// AWS facts stated here: docs/aws-services.md (the SDK in Lambda's runtime, S3, SNS and DynamoDB
// APIs, recursive loop detection, SAM policy templates).
import { lessonFunction, lessonWorkspace, withFunction } from './build';
import { eventsOfType, invocationsOf, pick, succeeded, type Invocation } from './evidence';
import type { Lesson, LessonRun, LessonWorkspace } from './types';
import type { BucketDraft, TopicDraft } from '../workspace/model';

const THUMBNAIL = 'lesson10-thumbnail';
const NOTIFY = 'lesson10-notify';
const UPLOADS = 'lesson10-uploads';
const THUMBNAILS = 'lesson10-thumbnails';
const TABLE = 'lesson10-photos';
const TOPIC = 'lesson10-ready';
const PHOTO = 'photos/cat.jpg';

const S3_EVENT_TYPE = `type S3Event = {
  Records: Array<{ s3: { bucket: { name: string }; object: { key: string; size: number } } }>;
};`;

const PUBLISH = `
    await sns.send(
      new PublishCommand({
        TopicArn: process.env.TOPIC_ARN,
        Message: JSON.stringify({ photo: key, thumbnail: thumbnailKey }),
      }),
    );`;

const TODO = `
    // TODO: tell whoever subscribes: publish { photo: key, thumbnail: thumbnailKey } to the
    // topic whose ARN is process.env.TOPIC_ARN (PublishCommand from @aws-sdk/client-sns).`;

/** The handler's imports, one per line (kept out of this file's own import syntax). */
const clientImports = (publishes: boolean) =>
  [
    "import { DynamoDBClient, PutItemCommand } from '@aws-sdk/client-dynamodb';",
    "import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';",
    ...(publishes ? ["import { SNSClient, PublishCommand } from '@aws-sdk/client-sns';"] : []),
  ].join('\n');

const thumbnailCode = (publishes: boolean) => `${clientImports(publishes)}

// Clients are made once, in INIT, and reused by every invocation of this instance.
const s3 = new S3Client({});
const dynamodb = new DynamoDBClient({});${publishes ? '\nconst sns = new SNSClient({});' : ''}

${S3_EVENT_TYPE}

export const handler = async (event: S3Event) => {
  for (const record of event.Records) {
    // S3 form-encodes the key in events (lesson 5).
    const key = decodeURIComponent(record.s3.object.key.replace(/\\+/g, ' '));
    const thumbnailKey = \`thumbnails/\${key}\`;
    // Never into the bucket that invokes this function: each write would invoke it again.
    await s3.send(
      new PutObjectCommand({
        Bucket: process.env.THUMBNAIL_BUCKET,
        Key: thumbnailKey,
        Body: \`A 128x128 thumbnail of \${key}\`,
        ContentType: 'text/plain',
      }),
    );
    await dynamodb.send(
      new PutItemCommand({
        TableName: process.env.TABLE_NAME,
        Item: {
          photo: { S: key },
          size: { N: String(record.s3.object.size) },
          thumbnail: { S: thumbnailKey },
        },
      }),
    );${publishes ? PUBLISH : TODO}
  }
};
`;

const NOTIFY_CODE = `type SnsEvent = { Records: Array<{ Sns: { Message: string } }> };

export const handler = async (event: SnsEvent) => {
  const ready = JSON.parse(event.Records[0]!.Sns.Message) as { photo: string; thumbnail: string };
  console.log(\`Your photo \${ready.photo} is ready: \${ready.thumbnail}\`);
  return ready;
};
`;

function buckets(notifies: boolean): BucketDraft[] {
  const notification = {
    id: 'make-thumbnails',
    events: ['s3:ObjectCreated:*'],
    prefix: 'photos/',
    suffix: '',
    functionId: 'fn-thumbnail',
  };
  return [
    { id: 'bucket-uploads', name: UPLOADS, notifications: notifies ? [notification] : [] },
    { id: 'bucket-thumbnails', name: THUMBNAILS, notifications: [] },
  ];
}

function topics(subscribed: boolean): TopicDraft[] {
  return [{ id: 'topic-ready', name: TOPIC, subscriberIds: subscribed ? ['fn-notify'] : [] }];
}

const starter: LessonWorkspace = lessonWorkspace(
  [
    lessonFunction({
      id: 'fn-thumbnail',
      name: THUMBNAIL,
      code: thumbnailCode(false),
      config: {
        // Three SDK calls, the first ones on a cold start, are CPU work (loading, signing), and
        // CPU grows with memory (docs/aws-lambda.md#memory-buys-cpu).
        memoryMB: 1024,
        timeoutSec: 10,
        environment: {
          THUMBNAIL_BUCKET: THUMBNAILS,
          TABLE_NAME: TABLE,
          TOPIC_ARN: `arn:aws:sns:us-east-1:123456789012:${TOPIC}`,
        },
      },
    }),
    lessonFunction({ id: 'fn-notify', name: NOTIFY, code: NOTIFY_CODE }),
  ],
  {
    buckets: buckets(false),
    topics: topics(false),
    tables: [
      {
        id: 'table-photos',
        name: TABLE,
        partitionKey: { name: 'photo', type: 'S' },
        sortKey: null,
        streamViewType: null,
        mappings: [],
      },
    ],
  },
);

/** The thumbnail function's runs that an upload to the uploads bucket caused. */
function uploadRuns(run: LessonRun): Invocation[] {
  return invocationsOf(run, THUMBNAIL).filter(
    (call) =>
      call.start.origin === undefined &&
      pick(call.event, 'Records.0.eventSource') === 'aws:s3' &&
      pick(call.event, 'Records.0.s3.bucket.name') === UPLOADS,
  );
}

/** The SDK calls a request made that its service answered with 200. */
function answeredCalls(run: LessonRun, requestId: string) {
  return eventsOfType(run, 'service-call').filter(
    (call) => call.requestId === requestId && call.statusCode === 200,
  );
}

/** An upload's run stored its thumbnail and its record, each through its own SDK call. */
function recorded(run: LessonRun): boolean {
  return uploadRuns(run).some((call) => {
    const calls = answeredCalls(run, call.start.requestId);
    return (
      succeeded(call) &&
      calls.some((c) => c.operation === 'PutObject' && c.resource === THUMBNAILS) &&
      calls.some((c) => c.operation === 'PutItem' && c.resource === TABLE)
    );
  });
}

/** The upload's run published, and the notify function got the photo's key from that message. */
function notified(run: LessonRun): boolean {
  const fromUploads = new Set(uploadRuns(run).map((call) => call.start.requestId));
  const delivered = new Set(
    eventsOfType(run, 'sns-published')
      .filter(
        (published) =>
          published.topicName === TOPIC &&
          published.origin?.functionName === THUMBNAIL &&
          fromUploads.has(published.origin.requestId),
      )
      .flatMap((published) => published.deliveries.map((delivery) => delivery.requestId)),
  );
  return invocationsOf(run, NOTIFY).some(
    (call) =>
      delivered.has(call.start.requestId) &&
      succeeded(call) &&
      pick(call.result, 'photo') === PHOTO,
  );
}

export const lesson: Lesson = {
  id: 10,
  title: 'A pipeline: upload, thumbnail, notify',
  body: [
    {
      kind: 'p',
      text: 'Serverless applications are often pipelines of managed services glued by small functions. Here an upload to `lesson10-uploads` invokes `lesson10-thumbnail`, which stores a thumbnail in `lesson10-thumbnails` (S3 `PutObject`), writes the photo’s record to the DynamoDB table `lesson10-photos` (`PutItem`), and publishes to the SNS topic `lesson10-ready`, whose subscriber `lesson10-notify` tells the user.',
    },
    {
      kind: 'diagram',
      label: 'The pipeline',
      text: 'upload ─▶ lesson10-uploads ─(notification)─▶ lesson10-thumbnail ─┬─PutObject─▶ lesson10-thumbnails\n                                                                    ├─PutItem───▶ table lesson10-photos\n                                                                    └─Publish───▶ topic lesson10-ready ─▶ lesson10-notify',
    },
    {
      kind: 'list',
      items: [
        'The handler calls each service with the AWS SDK for JavaScript v3, which the Node.js runtime includes: create the clients once, outside the handler, so every invocation of a warm instance reuses them.',
        'Names come from **environment variables** (`THUMBNAIL_BUCKET`, `TABLE_NAME`, `TOPIC_ARN`), never from the code: deployed resources get generated names, and the same code then runs in any account or stage.',
        'On AWS the function’s role must allow each call. Exported as a SAM project, the function gets `S3CrudPolicy`, `DynamoDBCrudPolicy` and `SNSPublishMessagePolicy`, and its variables become references to the deployed bucket, table and topic.',
        '`lesson10-thumbnail` has 1024 MB and a 10 s timeout: Lambda gives CPU in proportion to memory, and a cold start’s first SDK calls (loading the clients, signing requests) are CPU work.',
        'Never write into the bucket that invokes the function: each write would invoke it again. Lambda stops such a loop after 16 invocations in one chain of requests.',
      ],
    },
    {
      kind: 'source',
      text: 'AWS Lambda: using Lambda with Amazon S3 (a thumbnail pipeline)',
      href: 'https://docs.aws.amazon.com/lambda/latest/dg/with-s3-tutorial.html',
    },
    {
      kind: 'source',
      text: 'AWS SAM policy templates',
      href: 'https://docs.aws.amazon.com/serverless-application-model/latest/developerguide/serverless-policy-template-list.html',
    },
  ],
  tasks: [
    {
      id: 'record',
      goal: `Upload \`${PHOTO}\` to \`${UPLOADS}\`: \`${THUMBNAIL}\` stores its thumbnail in \`${THUMBNAILS}\` and its record in the table \`${TABLE}\`.`,
      hints: [
        `In the S3 tab, add a notification to \`${UPLOADS}\` for \`s3:ObjectCreated:*\` with prefix \`photos/\` that invokes \`${THUMBNAIL}\`.`,
        'The DynamoDB tab shows the item; the S3 tab shows the thumbnail.',
      ],
      check: recorded,
    },
    {
      id: 'notify',
      goal: `The same run publishes to \`${TOPIC}\` with \`PublishCommand\`, and \`${NOTIFY}\` returns the photo’s key, \`${PHOTO}\`.`,
      hints: [
        `In \`${THUMBNAIL}\`, publish \`JSON.stringify({ photo: key, thumbnail: thumbnailKey })\` to \`process.env.TOPIC_ARN\`.`,
        `In the Pub/Sub tab, subscribe \`${NOTIFY}\` to \`${TOPIC}\`.`,
      ],
      check: notified,
    },
  ],
  starter,
  solution: {
    ...withFunction(starter, 'fn-thumbnail', { code: thumbnailCode(true) }),
    buckets: buckets(true),
    topics: topics(true),
  },
  drill: [
    { kind: 'upload', bucket: UPLOADS, key: PHOTO },
    { kind: 'wait', seconds: 5 },
  ],
};

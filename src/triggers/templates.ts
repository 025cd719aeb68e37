// The Test tab's event templates, as the Lambda console lists them, each built by the same
// factory the trigger uses, from fixed sample values (documentation IPs, example account).
import { amznTraceId } from './http/forwarded-headers';
import { functionUrlEvent, httpApiV2Event } from './http/http-api-event';
import type { HttpRequestSpec } from './http/request';
import { restApiV1Event } from './http/rest-api-event';
import { objectFacts, s3Event } from './s3/s3-event';
import { scheduledEvent } from './schedule/scheduled-event';
import { snsEvent } from './sns/sns-event';
import { sqsEvent, sqsRecord } from './sqs/sqs-event';

export interface EventTemplate {
  id: string;
  label: string;
  /** A fresh event object each call. */
  build(): unknown;
}

const TIME = Date.UTC(2026, 0, 1, 12, 0, 0);
const ACCOUNT = '123456789012';
const REGION = 'us-east-1';
const SOURCE_IP = '203.0.113.10';
const TRACE_ID = amznTraceId(TIME, '0123456789abcdef01234567');
const ITEM_ROUTE = {
  routeKey: 'GET /items/{id}',
  resource: '/items/{id}',
  pathParameters: { id: '42' },
};

const GET_ITEM: HttpRequestSpec = {
  method: 'GET',
  path: '/items/42',
  query: 'verbose=true',
  headers: [
    ['accept', 'application/json'],
    ['user-agent', 'Mozilla/5.0 (X11; Linux x86_64) Playground/1.0'],
  ],
  cookies: ['session=abc123'],
};

const S3_COMMON = {
  bucket: 'my-bucket',
  key: 'photos/my photo.jpg',
  timeMs: TIME,
  configurationId: 'on-upload',
  region: REGION,
  requestId: 'C3D13FE58DE4C810',
  hostId: 'FMyUVURIY8/IgAtTv8xRjskZQpcIZ9KG4V5Wp6S7S/JRWeUWerMUE5JgHvANOjpD',
};

const QUEUE_ARN = `arn:aws:sqs:${REGION}:${ACCOUNT}:orders`;
const TOPIC_ARN = `arn:aws:sns:${REGION}:${ACCOUNT}:orders`;

function order(n: number) {
  return sqsRecord({
    messageId: `19dd0b57-b21e-4ac1-bd88-01bbb068cb7${n}`,
    receiptHandle: `AQEBwJnKyrHigUMZj6rYigCgxlaS3SLy0a${n}`,
    body: JSON.stringify({ orderId: n }),
    queueArn: QUEUE_ARN,
    receiveCount: 1,
    sentTimestampMs: TIME + n,
    firstReceiveTimestampMs: TIME + n + 5,
    senderId: 'AIDAIENQZJOLO23YVJ4VO',
  });
}

export const eventTemplates: readonly EventTemplate[] = [
  {
    id: 'apigateway-http-api',
    label: 'API Gateway HTTP API (GET /items/{id})',
    build: () =>
      httpApiV2Event(GET_ITEM, ITEM_ROUTE, {
        accountId: ACCOUNT,
        region: REGION,
        apiId: 'r3pmxmplak',
        requestId: 'JKJaXmPLvHcESHA=',
        timeMs: TIME,
        sourceIp: SOURCE_IP,
        traceId: TRACE_ID,
      }),
  },
  {
    id: 'lambda-function-url',
    label: 'Lambda function URL',
    build: () =>
      functionUrlEvent(GET_ITEM, {
        region: REGION,
        urlId: 'a1b2c3d4e5f6g7h8i9j0k1l2m3n4o5p6',
        requestId: 'd8b5a1e4-3c2f-4e8a-9b7d-6f5e4d3c2b1a',
        timeMs: TIME,
        sourceIp: SOURCE_IP,
        traceId: TRACE_ID,
      }),
  },
  {
    id: 'apigateway-aws-proxy',
    label: 'API Gateway REST API (AWS proxy)',
    build: () =>
      restApiV1Event(GET_ITEM, ITEM_ROUTE, {
        accountId: ACCOUNT,
        region: REGION,
        apiId: '1234567890',
        stage: 'prod',
        resourceId: '123456',
        requestId: 'c6af9ac6-7b61-11e6-9a41-93e8deadbeef',
        extendedRequestId: 'BQGojGkpoAMFL8Q=',
        timeMs: TIME,
        sourceIp: SOURCE_IP,
        traceId: TRACE_ID,
      }),
  },
  {
    id: 's3-put',
    label: 'S3 Put',
    build: () =>
      s3Event({
        ...S3_COMMON,
        ...objectFacts(new TextEncoder().encode('hello world')),
        eventName: 'ObjectCreated:Put',
        sequencer: '0A1B2C3D4E5F678901',
      }),
  },
  {
    id: 's3-delete',
    label: 'S3 Delete',
    build: () =>
      s3Event({ ...S3_COMMON, eventName: 'ObjectRemoved:Delete', sequencer: '0A1B2C3D4E5F678902' }),
  },
  {
    id: 'sns-notification',
    label: 'SNS Topic Notification',
    build: () =>
      snsEvent({
        topicArn: TOPIC_ARN,
        subscriptionArn: `${TOPIC_ARN}:2bcfbf39-05c3-41de-beaa-fcfcc21c8f55`,
        messageId: '95df01b4-ee98-5cb9-9903-4c221d41eb5e',
        message: 'Hello from SNS!',
        subject: 'Test message',
        attributes: { source: { type: 'String', value: 'playground' } },
        timeMs: TIME,
      }),
  },
  {
    id: 'sqs-receive-message',
    label: 'SQS (batch of 2)',
    build: () => sqsEvent([order(1), order(2)]),
  },
  {
    id: 'eventbridge-scheduled',
    label: 'EventBridge Scheduled Event',
    build: () =>
      scheduledEvent({
        id: 'cdc73f9d-aea9-11e3-9d5a-835b769c0d9c',
        timeMs: TIME,
        ruleArn: `arn:aws:events:${REGION}:${ACCOUNT}:rule/my-schedule`,
      }),
  },
];

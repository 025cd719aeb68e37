// Every factory's output checked against @types/aws-lambda by tsc (the assignments below), plus a
// few run-time fields. Where AWS and @types disagree, `@ts-expect-error` pins the known gap.
import type {
  APIGatewayProxyEvent,
  APIGatewayProxyEventV2,
  LambdaFunctionURLEvent,
  S3Event,
  ScheduledEvent,
  SNSEvent,
  SQSBatchResponse,
  SQSEvent,
} from 'aws-lambda';
import { describe, expect, it } from 'vitest';
import {
  functionUrlEvent,
  httpApiV2Event,
  parseBatchItemFailures,
  restApiV1Event,
  s3Event,
  scheduledEvent,
  snsEvent,
  sqsEvent,
  sqsRecord,
  type HttpRequestSpec,
} from './index';

const TIME = Date.UTC(2026, 0, 1);
const REQUEST: HttpRequestSpec = { method: 'GET', path: '/', query: '', headers: [], cookies: [] };
const ROUTE = { routeKey: '$default', resource: '$default', pathParameters: {} };
const NET = { timeMs: TIME, sourceIp: '203.0.113.10', traceId: 'Root=1-0-0' };
const S3 = {
  bucket: 'b',
  key: 'k',
  sequencer: '01',
  timeMs: TIME,
  configurationId: 'c',
  region: 'us-east-1',
  requestId: 'R',
  hostId: 'H',
};
const SNS = {
  topicArn: 'arn:aws:sns:us-east-1:123456789012:t',
  subscriptionArn: 'arn:aws:sns:us-east-1:123456789012:t:1',
  messageId: 'm',
  message: 'hello',
  timeMs: TIME,
};

describe('factory output against @types/aws-lambda', () => {
  it('assigns each event to its AWS type', () => {
    const httpApi: APIGatewayProxyEventV2 = httpApiV2Event(REQUEST, ROUTE, {
      ...NET,
      accountId: '123456789012',
      region: 'us-east-1',
      apiId: 'api',
      requestId: 'r',
    });
    const url: LambdaFunctionURLEvent = functionUrlEvent(REQUEST, {
      ...NET,
      region: 'us-east-1',
      urlId: 'u',
      requestId: 'r',
    });
    const rest: APIGatewayProxyEvent = restApiV1Event(REQUEST, ROUTE, {
      ...NET,
      accountId: '123456789012',
      region: 'us-east-1',
      apiId: 'api',
      stage: 'prod',
      resourceId: 'res',
      requestId: 'r',
      extendedRequestId: 'x',
    });
    const put: S3Event = s3Event({ ...S3, eventName: 'ObjectCreated:Put', size: 1, eTag: 'e' });
    const sns: SNSEvent = snsEvent({ ...SNS, subject: 'hi' });
    const sqs: SQSEvent = sqsEvent([
      sqsRecord({
        messageId: 'm',
        receiptHandle: 'h',
        body: 'b',
        queueArn: 'arn:aws:sqs:us-east-1:123456789012:q',
        receiveCount: 1,
        sentTimestampMs: TIME,
        firstReceiveTimestampMs: TIME,
        senderId: 's',
      }),
    ]);
    const schedule: ScheduledEvent = scheduledEvent({
      id: 'i',
      timeMs: TIME,
      ruleArn: 'arn:aws:events:us-east-1:123456789012:rule/r',
    });
    expect([httpApi.version, url.requestContext.accountId, rest.httpMethod]).toEqual([
      '2.0',
      'anonymous',
      'GET',
    ]);
    expect([put.Records[0]?.eventVersion, sns.Records[0]?.Sns.Subject]).toEqual(['2.1', 'hi']);
    expect([sqs.Records[0]?.attributes.ApproximateReceiveCount, schedule['detail-type']]).toEqual([
      '1',
      'Scheduled Event',
    ]);
  });

  it('keeps the shapes where AWS differs from @types', () => {
    // @ts-expect-error S3 sends no size or eTag for a removed object; @types requires both.
    const removed: S3Event = s3Event({ ...S3, eventName: 'ObjectRemoved:Delete' });
    // @ts-expect-error SNS writes "Subject": null without a subject; @types allows string | undefined.
    const noSubject: SNSEvent = snsEvent(SNS);
    expect(removed.Records[0]?.s3.object.size).toBeUndefined();
    expect(noSubject.Records[0]?.Sns.Subject).toBeNull();
  });

  it('reads an SQSBatchResponse as @types shapes it', () => {
    const response: SQSBatchResponse = { batchItemFailures: [{ itemIdentifier: 'm' }] };
    expect(parseBatchItemFailures(JSON.stringify(response), ['m', 'n'])).toEqual({
      kind: 'partial',
      failedIds: ['m'],
    });
  });
});

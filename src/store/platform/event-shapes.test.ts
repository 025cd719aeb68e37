// The real engine with the triggers' event shapes: what a handler receives from SNS, SQS, S3 and schedules.
import { describe, expect, it } from 'vitest';
import {
  createManualClock,
  createPlatform,
  defaultFunctionConfig,
  sequentialIds,
} from '../../engine';
import type { CodeBundle } from '../../engine';
import { createFakeExecutor, errorInvoke } from '../../engine/testing/fake-executor';
import { createEventShapes } from './event-shapes';

/** 2026-11-27T12:00:00.000Z */
const T0 = Date.UTC(2026, 10, 27, 12, 0, 0);
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

const bundle: CodeBundle = {
  format: 'cjs',
  code: 'exports.handler = async () => null;',
  hash: 'v1',
  entryModule: 'index',
  entryFile: 'index.js',
};

/** A platform on a manual clock with the given functions deployed. */
function setup(...functionNames: string[]) {
  const clock = createManualClock(T0);
  const executor = createFakeExecutor({ clock });
  const platform = createPlatform({
    clock,
    executor,
    ids: sequentialIds(),
    wallClock: () => clock.now(),
    shapes: createEventShapes(),
  });
  for (const name of functionNames) platform.deploy(defaultFunctionConfig(name), bundle);
  return {
    platform,
    executor,
    /** Moves the clock on, then lets the fake executor's answers and the timers they set run. */
    async settle(ms = 0): Promise<void> {
      clock.advance(ms);
      for (let seen = -1; seen !== executor.invoked.length;) {
        seen = executor.invoked.length;
        for (let i = 0; i < 5; i++) await new Promise((resolve) => setTimeout(resolve, 0));
        clock.advance(0);
      }
    },
    /** Every event the functions were invoked with, parsed, with the function it went to. */
    received(): Array<{ functionName: string; event: Record<string, unknown> }> {
      return executor.invoked.map(({ instanceId, request }) => ({
        functionName:
          executor.started.find((spec) => spec.instanceId === instanceId)?.config.name ?? '',
        event: JSON.parse(request.eventJson) as Record<string, unknown>,
      }));
    },
  };
}

describe('createEventShapes', () => {
  it('fans an SNS publish out to two functions as PascalCase SNS events', async () => {
    const { platform, settle, received } = setup('thumbs', 'audit');
    platform.createTopic('uploads');
    const thumbs = platform.subscribeToTopic('uploads', 'thumbs');
    const audit = platform.subscribeToTopic('uploads', 'audit');
    const messageId = platform.publish('uploads', {
      message: JSON.stringify({ id: 7 }),
      attributes: { kind: { dataType: 'String', value: 'photo' } },
    });
    await settle();
    const topicArn = 'arn:aws:sns:us-east-1:123456789012:uploads';
    const sns = (subscriptionId: string) => ({
      Records: [
        {
          EventSource: 'aws:sns',
          EventVersion: '1.0',
          EventSubscriptionArn: `${topicArn}:${subscriptionId}`,
          Sns: {
            Type: 'Notification',
            MessageId: messageId,
            TopicArn: topicArn,
            Subject: null,
            Message: '{"id":7}',
            Timestamp: '2026-11-27T12:00:00.000Z',
            SignatureVersion: '1',
            Signature: 'EXAMPLE',
            SigningCertUrl: 'EXAMPLE',
            UnsubscribeUrl: `https://sns.us-east-1.amazonaws.com/?Action=Unsubscribe&SubscriptionArn=${topicArn}:${subscriptionId}`,
            MessageAttributes: { kind: { Type: 'String', Value: 'photo' } },
          },
        },
      ],
    });
    expect(received()).toEqual([
      { functionName: 'thumbs', event: sns(thumbs) },
      { functionName: 'audit', event: sns(audit) },
    ]);
  });

  it('sends an SQS message whose handler always fails to the DLQ after maxReceiveCount', async () => {
    const { platform, executor, settle, received } = setup('worker');
    executor.script.invoke = () => errorInvoke();
    platform.createQueue({ name: 'jobs-dlq' });
    platform.createQueue({ name: 'jobs', maxReceiveCount: 2, deadLetterQueue: 'jobs-dlq' });
    platform.createEventSourceMapping({ queue: 'jobs', functionName: 'worker' });
    const messageId = platform.sendMessage('jobs', {
      body: 'poison',
      attributes: { tries: { dataType: 'Number', value: '3' } },
    });
    for (const ms of [0, 30_000, 30_000]) await settle(ms);
    const records = received().map(({ event }) => (event.Records as unknown[])[0]);
    expect(records).toMatchObject([
      {
        messageId,
        body: 'poison',
        attributes: {
          ApproximateReceiveCount: '1',
          SentTimestamp: String(T0),
          SenderId: '123456789012',
          ApproximateFirstReceiveTimestamp: String(T0),
        },
        messageAttributes: { tries: { stringValue: '3', dataType: 'Number' } },
        eventSource: 'aws:sqs',
        eventSourceARN: 'arn:aws:sqs:us-east-1:123456789012:jobs',
        awsRegion: 'us-east-1',
      },
      { messageId, attributes: { ApproximateReceiveCount: '2' } },
    ]);
    expect(platform.listMessages('jobs')).toEqual([]);
    expect(platform.listMessages('jobs-dlq')).toMatchObject([{ messageId, body: 'poison' }]);
  });

  it('delivers an S3 change to `my photo.jpg` with the key form-encoded and a hex sequencer', async () => {
    const { platform, settle, received } = setup('thumbs');
    const events = ['s3:ObjectCreated:*', 's3:ObjectRemoved:*'];
    const config = { functionName: 'thumbs', events, suffix: '.jpg' };
    platform.putBucketNotification('photos', [{ id: 'on-upload', ...config }]);
    platform.notifyS3Change('photos', { eventName: 'ObjectCreated:Put', key: 'my photo.jpg' });
    platform.notifyS3Change('photos', { eventName: 'ObjectRemoved:Delete', key: 'my photo.jpg' });
    await settle();
    expect(received().map(({ event }) => event)).toMatchObject([
      {
        Records: [
          {
            eventName: 'ObjectCreated:Put',
            eventTime: '2026-11-27T12:00:00.000Z',
            s3: {
              configurationId: 'on-upload',
              bucket: { name: 'photos', arn: 'arn:aws:s3:::photos' },
              object: {
                key: 'my+photo.jpg',
                size: 0,
                eTag: 'd41d8cd98f00b204e9800998ecf8427e',
                sequencer: '000000000000000001',
              },
            },
          },
        ],
      },
      { Records: [{ eventName: 'ObjectRemoved:Delete' }] },
    ]);
    const removed = received()[1]?.event as { Records: Array<{ s3: { object: unknown } }> };
    expect(removed.Records[0]?.s3.object).toEqual({
      key: 'my+photo.jpg',
      sequencer: '000000000000000002',
    });
  });

  it('fires a rate(1 minute) schedule once a minute with the Scheduled Event', async () => {
    const { platform, settle, received } = setup('tick');
    platform.createScheduleRule({
      name: 'every-minute',
      expression: 'rate(1 minute)',
      functionName: 'tick',
    });
    for (let minute = 0; minute < 3; minute++) await settle(60_000);
    const events = received().map(({ event }) => event);
    expect(events.map((event) => event.time)).toEqual([
      '2026-11-27T12:01:00Z',
      '2026-11-27T12:02:00Z',
      '2026-11-27T12:03:00Z',
    ]);
    expect(events[0]).toEqual({
      version: '0',
      id: expect.stringMatching(UUID) as unknown,
      'detail-type': 'Scheduled Event',
      source: 'aws.events',
      account: '123456789012',
      time: '2026-11-27T12:01:00Z',
      region: 'us-east-1',
      resources: ['arn:aws:events:us-east-1:123456789012:rule/every-minute'],
      detail: {},
    });
    expect(new Set(events.map((event) => event.id)).size).toBe(3);
  });

  it('reads a partial batch response as the ids to retry: none, some, or the whole batch', () => {
    const { parseBatchResponse } = createEventShapes();
    const partial = (itemIdentifier: string) =>
      parseBatchResponse(JSON.stringify({ batchItemFailures: [{ itemIdentifier }] }), ['a', 'b']);
    expect(parseBatchResponse('null', ['a', 'b'])).toEqual([]);
    expect(partial('b')).toEqual(['b']);
    expect(partial('')).toEqual(['a', 'b']);
    expect(partial('c')).toEqual(['a', 'b']);
  });

  it("refuses an invalid schedule expression with the triggers' message", () => {
    const { platform } = setup('tick');
    const rule = { name: 'bad', expression: 'rate(1 minutes)', functionName: 'tick' };
    expect(() => platform.createScheduleRule(rule)).toThrow(
      'With a value of 1 the unit must be singular: rate(1 minute).',
    );
  });
});

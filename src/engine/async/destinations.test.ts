// Every destination type and condition on the manual clock: what each target receives, in the
// shape Lambda sends it (docs/aws-lambda.md#destinations-and-dead-letter-queues).
import { describe, expect, it } from 'vitest';
import { validateConfig } from '../functions/validate-config';
import { errorInvoke, okInvoke } from '../testing/fake-executor';
import {
  requestIdOf,
  setupPlatform,
  T0,
  testBundle,
  testConfig,
} from '../testing/platform-fixture';
import type { FunctionConfig } from '../types';
import { failureObjectKey } from './destinations';

const ARN = 'arn:aws:lambda:us-east-1:123456789012:function:add:$LATEST';

/** `add` with the given async settings, and `audit`, a second function that records what it gets. */
function world(config: Partial<FunctionConfig>, addFails = false) {
  const setup = setupPlatform();
  setup.platform.deploy(testConfig(config), testBundle());
  setup.platform.deploy(testConfig({ name: 'audit' }), testBundle());
  setup.executor.script.invoke = (instanceId) =>
    addFails && instanceId.startsWith('add-') ? errorInvoke('boom') : okInvoke('{"total":3}');
  /** The events `audit` was invoked with, parsed. */
  const auditEvents = () =>
    setup.executor.invoked
      .filter(({ instanceId }) => instanceId.startsWith('audit-'))
      .map(({ request }) => JSON.parse(request.eventJson) as Record<string, unknown>);
  return { ...setup, auditEvents };
}

const SUCCESS_RECORD = {
  version: '1.0',
  timestamp: '2026-11-27T12:00:00.000Z',
  requestContext: {
    requestId: requestIdOf(1),
    functionArn: ARN,
    condition: 'Success',
    approximateInvokeCount: 1,
  },
  requestPayload: { order: 7 },
  responseContext: { statusCode: 200, executedVersion: '$LATEST' },
  responsePayload: { total: 3 },
};

describe('on-success destinations', () => {
  it('sends the invocation record to an SQS queue as a message', async () => {
    const { platform, settle, ofType } = world({ onSuccess: { type: 'sqs', name: 'done' } });
    platform.createQueue({ name: 'done' });
    platform.invokeAsync('add', '{"order":7}');
    await settle();
    const [message] = platform.listMessages('done');
    expect(JSON.parse(message?.body ?? '')).toEqual(SUCCESS_RECORD);
    expect(message?.attributes).toEqual({});
    expect(ofType('async-succeeded')[0]?.deliveries).toEqual([
      {
        kind: 'on-success-destination',
        targetType: 'sqs',
        targetName: 'done',
        messageId: message?.messageId,
      },
    ]);
  });

  it('publishes the record to an SNS topic, whose subscribers each get it as the Message', async () => {
    const { platform, settle, auditEvents, ofType } = world({
      onSuccess: { type: 'sns', name: 'results' },
    });
    platform.createTopic('results');
    const subscription = platform.subscribeToTopic('results', 'audit');
    platform.invokeAsync('add', '{"order":7}');
    await settle();
    const [published] = ofType('sns-published');
    expect(published?.topicName).toBe('results');
    const [event] = auditEvents();
    const record = (event?.Records as Array<{ subscriptionId: string; message: string }>)[0];
    expect(record?.subscriptionId).toBe(subscription);
    expect(JSON.parse(record?.message ?? '')).toEqual(SUCCESS_RECORD);
    expect(ofType('async-succeeded')[0]?.deliveries[0]).toMatchObject({
      targetType: 'sns',
      messageId: published?.messageId,
    });
  });

  it('invokes another function asynchronously with the record as its event', async () => {
    const { platform, settle, auditEvents, ofType } = world({
      onSuccess: { type: 'lambda', name: 'audit' },
    });
    platform.invokeAsync('add', '{"order":7}');
    await settle();
    expect(auditEvents()).toEqual([SUCCESS_RECORD]);
    const queued = ofType('async-queued').find((e) => e.functionName === 'audit');
    expect(queued).toMatchObject({ source: 'lambda', requestId: requestIdOf(2) });
    expect(ofType('async-succeeded')[0]?.deliveries[0]).toMatchObject({
      targetType: 'lambda',
      targetName: 'audit',
      messageId: requestIdOf(2),
    });
  });

  it('puts an event on an EventBridge bus, which a matching rule routes to a function', async () => {
    const { platform, settle, auditEvents, ofType } = world({
      onSuccess: { type: 'eventbridge', name: 'default' },
    });
    platform.putEventRule('default', {
      name: 'results',
      pattern: '{"source":["lambda"],"detail":{"requestContext":{"condition":["Success"]}}}',
      targets: [{ type: 'lambda', name: 'audit' }],
    });
    platform.putEventRule('default', {
      name: 'failures-only',
      pattern: '{"detail-type":["Lambda Function Invocation Result - Failure"]}',
      targets: [{ type: 'lambda', name: 'audit' }],
    });
    platform.invokeAsync('add', '{"order":7}');
    await settle();
    const [put] = ofType('eventbridge-put');
    expect(auditEvents()).toEqual([
      {
        version: '0',
        id: put?.eventId,
        'detail-type': 'Lambda Function Invocation Result - Success',
        source: 'lambda',
        account: '123456789012',
        time: '2026-11-27T12:00:00Z',
        region: 'us-east-1',
        resources: ['arn:aws:events:us-east-1:123456789012:event-bus/default', ARN],
        detail: SUCCESS_RECORD,
      },
    ]);
    expect(put?.deliveries).toEqual([
      { ruleName: 'results', targetType: 'lambda', targetName: 'audit', messageId: requestIdOf(2) },
    ]);
    expect(ofType('async-queued').at(-1)?.source).toBe('aws.events');
  });

  it('refuses an S3 bucket on success, and the function as its own destination', () => {
    const problems = validateConfig(
      testConfig({
        onSuccess: { type: 's3', name: 'records' },
        onFailure: { type: 'lambda', name: 'add' },
      }),
    );
    expect(problems).toEqual([
      { field: 'onSuccess', message: 'An S3 bucket can be a destination on failure only.' },
      {
        field: 'onFailure',
        message: "You can't specify the function as a destination for itself.",
      },
    ]);
  });

  it('says why a record was not delivered when its target is missing', async () => {
    const { platform, settle, ofType } = world({ onSuccess: { type: 'lambda', name: 'gone' } });
    platform.invokeAsync('add', '{}');
    await settle();
    expect(ofType('async-succeeded')[0]?.deliveries).toEqual([
      {
        kind: 'on-success-destination',
        targetType: 'lambda',
        targetName: 'gone',
        messageId: null,
        problem: 'Function not found: arn:aws:lambda:us-east-1:123456789012:function:gone:$LATEST',
      },
    ]);
  });
});

describe('on-failure destinations', () => {
  const failed = {
    requestContext: {
      requestId: requestIdOf(1),
      functionArn: ARN,
      condition: 'RetriesExhausted',
      approximateInvokeCount: 2,
    },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: { errorType: 'Error', errorMessage: 'boom', trace: ['Error: boom'] },
  };

  it('sends a RetriesExhausted record through EventBridge with the Failure detail-type', async () => {
    const { platform, settle, ofType } = world(
      { maximumRetryAttempts: 1, onFailure: { type: 'eventbridge', name: 'ops' } },
      true,
    );
    platform.createEventBus('ops');
    platform.createQueue({ name: 'failures' });
    platform.putEventRule('ops', {
      name: 'to-queue',
      pattern: '{"detail-type":[{"suffix":"Failure"}]}',
      targets: [{ type: 'sqs', name: 'failures' }],
    });
    platform.invokeAsync('add', '{"order":7}');
    await settle();
    await settle(60_000);
    const event = JSON.parse(platform.listMessages('failures')[0]?.body ?? '{}');
    expect(event).toMatchObject({
      'detail-type': 'Lambda Function Invocation Result - Failure',
      source: 'lambda',
      time: '2026-11-27T12:01:00Z',
      resources: ['arn:aws:events:us-east-1:123456789012:event-bus/ops', ARN],
      detail: { ...failed, timestamp: '2026-11-27T12:01:00.000Z', requestPayload: { order: 7 } },
    });
    expect(ofType('async-failed')[0]?.deliveries[0]).toMatchObject({
      kind: 'on-failure-destination',
      targetType: 'eventbridge',
      targetName: 'ops',
      messageId: event.id,
    });
  });

  it('records EventAgeExceeded when the next retry would come too late', async () => {
    const { platform, settle } = world(
      { maximumEventAgeSec: 60, onFailure: { type: 'sqs', name: 'records' } },
      true,
    );
    platform.createQueue({ name: 'records' });
    platform.invokeAsync('add', '{}');
    await settle();
    await settle(60_000);
    const record = JSON.parse(platform.listMessages('records')[0]?.body ?? '{}');
    expect(record.requestContext).toEqual({
      requestId: requestIdOf(1),
      functionArn: ARN,
      condition: 'EventAgeExceeded',
      approximateInvokeCount: 2,
    });
  });

  it('writes the record as an object under aws/lambda/async/ in an S3 bucket', async () => {
    const { platform, settle, ofType } = world(
      { maximumRetryAttempts: 0, onFailure: { type: 's3', name: 'failed-records' } },
      true,
    );
    platform.invokeAsync('add', '{"order":7}');
    await settle();
    const [delivery] = ofType('async-failed')[0]?.deliveries ?? [];
    expect(delivery).toMatchObject({
      targetType: 's3',
      targetName: 'failed-records',
      messageId:
        'aws/lambda/async/add/2026/11/27/2026-11-27T12.00.00-00000000-0000-4000-9000-000000000001',
    });
    expect(JSON.parse(delivery?.body ?? '')).toMatchObject({
      requestContext: { condition: 'RetriesExhausted', approximateInvokeCount: 1 },
      requestPayload: { order: 7 },
    });
    expect(failureObjectKey('f', Date.UTC(2027, 0, 2, 3, 4, 5, 678), 'u')).toBe(
      'aws/lambda/async/f/2027/01/02/2027-01-02T03.04.05-u',
    );
  });
});

describe('dead-letter topic', () => {
  it('publishes the event as it was sent, with RequestID, ErrorCode and ErrorMessage', async () => {
    const { platform, settle, auditEvents, ofType } = world(
      { maximumRetryAttempts: 0, deadLetter: { type: 'sns', name: 'dead-letters' } },
      true,
    );
    platform.createTopic('dead-letters');
    platform.subscribeToTopic('dead-letters', 'audit');
    platform.invokeAsync('add', '{"order":7}');
    await settle();
    const [record] = (auditEvents()[0]?.Records ?? []) as Array<Record<string, unknown>>;
    expect(record?.message).toBe('{"order":7}');
    expect(record?.attributes).toEqual({
      RequestID: { dataType: 'String', value: requestIdOf(1) },
      ErrorCode: { dataType: 'Number', value: '200' },
      ErrorMessage: { dataType: 'String', value: 'boom' },
    });
    expect(ofType('async-failed')[0]).toMatchObject({
      dropped: false,
      deliveries: [{ kind: 'dead-letter-queue', targetType: 'sns', targetName: 'dead-letters' }],
    });
    expect(ofType('async-failed')[0]?.time).toBe(T0);
  });
});

describe('EventBridge buses', () => {
  it('routes PutEvents to SQS and SNS targets of matching, enabled rules only', async () => {
    const { platform, settle, auditEvents, ofType } = world({});
    platform.createQueue({ name: 'orders' });
    platform.createTopic('orders-topic');
    platform.subscribeToTopic('orders-topic', 'audit');
    platform.putEventRule('default', {
      name: 'big-orders',
      pattern: '{"source":["shop"],"detail":{"total":[{"numeric":[">=",100]}]}}',
      targets: [
        { type: 'sqs', name: 'orders' },
        { type: 'sns', name: 'orders-topic' },
      ],
    });
    platform.putEventRule('default', {
      name: 'off',
      pattern: '{"source":["shop"]}',
      targets: [{ type: 'lambda', name: 'audit' }],
      enabled: false,
    });
    const small = platform.putEvents('default', {
      source: 'shop',
      detailType: 'Order Placed',
      detail: { total: 5 },
    });
    const big = platform.putEvents('default', {
      source: 'shop',
      detailType: 'Order Placed',
      detail: { total: 150 },
    });
    await settle();
    expect(ofType('eventbridge-put').map((e) => [e.eventId, e.deliveries.length])).toEqual([
      [small, 0],
      [big, 2],
    ]);
    const body = JSON.parse(platform.listMessages('orders')[0]?.body ?? '{}');
    expect(body).toMatchObject({ id: big, source: 'shop', detail: { total: 150 }, resources: [] });
    const sns = (auditEvents()[0]?.Records as Array<{ message: string }>)[0];
    expect(JSON.parse(sns?.message ?? '{}').id).toBe(big);
  });

  it('refuses what EventBridge refuses', () => {
    const { platform } = world({});
    expect(() => platform.deleteEventBus('default')).toThrow('Cannot delete event bus default.');
    expect(() => platform.createEventBus('default')).toThrow('already exists');
    expect(() =>
      platform.putEventRule('default', { name: 'r', pattern: '{"source":"x"}', targets: [] }),
    ).toThrow('Event pattern is not valid');
    expect(() => platform.putEvents('nope', { source: 's', detailType: 'd', detail: {} })).toThrow(
      'Event bus nope does not exist.',
    );
    expect(() =>
      platform.putEvents('default', { source: 's', detailType: 'd', detail: [] }),
    ).toThrow('Detail is a JSON object.');
    platform.createEventBus('ops');
    platform.putEventRule('ops', { name: 'r', pattern: '{"source":["x"]}', targets: [] });
    expect(platform.snapshot().eventBuses).toEqual([
      { name: 'default', rules: [] },
      {
        name: 'ops',
        rules: [{ name: 'r', pattern: '{"source":["x"]}', targets: [], enabled: true }],
      },
    ]);
  });
});

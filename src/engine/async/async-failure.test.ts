import { describe, expect, it } from 'vitest';
import { errorInvoke } from '../testing/fake-executor';
import {
  requestIdOf,
  setupDeployed as deployed,
  testBundle,
  testConfig,
} from '../testing/platform-fixture';

describe('deliverFailure', () => {
  it('puts the event in the DLQ and an invocation record in the destination', async () => {
    const { platform, executor, settle, ofType } = deployed({
      maximumRetryAttempts: 0,
      deadLetterQueue: 'dlq',
      onFailureDestination: 'records',
    });
    platform.createQueue({ name: 'dlq' });
    platform.createQueue({ name: 'records' });
    executor.script.invoke = () => errorInvoke();
    platform.invokeAsync('add', '{"order":42}');
    await settle();
    const [failed] = ofType('async-failed');
    expect(failed?.deliveries).toEqual([
      {
        kind: 'dead-letter-queue',
        targetType: 'sqs',
        targetName: 'dlq',
        messageId: '00000000-0000-4000-9000-000000000001',
      },
      {
        kind: 'on-failure-destination',
        targetType: 'sqs',
        targetName: 'records',
        messageId: '00000000-0000-4000-9000-000000000002',
      },
    ]);
    const [dead] = platform.listMessages('dlq');
    expect(dead).toMatchObject({ body: '{"order":42}', state: 'visible', receiveCount: 0 });
    expect(dead?.attributes.ErrorMessage).toEqual({ dataType: 'String', value: 'boom' });
    expect(dead?.attributes.ErrorCode).toEqual({ dataType: 'Number', value: '200' });
    expect(JSON.parse(platform.listMessages('records')[0]?.body ?? '')).toEqual({
      version: '1.0',
      timestamp: '2026-11-27T12:00:00.000Z',
      requestContext: {
        requestId: requestIdOf(1),
        functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:add:$LATEST',
        condition: 'RetriesExhausted',
        approximateInvokeCount: 1,
      },
      requestPayload: { order: 42 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
      responsePayload: { errorType: 'Error', errorMessage: 'boom', trace: ['Error: boom'] },
    });
  });

  it('says why a failed event was dropped when its queue cannot take it', async () => {
    const { platform, settle, ofType } = deployed();
    platform.createQueue({ name: 'orders.fifo', fifo: true });
    platform.deploy(
      testConfig({
        reservedConcurrency: 0,
        deadLetterQueue: 'gone',
        onFailureDestination: 'orders.fifo',
      }),
      testBundle(),
    );
    platform.invokeAsync('add', '{}');
    await settle();
    expect(ofType('async-failed')[0]).toMatchObject({
      dropped: true,
      deliveries: [
        {
          kind: 'dead-letter-queue',
          targetName: 'gone',
          messageId: null,
          problem: 'Queue gone does not exist.',
        },
        {
          kind: 'on-failure-destination',
          targetName: 'orders.fifo',
          messageId: null,
          problem: 'Lambda sends only to standard queues; orders.fifo is FIFO.',
        },
      ],
    });
  });
});

// Asynchronous invocation destinations through the page: a failing function's on-failure record
// reaches an SNS topic's subscriber, and a succeeding function's on-success record goes through an
// EventBridge bus whose rule targets another function — each in the shape Lambda sends.
import { expect, test } from './support/fixtures';

const THROWS = `export const handler = async () => {
  throw new Error('order rejected');
};
`;

/** function-2: logs the event it gets, one line of JSON. */
const LOGS_EVENT = `export const handler = async (event: unknown) => {
  console.log('received ' + JSON.stringify(event));
};
`;

/** The JSON after `received ` in the selected function's logs, parsed. */
async function receivedEvents(logs: string): Promise<Array<Record<string, unknown>>> {
  return [...logs.matchAll(/received (\{.*\})$/gm)].map(
    (match) => JSON.parse(match[1]!) as Record<string, unknown>,
  );
}

test('a failed event’s record goes to an SNS topic, whose subscriber gets it as the Message', async ({
  playground,
  pubsub,
  page,
}) => {
  // Two functions built through the editor on a busy machine.
  test.slow();
  await playground.setCode(THROWS);
  await page.getByRole('button', { name: 'Add function' }).click();
  await playground.setCode(LOGS_EVENT);
  await pubsub.open();
  await pubsub.addTopic('alerts', ['function-2']);

  await page.getByRole('button', { name: 'λ add-numbers' }).click();
  const settings = page.getByRole('form', { name: 'Function settings' });
  await settings.getByLabel('Retry attempts').selectOption('0');
  await settings.getByLabel('On-failure destination type').selectOption({ label: 'SNS topic' });
  await expect(
    settings.getByRole('combobox', { name: 'On-failure destination', exact: true }),
  ).toHaveValue('alerts');

  await page.getByRole('tab', { name: 'Test' }).click();
  await playground.setEvent('{"order": 7}');
  await page.getByLabel('Invocation type').selectOption('Event');
  await playground.controls.setSpeed(100);
  await playground.invoke();

  await page.getByRole('button', { name: 'λ function-2' }).click();
  await expect
    .poll(async () => (await receivedEvents(await playground.logs())).length, {
      timeout: 60_000,
    })
    .toBe(1);
  const [event] = await receivedEvents(await playground.logs());
  const records = event!.Records as Array<{ Sns: { Message: string; TopicArn: string } }>;
  expect(records[0]!.Sns.TopicArn).toMatch(/:alerts$/);
  const record = JSON.parse(records[0]!.Sns.Message) as Record<string, unknown>;
  expect(record).toMatchObject({
    version: '1.0',
    requestContext: {
      functionArn: 'arn:aws:lambda:us-east-1:123456789012:function:add-numbers:$LATEST',
      condition: 'RetriesExhausted',
      approximateInvokeCount: 1,
    },
    requestPayload: { order: 7 },
    responseContext: { statusCode: 200, executedVersion: '$LATEST', functionError: 'Unhandled' },
    responsePayload: { errorType: 'Error', errorMessage: 'order rejected' },
  });
});

test('a succeeded event’s record goes through an EventBridge rule to another function', async ({
  playground,
  pubsub,
  page,
}) => {
  test.slow();
  // add-numbers keeps its starter code: it returns left + right.
  await page.getByRole('button', { name: 'Add function' }).click();
  await playground.setCode(LOGS_EVENT);

  await pubsub.open();
  const eventBridge = page.getByRole('region', { name: 'EventBridge' });
  await eventBridge.getByRole('button', { name: 'Add rule to default' }).click();
  await eventBridge
    .getByLabel('Event pattern')
    .fill(
      '{"source": ["lambda"], "detail-type": ["Lambda Function Invocation Result - Success"], "detail": {"responsePayload": [{"numeric": [">", 2]}]}}',
    );
  await eventBridge.getByLabel('Target type').selectOption({ label: 'Lambda function' });
  await eventBridge
    .getByRole('combobox', { name: 'Target', exact: true })
    .selectOption({ label: 'function-2' });

  await page.getByRole('button', { name: 'λ add-numbers' }).click();
  const settings = page.getByRole('form', { name: 'Function settings' });
  await settings
    .getByLabel('On-success destination type')
    .selectOption({ label: 'EventBridge event bus' });
  await expect(
    settings.getByRole('combobox', { name: 'On-success destination', exact: true }),
  ).toHaveValue('default');

  await page.getByRole('tab', { name: 'Test' }).click();
  await playground.setEvent('{"left": 1, "right": 2}');
  await page.getByLabel('Invocation type').selectOption('Event');
  await playground.invoke();

  await page.getByRole('button', { name: 'λ function-2' }).click();
  await expect
    .poll(async () => (await receivedEvents(await playground.logs())).length, {
      timeout: 60_000,
    })
    .toBe(1);
  const [event] = await receivedEvents(await playground.logs());
  expect(Object.keys(event!).sort()).toEqual([
    'account',
    'detail',
    'detail-type',
    'id',
    'region',
    'resources',
    'source',
    'time',
    'version',
  ]);
  expect(event).toMatchObject({
    version: '0',
    'detail-type': 'Lambda Function Invocation Result - Success',
    source: 'lambda',
    account: '123456789012',
    region: 'us-east-1',
    resources: [
      'arn:aws:events:us-east-1:123456789012:event-bus/default',
      'arn:aws:lambda:us-east-1:123456789012:function:add-numbers:$LATEST',
    ],
    detail: {
      version: '1.0',
      requestContext: { condition: 'Success', approximateInvokeCount: 1 },
      requestPayload: { left: 1, right: 2 },
      responseContext: { statusCode: 200, executedVersion: '$LATEST' },
      responsePayload: 3,
    },
  });
  expect(event!.time).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
});

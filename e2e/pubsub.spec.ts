// Pub/sub through the page: an SNS publish fans out to two functions; an SQS message
// whose handler always throws ends up in the dead-letter queue after maxReceiveCount receives.
import { appLine } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

const UUID = '[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';

const LOG_SNS_MESSAGE = `export const handler = async (event: { Records: Array<{ Sns: { Message: string } }> }) => {
  console.log('Message:', event.Records[0].Sns.Message);
};
`;

test('one SNS publish invokes both subscribed functions with the Message', async ({
  playground,
  pubsub,
  page,
}) => {
  // Two functions written through the editor and built: near a minute on a busy two-core machine.
  test.slow();
  await playground.setCode(LOG_SNS_MESSAGE);
  await page.getByRole('button', { name: 'Add function' }).click();
  await playground.setCode(LOG_SNS_MESSAGE);

  await pubsub.open();
  const topic = await pubsub.addTopic('orders', ['add-numbers', 'function-2']);
  await pubsub.publish(topic, 'order 42 placed');
  await expect(topic.getByRole('status')).toHaveText(
    new RegExp(`^Published ${UUID} to 2 subscription\\(s\\)\\.$`),
  );

  // Both functions woke: one lane each on the stage, and each log shows the published Message.
  const lanes = playground.stage.getByTestId('function-lane');
  await expect(lanes.filter({ has: page.getByTestId('instance') })).toHaveCount(2);
  const line = appLine(UUID, 'INFO', 'Message: order 42 placed');
  await expect.poll(() => playground.logs()).toMatch(line);
  await page.getByRole('button', { name: 'λ add-numbers' }).click();
  await expect.poll(() => playground.logs()).toMatch(line);
  expect((await playground.logs()).match(new RegExp(line.source, 'gm'))).toHaveLength(1);
});

test('a message whose handler always throws ends in the DLQ after maxReceiveCount receives', async ({
  playground,
  pubsub,
}) => {
  await playground.setCode(`export const handler = async () => {
  throw new Error('cannot process');
};
`);
  await pubsub.open();
  const dlq = await pubsub.addQueue('jobs-dlq');
  const jobs = await pubsub.addQueue('jobs');
  await pubsub.redrive(jobs, 'jobs-dlq', 2);
  await pubsub.pollWith(jobs, 'add-numbers');
  await expect(pubsub.figures(jobs)).toHaveText('0 available · 0 in flight');

  // Two receives 30 simulated seconds apart (the visibility timeout): 0.6 s of real time at 100×.
  await playground.controls.setSpeed(100);
  await pubsub.send(jobs, 'job 7');
  await expect(pubsub.queue(jobs).getByRole('status').last()).toHaveText('Sent 1 message(s).');

  await expect(pubsub.figures(dlq)).toHaveText('1 available · 0 in flight');
  await expect(pubsub.figures(jobs)).toHaveText('0 available · 0 in flight');
  await expect(pubsub.deadLetterSummaries(dlq)).toHaveText(['job 7 · receive count 2']);
  await playground.waitForReports(2);

  // Opened, the message shows where a redrive would return it.
  await pubsub.deadLetterSummaries(dlq).click();
  await expect(pubsub.deadLetterMessages(dlq).getByRole('definition').last()).toHaveText('jobs');

  // Redriven, it is received twice more (counted afresh) and comes back to the DLQ.
  await pubsub.queue(dlq).getByRole('button', { name: 'Redrive jobs-dlq' }).click();
  await expect(pubsub.queue(dlq).getByRole('status').last()).toHaveText(
    'Moved 1 message(s) back to their source queue.',
  );
  await playground.waitForReports(4);
  await expect(pubsub.deadLetterSummaries(dlq)).toHaveText(['job 7 · receive count 2']);
  await expect(pubsub.figures(jobs)).toHaveText('0 available · 0 in flight');
});

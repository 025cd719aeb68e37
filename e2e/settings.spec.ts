// Function settings as the Lambda console has them: validated next to each field, and obeyed at INIT.
import { initReportLine, parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

// Node.js 24 refuses callback handlers at INIT with exactly this message
// (docs/aws-lambda.md#callback-handlers-on-node-22-and-node-24).
const CALLBACK_DEPRECATED =
  'ERROR: AWS Lambda has removed support for callback-based function handlers starting with ' +
  'Node.js 24. You need to modify this function to use a supported handler signature to use ' +
  'Node.js 24 or later. For more information see ' +
  'https://docs.aws.amazon.com/lambda/latest/dg/nodejs-handler.html.';

const CALLBACK_HANDLER = `export const handler = (
  event: unknown,
  context: unknown,
  callback: (error: Error | null, result?: string) => void,
) => {
  callback(null, 'ok');
};
`;

test('memory below 128 MB is refused next to the field, and nothing is invoked', async ({
  playground,
}) => {
  await playground.settings.fill('Memory (MB)', '64');
  await expect(playground.settings.problemOf('Memory (MB)')).toContainText('128 to 10,240');

  await playground.invoke();
  await expect(playground.resultRegion.getByRole('status')).toHaveText(
    /^Fix the function settings/,
  );
  await expect(playground.instances()).toHaveCount(0);

  await playground.settings.fill('Memory (MB)', '256');
  await expect(playground.settings.problemOf('Memory (MB)')).toHaveCount(0);
  await playground.invokeAndWait();
  const [report] = (await playground.reports()).map(parseReport);
  expect(report!.memorySizeMB).toBe(256);
});

test('Node.js 24 rejects a callback handler at INIT with Runtime.CallbackHandlerDeprecated', async ({
  playground,
}) => {
  await playground.settings.choose('Runtime', 'nodejs24.x');
  await playground.setCode(CALLBACK_HANDLER);

  await playground.invokeAndWait();
  expect(await playground.resultJson()).toMatchObject({
    errorType: 'Runtime.CallbackHandlerDeprecated',
    errorMessage: CALLBACK_DEPRECATED,
  });
  expect(await playground.logs()).toMatch(initReportLine('Runtime.CallbackHandlerDeprecated'));
  // A failed INIT leaves no environment to reuse.
  await expect(playground.instancesIn('idle')).toHaveCount(0);
  await expect(playground.laneStatus()).toHaveText('asleep (zero instances)');

  await playground.settings.choose('Runtime', 'nodejs22.x');
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"ok"');
});

test('a handler string naming no export fails INIT with Runtime.HandlerNotFound', async ({
  playground,
}) => {
  await playground.settings.fill('Handler', 'index.main');

  await playground.invokeAndWait();
  const payload = (await playground.resultJson()) as { trace: string[] };
  expect(payload).toEqual({
    errorType: 'Runtime.HandlerNotFound',
    errorMessage: 'index.main is undefined or not exported',
    trace: expect.any(Array),
  });
  expect(payload.trace[0]).toBe('Runtime.HandlerNotFound: index.main is undefined or not exported');
  const [report] = (await playground.reports()).map(parseReport);
  expect(report!.status).toBe('error');
  expect(report!.errorType).toBe('Runtime.HandlerNotFound');
  const logs = await playground.logs();
  expect(logs).toMatch(initReportLine('Runtime.HandlerNotFound'));
  // Lambda retries a failed INIT inside the invoke (a suppressed init): it fails the same way.
  expect(logs).toMatch(initReportLine('Runtime.HandlerNotFound', 'invoke'));
  expect(report!.initDurationMs).toBeUndefined();
});

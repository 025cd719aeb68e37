// The Test tab's templates and its asynchronous (Event) invocation.
import { expect, test } from './support/playground';

test('a template fills the event with the shape AWS delivers', async ({ playground }) => {
  const { page } = playground;
  await page.getByLabel('Template').selectOption({ label: 'EventBridge Scheduled Event' });
  const event = JSON.parse(
    await page.getByTestId('event-editor').getByRole('textbox').inputValue(),
  ) as Record<string, unknown>;
  expect(event['detail-type']).toBe('Scheduled Event');
  expect(event.source).toBe('aws.events');
});

test('an asynchronous invoke answers 202 at once and the function still runs', async ({
  playground,
  page,
}) => {
  await page.getByLabel('Invocation type').selectOption('Event');
  await playground.invoke();

  await expect(playground.resultRegion).toContainText(/202 Accepted: event [\w-]+ is queued/);
  await playground.waitForReports(1);
  await expect(playground.logsRegion).toContainText('INFO\t{ left: 1, right: 2 }');
});

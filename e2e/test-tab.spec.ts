// The Test tab's templates, saved events and its asynchronous (Event) invocation.
import { expect, test } from './support/fixtures';

test('a template fills the event with the shape AWS delivers', async ({ playground }) => {
  const { page } = playground;
  await page.getByLabel('Template').selectOption({ label: 'EventBridge Scheduled Event' });
  const event = JSON.parse(await playground.eventText.inputValue()) as Record<string, unknown>;
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
  await expect.poll(() => playground.logs()).toContain('INFO\t{ left: 1, right: 2 }');
});

test('a saved event comes back by name, survives a reload, and can be deleted', async ({
  playground,
  page,
}) => {
  await playground.setEvent('{"left": 40, "right": 2}');
  await page.getByLabel('Save this event as').fill('forty two');
  await expect(page.getByRole('tabpanel', { name: 'Test' }).getByRole('alert')).toHaveText(
    'Use at most 25 letters, digits, dots, hyphens or underscores.',
  );
  await page.getByLabel('Save this event as').fill('forty-two');
  await page.getByRole('button', { name: 'Save event' }).click();

  await playground.setEvent('{}');
  await page.reload();
  await playground.editor.ready();
  await page.getByLabel('Saved event').selectOption('forty-two');
  await expect(playground.eventText).toHaveValue('{"left": 40, "right": 2}');
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('42');

  await page.getByRole('button', { name: 'Delete “forty-two”' }).click();
  await expect(page.getByLabel('Saved event').locator('option')).toHaveText(['None saved yet']);
});

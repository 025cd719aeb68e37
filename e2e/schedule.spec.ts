// Schedules through the page: an EventBridge rule firing on the simulated clock.
import { expect, test } from './support/fixtures';

test('a rate(1 minute) rule at 100× fires again and again with the Scheduled Event', async ({
  playground,
  page,
}) => {
  await playground.controls.setSpeed(100);
  await page.getByRole('tab', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(page.getByLabel('Rule 1 expression')).toHaveValue('rate(1 minute)');

  // One simulated minute is 0.6 s of real time: three firings take about two seconds.
  await expect
    .poll(async () => (await playground.reports()).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(3);
  const logs = await playground.logs();
  expect(logs).toContain("'detail-type': 'Scheduled Event'");
  expect(logs).toContain("source: 'aws.events'");
  expect(logs).toContain('rule/every-minute-1');
});

test('an invalid expression is explained next to the rule and nothing fires', async ({
  playground,
  page,
}) => {
  // At 1× the new rule's first firing is a minute away: time enough to break its expression.
  await page.getByRole('tab', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Add rule' }).click();
  await page.getByLabel('Rule 1 expression').fill('rate(1 minutes)');
  await expect(page.getByRole('tabpanel').getByRole('alert')).toHaveText(
    'With a value of 1 the unit must be singular: rate(1 minute).',
  );
  await playground.controls.setSpeed(100);

  // A negative check needs time to pass: 1.5 s at 100× is two and a half simulated minutes.
  await page.waitForTimeout(1500);
  expect(await playground.reports()).toEqual([]);
});

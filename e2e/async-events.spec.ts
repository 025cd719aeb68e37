// The accounting of async events through the page: every Event invoke ends delivered, or
// dropped with the reason, after the retries AWS makes on the simulated clock.
import { expect, test } from './support/fixtures';

const THROWS = `export const handler = async () => {
  throw new Error('always fails');
};
`;

test('an event whose handler always throws is tried 3 times, then dropped for want of a DLQ', async ({
  playground,
  asyncEvents,
  page,
}) => {
  // Three attempts, each a cold start once the idle instance is reaped at 100×, after a page load.
  test.slow();
  await expect(asyncEvents.region).toContainText('None yet.');
  await playground.setCode(THROWS);
  await page.getByLabel('Invocation type').selectOption('Event');
  // At 1× the first retry is a real minute away: time to read the countdown.
  await playground.invoke();

  // The first build and cold start can take a while on a busy machine.
  await expect(asyncEvents.status()).toHaveText(/^retrying in (1:00|0:[0-5]\d) \(simulated\)$/, {
    timeout: 30_000,
  });
  await expect(playground.resultRegion).toContainText('in Async events');
  await expect(asyncEvents.attempts()).toHaveText('1 attempt');
  await expect(asyncEvents.summary).toHaveText('0 delivered · 1 retrying · 0 in DLQ · 0 dropped');

  // At 100× the retries after 1 and 2 simulated minutes come within two real seconds.
  await playground.controls.setSpeed(100);
  await expect(asyncEvents.status()).toHaveText('dropped: retries exhausted');
  await expect(asyncEvents.attempts()).toHaveText('3 attempts');
  await expect(asyncEvents.rows).toHaveCount(1);
  await expect(asyncEvents.summary).toHaveText('0 delivered · 0 retrying · 0 in DLQ · 1 dropped');
  await playground.waitForReports(3);

  const row = await asyncEvents.expand();
  await expect(row.getByRole('list', { name: 'Attempts' }).getByRole('listitem')).toHaveCount(3);
  await expect(row).toContainText(
    'The function failed all 3 attempts (the first and 2 retries). No dead-letter queue or on-failure destination is configured, so Lambda discarded it.',
  );
  await expect(row.getByRole('list', { name: 'Attempts' }).getByRole('listitem')).toContainText([
    /^Attempt 1 at [\d:]+: function error \(Error: always fails\) · [\d.]+ ms · cold start$/,
    /^Attempt 2 at [\d:]+: function error \(Error: always fails\) · [\d.]+ ms/,
    /^Attempt 3 at [\d:]+: function error \(Error: always fails\) · [\d.]+ ms/,
  ]);
  await expect(asyncEvents.row()).toHaveAccessibleName(
    'Invoke (Event) event for add-numbers: dropped: retries exhausted',
  );
});

test('an event whose handler succeeds is delivered at the first attempt', async ({
  playground,
  asyncEvents,
  page,
}) => {
  await page.getByLabel('Invocation type').selectOption('Event');
  await playground.controls.setSpeed(100);
  await playground.invoke();

  // The first build and cold start can take a while on a busy machine.
  await expect(asyncEvents.status()).toHaveText('delivered', { timeout: 30_000 });
  await expect(asyncEvents.attempts()).toHaveText('1 attempt');
  await expect(asyncEvents.summary).toHaveText('1 delivered · 0 retrying · 0 in DLQ · 0 dropped');
  const row = await asyncEvents.expand();
  await expect(row.getByRole('list', { name: 'Attempts' })).toContainText('succeeded');
});

// The Load tab: seeded traffic scales a function out, throttles past its reserved concurrency, and
// leaves it asleep once the idle lifetime has passed.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

/** A handler busy for 200 ms of real time: at 20 requests a second, about four run at once. */
const SLOW_HANDLER = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return 'done';
};
`;

async function configureLoad(page: Page, rate: string, duration: string): Promise<void> {
  await page.getByRole('tab', { name: 'Load' }).click();
  const panel = page.getByRole('tabpanel', { name: 'Load' });
  await panel.getByLabel('Rate', { exact: true }).fill(rate);
  await panel.getByLabel('Duration (s)', { exact: true }).fill(duration);
}

test('a load of 20 requests a second scales out, then every instance is reaped and the function sleeps', async ({
  playground,
  page,
}) => {
  await playground.setCode(SLOW_HANDLER);
  await configureLoad(page, '20', '2');
  await expect(page.getByRole('img', { name: /Requests per second/ })).toBeVisible();
  await expect(page.getByText('40 requests over 2 s, at most 20 in one second.')).toBeVisible();

  await page.getByRole('button', { name: 'Start load' }).click();
  const status = page.getByTestId('load-status');
  await expect(status).toHaveText(
    /^Finished: 40 of 40 sent to \S+ · 40 succeeded · 0 failed · 0 throttled · 0 in flight$/,
    { timeout: 30_000 },
  );
  // 200 ms each, one every 50 ms: several environments served the traffic side by side.
  expect((await playground.instanceIds()).length).toBeGreaterThanOrEqual(3);

  await playground.controls.setIdleLifetime('30 s');
  await playground.controls.setSpeed(100);
  await expect(playground.laneStatus()).toHaveText('asleep (zero instances)', { timeout: 10_000 });
  await expect(playground.stage.locator('[data-state="idle"]')).toHaveCount(0);
});

test('past the reserved concurrency, requests are throttled and counted as such', async ({
  playground,
  page,
}) => {
  await playground.setCode(SLOW_HANDLER);
  await playground.settings.reserve(1);
  await configureLoad(page, '20', '1');
  await page.getByRole('button', { name: 'Start load' }).click();
  const status = page.getByTestId('load-status');
  await expect(status).toHaveText(/^Finished: 20 of 20 sent/, { timeout: 30_000 });
  const counts = /(\d+) succeeded · 0 failed · (\d+) throttled/.exec(
    (await status.textContent()) ?? '',
  );
  const [succeeded, throttled] = [Number(counts![1]), Number(counts![2])];
  expect(succeeded + throttled).toBe(20);
  // One environment, 200 ms per request, one request every 50 ms: most are turned away.
  expect(throttled).toBeGreaterThanOrEqual(10);
  expect(succeeded).toBeGreaterThanOrEqual(1);
});

test('a bad rate is explained and the load cannot start', async ({ playground, page }) => {
  await configureLoad(page, '0', '2');
  await expect(page.getByRole('tabpanel', { name: 'Load' }).getByRole('alert')).toHaveText(
    'Rate must be more than 0 and at most 5000 per second.',
  );
  await expect(page.getByRole('button', { name: 'Start load' })).toBeDisabled();
  expect(await playground.instanceIds()).toEqual([]);
});

// The Load tab: seeded traffic scales a function out, throttles past its reserved concurrency, and
// leaves it asleep once the idle lifetime has passed.
import { expect, test } from './support/fixtures';

/** A handler busy for 200 ms of real time: at 20 requests a second, about four run at once. */
const SLOW_HANDLER = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 200));
  return 'done';
};
`;

test('a load of 20 requests a second scales out, then every instance is reaped and the function sleeps', async ({
  playground,
  loadTab,
  page,
}) => {
  await playground.setCode(SLOW_HANDLER);
  await loadTab.open();
  await loadTab.configure(20, 2);
  await expect(page.getByRole('img', { name: /Requests per second/ })).toBeVisible();
  await expect(page.getByText('40 requests over 2 s, at most 20 in one second.')).toBeVisible();

  await loadTab.startButton.click();
  await expect(loadTab.status).toHaveText(
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
  loadTab,
}) => {
  await playground.setCode(SLOW_HANDLER);
  await playground.settings.reserve(1);
  await loadTab.open();
  await loadTab.start(20, 1);
  await expect(loadTab.status).toHaveText(/^Finished: 20 of 20 sent/, { timeout: 30_000 });
  const counts = /(\d+) succeeded · 0 failed · (\d+) throttled/.exec(
    (await loadTab.status.textContent()) ?? '',
  );
  const [succeeded, throttled] = [Number(counts![1]), Number(counts![2])];
  expect(succeeded + throttled).toBe(20);
  // One environment, 200 ms per request, one request every 50 ms: most are turned away.
  expect(throttled).toBeGreaterThanOrEqual(10);
  expect(succeeded).toBeGreaterThanOrEqual(1);
});

test('a bad rate is explained and the load cannot start', async ({ playground, loadTab }) => {
  await loadTab.open();
  await loadTab.configure(0, 2);
  await expect(loadTab.panel.getByRole('alert')).toHaveText(
    'Rate must be more than 0 and at most 5000 per second.',
  );
  await expect(loadTab.startButton).toBeDisabled();
  expect(await playground.instanceIds()).toEqual([]);
});

// Simulated time: an idle instance is reaped after the idle lifetime, and the function falls asleep.
import { parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

test('at 100× a 30 s idle lifetime reaps the instance: the function is asleep, the next invoke cold', async ({
  playground,
}) => {
  await playground.controls.setSpeed(100);
  await playground.controls.setIdleLifetime('30 s');
  await playground.invokeAndWait();
  const [first] = await playground.instanceIds();

  // 30 simulated seconds are 0.3 real ones at 100×; the default 5–7 min would take 3 s or more.
  const reaped = playground.instance(first!);
  await expect(reaped).toHaveAttribute('data-state', 'reaped', { timeout: 3000 });
  await expect(reaped).toContainText('idle timeout');
  await expect(playground.laneStatus()).toHaveText('asleep (zero instances)');

  await playground.invokeAndWait();
  const [, again] = (await playground.reports()).map(parseReport);
  expect(again!.initDurationMs).toBeGreaterThan(0);
  const ids = await playground.instanceIds();
  expect(ids).toHaveLength(2);
  expect(ids).toContain(first);
});

test('paused, Step jumps to the next platform decision: the idle instance is reaped', async ({
  playground,
  page,
}) => {
  await playground.controls.setIdleLifetime('30 s');
  await playground.invokeAndWait();
  const [only] = await playground.instanceIds();
  await page.getByRole('button', { name: 'Pause' }).click();
  await expect(playground.instance(only!)).toHaveAttribute('data-state', 'idle');

  await page.getByRole('button', { name: 'Step' }).click();
  await expect(playground.instance(only!)).toHaveAttribute('data-state', 'reaped');
  await expect(playground.laneStatus()).toHaveText('asleep (zero instances)');
});

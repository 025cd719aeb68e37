// The animated stage, read through its text mirror: a cold start boots and serves, the next request
// is warm, a throttled request bounces, and with reduced motion the same facts are shown still.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';

const SLOW = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return 'done';
};
`;

const mirror = (page: Page) => page.getByTestId('stage-motion');
const motionEnvs = (page: Page) => mirror(page).getByTestId('motion-env');

test('a cold start boots its environment, which then serves warm; the list stays beside it', async ({
  playground,
  page,
}) => {
  await expect(page.getByTestId('stage-canvas')).toHaveAttribute('aria-hidden', 'true');
  await expect(mirror(page)).toHaveAttribute('data-reduced-motion', 'false');

  await playground.invokeAndWait();

  const [id] = await playground.instanceIds();
  const env = motionEnvs(page);
  await expect(env).toHaveCount(1);
  await expect(env).toHaveAttribute('data-instance-id', id!);
  await expect(env).toHaveAttribute('data-cold-arrivals', '1');
  await expect(env).toHaveAttribute('data-warm-arrivals', '0');
  await expect(env).toHaveAttribute('data-init-ms', /^\d+\.\d$/);
  // After its response it freezes, then idles waiting for the reaper.
  await expect(env).toHaveAttribute('data-phase', 'idle');
  await expect(mirror(page)).toHaveAttribute('data-requests-in-flight', '0');

  await playground.invokeAndWait();

  await expect(env).toHaveAttribute('data-warm-arrivals', '1');
  await expect(env).toHaveAttribute('data-cold-arrivals', '1');
  await expect(env).toHaveAttribute('data-phase', 'idle');
  // The accessible list is unchanged by the picture above it.
  await expect(playground.instances()).toHaveCount(1);
  await expect(playground.instances()).toHaveAttribute('data-state', 'idle');
});

test('requests in flight at once scale out side by side; past reserved concurrency one bounces', async ({
  playground,
  page,
}) => {
  await playground.settings.reserve(1);
  await expect(playground.settings.field('Reserved concurrency')).toHaveValue('1');
  await playground.setCode(SLOW);

  await playground.invokeTwiceAtOnce();

  await playground.waitForReports(1);
  await expect(mirror(page)).toHaveAttribute('data-bounces', '1');
  await expect(motionEnvs(page)).toHaveCount(1);
  await expect(motionEnvs(page)).toHaveAttribute('data-cold-arrivals', '1');
  await expect(playground.laneThrottles()).toHaveText('429 × 1 throttled');
});

test('with reduced motion the stage shows the same facts without moving', async ({
  playground,
  page,
}) => {
  await page.emulateMedia({ reducedMotion: 'reduce' });
  await expect(mirror(page)).toHaveAttribute('data-reduced-motion', 'true');
  // Long enough for the second request to arrive while the first runs, well inside the timeout.
  await playground.setCode(SLOW.replace('1500', '500'));

  await playground.invokeTwiceAtOnce();

  await playground.waitForReports(2);
  // Two environments, each woken by its own request; nothing is left travelling.
  await expect(motionEnvs(page)).toHaveCount(2);
  await expect(mirror(page).locator('[data-cold-arrivals="1"]')).toHaveCount(2);
  await expect(mirror(page).locator('[data-phase="idle"]')).toHaveCount(2);
  await expect(mirror(page)).toHaveAttribute('data-requests-in-flight', '0');
  await expect(mirror(page)).toHaveAttribute('data-bounces', '0');
});

// Many instances: 200 requests at once make 200 environments, each with its own module state.
// Whether the page keeps painting meanwhile is a speed goal: the bench's scale.longestFrameMs.
import { expect, test } from './support/fixtures';

// 200 cold starts on a busy two-core machine take a while.
test.describe.configure({ timeout: 240_000 });

/**
 * Fails if its module state was ever seen by another request: each environment serves exactly one
 * request here, so `served` must be 1 in every one of them.
 */
const ONE_REQUEST_EACH = `let served = 0;
export const handler = async () => {
  served += 1;
  if (served !== 1) throw new Error('module state shared between requests: ' + served);
  await new Promise((resolve) => setTimeout(resolve, 10_000));
  return served;
};
`;

test('200 requests at once run in 200 environments, each with its own module state', async ({
  playground,
  monitor,
  loadTab,
}) => {
  await playground.settings.fill('Timeout (s)', '30');
  await playground.setCode(ONE_REQUEST_EACH);
  await monitor.open();
  await loadTab.open();
  // Sent within a second, each busy for 10 s: no environment is free to take a second request.
  await loadTab.start(200, 1);

  await expect(playground.instancesIn('busy').first()).toBeVisible({ timeout: 60_000 });
  await expect(loadTab.status).toHaveText(
    /^Finished: 200 of 200 sent to \S+ · 200 succeeded · 0 failed · 0 throttled · 0 in flight$/,
    { timeout: 120_000 },
  );
  expect(new Set(await playground.instanceIds()).size).toBe(200);
  await expect(playground.instancesIn('idle')).toHaveCount(200);
  await expect(playground.laneStatus()).toHaveText('200 instances');
  // Each environment counts from its cold start to the end of its request: all 200 overlapped.
  await expect(monitor.summary('concurrency')).toHaveText(/^max 200 in the last 5 min · 0 now$/);
  await expect(monitor.summary('cold-starts')).toHaveText(
    '200 in the last 5 min · 100 % of 200 invocations',
  );
});

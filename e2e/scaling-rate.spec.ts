// Lambda's scaling rate (docs/aws-lambda.md#scaling-rate): lowered to 10 new environments per
// 10 s for a class, a burst of 20 within a second gets 10 environments, and the 11th request on
// meets Lambda's throttle error (the allowance refills by one environment a second).
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 180_000 });

// Busy long enough that no environment is free again before the whole burst has arrived.
const BUSY_8_S = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 8_000));
  return 'done';
};
`;

test('at 10 new environments per 10 s, a burst of 20 runs 10 and throttles the 11th on', async ({
  playground,
  loadTab,
}) => {
  await playground.settings.fill('Timeout (s)', '30');
  await playground.setCode(BUSY_8_S);
  await playground.controls.setScalingRate(10);
  await loadTab.open();
  const shownResults = await playground.recordResults();
  await loadTab.start(20, 1);

  // 20 requests 50 ms apart: the first 10 take the allowance, and the refill (one environment a
  // second) is not due before the last one is. Only on a machine so busy that the last arrival
  // fires over 50 ms late may the refill let an 11th environment in. Counted once all have ended.
  await expect(loadTab.status).toHaveText(
    /^Finished: 20 of 20 sent to \S+ · (10|11) succeeded · 0 failed · (10|9) throttled · 0 in flight$/,
    { timeout: 90_000 },
  );
  const throttled = Number(/· (\d+) throttled/.exec((await loadTab.status.textContent())!)![1]);
  const environments = 20 - throttled;
  await expect(playground.laneThrottles()).toHaveText(`429 × ${throttled} throttled`);
  // The requests turned away got Lambda's throttle error, shown as it came.
  const throttle = (await shownResults()).find((shown) =>
    shown.text.includes('Throttled · 429 TooManyRequestsException'),
  );
  expect(JSON.parse(throttle!.payload)).toEqual({
    statusCode: 429,
    errorType: 'TooManyRequestsException',
    Type: 'User',
    message: 'Rate Exceeded.',
    Reason: 'ConcurrentInvocationLimitExceeded',
  });
  await expect(playground.instances()).toHaveCount(environments);
});

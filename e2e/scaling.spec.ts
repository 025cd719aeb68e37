// Requests in flight at once: scale-out to a second instance, and throttling past reserved concurrency.
import { parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

const SLOW = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return 'done';
};
`;

test('two invocations in flight run on two instances', async ({ playground }) => {
  await playground.setCode(SLOW);

  await playground.invokeTwiceAtOnce();

  await playground.waitForReports(2);
  // The second request started before the first ended: both STARTs come before either END.
  const order = (await playground.logs()).match(/^(START|END) /gm);
  expect(order).toEqual(['START ', 'START ', 'END ', 'END ']);
  await expect(playground.laneStatus()).toHaveText('2 instances');
  const ids = await playground.instanceIds();
  expect(ids).toHaveLength(2);
  expect(new Set(ids).size).toBe(2);
  await expect(playground.instancesIn('idle')).toHaveCount(2);
  // Both were cold starts: neither could wait for the other to become free.
  for (const report of (await playground.reports()).map(parseReport)) {
    expect(report.initDurationMs).toBeGreaterThan(0);
  }
  await expect(playground.result()).toHaveText('"done"');
});

test('reserved concurrency 1 throttles the second of two invocations in flight', async ({
  playground,
}) => {
  await playground.settings.reserve(1);
  await expect(playground.settings.field('Reserved concurrency')).toHaveValue('1');
  await playground.setCode(SLOW);
  const results = await playground.recordResults();

  await playground.invokeTwiceAtOnce();

  await playground.waitForReports(1);
  await expect(playground.result()).toHaveText('"done"');
  // The throttle answered at once, while the first request still ran; its result came after.
  const [throttle, done, ...more] = await results();
  expect(throttle!.text).toContain('Throttled · 429 TooManyRequestsException');
  expect(JSON.parse(throttle!.payload)).toEqual({
    statusCode: 429,
    errorType: 'TooManyRequestsException',
    Type: 'User',
    message: 'Rate Exceeded.',
    Reason: 'ReservedFunctionConcurrentInvocationLimitExceeded',
  });
  expect(done!.payload).toBe('"done"');
  expect(more).toEqual([]);
  // The throttled request never reached an instance: one START, one instance.
  expect((await playground.logs()).match(/^START RequestId: /gm)).toHaveLength(1);
  await expect(playground.instances()).toHaveCount(1);
  await expect(playground.instances()).toHaveAttribute('data-state', 'idle');
});

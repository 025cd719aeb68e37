// Load against any trigger (an SQS queue, the HTTP front door, an S3 bucket) and AWS timing: a
// cold start's Init Duration is the modeled platform part plus the init measured in the browser.
import { billedRange, parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

/** Logs how many records each invocation got, so the test can add them up. */
const RECORD_COUNTER = `export const handler = async (event: { Records?: unknown[] }) => {
  console.log('records', event.Records?.length ?? 0);
  return 'ok';
};
`;

function recordsSeen(logs: string): number {
  return [...logs.matchAll(/\tINFO\trecords (\d+)/g)].reduce((sum, m) => sum + Number(m[1]), 0);
}

test('a load into an SQS queue invokes the function its event source mapping polls with', async ({
  playground,
  pubsub,
  loadTab,
}) => {
  test.slow(); // builds and deploys, then runs on the real clock at 1× speed
  await playground.setCode(RECORD_COUNTER);
  await pubsub.open();
  const n = await pubsub.addQueue('jobs');
  await pubsub.pollWith(n, 'add-numbers');

  await loadTab.open();
  await loadTab.sendTo('SQS sends to a queue');
  await loadTab.choose('Queue', 'jobs');
  await loadTab.start(10, 1);
  await expect(loadTab.status).toHaveText(
    'Finished: 10 of 10 sent to queue jobs · 10 succeeded · 0 failed · 0 throttled · 0 in flight',
    { timeout: 60_000 },
  );
  // Every message reached the function, in one or more batches.
  await expect.poll(async () => recordsSeen(await playground.logs()), { timeout: 60_000 }).toBe(10);
  await pubsub.open();
  await expect(pubsub.figures(n)).toHaveText('0 available · 0 in flight');
});

test('a load through the HTTP front door counts the gateway’s answers', async ({
  playground,
  loadTab,
}) => {
  test.slow(); // builds and deploys, then runs on the real clock at 1× speed
  await loadTab.open();
  await loadTab.sendTo('HTTP requests through the front door');
  await loadTab.fill('Path', '/items/{n}');
  await loadTab.start(5, 1);
  await expect(loadTab.status).toHaveText(
    'Finished: 5 of 5 sent to GET /items/{n} · 5 succeeded · 0 failed · 0 throttled · 0 in flight',
    { timeout: 60_000 },
  );
  await playground.waitForReports(5);
});

test('a load into an S3 bucket puts numbered objects and each notifies the function', async ({
  playground,
  s3,
  loadTab,
}) => {
  test.slow(); // builds and deploys, then runs on the real clock at 1× speed
  await playground.setCode(RECORD_COUNTER);
  await s3.open();
  const bucket = await s3.createBucket('load-bucket');
  await s3.addNotification(bucket);

  await loadTab.open();
  await loadTab.sendTo('S3 puts into a bucket');
  await loadTab.choose('Bucket', 'load-bucket');
  await expect(loadTab.panel.getByLabel('Object key', { exact: true })).toHaveValue(
    'load/{n}.json',
  );
  await loadTab.start(4, 1);
  await expect(loadTab.status).toHaveText(
    'Finished: 4 of 4 sent to s3://load-bucket/load/{n}.json · 4 succeeded · 0 failed · 0 throttled · 0 in flight',
    { timeout: 60_000 },
  );
  await expect.poll(async () => recordsSeen(await playground.logs()), { timeout: 60_000 }).toBe(4);
  await s3.open();
  for (const key of ['load/1.json', 'load/2.json', 'load/3.json', 'load/4.json']) {
    await expect(s3.object(bucket, key)).toHaveCount(1);
  }
});

test('a cold start shows the modeled platform init and the measured init apart, and bills both', async ({
  playground,
}) => {
  test.slow(); // builds and deploys, then runs on the real clock at 1× speed
  await expect(playground.controls.awsTiming).toBeChecked();
  const reportCount = async () => (await playground.reports()).length;
  await playground.invoke();
  const split = playground.resultRegion.getByTestId('init-split');
  // The page's first cold start draws 170.06 ms for nodejs22.x on x86_64 at 128 MB (seeded).
  await expect(split).toHaveText(
    /^ = platform 170\.06 ms \(modeled\) \+ your init \d+\.\d\d ms \(measured\)$/,
    { timeout: 60_000 },
  );
  await expect.poll(reportCount, { timeout: 60_000 }).toBe(1);
  const measured = Number(/your init (\d+\.\d\d)/.exec((await split.textContent()) ?? '')![1]);
  const [report] = (await playground.reports()).map(parseReport);
  expect(report!.initDurationMs).toBeCloseTo(170.06 + measured, 1);
  const billed = billedRange(report!);
  expect(report!.billedDurationMs).toBeGreaterThanOrEqual(billed.min);
  expect(report!.billedDurationMs).toBeLessThanOrEqual(billed.max);

  // Off: the next cold start (a new version) has only the measured init.
  await playground.controls.awsTiming.uncheck();
  await playground.setCode(RECORD_COUNTER);
  await playground.invoke();
  await expect.poll(reportCount, { timeout: 60_000 }).toBe(2);
  const [, second] = (await playground.reports()).map(parseReport);
  expect(second!.initDurationMs).toBeLessThan(100);
  await expect(split).toHaveCount(0);
});

// Lambda's recursive loop detection (docs/aws-services.md#recursive-loop-detection): a handler that
// writes to the bucket that triggers it is stopped once its chain of requests has invoked it 16
// times, and the playground says so on the lane, in the log and in the Async events panel.
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 180_000 });

// Each object the handler writes lands in the bucket that invokes it: a loop with no end of its own.
const SELF_TRIGGERING = `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import type { S3Event } from 'aws-lambda';
const s3 = new S3Client({});
export const handler = async (event: S3Event) => {
  const { bucket, object } = event.Records[0]!.s3;
  const n = Number(object.key.split('-')[1]) + 1;
  await s3.send(new PutObjectCommand({ Bucket: bucket.name, Key: 'copy-' + n, Body: String(n) }));
  console.log('wrote copy-' + n);
};
`;

test('a handler writing to the bucket that triggers it is stopped after 16 rounds, and told why', async ({
  playground,
  s3,
  asyncEvents,
  page,
}) => {
  // One vCPU: the SDK's first call is CPU work that 128 MB would stretch past the timeout.
  await playground.settings.fill('Memory (MB)', '1769');
  await playground.setCode(SELF_TRIGGERING);
  await s3.open();
  const bucket = await s3.createBucket('loop');
  await s3.addNotification(bucket);
  await playground.controls.setSpeed(100);
  // The learner's own upload starts the loop; every later object is the handler's.
  await s3.putText(bucket, 'copy-0', 'start');

  const lane = page.getByTestId('function-lane').filter({ hasText: 'λ add-numbers' });
  await expect(lane.getByTestId('lane-recursion')).toHaveText('recursive loop stopped × 1', {
    timeout: 120_000,
  });
  await expect(asyncEvents.status()).toHaveText('dropped: recursive loop stopped');

  const logs = await playground.logs();
  // Sixteen invocations ran in one chain, from the upload's on; the 17th was stopped.
  expect(logs.match(/\tINFO\twrote copy-\d+$/gm)).toHaveLength(16);
  expect(logs).toMatch(/\tINFO\twrote copy-16$/m);
  expect(logs).toMatch(
    /^\[playground\] Lambda stopped an invocation of add-numbers caused by request [\w-]+ of add-numbers: a recursive loop, since this chain of requests had already invoked the function 16 times\. The function did not run; the event went to the on-failure destination or dead-letter queue, or was dropped without one\.$/m,
  );
  // copy-16 was written, but the invocation it caused was stopped: nothing wrote copy-17.
  await s3.open();
  await expect(s3.object(bucket, 'copy-16')).toHaveCount(1);
  await expect(s3.object(bucket, 'copy-17')).toHaveCount(0);
});

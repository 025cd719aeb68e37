// The S3 trigger through the page: object changes in a simulated bucket invoke the function
// asynchronously with the S3 event, as the bucket's notifications say.
import { createHash } from 'node:crypto';
import type { Locator } from '@playwright/test';
import type { Playground } from './support/playground';
import { expect, test } from './support/fixtures';
import type { NotificationSpec, S3Tab } from './support/s3';

// Before its first event each test builds the handler, deploys it and cold-starts an instance,
// behind the async queue: on the shared two-core machine (load ~20) that took 70–90 s a test.
test.slow();

const LOG_RECORD = `export const handler = async (event) => {
  const { eventName, s3 } = event.Records[0];
  console.log(\`\${eventName} \${s3.object.key} \${s3.object.size} \${s3.object.eTag}\`);
};
`;

/** The logging handler deployed, the S3 tab open, and a bucket notifying it as `spec` says. */
async function notifyingBucket(
  { playground, s3 }: { playground: Playground; s3: S3Tab },
  name: string,
  spec?: NotificationSpec,
): Promise<Locator> {
  await playground.setCode(LOG_RECORD);
  await s3.open();
  const bucket = await s3.createBucket(name);
  await s3.addNotification(bucket, spec);
  return bucket;
}

test('uploading “my photo.jpg” invokes the function with the encoded key, size and MD5 eTag', async ({
  playground,
  s3,
}) => {
  const bucket = await notifyingBucket({ playground, s3 }, 'my-uploads');

  const bytes = Buffer.from('a photo, or at least its bytes: \u00e9\u00e8\u0000\u00ff');
  const md5 = createHash('md5').update(bytes).digest('hex');
  await s3.upload(bucket, 'my photo.jpg', bytes, 'image/jpeg');

  const row = s3.object(bucket, 'my photo.jpg');
  await expect(row.getByTestId('object-size')).toHaveText(String(bytes.length));
  await expect(row.getByTestId('object-etag')).toHaveText(md5);
  await expect
    .poll(() => playground.logs())
    .toContain(`ObjectCreated:Put my+photo.jpg ${bytes.length} ${md5}`);
  await expect(s3.changes(bucket)).toHaveText([
    /^ObjectCreated:Put my photo\.jpg → 1 async invoke \(202 Accepted\): [0-9a-f-]{36}$/,
  ]);
});

test('a .png suffix filter: notes.txt invokes nothing, a dropped cat.png does', async ({
  playground,
  s3,
}) => {
  const bucket = await notifyingBucket({ playground, s3 }, 'pictures', { suffix: '.png' });

  await s3.upload(bucket, 'notes.txt', Buffer.from('hello'), 'text/plain');
  await expect(s3.changes(bucket)).toHaveText([
    'ObjectCreated:Put notes.txt → no notification matched: nothing invoked',
  ]);
  await s3.drop(bucket, 'cat.png', Buffer.from([0x89, 0x50, 0x4e, 0x47]), 'image/png');
  await expect(s3.object(bucket, 'cat.png').getByTestId('object-size')).toHaveText('4');
  await expect.poll(() => playground.logs()).toContain('ObjectCreated:Put cat.png 4 ');

  // Both changes reached the platform in order: had notes.txt matched, it would have run first.
  await playground.waitForReports(1);
  expect(await playground.logs()).not.toContain('notes.txt');
});

test('deleting an object with an ObjectRemoved notification delivers ObjectRemoved:Delete', async ({
  playground,
  s3,
}) => {
  const bucket = await notifyingBucket({ playground, s3 }, 'scratch', {
    events: ['s3:ObjectRemoved:*'],
  });
  await s3.putText(bucket, 'old notes.txt', 'to be deleted');
  await expect(s3.changes(bucket)).toHaveText([
    'ObjectCreated:Put old notes.txt → no notification matched: nothing invoked',
  ]);

  await bucket.getByRole('button', { name: 'Delete old notes.txt' }).click();
  await expect(s3.object(bucket, 'old notes.txt')).toHaveCount(0);
  // A removal's record has no size and no eTag.
  await expect
    .poll(() => playground.logs())
    .toContain('ObjectRemoved:Delete old+notes.txt undefined undefined');
});

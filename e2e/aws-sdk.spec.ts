// The AWS SDK inside a handler: the real @aws-sdk/client-s3 writes and reads the playground's own
// buckets, and its errors are AWS's.
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 180_000 });

const HANDLER = `import { S3Client, PutObjectCommand, GetObjectCommand } from '@aws-sdk/client-s3';
const s3 = new S3Client({});
export const handler = async () => {
  await s3.send(new PutObjectCommand({ Bucket: 'photos', Key: 'notes/a.txt', Body: 'hello' }));
  const got = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'notes/a.txt' }));
  const missing = await s3.send(new GetObjectCommand({ Bucket: 'photos', Key: 'nope' })).catch((e) => e);
  return { text: await got.Body.transformToString(), error: missing.name, status: missing.$metadata.httpStatusCode };
};
`;

test('a handler writes and reads a bucket with the real S3 client', async ({ playground, s3 }) => {
  await s3.open();
  const bucket = await s3.createBucket('photos');
  await playground.setCode(HANDLER);
  await playground.page.getByRole('tab', { name: 'Test', exact: true }).click();
  await playground.invokeAndWait();
  expect(await playground.resultJson()).toEqual({ text: 'hello', error: 'NoSuchKey', status: 404 });
  await s3.open();
  // The S3 tab lists what the handler wrote, with S3's size and ETag (MD5 of "hello").
  const row = s3.object(bucket, 'notes/a.txt');
  await expect(row.getByTestId('object-size')).toHaveText('5');
  await expect(row.getByTestId('object-etag')).toHaveText('5d41402abc4b2a76b9719d911017c592');
});

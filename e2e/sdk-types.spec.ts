// The editor knows the AWS SDK v3's types once a file imports it: a wrong command input is marked
// with TypeScript's error, and correct SDK code is not marked at all.
import { expect, test } from './support/fixtures';

// TypeScript's worker starts once the editor accepts typing; its first answer, and its first read
// of the SDK's declarations, take seconds, tens of them on a busy two-core machine.
const TYPESCRIPT = { timeout: 120_000 };

test.slow();

const WRONG = `import { PutObjectCommand } from '@aws-sdk/client-s3';

export const command = new PutObjectCommand({ Bucket: 'b', Key: 'k', Bodyy: 'x' });
`;

const CORRECT = `import { S3Client, PutObjectCommand } from '@aws-sdk/client-s3';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, GetCommand } from '@aws-sdk/lib-dynamodb';

const s3 = new S3Client({});
const documents = DynamoDBDocumentClient.from(new DynamoDBClient({}));

export const handler = async () => {
  await s3.send(new PutObjectCommand({ Bucket: 'b', Key: 'k', Body: 'x' }));
  const { Item } = await documents.send(new GetCommand({ TableName: 't', Key: { id: '1' } }));
  return Item;
};
`;

test('a misspelt PutObjectCommand input is marked; correct SDK code is not', async ({
  playground,
  page,
}) => {
  await playground.setCode(WRONG);
  // F8 opens the marker under the cursor's next problem, with TypeScript's message.
  await expect(async () => {
    await page.keyboard.press('F8');
    await expect(page.locator('.marker-widget')).toContainText(
      "'Bodyy' does not exist in type 'PutObjectCommandInput'",
      { timeout: 2_000 },
    );
  }).toPass(TYPESCRIPT);
  await page.keyboard.press('Escape');
  await expect(playground.editor.errorSquiggles).toHaveCount(1);

  await playground.setCode(CORRECT);
  await expect(playground.editor.errorSquiggles).toHaveCount(0, TYPESCRIPT);
});

// The editor offers @types/aws-lambda's handler types and typed handler skeletons, with imports.
import { expect, test } from './support/fixtures';

// TypeScript's worker starts once the editor accepts typing, and its first answer (completions,
// hover) takes seconds, tens of them on a busy two-core machine.
const TYPESCRIPT = { timeout: 90_000 };

test.slow();

test('typing S3Han offers S3Handler, and accepting it imports the type', async ({ playground }) => {
  await playground.setCode('export const handler: ');
  await playground.editor.type('S3Han');
  await playground.editor.suggestion('S3Handler').click(TYPESCRIPT);

  await expect
    .poll(() => playground.editor.shownText())
    .toBe("import type { S3Handler } from 'aws-lambda';\nexport const handler: S3Handler");
});

test('handler-sqs writes a typed SQS handler; hovering event shows its type', async ({
  playground,
}) => {
  await playground.setCode('// Orders from the queue\n');
  await playground.editor.type('handler-sq');
  await playground.editor.suggestion('handler-sqs').click(TYPESCRIPT);

  await expect.poll(() => playground.editor.shownText())
    .toBe(`import type { SQSHandler, SQSBatchResponse } from 'aws-lambda';
// Orders from the queue
export const handler: SQSHandler = async (event): Promise<SQSBatchResponse> => {
  const batchItemFailures: SQSBatchResponse['batchItemFailures'] = [];
  for (const record of event.Records) {
    try {
      console.log(record.messageId, record.body);
    } catch {
      // With ReportBatchItemFailures on the mapping, only these messages return to the queue.
      batchItemFailures.push({ itemIdentifier: record.messageId });
    }
  }
  return { batchItemFailures };
};
`);
  const hover = await playground.editor.hover('event');
  await expect(hover).toContainText('(parameter) event: SQSEvent', TYPESCRIPT);
});

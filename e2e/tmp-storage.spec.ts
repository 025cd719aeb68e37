// /tmp belongs to an execution environment: it grows across warm invokes of one environment and
// starts empty in a new one; everything else is read-only (docs/aws-lambda.md#tmp-and-var-task).
import { parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

const APPENDER = `import { appendFileSync, readFileSync } from 'node:fs';

export const handler = async () => {
  appendFileSync('/tmp/visits.txt', 'x');
  return readFileSync('/tmp/visits.txt', 'utf8');
};
`;

const WRITES_PACKAGE = `import { writeFileSync } from 'node:fs';

export const handler = async () => {
  writeFileSync('/var/task/cache.json', '{}');
  return 'written';
};
`;

test('a file in /tmp grows across warm invokes and is gone after a cold start', async ({
  playground,
}) => {
  await playground.setCode(APPENDER);

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"x"');
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"xx"');

  // A new memory size retires the environment: the next request starts cold, with an empty /tmp.
  await playground.settings.fill('Memory (MB)', '256');
  await expect(playground.instancesIn('idle')).toHaveCount(0);
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"x"');
  const reports = (await playground.reports()).map(parseReport);
  expect(reports.map((report) => report.initDurationMs !== undefined)).toEqual([true, false, true]);
  expect(reports[2]!.memorySizeMB).toBe(256);

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"xx"');
});

test('writing to /var/task fails with EROFS, in the response and the log', async ({
  playground,
}) => {
  await playground.setCode(WRITES_PACKAGE);

  await playground.invokeAndWait();
  expect(await playground.resultJson()).toMatchObject({
    errorType: 'Error',
    errorMessage: "EROFS: read-only file system, open '/var/task/cache.json'",
  });
  const logs = await playground.logs();
  expect(logs).toContain('Invoke Error');
  expect(logs).toContain('"code":"EROFS"');
  expect(logs).toContain('"syscall":"open"');
});

test('ephemeral storage is refused outside 512–10,240 MB, next to memory', async ({
  playground,
}) => {
  await playground.settings.fill('Ephemeral storage (MB)', '256');
  await expect(playground.settings.problemOf('Ephemeral storage (MB)')).toContainText(
    '512 to 10,240',
  );
  await playground.settings.fill('Ephemeral storage (MB)', '2048');
  await expect(playground.settings.problemOf('Ephemeral storage (MB)')).toHaveCount(0);
});

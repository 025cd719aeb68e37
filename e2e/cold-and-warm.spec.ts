// A learner's first path, end to end: the default function answers cold, then warm; a new version
// is cold again.
import {
  appLine,
  billedRange,
  endLine,
  firstRequestId,
  parseReport,
  reportLine,
  startLine,
} from './support/cloudwatch';
import { drawnText } from './support/drawn-text';
import { expect, test } from './support/fixtures';

const COUNTER = `let count = 0;

export const handler = async () => {
  count += 1;
  return count;
};
`;

test('the default function returns 3, with Lambda’s log lines, on an instance left idle', async ({
  playground,
  cost,
}) => {
  await playground.invokeAndWait();

  await expect(playground.result()).toHaveText('3');
  const logs = await playground.logs();
  const id = firstRequestId(logs);
  const [reportText] = await playground.reports();
  // In this order: START, the handler's console line, END, REPORT.
  const positions = [
    startLine(id),
    appLine(id, 'INFO', '{ left: 1, right: 2 }'),
    endLine(id),
    reportLine(id),
  ].map((pattern) => logs.search(pattern));
  expect(positions).not.toContain(-1);
  expect(positions).toEqual([...positions].sort((a, b) => a - b));
  const report = parseReport(reportText!);
  expect(report.requestId).toBe(id);
  expect(report.memorySizeMB).toBe(128);
  expect(report.initDurationMs).toBeGreaterThan(0);
  expect(report.status).toBeUndefined();
  const billed = billedRange(report);
  expect(report.billedDurationMs).toBeGreaterThanOrEqual(billed.min);
  expect(report.billedDurationMs).toBeLessThanOrEqual(billed.max);

  await expect(playground.instances()).toHaveCount(1);
  await expect(playground.instances()).toHaveAttribute('data-state', 'idle');
  const total = await drawnText(cost.total);
  expect(total).toMatch(/^\$\d+\.\d+$/);
  expect(Number(total.slice(1))).toBeGreaterThan(0);
});

test('the second invoke is warm: no Init Duration, and module state survives', async ({
  playground,
}) => {
  await playground.setCode(COUNTER);

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('1');
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('2');

  const [cold, warm] = (await playground.reports()).map(parseReport);
  expect(cold!.initDurationMs).toBeGreaterThan(0);
  expect(warm!.initDurationMs).toBeUndefined();
  expect(warm!.requestId).not.toBe(cold!.requestId);
  await expect(playground.instances()).toHaveCount(1);
  await expect(playground.instances()).toHaveAttribute('data-state', 'idle');
});

test('editing the code deploys a new version: the old instance is retired, the next invoke is cold', async ({
  playground,
}) => {
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');
  const [oldId] = await playground.instanceIds();

  await playground.setCode(COUNTER);
  await playground.invokeAndWait();

  await expect(playground.result()).toHaveText('1');
  const [, second] = (await playground.reports()).map(parseReport);
  expect(second!.initDurationMs).toBeGreaterThan(0);
  const old = playground.instance(oldId!);
  await expect(old).toHaveAttribute('data-state', 'reaped');
  await expect(old).toContainText('version retired');
  await expect(playground.instances()).toHaveCount(2);
  await expect(playground.instancesIn('idle')).toHaveCount(1);
});

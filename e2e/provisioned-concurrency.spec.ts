// Provisioned concurrency (docs/aws-lambda.md#provisioned-concurrency): set to 2, two environments
// are initialized ahead with no request; of three concurrent requests the first two run on them,
// warm (no Init Duration), and the third spills over to an on-demand environment, cold. The bill's
// provisioned-concurrency line is the sum of its period receipts.
import { toUnits } from './support/cost';
import { drawnText } from './support/drawn-text';
import { expect, test } from './support/fixtures';

test.describe.configure({ timeout: 180_000 });

// Busy long enough that all three requests are in flight at once.
const BUSY_5_S = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 5_000));
  return 'done';
};
`;

test('provisioned concurrency 2: two warm invocations, the third cold, the line the sum of its receipts', async ({
  playground,
  loadTab,
  cost,
}) => {
  await playground.settings.fill('Timeout (s)', '30');
  await playground.setCode(BUSY_5_S);
  await playground.settings.fill('Provisioned concurrency', '2');

  // Two environments initialized ahead, marked provisioned, idle with no request.
  const provisioned = playground.stage.locator('[data-testid="instance"][data-provisioned="true"]');
  await expect(provisioned.and(playground.instancesIn('idle'))).toHaveCount(2, { timeout: 60_000 });
  await expect(provisioned.first().getByTestId('instance-provisioned')).toHaveText('provisioned');
  // The form says the allocation is done, as GetProvisionedConcurrencyConfig would.
  await expect(
    playground.settings.form.getByRole('status', { name: 'Allocated provisioned concurrency' }),
  ).toHaveText('2 of 2 allocated · READY');
  expect(await playground.reports()).toEqual([]);
  const logs = await playground.logs();
  expect(logs.match(/^INIT_START /gm)).toHaveLength(2);
  expect(logs.match(/^INIT_REPORT Init Duration: \d+\.\d\d ms$/gm)).toHaveLength(2);

  // Three requests within a second, each busy 5 s: all three in flight together.
  await loadTab.open();
  await loadTab.start(3, 1);
  await expect.poll(async () => (await playground.reports()).length, { timeout: 90_000 }).toBe(3);
  const reports = await playground.reports();
  const cold = reports.filter((line) => line.includes('Init Duration'));
  expect(cold).toHaveLength(1);
  await expect(playground.instances()).toHaveCount(3);
  await expect(provisioned).toHaveCount(2);

  // The bill: a provisioned-concurrency line, equal to the sum of its period receipts.
  const line = cost.region.getByTestId('cost-provisioned');
  await expect(line).toBeVisible();
  await expect(line).toContainText('Provisioned concurrency');
  const periods = cost.region.getByTestId('provisioned-receipt-usd');
  await expect(periods.first()).toBeVisible();
  const shown = await periods.allInnerTexts();
  const sum = shown.reduce((total, text) => total + toUnits(text), 0n);
  // Each period: 2 × 0.125 GB × 300 s × $0.0000041667 = $0.0003125025.
  expect(shown.map(toUnits)).toEqual(shown.map(() => toUnits('$0.0003125025')));
  expect(toUnits(await drawnText(line.getByTestId('cost-provisioned-usd')))).toBe(sum);
});

// The timeline: a cold and a warm invocation drawn under the stage, and the warm one's
// details (result, REPORT line) a click away.
import { parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

test('two invokes draw an init, a cold and a warm invocation; the warm one opens its details', async ({
  page,
  playground,
}) => {
  await playground.invokeAndWait();
  await playground.invokeAndWait();
  const [, warmReport] = await playground.reports();
  const { requestId: warmId, billedDurationMs } = parseReport(warmReport!);

  const timeline = playground.stage.getByRole('group', { name: 'Timeline' });
  const segments = timeline.getByTestId('timeline-segment');
  await expect(segments).toHaveCount(3);
  await expect(timeline.locator('[data-kind="init"][data-cold="true"]')).toHaveCount(1);
  await expect(timeline.locator('[data-kind="invoke"][data-cold="true"]')).toHaveCount(1);
  const warm = timeline.locator('[data-kind="invoke"][data-cold="false"]');
  await expect(warm).toHaveCount(1);
  await expect(warm).toHaveAttribute('data-status', 'ok');
  await expect(warm).toHaveAccessibleName(
    new RegExp(`^add-numbers invocation ${warmId.slice(0, 8)}… warm, \\d+ ms, Succeeded$`),
  );

  // Paused, the chart stops sliding (Playwright clicks only an element that holds still).
  await page.getByRole('button', { name: 'Pause' }).click();
  await warm.click();
  const details = timeline.getByRole('region', { name: 'Invocation details' });
  await expect(details.getByTestId('timeline-result')).toHaveText('3');
  const logs = details.getByTestId('timeline-logs');
  await expect(logs).toContainText(`START RequestId: ${warmId}`);
  await expect(logs).toContainText(`REPORT RequestId: ${warmId}\tDuration: `);
  await expect(details.getByText('Init duration', { exact: true })).toHaveCount(0);
  // With AWS timing on, a handler that computed at all is billed on its modeled duration, and says so.
  await expect(details.locator('dt:text-is("Billed duration") + dd')).toHaveText(
    new RegExp(`^${billedDurationMs} ms( \\(on the modeled duration\\))?$`),
  );
});

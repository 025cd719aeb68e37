// The JSON log format with an application log level: each console call is one JSON line, lines
// below the level never reach the log, START and REPORT become platform records, and the log
// view's Level filter hides the function's lines below the level picked.
import { expect, test } from './support/fixtures';

const LOGS_EVERY_LEVEL = `export const handler = async () => {
  console.debug('debug detail');
  console.info('info note');
  console.warn('low stock', { sku: 'A-1', left: 2 });
  console.error(new Error('payment declined'));
  return 'done';
};
`;

test('JSON at WARN: only warn and error lines, as JSON with the request id; the Level filter hides lines', async ({
  playground,
}) => {
  const { settings, logsRegion } = playground;
  await settings.choose('Log format', 'JSON');
  await settings.choose('Application log level', 'WARN');
  await playground.setCode(LOGS_EVERY_LEVEL);
  await logsRegion.scrollIntoViewIfNeeded();
  await playground.invoke();
  await expect(playground.resultRegion).toContainText('"done"');

  const lines = logsRegion.getByTestId('log-line');
  const report = lines.filter({ hasText: '"type": "platform.report"' });
  await expect(report).toHaveCount(1);
  const reportJson = JSON.parse((await report.locator('pre').textContent()) ?? '{}');
  expect(reportJson.record).toMatchObject({ status: 'success', metrics: { memorySizeMB: 128 } });
  const requestId: string = reportJson.record.requestId;
  expect(requestId).toMatch(/^[0-9a-f-]{36}$/);

  // The function's own lines: WARN and ERROR only, each a JSON line of this request.
  const own = (level: string) =>
    logsRegion.locator(`[data-testid="log-line"][data-level="${level}"]`);
  await expect(own('DEBUG')).toHaveCount(0);
  await expect(own('INFO')).toHaveCount(0);
  await expect(own('WARN')).toHaveCount(1);
  await expect(own('ERROR')).toHaveCount(1);
  const warn = JSON.parse((await own('WARN').locator('pre').textContent()) ?? '{}');
  expect(warn).toMatchObject({
    level: 'WARN',
    requestId,
    message: "low stock { sku: 'A-1', left: 2 }",
  });
  expect(Date.parse(warn.timestamp)).not.toBeNaN();
  const error = JSON.parse((await own('ERROR').locator('pre').textContent()) ?? '{}');
  expect(error).toMatchObject({
    level: 'ERROR',
    requestId,
    message: { errorType: 'Error', errorMessage: 'payment declined' },
  });
  expect(error.message.stackTrace[0]).toBe('Error: payment declined');
  // No Text-format START/END/REPORT lines in a JSON stream.
  await expect(logsRegion).not.toContainText('REPORT RequestId:');
  await expect(lines.filter({ hasText: '"type": "platform.start"' })).toHaveCount(1);

  // The view's own filter: ERROR and above hides the WARN line; the platform's lines stay.
  const level = logsRegion.getByRole('combobox', { name: 'Level' });
  await level.selectOption('ERROR');
  await expect(own('WARN')).toHaveCount(0);
  await expect(own('ERROR')).toHaveCount(1);
  await expect(report).toHaveCount(1);
  await level.selectOption('');
  await expect(own('WARN')).toHaveCount(1);
});

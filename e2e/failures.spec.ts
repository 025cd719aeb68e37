// What goes wrong, reported as Lambda reports it: a timeout, a thrown error, code that does not compile.
import { appLineStartingWith, parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

const ENDLESS = `export const handler = async () => {
  while (true) {}
};
`;

const FIXED = `export const handler = async () => {
  return 'fixed';
};
`;

const THROWS = `export const handler = async () => {
  throw new Error('boom');
};
`;

// esbuild stops at the `;` after `+`: line 2, column 22 (1-based, as editors count).
const BROKEN = `export const handler = async (event: { left: number; right: number }) => {
  return event.left +;
};
`;

test('an endless loop is stopped at a 1 s timeout, the page stays responsive, and the fix then runs', async ({
  playground,
}) => {
  await playground.settings.fill('Timeout (s)', '1');
  await playground.setCode(ENDLESS);

  await playground.invoke();
  // The loop spins in the instance's worker; the page's own controls answer meanwhile. (Were it
  // on the page's thread, nothing could stop it and no REPORT would ever come.)
  await playground.controls.setSpeed(2);
  await expect(playground.controls.speed).toHaveValue('2');
  await playground.waitForReports(1);

  const [report] = (await playground.reports()).map(parseReport);
  expect(report!.status).toBe('timeout');
  expect(report!.durationMs).toBeGreaterThanOrEqual(1000);
  expect(await playground.resultJson()).toEqual({
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${report!.requestId} Error: Task timed out after 1.00 seconds`,
  });
  await expect(playground.instances()).toHaveCount(1);
  await expect(playground.instances()).toHaveAttribute('data-state', 'timed-out');

  await playground.setCode(FIXED);
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"fixed"');
  await expect(playground.instancesIn('idle')).toHaveCount(1);
});

test('a thrown error returns Lambda’s error JSON and logs the Invoke Error line', async ({
  playground,
}) => {
  await playground.setCode(THROWS);
  await playground.invokeAndWait();

  const payload = (await playground.resultJson()) as { trace: string[] };
  expect(payload).toEqual({ errorType: 'Error', errorMessage: 'boom', trace: expect.any(Array) });
  expect(payload.trace[0]).toBe('Error: boom');
  expect(payload.trace[1]).toMatch(/^ {4}at /);

  const [report] = (await playground.reports()).map(parseReport);
  const logs = await playground.logs();
  const errorLine = appLineStartingWith(report!.requestId, 'ERROR', 'Invoke Error \t').exec(logs);
  expect(errorLine).not.toBeNull();
  const json = errorLine![1]!;
  expect(json).toMatch(/^\{"errorType":"Error","errorMessage":"boom","stack":\["Error: boom",/);
  // The log names the trace `stack`, the response names it `trace`: the same lines in both.
  expect(JSON.parse(json)).toEqual({
    errorType: 'Error',
    errorMessage: 'boom',
    stack: payload.trace,
  });
  // A handler's own error does not end the instance: it stays warm for the next request.
  await expect(playground.instancesIn('idle')).toHaveCount(1);
});

test('a syntax error is marked in the editor and listed, and the last good version keeps answering', async ({
  playground,
}) => {
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');

  await playground.setCode(BROKEN);
  await expect(playground.editor.errorSquiggles.first()).toBeVisible();
  await expect(playground.problems.getByRole('listitem')).toHaveCount(1);
  await expect(playground.problems.getByRole('listitem')).toContainText('index.ts:2:22');

  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');
  await expect(playground.resultRegion.getByRole('status')).toHaveText(
    /^Build failed, so the last deployed version ran instead/,
  );
  // Same version, same instance: warm, and nothing was retired.
  const [, second] = (await playground.reports()).map(parseReport);
  expect(second!.initDurationMs).toBeUndefined();
  await expect(playground.instances()).toHaveCount(1);
  await expect(playground.instances()).toHaveAttribute('data-state', 'idle');
});

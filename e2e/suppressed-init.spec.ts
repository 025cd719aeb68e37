// Lambda's 10 s INIT limit, in real time: an INIT that outruns it is retried inside the first
// invoke against the function's timeout (a "suppressed init"), and the request is served; the
// retried INIT is part of its Duration, and REPORT has no Init Duration
// (docs/aws-lambda.md#init-limit-and-suppressed-init).
import { parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

// Two INITs of 10.5 s each (the first cut off at 10 s), on a busy two-core machine.
test.describe.configure({ timeout: 120_000 });

const SLOW_INIT = `// slow-init
await new Promise((resolve) => setTimeout(resolve, 10_500));
export const handler = async () => 'ready';
`;

test('an INIT past 10 s is retried inside the invoke against the timeout, and answers', async ({
  playground,
}) => {
  await playground.settings.fill('Timeout (s)', '30');
  await playground.setCode(SLOW_INIT);
  await playground.invoke();
  await expect.poll(async () => (await playground.reports()).length, { timeout: 60_000 }).toBe(1);

  expect(await playground.resultJson()).toBe('ready');
  const logs = await playground.logs();
  // 10 s of INIT, plus the modeled AWS platform part when AWS timing is on.
  expect(logs).toMatch(
    /^INIT_REPORT Init Duration: 10\d{3}\.\d\d ms\tPhase: init\tStatus: timeout$/m,
  );
  expect(logs).not.toContain('Phase: invoke');
  const [report] = (await playground.reports()).map(parseReport);
  expect(report!.initDurationMs).toBeUndefined();
  expect(report!.status).toBeUndefined();
  expect(report!.durationMs).toBeGreaterThanOrEqual(10_500);
  expect(report!.durationMs).toBeLessThan(30_000);
});

// Hostile handlers stay in their box. Each ends as Lambda's runtime would end it, the page
// keeps answering, and the saved workspace is untouched.
import { parseReport } from './support/cloudwatch';
import type { Playground } from './support/playground';
import { expect, test } from './support/fixtures';
import { frameGaps, savedWorkspace } from './support/saved-workspace';

// Each test builds a function or two and waits out a timeout: slow on a busy two-core machine.
test.describe.configure({ timeout: 180_000 });

/** Invokes and waits for REPORT number `count`, allowing for a build, a cold start and a timeout. */
async function invokeUntilReport(playground: Playground, count: number): Promise<void> {
  await playground.invoke();
  await expect
    .poll(async () => (await playground.reports()).length, { timeout: 60_000 })
    .toBe(count);
}

// Short enough for every line to be in the editor's view (the editor helper compares drawn lines).
const PROBE = `export const handler = async (event: { appOrigin: string; direct?: boolean }) => {
  const g = globalThis as any; // probe-storage
  if (event.direct) return g.localStorage.getItem('anything');
  const attempts: Record<string, () => unknown> = {
    localStorage: () => g.localStorage.length, indexedDB: () => g.indexedDB.open('p'),
    document: () => g.document.cookie, parent: () => g.parent.document, top: () => g.top.location,
    caches: () => g.caches.open('p'), fetch: () => fetch(event.appOrigin),
  };
  const outcome: Record<string, string> = {};
  for (const [name, attempt] of Object.entries(attempts))
    outcome[name] = await Promise.resolve().then(attempt).then(() => 'reached', (e: Error) => e.name);
  return outcome;
};
`;

test('a handler reaches none of the app’s storage, page or origin, and the saved work is intact', async ({
  playground,
  page,
}) => {
  await playground.setCode(PROBE);
  const origin = new URL(page.url()).origin;
  await playground.setEvent(JSON.stringify({ appOrigin: origin }));
  // The event (which holds the origin) is saved after the code: wait for both.
  const saved = await savedWorkspace(page, 'probe-storage', origin);
  const outcome = {
    // A worker has no such globals (read through globalThis, they are undefined).
    localStorage: 'TypeError',
    indexedDB: 'SecurityError',
    document: 'TypeError',
    parent: 'TypeError',
    top: 'TypeError',
    caches: 'SecurityError',
    fetch: 'TypeError',
  };

  // Internet access off: the worker comes from the network sandbox, still with an opaque origin.
  await invokeUntilReport(playground, 1);
  expect(await playground.resultJson()).toEqual(outcome);
  expect(await savedWorkspace(page, 'probe-storage', origin)).toEqual(saved);
  // On: the page starts the worker; the app's origin is out of reach all the same (no CORS).
  await playground.settings.internetAccess.check();
  const savedOnline = await savedWorkspace(page, 'probe-storage', '"internetAccess":true');
  await invokeUntilReport(playground, 2);
  expect(await playground.resultJson()).toEqual(outcome);
  expect(await savedWorkspace(page, 'probe-storage', '"internetAccess":true')).toEqual(savedOnline);

  // Unguarded, the attempt is the handler's own error: an ordinary invoke error, instance kept.
  await playground.setEvent(JSON.stringify({ appOrigin: origin, direct: true }));
  await invokeUntilReport(playground, 3);
  expect(await playground.resultJson()).toMatchObject({
    errorType: 'TypeError',
    errorMessage: "Cannot read properties of undefined (reading 'getItem')",
  });
  await expect(playground.instancesIn('idle')).toHaveCount(1);
});

test('an endless loop times out while another function serves and the page keeps painting', async ({
  playground,
  page,
}) => {
  await playground.settings.fill('Timeout (s)', '5');
  await playground.setCode('export const handler = async () => {\n  while (true) {}\n};\n');
  await page.getByRole('button', { name: 'Add function' }).click();
  await playground.setCode("export const handler = async () => 'still serving';\n");
  await invokeUntilReport(playground, 1);
  await expect(playground.result()).toHaveText('"still serving"');

  await page.getByRole('button', { name: 'λ add-numbers' }).click();
  await playground.invoke();
  await expect(playground.instancesIn('busy')).toHaveCount(1, { timeout: 60_000 });
  // Were the loop on the page's thread, no frame would come until the timeout (5 s) ended it.
  const gaps = await frameGaps(page, 2000);
  expect(Math.max(...gaps)).toBeLessThan(3000);
  await page.getByRole('button', { name: 'λ function-2' }).click();
  await invokeUntilReport(playground, 2);
  await expect(playground.result()).toHaveText('"still serving"');

  await page.getByRole('button', { name: 'λ add-numbers' }).click();
  await expect.poll(async () => (await playground.reports()).length, { timeout: 60_000 }).toBe(1);
  const [report] = (await playground.reports()).map(parseReport);
  expect(report!.status).toBe('timeout');
  expect(await playground.resultJson()).toEqual({
    errorType: 'Sandbox.Timedout',
    errorMessage: `RequestId: ${report!.requestId} Error: Task timed out after 5.00 seconds`,
  });
});

test('a memory hog is stopped at its timeout, the page survives, and the next invoke re-runs INIT in the reset environment', async ({
  playground,
}) => {
  await playground.settings.fill('Timeout (s)', '2');
  // 800 MB, six times the function's 128 MB, then spinning until the timeout. Not without bound:
  // a worker allocating as fast as it can reaches Chromium's ≈ 3 GB renderer limit within its
  // timeout plus the 2 s a terminated spinning worker runs on, and the browser ends the whole tab
  // (docs/browser-limits.md#many-workers-and-memory).
  await playground.setCode(`const hog: number[][] = [];
export const handler = async () => {
  while (true) if (hog.length < 100) hog.push(new Array(1_000_000).fill(1.5));
};
`);
  await invokeUntilReport(playground, 1);
  const [first] = (await playground.reports()).map(parseReport);
  expect([first!.status, first!.maxMemoryUsed]).toEqual(['timeout', '—']);
  await expect(playground.instancesIn('timed-out')).toHaveCount(1);

  await invokeUntilReport(playground, 2);
  const [, second] = (await playground.reports()).map(parseReport);
  // Same environment, reset: INIT runs again inside the invoke, so REPORT has no Init Duration
  // (docs/aws-lambda.md#reset-after-a-crash-or-timeout).
  expect([second!.status, second!.initDurationMs]).toEqual(['timeout', undefined]);
  expect(await playground.instanceIds()).toEqual(['add-numbers-1']);
});

test('a log flood shows its first 1,000 lines and a note, and the handler still answers', async ({
  playground,
}) => {
  // Writing 30,000 lines is a few hundred ms of CPU work; at 128 MB AWS timing stretches it
  // 13.8-fold past the 3 s timeout (docs/aws-lambda.md#memory-buys-cpu). One full vCPU keeps
  // this test about the log cap.
  await playground.settings.fill('Memory (MB)', '1769');
  await playground.setCode(`export const handler = async () => {
  for (let i = 0; i < 30_000; i++) console.log('flood', i);
  return 'survived';
};
`);
  await invokeUntilReport(playground, 1);
  await expect(playground.result()).toHaveText('"survived"');
  const logs = await playground.logs();
  expect(logs).toContain(
    '[playground] This request wrote more than 1,000 lines or 1 MB of logs; the rest are not shown, so the page stays responsive (CloudWatch would keep them).',
  );
  expect(logs).toMatch(/\tINFO\tflood 999\n/);
  expect(logs).not.toMatch(/\tINFO\tflood 1000\n/);
});

test('process.exit ends the runtime with Runtime.ExitError, the workspace stays saved, the environment waits crashed for its reset', async ({
  playground,
  page,
}) => {
  await playground.setCode(
    '// probe-exit\nexport const handler = async () => {\n  process.exit(2);\n};\n',
  );
  const saved = await savedWorkspace(page, 'probe-exit');
  await invokeUntilReport(playground, 1);
  const [report] = (await playground.reports()).map(parseReport);
  expect(await playground.resultJson()).toEqual({
    errorType: 'Runtime.ExitError',
    errorMessage: `RequestId: ${report!.requestId} Error: Runtime exited with error: exit status 2`,
  });
  expect([report!.status, report!.errorType]).toEqual(['error', 'Runtime.ExitError']);
  await expect(playground.instancesIn('crashed')).toHaveCount(1);
  expect(await savedWorkspace(page, 'probe-exit')).toEqual(saved);
});

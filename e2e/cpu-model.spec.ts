// Memory buys CPU (docs/aws-lambda.md#memory-buys-cpu): with AWS timing on, a CPU-bound handler's
// Duration is what its memory would make of it on AWS, and what was measured here stays beside it.
import { parseReport } from './support/cloudwatch';
import { expect, test } from './support/fixtures';

// About 50 ms of computing and nothing to wait for.
const CPU_BOUND = `export const handler = async () => {
  const end = Date.now() + 50;
  let spins = 0;
  while (Date.now() < end) spins++;
  return { spun: spins > 0 };
};
`;

/** `701.02 ms` → 701.02 */
const msOf = (text: string | null) => Number(/([\d.]+) ms/.exec(text ?? '')![1]);

test('a CPU-bound handler takes longer and is billed more per request at 128 MB than at 1,769 MB, measured the same', async ({
  playground,
}) => {
  await playground.setCode(CPU_BOUND);
  const duration = playground.resultRegion.getByTestId('duration');
  const measured = playground.resultRegion.getByTestId('duration-measured');

  // Two cold starts of a CPU-bound handler on a shared machine: give the REPORT lines time.
  test.setTimeout(180_000);
  const runAt = async (memoryMB: number) => {
    await playground.settings.fill('Memory (MB)', String(memoryMB));
    const before = (await playground.reports()).length;
    await playground.invoke();
    await expect
      .poll(async () => (await playground.reports()).length, { timeout: 60_000 })
      .toBe(before + 1);
    await expect(playground.resultRegion).toContainText(`Modeled duration at ${memoryMB} MB`);
    const report = parseReport((await playground.reports()).at(-1)!);
    expect(report.memorySizeMB).toBe(memoryMB);
    const shown = await measured.textContent();
    return {
      modeled: msOf(await duration.textContent()),
      measured: msOf(shown),
      computing: msOf(/, ([\d.]+ ms) of it computing/.exec(shown ?? '')![1]!),
      report,
    };
  };

  const small = await runAt(128);
  const large = await runAt(1769);

  // Both measured the loop here: about 50 ms, nearly all of it computing. Date.now() counts whole
  // milliseconds, so the loop may stop up to 1 ms short of 50.
  for (const run of [small, large]) {
    expect(run.computing).toBeGreaterThanOrEqual(49);
    expect(run.measured).toBeGreaterThanOrEqual(run.computing);
    // The REPORT line prints the modeled Duration, and bills it.
    expect(run.report.durationMs).toBeCloseTo(run.modeled, 2);
    expect(run.report.billedDurationMs).toBeGreaterThanOrEqual(Math.ceil(run.modeled));
  }
  // At one vCPU nothing is stretched; at 128 MB the computing takes 1,769/128 ≈ 13.8 times as long.
  expect(large.modeled).toBeCloseTo(large.measured, 2);
  expect(small.modeled - small.measured).toBeCloseTo(small.computing * (1769 / 128 - 1), -1);
  expect(small.modeled).toBeGreaterThan(large.modeled * 5);
});

test('a reservation that leaves the account under 100 unreserved gets Lambda’s refusal next to the field', async ({
  playground,
}) => {
  await playground.settings.reserve(901);
  await expect(playground.settings.problemOf('Reserved concurrency')).toHaveText(
    "Specified ReservedConcurrentExecutions for function decreases account's UnreservedConcurrentExecution below its minimum value of [100].",
  );
  await playground.invoke();
  await expect(playground.resultRegion.getByRole('status')).toHaveText(
    /^Fix the function settings: Specified ReservedConcurrentExecutions/,
  );
  await playground.settings.fill('Reserved concurrency', '900');
  await expect(playground.settings.problemOf('Reserved concurrency')).toHaveCount(0);
});

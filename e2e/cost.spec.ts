// The Cost region through the page: the calculator reproduces AWS's method, the live total
// is the sum of the receipts, and memory prices compute as AWS does.
import { toUnits } from './support/cost';
import { drawnText } from './support/drawn-text';
import { expect, test } from './support/fixtures';

/** One 128 MB millisecond on x86 ($0.0000166667 × 0.125 / 1000), in 1e-16 dollars. */
const UNITS_PER_MS_128 = 20_833_375n;
/** One 1024 MB millisecond on x86 ($0.0000166667 / 1000), in 1e-16 dollars. */
const UNITS_PER_MS_1024 = 166_667_000n;
/** $0.20 per million requests, in 1e-16 dollars. */
const REQUEST_UNITS = 2_000_000_000n;

test('the monthly calculator reproduces AWS’s figures and follows its inputs', async ({ cost }) => {
  await cost.openCalculator();

  // The pricing page's example 1 (3M × 1 s at 512 MB, free tier): $18.33 + $0.40 at today's price.
  const example = { requests: '3000000', durationMs: '1000', memoryMB: '512' } as const;
  await cost.calculate({ ...example, architecture: 'x86_64', freeTier: true });
  await expect(cost.calculatorTotal).toHaveText('$18.73');

  // Twice the memory: 2,600,000 billable GB-s = $43.33342.
  await cost.calculator.getByLabel('Memory (MB)').fill('1024');
  await expect(cost.calculatorTotal).toHaveText('$43.73');

  // No free tier: 3,000,000 GB-s = $50.0001, 3M requests = $0.60.
  await cost.calculator.getByLabel('Free tier').uncheck();
  await expect(cost.calculatorTotal).toHaveText('$50.60');

  // arm64: 3,000,000 GB-s × $0.0000133334 = $40.0002.
  await cost.calculator.getByLabel('Architecture').selectOption('arm64');
  await expect(cost.calculatorTotal).toHaveText('$40.60');

  // The 1 ms billing launch post: 60M × 28 ms at 1 GB, no free tier = $12 + $28.
  await cost.calculate({
    requests: '60000000',
    durationMs: '28',
    memoryMB: '1024',
    architecture: 'x86_64',
    freeTier: false,
  });
  await expect(cost.calculatorTotal).toHaveText('$40.00');
});

test('the cost total is the sum of the receipts', async ({ playground, cost }) => {
  test.slow(); // a first build and three invokes, on a shared two-core machine
  for (let i = 1; i <= 3; i++) {
    await playground.invoke();
    // The first invoke waits for the first build (esbuild-wasm) on a busy machine.
    await expect(cost.receipts()).toHaveCount(i, { timeout: 45_000 });
  }

  const receipts = await cost.readReceipts();
  for (const receipt of receipts) {
    expect(receipt.memory).toBe('128 MB x86_64');
    expect(receipt.compute).toBe(BigInt(receipt.billedMs) * UNITS_PER_MS_128);
    expect(receipt.total).toBe(receipt.compute + REQUEST_UNITS);
  }
  const sum = receipts.reduce((total, receipt) => total + receipt.total, 0n);
  expect(toUnits(await drawnText(cost.total))).toBe(sum);
});

test('1024 MB bills each millisecond 8 times what 128 MB does', async ({ playground, cost }) => {
  test.slow(); // two builds (the memory change deploys a new version) and two cold starts
  await playground.invoke();
  await expect(cost.receipts()).toHaveCount(1, { timeout: 45_000 });
  const [small] = await cost.readReceipts();
  expect(small!.memory).toBe('128 MB x86_64');

  await playground.settings.fill('Memory (MB)', '1024');
  await playground.invoke();
  await expect(cost.receipts()).toHaveCount(2, { timeout: 45_000 });
  const [large] = await cost.readReceipts();
  expect(large!.memory).toBe('1024 MB x86_64');

  expect(small!.compute).toBe(BigInt(small!.billedMs) * UNITS_PER_MS_128);
  expect(large!.compute).toBe(BigInt(large!.billedMs) * UNITS_PER_MS_1024);
  // Per billed millisecond: compute(1024) / ms(1024) = 8 × compute(128) / ms(128), exactly.
  expect(large!.compute * BigInt(small!.billedMs)).toBe(
    8n * small!.compute * BigInt(large!.billedMs),
  );
});

// The Cost region as a learner reads it: the live total, the receipts, and the monthly calculator.
import type { Locator, Page } from '@playwright/test';
import { drawnText } from './drawn-text';

/** Dollars as an exact whole number of 1e-16 dollars, so sums compare without float error. */
export function toUnits(text: string): bigint {
  const match = /^\$(\d+)(?:\.(\d{1,16}))?$/.exec(text.replaceAll(',', '').trim());
  if (!match) throw new Error(`Not a dollar amount: ${JSON.stringify(text)}`);
  return BigInt(match[1]!) * 10n ** 16n + BigInt((match[2] ?? '').padEnd(16, '0'));
}

export interface ShownReceipt {
  billedMs: number;
  memory: string;
  compute: bigint;
  total: bigint;
}

export class Cost {
  readonly region: Locator;
  readonly total: Locator;
  readonly calculator: Locator;
  readonly calculatorTotal: Locator;

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Cost' });
    this.total = this.region.getByTestId('cost-total');
    this.calculator = this.region.getByRole('form', { name: 'Monthly calculator' });
    this.calculatorTotal = this.region.getByTestId('calculator-total');
  }

  receipts(): Locator {
    return this.region.getByTestId('receipt');
  }

  /** The receipts shown, newest first. */
  async readReceipts(): Promise<ShownReceipt[]> {
    const rows = await this.receipts().all();
    return Promise.all(
      rows.map(async (row) => ({
        billedMs: Number((await drawnText(row.getByTestId('receipt-billed'))).replace(' ms', '')),
        memory: await drawnText(row.getByTestId('receipt-memory')),
        compute: toUnits(await drawnText(row.getByTestId('receipt-compute'))),
        total: toUnits(await drawnText(row.getByTestId('receipt-total'))),
      })),
    );
  }

  async openCalculator(): Promise<void> {
    await this.region.getByText('Monthly calculator', { exact: true }).click();
  }

  /** Fills the calculator's inputs by their labels (docs/architecture.md#testing-contract). */
  async calculate(inputs: {
    requests: string;
    durationMs: string;
    memoryMB: string;
    architecture: 'x86_64' | 'arm64';
    freeTier: boolean;
  }): Promise<void> {
    await this.calculator.getByLabel('Requests per month').fill(inputs.requests);
    await this.calculator.getByLabel('Duration (ms)').fill(inputs.durationMs);
    await this.calculator.getByLabel('Memory (MB)').fill(inputs.memoryMB);
    await this.calculator.getByLabel('Architecture').selectOption(inputs.architecture);
    await this.calculator.getByLabel('Free tier').setChecked(inputs.freeTier);
  }
}

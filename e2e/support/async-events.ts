// The Async events region as a learner reads it: the summary line and one row per async event.
import type { Locator, Page } from '@playwright/test';

export class AsyncEvents {
  readonly region: Locator;
  readonly summary: Locator;
  readonly rows: Locator;

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Async events' });
    this.summary = this.region.getByTestId('deliveries-summary');
    this.rows = this.region
      .getByRole('list', { name: 'Recent async events' })
      .getByRole('listitem');
  }

  /** The n-th row, newest first (0: the newest). */
  row(n = 0): Locator {
    return this.rows.nth(n);
  }

  status(n = 0): Locator {
    return this.row(n).getByTestId('delivery-status');
  }

  attempts(n = 0): Locator {
    return this.row(n).getByTestId('delivery-attempts');
  }

  /** Opens the row to show the event, each attempt's outcome and the explanation. */
  async expand(n = 0): Promise<Locator> {
    await this.row(n).locator('summary').click();
    return this.row(n);
  }
}

// The Monitor region as a learner uses it: open it, pick a function or a period, read a chart's
// figures from its text summary.
import type { Locator, Page } from '@playwright/test';

/** The charts' ids, as in their summaries' test ids (`metric-<id>`). */
export type MetricId =
  'invocations' | 'duration' | 'errors' | 'throttles' | 'concurrency' | 'cold-starts';

export class Monitor {
  readonly region: Locator;

  constructor(page: Page) {
    this.region = page.getByRole('region', { name: 'Monitor' });
  }

  async open(): Promise<void> {
    await this.region.getByRole('button', { name: 'Show metrics' }).click();
  }

  /** Every function at once is `All functions`; otherwise a function's name. */
  async pick(functionName: string): Promise<void> {
    await this.region.getByLabel('Metrics for').selectOption({ label: functionName });
  }

  summary(id: MetricId): Locator {
    return this.region.getByTestId(`metric-${id}`);
  }

  /** The charts, each a figure named by its title. */
  charts(): Locator {
    return this.region.getByRole('figure');
  }
}

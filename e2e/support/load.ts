// The Load tab as a learner uses it: where the traffic goes, its pattern, start, and the status.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

/** The options of the tab's `Send to` select, by their visible labels. */
export type LoadTargetLabel =
  | 'Invoke the function (synchronous)'
  | 'HTTP requests through the front door'
  | 'S3 puts into a bucket'
  | 'SNS publishes to a topic'
  | 'SQS sends to a queue';

export class LoadTab {
  readonly panel: Locator;
  readonly status: Locator;
  readonly startButton: Locator;

  constructor(private readonly page: Page) {
    this.panel = page.getByRole('tabpanel', { name: 'Load' });
    this.status = page.getByTestId('load-status');
    this.startButton = page.getByRole('button', { name: 'Start load' });
  }

  async open(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Load' }).click();
    await expect(this.panel).toBeVisible();
  }

  async sendTo(target: LoadTargetLabel): Promise<void> {
    // By role: a <label> around a <select> also holds the options' text.
    await this.panel.getByRole('combobox', { name: 'Send to' }).selectOption({ label: target });
  }

  /** Picks the bucket, topic or queue by name. */
  async choose(label: 'Bucket' | 'Topic' | 'Queue', name: string): Promise<void> {
    await this.panel.getByRole('combobox', { name: label }).selectOption({ label: name });
  }

  async fill(label: string, value: string): Promise<void> {
    await this.panel.getByLabel(label, { exact: true }).fill(value);
  }

  /** Sets the pattern: `rate` requests a second for `durationSec` seconds. */
  async configure(rate: number, durationSec: number): Promise<void> {
    await this.fill('Rate', String(rate));
    await this.fill('Duration (s)', String(durationSec));
  }

  async start(rate: number, durationSec: number): Promise<void> {
    await this.configure(rate, durationSec);
    await this.startButton.click();
  }
}

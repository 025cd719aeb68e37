// The Lessons panel as a learner uses it: open it, pick a lesson, start it, read each lesson's
// status, and apply a lesson's solution.
import type { Locator, Page } from '@playwright/test';

export class Lessons {
  readonly region: Locator;

  constructor(private readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Lessons' });
  }

  async open(): Promise<void> {
    if (await this.region.isVisible()) return;
    await this.page.getByRole('button', { name: 'Lessons', exact: true }).click();
  }

  /** The course list's entry for lesson `id`. */
  entry(id: number): Locator {
    return this.region
      .getByRole('list', { name: 'Course' })
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('button', { name: new RegExp(`^${id}\\. `) }) });
  }

  status(id: number): Locator {
    return this.entry(id).getByTestId('lesson-status');
  }

  /** Shows lesson `id` and opens its workspace (Start lesson the first time, Open lesson after). */
  async start(id: number): Promise<void> {
    await this.open();
    await this.entry(id).getByRole('button').click();
    await this.region.getByRole('button', { name: /^(Start|Open) lesson$/ }).click();
  }

  /** The lesson's tasks, each marked `Done` or `To do`. */
  taskMarks(): Locator {
    return this.region.getByRole('list', { name: 'Tasks' }).getByRole('listitem');
  }

  async showSolution(): Promise<void> {
    await this.region.getByRole('button', { name: 'Show solution' }).click();
    await this.region.getByRole('button', { name: 'Yes, show solution' }).click();
  }

  async reset(): Promise<void> {
    await this.region.getByRole('button', { name: 'Reset lesson' }).click();
    await this.region.getByRole('button', { name: 'Yes, reset lesson' }).click();
  }
}

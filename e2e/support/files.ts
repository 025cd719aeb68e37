// The selected function's file list: add a file, open another one in the code editor.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class Files {
  readonly list: Locator;

  constructor(page: Page) {
    this.list = page.getByRole('navigation', { name: 'Files' });
  }

  /** A file's entry; `aria-current` is `true` on the one the editor shows. */
  entry(name: string): Locator {
    return this.list.getByRole('button', { name, exact: true });
  }

  /** Adds an empty file, which becomes the editor's active file. */
  async add(name: string): Promise<void> {
    await this.list.getByRole('button', { name: 'Add file' }).click();
    await this.list.getByLabel('New file name').fill(name);
    await this.list.getByRole('button', { name: 'Save' }).click();
    await expect(this.entry(name)).toHaveAttribute('aria-current', 'true');
  }

  async open(name: string): Promise<void> {
    await this.entry(name).click();
    await expect(this.entry(name)).toHaveAttribute('aria-current', 'true');
  }
}

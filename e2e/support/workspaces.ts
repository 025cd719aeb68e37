// The header's saved workspaces and Share, by the names a learner sees.
import type { Locator, Page } from '@playwright/test';
import { expect } from '@playwright/test';

export class Workspaces {
  readonly select: Locator;
  readonly shareButton: Locator;
  readonly shareLink: Locator;

  constructor(readonly page: Page) {
    this.select = page.getByRole('combobox', { name: 'Workspace', exact: true });
    this.shareButton = page.getByRole('button', { name: 'Share', exact: true });
    this.shareLink = page.getByRole('textbox', { name: 'Share link' });
  }

  /** The saved workspaces' names, as the switcher lists them. */
  async names(): Promise<string[]> {
    return this.select.locator('option').allInnerTexts();
  }

  /** The open workspace's name. */
  current(): Locator {
    return this.select.locator('option:checked');
  }

  async switchTo(name: string): Promise<void> {
    await this.select.selectOption({ label: name });
    await expect(this.current()).toHaveText(name);
  }

  async create(): Promise<void> {
    await this.page.getByRole('button', { name: 'New workspace' }).click();
  }

  async rename(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Rename workspace' }).click();
    await this.page.getByRole('textbox', { name: 'Workspace name' }).fill(name);
    await this.page.getByRole('button', { name: 'Save name' }).click();
    await expect(this.current()).toHaveText(name);
  }

  async duplicate(): Promise<void> {
    await this.page.getByRole('button', { name: 'Duplicate workspace' }).click();
  }

  async deleteCurrent(): Promise<void> {
    await this.page.getByRole('button', { name: 'Delete workspace' }).click();
  }

  /** Clicks Share and returns the link the Share link field shows. */
  async share(): Promise<string> {
    await this.shareButton.click();
    await expect(this.shareLink).toHaveValue(/#share=1\./);
    return this.shareLink.inputValue();
  }

  /** Resolves once the open workspace's saved copy holds `text` (saving waits for a pause). */
  async waitUntilSaved(text: string): Promise<void> {
    await expect
      .poll(() =>
        this.page.evaluate(
          (wanted) => Object.values(localStorage).some((value) => value.includes(wanted)),
          text,
        ),
      )
      .toBe(true);
  }
}

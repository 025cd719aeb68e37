// The banner a share link (or a held import) brings, by the names a learner sees: the link that
// arrived, the link just opened, and what is held until Run this scenario.
import type { Locator, Page } from '@playwright/test';

export class SharedScenario {
  readonly region: Locator;
  readonly run: Locator;
  readonly held: Locator;
  readonly openLink: Locator;
  readonly ignore: Locator;
  readonly keep: Locator;
  readonly discard: Locator;
  readonly saveAgain: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Shared scenario' });
    this.run = page.getByRole('button', { name: 'Run this scenario' });
    this.held = page.getByTestId('hold-notice');
    this.openLink = page.getByRole('button', { name: 'Open link' });
    this.ignore = page.getByRole('button', { name: 'Ignore' });
    this.keep = page.getByRole('button', { name: 'Keep' });
    this.discard = page.getByRole('button', { name: 'Discard' });
    this.saveAgain = page.getByRole('button', { name: 'Save again' });
  }

  /** Puts `link`'s fragment into the open page's address, as a script of another page can. */
  async pushFragment(link: string): Promise<void> {
    const hash = link.slice(link.indexOf('#'));
    await this.page.evaluate((fragment) => {
      location.hash = fragment;
    }, hash);
  }
}

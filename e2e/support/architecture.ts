// The Architecture region as a test reads it: resources by their button's name, connections by
// the list of them in words (each item's data-from, data-to, data-kind and data-label).
import type { Locator, Page } from '@playwright/test';

export class Architecture {
  readonly region: Locator;

  constructor(readonly page: Page) {
    this.region = page.getByRole('region', { name: 'Architecture', exact: true });
  }

  /** A resource's button, by its accessible name: `Function add-numbers`, `Bucket uploads`. */
  node(name: string): Locator {
    return this.region.getByRole('button', { name, exact: true });
  }

  nodes(): Locator {
    return this.region.getByTestId('architecture-node');
  }

  edge(from: string, to: string): Locator {
    return this.region.locator(
      `[data-testid="architecture-edge"][data-from="${from}"][data-to="${to}"]`,
    );
  }
}

// What a page reports going wrong: uncaught errors and console errors, in the order they came.
import type { Page } from '@playwright/test';

/** Starts listening now; call the result for everything reported since. */
export function watchConsole(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  return () => [...problems];
}

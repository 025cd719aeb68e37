// What a page reports going wrong: uncaught errors and console errors, in the order they came.
import type { ConsoleMessage, Page } from '@playwright/test';

/** Starts listening now; call the result for everything reported since. */
export function watchConsole(page: Page): () => string[] {
  const problems: string[] = [];
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error' && !isTraceSnapshotRefusal(message)) {
      problems.push(`console error: ${message.text()}`);
    }
  });
  return () => [...problems];
}

/**
 * Playwright's trace recorder snapshots every frame by running its own script in it; the network
 * sandbox's frame runs no script (sandboxed without allow-scripts) and says so. Only the harness
 * does this: a learner's page never logs it.
 */
function isTraceSnapshotRefusal(message: ConsoleMessage): boolean {
  return (
    message.location().url === 'about:srcdoc' &&
    message.text().startsWith("Blocked script execution in 'about:srcdoc'")
  );
}

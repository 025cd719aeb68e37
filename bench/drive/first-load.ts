// firstLoad.*: a fresh browser context (empty cache and storage) opens the app; the editor is
// usable once a character typed into it shows in Monaco's drawn text (clicked and typed as the
// e2e page object does: Monaco reads input through EditContext, not its hidden textareas). Time
// runs from the page's navigation start (performance.timeOrigin). JavaScript is what the page's
// Resource Timing entries say crossed the network (transferSize: body as sent, plus headers) for
// every .js file that finished loading by then; workers' main scripts are fetched by the page and
// so counted too.
import type { Browser } from '@playwright/test';
import type { Collector } from '../collect';
import type { Plan } from '../plan';

const EDITOR_LINES = '[data-testid="code-editor"] .monaco-editor .view-lines';
const MARK = '§';

async function oneLoad(browser: Browser, appUrl: string): Promise<{ ms: number; kB: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(appUrl, { waitUntil: 'commit' });
    const lines = page.locator(EDITOR_LINES);
    await lines.locator('.view-line').first().waitFor({ timeout: 30_000 });
    await lines.click();
    await page.keyboard.insertText(MARK);
    const shown = await page.waitForFunction(
      ([selector, mark]) =>
        document.querySelector(selector)?.textContent?.includes(mark) ? performance.now() : null,
      [EDITOR_LINES, MARK] as const,
      { polling: 'raf', timeout: 30_000 },
    );
    const ms = (await shown.jsonValue()) as number;
    const bytes = await page.evaluate((until) => {
      const scripts = performance
        .getEntriesByType('resource')
        .filter((entry): entry is PerformanceResourceTiming => 'transferSize' in entry)
        .filter((entry) => /\.m?js$/.test(new URL(entry.name).pathname))
        .filter((entry) => entry.responseEnd <= until);
      return scripts.reduce((sum, entry) => sum + entry.transferSize, 0);
    }, ms);
    return { ms, kB: bytes / 1024 };
  } finally {
    await context.close();
  }
}

export async function measureFirstLoad(
  browser: Browser,
  appUrl: string,
  plan: Plan,
  collect: Collector,
): Promise<void> {
  for (let i = 1; i <= plan.firstLoads; i++) {
    await collect.attempt(`first load ${i}`, async () => {
      const { ms, kB } = await oneLoad(browser, appUrl);
      collect.add('firstLoad.interactiveMs', [ms]);
      collect.add('firstLoad.jsKB', [kB]);
    });
  }
}

// firstLoad.*: a fresh browser context (empty cache and storage) opens the app; the editor is
// usable once a character typed into it shows in Monaco's drawn text (a click on its first line,
// then typing: Monaco reads input through EditContext, not its hidden textareas). Time runs from
// the page's navigation start (performance.timeOrigin). JavaScript is what the page's
// Resource Timing entries say crossed the network (transferSize: body as sent, plus headers) for
// every .js file that finished loading by then; workers' main scripts are fetched by the page and
// so counted too. A load that fetched any of the AWS SDK's chunks fails: the SDK loads only when a
// handler imports it.
import type { Browser, Page } from '@playwright/test';
import type { Collector } from '../collect';
import type { Plan } from '../plan';
import { sdkChunks } from '../sdk-chunks';

const EDITOR_LINES = '[data-testid="code-editor"] .monaco-editor .view-lines';
const MARK = '§';

interface Point {
  x: number;
  y: number;
}

/**
 * Where the first drawn line is, as soon as it is: polled every frame in the page. A locator's
 * wait backs off to 500 ms between checks, which put up to half a second of the harness's own
 * into the figure (first loads of 2.3–2.6 s became 1.9–2.2 s measured this way).
 */
async function firstLineDrawn(page: Page): Promise<Point> {
  const handle = await page.waitForFunction(
    (selector) => {
      const box = document.querySelector(`${selector} .view-line`)?.getBoundingClientRect();
      if (!box || box.width === 0) return null;
      return { x: box.x + Math.min(box.width / 2, 200), y: box.y + box.height / 2 };
    },
    EDITOR_LINES,
    { polling: 'raf', timeout: 30_000 },
  );
  // waitForFunction settles only on a truthy value.
  return (await handle.jsonValue()) as Point;
}

async function oneLoad(browser: Browser, appUrl: string): Promise<{ ms: number; kB: number }> {
  const context = await browser.newContext();
  try {
    const page = await context.newPage();
    await page.goto(appUrl, { waitUntil: 'commit' });
    const line = await firstLineDrawn(page);
    await page.mouse.click(line.x, line.y);
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
    // The default workspace imports no SDK, so no SDK chunk may load with it (sdk-chunks.ts).
    const scripts = await page.evaluate(() =>
      performance.getEntriesByType('resource').map((entry) => entry.name),
    );
    const sdk = sdkChunks(scripts);
    if (sdk.length > 0)
      throw new Error(`the default workspace loaded SDK chunks: ${sdk.join(', ')}`);
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

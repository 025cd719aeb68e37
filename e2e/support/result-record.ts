// Records, inside the page, each result the Result region shows, so a test can check the order of
// results that replace each other faster than assertions poll (a throttle, then the answer).
import type { Locator, Page } from '@playwright/test';

export interface ShownResult {
  payload: string;
  /** Everything the Result region said alongside it (status line, figures). */
  text: string;
}

/** Where the record lives in the page. */
const KEY = '__e2eShownResults';

type WithRecord = Record<string, ShownResult[] | undefined>;

/** Starts recording; returns the reader of the record so far. */
export async function recordResults(
  page: Page,
  region: Locator,
): Promise<() => Promise<ShownResult[]>> {
  await region.evaluate((element: HTMLElement, key: string) => {
    const seen: ShownResult[] = [];
    (window as unknown as WithRecord)[key] = seen;
    new MutationObserver(() => {
      const payload = element.querySelector('[data-testid="result-payload"]')?.textContent;
      if (payload && payload !== seen.at(-1)?.payload) {
        seen.push({ payload, text: element.innerText });
      }
    }).observe(element, { subtree: true, childList: true, characterData: true });
  }, KEY);
  return () => page.evaluate((key) => (window as unknown as WithRecord)[key] ?? [], KEY);
}

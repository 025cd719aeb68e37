// What the app has saved in localStorage, to show that a handler's run leaves it untouched.
import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

export type SavedEntries = Record<string, string>;

/**
 * Waits until some saved entry holds every marker: the workspace is saved shortly after each edit,
 * so a marker from the last edit (code, then event) says that edit has landed.
 */
export async function savedWorkspace(page: Page, ...markers: string[]): Promise<SavedEntries> {
  const read = () =>
    page.evaluate((texts) => {
      const entries = Object.entries(localStorage).filter(([, value]) =>
        texts.every((text) => value.includes(text)),
      );
      return Object.fromEntries(entries);
    }, markers);
  await expect.poll(async () => Object.keys(await read()).length).toBeGreaterThan(0);
  return read();
}

/** Frame gaps (ms) the page painted over `ms` of real time: a frozen page shows one long gap. */
export function frameGaps(page: Page, ms: number): Promise<number[]> {
  return page.evaluate(
    (duration) =>
      new Promise<number[]>((resolve) => {
        const gaps: number[] = [];
        const start = performance.now();
        let last = start;
        const frame = (now: number) => {
          gaps.push(now - last);
          last = now;
          if (now - start < duration) requestAnimationFrame(frame);
          else resolve(gaps);
        };
        requestAnimationFrame(frame);
      }),
    ms,
  );
}

// Reading text the way a reader does: from a panel that is on screen.
import type { Locator } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * The rendered text of `target` (innerText: tabs and line breaks as drawn). The panels below the
 * fold are drawn only while in view (`content-visibility: auto`), and off screen their text has no
 * rendering, so innerText is empty; the log view does not even update off screen (it says so with
 * `aria-busy`). Like a reader, this scrolls to the target first, then waits until it has caught up
 * and everything in it that is shown at all is drawn.
 */
export async function drawnText(target: Locator): Promise<string> {
  await expect
    .poll(async () => {
      // Again on every try: a panel above may still be growing and push the target off screen.
      await target.scrollIntoViewIfNeeded();
      return target.evaluate(
        (root) =>
          root.closest('[aria-busy="true"]') === null &&
          root.querySelector('[aria-busy="true"]') === null &&
          [root, ...Array.from(root.querySelectorAll('*'))].every(
            (element) =>
              !element.checkVisibility() ||
              element.checkVisibility({ contentVisibilityAuto: true }),
          ),
      );
    })
    .toBe(true);
  return target.innerText();
}

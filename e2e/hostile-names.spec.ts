// Property: whatever the names in a share link or a SAM project — Object.prototype's members
// (`__proto__`, `constructor`, `toString`…) or arbitrary text — the app renders them, saves them,
// and reopens them after a reload, with no panel failing and no page error.
import type { Page } from '@playwright/test';
import fc from 'fast-check';
import { encodeScenario } from '../src/share/link-codec';
import { zipSamArchive } from '../src/share/sam-archive';
import { linkNames, linkScenario, samNames, samScenario } from '../src/share/testing/hostile-names';
import { watchConsole } from './support/console-errors';
import { expect, test } from './support/fixtures';

// Each run opens, saves and reloads the whole app.
test.slow();

/** The function list's names, exactly as drawn (`λ name`, whitespace kept). */
function shownFunctionNames(page: Page): Promise<string[]> {
  return page
    .getByRole('navigation', { name: 'Functions' })
    .locator('button.item-main')
    .evaluateAll((buttons) => buttons.map((b) => (b.textContent ?? '').replace(/^λ /, '')));
}

/** Renders, then renders again from what was saved: the names each time, and nothing failed. */
async function expectRenderedAndReopened(page: Page, names: string[]): Promise<void> {
  const problems = watchConsole(page);
  await expect.poll(() => shownFunctionNames(page)).toEqual(names);
  await expect(page.getByText(/^Something went wrong in /)).toHaveCount(0);
  await page.reload();
  await expect.poll(() => shownFunctionNames(page)).toEqual(names);
  await expect(page.getByText(/^Something went wrong in /)).toHaveCount(0);
  expect(problems().filter((problem) => problem.startsWith('page error'))).toEqual([]);
}

test('a link with any names in every name and id field opens, is kept, and reopens', async ({
  sharedScenario,
  workspaces,
  page,
}) => {
  await fc.assert(
    fc.asyncProperty(linkNames, async (names) => {
      // File names must end with a handler's extension (the link is refused otherwise).
      const paths = names.paths.map((path, i) => `${path.replace(/[^\w-]/g, '_')}-${i}.ts`);
      const scenario = linkScenario({ ...names, paths });
      // A fresh load: on the open page a new fragment would wait to be asked for (hashchange).
      await page.goto('about:blank');
      await page.goto(`/#share=${encodeScenario(scenario)}`);
      await expect(sharedScenario.keep).toBeVisible();
      await sharedScenario.keep.click();
      await expectRenderedAndReopened(
        page,
        scenario.functions.map((fn) => fn.config.name ?? ''),
      );
    }),
    // Shrinking reloads the app per step: report the first failing case as it is.
    { numRuns: 6, endOnFailure: true },
  );
  // The learner's own workspace is still there beside the links' workspaces.
  expect(await workspaces.names()).toContain('My workspace');
});

test('a SAM project with any names imports, and reopens', async ({ playground, page }) => {
  await expect(playground.invokeButton).toBeVisible();
  await fc.assert(
    fc.asyncProperty(samNames, async (names) => {
      // Each function needs a file it can open, or the import is refused (as it should be).
      const paths = names.paths.map((path, i) => `${path.replace(/[^\w/-]/g, '_')}-${i}.ts`);
      const scenario = samScenario({ ...names, paths });
      const choosing = page.waitForEvent('filechooser');
      await page.getByRole('button', { name: 'Import', exact: true }).click();
      await (
        await choosing
      ).setFiles({
        name: 'project.zip',
        mimeType: 'application/zip',
        buffer: Buffer.from(zipSamArchive(scenario)),
      });
      await expectRenderedAndReopened(
        page,
        scenario.functions.map((fn) => fn.name),
      );
    }),
    { numRuns: 4, endOnFailure: true },
  );
});

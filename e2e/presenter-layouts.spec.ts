// Presenter mode's named layouts on a classroom's projector: each fits 1280×720 and 1920×1080
// without the page scrolling, Code + Stage shows the handler's whole first line beside the stage,
// the choice is remembered for each workspace, and a share link made while presenting opens in
// the same layout.
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import { boxOf, firstCodeLine, insideWindow, pageScrolls, PresenterKeys } from './support/layout';

const DEFAULT_FIRST_LINE =
  'export const handler = async (event: { left: number; right: number }) => {';

const LAYOUTS = [
  { key: 'c', label: 'Code + Stage', shows: ['Instances', 'Result'] },
  { key: 't', label: 'Stage + Timeline', shows: ['Instances', 'Result'] },
  { key: 'a', label: 'Architecture', shows: ['Architecture'] },
  { key: 'm', label: 'Cost', shows: ['Cost'] },
] as const;

async function present(page: Page): Promise<PresenterKeys> {
  await page.keyboard.press('Alt+Shift+KeyP');
  const keys = new PresenterKeys(page);
  await expect(keys.guide).toBeVisible();
  return keys;
}

for (const viewport of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test.describe(`${viewport.width}×${viewport.height}`, () => {
    test.use({ viewport });

    test('Code + Stage: the whole first line of code, the stage and Invoke on one screen', async ({
      playground,
      page,
    }) => {
      const keys = await present(page);
      await keys.press('c');
      await expect(keys.current).toHaveText('C Code + Stage');

      // One row of header.
      expect((await boxOf(page.locator('header'))).height).toBeLessThan(48);
      expect(await pageScrolls(page)).toBe(false);
      await expect(playground.stage).toBeInViewport({ ratio: 1 });
      expect(insideWindow(await boxOf(playground.editor.root), page)).toBe(true);
      expect(insideWindow(await boxOf(playground.invokeButton), page)).toBe(true);

      const line = await firstCodeLine(playground.editor.root);
      expect(line.text).toBe(DEFAULT_FIRST_LINE);
      expect(line.left).toBeGreaterThanOrEqual(line.areaLeft);
      expect(line.right).toBeLessThanOrEqual(line.areaRight);

      await playground.invoke();
      await expect(playground.result()).toHaveText('3');
      await expect(playground.result()).toBeInViewport();
      await expect(playground.instances()).toHaveCount(1);
      expect(await pageScrolls(page)).toBe(false);
    });

    test('every named layout fits without the page scrolling', async ({ playground, page }) => {
      const keys = await present(page);
      await playground.invoke();
      await expect(playground.result()).toHaveText('3');
      for (const layout of LAYOUTS) {
        await keys.press(layout.key);
        await expect(keys.current).toHaveText(`${layout.key.toUpperCase()} ${layout.label}`);
        expect(await pageScrolls(page), layout.label).toBe(false);
        for (const name of layout.shows) {
          await expect(page.getByRole('region', { name, exact: true })).toBeInViewport();
        }
      }
      await keys.press('0');
      await expect(keys.current).toHaveText('0 Everything');
      await expect(playground.logsRegion).toBeVisible();
    });
  });
}

test('the layout is remembered for each workspace', async ({ playground, page, workspaces }) => {
  await workspaces.create();
  const [first, second] = await workspaces.names();
  await playground.editor.ready();
  const keys = await present(page);
  await keys.press('a');
  await workspaces.switchTo(first!);
  await keys.press('m');
  await expect(keys.current).toHaveText('M Cost');

  await workspaces.switchTo(second!);
  await expect(keys.current).toHaveText('A Architecture');
  await workspaces.switchTo(first!);
  await expect(keys.current).toHaveText('M Cost');

  await page.reload();
  await playground.editor.ready();
  await present(page);
  await expect(keys.current).toHaveText('M Cost');
});

test('a share link made while presenting opens in the same layout', async ({
  playground,
  page,
  workspaces,
  browser,
}) => {
  const keys = await present(page);
  await keys.press('t');
  const link = await workspaces.share();
  expect(new URL(link).searchParams.get('present')).toBe('stage-timeline');

  const friend = await browser.newPage({ viewport: { width: 1280, height: 720 } });
  await friend.goto(link);
  const friendKeys = new PresenterKeys(friend);
  await expect(friendKeys.current).toHaveText('T Stage + Timeline');
  await expect(friend.getByRole('region', { name: 'Instances' })).toBeInViewport();
  await friend.context().close();

  // Out of presenter mode, the link says nothing of it.
  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(keys.guide).toHaveCount(0);
  await page.getByRole('button', { name: 'Close' }).click();
  expect(new URL(await workspaces.share()).searchParams.has('present')).toBe(false);
  await playground.editor.ready();
});

test('a link naming no layout, or one that does not exist, opens the presenter’s own', async ({
  page,
}) => {
  await page.goto(`/?present=${'x'.repeat(5_000)}`);
  const keys = new PresenterKeys(page);
  await expect(keys.current).toHaveText('0 Everything');
  await page.goto('/?present=__proto__');
  await expect(keys.current).toHaveText('0 Everything');
  await page.goto('/?present=cost');
  await expect(keys.current).toHaveText('M Cost');
});

// Saving: several named workspaces kept in the browser, each as it was left, and two tabs
// on one workspace that never silently overwrite each other.
import type { Page } from '@playwright/test';
import { expect, pageObjectsOn, test } from './support/fixtures';

// Each test opens several pages (and two browsers for links): more than one page load's time.
test.slow();

const conflictIn = (page: Page) =>
  page
    .getByRole('alert')
    .filter({ hasText: 'This workspace was changed and saved in another tab.' });

test('create, rename, switch, duplicate, and delete with undo', async ({
  playground,
  workspaces,
  page,
}) => {
  await expect(workspaces.current()).toHaveText('My workspace');
  await playground.setCode("export const handler = async () => 'first';\n");

  await workspaces.create();
  await expect(workspaces.current()).toHaveText('Untitled workspace');
  await workspaces.rename('Lesson notes');
  await playground.setCode("export const handler = async () => 'second';\n");
  expect(await workspaces.names()).toEqual(['Lesson notes', 'My workspace']);

  await workspaces.switchTo('My workspace');
  await expect
    .poll(() => playground.editor.shownText())
    .toBe("export const handler = async () => 'first';\n");
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('"first"');

  await workspaces.switchTo('Lesson notes');
  await expect
    .poll(() => playground.editor.shownText())
    .toBe("export const handler = async () => 'second';\n");
  await workspaces.duplicate();
  await expect(workspaces.current()).toHaveText('Lesson notes (copy)');
  await expect
    .poll(() => playground.editor.shownText())
    .toBe("export const handler = async () => 'second';\n");

  await workspaces.deleteCurrent();
  expect(await workspaces.names()).toEqual(['Lesson notes', 'My workspace']);
  await expect(
    page.getByRole('status').filter({ hasText: 'Deleted “Lesson notes (copy)”.' }),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Undo' }).click();
  await expect(workspaces.current()).toHaveText('Lesson notes (copy)');
  expect(await workspaces.names()).toEqual(['Lesson notes', 'Lesson notes (copy)', 'My workspace']);
});

test('a reload opens the workspace last open, with its last edit', async ({
  playground,
  workspaces,
  page,
}) => {
  await workspaces.create();
  const edited = "export const handler = async () => 'kept';\n";
  await playground.setCode(edited);
  await workspaces.waitUntilSaved("'kept'");

  await page.reload();
  await playground.editor.ready();
  await expect(workspaces.current()).toHaveText('Untitled workspace');
  expect(await playground.editor.shownText()).toBe(edited);
  expect(await workspaces.names()).toEqual(['My workspace', 'Untitled workspace']);
});

test('two tabs on one workspace: the second to save is asked which version to keep', async ({
  playground,
  workspaces,
  page,
  context,
}) => {
  const { playground: other, workspaces: otherWorkspaces } = pageObjectsOn(await context.newPage());
  await other.open();
  await playground.setCode("export const handler = async () => 'tab one';\n");
  await workspaces.waitUntilSaved("'tab one'");

  await expect(conflictIn(other.page)).toBeVisible();
  await other.page.getByRole('button', { name: 'Reload theirs' }).click();
  await expect
    .poll(() => other.editor.shownText())
    .toBe("export const handler = async () => 'tab one';\n");

  await other.setCode("export const handler = async () => 'tab two';\n");
  await otherWorkspaces.waitUntilSaved("'tab two'");
  await expect(conflictIn(page)).toBeVisible();
  await page.getByRole('button', { name: 'Keep mine' }).click();
  await expect(conflictIn(page)).toHaveCount(0);
  await expect
    .poll(() =>
      page.evaluate(() => Object.values(localStorage).some((v) => v.includes("'tab one'"))),
    )
    .toBe(true);
});

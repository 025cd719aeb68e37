// Share links: the whole scenario in the link's fragment, opened as a workspace of its
// own in a fresh browser, next to the learner's own saved work.
import type { Browser } from '@playwright/test';
import { grantClipboard } from './support/code-editor';
import type { PageObjects } from './support/fixtures';
import { expect, pageObjectsOn, test } from './support/fixtures';

// Each test opens several pages (and two browsers for links): more than one page load's time.
test.slow();

const SHARED_CODE = 'export const handler = async () => ({ shared: true });\n';
const OWN_CODE = "export const handler = async () => 'my own';\n";

/** A fresh browser (own storage) where a learner has saved work of their own. */
async function learnerWithOwnWork(browser: Browser): Promise<PageObjects> {
  const context = await browser.newContext();
  await grantClipboard(context);
  const learner = pageObjectsOn(await context.newPage());
  await learner.playground.open();
  await learner.playground.setCode(OWN_CODE);
  await learner.workspaces.waitUntilSaved("'my own'");
  return learner;
}

test('a shared link opens in a fresh browser with the same code, settings and triggers', async ({
  playground,
  workspaces,
  page,
  browser,
}) => {
  await playground.setCode(SHARED_CODE);
  await playground.settings.fill('Memory (MB)', '256');
  await page.getByRole('tab', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Add rule' }).click();
  await page.getByRole('checkbox', { name: 'Enabled' }).uncheck();
  await page.getByLabel('Rule 1 expression').fill('rate(5 minutes)');
  await playground.controls.setSpeed(10);

  const link = await workspaces.share();
  const length = link.length.toLocaleString('en-US');
  await expect(page.getByTestId('share-link-length')).toContainText(`${length} characters`);
  await expect(
    page.getByRole('status').filter({ hasText: 'Copied to the clipboard.' }),
  ).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(link);

  const {
    playground: friend,
    workspaces: friendWorkspaces,
    sharedScenario: shared,
  } = await learnerWithOwnWork(browser);
  // Leaving the page first makes this a fresh page load, as clicking a link in a chat would.
  await friend.page.goto('about:blank');
  await friend.page.goto(link);
  await expect(friendWorkspaces.current()).toHaveText('Shared: add-numbers');
  await expect.poll(() => friend.editor.shownText()).toBe(SHARED_CODE);
  await expect(friend.settings.field('Memory (MB)')).toHaveValue('256');
  // The sharer's speed is offered, not applied: the link runs nothing until the friend says so.
  await expect(shared.held).toContainText(
    'This link runs at 10× — nothing runs until you choose Run this scenario.',
  );
  await expect(friend.controls.speed).toHaveValue('1');
  await friend.page.getByRole('tab', { name: 'Schedule' }).click();
  await expect(friend.page.getByLabel('Rule 1 expression')).toHaveValue('rate(5 minutes)');
  await expect(friend.page.getByRole('checkbox', { name: 'Enabled' })).not.toBeChecked();
  expect(await friendWorkspaces.names()).toEqual(['My workspace', 'Shared: add-numbers']);
  // The fragment is read once: a reload opens the saved workspaces, not the link again.
  expect(new URL(friend.page.url()).hash).toBe('');
  // Invoke lives in the Test tab; the Schedule tab is open.
  await friend.page.getByRole('tab', { name: 'Test' }).click();
  await friend.invokeAndWait();
  expect(await friend.resultJson()).toEqual({ shared: true });
  await shared.run.click();
  await expect(friend.controls.speed).toHaveValue('10');

  await shared.keep.click();
  await friendWorkspaces.switchTo('My workspace');
  await expect.poll(() => friend.editor.shownText()).toBe(OWN_CODE);
  await friend.page.context().close();
});

test('Discard goes back to the own workspace; Replace current puts the link in its place', async ({
  playground,
  workspaces,
  browser,
}) => {
  await playground.setCode(SHARED_CODE);
  const link = await workspaces.share();
  const {
    playground: friend,
    workspaces: friendWorkspaces,
    sharedScenario: shared,
  } = await learnerWithOwnWork(browser);

  await friend.page.goto('about:blank');
  await friend.page.goto(link);
  await expect(friendWorkspaces.current()).toHaveText('Shared: add-numbers');
  await shared.discard.click();
  await expect(friendWorkspaces.current()).toHaveText('My workspace');
  await expect.poll(() => friend.editor.shownText()).toBe(OWN_CODE);
  expect(await friendWorkspaces.names()).toEqual(['My workspace']);

  // Pasted into the address bar of the open page: only the fragment changes, nothing reloads, and
  // the page asks before opening it.
  await friend.page.goto(link);
  await shared.openLink.click();
  await expect(friendWorkspaces.current()).toHaveText('Shared: add-numbers');
  await friend.page.getByRole('button', { name: 'Replace current' }).click();
  await expect(friendWorkspaces.current()).toHaveText('My workspace');
  await expect.poll(() => friend.editor.shownText()).toBe(SHARED_CODE);
  expect(await friendWorkspaces.names()).toEqual(['My workspace']);
  await friend.page.getByRole('button', { name: 'Undo' }).click();
  expect(await friendWorkspaces.names()).toEqual(['My workspace', 'My workspace']);
  await friend.page.context().close();
});

test('a corrupted link says what is wrong and opens the saved workspace', async ({
  playground,
  workspaces,
  page,
}) => {
  await playground.setCode(OWN_CODE);
  await workspaces.waitUntilSaved("'my own'");
  const link = await workspaces.share();
  const cut = link.slice(0, -25);

  await page.goto('about:blank');
  await page.goto(cut);
  await expect(page.getByRole('alert').filter({ hasText: 'The link' })).toContainText(
    'The link is damaged or incomplete (was it cut off when it was copied?): its data does not unpack. Your own work is open instead.',
  );
  await playground.editor.ready();
  expect(await playground.editor.shownText()).toBe(OWN_CODE);
  expect(await workspaces.names()).toEqual(['My workspace']);
});

// The classroom link: a lesson shared with its state opens that lesson, with the sharer's
// code, in a fresh browser (and in presenter mode when the link asks for it), beside the opener's
// own progress, which the link does not touch.
import type { Browser, Page } from '@playwright/test';
import { Lessons } from './support/lessons';
import { expect, test } from './support/playground';
import { Playground } from './support/playground';
import { SharedScenario } from './support/shared-scenario';
import { Workspaces } from './support/workspaces';

// Two browsers, a workspace switch and a build each: more than one page load's time.
test.slow();

const TEACHER_CODE = 'export const handler = async () => "teacher state";\n';
const LESSON_2_TITLE = 'Lesson 2: Serverless means no server to manage — not no server';

/** Lesson 2 opened, its code changed and shared: the link the Share link field shows. */
async function shareLesson2(playground: Playground, page: Page): Promise<string> {
  await new Lessons(page).start(2);
  await expect.poll(() => playground.editor.shownText()).toContain('a new connection for every');
  await playground.setCode(TEACHER_CODE);
  const workspaces = new Workspaces(page);
  await workspaces.shareButton.click();
  await expect(workspaces.shareLink).toHaveValue(/#share=2\./);
  return workspaces.shareLink.inputValue();
}

/** A fresh browser (empty storage) that opens `url` as a click in a chat would. */
async function openInFreshBrowser(browser: Browser, url: string): Promise<Playground> {
  const friend = new Playground(await (await browser.newContext()).newPage());
  await friend.page.goto(url);
  await friend.editor.ready();
  return friend;
}

test('a shared lesson opens on that lesson with the sharer’s code, not its starter', async ({
  playground,
  page,
  browser,
}) => {
  const link = await shareLesson2(playground, page);

  const friend = await openInFreshBrowser(browser, link);
  const lessons = new Lessons(friend.page);
  await expect(lessons.region.getByRole('heading', { level: 3 })).toHaveText(LESSON_2_TITLE);
  await expect.poll(() => friend.editor.shownText()).toBe(TEACHER_CODE);
  await expect(new Workspaces(friend.page).current()).toHaveText('Shared: lesson2-greeter');
  await expect(friend.page.getByRole('region', { name: 'Shared scenario' })).toBeVisible();
  // A lesson's link runs nothing on its own either, on opening or on a later visit.
  const shared = new SharedScenario(friend.page);
  await expect(shared.held).toContainText('Nothing in this link runs until you invoke it');
  // The link carries state, not completion: the opener has not started lesson 2 themselves.
  await expect(lessons.status(2)).toHaveText('not-started');
  await expect(lessons.region.getByRole('button', { name: 'Start lesson' })).toBeVisible();
  // The address names no lesson, so a reload stays on the shared workspace.
  expect(new URL(friend.page.url()).hash).toBe('');
  await friend.page.reload();
  await friend.editor.ready();
  await expect(new Workspaces(friend.page).current()).toHaveText('Shared: lesson2-greeter');
  await expect.poll(() => friend.editor.shownText()).toBe(TEACHER_CODE);
  await expect(shared.held).toContainText('this workspace from a share link');
  await friend.page.context().close();
});

test('a shared lesson with ?present opens in presenter mode on the lesson', async ({
  playground,
  page,
  browser,
}) => {
  const link = new URL(await shareLesson2(playground, page));
  link.search = '?present';

  const friend = await openInFreshBrowser(browser, link.href);
  await expect(friend.page.getByRole('complementary', { name: 'Presenter keys' })).toBeVisible();
  await expect(new Lessons(friend.page).region.getByRole('heading', { level: 3 })).toHaveText(
    LESSON_2_TITLE,
  );
  await expect.poll(() => friend.editor.shownText()).toBe(TEACHER_CODE);
  await friend.page.context().close();
});

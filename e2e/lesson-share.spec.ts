// The classroom link: a lesson shared with its state opens that lesson, with the sharer's
// code, in a fresh browser (and in presenter mode when the link asks for it), beside the opener's
// own progress, which the link does not touch.
import type { Browser } from '@playwright/test';
import type { PageObjects } from './support/fixtures';
import { expect, pageObjectsOn, test } from './support/fixtures';

// Two browsers, a workspace switch and a build each: more than one page load's time.
test.slow();

const TEACHER_CODE = 'export const handler = async () => "teacher state";\n';
const LESSON_2_TITLE = 'Lesson 2: Serverless means no server to manage — not no server';

/** Lesson 2 opened, its code changed and shared: the link the Share link field shows. */
async function shareLesson2({
  playground,
  lessons,
  workspaces,
}: Pick<PageObjects, 'playground' | 'lessons' | 'workspaces'>): Promise<string> {
  await lessons.start(2);
  await expect.poll(() => playground.editor.shownText()).toContain('a new connection for every');
  await playground.setCode(TEACHER_CODE);
  await workspaces.shareButton.click();
  await expect(workspaces.shareLink).toHaveValue(/#share=2\./);
  return workspaces.shareLink.inputValue();
}

/** A fresh browser (empty storage) that opens `url` as a click in a chat would. */
async function openInFreshBrowser(browser: Browser, url: string): Promise<PageObjects> {
  const friend = pageObjectsOn(await (await browser.newContext()).newPage());
  await friend.playground.page.goto(url);
  await friend.playground.editor.ready();
  return friend;
}

test('a shared lesson opens on that lesson with the sharer’s code, not its starter', async ({
  playground,
  lessons,
  workspaces,
  browser,
}) => {
  const link = await shareLesson2({ playground, lessons, workspaces });

  const {
    playground: friend,
    lessons: friendLessons,
    workspaces: friendWorkspaces,
    sharedScenario: shared,
  } = await openInFreshBrowser(browser, link);
  await expect(friendLessons.region.getByRole('heading', { level: 3 })).toHaveText(LESSON_2_TITLE);
  await expect.poll(() => friend.editor.shownText()).toBe(TEACHER_CODE);
  await expect(friendWorkspaces.current()).toHaveText('Shared: lesson2-greeter');
  await expect(shared.region).toBeVisible();
  // A lesson's link runs nothing on its own either, on opening or on a later visit.
  await expect(shared.held).toContainText('Nothing in this link runs until you invoke it');
  // The link carries state, not completion: the opener has not started lesson 2 themselves.
  await expect(friendLessons.status(2)).toHaveText('not-started');
  await expect(friendLessons.region.getByRole('button', { name: 'Start lesson' })).toBeVisible();
  // The address names no lesson, so a reload stays on the shared workspace.
  expect(new URL(friend.page.url()).hash).toBe('');
  await friend.page.reload();
  await friend.editor.ready();
  await expect(friendWorkspaces.current()).toHaveText('Shared: lesson2-greeter');
  await expect.poll(() => friend.editor.shownText()).toBe(TEACHER_CODE);
  await expect(shared.held).toContainText('this workspace from a share link');
  await friend.page.context().close();
});

test('a shared lesson with ?present opens in presenter mode on the lesson', async ({
  playground,
  lessons,
  workspaces,
  browser,
}) => {
  const link = new URL(await shareLesson2({ playground, lessons, workspaces }));
  link.search = '?present';

  const { playground: friend, lessons: friendLessons } = await openInFreshBrowser(
    browser,
    link.href,
  );
  await expect(friend.page.getByRole('complementary', { name: 'Presenter keys' })).toBeVisible();
  await expect(friendLessons.region.getByRole('heading', { level: 3 })).toHaveText(LESSON_2_TITLE);
  await expect.poll(() => friend.editor.shownText()).toBe(TEACHER_CODE);
  await friend.page.context().close();
});

// A handler that allocates without bound can make the browser end the whole tab (no page
// can cap a worker's memory). The tab keeps a note of what runs, so that after such a crash the
// reloaded page says what happened. Playwright cannot reload a crashed page, so the crash itself is
// stood in for by a note left in sessionStorage, which a real crash leaves behind.
import { expect, test } from './support/fixtures';

const RUNNING_KEY = 'serverless-playground:running';

const SLOW = `export const handler = async () => {
  await new Promise((resolve) => setTimeout(resolve, 4000));
  return 'slow';
};
`;

test('a page reloaded after a crash mid-run says what was running; the note is read once', async ({
  playground,
  page,
}) => {
  await page.addInitScript((key) => {
    // Only on the first load after this: the note a crashed tab leaves behind.
    if (sessionStorage.getItem('e2e:crashed-once') !== null) return;
    sessionStorage.setItem('e2e:crashed-once', '1');
    sessionStorage.setItem(key, JSON.stringify({ functions: ['image-resizer', 'thumbnailer'] }));
  }, RUNNING_KEY);
  await page.reload();
  await playground.editor.ready();

  const notice = page.getByRole('alert').filter({ hasText: 'This tab stopped' });
  await expect(notice).toContainText(
    'This tab stopped while image-resizer and thumbnailer were running.',
  );
  await expect(notice).toContainText('Runtime.OutOfMemory');
  await expect(notice).toContainText('Your code, events and settings were saved.');
  expect(await page.evaluate((key) => sessionStorage.getItem(key), RUNNING_KEY)).toBeNull();
  await notice.getByRole('button', { name: 'Dismiss' }).click();
  await expect(notice).toHaveCount(0);

  await page.reload();
  await playground.editor.ready();
  await expect(page.getByRole('alert').filter({ hasText: 'This tab stopped' })).toHaveCount(0);
});

test('while a function runs the tab notes it; a normal reload mid-run is no crash', async ({
  playground,
  page,
}) => {
  await playground.setCode(SLOW);
  const name = await playground.settings.field('Function name').inputValue();
  await playground.invoke();
  await expect
    .poll(() => page.evaluate((key) => sessionStorage.getItem(key), RUNNING_KEY), {
      timeout: 30_000,
    })
    .toBe(JSON.stringify({ functions: [name] }));

  await page.reload();
  await playground.editor.ready();
  // The old page said goodbye (pagehide): the new one has no note to read and no notice to show.
  await expect(playground.invokeButton).toBeEnabled();
  await expect(page.getByRole('alert').filter({ hasText: 'This tab stopped' })).toHaveCount(0);
  expect(await page.evaluate((key) => sessionStorage.getItem(key), RUNNING_KEY)).toBeNull();
});

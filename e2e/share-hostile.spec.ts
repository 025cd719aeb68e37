// Share links and imports are someone else's input: a link runs nothing until the learner acts,
// one pushed in by another page waits to be asked for, a bomb is refused while it inflates, and
// storage that refuses a save is said plainly, with nothing lost.
import type { Browser, Page } from '@playwright/test';
import { deflateSync, zlibSync } from 'fflate';
import { toBase64Url } from '../src/share/base64';
import { buildZip, deflated } from '../src/share/testing/zip-builder';
import { grantClipboard } from './support/code-editor';
import type { PageObjects } from './support/fixtures';
import { expect, pageObjectsOn, test } from './support/fixtures';
import type { Playground } from './support/playground';
import type { Workspaces } from './support/workspaces';

// Several pages and browsers per test, and waits on simulated time.
test.slow();

const TICK = "export const handler = async () => { console.log('tick'); return 'tick'; };\n";
const MB = 1024 * 1024;

/** A link whose handler logs, with an enabled rate(1 minute) rule, made at 100×. */
async function runawayLink(playground: Playground, workspaces: Workspaces): Promise<string> {
  const { page } = playground;
  await playground.setCode(TICK);
  await page.getByRole('tab', { name: 'Schedule' }).click();
  await page.getByRole('button', { name: 'Add rule' }).click();
  await expect(page.getByRole('checkbox', { name: 'Enabled' })).toBeChecked();
  await playground.controls.setSpeed(100);
  return workspaces.share();
}

/** A fresh browser (own storage) where a learner has a saved workspace of their own. */
async function friendOf(browser: Browser): Promise<PageObjects> {
  const context = await browser.newContext();
  await grantClipboard(context);
  const friend = pageObjectsOn(await context.newPage());
  await friend.playground.open();
  return friend;
}

/** Steps the paused clock: proves no schedule, poll or retry is waiting to run. */
async function expectNothingScheduled(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Step' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Nothing is scheduled.' })).toBeVisible();
}

/** Fills the page's localStorage to its quota, so the next save of any size fails. */
async function fillStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    let n = 0;
    for (let size = 1 << 20; size >= 1; size >>= 1) {
      const text = 'x'.repeat(size);
      for (;;) {
        try {
          localStorage.setItem(`filler-${n++}`, text);
        } catch {
          break;
        }
      }
    }
  });
}

async function freeStorage(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const key of Object.keys(localStorage)) {
      if (key.startsWith('filler-')) localStorage.removeItem(key);
    }
  });
}

test('a link at 100× with an enabled schedule runs nothing until Run this scenario, then or after a reload', async ({
  playground,
  workspaces,
  browser,
}) => {
  const link = await runawayLink(playground, workspaces);
  const {
    playground: friend,
    workspaces: friendWorkspaces,
    sharedScenario: shared,
  } = await friendOf(browser);
  await friend.page.goto('about:blank');
  await friend.page.goto(link);
  await expect(friendWorkspaces.current()).toHaveText('Shared: add-numbers');
  await expect(shared.held).toContainText(
    'This link runs at 100× with 1 schedule enabled — nothing runs until you choose Run this scenario.',
  );
  await expect(friend.controls.speed).toHaveValue('1');
  await expect(friend.page.getByRole('button', { name: 'Resume' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
  // At 100× the rule would fire every 0.6 s: three seconds would have run it five times.
  await friend.page.waitForTimeout(3_000);
  expect(await friend.reports()).toEqual([]);
  await expect(friend.instances()).toHaveCount(0);
  await expectNothingScheduled(friend.page);

  await shared.run.click();
  await expect(friend.controls.speed).toHaveValue('100');
  await expect
    .poll(async () => (await friend.reports()).length, { timeout: 30_000 })
    .toBeGreaterThanOrEqual(2);
  expect(await friend.logs()).toContain('tick');

  // Kept: a later visit holds it again, until the learner runs it in that visit.
  await shared.keep.click();
  await friend.page.reload();
  await friend.editor.ready();
  await expect(shared.held).toContainText(
    'This workspace from a share link has 1 schedule enabled — nothing runs until you choose Run this scenario.',
  );
  await friend.page.waitForTimeout(1_000);
  expect(await friend.reports()).toEqual([]);
  await expectNothingScheduled(friend.page);
  await friend.page.context().close();
});

test('an embedded link runs nothing until asked, and the embed has Pause and Reset', async ({
  playground,
  workspaces,
  sharedScenario,
  page,
}) => {
  const link = await runawayLink(playground, workspaces);
  await page.goto(link.replace('/#share=', '/?embed#share='));
  await playground.editor.ready();
  await expect(sharedScenario.held).toContainText(
    'This scenario runs at 100× with 1 schedule enabled — nothing runs until you choose Run this scenario.',
  );
  const resume = page.getByRole('button', { name: 'Resume' });
  await expect(resume).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('button', { name: 'Reset' })).toBeVisible();
  await page.waitForTimeout(2_000);
  await expect(playground.instances()).toHaveCount(0);

  await sharedScenario.run.click();
  await expect(sharedScenario.held).toHaveCount(0);
  await expect(playground.instances().first()).toBeVisible({ timeout: 30_000 });
  const pause = page.getByRole('button', { name: 'Pause' });
  await pause.click();
  await expect(resume).toHaveAttribute('aria-pressed', 'true');
  await page.getByRole('button', { name: 'Reset' }).click();
  await expect(playground.instances()).toHaveCount(0);
});

test('a link another page pushes in waits to be asked for, and only the newest waits', async ({
  playground,
  workspaces,
  browser,
}) => {
  const links: string[] = [];
  for (const n of [1, 2, 3]) {
    await playground.setCode(`export const handler = async () => 'pushed ${n}';\n`);
    links.push(await workspaces.share());
  }
  const {
    playground: friend,
    workspaces: friendWorkspaces,
    sharedScenario: shared,
  } = await friendOf(browser);
  for (const link of links) await shared.pushFragment(link);
  await expect(shared.openLink).toHaveCount(1);
  await expect(shared.region).toContainText('A link to a shared scenario was put in the address');
  expect(await friendWorkspaces.names()).toEqual(['My workspace']);

  await shared.openLink.click();
  await expect(friendWorkspaces.current()).toHaveText('Shared: add-numbers');
  await expect
    .poll(() => friend.editor.shownText())
    .toBe("export const handler = async () => 'pushed 3';\n");
  expect(await friendWorkspaces.names()).toEqual(['My workspace', 'Shared: add-numbers']);
  expect(new URL(friend.page.url()).hash).toBe('');

  await shared.pushFragment(links[0]!);
  await shared.ignore.click();
  await expect(shared.openLink).toHaveCount(0);
  expect(new URL(friend.page.url()).hash).toBe('');
  expect(await friendWorkspaces.names()).toEqual(['My workspace', 'Shared: add-numbers']);
  await friend.page.context().close();
});

test('a link opened while storage is full says it is not saved and keeps its fragment until it is', async ({
  playground,
  workspaces,
  browser,
}) => {
  await playground.editor.ready();
  const link = await workspaces.share();
  const {
    playground: friend,
    workspaces: friendWorkspaces,
    sharedScenario: shared,
  } = await friendOf(browser);
  await fillStorage(friend.page);
  await friend.page.goto('about:blank');
  await friend.page.goto(link);
  await expect(shared.region).toContainText(
    'This shared scenario is open as “Shared: add-numbers”, but it is not saved: browser storage is full.',
  );
  await expect(shared.keep).toHaveCount(0);
  expect(new URL(friend.page.url()).hash).toMatch(/^#share=1\./);

  await freeStorage(friend.page);
  await shared.saveAgain.click();
  await expect(shared.keep).toBeVisible();
  await expect.poll(() => new URL(friend.page.url()).hash).toBe('');
  await friend.page.reload();
  await friend.editor.ready();
  expect((await friendWorkspaces.names()).sort()).toEqual(['My workspace', 'Shared: add-numbers']);
  await friend.page.context().close();
});

test('leaving with edits that storage refused asks first; once saved, it does not', async ({
  playground,
  workspaces,
  page,
}) => {
  await fillStorage(page);
  // Longer than what is saved: a same-sized rewrite of a key fits even in a full storage.
  const long = `// ${'a longer handler '.repeat(200)}\nexport const handler = async () => 'not saved';\n`;
  await playground.setCode(long);
  await expect(
    page.getByRole('alert').filter({ hasText: 'Browser storage is full' }),
  ).toBeVisible();
  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const dialog = await asked;
  expect(dialog.type()).toBe('beforeunload');
  await dialog.dismiss();
  expect(page.isClosed()).toBe(false);

  await freeStorage(page);
  await playground.setCode("export const handler = async () => 'saved';\n");
  await workspaces.waitUntilSaved("'saved'");
  page.on('dialog', () => {
    throw new Error('asked before leaving although everything was saved');
  });
  await page.close({ runBeforeUnload: true });
  await expect.poll(() => page.isClosed()).toBe(true);
});

test('a link that would unpack to 100 MB is refused while inflating, and the page stays usable', async ({
  playground,
  workspaces,
  page,
}) => {
  const bomb = `/#share=1.${toBase64Url(zlibSync(new Uint8Array(100 * MB)))}`;
  const refused =
    'The link unpacks to more than 8 MB, more than any scenario needs, so it was not opened. Your own work is open instead.';
  await page.goto('about:blank');
  await page.goto(bomb);
  await expect(page.getByRole('alert').filter({ hasText: 'unpacks to more' })).toContainText(
    refused,
  );
  await playground.editor.ready();
  await playground.invoke();
  await expect(playground.result()).toHaveText('3');
  expect(await workspaces.names()).toEqual(['My workspace']);
});

test('a SAM zip of three 100 MB files is refused while unzipping, naming the file', async ({
  playground,
  workspaces,
  page,
}) => {
  const bomb = deflateSync(new Uint8Array(100 * MB));
  const template =
    'Resources:\n  Fn:\n    Type: AWS::Serverless::Function\n    Properties: { CodeUri: functions/fn/ }\n';
  const zip = buildZip([
    deflated('template.yaml', new TextEncoder().encode(template)),
    ...['a', 'b', 'c'].map((n) => ({ name: `functions/fn/${n}.js`, data: bomb, size: 100 })),
  ]);
  expect(zip.length).toBeLessThan(400_000);
  await expect(page.getByTestId('import-limits')).toHaveText(
    'Up to 8 MB unpacked in all, 2 MB per file, from a zip of at most 50 MB; node_modules and build output are skipped.',
  );
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await choosing
  ).setFiles({
    name: 'bomb.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from(zip),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toHaveText(
    'Nothing was imported: functions/fn/a.js unpacks to more than 2 MB, the most one file may hold.',
  );
  expect(await workspaces.names()).toEqual(['My workspace']);
  await playground.invoke();
  await expect(playground.result()).toHaveText('3');
});

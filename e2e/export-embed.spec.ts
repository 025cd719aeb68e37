// Export, import, embed and presenter mode: a SAM project downloaded and opened again,
// the playground in a tutorial's iframe, and the keys a teacher uses in front of a class.
import { readFile } from 'node:fs/promises';
import { strFromU8, unzipSync } from 'fflate';
import { parse } from 'yaml';
import { expect, test } from './support/fixtures';

const CODE = "export const handler = async () => 'exported';\n";

test('export downloads a SAM zip of the function, and importing it opens the same code as a new workspace', async ({
  playground,
  workspaces,
  sharedScenario,
  page,
}) => {
  await playground.setCode(CODE);
  const downloading = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export', exact: true }).click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe('my-workspace-sam.zip');
  const bytes = await readFile(await download.path());

  const files = unzipSync(bytes);
  const template = parse(strFromU8(files['template.yaml']!)) as {
    Resources: Record<string, { Type: string; Properties: Record<string, unknown> }>;
  };
  const fn = template.Resources.AddNumbersFunction!;
  expect(fn.Type).toBe('AWS::Serverless::Function');
  expect(fn.Properties.CodeUri).toBe('functions/add-numbers/');
  expect(fn.Properties.Runtime).toBe('nodejs22.x');
  expect(strFromU8(files['functions/add-numbers/index.ts']!)).toBe(CODE);

  await playground.setCode("export const handler = async () => 'changed';\n");
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await choosing
  ).setFiles({
    name: download.suggestedFilename(),
    mimeType: 'application/zip',
    buffer: bytes,
  });

  await expect(page.getByRole('status').filter({ hasText: 'as a new workspace' })).toHaveText(
    'Opened “my-workspace” as a new workspace.',
  );
  await expect(workspaces.current()).toHaveText('my-workspace');
  await expect.poll(() => playground.editor.shownText()).toBe(CODE);
  // Someone else's project: it runs nothing until the learner invokes it or runs it.
  await expect(sharedScenario.held).toContainText(
    'Nothing in this imported workspace runs until you invoke it',
  );
  expect((await workspaces.names()).sort()).toEqual(['My workspace', 'my-workspace']);
});

test('a file that is not a zip is refused with a message, and nothing is lost', async ({
  playground,
  workspaces,
  page,
}) => {
  await playground.setCode(CODE);
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: 'Import', exact: true }).click();
  await (
    await choosing
  ).setFiles({
    name: 'broken.zip',
    mimeType: 'application/zip',
    buffer: Buffer.from('not a zip at all'),
  });
  await expect(page.getByRole('alert').filter({ hasText: 'Nothing was imported' })).toHaveText(
    'Nothing was imported: This file is not a zip archive, or it is damaged.',
  );
  expect(await workspaces.names()).toEqual(['My workspace']);
  await expect.poll(() => playground.editor.shownText()).toBe(CODE);
});

test('the embed URL shows only the editor, the Test tab, the result and the stage, and invokes', async ({
  playground,
  page,
}) => {
  await page.goto('/?embed');
  await playground.editor.ready();
  await expect(page.getByRole('banner')).toHaveCount(0);
  await expect(playground.logsRegion).toHaveCount(0);
  await expect(page.getByRole('tab')).toHaveCount(0);
  await expect(playground.stage).toBeVisible();
  await expect(page.getByRole('button', { name: 'Pause' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Reset' })).toBeVisible();
  const out = page.getByRole('link', { name: 'Open in Serverless Playground' });
  await expect(out).toHaveAttribute('href', /^http:\/\/localhost:\d+\/$/);

  await playground.invoke();
  await expect(playground.result()).toHaveText('3');
  await expect(playground.instancesIn('idle')).toHaveCount(1);
});

test('an embed of a share link shows its code, and its link out carries the scenario', async ({
  playground,
  workspaces,
  sharedScenario,
  page,
}) => {
  await playground.setCode(CODE);
  const link = await workspaces.share();
  await page.goto(link.replace('/#share=', '/?embed#share='));
  await playground.editor.ready();
  await expect.poll(() => playground.editor.shownText()).toBe(CODE);
  await expect(sharedScenario.region).toHaveCount(0);

  const opening = page.waitForEvent('popup');
  const out = page.getByRole('link', { name: 'Open in Serverless Playground' });
  await out.click();
  await (await opening).close();
  await expect(out).toHaveAttribute('href', /^http:\/\/localhost:\d+\/#share=1\./);

  // A tutorial's reader keeps no copy of what the embed showed: their library is as it was.
  await page.goto('/');
  await playground.editor.ready();
  expect(await workspaces.names()).toEqual(['My workspace']);
});

test('presenter mode toggles with Alt+Shift+P, and its digit keys hide and show panels', async ({
  playground,
  page,
}) => {
  const toggle = page.getByRole('button', { name: 'Presenter mode' });
  const logs = playground.logsRegion;
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await playground.stage.click();

  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(toggle).toHaveAttribute('aria-pressed', 'true');
  await expect(page.getByRole('complementary', { name: 'Presenter keys' })).toContainText('6 Logs');
  await page.keyboard.press('6');
  await expect(logs).toBeHidden();
  await page.keyboard.press('6');
  await expect(logs).toBeVisible();

  await page.keyboard.press('Alt+Shift+KeyP');
  await expect(toggle).toHaveAttribute('aria-pressed', 'false');
  await expect(page.getByRole('complementary', { name: 'Presenter keys' })).toHaveCount(0);
});

test('?present opens the app in presenter mode', async ({ page }) => {
  await page.goto('/?present');
  await expect(page.getByRole('button', { name: 'Presenter mode' })).toHaveAttribute(
    'aria-pressed',
    'true',
  );
});

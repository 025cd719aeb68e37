// Offline after the first visit: once the service worker has precached the app, a reload with no
// network brings back the editor, the bundler, the runtime and saved work, and share links open.
// A new deployment waits for the learner to choose to reload.
import { appendFileSync, cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './support/fixtures';
import type { StaticHost } from './support/static-host';
import { serveStatic } from './support/static-host';

// This spec is about the service worker, which the others block (playwright.config.ts); the app
// opens from a static host of its own.
test.use({ serviceWorkers: 'allow', opensApp: false });
// Precaching ≈ 25 MB and two page loads, one of them with a cold cache: on a busy two-core machine, minutes.
test.setTimeout(300_000);

const SAVED = "export const handler = async () => 'saved before going offline';\n";
const OFFLINE = 'export const handler = async (event: { left: number }) => event.left * 10;\n';
const TYPE_ERROR = "const count: number = 'three';\nexport const handler = async () => count;\n";

const BUILD = process.env.E2E_OUT_DIR ?? 'dist';

let host: StaticHost;
test.beforeAll(async () => {
  host = await serveStatic(BUILD, '/offline/');
});
test.afterAll(() => host.close());

/**
 * Waits until the service worker is active: a Workbox worker installs only once everything is
 * precached (≈ 25 MB: on a busy two-core machine, half a minute).
 */
async function untilPrecached(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const registration = await navigator.serviceWorker.getRegistration();
          return registration?.active?.state;
        }),
      { timeout: 120_000 },
    )
    .toBe('activated');
}

test('after one visit the app works offline: edit, bundle, type-check, invoke, open a link', async ({
  playground,
  workspaces,
  context,
  page,
}) => {
  await page.goto(host.url);
  await playground.editor.ready();
  await playground.setCode(SAVED);
  const link = await workspaces.share();
  await workspaces.waitUntilSaved('saved before going offline');
  await untilPrecached(page);

  await context.setOffline(true);
  await page.reload();
  await playground.editor.ready();
  await expect.poll(() => playground.editor.shownText()).toBe(SAVED);
  await expect(playground.bundlerReady).toBeVisible();
  await playground.setCode(OFFLINE);
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('10');
  // Monaco's TypeScript worker, with the `aws-lambda` declarations, runs from the cache too.
  await playground.setCode(TYPE_ERROR);
  await expect(playground.editor.errorSquiggles.first()).toBeVisible();

  await page.goto('about:blank');
  await page.goto(link);
  await playground.editor.ready();
  await expect(workspaces.current()).toHaveText('Shared: add-numbers');
  await expect.poll(() => playground.editor.shownText()).toBe(SAVED);
});

test('a new deployment waits, announced, until the learner reloads into it', async ({
  playground,
  page,
}) => {
  // A deployment of its own, so the service worker can change under the open page.
  const folder = mkdtempSync(join(tmpdir(), 'playground-deploy-'));
  cpSync(BUILD, folder, { recursive: true });
  const deployment = await serveStatic(folder, '/');
  try {
    await page.goto(deployment.url);
    await playground.editor.ready();
    await untilPrecached(page);
    await page.reload();
    await playground.editor.ready();
    const notice = page.getByRole('status').filter({ hasText: 'New version of the playground' });
    await expect(notice).toHaveCount(0);

    // The next deployment: a service worker that differs by a byte, found on the next visit.
    appendFileSync(join(folder, 'sw.js'), '\n// deployed again\n');
    let navigations = 0;
    page.on('framenavigated', (frame) => {
      if (frame === page.mainFrame()) navigations++;
    });
    await page.reload();
    await playground.editor.ready();
    await expect(notice).toBeVisible({ timeout: 120_000 });
    // Announced, not applied: the page the learner works in is still the one that loaded.
    expect(navigations).toBe(1);
    await playground.invokeAndWait();
    await expect(playground.result()).toHaveText('3');
    expect(navigations).toBe(1);

    const reloaded = page.waitForEvent('load');
    await notice.getByRole('button', { name: 'Reload' }).click();
    await reloaded;
    await playground.editor.ready();
    await expect(notice).toHaveCount(0);
    expect(navigations).toBe(2);
  } finally {
    await deployment.close();
    rmSync(folder, { recursive: true, force: true });
  }
});

// Offline after the first visit: once the service worker has precached the app, a reload with no
// network brings back the editor, the bundler, the runtime and saved work, and share links open.
import { expect, Playground, test } from './support/playground';
import { grantClipboard } from './support/code-editor';
import type { StaticHost } from './support/static-host';
import { serveStatic } from './support/static-host';
import { Workspaces } from './support/workspaces';

// This spec is about the service worker, which the others block (playwright.config.ts).
test.use({ serviceWorkers: 'allow' });
// Precaching ≈ 25 MB and two page loads, one of them with a cold cache: on a busy two-core machine, minutes.
test.setTimeout(300_000);

const SAVED = "export const handler = async () => 'saved before going offline';\n";
const OFFLINE = 'export const handler = async (event: { left: number }) => event.left * 10;\n';
const TYPE_ERROR = "const count: number = 'three';\nexport const handler = async () => count;\n";

let host: StaticHost;
test.beforeAll(async () => {
  host = await serveStatic(process.env.E2E_OUT_DIR ?? 'dist', '/offline/');
});
test.afterAll(() => host.close());

test('after one visit the app works offline: edit, bundle, type-check, invoke, open a link', async ({
  context,
  page,
}) => {
  await grantClipboard(context);
  const playground = new Playground(page);
  await page.goto(host.url);
  await playground.editor.ready();
  await playground.setCode(SAVED);
  const link = await new Workspaces(page).share();
  await new Workspaces(page).waitUntilSaved('saved before going offline');
  // Active means installed, and a Workbox worker installs only once everything is precached
  // (≈ 25 MB: on a busy two-core machine, half a minute).
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

  await context.setOffline(true);
  await page.reload();
  await playground.editor.ready();
  await expect.poll(() => playground.editor.shownText()).toBe(SAVED);
  await expect(page.getByRole('status').filter({ hasText: 'Bundler ready' })).toBeVisible();
  await playground.setCode(OFFLINE);
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('10');
  // Monaco's TypeScript worker, with the `aws-lambda` declarations, runs from the cache too.
  await playground.setCode(TYPE_ERROR);
  await expect(playground.editor.errorSquiggles.first()).toBeVisible();

  await page.goto('about:blank');
  await page.goto(link);
  await playground.editor.ready();
  await expect(new Workspaces(page).current()).toHaveText('Shared: add-numbers');
  await expect.poll(() => playground.editor.shownText()).toBe(SAVED);
});

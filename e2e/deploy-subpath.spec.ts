// The built app deployed under a sub-path of a plain static host (a GitHub Pages project site, a
// bucket prefix behind a CDN): every file it loads resolves under that path, it answers, and a
// share link made there opens there.
import { watchConsole } from './support/console-errors';
import { expect, pageObjectsOn, test } from './support/fixtures';
import type { StaticHost } from './support/static-host';
import { serveStatic } from './support/static-host';

const PREFIX = '/teaching/playground/';
const CODE = "export const handler = async () => 'from a sub-path';\n";

let host: StaticHost;
test.beforeAll(async () => {
  host = await serveStatic(process.env.E2E_OUT_DIR ?? 'dist', PREFIX);
});
test.afterAll(() => host.close());

test.slow();
// The app opens from the static host, not from `vite preview`.
test.use({ opensApp: false });

test('under a sub-path the app loads everything from there, invokes, and shares links there', async ({
  playground,
  workspaces,
  page,
  browser,
}) => {
  const problems = watchConsole(page);
  const outside: string[] = [];
  page.on('request', (request) => {
    const url = new URL(request.url());
    if (url.protocol.startsWith('http') && !url.href.startsWith(host.url)) outside.push(url.href);
  });
  const failed: string[] = [];
  page.on('response', (response) => {
    if (response.status() >= 400) failed.push(`${response.status()} ${response.url()}`);
  });
  await page.goto(host.url);
  await playground.editor.ready();
  // esbuild.wasm loads from the sub-path too: 14 MB to compile, on a busy machine a while.
  await expect(playground.bundlerReady).toBeVisible({ timeout: 60_000 });
  await playground.invokeAndWait();
  await expect(playground.result()).toHaveText('3');

  await playground.setCode(CODE);
  const link = await workspaces.share();
  expect(link.startsWith(`${host.url}#share=1.`)).toBe(true);

  const friendContext = await browser.newContext();
  try {
    const { playground: friend, workspaces: friendWorkspaces } = pageObjectsOn(
      await friendContext.newPage(),
    );
    await friend.page.goto(link);
    await friend.editor.ready();
    await expect(friendWorkspaces.current()).toHaveText('Shared: add-numbers');
    await expect.poll(() => friend.editor.shownText()).toBe(CODE);
    await friend.invokeAndWait();
    await expect(friend.result()).toHaveText('"from a sub-path"');
  } finally {
    await friendContext.close();
  }
  expect(outside).toEqual([]);
  expect(failed).toEqual([]);
  expect(problems()).toEqual([]);
});
